//! Group proposals from the waiting list (DOMAIN.md, programme 1): the
//! shared grouping of `domain::grouping`, over registrations.

use super::groups::RegistrationId;

pub use crate::domain::grouping::{Reason, propose};

/// Someone on the waiting list with their registration.
pub type Candidate = crate::domain::grouping::Candidate<RegistrationId>;

/// A proposed group of registrations.
pub type Proposal = crate::domain::grouping::Proposal<RegistrationId>;
