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
    store.set_billing_address(source, "  UMC Noord, afdeling Oncologie\nPostbus 30001  ").unwrap();
    let saved = store.funding_sources().unwrap().into_iter().find(|s| s.id == source).unwrap();
    assert_eq!(saved.billing_address, "UMC Noord, afdeling Oncologie\nPostbus 30001");
}
