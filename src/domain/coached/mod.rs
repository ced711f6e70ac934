//! Coached peer-support groups (DOMAIN.md, programme 1): registrations, the
//! waiting list and proposals, groups, sessions, attendance and costs.

pub mod costs;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod groups;
pub mod occupancy;
pub mod placement;
pub mod pricing;
pub mod schedule;
pub mod sessions;

pub use pricing::{CoachedDefaults, GroupPricing, registration_price};

crate::domain::codes::record_id!(
    /// The database id of a group.
    GroupId
);
