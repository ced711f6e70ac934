//! Plain types and rules of PeerDesk. Nothing here knows about the window,
//! the database or documents, so every rule can be tested on its own.

pub mod costs;
pub mod groups;
pub mod invoices;
pub mod invoicing;
pub mod lists;
pub mod mail;
pub mod money;
pub mod person;
pub mod placement;
pub mod problem;
pub mod random;
pub mod schedule;
pub mod search;
pub mod sessions;
pub mod settings;
pub mod validate;

pub use lists::{ListItem, ListItemId, ListKind};
pub use money::Money;
pub use person::{Person, PersonDraft, PersonId, Role, RoleAssignment};
pub use problem::{Problem, Problems};
pub use settings::{Organisation, ProgrammeDefaults, Settings};
