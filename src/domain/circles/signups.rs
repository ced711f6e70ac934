//! Sign-ups: a person asks for a circle, a mentor or both, or offers to be
//! a mentor, in a career phase, with languages and preferred times, and
//! having accepted the two rules of intervisie with the date. No sign-up
//! without that acceptance.

use crate::domain::codes::{record_id, stored_codes};
use crate::domain::lists::ListItemId;
use crate::domain::person::{PersonId, SPOKEN_LANGUAGES};
use crate::domain::problem::{Problem, Problems};
use crate::domain::slots::TimeSlot;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

record_id!(
    /// The database id of a sign-up.
    SignUpId
);

/// Field names used in [`Problems`] of the sign-up form.
pub mod field {
    pub const PERSON: &str = "signup_person";
    pub const SIGNED_ON: &str = "signup_signed_on";
    pub const PHASE: &str = "signup_phase";
    pub const LANGUAGES: &str = "signup_languages";
    pub const RULES: &str = "signup_rules";
}

/// What someone signs up for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Wish {
    #[default]
    Circle,
    Mentor,
    /// A circle and a mentor.
    Both,
    /// Offers to be a mentor.
    OffersMentoring,
}

stored_codes!(Wish {
    Circle => "circle",
    Mentor => "mentor",
    Both => "both",
    OffersMentoring => "offers-mentoring",
});

impl Wish {
    /// True when the person waits for a circle.
    pub fn wants_circle(self) -> bool {
        matches!(self, Wish::Circle | Wish::Both)
    }

    /// True when the person waits for a mentor.
    pub fn wants_mentor(self) -> bool {
        matches!(self, Wish::Mentor | Wish::Both)
    }
}

/// Where a sign-up stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SignUpStatus {
    #[default]
    Waiting,
    /// In a circle, paired with a mentor, or taken on as a mentor.
    Placed,
    Withdrawn,
}

stored_codes!(SignUpStatus { Waiting => "waiting", Placed => "placed", Withdrawn => "withdrawn" });

/// A sign-up as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignUp {
    pub id: SignUpId,
    pub person: PersonId,
    pub signed_on: NaiveDate,
    pub phase: Option<ListItemId>,
    pub wish: Wish,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    pub preferred: Vec<TimeSlot>,
    /// The day the two rules were accepted: what is said stays in the
    /// circle, and anything may be discussed.
    pub rules_accepted_on: NaiveDate,
    pub status: SignUpStatus,
}

impl SignUp {
    /// True while the sign-up waits.
    pub fn is_waiting(&self) -> bool {
        self.status == SignUpStatus::Waiting
    }
}

/// A sign-up as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignUpDraft {
    pub person: Option<PersonId>,
    pub signed_on: Option<NaiveDate>,
    pub phase: Option<ListItemId>,
    pub wish: Wish,
    pub languages: Vec<String>,
    pub preferred: Vec<TimeSlot>,
    pub rules_accepted_on: Option<NaiveDate>,
}

impl SignUpDraft {
    /// What is wrong with the sign-up on `today`.
    pub fn problems(&self, today: NaiveDate) -> Problems {
        let mut problems = Problems::new();
        if self.person.is_none() {
            problems.add(field::PERSON, Problem::Required);
        }
        match self.signed_on {
            None => problems.add(field::SIGNED_ON, Problem::InvalidDate),
            Some(day) if day > today => problems.add(field::SIGNED_ON, Problem::DateInFuture),
            Some(_) => {}
        }
        if self.phase.is_none() && self.wish != Wish::OffersMentoring {
            problems.add(field::PHASE, Problem::Required);
        }
        if self.languages.is_empty() || self.languages.iter().any(|l| !SPOKEN_LANGUAGES.contains(&l.as_str())) {
            problems.add(field::LANGUAGES, Problem::Required);
        }
        match self.rules_accepted_on {
            None => problems.add(field::RULES, Problem::RulesNotAccepted),
            Some(day) if day > today => problems.add(field::RULES, Problem::DateInFuture),
            Some(_) => {}
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
    }

    fn draft() -> SignUpDraft {
        SignUpDraft {
            person: Some(PersonId(1)),
            signed_on: Some(today()),
            phase: Some(ListItemId(3)),
            wish: Wish::Circle,
            languages: vec!["nl".into(), "ar".into()],
            preferred: Vec::new(),
            rules_accepted_on: Some(today()),
        }
    }

    #[test]
    fn no_sign_up_without_accepting_the_two_rules() {
        assert!(draft().problems(today()).is_empty());
        let mut d = draft();
        d.rules_accepted_on = None;
        assert_eq!(d.problems(today()).for_field(field::RULES), Some(&Problem::RulesNotAccepted));
    }

    #[test]
    fn a_phase_is_needed_except_to_offer_mentoring_and_dates_lie_in_the_past() {
        let mut d = draft();
        d.phase = None;
        assert_eq!(d.problems(today()).for_field(field::PHASE), Some(&Problem::Required));
        d.wish = Wish::OffersMentoring;
        assert!(d.problems(today()).is_empty());
        d.signed_on = today().succ_opt();
        assert_eq!(d.problems(today()).for_field(field::SIGNED_ON), Some(&Problem::DateInFuture));
        d.languages = vec!["xx".into()];
        assert!(d.problems(today()).for_field(field::LANGUAGES).is_some());
    }
}
