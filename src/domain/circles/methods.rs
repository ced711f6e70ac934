//! Intervisie methods: each a sequence of time-boxed phases. Four ship with
//! PeerDesk (their words are translated); the coordinator adds and edits
//! others. A meeting's session plan puts each phase on the clock from the
//! meeting's start and flags what does not fit.

use crate::domain::codes::record_id;
use crate::domain::problem::{Problem, Problems};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

record_id!(
    /// The database id of a method.
    MethodId
);

/// Field names used in [`Problems`] of the method form.
pub mod field {
    pub const NAME: &str = "method_name";
    pub const PHASES: &str = "method_phases";
}

/// One phase of a method: its title, minutes and what happens in it. A
/// shipped method's phase has no text of its own: its words come from the
/// translations by `code`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodPhase {
    pub title: String,
    pub minutes: i64,
    pub what: String,
}

/// A method as stored: shipped ones have a `code`, and no typed name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Method {
    pub id: MethodId,
    pub code: Option<String>,
    pub name: String,
    pub phases: Vec<MethodPhase>,
    /// Grows with every save: a draft made from an older version is refused.
    pub version: i64,
}

impl Method {
    /// The minutes all phases take together.
    pub fn minutes(&self) -> i64 {
        self.phases.iter().map(|p| p.minutes).sum()
    }
}

/// A method as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodDraft {
    pub name: String,
    pub phases: Vec<MethodPhase>,
    /// The version of the stored method this draft was made from: a save
    /// is refused when the method changed since. `None` saves regardless.
    #[serde(default)]
    pub version: Option<i64>,
}

impl MethodDraft {
    /// What is wrong with the method.
    pub fn problems(&self) -> Problems {
        let mut problems = Problems::new();
        if self.name.trim().is_empty() {
            problems.add(field::NAME, Problem::Required);
        }
        let bad_phase = self.phases.iter().any(|p| p.title.trim().is_empty() || !(1..=180).contains(&p.minutes));
        if self.phases.is_empty() || bad_phase {
            problems.add(field::PHASES, Problem::Required);
        }
        problems
    }
}

/// The methods that ship: their codes and the minutes of each phase, for a
/// 90-minute meeting with a short opening and closing. Their words are in
/// the translations (`method-<code>-<n>`, `method-<code>-<n>-what`).
pub const SHIPPED: [(&str, &[i64]); 4] = [
    ("incident", &[5, 10, 15, 20, 15, 10, 10, 5]),
    ("balint", &[5, 15, 10, 30, 15, 15]),
    ("golden-tips", &[5, 10, 20, 15, 15, 15, 10]),
    ("ten-steps", &[5, 10, 10, 10, 10, 15, 5, 15, 5, 5]),
];

/// One line of a session plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanStep {
    pub index: usize,
    pub from: NaiveDateTime,
    pub to: NaiveDateTime,
    /// The phase ends after the meeting does.
    pub overflows: bool,
}

/// Each phase of `method` on the clock from `start`; a meeting of `minutes`.
pub fn session_plan(method: &Method, start: NaiveDateTime, minutes: i64) -> Vec<PlanStep> {
    let end = start + chrono::Duration::minutes(minutes);
    let mut at = start;
    method
        .phases
        .iter()
        .enumerate()
        .map(|(index, phase)| {
            let from = at;
            at += chrono::Duration::minutes(phase.minutes);
            PlanStep { index, from, to: at, overflows: at > end }
        })
        .collect()
}

/// Minutes the method runs over a meeting of `minutes` (0 when it fits).
pub fn overflow_minutes(method: &Method, minutes: i64) -> i64 {
    (method.minutes() - minutes).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::circles::fixtures::day;

    fn shipped(index: usize) -> Method {
        let (code, minutes) = SHIPPED[index];
        Method {
            id: MethodId(index as i64 + 1),
            code: Some(code.into()),
            name: String::new(),
            phases: minutes
                .iter()
                .map(|m| MethodPhase { title: "x".into(), minutes: *m, what: String::new() })
                .collect(),
            version: 1,
        }
    }

    #[test]
    fn every_shipped_method_fills_a_90_minute_meeting_exactly() {
        let start = day(2026, 12, 1).and_hms_opt(19, 0, 0).unwrap();
        for index in 0..SHIPPED.len() {
            let method = shipped(index);
            assert_eq!(method.minutes(), 90, "{:?}", method.code);
            let plan = session_plan(&method, start, 90);
            assert_eq!(plan[0].from, start);
            assert_eq!(plan.last().unwrap().to, start + chrono::Duration::minutes(90));
            assert!(plan.iter().all(|s| !s.overflows));
            assert_eq!(overflow_minutes(&method, 90), 0);
        }
    }

    #[test]
    fn phases_that_do_not_fit_a_shorter_meeting_are_flagged() {
        let start = day(2026, 12, 1).and_hms_opt(19, 0, 0).unwrap();
        let plan = session_plan(&shipped(0), start, 60);
        // The incident method: 5, 10, 15, 20 fit an hour (19:00–19:50); advice (15) runs to 20:05.
        assert_eq!(plan.iter().position(|s| s.overflows), Some(4));
        assert_eq!(plan[4].from.format("%H:%M").to_string(), "19:50");
        assert_eq!(overflow_minutes(&shipped(0), 60), 30);
    }
}
