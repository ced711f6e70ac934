//! The Cases tab: open trajectories by urgency, recording an incident with
//! two employees, offering support, matching a supporter and holding the
//! first conversation, with a fixed clock.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use peerdesk::app::PeerDeskApp;
use peerdesk::i18n::Language;
use tempfile::TempDir;

fn title_of_cases(harness: &Harness<'_, PeerDeskApp>) -> String {
    harness
        .get_all_by_role(Role::Button)
        .chain(harness.get_all_by_role(Role::Label))
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with("Cases") || l.starts_with("Casussen"))
        .unwrap_or_default()
}

/// The reference and trajectory of the most urgent open step.
fn most_urgent(harness: &Harness<'_, PeerDeskApp>) -> (String, peerdesk::domain::incidents::cases::TrajectoryId) {
    let view = &harness.state().database().unwrap().view;
    let due = view.cases.open_tasks(&view.settings.incidents).into_iter().min_by_key(|d| d.deadline).unwrap();
    let incident = view.cases.incidents.iter().find(|i| i.id == due.incident).unwrap();
    (incident.reference.clone(), due.trajectory)
}

#[test]
fn snapshot_the_cases_tab_in_both_languages() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::Dutch, [1024.0, 700.0], egui::Theme::Dark);
    let title = title_of_cases(&harness);
    assert!(title.starts_with("Casussen ("), "overdue work is counted in the tab's title: {title}");
    common::click(&mut harness, Role::Button, &title);
    harness.get_by_label("Incident vastleggen…");
    harness.snapshot("cases_nl_1024");
}

#[test]
fn snapshot_the_cases_tab_in_english() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1400.0, 900.0], egui::Theme::Light);
    let title = title_of_cases(&harness);
    common::click(&mut harness, Role::Button, &title);
    harness.snapshot("cases_en_light");
}

#[test]
fn an_incident_with_two_employees_is_recorded_offered_matched_and_its_first_conversation_held() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1400.0, 900.0], egui::Theme::Light);
    let title = title_of_cases(&harness);
    common::click(&mut harness, Role::Button, &title);
    let open_before =
        harness.state().database().unwrap().view.cases.trajectories.iter().filter(|t| t.is_open()).count();

    common::click(&mut harness, Role::Button, "Record an incident…");
    harness.get_by_label_contains("never what happened or what was said");
    assert!(harness.get_by_role_and_label(Role::Button, "Record incident").accesskit_node().is_disabled());
    common::type_into(&mut harness, "Department(s), separated by commas", "Intensive Care");
    for name in ["Anaïs Moreau", "Ananya Patel"] {
        common::type_into(&mut harness, "Find someone", name);
        harness.get_all_by_role_and_label(Role::Button, "Add").next().unwrap().click();
        harness.run();
    }
    common::click(&mut harness, Role::Button, "Record incident");
    let notification = harness.state().notifications().into_iter().find(|n| n.starts_with("Incident I-2026-"));
    assert!(notification.unwrap().ends_with("recorded with 2 employees involved."));
    let view = &harness.state().database().unwrap().view;
    let open_after = view.cases.trajectories.iter().filter(|t| t.is_open()).count();
    assert_eq!(open_after, open_before + 2);

    // The first new trajectory: offer, accept, match, plan and hold.
    let newest = view.cases.incidents[0].reference.clone();
    let row = harness.get_all_by_label(&newest).next().unwrap();
    row.click();
    harness.run();
    common::click(&mut harness, Role::Button, "Offered today");
    common::click(&mut harness, Role::Button, "Accepted");
    common::click(&mut harness, Role::Button, "Match a supporter…");
    assert!(harness.get_all_by_label_contains("open trajector").count() >= 2, "each candidate says why");
    harness.get_all_by_role_and_label(Role::Button, "Choose").next().unwrap().click();
    harness.run();
    assert!(harness.state().notifications().iter().any(|n| n.ends_with("is matched as peer supporter.")));
    common::type_into(&mut harness, "at", "10:00");
    common::click(&mut harness, Role::Button, "Plan");
    harness.get_all_by_role_and_label(Role::Button, "Held").next().unwrap().click();
    harness.run();
    assert!(harness.state().notifications().iter().any(|n| n == "The conversation is recorded as held."));
    let cases = &harness.state().database().unwrap().view.cases;
    let held = cases.conversations.iter().filter(|c| c.held_on == Some(common::today())).count();
    assert_eq!(held, 1);
}

#[test]
fn the_yearly_report_shows_on_screen_and_saves_as_a_pdf() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1024.0, 700.0], egui::Theme::Light);
    let title = title_of_cases(&harness);
    common::click(&mut harness, Role::Button, &title);
    common::click(&mut harness, Role::Button, "Yearly report…");
    harness.get_by_label("Employees involved");
    harness.get_by_label_contains("anonymous yearly report");
    let year = chrono::Datelike::year(&common::today()).to_string();
    common::click(&mut harness, Role::Button, &format!("Save {year} as PDF…"));
    let saved: Vec<_> = std::fs::read_dir(dir.path().join("saved")).unwrap().map(|e| e.unwrap().path()).collect();
    let report = saved.iter().find(|p| p.to_string_lossy().contains("incident-support-report-")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(report).unwrap()).unwrap();
    assert!(text.contains("Incidents by type and quarter"), "{text}");
}

#[test]
fn someone_found_later_is_added_to_an_incident_with_a_trajectory_of_their_own() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1400.0, 900.0], egui::Theme::Light);
    let title = title_of_cases(&harness);
    common::click(&mut harness, Role::Button, &title);
    let (reference, before, name) = {
        let view = &harness.state().database().unwrap().view;
        let open = view.cases.trajectories.iter().find(|t| t.is_open()).unwrap();
        let incident = view.cases.incidents.iter().find(|i| i.id == open.incident).unwrap();
        let involved: Vec<_> =
            view.cases.trajectories.iter().filter(|t| t.incident == incident.id).map(|t| t.employee).collect();
        let other = view
            .people
            .iter()
            .find(|p| {
                p.active && !involved.contains(&p.id) && view.people.iter().filter(|q| q.name == p.name).count() == 1
            })
            .unwrap();
        (incident.reference.clone(), view.cases.trajectories.len(), other.name.clone())
    };
    harness.get_all_by_label(&reference).next().unwrap().click();
    harness.run();
    common::type_into(&mut harness, "Someone else involved:", &name);
    harness.get_all_by_role_and_label(Role::Button, "Add").next().unwrap().click();
    harness.run();
    let view = &harness.state().database().unwrap().view;
    assert_eq!(view.cases.trajectories.len(), before + 1);
    assert!(harness.state().notifications().iter().any(|n| n.contains("with a trajectory of their own")));
}

#[test]
fn an_incidents_facts_are_corrected_from_a_trajectory_in_dutch() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::Dutch, [1400.0, 900.0], egui::Theme::Light);
    let title = title_of_cases(&harness);
    common::click(&mut harness, Role::Button, &title);
    let (id, reference, trajectory) = {
        let view = &harness.state().database().unwrap().view;
        let open = view.cases.trajectories.iter().find(|t| t.is_open()).unwrap();
        let incident = view.cases.incidents.iter().find(|i| i.id == open.incident).unwrap();
        (incident.id, incident.reference.clone(), open.id)
    };
    harness.get_all_by_label(&reference).next().unwrap().click();
    harness.run();
    // The access log notes who opened which case.
    let log = harness.state().database().unwrap().store.access_log().unwrap();
    assert_eq!(log[0].action, peerdesk::domain::access::AccessAction::ViewCase);
    assert_eq!(log[0].subject, format!("case {}", trajectory.0));
    common::click(&mut harness, Role::Button, "Feiten corrigeren…");
    harness.get_by_label(&format!("Feiten van {reference}"));
    common::replace_text(&mut harness, "Afdeling(en), gescheiden door komma’s", "Spoedeisende Hulp, Radiologie");
    common::click(&mut harness, Role::Button, "Feiten opslaan");
    let view = &harness.state().database().unwrap().view;
    let incident = view.cases.incidents.iter().find(|i| i.id == id).unwrap();
    assert_eq!(incident.departments, ["Spoedeisende Hulp", "Radiologie"]);
    assert_eq!(incident.reference, reference);
    let toast = format!("De feiten van {reference} zijn gecorrigeerd.");
    assert!(harness.state().notifications().contains(&toast), "{:?}", harness.state().notifications());
}

#[test]
fn holding_the_overdue_conversation_takes_it_off_the_count_and_an_extra_one_can_be_planned() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1400.0, 900.0], egui::Theme::Light);
    let title = title_of_cases(&harness);
    assert_eq!(title, "Cases (1)", "the demo has one overdue step on the fixed day");
    // On opening, a banner names what is overdue, whatever tab is shown.
    let banner =
        harness.state().notifications().into_iter().find(|n| n.starts_with("One peer-support step is overdue"));
    assert!(banner.is_some_and(|b| b.contains("I-20") && b.ends_with("See the Cases tab.")));
    common::click(&mut harness, Role::Button, &title);
    harness.get_by_label("overdue 1");
    // The most urgent row comes first: open it and record what is overdue.
    let (reference, trajectory) = most_urgent(&harness);
    harness.get_all_by_label(&reference).next().unwrap().click();
    harness.run();
    let held = |h: &Harness<'_, PeerDeskApp>| {
        let cases = &h.state().database().unwrap().view.cases;
        cases.conversations.iter().filter(|c| c.trajectory == trajectory && c.held_on.is_some()).count()
    };
    // Its first conversation was not recorded, and the second has passed
    // since: both were held; recording them clears what is overdue.
    assert_eq!(held(&harness), 0);
    for recorded in 1..=2 {
        assert_eq!(title_of_cases(&harness), "Cases (1)");
        harness.get_all_by_role_and_label(Role::Button, "Held").next().unwrap().click();
        harness.run();
        assert_eq!(held(&harness), recorded);
    }
    assert_eq!(title_of_cases(&harness), "Cases", "nothing is overdue any more");
    harness.get_by_label("overdue 0");

    // An extra conversation, at any point: planned beside the protocol's.
    let planned = |h: &Harness<'_, PeerDeskApp>| {
        h.state().database().unwrap().view.cases.conversations.iter().filter(|c| c.trajectory == trajectory).count()
    };
    let count = planned(&harness);
    common::click(&mut harness, Role::ComboBox, "New conversation:");
    common::click(&mut harness, Role::Button, "Extra conversation");
    common::type_into(&mut harness, "at", "15:30");
    common::click(&mut harness, Role::Button, "Plan");
    assert_eq!(planned(&harness), count + 1);
    let cases = &harness.state().database().unwrap().view.cases;
    let extra = cases.conversations.iter().filter(|c| c.trajectory == trajectory).max_by_key(|c| c.id.0).unwrap();
    assert_eq!(extra.step, peerdesk::domain::incidents::cases::ConversationStep::Extra);
}

#[test]
fn a_colleague_not_in_the_directory_is_added_on_the_spot_with_the_incident() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1024.0, 700.0], egui::Theme::Light);
    let title = title_of_cases(&harness);
    common::click(&mut harness, Role::Button, &title);
    let people_before = harness.state().database().unwrap().view.people.len();
    common::click(&mut harness, Role::Button, "Record an incident…");
    common::type_into(&mut harness, "Department(s), separated by commas", "Spoedeisende Hulp");
    common::type_into(&mut harness, "Find someone", "Noor el Amrani");
    common::click(&mut harness, Role::Button, "New person…");
    // The name typed and the incident's department are filled in.
    let name = harness.get_all_by_role(Role::TextInput).any(|n| n.value().as_deref() == Some("Noor el Amrani"));
    assert!(name, "the name searched for is kept");
    common::type_into(&mut harness, "Email", "not an address");
    harness.get_by_label("Not an email address (name@example.org)");
    assert!(harness.get_by_role_and_label(Role::Button, "Add to the incident").accesskit_node().is_disabled());
    common::replace_text(&mut harness, "Email", "noor.elamrani@umcnoord.example");
    common::click(&mut harness, Role::Button, "Add to the incident");
    harness.get_by_label("new in the directory");
    // A second colleague half-typed holds the saving back until added or dropped.
    let record = |h: &Harness<'_, PeerDeskApp>| {
        h.get_by_role_and_label(Role::Button, "Record incident").accesskit_node().is_disabled()
    };
    assert!(!record(&harness));
    common::click(&mut harness, Role::Button, "New person…");
    assert!(record(&harness), "not saved while someone is half-typed");
    common::click(&mut harness, Role::Button, "Choose from the directory instead");
    assert!(!record(&harness));
    common::click(&mut harness, Role::Button, "Record incident");
    let view = &harness.state().database().unwrap().view;
    assert_eq!(view.people.len(), people_before + 1);
    let noor = view.people.iter().find(|p| &*p.name == "Noor el Amrani").unwrap();
    assert_eq!(&*noor.department, "Spoedeisende Hulp");
    let newest = &view.cases.incidents[0];
    assert!(view.cases.trajectories.iter().any(|t| t.incident == newest.id && t.employee == noor.id));
}

#[test]
fn a_case_past_its_retention_is_purged_when_the_file_opens() {
    use chrono::Days;
    use peerdesk::domain::incidents::cases::{CaseListKind, ConversationStep, IncidentDraft, Outcome};
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("cases.sqlite3");
    let mut store = peerdesk::store::Store::create(&db).unwrap();
    store.mark_welcomed().unwrap();
    let employee =
        store.save_person(&peerdesk::domain::PersonDraft { name: "Sanne Visser".into(), ..Default::default() });
    let long_ago = chrono::NaiveDate::from_ymd_opt(2025, 7, 10).unwrap();
    assert!(common::today().checked_sub_days(Days::new(400)).unwrap() > long_ago);
    store.set_clock(|| chrono::NaiveDate::from_ymd_opt(2025, 7, 10).unwrap().and_hms_opt(9, 0, 0).unwrap());
    let lists = store.case_list_items().unwrap();
    let first_of = |kind| lists.iter().find(|i| i.kind == kind).unwrap().id;
    let incident = store
        .record_incident(&IncidentDraft {
            version: None,
            occurred_on: long_ago,
            occurred_time: None,
            reported_at: long_ago.and_hms_opt(8, 0, 0).unwrap(),
            incident_type: first_of(CaseListKind::IncidentType),
            reporter: first_of(CaseListKind::Reporter),
            departments: vec!["Intensive Care".into()],
        })
        .unwrap();
    let trajectory = store.add_involved(incident, employee.unwrap(), false).unwrap();
    let third = store.plan_conversation(trajectory, ConversationStep::Third, long_ago.and_hms_opt(8, 30, 0).unwrap());
    store.record_conversation(third.unwrap(), Some(long_ago)).unwrap();
    store.end_trajectory(trajectory, Outcome::Closed, None, long_ago).unwrap();
    drop(store);
    // Ended over 400 days ago, retained for 12 months: gone once the window opens the file.
    let options = common::start_options(dir.path(), &db, Language::English);
    let mut harness =
        Harness::builder().with_size([1024.0, 700.0]).build_eframe(move |cc| PeerDeskApp::new(cc, options));
    harness.run();
    let cases = &harness.state().database().unwrap().view.cases;
    assert!(cases.trajectories.is_empty() && cases.incidents.is_empty());
    assert_eq!(cases.purged.len(), 1, "its anonymous figures remain");
    assert!(
        harness
            .state()
            .notifications()
            .iter()
            .any(|n| n.starts_with("Retention: 1 support trajectory and 1 incident past"))
    );
    // A checked backup was made first, holding what the purge removed.
    let backups = peerdesk::store::all_backups(&db, None);
    let before = backups.iter().find(|b| b.path.to_string_lossy().ends_with("-before-purge.sqlite3")).unwrap();
    assert_eq!(peerdesk::store::Store::open_read_only(&before.path).unwrap().trajectories().unwrap().len(), 1);
}

#[test]
fn a_conversation_held_on_another_day_than_planned_is_recorded_with_that_day() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1400.0, 900.0], egui::Theme::Light);
    let title = title_of_cases(&harness);
    common::click(&mut harness, Role::Button, &title);
    let (reference, trajectory) = most_urgent(&harness);
    harness.get_all_by_label(&reference).next().unwrap().click();
    harness.run();
    harness.get_all_by_role_and_label(Role::Button, "Held on another day…").next().unwrap().click();
    harness.run();
    common::type_into(&mut harness, "Held on", "23-11-2026");
    harness.get_by_label("This date lies in the future");
    assert!(harness.get_by_role_and_label(Role::Button, "Record as held").accesskit_node().is_disabled());
    common::replace_text(&mut harness, "Held on", "13-11-2026");
    assert!(harness.query_by_label("This date lies in the future").is_none());
    common::click(&mut harness, Role::Button, "Record as held");
    let cases = &harness.state().database().unwrap().view.cases;
    let held: Vec<_> =
        cases.conversations.iter().filter(|c| c.trajectory == trajectory).filter_map(|c| c.held_on).collect();
    assert_eq!(held, vec![chrono::NaiveDate::from_ymd_opt(2026, 11, 13).unwrap()]);
}
