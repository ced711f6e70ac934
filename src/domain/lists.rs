//! Editable lists of choices, such as positions and career phases.

use crate::domain::codes::{record_id, stored_codes};
use serde::{Deserialize, Serialize};

record_id!(
    /// The database id of a list item.
    ListItemId
);

/// Which editable list an item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ListKind {
    /// PostDoc, PhD candidate, nurse, resident, …
    Position,
    /// Clinical rotations, working as a doctor, … (circles group by phase).
    CareerPhase,
}

stored_codes!(ListKind { Position => "position", CareerPhase => "career_phase" });

/// One choice in a list. Built-in choices carry a `code` and are shown in the
/// user's language until someone gives them a `name`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListItem {
    pub id: ListItemId,
    pub kind: ListKind,
    pub code: Option<String>,
    pub name: Option<String>,
}

impl ListItem {
    /// The name to show: the typed name, else the translation of the code.
    pub fn label(&self, translate: impl Fn(&str) -> String) -> String {
        match (&self.name, &self.code) {
            (Some(name), _) => name.clone(),
            (None, Some(code)) => translate(code),
            (None, None) => String::new(),
        }
    }
}

/// The item `id` among `items`.
pub fn find(items: &[ListItem], id: Option<ListItemId>) -> Option<&ListItem> {
    id.and_then(|id| items.iter().find(|item| item.id == id))
}
