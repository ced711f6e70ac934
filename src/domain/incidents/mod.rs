//! Incident ("second victim") peer support (DOMAIN.md, programme 2): the
//! protocol clock of a support trajectory, the offer and its repeat, and the
//! matching of a peer supporter. Nothing here can hold what was said.

pub mod cases;
pub mod clusters;
mod defaults;
pub mod matching;
pub mod protocol;
pub mod report;

pub use defaults::IncidentDefaults;
