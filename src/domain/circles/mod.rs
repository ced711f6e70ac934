//! Intervisie circles and mentoring (DOMAIN.md, programme 4): sign-ups by
//! career phase, demand per phase, circle proposals with a chair, circles
//! with their cadence and meetings, intervisie methods as timed scripts,
//! and mentor–mentee matching. The numbers are edited in Settings.

pub mod circle;
pub mod demand;
pub mod mentoring;
pub mod methods;
pub mod proposals;
pub mod signups;

use serde::{Deserialize, Serialize};

/// The circles programme's numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CircleDefaults {
    /// Largest intervisie circle, the chair not counted (4).
    pub circle_size: i64,
    /// Smallest circle that starts (3).
    #[serde(default = "three")]
    pub circle_min: i64,
    /// A phase without a circle opens when this many wait (3).
    #[serde(default = "three")]
    pub open_threshold: i64,
    /// How many mentees a new mentor takes on (2).
    #[serde(default = "two")]
    pub mentor_capacity: i64,
}

fn three() -> i64 {
    3
}

fn two() -> i64 {
    2
}

impl Default for CircleDefaults {
    fn default() -> Self {
        CircleDefaults { circle_size: 4, circle_min: three(), open_threshold: three(), mentor_capacity: two() }
    }
}

/// Sign-ups, people and circles shared by this folder's tests.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::circle::{Cadence, Circle, CircleId, CircleStatus};
    use super::signups::{SignUp, SignUpId, SignUpStatus, Wish};
    use crate::domain::lists::ListItemId;
    use crate::domain::person::{Person, PersonId, Role};
    use chrono::NaiveDate;

    pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Sign-up `id` of `person` for a circle in phase `phase`, in Dutch.
    pub fn signup(id: i64, person: i64, phase: i64, signed_on: NaiveDate) -> SignUp {
        SignUp {
            id: SignUpId(id),
            person: PersonId(person),
            signed_on,
            phase: Some(ListItemId(phase)),
            wish: Wish::Circle,
            languages: vec!["nl".into()],
            preferred: Vec::new(),
            rules_accepted_on: signed_on,
            status: SignUpStatus::Waiting,
        }
    }

    /// An active person with the chair role speaking `languages`.
    pub fn chair(id: i64, name: &str, languages: &[&str]) -> Person {
        Person::sample(id, name, languages, Role::CircleChair)
    }

    /// Circle `id` of phase `phase` meeting, with `members`.
    pub fn circle(id: i64, phase: i64, members: &[i64]) -> Circle {
        Circle {
            version: 1,
            id: CircleId(id),
            name: format!("Circle {id}"),
            phase: ListItemId(phase),
            chair: None,
            members: members.iter().map(|m| PersonId(*m)).collect(),
            online: true,
            place: "https://meet.example.org/c".into(),
            cadence: Cadence::EveryWeeks(4),
            status: CircleStatus::Meeting,
            formed_on: day(2026, 1, 1),
        }
    }
}
