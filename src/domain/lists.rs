//! Editable lists of choices, such as positions and career phases.

use serde::{Deserialize, Serialize};

/// The database id of a list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ListItemId(pub i64);

/// Which editable list an item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ListKind {
    /// PostDoc, PhD candidate, nurse, resident, …
    Position,
    /// Clinical rotations, working as a doctor, … (circles group by phase).
    CareerPhase,
}

impl ListKind {
    /// Every list, in the order Settings shows them.
    pub const ALL: [ListKind; 2] = [ListKind::Position, ListKind::CareerPhase];

    /// The stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            ListKind::Position => "position",
            ListKind::CareerPhase => "career_phase",
        }
    }
}

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
