//! The directory's editable lists in the user's language.

use crate::domain::{ListItem, ListItemId};
use crate::i18n::I18n;

/// The label of the list item `id` among `items`: its typed name, or the
/// translation of its code; empty when there is none.
pub fn item_label(i18n: &I18n, items: &[ListItem], id: Option<ListItemId>) -> String {
    id.and_then(|id| items.iter().find(|i| i.id == id))
        .map(|item| item.label(|code| i18n.tr(&format!("list-{code}"))))
        .unwrap_or_default()
}
