//! Proposals from a waiting list, for any programme that forms small groups
//! (coached groups, intervisie circles): groups of between the smallest and
//! the largest size, as similar as possible — same position (or career
//! phase) first, then department, language and overlapping preferred
//! times. PeerDesk proposes; the coordinator decides.

use crate::domain::lists::ListItemId;
use crate::domain::person::PersonId;
use crate::domain::slots::TimeSlot;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashSet};

/// Someone on the waiting list; `R` names what they are waiting with (a
/// registration, a sign-up).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate<R> {
    pub person: PersonId,
    pub registration: R,
    pub waiting_since: NaiveDate,
    pub position: Option<ListItemId>,
    pub department: String,
    pub languages: Vec<String>,
    pub preferred: Vec<TimeSlot>,
}

/// Why the people of a proposal fit together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Everyone has this position.
    SamePosition(ListItemId),
    /// `count` of the members work in `department`.
    Department { department: String, count: usize },
    /// Everyone speaks this language.
    SharedLanguage(String),
    /// `count` of the members prefer this slot.
    CommonSlot { slot: TimeSlot, count: usize },
}

/// A proposed group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal<R> {
    pub members: Vec<Candidate<R>>,
    pub reasons: Vec<Reason>,
}

/// Proposes groups from `candidates`. Never proposes someone twice, never a
/// group smaller than `min` or larger than `max`, and never anyone in
/// `excluded` (people already in an active group). Those who wait longest
/// are placed first.
pub fn propose<R: Clone>(
    candidates: &[Candidate<R>],
    min: usize,
    max: usize,
    excluded: &HashSet<PersonId>,
) -> Vec<Proposal<R>> {
    if min == 0 || min > max {
        return Vec::new();
    }
    let mut seen = HashSet::new();
    let mut pool: Vec<Candidate<R>> =
        candidates.iter().filter(|c| !excluded.contains(&c.person) && seen.insert(c.person)).cloned().collect();
    pool.sort_by_key(|c| (c.waiting_since, c.person));

    let mut by_position: BTreeMap<Option<ListItemId>, Vec<Candidate<R>>> = BTreeMap::new();
    for candidate in pool {
        by_position.entry(candidate.position).or_default().push(candidate);
    }
    let mut proposals = Vec::new();
    let mut leftovers = Vec::new();
    // Positions with the longest-waiting person first.
    let mut buckets: Vec<Vec<Candidate<R>>> = by_position.into_values().collect();
    buckets.sort_by_key(|b| b.first().map(|c| (c.waiting_since, c.person)));
    for bucket in buckets {
        let (groups, rest) = split_into_groups(bucket, min, max);
        proposals.extend(groups);
        leftovers.extend(rest);
    }
    leftovers.sort_by_key(|c| (c.waiting_since, c.person));
    let (mixed, _still_waiting) = split_into_groups(leftovers, min, max);
    proposals.extend(mixed);
    proposals.into_iter().map(|members| Proposal { reasons: reasons(&members), members }).collect()
}

/// Sizes for `n` people: as many groups as needed with at most `max`, each
/// at least `min`; when that is impossible, as many groups of at least `min`
/// as fit and the rest keeps waiting.
fn group_sizes(n: usize, min: usize, max: usize) -> Vec<usize> {
    if n < min {
        return Vec::new();
    }
    let groups = n.div_ceil(max);
    if groups * min <= n {
        let (base, extra) = (n / groups, n % groups);
        return (0..groups).map(|i| base + usize::from(i < extra)).collect();
    }
    let groups = n / min;
    let mut sizes = vec![min; groups];
    let mut spare = n - groups * min;
    for size in sizes.iter_mut() {
        let add = spare.min(max - min);
        *size += add;
        spare -= add;
    }
    sizes
}

/// Forms groups greedily: the longest-waiting person starts a group and the
/// most similar people join it.
/// The groups formed, and who keeps waiting.
type Split<R> = (Vec<Vec<Candidate<R>>>, Vec<Candidate<R>>);

fn split_into_groups<R>(mut pool: Vec<Candidate<R>>, min: usize, max: usize) -> Split<R> {
    let sizes = group_sizes(pool.len(), min, max);
    let mut groups = Vec::new();
    for size in sizes {
        if pool.is_empty() {
            break;
        }
        let seed = pool.remove(0);
        let mut group = vec![seed];
        while group.len() < size && !pool.is_empty() {
            let best =
                (0..pool.len()).max_by_key(|&i| (similarity(&group, &pool[i]), std::cmp::Reverse(i))).unwrap_or(0);
            group.push(pool.remove(best));
        }
        groups.push(group);
    }
    (groups, pool)
}

/// How well `candidate` fits `group`: department weighs most, then shared
/// preferred times, then a shared language.
fn similarity<R>(group: &[Candidate<R>], candidate: &Candidate<R>) -> i64 {
    group
        .iter()
        .map(|member| {
            let department = !member.department.is_empty() && member.department == candidate.department;
            let slots = member.preferred.iter().filter(|s| candidate.preferred.contains(s)).count() as i64;
            let language = member.languages.iter().any(|l| candidate.languages.contains(l));
            i64::from(department) * 4 + slots.min(2) * 2 + i64::from(language)
        })
        .sum()
}

fn reasons<R>(members: &[Candidate<R>]) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if let Some(position) = members.first().and_then(|m| m.position)
        && members.iter().all(|m| m.position == Some(position))
    {
        reasons.push(Reason::SamePosition(position));
    }
    let mut departments: BTreeMap<&str, usize> = BTreeMap::new();
    for member in members.iter().filter(|m| !m.department.is_empty()) {
        *departments.entry(member.department.as_str()).or_default() += 1;
    }
    if let Some((department, count)) = departments.into_iter().max_by_key(|(d, n)| (*n, std::cmp::Reverse(*d)))
        && count >= 2
    {
        reasons.push(Reason::Department { department: department.to_string(), count });
    }
    let mut slots: BTreeMap<TimeSlot, usize> = BTreeMap::new();
    for member in members {
        for slot in &member.preferred {
            *slots.entry(*slot).or_default() += 1;
        }
    }
    if let Some((slot, count)) = slots.into_iter().max_by_key(|(s, n)| (*n, std::cmp::Reverse(*s)))
        && count >= 2
    {
        reasons.push(Reason::CommonSlot { slot, count });
    }
    if let Some(first) = members.first() {
        for language in &first.languages {
            if members.iter().all(|m| m.languages.contains(language)) {
                reasons.push(Reason::SharedLanguage(language.clone()));
                break;
            }
        }
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::slots::DayPart;
    use chrono::Weekday;

    /// A registration's id in these tests.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct RegistrationId(i64);

    fn candidate(id: i64, position: i64, department: &str, waited: u32) -> Candidate<RegistrationId> {
        Candidate {
            person: PersonId(id),
            registration: RegistrationId(id),
            waiting_since: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(waited as u64),
            position: Some(ListItemId(position)),
            department: department.to_string(),
            languages: vec!["nl".into()],
            preferred: vec![TimeSlot::new(Weekday::Tue, DayPart::Afternoon)],
        }
    }

    #[test]
    fn four_waiting_postdocs_are_proposed_as_one_group_with_the_reasons() {
        let waiting: Vec<Candidate<RegistrationId>> =
            (1..=4).map(|i| candidate(i, 1, "Cardiologie", i as u32)).collect();
        let proposals = propose(&waiting, 4, 5, &HashSet::new());
        assert_eq!(proposals.len(), 1);
        assert_eq!(proposals[0].members.len(), 4);
        assert!(proposals[0].reasons.contains(&Reason::SamePosition(ListItemId(1))));
        assert!(
            proposals[0]
                .reasons
                .contains(&Reason::CommonSlot { slot: TimeSlot::new(Weekday::Tue, DayPart::Afternoon), count: 4 })
        );
        assert!(proposals[0].reasons.contains(&Reason::SharedLanguage("nl".into())));
    }

    #[test]
    fn three_waiting_people_are_not_enough_for_a_group() {
        let waiting: Vec<Candidate<RegistrationId>> = (1..=3).map(|i| candidate(i, 1, "", 1)).collect();
        assert!(propose(&waiting, 4, 5, &HashSet::new()).is_empty());
    }

    #[test]
    fn six_people_of_one_position_make_one_group_and_one_keeps_waiting() {
        let sizes = group_sizes(6, 4, 5);
        assert_eq!(sizes, vec![5]);
        assert_eq!(group_sizes(8, 4, 5), vec![4, 4]);
        assert_eq!(group_sizes(11, 4, 5), vec![5, 5]);
        assert_eq!(group_sizes(10, 4, 5), vec![5, 5]);
        assert_eq!(group_sizes(9, 4, 5), vec![5, 4]);
    }

    #[test]
    fn the_same_department_is_preferred_within_a_position() {
        let mut waiting: Vec<Candidate<RegistrationId>> =
            (1..=4).map(|i| candidate(i, 1, "Neurologie", i as u32)).collect();
        waiting.extend((5..=8).map(|i| candidate(i, 1, "Oncologie", i as u32)));
        waiting[0].department = "Oncologie".into();
        waiting[4].department = "Neurologie".into();
        let proposals = propose(&waiting, 4, 5, &HashSet::new());
        assert_eq!(proposals.len(), 2);
        for proposal in &proposals {
            let first = &proposal.members[0].department;
            assert!(proposal.members.iter().all(|m| &m.department == first), "{proposal:?}");
        }
    }

    #[test]
    fn people_already_in_an_active_group_are_left_out() {
        let waiting: Vec<Candidate<RegistrationId>> = (1..=5).map(|i| candidate(i, 1, "", 1)).collect();
        let excluded: HashSet<PersonId> = [PersonId(2)].into();
        let proposals = propose(&waiting, 4, 5, &excluded);
        assert_eq!(proposals.len(), 1);
        assert!(proposals[0].members.iter().all(|m| m.person != PersonId(2)));
    }
}
