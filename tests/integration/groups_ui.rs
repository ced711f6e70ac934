//! The Groups tab driven like a coordinator would, on the demo database.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::click;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use peerdesk::app::PeerDeskApp;
use peerdesk::domain::coached::groups::{Attendance, GroupStatus, RegistrationKind, SessionStatus};
use peerdesk::i18n::Language;
use tempfile::TempDir;

fn demo(dir: &TempDir, language: Language, theme: egui::Theme) -> Harness<'static, PeerDeskApp> {
    common::demo_harness(dir.path(), language, [1400.0, 900.0], theme)
}

fn open_groups(harness: &mut Harness<'_, PeerDeskApp>) {
    click(harness, Role::Button, "Groups");
}

#[test]
fn an_individual_registration_lands_on_the_waiting_list() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English, egui::Theme::Light);
    open_groups(&mut harness);
    let waiting_before = harness.state().database().unwrap().view.groups.registrations.len();
    let individuals = |h: &Harness<'_, PeerDeskApp>| {
        h.state()
            .database()
            .unwrap()
            .view
            .groups
            .registrations
            .iter()
            .filter(|r| r.group.is_none() && !r.withdrawn && r.kind == RegistrationKind::Individual)
            .count()
    };
    let before = individuals(&harness);
    harness.get_by_label_contains(&format!("{before} individuals waiting"));
    click(&mut harness, Role::Button, "New registration…");
    let view = &harness.state().database().unwrap().view;
    let in_groups: Vec<_> = view.groups.registrations.iter().flat_map(|r| r.people.clone()).collect();
    let newcomer = view
        .people
        .iter()
        .find(|p| p.active && !in_groups.contains(&p.id) && !p.department.is_empty())
        .unwrap()
        .clone();
    click(&mut harness, Role::TextInput, "Find a person");
    harness.get_by_role_and_label(Role::TextInput, "Find a person").type_text(&newcomer.name);
    harness.run();
    click(&mut harness, Role::Button, &format!("+ {} · {}", newcomer.name, newcomer.department));
    click(&mut harness, Role::ComboBox, "Funding source");
    click(&mut harness, Role::Button, "Self-paid");
    click(&mut harness, Role::Button, "Save");
    assert!(harness.state().notifications().contains(&"Registration saved.".to_string()));

    let view = &harness.state().database().unwrap().view;
    assert_eq!(view.groups.registrations.len(), waiting_before + 1);
    let saved = view.groups.registrations.iter().find(|r| r.people == vec![newcomer.id]).unwrap();
    assert_eq!((saved.kind, saved.group), (RegistrationKind::Individual, None));
    harness.get_by_label_contains(&format!("{} individuals waiting", before + 1));
}

#[test]
fn a_group_registration_of_three_is_refused_with_the_allowed_size() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English, egui::Theme::Light);
    open_groups(&mut harness);
    click(&mut harness, Role::Button, "New registration…");
    click(&mut harness, Role::RadioButton, "Group of 4 to 5 people");
    harness.get_by_label("A group registration has 4 to 5 people");
}

#[test]
fn accepting_a_proposal_forms_the_group_and_shows_it() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English, egui::Theme::Light);
    open_groups(&mut harness);
    harness.snapshot("groups_waiting_en_light");
    let groups_before = harness.state().database().unwrap().view.groups.groups.len();
    harness.get_all_by_role_and_label(Role::Button, "Form this group…").next().unwrap().hover();
    harness.run();
    harness.get_all_by_role_and_label(Role::Button, "Form this group…").next().unwrap().click();
    harness.run();
    click(&mut harness, Role::Button, "Form group");
    let view = &harness.state().database().unwrap().view;
    assert_eq!(view.groups.groups.len(), groups_before + 1);
    let formed = view.groups.groups.iter().max_by_key(|g| g.id).unwrap();
    assert_eq!(formed.status, GroupStatus::Forming);
    assert!(formed.members.len() >= 4 && formed.members.len() <= 5);
    let name = formed.name.clone();
    assert!(harness.state().notifications().contains(&format!("Group {name} formed.")));

    // The group's page is open: plan its five sessions.
    click(&mut harness, Role::Button, "Plan sessions…");
    click(&mut harness, Role::Button, "Save");
    let view = &harness.state().database().unwrap().view;
    let planned = view.groups.sessions.iter().filter(|s| s.group == formed_id(&harness)).count();
    assert_eq!(planned, 5);
    assert!(harness.state().notifications().contains(&"5 sessions planned.".to_string()));
}

fn formed_id(harness: &Harness<'_, PeerDeskApp>) -> peerdesk::domain::coached::groups::GroupId {
    harness.state().database().unwrap().view.groups.groups.iter().map(|g| g.id).max().unwrap()
}

#[test]
fn attendance_is_marked_by_clicking_a_cell() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English, egui::Theme::Light);
    open_groups(&mut harness);
    let (group, session, member, before) = {
        let view = &harness.state().database().unwrap().view;
        let group = view.groups.groups.iter().find(|g| g.status == GroupStatus::Running).unwrap();
        let session =
            view.groups.sessions.iter().find(|s| s.group == group.id && s.status == SessionStatus::Planned).unwrap();
        let member = group.members[0];
        (group.name.clone(), session.id, member, view.groups.attendance.get(&(session.id, member)).copied())
    };
    click(&mut harness, Role::Button, &group);
    harness.snapshot("group_page_en_light");
    let name = harness.state().database().unwrap().view.person(member).unwrap().name.clone();
    let date = {
        let view = &harness.state().database().unwrap().view;
        view.groups.sessions.iter().find(|s| s.id == session).unwrap().starts_at.date()
    };
    let label = match before {
        Some(Attendance::Present) => "present",
        Some(Attendance::Excused) => "excused",
        Some(Attendance::Absent) => "absent",
        None => "—",
    };
    let english_date = format!("{} {} {}", date.format("%-d"), date.format("%b"), date.format("%Y"));
    click(&mut harness, Role::Button, &format!("{name}, {english_date}: {label}"));
    let after = Attendance::cycle(before);
    let view = &harness.state().database().unwrap().view;
    assert_eq!(view.groups.attendance.get(&(session, member)).copied(), after);
}

#[test]
fn snapshot_a_whole_group_page_in_dutch_dark_at_the_default_window_width() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let options = common::start_options(dir.path(), &db, Language::Dutch);
    let mut harness = Harness::builder()
        .with_size([1240.0, 1500.0])
        .with_theme(egui::Theme::Dark)
        .with_max_steps(16)
        .build_eframe(move |cc| PeerDeskApp::new(cc, options));
    harness.run();
    click(&mut harness, Role::Button, "Groepen");
    let running = {
        let view = &harness.state().database().unwrap().view;
        view.groups.groups.iter().find(|g| g.status == GroupStatus::Running).unwrap().name.clone()
    };
    click(&mut harness, Role::Button, &running);
    harness.get_by_label("Kosten per financieringsbron");
    harness.snapshot("group_page_nl_dark_full");
}

#[test]
fn registering_someone_who_already_waits_replaces_the_earlier_registration_or_is_refused() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English, egui::Theme::Light);
    open_groups(&mut harness);
    let (waiting, earlier) = {
        let view = &harness.state().database().unwrap().view;
        let registration = view
            .groups
            .registrations
            .iter()
            .find(|r| r.group.is_none() && !r.withdrawn && r.kind == RegistrationKind::Individual)
            .unwrap();
        (view.person(registration.people[0]).unwrap().clone(), registration.id)
    };
    click(&mut harness, Role::Button, "New registration…");
    click(&mut harness, Role::TextInput, "Find a person");
    harness.get_by_role_and_label(Role::TextInput, "Find a person").type_text(&waiting.name);
    harness.run();
    let choice = if waiting.department.is_empty() {
        format!("+ {}", waiting.name)
    } else {
        format!("+ {} · {}", waiting.name, waiting.department)
    };
    click(&mut harness, Role::Button, &choice);
    click(&mut harness, Role::ComboBox, "Funding source");
    click(&mut harness, Role::Button, "Self-paid");
    harness.get_by_label_contains("already waiting since");
    harness.get_by_label("Already on the waiting list");
    let save = harness.get_by_role_and_label(Role::Button, "Save");
    assert!(save.accesskit_node().is_disabled(), "a second registration of the same person cannot be saved");

    click(&mut harness, Role::CheckBox, "Replace the earlier registration: it is withdrawn when this one is saved");
    click(&mut harness, Role::Button, "Save");
    assert!(harness.state().notifications().contains(&"Registration saved.".to_string()));
    let view = &harness.state().database().unwrap().view;
    let active: Vec<_> =
        view.groups.registrations.iter().filter(|r| !r.withdrawn && r.people.contains(&waiting.id)).collect();
    assert_eq!(active.len(), 1, "the person waits once");
    assert_ne!(active[0].id, earlier);
    assert!(view.groups.registrations.iter().any(|r| r.id == earlier && r.withdrawn), "the earlier one is withdrawn");
}

#[test]
fn a_withdrawal_can_be_undone_from_its_notification() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English, egui::Theme::Light);
    open_groups(&mut harness);
    let waiting = |h: &Harness<'_, PeerDeskApp>| {
        h.state()
            .database()
            .unwrap()
            .view
            .groups
            .registrations
            .iter()
            .filter(|r| r.group.is_none() && !r.withdrawn)
            .count()
    };
    let before = waiting(&harness);
    harness.get_all_by_role_and_label(Role::Button, "Withdraw").next().unwrap().click();
    harness.run();
    assert_eq!(waiting(&harness), before - 1);
    assert!(harness.state().notifications().contains(&"Registration withdrawn; it stays on record.".to_string()));
    click(&mut harness, Role::Button, "Undo");
    assert_eq!(waiting(&harness), before, "Undo puts the registration back on the waiting list");
    assert!(harness.state().notifications().contains(&"Registration back on the waiting list.".to_string()));
}

#[test]
fn a_deactivated_coach_is_no_longer_selected_and_is_marked_on_her_group() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English, egui::Theme::Light);
    let (coach, group) = {
        let view = &harness.state().database().unwrap().view;
        let unique = |name: &str| view.people.iter().filter(|p| &*p.name == name).count() == 1;
        view.groups
            .groups
            .iter()
            .filter(|g| g.status == GroupStatus::Running)
            .find_map(|g| {
                let coach = view.person(g.coach?)?;
                unique(&coach.name).then(|| (coach.name.clone(), g.name.clone()))
            })
            .unwrap()
    };
    click(&mut harness, Role::TextInput, "Search");
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text(&coach);
    harness.run();
    harness.get_by_label(&coach).click();
    harness.run();
    // While she is selected, Ctrl+E opens her.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    harness.get_by_label("Edit person");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Edit person").is_none());
    click(&mut harness, Role::Button, "Delete…");
    click(&mut harness, Role::Button, "Delete");
    for action in ["Edit…", "Delete…", "Schedule…", "Overview…"] {
        let button = harness.get_by_role_and_label(Role::Button, action);
        assert!(button.accesskit_node().is_disabled(), "{action}: the hidden, deactivated coach is no longer selected");
    }
    // Nor does the keyboard reach her.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    assert!(harness.query_by_label("Edit person").is_none(), "Ctrl+E opened nobody");

    open_groups(&mut harness);
    click(&mut harness, Role::Button, &group);
    harness.get_by_label(&format!("{coach} (inactive)"));
}

#[test]
fn emailing_the_group_says_what_happens_even_without_a_mail_program() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English, egui::Theme::Light);
    open_groups(&mut harness);
    let group = {
        let view = &harness.state().database().unwrap().view;
        view.groups.groups.iter().find(|g| g.status == GroupStatus::Running).unwrap().name.clone()
    };
    click(&mut harness, Role::Button, &group);
    click(&mut harness, Role::Button, "Email the group");
    let notices = harness.state().notifications();
    assert!(notices.iter().any(|n| n.contains("everyone in Bcc") && n.contains("clipboard")), "{notices:?}");
}

#[test]
fn planning_over_christmas_warns_for_the_holidays_and_the_closed_period() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::Dutch, egui::Theme::Light);
    click(&mut harness, Role::Button, "Groepen");
    let group = {
        let view = &harness.state().database().unwrap().view;
        view.groups.groups.iter().find(|g| g.status == GroupStatus::Forming).unwrap().name.clone()
    };
    click(&mut harness, Role::Button, &group);
    click(&mut harness, Role::Button, "Bijeenkomsten plannen…");
    common::replace_text(&mut harness, "Eerste bijeenkomst vanaf", "21-12-2026");
    click(&mut harness, Role::ComboBox, "Weekdag");
    click(&mut harness, Role::Button, "vrijdag");
    common::replace_text(&mut harness, "Om de hoeveel weken", "1");
    // Friday 25 December and 1 January are holidays; both lie in the
    // closed period (24-12 to 01-01) that is set by default.
    assert_eq!(harness.query_all_by_label_contains("Eerste Kerstdag (feestdag)").count(), 1);
    assert_eq!(harness.query_all_by_label_contains("Nieuwjaarsdag (feestdag)").count(), 1);
    assert_eq!(harness.query_all_by_label_contains("in de gesloten periode (24-12 – 01-01)").count(), 2);
    // Planning is warned about, not refused.
    assert!(!harness.get_by_role_and_label(Role::Button, "Opslaan").accesskit_node().is_disabled());
}

#[test]
fn the_closed_period_is_a_setting_checked_beside_its_fields() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English, egui::Theme::Light);
    click(&mut harness, Role::Button, "Settings");
    common::replace_text(&mut harness, "Closed from (day-month)", "31-4");
    harness.get_by_label("Write a day and month, like 24-12");
    assert!(harness.get_by_role_and_label(Role::Button, "Save settings").accesskit_node().is_disabled());
    common::replace_text(&mut harness, "Closed from (day-month)", "20 jul");
    common::replace_text(&mut harness, "Until and including", "x");
    harness.key_press(egui::Key::Backspace);
    harness.run();
    harness.get_by_label("Required");
    common::replace_text(&mut harness, "Until and including", "14-08");
    click(&mut harness, Role::Button, "Save settings");
    let settings = &harness.state().database().unwrap().view.settings;
    let closed = settings.calendar.closed.unwrap();
    assert_eq!((closed.from.text(), closed.to.text()), ("20-07".to_string(), "14-08".to_string()));
}

#[test]
fn at_1024_by_700_a_session_with_a_warning_keeps_its_actions_in_view() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::Dutch, [1024.0, 700.0], egui::Theme::Light);
    click(&mut harness, Role::Button, "Groepen");
    let closed = peerdesk::domain::calendar::ClosedPeriod::christmas();
    let group = {
        let view = &harness.state().database().unwrap().view;
        let session = view
            .groups
            .sessions
            .iter()
            .find(|s| s.status == SessionStatus::Planned && closed.contains(s.starts_at.date()))
            .expect("the demo plans a session in the Christmas weeks");
        view.groups.groups.iter().find(|g| g.id == session.group).unwrap().name.clone()
    };
    click(&mut harness, Role::Button, &group);
    harness.get_by_label_contains("in de gesloten periode").scroll_to_me();
    harness.run();
    // Move and Cancel sit in one menu per session, inside the window.
    let menus: Vec<_> = harness.get_all_by_role_and_label(Role::Button, "Acties…").collect();
    assert!(!menus.is_empty());
    for menu in &menus {
        assert!(menu.rect().max.x <= 1024.0, "{:?}", menu.rect());
    }
    harness.snapshot("group_sessions_nl_1024");
}

#[test]
fn department_clusters_are_edited_in_settings_with_the_problem_beside_them() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::Dutch, egui::Theme::Light);
    click(&mut harness, Role::Button, "Instellingen");
    let before = harness.state().database().unwrap().view.settings.clusters.clone();
    assert!(before.of("Intensive Care").is_some(), "the demo has clusters");
    let replace = |harness: &mut Harness<'_, PeerDeskApp>, text: &str| {
        click(harness, Role::MultilineTextInput, "Clusters");
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        harness.run();
        harness.get_by_role_and_label(Role::MultilineTextInput, "Clusters").type_text(text);
        harness.run();
    };
    replace(&mut harness, "Acute zorg: SEH, IC\nSnijdend: Heelkunde, ic");
    harness.get_by_label("ic staat in twee clusters");
    assert!(harness.get_by_role_and_label(Role::Button, "Instellingen opslaan").accesskit_node().is_disabled());
    replace(&mut harness, "Acute zorg: SEH, IC\nSnijdend: Heelkunde, Orthopedie");
    click(&mut harness, Role::Button, "Instellingen opslaan");
    let clusters = &harness.state().database().unwrap().view.settings.clusters;
    assert_eq!(clusters.of("orthopedie"), Some("Snijdend"));
    assert_eq!(clusters.of("Intensive Care"), None);
}

#[test]
fn at_1024_by_700_the_registration_dialog_fits_and_its_list_opens_in_front_of_it() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1024.0, 700.0], egui::Theme::Light);
    open_groups(&mut harness);
    click(&mut harness, Role::Button, "New registration…");
    // Save and Cancel are inside the window, not cut off at its edges.
    for label in ["Save", "Cancel"] {
        let rect = harness.get_by_role_and_label(Role::Button, label).rect();
        assert!(rect.left() >= 0.0 && rect.right() <= 1024.0 && rect.bottom() <= 700.0, "{label}: {rect:?}");
    }
    // The funding list opens in front of the dialog: a click where an
    // option is drawn (a pointer click, not an accessibility action) picks it.
    let funding = harness.get_all_by_role(Role::ComboBox).last().unwrap().rect();
    harness.get_all_by_role(Role::ComboBox).last().unwrap().click();
    harness.run();
    let option = |h: &Harness<'_, PeerDeskApp>| {
        // The option just below the list's box (the waiting list behind the
        // dialog names "Self-paid" too).
        let below = |r: egui::Rect| r.top() > funding.bottom() && r.top() < funding.bottom() + 100.0;
        let node = h
            .get_all_by_label("Self-paid")
            .find(|n| below(n.rect()) && (n.rect().left() - funding.left()).abs() < 40.0);
        node.unwrap().rect().center()
    };
    let at = option(&harness);
    harness.event(egui::Event::PointerMoved(at));
    harness.run();
    for pressed in [true, false] {
        let modifiers = egui::Modifiers::default();
        harness.event(egui::Event::PointerButton { pos: at, button: egui::PointerButton::Primary, pressed, modifiers });
        harness.run();
    }
    let shown = harness.get_all_by_role(Role::ComboBox).last().unwrap().value();
    assert_eq!(shown.as_deref(), Some("Self-paid"));
    harness.snapshot("registration_dialog_en_1024");
}

#[test]
fn the_plan_dialog_keeps_its_fields_in_place_while_the_preview_comes_and_goes() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1024.0, 700.0], egui::Theme::Light);
    open_groups(&mut harness);
    let group = {
        let view = &harness.state().database().unwrap().view;
        view.groups.groups.iter().find(|g| g.status == GroupStatus::Forming).unwrap().name.clone()
    };
    click(&mut harness, Role::Button, &group);
    click(&mut harness, Role::Button, "Plan sessions…");
    let fields = |h: &Harness<'_, PeerDeskApp>| {
        ["First session from", "Start time", "Number of sessions"]
            .map(|label| h.get_by_role_and_label(Role::TextInput, label).rect())
    };
    let before = fields(&harness);
    // An unreadable date takes the preview away; a good one brings it back.
    common::replace_text(&mut harness, "First session from", "31-31");
    assert!(harness.query_by_label("These sessions will be added").is_none());
    assert_eq!(fields(&harness), before, "no field moved when the preview went");
    common::replace_text(&mut harness, "First session from", "04-01-2027");
    harness.get_by_label("These sessions will be added");
    assert_eq!(fields(&harness), before, "no field moved when the preview came");
}
