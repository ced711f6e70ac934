//! Coached peer-support groups (programme 1 of DOMAIN.md): registrations,
//! groups, sessions and attendance.

pub use super::pricing::RegistrationKind;
use super::pricing::{CoachedDefaults, GroupPricing};
use crate::domain::codes::{record_id, stored_codes};
use crate::domain::funding::FundingSourceId;
use crate::domain::money::Money;
use crate::domain::person::PersonId;
use crate::domain::problem::{Problem, Problems};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use super::sessions::{Attendance, Session, SessionId, SessionStatus};

record_id!(
    /// The database id of a registration.
    RegistrationId
);

pub use super::GroupId;

pub use crate::domain::slots::{DayPart, TimeSlot, WORKDAYS};

/// A registration for a coached group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    pub id: RegistrationId,
    pub kind: RegistrationKind,
    pub registered_on: NaiveDate,
    /// Who made the registration (one of the people, or a manager).
    pub contact: Option<PersonId>,
    pub people: Vec<PersonId>,
    pub preferred: Vec<TimeSlot>,
    /// What the group wants to work on, in a few words.
    pub theme: String,
    pub funding: FundingSourceId,
    /// The group the registration was placed in.
    pub group: Option<GroupId>,
    /// The price, copied when the group was formed.
    pub price: Option<Money>,
    /// Withdrawn registrations stay for the record but leave the waiting list.
    pub withdrawn: bool,
    /// Grows with every save: a draft made from an older version is refused.
    pub version: i64,
}

impl Registration {
    /// A draft to edit this registration.
    pub fn to_draft(&self) -> RegistrationDraft {
        RegistrationDraft {
            id: Some(self.id),
            kind: self.kind,
            registered_on: self.registered_on,
            contact: self.contact,
            people: self.people.clone(),
            preferred: self.preferred.clone(),
            theme: self.theme.clone(),
            funding: Some(self.funding),
            replaces: Vec::new(),
            version: Some(self.version),
        }
    }
}

/// A registration being entered or edited.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationDraft {
    pub id: Option<RegistrationId>,
    pub kind: RegistrationKind,
    pub registered_on: NaiveDate,
    pub contact: Option<PersonId>,
    pub people: Vec<PersonId>,
    pub preferred: Vec<TimeSlot>,
    pub theme: String,
    pub funding: Option<FundingSourceId>,
    /// Earlier waiting registrations of these people that this one replaces:
    /// they are withdrawn when it is saved, so nobody waits twice.
    #[serde(default)]
    pub replaces: Vec<RegistrationId>,
    /// The version of the stored record this draft was made from: a save
    /// is refused when the record changed since. `None` saves regardless.
    #[serde(default)]
    pub version: Option<i64>,
}

/// Field names used in [`Problems`] of a registration.
pub mod field {
    pub const PEOPLE: &str = "people";
    pub const FUNDING: &str = "funding";
    pub const DATE: &str = "registered_on";
    pub const THEME: &str = "theme";
    pub const NAME: &str = "group_name";
    pub const COACH: &str = "coach";
    pub const START: &str = "start";
    pub const TIME: &str = "time";
    pub const INTERVAL: &str = "interval";
    pub const COUNT: &str = "count";
    pub const MINUTES: &str = "minutes";
    pub const LINK: &str = "meeting_link";
}

/// The longest theme, in characters: a theme is a few words, not a story.
pub const THEME_MAX_CHARS: usize = 120;

impl RegistrationDraft {
    /// An empty registration of `kind` on `today`.
    pub fn new(kind: RegistrationKind, today: NaiveDate) -> Self {
        RegistrationDraft {
            id: None,
            kind,
            registered_on: today,
            contact: None,
            people: Vec::new(),
            preferred: Vec::new(),
            theme: String::new(),
            funding: None,
            replaces: Vec::new(),
            version: None,
        }
    }

    /// What is wrong: a group registration has between the smallest and the
    /// largest group size of people, an individual one exactly one.
    pub fn problems(&self, defaults: &CoachedDefaults, today: NaiveDate) -> Problems {
        let mut problems = Problems::new();
        let count = self.people.len() as i64;
        match self.kind {
            RegistrationKind::Group => {
                if count < defaults.min_group_size || count > defaults.max_group_size {
                    problems.add(
                        field::PEOPLE,
                        Problem::GroupSize { min: defaults.min_group_size, max: defaults.max_group_size },
                    );
                }
            }
            RegistrationKind::Individual => {
                if count != 1 {
                    problems.add(field::PEOPLE, Problem::ExactlyOnePerson);
                }
            }
        }
        let mut unique = self.people.clone();
        unique.sort();
        unique.dedup();
        if unique.len() != self.people.len() {
            problems.add(field::PEOPLE, Problem::Duplicate);
        }
        if self.funding.is_none() {
            problems.add(field::FUNDING, Problem::Required);
        }
        if self.registered_on > today {
            problems.add(field::DATE, Problem::DateInFuture);
        }
        if self.theme.trim().chars().count() > THEME_MAX_CHARS {
            problems.add(field::THEME, Problem::TooLong { max: THEME_MAX_CHARS as i64 });
        }
        problems
    }
}

/// Where a group is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GroupStatus {
    Forming,
    Running,
    Completed,
    Cancelled,
}

stored_codes!(GroupStatus {
    Forming => "forming",
    Running => "running",
    Completed => "completed",
    Cancelled => "cancelled",
});

impl GroupStatus {
    /// Forming and running groups hold their members: they are not proposed again.
    pub fn is_active(self) -> bool {
        matches!(self, GroupStatus::Forming | GroupStatus::Running)
    }
}

/// The application to the central budget for a group with centrally funded
/// registrations (DOMAIN: "applied for once the group is formed").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ApplicationStatus {
    ToApply,
    Applied,
    Approved,
    Refused,
}

stored_codes!(ApplicationStatus {
    ToApply => "to_apply",
    Applied => "applied",
    Approved => "approved",
    Refused => "refused",
});

/// A coached group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
    pub status: GroupStatus,
    pub coach: Option<PersonId>,
    /// A room, when the group meets in person.
    pub location: String,
    /// An online meeting link, when the group meets online.
    pub meeting_link: String,
    pub pricing: GroupPricing,
    pub application: Option<ApplicationStatus>,
    pub applied_on: Option<NaiveDate>,
    pub decided_on: Option<NaiveDate>,
    pub formed_on: NaiveDate,
    pub members: Vec<PersonId>,
    /// Grows with every save: a draft made from an older version is refused.
    pub version: i64,
}

/// A group's editable details.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupDraft {
    pub id: Option<GroupId>,
    pub name: String,
    pub status: GroupStatus,
    pub coach: Option<PersonId>,
    pub location: String,
    pub meeting_link: String,
    pub application: Option<ApplicationStatus>,
    pub applied_on: Option<NaiveDate>,
    pub decided_on: Option<NaiveDate>,
    /// The version of the stored record this draft was made from: a save
    /// is refused when the record changed since. `None` saves regardless.
    pub version: Option<i64>,
}

impl GroupDraft {
    /// What is wrong with the details.
    pub fn problems(&self) -> Problems {
        let mut problems = Problems::new();
        if self.name.trim().is_empty() {
            problems.add(field::NAME, Problem::Required);
        }
        let link = self.meeting_link.trim();
        if !(link.is_empty() || link.starts_with("https://") || link.starts_with("http://")) {
            problems.add(field::LINK, Problem::InvalidLink);
        }
        problems
    }
}

impl Group {
    /// A draft to edit this group's details.
    pub fn to_draft(&self) -> GroupDraft {
        GroupDraft {
            id: Some(self.id),
            name: self.name.clone(),
            status: self.status,
            coach: self.coach,
            location: self.location.clone(),
            meeting_link: self.meeting_link.clone(),
            application: self.application,
            applied_on: self.applied_on,
            decided_on: self.decided_on,
            version: Some(self.version),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn group_of(n: i64) -> RegistrationDraft {
        RegistrationDraft {
            people: (1..=n).map(PersonId).collect(),
            funding: Some(FundingSourceId(1)),
            ..RegistrationDraft::new(RegistrationKind::Group, today())
        }
    }

    #[test]
    fn a_group_registration_of_three_or_six_is_refused_with_the_allowed_size() {
        let defaults = CoachedDefaults::default();
        for n in [3, 6] {
            let problems = group_of(n).problems(&defaults, today());
            assert_eq!(problems.for_field(field::PEOPLE), Some(&Problem::GroupSize { min: 4, max: 5 }));
        }
        for n in [4, 5] {
            assert!(group_of(n).problems(&defaults, today()).is_empty());
        }
    }

    #[test]
    fn an_individual_registration_has_exactly_one_person() {
        let mut draft = RegistrationDraft::new(RegistrationKind::Individual, today());
        draft.funding = Some(FundingSourceId(1));
        let defaults = CoachedDefaults::default();
        assert_eq!(draft.problems(&defaults, today()).for_field(field::PEOPLE), Some(&Problem::ExactlyOnePerson));
        draft.people = vec![PersonId(7)];
        assert!(draft.problems(&defaults, today()).is_empty());
    }

    #[test]
    fn time_slots_survive_their_stored_form() {
        let slots = vec![
            TimeSlot::new(chrono::Weekday::Tue, DayPart::Afternoon),
            TimeSlot::new(chrono::Weekday::Thu, DayPart::Morning),
        ];
        assert_eq!(TimeSlot::encode_all(&slots), "tue-afternoon,thu-morning");
        assert_eq!(TimeSlot::decode_all("thu-morning,tue-afternoon,bogus"), slots);
    }
}
