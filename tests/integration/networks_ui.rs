//! The Networks tab: a convenor creates a network with a monthly rule, adds
//! members from two organisations, skips one meeting and prints the contact
//! sheet; snapshots in both languages at 1024×700.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use peerdesk::domain::networks::meetings::MeetingState;
use peerdesk::i18n::Language;
use tempfile::TempDir;

#[test]
fn snapshot_the_networks_tab_in_dutch() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::Dutch, [1024.0, 700.0], egui::Theme::Dark);
    common::click(&mut harness, Role::Button, "Netwerken");
    harness.get_by_label("Nieuw netwerk");
    harness.get_by_label_contains("Elke tweede dinsdag van de maand");
    harness.snapshot("networks_nl_1024");
}

#[test]
fn snapshot_the_networks_tab_in_english() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1024.0, 700.0], egui::Theme::Light);
    common::click(&mut harness, Role::Button, "Networks");
    common::click(&mut harness, Role::Button, "Afdelingsmanagers regionale ziekenhuizen\nactive · 6 members");
    harness.get_by_label_contains("Every 6 weeks on Thursday");
    harness.snapshot("networks_en_1024");
}

#[test]
fn a_convenor_sets_up_a_network_adds_two_organisations_skips_a_meeting_and_prints_the_contact_sheet() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1024.0, 700.0], egui::Theme::Light);
    common::click(&mut harness, Role::Button, "Networks");
    common::click(&mut harness, Role::Button, "New network");
    assert!(harness.get_by_role_and_label(Role::Button, "Save network").accesskit_node().is_disabled());
    common::type_into(&mut harness, "Name", "Coordinators of volunteering, Drenthe");
    common::type_into(&mut harness, "Address", "Brink 4, Assen");
    harness.get_by_label_contains("The rule gives:");
    // The convenor from the directory, and two members of other organisations.
    let (convenor, others) = {
        let view = &harness.state().database().unwrap().view;
        let convenor =
            view.people.iter().find(|p| p.active && &*p.organisation == "UMC Noord").unwrap().name.to_string();
        let mut others: Vec<(String, String)> = Vec::new();
        for p in
            view.people.iter().filter(|p| p.active && &*p.organisation != "UMC Noord" && !p.organisation.is_empty())
        {
            let unique = view.people.iter().filter(|q| q.name == p.name).count() == 1;
            if unique && !others.iter().any(|(_, o)| **o == *p.organisation) {
                others.push((p.name.to_string(), p.organisation.to_string()));
            }
        }
        (convenor, others.into_iter().take(2).collect::<Vec<_>>())
    };
    assert_eq!(others.len(), 2);
    common::type_into(&mut harness, "Convenor", &convenor);
    harness.get_all_by_role_and_label(Role::Button, "Choose").next().unwrap().click();
    harness.run();
    common::click(&mut harness, Role::Button, "Save network");
    assert!(harness.state().notifications().iter().any(|n| n.starts_with("Network \"Coordinators of volunteering")));
    for (name, _) in &others {
        common::type_into(&mut harness, "Add a member:", name);
        harness.get_all_by_role_and_label(Role::Button, "Add").next().unwrap().click();
        harness.run();
    }
    let network = {
        let view = &harness.state().database().unwrap().view;
        view.networks.networks.iter().find(|n| n.name.starts_with("Coordinators")).unwrap().clone()
    };
    assert_eq!(
        network.series.rule,
        peerdesk::domain::networks::recurrence::Rule::MonthlyWeekday {
            nth: 2,
            weekday: chrono::Weekday::Tue,
            months: 1
        }
    );
    let members: Vec<String> = {
        let view = &harness.state().database().unwrap().view;
        peerdesk::domain::networks::current_members(&view.networks.memberships, network.id)
            .map(|m| view.person(m.person).unwrap().organisation.to_string())
            .collect()
    };
    assert_eq!(members.len(), 3, "the convenor and two members");
    assert!(others.iter().all(|(_, o)| members.contains(o)));

    // Skip the first coming meeting: it stays in the list, struck through,
    // and can be restored.
    harness.get_all_by_role_and_label(Role::Button, "Skip").next().unwrap().click();
    harness.run();
    let changes = harness.state().database().unwrap().view.networks.changes.clone();
    let skipped: Vec<_> = changes.iter().filter(|c| c.network == network.id).collect();
    assert_eq!(skipped.len(), 1);
    let next = peerdesk::domain::networks::meetings::next_meetings(
        &network,
        &changes,
        common::today().and_hms_opt(9, 0, 0).unwrap(),
        2,
    );
    assert_eq!(next[0].state, MeetingState::Skipped);
    assert!(harness.state().notifications().iter().any(|n| n.contains("is skipped")));

    // Print the contact sheet: nobody agreed to share yet, so no email shows.
    common::click(&mut harness, Role::Button, "Contact sheet…");
    let saved: Vec<_> = std::fs::read_dir(dir.path().join("saved")).unwrap().map(|e| e.unwrap().path()).collect();
    let sheet = saved.iter().find(|p| p.extension().is_some_and(|e| e == "pdf")).unwrap();
    assert!(sheet.file_name().unwrap().to_string_lossy().starts_with("contact-sheet-"));
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(sheet).unwrap()).unwrap();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&others[0].0) && flat.contains(&others[1].0), "{flat}");
    assert_eq!(flat.matches("not shared").count(), 3, "{flat}");
}
