//! Plain types and rules of PeerDesk. Nothing here knows about the window,
//! the database or documents, so every rule can be tested on its own.

pub mod lists;
pub mod money;
pub mod person;
pub mod problem;
pub mod random;
pub mod search;
pub mod settings;
pub mod validate;

pub use lists::{ListItem, ListItemId, ListKind};
pub use money::Money;
pub use person::{Person, PersonDraft, PersonId, Role, RoleAssignment};
pub use problem::{Problem, Problems};
pub use settings::{Organisation, ProgrammeDefaults, Settings};
