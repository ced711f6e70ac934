//! A person's page: their registrations, groups with attendance and the
//! invoices that bill them, on the demo and in the window.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::click;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use peerdesk::domain::coached::groups::GroupStatus;
use peerdesk::i18n::Language;
use peerdesk::ops::person_page::{PageData, Part, PersonPage, Standing};
use tempfile::TempDir;

#[test]
fn every_page_of_the_demo_shows_exactly_what_is_the_persons() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let store = peerdesk::store::Store::open(&db).unwrap();
    let (registrations, groups, sessions, invoices) =
        (store.registrations().unwrap(), store.groups().unwrap(), store.sessions().unwrap(), store.invoices().unwrap());
    let attendance = store.attendance().unwrap().into_iter().map(|m| ((m.session, m.person), m.mark)).collect();
    let data = PageData {
        registrations: &registrations,
        groups: &groups,
        sessions: &sessions,
        attendance: &attendance,
        invoices: &invoices,
    };
    let now = common::moment().naive_local();
    let (mut placed, mut billed, mut coached) = (0, 0, 0);
    for person in store.list_people().unwrap() {
        let page = PersonPage::of(person.id, &data, now);
        let theirs: Vec<_> = registrations.iter().filter(|r| r.people.contains(&person.id)).collect();
        assert_eq!(page.registrations.len(), theirs.len(), "{}", person.name);
        for line in &page.registrations {
            let registration = theirs.iter().find(|r| r.id == line.id).unwrap();
            match line.standing {
                Standing::Placed(group) => {
                    assert_eq!(registration.group, Some(group));
                    placed += 1;
                }
                Standing::Waiting => assert!(registration.group.is_none() && !registration.withdrawn),
                Standing::Withdrawn => assert!(registration.withdrawn),
            }
        }
        let in_groups = groups.iter().filter(|g| g.members.contains(&person.id) || g.coach == Some(person.id)).count();
        assert_eq!(page.groups.len(), in_groups, "{}", person.name);
        for line in &page.groups {
            assert!(line.present + line.excused + line.absent <= line.held, "{line:?}");
            coached += usize::from(line.part == Part::Coach);
        }
        // An active group is listed before one that ended.
        let active: Vec<bool> = page.groups.iter().map(|g| g.status.is_active()).collect();
        assert!(active.windows(2).all(|w| w[0] >= w[1]), "{active:?}");
        for id in &page.invoices {
            let invoice = invoices.iter().find(|i| i.id == *id).unwrap();
            let bills = |i: &peerdesk::domain::finance::invoices::Invoice| {
                i.registrations.iter().any(|r| theirs.iter().any(|t| t.id == *r))
            };
            let credited = invoice.credit_of.and_then(|of| invoices.iter().find(|i| i.id == of));
            assert!(bills(invoice) || credited.is_some_and(bills), "{} is not {}'s", invoice.id.0, person.name);
            billed += 1;
        }
    }
    assert!(placed > 20 && billed > 5 && coached > 3, "the demo shows each part: {placed} {billed} {coached}");
}

#[test]
fn enter_on_a_selected_person_opens_the_page_and_a_group_on_it_opens_the_group() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::Dutch, [1024.0, 700.0], egui::Theme::Light);
    // A member of a running group, with sessions held.
    let (name, group) = {
        let view = &harness.state().database().unwrap().view;
        let group = view.groups.groups.iter().find(|g| g.status == GroupStatus::Running).unwrap();
        (view.person(group.members[0]).unwrap().name.clone(), group.name.clone())
    };
    common::type_into(&mut harness, "Zoeken", &name);
    harness.get_by_label(&name).hover();
    harness.run();
    harness.get_by_label(&name).click();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label("Aanmeldingen");
    assert_eq!(harness.query_all_by_label("Groepen").count(), 2, "the tab and the section");
    harness.get_by_label("Facturen");
    assert!(harness.query_all_by_label_contains("gehouden bijeenkomsten").count() >= 1);
    harness.snapshot("person_page_nl_1024");
    click(&mut harness, Role::Link, &group);
    assert!(harness.state().person_page_open().is_none(), "the page closed");
    harness.get_by_label("Bijeenkomsten plannen…");
}

#[test]
fn a_name_on_the_waiting_list_opens_the_page() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1400.0, 900.0], egui::Theme::Light);
    click(&mut harness, Role::Button, "Groups");
    let (id, name) = {
        let view = &harness.state().database().unwrap().view;
        let waiting = view
            .groups
            .registrations
            .iter()
            .filter(|r| r.group.is_none() && !r.withdrawn && r.people.len() == 1)
            .min_by_key(|r| r.registered_on)
            .unwrap();
        (waiting.people[0], view.person(waiting.people[0]).unwrap().name.clone())
    };
    click(&mut harness, Role::Link, &name);
    assert_eq!(harness.state().person_page_open(), Some(id));
    assert!(harness.query_all_by_label_contains("waiting, ").count() >= 1);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().person_page_open().is_none());
}

#[test]
fn the_numbers_the_command_line_asks_for_are_on_the_group_the_coach_and_the_funding_source() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1400.0, 900.0], egui::Theme::Light);
    let (group, coach, coach_name, funding) = {
        let view = &harness.state().database().unwrap().view;
        let group = view.groups.groups.iter().find(|g| g.status == GroupStatus::Running).unwrap();
        let coach = group.coach.unwrap();
        let funding = view.groups.funding_sources[0].id;
        (group.clone(), coach, view.person(coach).unwrap().name.clone(), funding)
    };
    click(&mut harness, Role::Button, "Groups");
    click(&mut harness, Role::Button, &group.name);
    harness.get_by_label(&format!("no. {}", group.id.0));
    // The coach's page: the number `export schedule --coach` asks for.
    click(&mut harness, Role::Button, "People");
    common::type_into(&mut harness, "Search", &coach_name);
    harness.get_by_label(&coach_name).click();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().person_page_open(), Some(coach));
    harness.get_by_label(&format!("no. {}", coach.0));
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().person_page_open().is_none());
    click(&mut harness, Role::Button, "Settings");
    harness.get_by_label(&format!("no. {}", funding.0));
    // The numbers are those the command line's lists give.
    let db = dir.path().join("demo.sqlite3");
    let output = common::peerdesk().args(["list", "groups", "--lang", "en", "--db"]).arg(&db).output().unwrap();
    let listed = String::from_utf8(output.stdout).unwrap();
    assert!(listed.lines().any(|l| l.starts_with(&format!("{}\t{}", group.id.0, group.name))), "{listed}");
}

#[test]
fn a_supporters_page_shows_their_coming_conversations_by_reference_only() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1400.0, 900.0], egui::Theme::Light);
    let (supporter, email, coming, employee) = {
        let view = &harness.state().database().unwrap().view;
        let (supporter, coming) =
            view.people.iter().map(|p| (p.id, view.cases.coming_for(p.id).len())).find(|(_, n)| *n > 0).unwrap();
        let trajectory = view.cases.trajectories.iter().find(|t| t.is_open() && t.supporter() == Some(supporter));
        let employee = view.person(trajectory.unwrap().employee).unwrap().name.clone();
        (supporter, view.person(supporter).unwrap().email.clone(), coming, employee)
    };
    // Found by e-mail: the demo has two people of this name.
    common::type_into(&mut harness, "Search", &email);
    harness.get_by_label(&email).click();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().person_page_open(), Some(supporter));
    harness.get_by_label("Planned peer-support conversations");
    assert_eq!(harness.query_all_by_label_contains(" · I-20").count(), coming);
    assert!(harness.query_by_label_contains(&employee).is_none(), "whom they support is not on the page");
}
