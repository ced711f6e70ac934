//! One person, one place (DOMAIN.md, programme 1): a person is in at most one
//! active registration of the programme at a time, and so waits once or sits
//! in one active group. Whoever is in a group is neither waiting nor proposed.

use super::groups::{Group, GroupId, Registration, RegistrationDraft, RegistrationId, field};
use crate::domain::PersonId;
use crate::domain::problem::{Problem, Problems};

/// Where a person already is in the programme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// On the waiting list with this registration.
    Waiting(RegistrationId),
    /// In this active group through this registration.
    InGroup { registration: RegistrationId, group: GroupId },
}

impl Place {
    /// The registration that holds the person.
    pub fn registration(self) -> RegistrationId {
        match self {
            Place::Waiting(id) | Place::InGroup { registration: id, .. } => id,
        }
    }
}

/// A registration that still holds its people: waiting, or placed in a
/// forming or running group. Withdrawn registrations and those of completed
/// or cancelled groups hold nobody.
pub fn is_active(registration: &Registration, groups: &[Group]) -> bool {
    if registration.withdrawn {
        return false;
    }
    match registration.group {
        None => true,
        Some(id) => groups.iter().any(|g| g.id == id && g.status.is_active()),
    }
}

/// Where `person` is, leaving registration `except` (the one being edited) out.
pub fn place_of(
    person: PersonId,
    registrations: &[Registration],
    groups: &[Group],
    except: Option<RegistrationId>,
) -> Option<Place> {
    registrations
        .iter()
        .filter(|r| Some(r.id) != except && r.people.contains(&person) && is_active(r, groups))
        .map(|r| match r.group {
            Some(group) => Place::InGroup { registration: r.id, group },
            None => Place::Waiting(r.id),
        })
        .next()
}

/// Whether `draft` keeps everyone in one place: nobody of it may be in an
/// active group already, and someone already waiting only when the draft
/// replaces (withdraws) that earlier registration.
pub fn registration_problems(draft: &RegistrationDraft, registrations: &[Registration], groups: &[Group]) -> Problems {
    let mut problems = Problems::new();
    for person in &draft.people {
        match place_of(*person, registrations, groups, draft.id) {
            Some(Place::InGroup { .. }) => problems.add(field::PEOPLE, Problem::AlreadyInGroup),
            Some(Place::Waiting(earlier)) if !draft.replaces.contains(&earlier) => {
                problems.add(field::PEOPLE, Problem::AlreadyWaiting)
            }
            _ => {}
        }
    }
    for replaced in &draft.replaces {
        let waiting = registrations.iter().any(|r| r.id == *replaced && r.group.is_none() && !r.withdrawn);
        if !waiting || Some(*replaced) == draft.id {
            problems.add(field::PEOPLE, Problem::AlreadyInGroup);
        }
    }
    problems
}

/// Whether the people of `registration` may join a group whose members are
/// `members`: none of them is a member already or in another active
/// registration.
pub fn may_join(
    registration: &Registration,
    members: &[PersonId],
    registrations: &[Registration],
    groups: &[Group],
) -> bool {
    registration
        .people
        .iter()
        .all(|p| !members.contains(p) && place_of(*p, registrations, groups, Some(registration.id)).is_none())
}

/// Whether an ended group may become active again: none of its people has
/// meanwhile taken another place.
pub fn may_reopen(group: GroupId, registrations: &[Registration], groups: &[Group]) -> bool {
    registrations
        .iter()
        .filter(|r| r.group == Some(group) && !r.withdrawn)
        .all(|r| r.people.iter().all(|p| place_of(*p, registrations, groups, Some(r.id)).is_none()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::coached::fixtures;
    use crate::domain::coached::groups::{GroupStatus, RegistrationKind};
    use crate::domain::funding::FundingSourceId;
    use chrono::NaiveDate;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn registration(id: i64, people: &[i64], group: Option<i64>) -> Registration {
        let kind = if people.len() > 1 { RegistrationKind::Group } else { RegistrationKind::Individual };
        Registration { group: group.map(GroupId), ..fixtures::registration(id, kind, people, 1) }
    }

    fn group(id: i64, status: GroupStatus) -> Group {
        fixtures::group(id, status, day())
    }

    fn draft(people: &[i64], replaces: &[i64]) -> RegistrationDraft {
        RegistrationDraft {
            people: people.iter().copied().map(PersonId).collect(),
            funding: Some(FundingSourceId(1)),
            replaces: replaces.iter().copied().map(RegistrationId).collect(),
            ..RegistrationDraft::new(RegistrationKind::Group, day())
        }
    }

    #[test]
    fn someone_waiting_registers_again_only_by_replacing_the_earlier_registration() {
        let registrations = [registration(1, &[7], None)];
        let problems = registration_problems(&draft(&[7, 8, 9, 10], &[]), &registrations, &[]);
        assert_eq!(problems.for_field(field::PEOPLE), Some(&Problem::AlreadyWaiting));
        assert!(registration_problems(&draft(&[7, 8, 9, 10], &[1]), &registrations, &[]).is_empty());
    }

    #[test]
    fn someone_in_an_active_group_cannot_register_but_after_it_ends_they_can() {
        let registrations = [registration(1, &[7], Some(5))];
        let running = [group(5, GroupStatus::Running)];
        let problems = registration_problems(&draft(&[7, 8, 9, 10], &[]), &registrations, &running);
        assert_eq!(problems.for_field(field::PEOPLE), Some(&Problem::AlreadyInGroup));
        let completed = [group(5, GroupStatus::Completed)];
        assert!(registration_problems(&draft(&[7, 8, 9, 10], &[]), &registrations, &completed).is_empty());
    }

    #[test]
    fn a_registration_being_edited_does_not_count_against_itself() {
        let registrations = [registration(1, &[7], None)];
        let mut edited = draft(&[7], &[]);
        edited.id = Some(RegistrationId(1));
        assert!(registration_problems(&edited, &registrations, &[]).is_empty());
    }
}
