//! The records of the incident programme: an incident (a reference, dates,
//! a type, who reported it, where it happened: never a description), and a
//! support trajectory for each employee involved.

use super::IncidentDefaults;
use super::protocol::{ConversationPlan, conversation_plan};
use crate::domain::codes::{record_id, stored_codes};
use crate::domain::{PersonId, Problem, Problems};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

record_id!(
    /// The database id of an incident.
    IncidentId
);
record_id!(
    /// The database id of a support trajectory.
    TrajectoryId
);
record_id!(
    /// The database id of an item of this programme's editable lists.
    CaseListItemId
);

/// The editable lists of the incident programme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CaseListKind {
    /// Calamity, aggression, serious consequences, complaint, other.
    IncidentType,
    /// Who reported it: the calamity advisory group, the board, a manager, …
    Reporter,
    /// Where an employee is referred to: company doctor, psychologist, …
    Referral,
}

stored_codes!(CaseListKind { IncidentType => "incident_type", Reporter => "reporter", Referral => "referral" });

/// One item of those lists: built in (a code, shown translated) or typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseListItem {
    pub id: CaseListItemId,
    pub kind: CaseListKind,
    pub code: Option<String>,
    pub name: Option<String>,
}

/// The longest department name an incident records.
pub const DEPARTMENT_MAX: usize = 80;

/// The longest name of an item of the incident programme's lists.
pub const CASE_ITEM_MAX: i64 = 80;

/// What is wrong with `name` for an item of those lists, if anything.
pub fn case_item_problem(name: &str) -> Option<crate::domain::Problem> {
    let name = name.trim();
    if name.is_empty() {
        Some(crate::domain::Problem::Required)
    } else if name.chars().count() as i64 > CASE_ITEM_MAX {
        Some(crate::domain::Problem::TooLong { max: CASE_ITEM_MAX })
    } else {
        None
    }
}

/// Field names of the incident form's problems.
pub mod field {
    pub const OCCURRED_ON: &str = "occurred_on";
    pub const REPORTED_AT: &str = "reported_at";
    pub const DEPARTMENTS: &str = "departments";
}

/// An incident as recorded by the coordinator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncidentDraft {
    pub occurred_on: NaiveDate,
    /// The time, if known.
    pub occurred_time: Option<NaiveTime>,
    /// When it reached the peer-support team: the protocol clock starts here.
    pub reported_at: NaiveDateTime,
    pub incident_type: CaseListItemId,
    pub reporter: CaseListItemId,
    /// Where it happened, as the directory names departments.
    pub departments: Vec<String>,
    /// The version of the stored record this draft was made from: a save
    /// is refused when the record changed since. `None` saves regardless.
    pub version: Option<i64>,
}

impl IncidentDraft {
    /// What is wrong with the draft, seen at `now`: nothing lies in the
    /// future, the report does not come before the incident, and each
    /// department is named once and not too long.
    pub fn problems(&self, now: NaiveDateTime) -> Problems {
        let mut problems = Problems::new();
        let occurred = self.occurred_on.and_time(self.occurred_time.unwrap_or(NaiveTime::MIN));
        if occurred > now {
            problems.add(field::OCCURRED_ON, Problem::DateInFuture);
        }
        if self.reported_at > now {
            problems.add(field::REPORTED_AT, Problem::DateInFuture);
        } else if self.reported_at < occurred {
            problems.add(field::REPORTED_AT, Problem::BeforeIncident);
        }
        let mut seen = Vec::new();
        for department in &self.departments {
            let folded = crate::domain::search::fold(department.trim());
            if department.trim().chars().count() > DEPARTMENT_MAX {
                problems.add(field::DEPARTMENTS, Problem::TooLong { max: DEPARTMENT_MAX as i64 });
            } else if folded.is_empty() || seen.contains(&folded) {
                problems.add(field::DEPARTMENTS, Problem::Duplicate);
            }
            seen.push(folded);
        }
        problems
    }
}

/// A recorded incident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incident {
    pub id: IncidentId,
    /// `I-2026-014`: the only name an incident needs.
    pub reference: String,
    pub occurred_on: NaiveDate,
    pub occurred_time: Option<NaiveTime>,
    pub reported_at: NaiveDateTime,
    pub incident_type: CaseListItemId,
    pub reporter: CaseListItemId,
    pub departments: Vec<String>,
    /// Grows with every save: a draft made from an older version is refused.
    pub version: i64,
}

impl Incident {
    /// When its conversations are due.
    pub fn plan(&self, numbers: &IncidentDefaults) -> ConversationPlan {
        conversation_plan(self.occurred_on, self.reported_at, numbers)
    }
}

/// The reference of the next incident reported in `year`, after the
/// references already given: `I-2026-014`.
pub fn next_reference<'a>(year: i32, existing: impl IntoIterator<Item = &'a str>) -> String {
    let prefix = format!("I-{year}-");
    let highest = existing
        .into_iter()
        .filter_map(|r| r.strip_prefix(&prefix).and_then(|n| n.parse::<u32>().ok()))
        .max()
        .unwrap_or(0);
    format!("{prefix}{:03}", highest + 1)
}

/// The year a reference counts in: the year of the report.
pub fn reference_year(reported_at: NaiveDateTime) -> i32 {
    reported_at.year()
}

/// How a trajectory ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Reasonable improvement after the third conversation.
    Closed,
    /// Referred to professional support.
    Referred,
    /// The offer was declined (twice, or not answered).
    Declined,
}

stored_codes!(Outcome { Closed => "closed", Referred => "referred", Declined => "declined" });

/// The support of one employee involved in an incident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trajectory {
    pub id: TrajectoryId,
    pub incident: IncidentId,
    pub employee: PersonId,
    /// The employee asked for a supporter from another department.
    pub other_department: bool,
    /// Supporters with the day each began, oldest first; the last is current.
    pub supporters: Vec<(PersonId, NaiveDate)>,
    pub outcome: Option<Outcome>,
    pub referral: Option<CaseListItemId>,
    pub ended_on: Option<NaiveDate>,
}

impl Trajectory {
    /// The current supporter, if one is matched.
    pub fn supporter(&self) -> Option<PersonId> {
        self.supporters.last().map(|(person, _)| *person)
    }

    /// True while the trajectory runs.
    pub fn is_open(&self) -> bool {
        self.outcome.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap().and_hms_opt(h, 0, 0).unwrap()
    }

    #[test]
    fn references_count_per_year_of_the_report() {
        assert_eq!(next_reference(2026, []), "I-2026-001");
        assert_eq!(next_reference(2026, ["I-2026-013", "I-2025-120", "I-2026-002"]), "I-2026-014");
        assert_eq!(next_reference(2027, ["I-2026-013"]), "I-2027-001");
    }

    #[test]
    fn a_report_before_the_incident_or_in_the_future_is_refused() {
        let draft = IncidentDraft {
            version: None,
            occurred_on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            occurred_time: NaiveTime::from_hms_opt(14, 0, 0),
            reported_at: at(20, 13),
            incident_type: CaseListItemId(1),
            reporter: CaseListItemId(6),
            departments: vec!["Intensive Care".into(), "intensive care ".into()],
        };
        let problems = draft.problems(at(22, 9));
        assert_eq!(problems.for_field(field::REPORTED_AT), Some(&Problem::BeforeIncident));
        assert_eq!(problems.for_field(field::DEPARTMENTS), Some(&Problem::Duplicate));
        let fine = IncidentDraft { reported_at: at(20, 16), departments: vec!["Intensive Care".into()], ..draft };
        assert!(fine.problems(at(22, 9)).is_empty());
        assert_eq!(fine.problems(at(20, 15)).for_field(field::REPORTED_AT), Some(&Problem::DateInFuture));
    }
}

/// A conversation of a trajectory: one of the protocol's steps, or an extra.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConversationStep {
    First,
    Second,
    Third,
    Extra,
}

stored_codes!(ConversationStep { First => "first", Second => "second", Third => "third", Extra => "extra" });

record_id!(
    /// The database id of a conversation.
    ConversationId
);

/// A conversation: when it is planned and whether it was held. Nothing else
/// is recorded, by design.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conversation {
    pub id: ConversationId,
    pub trajectory: TrajectoryId,
    pub step: ConversationStep,
    pub planned_at: NaiveDateTime,
    pub held_on: Option<NaiveDate>,
    pub not_held: bool,
}

/// Why a trajectory cannot end as asked.
pub fn end_problems(outcome: Outcome, conversations: &[Conversation], referral: Option<CaseListItemId>) -> Problems {
    let mut problems = Problems::new();
    let third_held = conversations.iter().any(|c| c.step == ConversationStep::Third && c.held_on.is_some());
    if matches!(outcome, Outcome::Closed | Outcome::Referred) && !third_held {
        // Closing or referring is the evaluation of the third conversation.
        problems.add("outcome", Problem::Required);
    }
    if (outcome == Outcome::Referred) != referral.is_some() {
        problems.add("referral", Problem::Required);
    }
    problems
}
