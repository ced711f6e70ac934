//! After a save refused because the record changed meanwhile, every form
//! shows both versions where they differ, and saves the one the user chose:
//! a dialog (a group's details), a page (the settings) and a single field
//! (a funding source's billing address).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use peerdesk::domain::coached::groups::GroupStatus;

type Window<'a> = egui_kittest::Harness<'a, peerdesk::app::PeerDeskApp>;

/// The comparison's choices lie inside a window of 1024×700.
fn choices_on_screen(harness: &Window<'_>, choices: &[&str]) {
    for choice in choices {
        let rect = harness.get_by_role_and_label(Role::Button, choice).rect();
        assert!(rect.right() <= 1024.5 && rect.bottom() <= 700.5, "{choice:?} at {rect:?}");
    }
}

#[test]
fn a_group_changed_meanwhile_shows_both_versions_and_keeps_the_one_chosen() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1024.0, 700.0], egui::Theme::Light);
    let group = {
        let view = &harness.state().database().unwrap().view;
        view.groups.groups.iter().find(|g| g.status == GroupStatus::Forming).unwrap().clone()
    };
    common::click(&mut harness, Role::Button, "Groups");
    common::click(&mut harness, Role::Button, &group.name);
    common::click(&mut harness, Role::Button, "Edit details…");
    common::replace_text(&mut harness, "Room", "Room 4.12");
    // Meanwhile the group is renamed.
    {
        let store = &mut harness.state_mut().database_mut_for_tests().unwrap().store;
        let mut draft = store.groups().unwrap().into_iter().find(|g| g.id == group.id).unwrap().to_draft();
        draft.name = "Renamed elsewhere".into();
        store.save_group(&draft).unwrap();
    }
    common::click(&mut harness, Role::Button, "Save");
    let stored = |harness: &Window<'_>| {
        harness.state().database().unwrap().store.groups().unwrap().into_iter().find(|g| g.id == group.id).unwrap()
    };
    assert_eq!(stored(&harness).name, "Renamed elsewhere", "nothing is overwritten before the user chooses");
    harness.get_by_label_contains("Someone changed this after you opened it");
    // Both versions of each field that differs, and nothing of those that do not.
    // (The list behind the dialog shows the name saved now as well.)
    for text in ["Renamed elsewhere", group.name.as_str(), "Room 4.12"] {
        assert!(harness.query_all_by_label(text).next().is_some(), "{text} is compared");
    }
    assert!(harness.query_by_label("Status").is_none(), "a field both versions agree on is not listed");
    choices_on_screen(&harness, &["Save my version", "Use the saved version", "Cancel"]);
    harness.snapshot("conflict_group");

    common::click(&mut harness, Role::Button, "Save my version");
    let saved = stored(&harness);
    assert_eq!((saved.name.as_str(), saved.location.as_str()), (group.name.as_str(), "Room 4.12"));
    assert!(harness.query_by_label("Edit group").is_none(), "the dialog closes once saved");
}

#[test]
fn settings_saved_meanwhile_show_both_versions_and_the_saved_ones_can_be_taken() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::Dutch, [1024.0, 700.0], egui::Theme::Light);
    common::click(&mut harness, Role::Button, "Instellingen");
    let rate = "Tarief per coachuur (€)";
    common::replace_text(&mut harness, rate, "99");
    let renamed = {
        let store = &mut harness.state_mut().database_mut_for_tests().unwrap().store;
        let mut settings = store.settings().unwrap();
        settings.organisation.name = "Elders hernoemd".into();
        settings.version = None;
        store.save_settings(&settings).unwrap();
        store.settings().unwrap()
    };
    common::click(&mut harness, Role::Button, "Instellingen opslaan");
    harness.get_by_label_contains("Iemand heeft dit gewijzigd nadat je het opende");
    harness.get_by_label("Elders hernoemd");
    harness.get_by_label("99");
    choices_on_screen(&harness, &["Mijn versie bewaren", "De bewaarde versie gebruiken"]);
    let stored = |harness: &Window<'_>| harness.state().database().unwrap().store.settings().unwrap();
    assert_eq!(stored(&harness), renamed, "nothing is overwritten before the user chooses");

    // Escape does not leave the page behind a version it cannot save.
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_label_contains("Iemand heeft dit gewijzigd nadat je het opende");

    common::click(&mut harness, Role::Button, "De bewaarde versie gebruiken");
    assert!(harness.query_by_label_contains("Iemand heeft dit gewijzigd").is_none());
    let field = harness.get_by_role_and_label(Role::TextInput, rate).value().unwrap();
    assert_ne!(field, "99", "the saved rate is back in the form");
    // The form now stands at the saved version: a change saves.
    common::replace_text(&mut harness, rate, "98");
    common::click(&mut harness, Role::Button, "Instellingen opslaan");
    let saved = stored(&harness);
    assert_eq!(saved.organisation.name, "Elders hernoemd");
    assert_eq!(saved.coached.hourly_rate, peerdesk::domain::money::Money::from_cents(9800));
}

#[test]
fn a_reading_window_shows_the_settings_another_window_saved_without_asking() {
    let dir = TempDir::new().unwrap();
    let (mut writer, mut harness) = second_window(dir.path(), [1024.0, 700.0]);
    common::click(&mut harness, Role::Button, "Open read-only");
    common::click(&mut harness, Role::Button, "Settings");
    let name = "Name";
    let before = harness.get_by_role_and_label(Role::TextInput, name).value().unwrap();

    let mut settings = writer.settings().unwrap();
    settings.organisation.name = "Renamed by the writing window".into();
    writer.save_settings(&settings).unwrap();
    harness.step();
    harness.run();
    assert!(harness.query_by_label_contains("Someone changed this").is_none(), "nothing to choose in a reading window");
    let shown = harness.get_by_role_and_label(Role::TextInput, name).value().unwrap();
    assert_ne!(shown, before);
    assert_eq!(shown, "Renamed by the writing window");
}
