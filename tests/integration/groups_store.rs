//! Coached groups through the store: registration → group → sessions →
//! attendance, prices copied at formation, and people who cannot be deleted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use chrono::{NaiveDate, NaiveDateTime};
use peerdesk::domain::coached::CoachedDefaults;
use peerdesk::domain::coached::costs::{cost_lines, department_and_central};
use peerdesk::domain::coached::groups::{
    ApplicationStatus, Attendance, GroupStatus, RegistrationDraft, RegistrationId, RegistrationKind, SessionStatus,
};
use peerdesk::domain::funding::FundingSourceId;
use peerdesk::domain::{Money, PersonDraft, PersonId};
use peerdesk::store::{DeleteOutcome, NewGroup, Refusal, Store, StoreError};

fn people(store: &mut Store, n: usize) -> Vec<PersonId> {
    let drafts: Vec<PersonDraft> =
        (0..n).map(|i| PersonDraft { name: format!("Deelnemer {i}"), ..PersonDraft::default() }).collect();
    store.insert_people(&drafts).unwrap()
}

/// A registration of `people` paid from `funding`, dated today.
fn register(
    store: &mut Store,
    kind: RegistrationKind,
    people: &[PersonId],
    funding: FundingSourceId,
) -> RegistrationId {
    let draft = RegistrationDraft {
        people: people.to_vec(),
        funding: Some(funding),
        ..RegistrationDraft::new(kind, common::today())
    };
    store.save_registration(&draft).unwrap()
}

fn at(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, day).unwrap().and_hms_opt(hour, 0, 0).unwrap()
}

#[test]
fn a_registration_becomes_a_group_with_sessions_and_attendance() {
    let mut store = Store::open_in_memory().unwrap();
    let members = people(&mut store, 4);
    let sources = store.funding_sources().unwrap();
    let central = sources.iter().find(|s| s.central_budget).unwrap().id;
    let registration = store
        .save_registration(&RegistrationDraft {
            people: members.clone(),
            funding: Some(central),
            theme: "Steering a research team".into(),
            ..RegistrationDraft::new(RegistrationKind::Group, common::today())
        })
        .unwrap();
    let pricing = CoachedDefaults::default().pricing();
    let group = store
        .form_group(&NewGroup {
            name: "PostDocs 5".into(),
            registrations: vec![registration],
            coach: None,
            pricing,
            formed_on: common::today(),
        })
        .unwrap();

    let groups = store.groups().unwrap();
    let formed = groups.iter().find(|g| g.id == group).unwrap();
    assert_eq!(formed.status, GroupStatus::Forming);
    assert_eq!(formed.members.len(), 4);
    assert_eq!(formed.application, Some(ApplicationStatus::ToApply), "a centrally funded group needs an application");
    let registrations = store.registrations().unwrap();
    assert_eq!(registrations[0].group, Some(group));
    assert_eq!(registrations[0].price, Some(Money::from_cents(93_750)));
    let lines = cost_lines(&formed.pricing, &registrations, &sources);
    assert_eq!(department_and_central(&lines), (Money::ZERO, Money::from_cents(93_750)));

    let sessions = store.add_sessions(group, &[at(1, 14), at(15, 14)], 90).unwrap();
    store.move_session(sessions[1], at(16, 10), 90).unwrap();
    store.set_session_status(sessions[0], SessionStatus::Cancelled).unwrap();
    store.set_attendance(sessions[1], members[0], Some(Attendance::Present)).unwrap();
    store.set_attendance(sessions[1], members[1], Some(Attendance::Excused)).unwrap();
    store.set_attendance(sessions[1], members[1], Some(Attendance::Absent)).unwrap();
    store.set_attendance(sessions[1], members[0], None).unwrap();

    let stored = store.sessions().unwrap();
    assert_eq!(stored[0].status, SessionStatus::Cancelled);
    assert_eq!(stored[1].starts_at, at(16, 10));
    assert_eq!(stored[1].sequence, 1, "a moved session raises its sequence for calendars");
    let marks = store.attendance().unwrap();
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].mark, Attendance::Absent);
}

#[test]
fn a_later_rate_change_does_not_change_an_existing_group() {
    let mut store = Store::open_in_memory().unwrap();
    let member = people(&mut store, 1)[0];
    let source = store.funding_sources().unwrap()[1].id;
    let registration = register(&mut store, RegistrationKind::Individual, &[member], source);
    let pricing = CoachedDefaults::default().pricing();
    store
        .form_group(&NewGroup {
            name: "G".into(),
            registrations: vec![registration],
            coach: None,
            pricing,
            formed_on: common::today(),
        })
        .unwrap();
    let mut settings = store.settings().unwrap();
    settings.organisation.name = "UMC Noord".into();
    settings.coached.hourly_rate = Money::from_euros(200);
    store.save_settings(&settings).unwrap();
    assert_eq!(store.registrations().unwrap()[0].price, Some(Money::from_cents(18_750)));
    assert_eq!(store.groups().unwrap()[0].pricing.hourly_rate, Money::from_euros(125));
}

#[test]
fn a_placed_registration_cannot_be_placed_again_and_returns_to_the_waiting_list_when_removed() {
    let mut store = Store::open_in_memory().unwrap();
    let member = people(&mut store, 1)[0];
    let source = store.funding_sources().unwrap()[1].id;
    let registration = register(&mut store, RegistrationKind::Individual, &[member], source);
    let pricing = CoachedDefaults::default().pricing();
    let new = |name: &str| NewGroup {
        name: name.into(),
        registrations: vec![registration],
        coach: None,
        pricing,
        formed_on: common::today(),
    };
    let first = store.form_group(&new("A")).unwrap();
    assert!(matches!(store.form_group(&new("B")), Err(StoreError::Refused(Refusal::RegistrationPlaced))));
    assert_eq!(store.groups().unwrap().len(), 1, "the refused group left nothing behind");
    store.remove_from_group(registration).unwrap();
    let back = &store.registrations().unwrap()[0];
    assert_eq!((back.group, back.price), (None, None));
    assert!(store.groups().unwrap().iter().find(|g| g.id == first).unwrap().members.is_empty());
}

#[test]
fn deleting_a_person_who_is_in_a_group_deactivates_them_instead() {
    let mut store = Store::open_in_memory().unwrap();
    let members = people(&mut store, 4);
    let source = store.funding_sources().unwrap()[1].id;
    let registration = register(&mut store, RegistrationKind::Group, &members, source);
    let pricing = CoachedDefaults::default().pricing();
    store
        .form_group(&NewGroup {
            name: "G".into(),
            registrations: vec![registration],
            coach: None,
            pricing,
            formed_on: common::today(),
        })
        .unwrap();
    assert_eq!(store.delete_person(members[0]).unwrap(), DeleteOutcome::Deactivated);
    assert_eq!(store.count_people().unwrap(), 4);
    assert!(!store.person(members[0]).unwrap().active);
}

#[test]
fn a_funding_source_in_use_cannot_be_removed() {
    let mut store = Store::open_in_memory().unwrap();
    let member = people(&mut store, 1)[0];
    let source = store.add_funding_source("Kostenplaats Cardiologie", false).unwrap();
    register(&mut store, RegistrationKind::Individual, &[member], source);
    assert!(matches!(store.remove_funding_source(source), Err(StoreError::Refused(Refusal::ListItemInUse))));
    let unused = store.add_funding_source("Kostenplaats Neurologie", false).unwrap();
    store.remove_funding_source(unused).unwrap();
}

#[test]
fn a_funding_source_keeps_its_invoice_address() {
    let mut store = Store::open_in_memory().unwrap();
    let source = store.add_funding_source("Kostenplaats Oncologie", false).unwrap();
    store.set_billing_address(source, "  UMC Noord, afdeling Oncologie\nPostbus 30001  ", None).unwrap();
    let saved = store.funding_sources().unwrap().into_iter().find(|s| s.id == source).unwrap();
    assert_eq!(saved.billing_address, "UMC Noord, afdeling Oncologie\nPostbus 30001");
}

#[test]
fn a_group_meets_once_at_a_time() {
    let mut store = Store::open_in_memory().unwrap();
    let members = people(&mut store, 4);
    let source = store.funding_sources().unwrap()[0].id;
    let registration = register(&mut store, RegistrationKind::Group, &members, source);
    let pricing = CoachedDefaults::default().pricing();
    let new = NewGroup {
        name: "G".into(),
        registrations: vec![registration],
        coach: None,
        pricing,
        formed_on: common::today(),
    };
    let group = store.form_group(&new).unwrap();
    let ids = store.add_sessions(group, &[at(2, 14), at(16, 14)], 90).unwrap();
    assert!(matches!(store.move_session(ids[0], at(16, 15), 90), Err(StoreError::Invalid(_))));
    assert!(matches!(store.add_sessions(group, &[at(2, 13)], 90), Err(StoreError::Invalid(_))));
    assert_eq!(store.sessions().unwrap()[0].starts_at, at(2, 14), "nothing moved");
    store.move_session(ids[0], at(9, 14), 90).unwrap();
}

/// One person, one place, billed once — whatever a coordinator does, in any
/// order: register (again, replacing or not), form, add, remove, withdraw,
/// undo a withdrawal, end and reopen groups.
mod one_person_one_place {
    use crate::common;
    use peerdesk::domain::coached::costs::cost_lines;
    use peerdesk::domain::coached::groups::{GroupStatus, RegistrationDraft, RegistrationId, RegistrationKind};
    use peerdesk::domain::coached::occupancy::is_active;
    use peerdesk::domain::coached::{CoachedDefaults, registration_price};
    use peerdesk::domain::{Money, PersonDraft, PersonId};
    use peerdesk::store::{NewGroup, Store};
    use proptest::prelude::*;
    use std::collections::{HashMap, HashSet};

    #[derive(Clone, Debug)]
    enum Action {
        Register { people: Vec<usize>, group: bool, replace: bool },
        Form { pick: Vec<usize> },
        Add { group: usize, pick: usize },
        Remove { pick: usize },
        Withdraw { pick: usize },
        Restore { pick: usize },
        End { group: usize },
        Reopen { group: usize },
    }

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            3 => (proptest::collection::vec(0usize..8, 4..6), any::<bool>(), any::<bool>())
                .prop_map(|(people, group, replace)| Action::Register { people, group, replace }),
            3 => (0usize..8, any::<bool>()).prop_map(|(person, replace)| Action::Register {
                people: vec![person],
                group: false,
                replace
            }),
            2 => proptest::collection::vec(0usize..20, 1..4).prop_map(|pick| Action::Form { pick }),
            2 => (0usize..5, 0usize..20).prop_map(|(group, pick)| Action::Add { group, pick }),
            1 => (0usize..20).prop_map(|pick| Action::Remove { pick }),
            1 => (0usize..20).prop_map(|pick| Action::Withdraw { pick }),
            2 => (0usize..20).prop_map(|pick| Action::Restore { pick }),
            2 => (0usize..5).prop_map(|group| Action::End { group }),
            2 => (0usize..5).prop_map(|group| Action::Reopen { group }),
        ]
    }

    fn store_with_people() -> (Store, Vec<PersonId>, peerdesk::domain::funding::FundingSourceId) {
        let mut store = Store::open_in_memory().unwrap();
        let drafts: Vec<PersonDraft> =
            (0..8).map(|i| PersonDraft { name: format!("Deelnemer {i}"), ..PersonDraft::default() }).collect();
        let people = store.insert_people(&drafts).unwrap();
        let source = store.add_funding_source("Kostenplaats Cardiologie", false).unwrap();
        (store, people, source)
    }

    /// Applies one action; a refusal is an answer, not a failure.
    fn apply(
        store: &mut Store,
        people: &[PersonId],
        source: peerdesk::domain::funding::FundingSourceId,
        action: &Action,
    ) {
        let registrations = store.registrations().unwrap();
        let groups = store.groups().unwrap();
        let waiting: Vec<RegistrationId> =
            registrations.iter().filter(|r| r.group.is_none() && !r.withdrawn).map(|r| r.id).collect();
        let placed: Vec<RegistrationId> = registrations.iter().filter(|r| r.group.is_some()).map(|r| r.id).collect();
        let withdrawn: Vec<RegistrationId> = registrations.iter().filter(|r| r.withdrawn).map(|r| r.id).collect();
        let nth = |list: &[RegistrationId], i: usize| (!list.is_empty()).then(|| list[i % list.len()]);
        let _ = match action {
            Action::Register { people: chosen, group, replace } => {
                let mut chosen: Vec<PersonId> = chosen.iter().map(|i| people[*i]).collect();
                chosen.dedup();
                let kind = if *group { RegistrationKind::Group } else { RegistrationKind::Individual };
                let mut draft = RegistrationDraft {
                    people: chosen.clone(),
                    funding: Some(source),
                    ..RegistrationDraft::new(kind, common::today())
                };
                if *replace {
                    draft.replaces = registrations
                        .iter()
                        .filter(|r| r.group.is_none() && !r.withdrawn && r.people.iter().any(|p| chosen.contains(p)))
                        .map(|r| r.id)
                        .collect();
                }
                store.save_registration(&draft).map(|_| ())
            }
            Action::Form { pick } => {
                let chosen: Vec<RegistrationId> = pick.iter().filter_map(|i| nth(&waiting, *i)).collect();
                let new = NewGroup {
                    name: "Groep".into(),
                    registrations: chosen,
                    coach: None,
                    pricing: CoachedDefaults::default().pricing(),
                    formed_on: common::today(),
                };
                store.form_group(&new).map(|_| ())
            }
            Action::Add { group, pick } => match (groups.get(*group % groups.len().max(1)), nth(&waiting, *pick)) {
                (Some(g), Some(r)) => store.add_to_group(g.id, r),
                _ => Ok(()),
            },
            Action::Remove { pick } => nth(&placed, *pick).map_or(Ok(()), |r| store.remove_from_group(r)),
            Action::Withdraw { pick } => nth(&waiting, *pick).map_or(Ok(()), |r| store.withdraw_registration(r)),
            Action::Restore { pick } => nth(&withdrawn, *pick).map_or(Ok(()), |r| store.restore_registration(r)),
            Action::End { group } | Action::Reopen { group } => match groups.get(*group % groups.len().max(1)) {
                Some(g) => {
                    let status = if matches!(action, Action::End { .. }) {
                        GroupStatus::Completed
                    } else {
                        GroupStatus::Running
                    };
                    store.save_group(&peerdesk::domain::coached::groups::GroupDraft { status, ..g.to_draft() })
                }
                None => Ok(()),
            },
        };
    }

    /// Nobody in two active registrations or two active groups; a group's
    /// members are exactly the people of its registrations; nobody waiting
    /// sits in a group; each group bills one price per registration.
    fn check(store: &Store) -> Result<(), TestCaseError> {
        let registrations = store.registrations().unwrap();
        let groups = store.groups().unwrap();
        let sources = store.funding_sources().unwrap();
        let mut held: HashMap<PersonId, usize> = HashMap::new();
        for registration in registrations.iter().filter(|r| is_active(r, &groups)) {
            for person in &registration.people {
                *held.entry(*person).or_default() += 1;
            }
        }
        prop_assert!(held.values().all(|n| *n <= 1), "someone is in two places: {held:?}");
        let mut in_groups: HashSet<PersonId> = HashSet::new();
        for group in groups.iter().filter(|g| g.status.is_active()) {
            for member in &group.members {
                prop_assert!(in_groups.insert(*member), "{member:?} is in two active groups");
            }
        }
        for group in &groups {
            let own: Vec<_> =
                registrations.iter().filter(|r| r.group == Some(group.id) && !r.withdrawn).cloned().collect();
            let mut people: Vec<PersonId> = own.iter().flat_map(|r| r.people.iter().copied()).collect();
            people.sort();
            let mut members = group.members.clone();
            members.sort();
            prop_assert_eq!(&members, &people, "members of {:?}", group.id);
            let billed = cost_lines(&group.pricing, &own, &sources).iter().fold(Money::ZERO, |s, l| s + l.amount);
            let expected =
                own.iter().fold(Money::ZERO, |s, r| s + registration_price(&group.pricing, r.kind).unwrap_or_default());
            prop_assert_eq!(billed, expected, "billed for {:?}", group.id);
        }
        for registration in registrations.iter().filter(|r| r.group.is_none() && !r.withdrawn) {
            for person in &registration.people {
                prop_assert!(!in_groups.contains(person), "{person:?} waits while in a group");
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
        #[test]
        fn nobody_is_in_two_places_and_every_group_bills_one_price_per_registration(
            actions in proptest::collection::vec(action(), 1..30)
        ) {
            let (mut store, people, source) = store_with_people();
            for action in &actions {
                apply(&mut store, &people, source, action);
                check(&store)?;
            }
        }
    }
}
