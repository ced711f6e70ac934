//! Plain types and rules of PeerDesk. Nothing here knows about the window,
//! the database or documents, and nothing here reads the clock, so every
//! rule can be tested on its own.
//!
//! The shared kernel (money, people, lists, validation, funding) sits at the
//! top; each programme has a folder of its own.

pub mod access;
pub mod backups;
pub mod calendar;
pub mod codes;
pub mod funding;
pub mod grouping;
pub mod languages;
pub mod lists;
pub mod mail;
pub mod money;
pub mod passphrase;
pub mod person;
pub mod privacy;
pub mod problem;
pub mod random;
pub mod search;
pub mod settings;
pub mod slots;
pub mod validate;

pub mod circles;
pub mod coached;
pub mod finance;
pub mod incidents;
pub mod networks;

pub use lists::{ListItem, ListItemId, ListKind};
pub use money::Money;
pub use person::{Person, PersonDraft, PersonId, Role, RoleAssignment};
pub use problem::{Problem, Problems};
pub use settings::{Organisation, Settings};
