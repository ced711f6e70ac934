//! No edit is lost silently: a save made from a version of a record that
//! changed since is refused with a conflict, and the change made meanwhile
//! stays, for people, coached groups, networks, circles and incidents, and
//! for registrations, funding sources, methods, mentor profiles and circle
//! meetings.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use peerdesk::domain::circles::circle::{CircleDraft, MeetingDraft};
use peerdesk::domain::circles::mentoring::MentorProfile;
use peerdesk::domain::circles::methods::{MethodDraft, MethodPhase};
use peerdesk::domain::coached::groups::{GroupDraft, RegistrationDraft};
use peerdesk::domain::incidents::cases::IncidentDraft;
use peerdesk::domain::networks::NetworkDraft;
use peerdesk::domain::networks::recurrence::{Rule, Series};
use peerdesk::store::Refusal;
use proptest::prelude::*;

fn conflict<T: std::fmt::Debug>(result: Result<T, StoreError>) -> &'static str {
    match result {
        Err(StoreError::Conflict(what)) => what,
        other => panic!("expected a conflict, got {other:?}"),
    }
}

#[test]
fn a_save_from_an_older_version_is_refused_for_every_kind_of_record() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("demo.sqlite3");
    common::demo_database(&path);
    let mut store = Store::open(&path).unwrap();

    let group = store.groups().unwrap().remove(0);
    let (mine, theirs) = (group.to_draft(), group.to_draft());
    store.save_group(&renamed(theirs, "Theirs")).unwrap();
    assert_eq!(conflict(store.save_group(&renamed(mine, "Mine"))), "group");
    assert_eq!(store.groups().unwrap().iter().find(|g| g.id == group.id).unwrap().name, "Theirs");

    let network = store.networks().unwrap().remove(0);
    let today = common::today();
    let theirs = NetworkDraft { name: "Theirs".into(), ..network.to_draft() };
    store.update_network(network.id, &theirs, today).unwrap();
    let mine = NetworkDraft { name: "Mine".into(), ..network.to_draft() };
    assert_eq!(conflict(store.update_network(network.id, &mine, today)), "network");
    assert_eq!(store.networks().unwrap().iter().find(|n| n.id == network.id).unwrap().name, "Theirs");

    let circle = store.circles().unwrap().remove(0);
    let theirs = CircleDraft { name: "Theirs".into(), ..circle.to_draft() };
    store.update_circle(circle.id, &theirs, 12).unwrap();
    let mine = CircleDraft { name: "Mine".into(), ..circle.to_draft() };
    assert_eq!(conflict(store.update_circle(circle.id, &mine, 12)), "circle");
    assert_eq!(store.circles().unwrap().iter().find(|c| c.id == circle.id).unwrap().name, "Theirs");

    let incident = store.incidents().unwrap().remove(0);
    let facts = |departments: &str| IncidentDraft {
        occurred_on: incident.occurred_on,
        occurred_time: incident.occurred_time,
        reported_at: incident.reported_at,
        incident_type: incident.incident_type,
        reporter: incident.reporter,
        departments: vec![departments.into()],
        version: Some(incident.version),
    };
    store.update_incident(incident.id, &facts("Theirs")).unwrap();
    assert_eq!(conflict(store.update_incident(incident.id, &facts("Mine"))), "incident");
    let stored = store.incidents().unwrap().into_iter().find(|i| i.id == incident.id).unwrap();
    assert_eq!(stored.departments, ["Theirs"]);
}

/// The demo database, with the store's clock on the demo's today.
fn demo_store(dir: &TempDir) -> Store {
    let path = dir.path().join("demo.sqlite3");
    common::demo_database(&path);
    let mut store = Store::open(&path).unwrap();
    store.set_clock(|| common::today().and_hms_opt(9, 0, 0).unwrap());
    store
}

#[test]
fn a_registration_or_funding_source_saved_from_an_older_version_is_refused() {
    let dir = TempDir::new().unwrap();
    let mut store = demo_store(&dir);

    let registrations = store.registrations().unwrap();
    let waiting = registrations.iter().find(|r| r.group.is_none() && !r.withdrawn).unwrap();
    let theirs = RegistrationDraft { theme: "Theirs".into(), ..waiting.to_draft() };
    store.save_registration(&theirs).unwrap();
    let mine = RegistrationDraft { theme: "Mine".into(), ..waiting.to_draft() };
    assert_eq!(conflict(store.save_registration(&mine)), "registration");
    let stored = store.registrations().unwrap().into_iter().find(|r| r.id == waiting.id).unwrap();
    assert_eq!(stored.theme, "Theirs");
    // A registration placed in a group meanwhile still says so.
    let placed = registrations.iter().find(|r| r.group.is_some()).unwrap();
    let result = store.save_registration(&placed.to_draft());
    assert!(matches!(result, Err(StoreError::Refused(Refusal::RegistrationPlaced))), "{result:?}");

    // The name and the billing address are saved apart: each refuses a
    // form opened before the other changed.
    let stored_source = |store: &Store, name: &str| {
        store.funding_sources().unwrap().into_iter().find(|s| s.name.as_deref() == Some(name)).unwrap()
    };
    let source = store.funding_sources().unwrap().into_iter().find(|s| s.name.is_some()).unwrap();
    let name = source.name.clone().unwrap();
    store.set_billing_address(source.id, "Theirs", Some(source.version)).unwrap();
    let mine = store.update_funding_source(source.id, Some("Mine"), source.central_budget, Some(source.version));
    assert_eq!(conflict(mine), "funding source");
    let source = stored_source(&store, &name);
    assert_eq!(source.billing_address, "Theirs");
    store.update_funding_source(source.id, Some("Theirs"), !source.central_budget, Some(source.version)).unwrap();
    assert_eq!(conflict(store.set_billing_address(source.id, "Mine", Some(source.version))), "funding source");
    let central = store.update_funding_source(source.id, None, source.central_budget, Some(source.version));
    assert_eq!(conflict(central), "funding source");
    let stored = stored_source(&store, "Theirs");
    assert_eq!((stored.billing_address.as_str(), stored.central_budget), ("Theirs", !source.central_budget));
}

#[test]
fn a_method_mentor_profile_or_circle_meeting_saved_from_an_older_version_is_refused() {
    let dir = TempDir::new().unwrap();
    let mut store = demo_store(&dir);

    let method = store.methods().unwrap().remove(0);
    let draft = |name: &str| MethodDraft {
        name: name.into(),
        phases: vec![MethodPhase { title: "Round".into(), minutes: 90, what: String::new() }],
        version: Some(method.version),
    };
    store.save_method(Some(method.id), &draft("Theirs")).unwrap();
    assert_eq!(conflict(store.save_method(Some(method.id), &draft("Mine"))), "method");
    assert_eq!(store.methods().unwrap().into_iter().find(|m| m.id == method.id).unwrap().name, "Theirs");

    let profile = store.mentor_profiles().unwrap().remove(0);
    store.save_mentor_profile(&MentorProfile { capacity: 7, ..profile.clone() }).unwrap();
    assert_eq!(
        conflict(store.save_mentor_profile(&MentorProfile { capacity: 9, ..profile.clone() })),
        "mentor profile"
    );
    let stored = store.mentor_profiles().unwrap().into_iter().find(|p| p.person == profile.person).unwrap();
    assert_eq!(stored.capacity, 7);

    let meeting = store.circle_meetings().unwrap().into_iter().find(|m| !m.cancelled).unwrap();
    let theirs = MeetingDraft { minutes: 60, ..meeting.to_draft() };
    store.save_circle_meeting(meeting.circle, Some(meeting.id), &theirs).unwrap();
    let mine = MeetingDraft { minutes: 120, ..meeting.to_draft() };
    assert_eq!(conflict(store.save_circle_meeting(meeting.circle, Some(meeting.id), &mine)), "meeting");
    let stored = store.circle_meetings().unwrap().into_iter().find(|m| m.id == meeting.id).unwrap();
    assert_eq!(stored.minutes, 60);
}

/// `draft` with another name.
fn renamed(draft: GroupDraft, name: &str) -> GroupDraft {
    GroupDraft { name: name.into(), ..draft }
}

/// What a user does with a network's form: opens it into one of three
/// windows' forms, or saves one of them with a new name.
#[derive(Clone, Debug)]
enum Step {
    Open(usize),
    Save(usize, u8),
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let step =
        prop_oneof![(0..3usize).prop_map(Step::Open), (0..3usize, any::<u8>()).prop_map(|(f, n)| Step::Save(f, n))];
    proptest::collection::vec(step, 1..24)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever order forms are opened and saved in, a save succeeds only
    /// when its form shows the stored version, and the stored network is
    /// always the last save that succeeded: nothing is overwritten unseen.
    #[test]
    fn the_stored_record_is_always_the_last_save_made_from_what_was_stored(steps in steps()) {
        let dir = TempDir::new().unwrap();
        let mut store = Store::create(&dir.path().join("forms.sqlite3")).unwrap();
        let today = common::today();
        let first = NetworkDraft {
            name: "Network 0".into(),
            audience: String::new(),
            convenor: None,
            status: peerdesk::domain::networks::NetworkStatus::Active,
            series: Series {
                rule: Rule::Weekly { weeks: 2, weekday: chrono::Weekday::Mon },
                from: today,
                until: None,
                time: chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                minutes: 60,
            },
            online: false,
            place: "Room 1".into(),
            rotating_hosts: false,
            version: None,
        };
        let id = store.create_network(&first, today).unwrap();
        let stored = |store: &Store| store.networks().unwrap().into_iter().find(|n| n.id == id).unwrap();
        let mut forms: [Option<NetworkDraft>; 3] = [None, None, None];
        let mut expected_name = "Network 0".to_string();
        for step in steps {
            match step {
                Step::Open(form) => forms[form] = Some(stored(&store).to_draft()),
                Step::Save(form, n) => {
                    let Some(draft) = forms[form].clone() else { continue };
                    let current = stored(&store).version;
                    let name = format!("Network {n}");
                    let result = store.update_network(id, &NetworkDraft { name: name.clone(), ..draft.clone() }, today);
                    if draft.version == Some(current) {
                        prop_assert!(result.is_ok(), "{result:?}");
                        expected_name = name;
                        forms[form] = None;
                    } else {
                        prop_assert!(matches!(result, Err(StoreError::Conflict("network"))), "{result:?}");
                    }
                }
            }
            prop_assert_eq!(&stored(&store).name, &expected_name);
        }
    }
}

#[test]
fn a_group_whose_application_changed_with_its_members_refuses_a_form_opened_before() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("demo.sqlite3");
    common::demo_database(&path);
    let mut store = Store::open(&path).unwrap();
    let sources = store.funding_sources().unwrap();
    let central = |r: &peerdesk::domain::coached::groups::Registration| {
        sources.iter().any(|s| s.id == r.funding && s.central_budget)
    };
    let registrations = store.registrations().unwrap();
    // A centrally funded sign-up placed in a group that needed no application.
    let waiting = registrations.iter().filter(|r| r.group.is_none() && central(r));
    let groups = store.groups().unwrap();
    let (group, form) = waiting
        .flat_map(|r| groups.iter().filter(|g| g.application.is_none() && g.status.is_active()).map(move |g| (r, g)))
        .find_map(|(r, g)| {
            let form = GroupDraft { name: "Renamed".into(), ..g.to_draft() };
            store.add_to_group(g.id, r.id).ok().map(|()| (g.id, form))
        })
        .expect("a waiting, centrally funded sign-up fits a group");
    assert!(store.groups().unwrap().iter().find(|g| g.id == group).unwrap().application.is_some());
    assert_eq!(conflict(store.save_group(&form)), "group");
}

#[test]
fn a_billing_address_refused_for_a_change_made_meanwhile_stays_typed_and_the_user_chooses() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable;
    type Window<'a> = egui_kittest::Harness<'a, peerdesk::app::PeerDeskApp>;
    let dir = TempDir::new().unwrap();
    let size = [1024.0, 700.0];
    let mut harness = common::demo_harness(dir.path(), Language::English, size, egui::Theme::Light);
    harness.get_by_label("Settings").click();
    harness.run();
    let field = "Invoice address of Central PostDoc budget";
    let open_and_type = |harness: &mut Window<'_>, text: &str| {
        // The first source's button: the central budget's.
        harness.get_all_by_role_and_label(Role::Button, "Address…").next().unwrap().scroll_to_me();
        harness.run();
        harness.get_all_by_role_and_label(Role::Button, "Address…").next().unwrap().click();
        harness.run();
        harness.get_by_role_and_label(Role::MultilineTextInput, field).focus();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.get_by_role_and_label(Role::MultilineTextInput, field).type_text(text);
        harness.run();
    };
    let central = |harness: &Window<'_>| {
        let sources = harness.state().database().unwrap().store.funding_sources().unwrap();
        sources.into_iter().find(|s| s.code.as_deref() == Some("central-postdoc-budget")).unwrap()
    };
    let stored = |harness: &Window<'_>| {
        let source = central(harness);
        (source.billing_address, source.central_budget)
    };
    // A change made in this window meanwhile (the same source stops being a
    // central budget) is not a change made elsewhere: the address is saved.
    open_and_type(&mut harness, "Mine");
    harness.get_all_by_role_and_label(Role::CheckBox, "central budget").next().unwrap().click();
    harness.run();
    common::click(&mut harness, Role::Button, "Save");
    assert_eq!(stored(&harness), ("Mine".to_string(), false));
    assert!(harness.query_by_role_and_label(Role::MultilineTextInput, field).is_none(), "the field closes once saved");

    // A change made elsewhere meanwhile refuses it, and what was typed stays,
    // with the text saved now below it and the choice.
    let change_elsewhere = |harness: &mut Window<'_>, address: Option<&str>| {
        let id = central(harness).id;
        let store = &mut harness.state_mut().database_mut_for_tests().unwrap().store;
        store.update_funding_source(id, None, true, None).unwrap();
        if let Some(address) = address {
            store.set_billing_address(id, address, None).unwrap();
        }
    };
    open_and_type(&mut harness, "Mine again");
    change_elsewhere(&mut harness, None);
    common::click(&mut harness, Role::Button, "Save");
    harness.get_by_label_contains("Someone changed this after you opened it");
    let typed = harness.get_by_role_and_label(Role::MultilineTextInput, field).value();
    assert_eq!(typed.as_deref(), Some("Mine again"));
    assert_eq!(stored(&harness), ("Mine".to_string(), true));
    assert!(
        harness.get_by_role_and_label(Role::Button, "Save").accesskit_node().is_disabled(),
        "no save from the older version"
    );

    // The saved text can be taken back into the field...
    common::click(&mut harness, Role::Button, "Use the saved version");
    let typed = harness.get_by_role_and_label(Role::MultilineTextInput, field).value();
    assert_eq!(typed.as_deref(), Some("Mine"));
    assert!(harness.query_by_label_contains("Someone changed this").is_none());

    // ... or what was typed saved over it.
    harness.get_by_role_and_label(Role::MultilineTextInput, field).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role_and_label(Role::MultilineTextInput, field).type_text("Mine at last");
    harness.run();
    change_elsewhere(&mut harness, Some("Theirs"));
    common::click(&mut harness, Role::Button, "Save");
    harness.get_by_label("Theirs");
    common::click(&mut harness, Role::Button, "Save my version");
    assert_eq!(stored(&harness), ("Mine at last".to_string(), true));
    assert!(harness.query_by_role_and_label(Role::MultilineTextInput, field).is_none(), "the field closes once saved");
}
