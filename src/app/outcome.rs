//! What applying a command reports: a sentence for the user and which parts
//! of the loaded data changed, so that only those are read again.

use crate::i18n::I18n;
use crate::store::Store;
use chrono::NaiveDate;

/// Parts of the view data that a command may change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Changed(u16);

impl Changed {
    pub const PEOPLE: Changed = Changed(1);
    pub const LISTS: Changed = Changed(1 << 1);
    pub const SETTINGS: Changed = Changed(1 << 2);
    pub const FUNDING: Changed = Changed(1 << 3);
    pub const GROUPS: Changed = Changed(1 << 4);
    pub const FINANCE: Changed = Changed(1 << 5);
    /// The file's own flags (welcomed, demo).
    pub const FILE: Changed = Changed(1 << 6);
    /// Incidents, trajectories and conversations.
    pub const CASES: Changed = Changed(1 << 7);
    /// Networks, their members, meetings and attendance.
    pub const NETWORKS: Changed = Changed(1 << 8);
    /// Sign-ups, circles, meetings, methods, mentors and pairs.
    pub const CIRCLES: Changed = Changed(1 << 9);
    pub const EVERYTHING: Changed = Changed(u16::MAX);

    /// True when nothing changed.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// True when every part of `other` is in `self`.
    pub fn contains(self, other: Changed) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for Changed {
    type Output = Changed;
    fn bitor(self, other: Changed) -> Changed {
        Changed(self.0 | other.0)
    }
}

/// A command applied: what to tell the user and what to reload.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub message: String,
    pub changed: Changed,
    /// The command that takes this one back, offered as Undo.
    pub undo: Option<super::Command>,
}

impl Outcome {
    /// `message`, with `changed` to reload.
    pub fn new(message: String, changed: Changed) -> Self {
        Outcome { message, changed, undo: None }
    }

    /// The same outcome, offering `undo` to take it back.
    pub fn with_undo(self, undo: impl Into<super::Command>) -> Self {
        Outcome { undo: Some(undo.into()), ..self }
    }
}

/// What a module needs to apply its commands after the frame.
pub struct Env<'a> {
    pub store: &'a mut Store,
    pub view: &'a super::ViewData,
    pub i18n: &'a I18n,
    pub today: NaiveDate,
}
