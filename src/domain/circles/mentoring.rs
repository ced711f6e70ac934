//! Mentoring: mentors (people with the mentor role) with a capacity and the
//! phases they mentor; mentees from the sign-ups. PeerDesk proposes pairs
//! with a score and its reasons; the coordinator confirms each one. A
//! mentor at capacity is not proposed.

use super::signups::{SignUp, SignUpId};
use crate::domain::codes::{record_id, stored_codes};
use crate::domain::lists::ListItemId;
use crate::domain::person::{Person, PersonId, Role};
use crate::domain::problem::{Problem, Problems};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

record_id!(
    /// The database id of a mentor–mentee pair.
    PairId
);

/// Field names used in [`Problems`] of the mentoring forms.
pub mod field {
    pub const CAPACITY: &str = "mentor_capacity";
    pub const DATE: &str = "pair_date";
}

/// A mentor's capacity and the phases they mentor (none: every phase). The
/// form edits a copy of the stored profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorProfile {
    pub person: PersonId,
    pub capacity: i64,
    pub phases: Vec<ListItemId>,
    /// The stored version, which grows with every save: a save made from an
    /// older version is refused. `None` for a profile not stored yet, which
    /// saves regardless.
    #[serde(default)]
    pub version: Option<i64>,
}

impl MentorProfile {
    /// What is wrong with the profile.
    pub fn problems(&self) -> Problems {
        let mut problems = Problems::new();
        if !(1..=20).contains(&self.capacity) {
            problems.add(field::CAPACITY, Problem::OutOfRange { min: 1, max: 20 });
        }
        problems
    }
}

/// Where a pair stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PairStatus {
    #[default]
    Proposed,
    Active,
    Ended,
}

stored_codes!(PairStatus { Proposed => "proposed", Active => "active", Ended => "ended" });

/// Why a pair ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EndReason {
    Completed,
    MenteeStopped,
    MentorStopped,
    NotAMatch,
    Other,
}

stored_codes!(EndReason {
    Completed => "completed",
    MenteeStopped => "mentee-stopped",
    MentorStopped => "mentor-stopped",
    NotAMatch => "not-a-match",
    Other => "other",
});

/// A mentor and a mentee; its meeting dates are kept, never notes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    pub id: PairId,
    pub mentor: PersonId,
    pub mentee: PersonId,
    pub signup: SignUpId,
    pub status: PairStatus,
    pub proposed_on: NaiveDate,
    pub started_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
    pub end_reason: Option<EndReason>,
    pub meetings: Vec<NaiveDate>,
}

impl Pair {
    /// True while the pair takes the mentor's time (proposed or active).
    pub fn is_open(&self) -> bool {
        self.status != PairStatus::Ended
    }
}

/// Why a mentor suits a mentee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MatchReason {
    SameLanguage(String),
    /// The mentor is this many career phases ahead.
    PhasesAhead(usize),
    SameDepartment(String),
    SamePosition(ListItemId),
    /// Preferred times in common.
    SharedTimes(usize),
    /// Mentees the mentor can still take on.
    CapacityLeft(i64),
}

/// A proposed mentor with the score and its reasons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentorMatch {
    pub mentor: PersonId,
    pub score: i64,
    pub reasons: Vec<MatchReason>,
}

/// Mentors for the mentee of `signup`, best first. Only active people with
/// the mentor role and a profile, who mentor the mentee's phase, have
/// capacity left and are not the mentee; `phases` is the career phases in
/// their order (a mentor further along is "ahead").
pub fn rank_mentors(
    signup: &SignUp,
    people: &[Person],
    profiles: &[MentorProfile],
    pairs: &[Pair],
    phases: &[ListItemId],
    mentor_times: &dyn Fn(PersonId) -> Vec<crate::domain::slots::TimeSlot>,
) -> Vec<MentorMatch> {
    let Some(mentee) = people.iter().find(|p| p.id == signup.person) else { return Vec::new() };
    let rank_of = |phase: Option<ListItemId>| phase.and_then(|ph| phases.iter().position(|p| *p == ph));
    let mut matches: Vec<MentorMatch> = profiles
        .iter()
        .filter_map(|profile| {
            let mentor = people.iter().find(|p| p.id == profile.person)?;
            let open = pairs.iter().filter(|p| p.mentor == mentor.id && p.is_open()).count() as i64;
            let left = profile.capacity - open;
            let mentors_phase =
                profile.phases.is_empty() || signup.phase.is_some_and(|ph| profile.phases.contains(&ph));
            if !mentor.active || !mentor.has_role(Role::Mentor) || mentor.id == mentee.id || left <= 0 || !mentors_phase
            {
                return None;
            }
            let mut reasons = Vec::new();
            let mut score = 0;
            if let Some(language) = signup.languages.iter().find(|l| mentor.languages.contains(l)) {
                reasons.push(MatchReason::SameLanguage(language.clone()));
                score += 40;
            }
            if let (Some(theirs), Some(ours)) = (rank_of(mentor.career_phase), rank_of(signup.phase))
                && theirs > ours
            {
                reasons.push(MatchReason::PhasesAhead(theirs - ours));
                score += 20;
            }
            if !mentee.department.is_empty() && mentor.department == mentee.department {
                reasons.push(MatchReason::SameDepartment(mentor.department.to_string()));
                score += 15;
            } else if let Some(position) = mentee.position.filter(|p| mentor.position == Some(*p)) {
                reasons.push(MatchReason::SamePosition(position));
                score += 10;
            }
            let shared = mentor_times(mentor.id).iter().filter(|t| signup.preferred.contains(t)).count();
            if shared > 0 {
                reasons.push(MatchReason::SharedTimes(shared));
                score += 5 * shared.min(3) as i64;
            }
            reasons.push(MatchReason::CapacityLeft(left));
            score += left.min(3);
            Some(MentorMatch { mentor: mentor.id, score, reasons })
        })
        .collect();
    matches.sort_by(|a, b| b.score.cmp(&a.score).then(a.mentor.cmp(&b.mentor)));
    matches
}

/// What is wrong with starting or ending a pair on `on`, proposed on `proposed_on`.
pub fn date_problems(proposed_on: NaiveDate, on: NaiveDate, today: NaiveDate) -> Problems {
    let mut problems = Problems::new();
    if on < proposed_on {
        problems.add(field::DATE, Problem::EndBeforeStart);
    } else if on > today {
        problems.add(field::DATE, Problem::DateInFuture);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::circles::fixtures::{day, signup};

    fn mentor(id: i64, name: &str, languages: &[&str], phase: i64) -> Person {
        let mut p = crate::domain::circles::fixtures::chair(id, name, languages);
        p.roles = vec![crate::domain::person::RoleAssignment { role: Role::Mentor, trained_on: None }];
        p.career_phase = Some(ListItemId(phase));
        p
    }

    fn pair(id: i64, mentor: i64, status: PairStatus) -> Pair {
        Pair {
            id: PairId(id),
            mentor: PersonId(mentor),
            mentee: PersonId(900 + id),
            signup: SignUpId(900 + id),
            status,
            proposed_on: day(2026, 1, 1),
            started_on: None,
            ended_on: None,
            end_reason: None,
            meetings: Vec::new(),
        }
    }

    #[test]
    fn a_mentor_who_speaks_the_language_and_is_ahead_ranks_first_and_a_full_one_is_left_out() {
        let mut s = signup(1, 10, 1, day(2026, 10, 1));
        s.languages = vec!["ar".into(), "nl".into()];
        let mut people = vec![
            crate::domain::circles::fixtures::chair(10, "Mentee", &["ar", "nl"]),
            mentor(20, "Ahead and Arabic", &["ar"], 3),
            mentor(21, "Ahead, no shared language", &["de"], 3),
            mentor(22, "Full", &["ar"], 3),
        ];
        people[0].roles.clear();
        let profiles: Vec<MentorProfile> = [20, 21, 22]
            .iter()
            .map(|p| MentorProfile { person: PersonId(*p), capacity: 2, phases: Vec::new(), version: None })
            .collect();
        let pairs =
            [pair(1, 22, PairStatus::Active), pair(2, 22, PairStatus::Proposed), pair(3, 20, PairStatus::Ended)];
        let phases = [ListItemId(1), ListItemId(2), ListItemId(3)];
        let ranked = rank_mentors(&s, &people, &profiles, &pairs, &phases, &|_| Vec::new());
        assert_eq!(ranked.iter().map(|m| m.mentor).collect::<Vec<_>>(), [PersonId(20), PersonId(21)]);
        assert!(ranked[0].reasons.contains(&MatchReason::SameLanguage("ar".into())));
        assert!(ranked[0].reasons.contains(&MatchReason::PhasesAhead(2)));
        assert!(ranked[0].reasons.contains(&MatchReason::CapacityLeft(2)));
        assert!(ranked[0].score > ranked[1].score);
    }

    #[test]
    fn a_mentor_only_mentors_the_phases_of_their_profile() {
        let s = signup(1, 10, 1, day(2026, 10, 1));
        let people = vec![crate::domain::circles::fixtures::chair(10, "Mentee", &["nl"]), mentor(20, "M", &["nl"], 3)];
        let profiles =
            [MentorProfile { person: PersonId(20), capacity: 1, phases: vec![ListItemId(2)], version: None }];
        assert!(rank_mentors(&s, &people, &profiles, &[], &[], &|_| Vec::new()).is_empty());
    }
}
