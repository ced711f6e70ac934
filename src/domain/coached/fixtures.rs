//! Small builders of coached-groups values for the domain's unit tests.

use super::CoachedDefaults;
use super::groups::{Group, GroupId, GroupStatus, Registration, RegistrationId, RegistrationKind};
use crate::domain::PersonId;
use crate::domain::funding::{FundingSource, FundingSourceId};
use chrono::NaiveDate;

/// A day in 2026.
pub fn day(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, day).unwrap_or_default()
}

/// A named funding source, central or not, with an optional built-in code.
pub fn source(id: i64, code: Option<&str>, central: bool) -> FundingSource {
    FundingSource {
        id: FundingSourceId(id),
        code: code.map(str::to_string),
        name: Some(format!("Source {id}")),
        central_budget: central,
        active: true,
        billing_address: String::new(),
        version: 1,
    }
}

/// A group with the default prices and no members.
pub fn group(id: i64, status: GroupStatus, formed_on: NaiveDate) -> Group {
    Group {
        version: 1,
        id: GroupId(id),
        name: format!("Group {id}"),
        status,
        coach: None,
        location: String::new(),
        meeting_link: String::new(),
        pricing: CoachedDefaults::default().pricing(),
        application: None,
        applied_on: None,
        decided_on: None,
        formed_on,
        members: Vec::new(),
    }
}

/// A waiting registration of `people`, paid by funding source `funding`.
pub fn registration(id: i64, kind: RegistrationKind, people: &[i64], funding: i64) -> Registration {
    Registration {
        id: RegistrationId(id),
        kind,
        registered_on: day(1, 1),
        contact: people.first().copied().map(PersonId),
        people: people.iter().copied().map(PersonId).collect(),
        preferred: Vec::new(),
        theme: String::new(),
        funding: FundingSourceId(funding),
        group: None,
        price: None,
        withdrawn: false,
        version: 1,
    }
}
