//! The Circles tab on the demo: a sign-up with the rules accepted, demand
//! per phase, forming the proposed circle with its chair, planning a
//! meeting with a method, printing its session plan and confirming a
//! mentor pair; snapshots in both languages at 1024×700.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use peerdesk::domain::circles::mentoring::PairStatus;
use peerdesk::i18n::Language;
use tempfile::TempDir;

#[test]
fn snapshot_the_circles_tab_in_dutch() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::Dutch, [1024.0, 700.0], egui::Theme::Dark);
    common::click(&mut harness, Role::Button, "Intervisie");
    harness.get_by_label("genoeg vraag om te openen");
    harness.snapshot("circles_nl_1024");
}

#[test]
fn snapshot_a_circle_in_english() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1024.0, 700.0], egui::Theme::Light);
    common::click(&mut harness, Role::Button, "Circles");
    common::click(&mut harness, Role::Button, "Circles and meetings");
    harness.get_by_label("Plan a meeting…");
    harness.snapshot("circles_en_1024");
}

#[test]
fn a_coordinator_opens_the_third_cohort_plans_its_meeting_prints_the_plan_and_pairs_a_mentee() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1024.0, 700.0], egui::Theme::Light);
    common::click(&mut harness, Role::Button, "Circles");
    harness.get_by_label("enough demand to open");

    // A sign-up needs the two rules accepted.
    common::click(&mut harness, Role::Button, "Sign up…");
    assert!(harness.get_by_role_and_label(Role::Button, "Record sign-up").accesskit_node().is_disabled());
    let name = {
        let view = &harness.state().database().unwrap().view;
        let busy: Vec<_> = view.circles.signups.iter().map(|s| s.person).collect();
        view.people.iter().find(|p| p.active && !busy.contains(&p.id) && p.languages.len() == 1).unwrap().name.clone()
    };
    common::type_into(&mut harness, "Find someone:", &name);
    harness.get_all_by_role_and_label(Role::Button, "Choose").next().unwrap().click();
    harness.run();
    common::click(&mut harness, Role::ComboBox, "Career phase");
    harness.get_all_by_label("In the assessment procedure").last().unwrap().click();
    harness.run();
    assert!(harness.get_by_role_and_label(Role::Button, "Record sign-up").accesskit_node().is_disabled());
    common::click(&mut harness, Role::CheckBox, "Accepted both rules");
    common::click(&mut harness, Role::Button, "Record sign-up");
    assert!(
        harness.state().notifications().iter().any(|n| n.starts_with("Sign-up of")),
        "{:?}",
        harness.state().notifications()
    );

    // Form the proposed circle of the assessment phase, with its chair.
    let circles_before = harness.state().database().unwrap().view.circles.circles.len();
    harness.get_all_by_role_and_label(Role::Button, "Form this circle…").next().unwrap().click();
    harness.run();
    assert!(harness.get_by_role_and_label(Role::Button, "Form circle").accesskit_node().is_disabled());
    common::type_into(&mut harness, "Meeting link", "https://meet.example.org/beoordeling-a");
    common::click(&mut harness, Role::Button, "Form circle");
    let view = &harness.state().database().unwrap().view;
    assert_eq!(view.circles.circles.len(), circles_before + 1);
    let circle = view.circles.circles.iter().max_by_key(|c| c.id).unwrap().clone();
    assert!(circle.chair.is_some() && !circle.members.contains(&circle.chair.unwrap()));
    assert!((3..=4).contains(&circle.members.len()));

    // Plan its first meeting with the incident method and print the plan.
    common::click(&mut harness, Role::Button, "Plan a meeting…");
    common::click(&mut harness, Role::Button, "Save meeting");
    let meetings =
        harness.state().database().unwrap().view.circles.meetings.iter().filter(|m| m.circle == circle.id).count();
    assert_eq!(meetings, 1);
    common::click(&mut harness, Role::Button, "Session plan…");
    let saved: Vec<_> = std::fs::read_dir(dir.path().join("saved")).unwrap().map(|e| e.unwrap().path()).collect();
    let plan = saved.iter().find(|p| p.to_string_lossy().contains("session-plan-")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(plan).unwrap()).unwrap();
    assert!(text.contains("Incident method") && text.contains("Clarifying questions"), "{text}");

    // Pair a waiting mentee with the best-ranked mentor, and confirm.
    harness.get_all_by_label("Mentoring").next().unwrap().click();
    harness.run();
    let active_before = harness
        .state()
        .database()
        .unwrap()
        .view
        .circles
        .pairs
        .iter()
        .filter(|p| p.status == PairStatus::Active)
        .count();
    harness.get_all_by_role_and_label(Role::Button, "Propose").next().unwrap().click();
    harness.run();
    let notes = harness.state().notifications();
    assert!(notes.iter().any(|n| n.ends_with("proposed as mentor.")), "{notes:?}");
    harness.get_all_by_role_and_label(Role::Button, "Confirm").next().unwrap().scroll_to_me();
    harness.run();
    harness.get_all_by_role_and_label(Role::Button, "Confirm").next().unwrap().click();
    harness.run();
    let pairs = &harness.state().database().unwrap().view.circles.pairs;
    assert_eq!(
        pairs.iter().filter(|p| p.status == PairStatus::Active).count(),
        active_before + 1,
        "{:?}",
        harness.state().notifications()
    );
}
