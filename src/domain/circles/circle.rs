//! A circle: a name, its career phase, a chair (not counted in the size),
//! members, an online link (or a place), the cadence the participants chose,
//! and its meetings, each with a method and who brings the case.

use super::methods::MethodId;
use crate::domain::codes::{record_id, stored_codes};
use crate::domain::lists::ListItemId;
use crate::domain::person::PersonId;
use crate::domain::problem::{Problem, Problems};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

record_id!(
    /// The database id of a circle.
    CircleId
);

record_id!(
    /// The database id of a circle's meeting.
    CircleMeetingId
);

/// Field names used in [`Problems`] of the circle forms.
pub mod field {
    pub const NAME: &str = "circle_name";
    pub const CHAIR: &str = "circle_chair";
    pub const MEMBERS: &str = "circle_members";
    pub const PLACE: &str = "circle_place";
    pub const CADENCE: &str = "circle_cadence";
    pub const STARTS_AT: &str = "meeting_starts_at";
    pub const MINUTES: &str = "meeting_minutes";
    pub const CASE_BRINGER: &str = "meeting_case_bringer";
}

/// Where a circle stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CircleStatus {
    #[default]
    Forming,
    Meeting,
    Ended,
}

stored_codes!(CircleStatus { Forming => "forming", Meeting => "meeting", Ended => "ended" });

/// How often a circle meets: the participants choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Cadence {
    /// Every so many weeks.
    EveryWeeks(u32),
    /// The next date is agreed at each meeting.
    AgreedEachTime,
}

/// A circle as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Circle {
    pub id: CircleId,
    pub name: String,
    pub phase: ListItemId,
    pub chair: Option<PersonId>,
    pub members: Vec<PersonId>,
    pub online: bool,
    /// The meeting link when online, else the address.
    pub place: String,
    pub cadence: Cadence,
    pub status: CircleStatus,
    pub formed_on: NaiveDate,
    /// Grows with every save: a draft made from an older version is refused.
    pub version: i64,
}

impl Circle {
    /// True until the circle ended.
    pub fn is_active(&self) -> bool {
        self.status != CircleStatus::Ended
    }

    /// A draft to edit this circle's details.
    pub fn to_draft(&self) -> CircleDraft {
        CircleDraft {
            name: self.name.clone(),
            phase: self.phase,
            chair: self.chair,
            members: self.members.clone(),
            online: self.online,
            place: self.place.clone(),
            cadence: self.cadence,
            status: self.status,
            version: Some(self.version),
        }
    }
}

/// A circle's details as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CircleDraft {
    pub name: String,
    pub phase: ListItemId,
    pub chair: Option<PersonId>,
    pub members: Vec<PersonId>,
    pub online: bool,
    pub place: String,
    pub cadence: Cadence,
    pub status: CircleStatus,
    /// The version of the stored record this draft was made from: a save
    /// is refused when the record changed since. `None` saves regardless.
    pub version: Option<i64>,
}

impl CircleDraft {
    /// What is wrong with the circle; `max` is the circle size.
    pub fn problems(&self, max: usize) -> Problems {
        let mut problems = Problems::new();
        let name = self.name.trim();
        if name.is_empty() {
            problems.add(field::NAME, Problem::Required);
        } else if name.chars().count() > 80 {
            problems.add(field::NAME, Problem::TooLong { max: 80 });
        }
        if self.chair.is_some_and(|c| self.members.contains(&c)) {
            problems.add(field::CHAIR, Problem::ChairIsMember);
        }
        let mut unique = self.members.clone();
        unique.sort();
        unique.dedup();
        if unique.len() != self.members.len() {
            problems.add(field::MEMBERS, Problem::Duplicate);
        } else if self.members.len() > max {
            problems.add(field::MEMBERS, Problem::GroupSize { min: 1, max: max as i64 });
        }
        let place = self.place.trim();
        if self.online && !(place.starts_with("https://") || place.starts_with("http://")) {
            problems.add(field::PLACE, Problem::InvalidLink);
        } else if !self.online && place.is_empty() {
            problems.add(field::PLACE, Problem::Required);
        }
        if let Cadence::EveryWeeks(weeks) = self.cadence
            && !(1..=26).contains(&weeks)
        {
            problems.add(field::CADENCE, Problem::OutOfRange { min: 1, max: 26 });
        }
        problems
    }
}

/// One meeting of a circle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CircleMeeting {
    pub id: CircleMeetingId,
    pub circle: CircleId,
    pub starts_at: NaiveDateTime,
    pub minutes: i64,
    pub method: Option<MethodId>,
    pub case_bringer: Option<PersonId>,
    /// Grows when the meeting moves, so a calendar updates it.
    pub sequence: i64,
    pub cancelled: bool,
    /// Grows with every save: a draft made from an older version is refused.
    pub version: i64,
}

impl CircleMeeting {
    /// When the meeting ends.
    pub fn ends_at(&self) -> NaiveDateTime {
        self.starts_at + chrono::Duration::minutes(self.minutes)
    }

    /// A draft to change this meeting.
    pub fn to_draft(&self) -> MeetingDraft {
        MeetingDraft {
            starts_at: self.starts_at,
            minutes: self.minutes,
            method: self.method,
            case_bringer: self.case_bringer,
            version: Some(self.version),
        }
    }
}

/// A meeting as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingDraft {
    pub starts_at: NaiveDateTime,
    pub minutes: i64,
    pub method: Option<MethodId>,
    pub case_bringer: Option<PersonId>,
    /// The version of the stored meeting this draft was made from: a save
    /// is refused when the meeting changed since. `None` saves regardless.
    #[serde(default)]
    pub version: Option<i64>,
}

impl MeetingDraft {
    /// What is wrong with the meeting of a circle with `members`.
    pub fn problems(&self, members: &[PersonId]) -> Problems {
        let mut problems = Problems::new();
        if !(30..=240).contains(&self.minutes) {
            problems.add(field::MINUTES, Problem::OutOfRange { min: 30, max: 240 });
        }
        if self.case_bringer.is_some_and(|p| !members.contains(&p)) {
            problems.add(field::CASE_BRINGER, Problem::Required);
        }
        problems
    }
}

/// Who should bring the next case: the member who has gone longest without
/// bringing one (never comes first), ties in the order of `members`.
pub fn suggest_case_bringer(
    members: &[PersonId],
    meetings: &[CircleMeeting],
    before: NaiveDateTime,
) -> Option<PersonId> {
    members
        .iter()
        .enumerate()
        .min_by_key(|(index, person)| {
            let last = meetings
                .iter()
                .filter(|m| !m.cancelled && m.starts_at < before && m.case_bringer == Some(**person))
                .map(|m| m.starts_at)
                .max();
            (last, *index)
        })
        .map(|(_, p)| *p)
}

/// When the next meeting would be after `last` at the circle's cadence.
pub fn next_by_cadence(cadence: Cadence, last: NaiveDateTime) -> Option<NaiveDateTime> {
    match cadence {
        Cadence::EveryWeeks(weeks) => Some(last + chrono::Duration::weeks(i64::from(weeks))),
        Cadence::AgreedEachTime => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::circles::fixtures::day;

    fn meeting(id: i64, on: NaiveDate, bringer: Option<i64>) -> CircleMeeting {
        CircleMeeting {
            id: CircleMeetingId(id),
            circle: CircleId(1),
            starts_at: on.and_hms_opt(19, 0, 0).unwrap(),
            minutes: 90,
            method: None,
            case_bringer: bringer.map(PersonId),
            sequence: 0,
            cancelled: false,
            version: 1,
        }
    }

    #[test]
    fn the_member_longest_without_a_case_brings_the_next_one() {
        let members = [PersonId(1), PersonId(2), PersonId(3)];
        let meetings = [meeting(1, day(2026, 9, 1), Some(1)), meeting(2, day(2026, 10, 1), Some(3))];
        let before = day(2026, 11, 1).and_hms_opt(0, 0, 0).unwrap();
        assert_eq!(suggest_case_bringer(&members, &meetings, before), Some(PersonId(2)));
        let meetings = [meetings.to_vec(), vec![meeting(3, day(2026, 10, 15), Some(2))]].concat();
        assert_eq!(suggest_case_bringer(&members, &meetings, before), Some(PersonId(1)));
    }

    #[test]
    fn the_chair_is_not_a_member_and_the_size_is_kept() {
        let draft = CircleDraft {
            version: None,
            name: "Coschappen A".into(),
            phase: ListItemId(1),
            chair: Some(PersonId(1)),
            members: vec![PersonId(1), PersonId(2)],
            online: true,
            place: "https://meet.example.org/a".into(),
            cadence: Cadence::EveryWeeks(4),
            status: CircleStatus::Forming,
        };
        assert_eq!(draft.problems(4).for_field(field::CHAIR), Some(&Problem::ChairIsMember));
        let mut d = CircleDraft { chair: Some(PersonId(9)), ..draft };
        assert!(d.problems(4).is_empty());
        d.members = (1..=5).map(PersonId).collect();
        assert!(d.problems(4).for_field(field::MEMBERS).is_some());
        d.members.truncate(2);
        d.place = "zoom".into();
        assert_eq!(d.problems(4).for_field(field::PLACE), Some(&Problem::InvalidLink));
    }
}
