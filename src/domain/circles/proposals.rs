//! Circle proposals: from the waiting sign-ups of one career phase, circles
//! of between the minimum and the circle size, as alike as possible in
//! language and available times, each with a proposed chair — someone with
//! the chair role, never a member, with the fewest circles and a language
//! the members speak. PeerDesk proposes; the coordinator decides.

use super::signups::{SignUp, SignUpId};
use crate::domain::grouping::{Candidate, Proposal, propose};
use crate::domain::lists::ListItemId;
use crate::domain::person::{Person, PersonId, Role};
use std::collections::HashSet;

/// A proposed circle with its chair and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CircleProposal {
    pub phase: ListItemId,
    pub members: Proposal<SignUpId>,
    pub chair: Option<ChairChoice>,
}

/// Proposals for every phase in `phases`, in turn; someone proposed for one
/// phase is not proposed for another, and a chair proposed once counts as
/// busier for the next proposal.
pub fn propose_all(
    phases: &[ListItemId],
    signups: &[SignUp],
    people: &[Person],
    in_circle: &HashSet<PersonId>,
    chair_load: &dyn Fn(PersonId) -> usize,
    min: usize,
    max: usize,
) -> Vec<CircleProposal> {
    let mut excluded = in_circle.clone();
    let mut all: Vec<CircleProposal> = Vec::new();
    for &phase in phases {
        let proposed_chairs: Vec<PersonId> = all.iter().filter_map(|p| p.chair.as_ref().map(|c| c.person)).collect();
        let load = |p: PersonId| chair_load(p) + proposed_chairs.iter().filter(|c| **c == p).count();
        let found = propose_circles(phase, signups, people, &excluded, &load, min, max);
        excluded.extend(found.iter().flat_map(|p| p.members.members.iter().map(|m| m.person)));
        all.extend(found);
    }
    all
}

/// The proposed chair and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChairChoice {
    pub person: PersonId,
    /// Circles the chair already leads.
    pub circles: usize,
    /// A language the chair shares with every member, if any.
    pub language: Option<String>,
}

/// Proposals for `phase` from `signups`. Nobody is proposed twice, nobody in
/// `in_circle` (already in an active circle), never a mix of phases, never a
/// circle outside `min..=max`.
pub fn propose_circles(
    phase: ListItemId,
    signups: &[SignUp],
    people: &[Person],
    in_circle: &HashSet<PersonId>,
    chair_load: &dyn Fn(PersonId) -> usize,
    min: usize,
    max: usize,
) -> Vec<CircleProposal> {
    let candidates: Vec<Candidate<SignUpId>> = signups
        .iter()
        .filter(|s| s.is_waiting() && s.wish.wants_circle() && s.phase == Some(phase))
        .map(|s| {
            let person = people.iter().find(|p| p.id == s.person);
            Candidate {
                person: s.person,
                registration: s.id,
                waiting_since: s.signed_on,
                position: Some(phase),
                department: person.map(|p| p.department.to_string()).unwrap_or_default(),
                languages: s.languages.clone(),
                preferred: s.preferred.clone(),
            }
        })
        .collect();
    let mut chosen_chairs: Vec<PersonId> = Vec::new();
    propose(&candidates, min, max, in_circle)
        .into_iter()
        .map(|members| {
            let chair =
                choose_chair(&members, people, &|p| chair_load(p) + chosen_chairs.iter().filter(|c| **c == p).count());
            if let Some(choice) = &chair {
                chosen_chairs.push(choice.person);
            }
            CircleProposal { phase, members, chair }
        })
        .collect()
}

/// The chair for `members`: an active person with the chair role who is not
/// a member, sharing a language with all members if anyone does, with the
/// fewest circles; ties by name.
pub fn choose_chair(
    members: &Proposal<SignUpId>,
    people: &[Person],
    load: &dyn Fn(PersonId) -> usize,
) -> Option<ChairChoice> {
    let member_ids: HashSet<PersonId> = members.members.iter().map(|m| m.person).collect();
    let shared = |person: &Person| {
        person
            .languages
            .iter()
            .find(|l| members.members.iter().all(|m| m.languages.iter().any(|x| x == l)))
            .map(str::to_string)
    };
    people
        .iter()
        .filter(|p| p.active && p.has_role(Role::CircleChair) && !member_ids.contains(&p.id))
        .map(|p| (shared(p), load(p.id), p))
        .min_by(|a, b| {
            (a.0.is_none(), a.1, crate::domain::search::fold(&a.2.name)).cmp(&(
                b.0.is_none(),
                b.1,
                crate::domain::search::fold(&b.2.name),
            ))
        })
        .map(|(language, circles, p)| ChairChoice { person: p.id, circles, language })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::circles::fixtures::{chair, day, signup};
    use proptest::prelude::*;

    #[test]
    fn four_waiting_in_one_phase_make_one_circle_with_the_least_busy_chair_who_shares_a_language() {
        let signups: Vec<SignUp> = (1..=4).map(|i| signup(i, 10 + i, 3, day(2026, 10, i as u32))).collect();
        let people =
            vec![chair(50, "Zeynep Kaya", &["tr"]), chair(51, "Anna Bos", &["nl"]), chair(52, "Bram Smit", &["nl"])];
        let load = |p: PersonId| if p == PersonId(51) { 2 } else { 0 };
        let proposals = propose_circles(ListItemId(3), &signups, &people, &HashSet::new(), &load, 3, 4);
        assert_eq!(proposals.len(), 1);
        assert_eq!(proposals[0].members.members.len(), 4);
        let chair = proposals[0].chair.clone().unwrap();
        // Zeynep has no circle but shares no language; Anna leads two; Bram.
        assert_eq!((chair.person, chair.circles, chair.language.as_deref()), (PersonId(52), 0, Some("nl")));
    }

    proptest! {
        #[test]
        fn proposals_keep_the_rules(
            waiting in prop::collection::vec((0i64..12, 1i64..4, 0u32..60), 0..30),
            busy in prop::collection::hash_set(0i64..12, 0..4),
            min in 2usize..4, extra in 0usize..3,
        ) {
            let max = min + extra;
            let signups: Vec<SignUp> = waiting
                .iter()
                .enumerate()
                .map(|(i, (person, phase, days))| signup(i as i64 + 1, *person, *phase, day(2026, 1, 1) + chrono::Days::new(u64::from(*days))))
                .collect();
            let mut people = vec![chair(100, "Chair A", &["nl"]), chair(101, "Chair B", &["en"])];
            // A chair who also signed up is never their own circle's chair.
            people.push(chair(5, "Chair and member", &["nl"]));
            let in_circle: HashSet<PersonId> = busy.iter().map(|p| PersonId(*p)).collect();
            let mut proposed = HashSet::new();
            let phases = [ListItemId(1), ListItemId(2), ListItemId(3)];
            for proposal in propose_all(&phases, &signups, &people, &in_circle, &|_| 0, min, max) {
                let phase = proposal.phase;
                {
                    let members = &proposal.members.members;
                    prop_assert!(members.len() >= min && members.len() <= max);
                    for member in members {
                        prop_assert!(proposed.insert(member.person), "{:?} proposed twice", member.person);
                        prop_assert!(!in_circle.contains(&member.person));
                        let signup = signups.iter().find(|s| s.id == member.registration).unwrap();
                        prop_assert_eq!(signup.phase, Some(phase));
                    }
                    if let Some(chair) = &proposal.chair {
                        prop_assert!(members.iter().all(|m| m.person != chair.person));
                    }
                }
            }
        }
    }
}
