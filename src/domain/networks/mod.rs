//! Peer networks (DOMAIN.md, programme 3): peers at the same level in
//! similar organisations who meet at a regular place and time and call on
//! each other between meetings. Members come from many organisations, so
//! their contact details are shared only with their consent.

pub mod attendance;
pub mod defaults;
pub mod meetings;
pub mod recurrence;

use crate::domain::codes::{record_id, stored_codes};
use crate::domain::person::PersonId;
use crate::domain::problem::{Problem, Problems};
use chrono::NaiveDate;
use recurrence::Series;
use serde::{Deserialize, Serialize};

pub use defaults::NetworkDefaults;

record_id!(
    /// The database id of a network.
    NetworkId
);

record_id!(
    /// The database id of one membership of one person in one network.
    MembershipId
);

/// Field names used in [`Problems`] of a network's form.
pub mod field {
    pub const NAME: &str = "network_name";
    pub const AUDIENCE: &str = "network_audience";
    pub const PLACE: &str = "network_place";
    pub const MEMBER: &str = "network_member";
    pub const DATE: &str = "network_date";
    pub const MOVED_TO: &str = "network_moved_to";
}

/// Longest name of a network.
pub const NAME_MAX: usize = 80;
/// Longest line saying who a network is for.
pub const AUDIENCE_MAX: usize = 160;
/// Longest address or meeting link.
pub const PLACE_MAX: usize = 300;

/// Whether a network meets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NetworkStatus {
    #[default]
    Active,
    Paused,
    Ended,
}

stored_codes!(NetworkStatus {
    Active => "active",
    Paused => "paused",
    Ended => "ended",
});

/// A network as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Network {
    pub id: NetworkId,
    pub name: String,
    /// Who it is for, in one line.
    pub audience: String,
    pub convenor: Option<PersonId>,
    pub status: NetworkStatus,
    pub series: Series,
    /// Meets online: `place` is the meeting link; otherwise it is an address.
    pub online: bool,
    pub place: String,
    /// The members' organisations host the meetings in turn.
    pub rotating_hosts: bool,
    /// Grows with every change to the network or its meetings (a calendar
    /// file's SEQUENCE follows it).
    pub version: i64,
}

/// A network's editable details.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkDraft {
    pub name: String,
    pub audience: String,
    pub convenor: Option<PersonId>,
    pub status: NetworkStatus,
    pub series: Series,
    pub online: bool,
    pub place: String,
    pub rotating_hosts: bool,
    /// The version of the stored record this draft was made from: a save
    /// is refused when the record changed since. `None` saves regardless.
    pub version: Option<i64>,
}

impl NetworkDraft {
    /// What is wrong with the details.
    pub fn problems(&self) -> Problems {
        let mut problems = self.series.problems();
        let name = self.name.trim();
        if name.is_empty() {
            problems.add(field::NAME, Problem::Required);
        } else if name.chars().count() > NAME_MAX {
            problems.add(field::NAME, Problem::TooLong { max: NAME_MAX as i64 });
        }
        if self.audience.trim().chars().count() > AUDIENCE_MAX {
            problems.add(field::AUDIENCE, Problem::TooLong { max: AUDIENCE_MAX as i64 });
        }
        let place = self.place.trim();
        if place.is_empty() && !self.rotating_hosts {
            problems.add(field::PLACE, Problem::Required);
        } else if place.chars().count() > PLACE_MAX {
            problems.add(field::PLACE, Problem::TooLong { max: PLACE_MAX as i64 });
        } else if self.online && !place.is_empty() && !is_link(place) {
            problems.add(field::PLACE, Problem::InvalidLink);
        }
        problems
    }
}

/// True for a web address a calendar can open.
fn is_link(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://")) && !text.contains(char::is_whitespace)
}

impl Network {
    /// A draft to edit this network's details.
    pub fn to_draft(&self) -> NetworkDraft {
        NetworkDraft {
            name: self.name.clone(),
            audience: self.audience.clone(),
            convenor: self.convenor,
            status: self.status,
            series: self.series.clone(),
            online: self.online,
            place: self.place.clone(),
            rotating_hosts: self.rotating_hosts,
            version: Some(self.version),
        }
    }

    /// True while the network meets: only then are meetings planned.
    pub fn meets(&self) -> bool {
        self.status == NetworkStatus::Active
    }
}

/// One person's membership of one network: joined, perhaps left, and
/// whether (since when) they agreed to share their contact details with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub id: MembershipId,
    pub network: NetworkId,
    pub person: PersonId,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
    /// The date the member agreed to share phone and email with the network.
    pub consent_on: Option<NaiveDate>,
}

impl Membership {
    /// True while the member has not left.
    pub fn is_current(&self) -> bool {
        self.left_on.is_none()
    }

    /// True when the member was in the network on `date`.
    pub fn member_on(&self, date: NaiveDate) -> bool {
        self.joined_on <= date && self.left_on.is_none_or(|left| left >= date)
    }

    /// True when the member's phone and email may be shown to the network.
    pub fn shares_contact(&self) -> bool {
        self.is_current() && self.consent_on.is_some()
    }
}

/// What is wrong with leaving on `left_on` a membership that began on
/// `joined_on`: not before joining, and not after `today` (a leaving is
/// recorded when it happens).
pub fn leave_problems(joined_on: NaiveDate, left_on: NaiveDate, today: NaiveDate) -> Problems {
    let mut problems = Problems::new();
    if left_on < joined_on {
        problems.add(field::DATE, Problem::EndBeforeStart);
    } else if left_on > today {
        problems.add(field::DATE, Problem::DateInFuture);
    }
    problems
}

/// The current members of `network`, in the order of `memberships`.
pub fn current_members(memberships: &[Membership], network: NetworkId) -> impl Iterator<Item = &Membership> {
    memberships.iter().filter(move |m| m.network == network && m.is_current())
}

/// Dates and a network shared by this folder's tests.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::meetings::{Change, Exception};
    use super::recurrence::{Rule, Series};
    use super::{Network, NetworkId, NetworkStatus};
    use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};

    pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    pub fn at(date: NaiveDate, h: u32) -> NaiveDateTime {
        date.and_time(NaiveTime::from_hms_opt(h, 0, 0).unwrap())
    }

    /// Network 1, meeting on the second Tuesday of every month from 2026,
    /// 10:00 for two hours, hosted in turn.
    pub fn monthly() -> Network {
        Network {
            id: NetworkId(1),
            name: "North".into(),
            audience: String::new(),
            convenor: None,
            status: NetworkStatus::Active,
            series: Series {
                rule: Rule::MonthlyWeekday { nth: 2, weekday: Weekday::Tue, months: 1 },
                from: day(2026, 1, 1),
                until: None,
                time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                minutes: 120,
            },
            online: false,
            place: "Assen".into(),
            rotating_hosts: true,
            version: 1,
        }
    }

    /// Network 1's meeting of `original` skipped.
    pub fn skip(original: NaiveDate) -> Exception {
        Exception { network: NetworkId(1), original, change: Change::Skipped }
    }
}

#[cfg(test)]
mod tests {
    use super::recurrence::{Rule, Series};
    use super::*;
    use chrono::{NaiveTime, Weekday};

    pub(crate) fn draft() -> NetworkDraft {
        NetworkDraft {
            version: None,
            name: "Deputy managers north".into(),
            audience: "deputy managers of volunteer centres in the north".into(),
            convenor: None,
            status: NetworkStatus::Active,
            series: Series {
                rule: Rule::MonthlyWeekday { nth: 2, weekday: Weekday::Tue, months: 1 },
                from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                until: None,
                time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                minutes: 120,
            },
            online: false,
            place: "Stationsweg 1, Assen".into(),
            rotating_hosts: false,
        }
    }

    #[test]
    fn a_network_needs_a_name_and_a_place_unless_its_hosts_rotate() {
        assert!(draft().problems().is_empty());
        let mut d = draft();
        d.name = "  ".into();
        d.place = String::new();
        let problems = d.problems();
        assert_eq!(problems.for_field(field::NAME), Some(&Problem::Required));
        assert_eq!(problems.for_field(field::PLACE), Some(&Problem::Required));
        d.rotating_hosts = true;
        assert_eq!(d.problems().for_field(field::PLACE), None);
    }

    #[test]
    fn an_online_network_needs_a_link_and_names_are_bounded() {
        let mut d = draft();
        d.online = true;
        assert_eq!(d.problems().for_field(field::PLACE), Some(&Problem::InvalidLink));
        d.place = "https://meet.example.org/north".into();
        assert!(d.problems().is_empty());
        d.name = "x".repeat(NAME_MAX + 1);
        assert_eq!(d.problems().for_field(field::NAME), Some(&Problem::TooLong { max: NAME_MAX as i64 }));
    }
}
