//! The real window, driven headlessly: find widgets by role and label,
//! click and type like a user, and compare screens with snapshots.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::click;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use peerdesk::app::PeerDeskApp;
use peerdesk::i18n::Language;
use peerdesk::store::Store;
use std::path::Path;
use tempfile::TempDir;

fn harness(folder: &Path, db: &Path, language: Language, theme: egui::Theme) -> Harness<'static, PeerDeskApp> {
    let options = common::start_options(folder, db, language);
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(theme)
        .with_max_steps(16)
        .build_eframe(move |cc| PeerDeskApp::new(cc, options));
    harness.run();
    harness
}

fn welcomed_empty(dir: &TempDir, language: Language) -> Harness<'static, PeerDeskApp> {
    let db = dir.path().join("mine.sqlite3");
    let mut store = Store::create(&db).unwrap();
    store.mark_welcomed().unwrap();
    drop(store);
    harness(dir.path(), &db, language, egui::Theme::Light)
}

fn with_demo(dir: &TempDir, language: Language, theme: egui::Theme) -> Harness<'static, PeerDeskApp> {
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    harness(dir.path(), &db, language, theme)
}

fn click_label(harness: &mut Harness<'_, PeerDeskApp>, label: &str) {
    harness.get_by_label(label).hover();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

fn click_button(harness: &mut Harness<'_, PeerDeskApp>, label: &str) {
    click(harness, Role::Button, label);
}

fn is_disabled(harness: &Harness<'_, PeerDeskApp>, label: &str) -> bool {
    harness.get_by_role_and_label(Role::Button, label).accesskit_node().is_disabled()
}

/// A folder with the same relative name on every machine, so that paths
/// shown on screen (and in snapshots) do not depend on where the clone is.
fn fixed_folder(name: &str) -> std::path::PathBuf {
    let folder = Path::new("target").join("ui-tests").join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

#[test]
fn a_new_database_offers_an_empty_start_or_the_demo() {
    let folder = fixed_folder("welcome_en");
    let db = folder.join("mine.sqlite3");
    let mut harness = harness(&folder, &db, Language::English, egui::Theme::Light);
    harness.get_by_label("Welcome to PeerDesk");
    // The file that was opened, not the default one, is where the data goes.
    harness.get_by_label(&format!("Your data is kept in {}.", db.display()));
    harness.snapshot("welcome_en_light");

    click_button(&mut harness, "Start with an empty database");
    // A passphrase is offered first; going on without one is a choice, with a warning.
    harness.get_by_label("Protect your data with a passphrase");
    assert!(harness.get_by_role_and_label(Role::Button, "Create encrypted database").accesskit_node().is_disabled());
    click(&mut harness, Role::CheckBox, "Continue without a passphrase");
    harness.get_by_label_contains("anyone who can reach this computer's files can read every name");
    click_button(&mut harness, "Create without a passphrase");
    assert!(harness.query_by_label("Welcome to PeerDesk").is_none());
    harness.get_by_label("The directory is empty. Add the first person to begin.");
    assert!(Store::open_read_only(&db).unwrap().is_welcomed().unwrap());
}

#[test]
fn exploring_the_demo_opens_a_separate_file_and_says_so_in_the_title() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("mine.sqlite3");
    let mut harness = harness(dir.path(), &db, Language::English, egui::Theme::Light);
    click_button(&mut harness, "Explore with demo data");
    let app = harness.state();
    assert_eq!(app.window_title(), "PeerDesk — demo.sqlite3 (demo data)");
    let demo = app.database().unwrap();
    assert_eq!(demo.view.people.len(), 300);
    assert!(!db.exists(), "the demo never touches the user's file, nor creates it");
}

#[test]
fn a_person_added_through_the_dialog_is_found_by_search() {
    let dir = TempDir::new().unwrap();
    let mut harness = welcomed_empty(&dir, Language::English);
    click_button(&mut harness, "Add person…");
    common::type_into(&mut harness, "Name", "Zoë Müller");
    common::type_into(&mut harness, "Email", "z.muller@umc.example");
    common::type_into(&mut harness, "Department", "Cardiologie");
    click_button(&mut harness, "Save");
    assert!(harness.state().notifications().contains(&"Zoë Müller saved.".to_string()));
    assert!(harness.query_by_label("Add a person").is_none(), "the dialog closes after saving");

    click_button(&mut harness, "Add person…");
    common::type_into(&mut harness, "Name", "Piet Smit");
    click_button(&mut harness, "Save");

    common::type_into(&mut harness, "Search", "muller");
    harness.get_by_label("Zoë Müller");
    assert!(harness.query_by_label("Piet Smit").is_none());
    harness.get_by_label("1 of 2 people");
}

#[test]
fn ctrl_enter_saves_a_dialog_and_escape_closes_one_without_saving() {
    let dir = TempDir::new().unwrap();
    let mut harness = welcomed_empty(&dir, Language::English);
    click_button(&mut harness, "Add person…");
    common::type_into(&mut harness, "Name", "Zoë Müller");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    harness.run();
    assert!(harness.state().notifications().contains(&"Zoë Müller saved.".to_string()));
    assert!(harness.query_by_label("Add a person").is_none(), "the dialog closes after saving");

    click_button(&mut harness, "Add person…");
    common::type_into(&mut harness, "Name", "Piet Smit");
    // A stray click beside the dialog keeps it, and what was typed.
    let beside = egui::pos2(5.0, 400.0);
    harness.event(egui::Event::PointerMoved(beside));
    for pressed in [true, false] {
        let modifiers = egui::Modifiers::NONE;
        harness.event(egui::Event::PointerButton {
            pos: beside,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers,
        });
    }
    harness.run();
    let name = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Name").value();
    assert_eq!(name.as_deref(), Some("Piet Smit"), "a click beside the dialog drops nothing");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Add a person").is_none(), "Escape closes the dialog");
    let people = harness.state().database().unwrap().view.people.len();
    assert_eq!(people, 1, "nothing was saved by Escape");
}

#[test]
fn an_invalid_email_keeps_save_disabled_and_says_why() {
    let dir = TempDir::new().unwrap();
    let mut harness = welcomed_empty(&dir, Language::English);
    click_button(&mut harness, "Add person…");
    assert!(is_disabled(&harness, "Save"), "a person needs a name");
    common::type_into(&mut harness, "Name", "Anna de Vries");
    assert!(!is_disabled(&harness, "Save"));
    common::type_into(&mut harness, "Email", "anna@umc");
    assert!(is_disabled(&harness, "Save"));
    harness.get_by_label("Not an email address (name@example.org)");
    harness.snapshot("person_dialog_invalid_en_light");
    click_button(&mut harness, "Save");
    assert_eq!(harness.state().database().unwrap().view.people.len(), 0, "nothing was saved");
}

#[test]
fn a_department_pasted_too_long_is_said_beside_it_and_not_saved() {
    let dir = TempDir::new().unwrap();
    let mut harness = welcomed_empty(&dir, Language::English);
    click_button(&mut harness, "Add person…");
    common::type_into(&mut harness, "Name", "Anna de Vries");
    common::type_into(&mut harness, "Department", &"Intensive Care ".repeat(6));
    harness.get_by_label("At most 80 characters");
    assert!(is_disabled(&harness, "Save"));
    common::replace_text(&mut harness, "Department", "Intensive Care");
    assert!(harness.query_by_label("At most 80 characters").is_none());
    click_button(&mut harness, "Save");
    assert_eq!(harness.state().database().unwrap().view.people.len(), 1);
}

#[test]
fn a_duplicate_name_is_a_warning_not_an_error() {
    let dir = TempDir::new().unwrap();
    let mut harness = welcomed_empty(&dir, Language::English);
    click_button(&mut harness, "Add person…");
    common::type_into(&mut harness, "Name", "Sanne Bakker");
    click_button(&mut harness, "Save");
    click_button(&mut harness, "Add person…");
    common::type_into(&mut harness, "Name", "sanne bakker");
    harness.get_by_label("Sanne Bakker already exists. Is this the same person?");
    assert!(!is_disabled(&harness, "Save"));
}

#[test]
fn switching_to_dutch_translates_the_labels_and_is_remembered() {
    let dir = TempDir::new().unwrap();
    let mut harness = welcomed_empty(&dir, Language::English);
    harness.get_by_label("People");
    click_label(&mut harness, "Settings");
    click_label(&mut harness, "Nederlands");
    harness.get_by_label("Personen");
    harness.get_by_label("Instellingen");
    harness.get_by_label("Standaarden van de programma's");
    assert!(harness.query_by_label("People").is_none());
    assert_eq!(harness.state().preferences().language, Some(Language::Dutch));
}

#[test]
fn the_demo_directory_is_searchable_and_filterable_by_role() {
    let dir = TempDir::new().unwrap();
    let mut harness = with_demo(&dir, Language::English, egui::Theme::Light);
    let view = &harness.state().database().unwrap().view;
    let coaches = view.people.iter().filter(|r| r.active && r.has_role(peerdesk::domain::Role::Coach)).count();
    let active = view.people.iter().filter(|r| r.active).count();
    harness.get_by_label(&format!("{active} of 300 people"));

    click(&mut harness, Role::ComboBox, "Role");
    click(&mut harness, Role::Button, "Coach");
    harness.get_by_label(&format!("{coaches} of 300 people"));
}

#[test]
fn settings_refuse_a_minimum_group_above_the_maximum() {
    let dir = TempDir::new().unwrap();
    let mut harness = with_demo(&dir, Language::English, egui::Theme::Light);
    click_label(&mut harness, "Settings");
    assert!(is_disabled(&harness, "Save settings"), "nothing changed yet");
    click(&mut harness, Role::TextInput, "Smallest group");
    harness.key_press(egui::Key::Backspace);
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Smallest group").type_text("7");
    harness.run();
    assert_eq!(harness.get_by_role_and_label(Role::TextInput, "Smallest group").value().as_deref(), Some("7"));
    harness.get_by_label("Smaller than the smallest group");
    assert!(is_disabled(&harness, "Save settings"));
}

#[test]
fn leaving_settings_with_unsaved_changes_asks_first() {
    let dir = TempDir::new().unwrap();
    let mut harness = with_demo(&dir, Language::Dutch, egui::Theme::Light);
    click_label(&mut harness, "Instellingen");
    let saved_rate = harness.state().database().unwrap().view.settings.coached.hourly_rate;
    common::replace_text(&mut harness, "Naam", "UMC Zuid");
    // Another tab: the question comes first, and Stay keeps what was typed.
    click_label(&mut harness, "Groepen");
    harness.get_by_label("Niet-opgeslagen wijzigingen");
    click_button(&mut harness, "In Instellingen blijven");
    assert_eq!(harness.get_by_role_and_label(Role::TextInput, "Naam").value().as_deref(), Some("UMC Zuid"));
    assert!(harness.query_by_label("Niet-opgeslagen wijzigingen").is_none());
    // Save and continue saves, then goes to the tab asked for.
    click_label(&mut harness, "Groepen");
    click_button(&mut harness, "Opslaan en doorgaan");
    let view = &harness.state().database().unwrap().view;
    assert_eq!(view.settings.organisation.name, "UMC Zuid");
    assert_eq!(view.settings.coached.hourly_rate, saved_rate);
    harness.get_by_label("Wachtlijst");
    // Discard throws the change away and goes on.
    click_label(&mut harness, "Instellingen");
    common::replace_text(&mut harness, "Naam", "Weg");
    click_label(&mut harness, "Personen");
    click_button(&mut harness, "Wijzigingen weggooien");
    assert_eq!(harness.state().database().unwrap().view.settings.organisation.name, "UMC Zuid");
    harness.get_by_label("Zoeken");
    click_label(&mut harness, "Instellingen");
    assert_eq!(harness.get_by_role_and_label(Role::TextInput, "Naam").value().as_deref(), Some("UMC Zuid"));
}

#[test]
fn snapshot_people_with_demo_data_in_english_light() {
    let dir = TempDir::new().unwrap();
    let mut harness = with_demo(&dir, Language::English, egui::Theme::Light);
    harness.snapshot("people_en_light");
}

#[test]
fn snapshot_people_with_demo_data_in_dutch_dark() {
    let dir = TempDir::new().unwrap();
    let mut harness = with_demo(&dir, Language::Dutch, egui::Theme::Dark);
    harness.snapshot("people_nl_dark");
}

#[test]
fn snapshot_settings_in_english_light() {
    let dir = TempDir::new().unwrap();
    let mut harness = with_demo(&dir, Language::English, egui::Theme::Light);
    click_label(&mut harness, "Settings");
    harness.snapshot("settings_en_light");
}

#[test]
fn snapshot_settings_in_dutch_dark() {
    let dir = TempDir::new().unwrap();
    let mut harness = with_demo(&dir, Language::Dutch, egui::Theme::Dark);
    click_label(&mut harness, "Instellingen");
    harness.snapshot("settings_nl_dark");
}

#[test]
fn snapshot_welcome_in_dutch_dark() {
    let folder = fixed_folder("welcome_nl");
    let db = folder.join("mine.sqlite3");
    let mut harness = harness(&folder, &db, Language::Dutch, egui::Theme::Dark);
    harness.snapshot("welcome_nl_dark");
}

#[test]
fn a_foreign_file_shows_why_it_cannot_be_opened() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "shopping list: milk, bread, cheese ".repeat(100)).unwrap();
    let mut harness = harness(dir.path(), &path, Language::English, egui::Theme::Light);
    harness.get_by_label("This file cannot be opened");
    harness.get_by_label_contains("is not a PeerDesk database. It was left untouched.");
    click_button(&mut harness, "Open my database");
    harness.get_by_label("Welcome to PeerDesk");
}

fn new_funding_field<'a>(harness: &'a Harness<'_, PeerDeskApp>) -> egui_kittest::Node<'a> {
    harness
        .get_all_by_role(Role::TextInput)
        .find(|n| n.accesskit_node().placeholder() == Some("New funding source"))
        .unwrap()
}

#[test]
fn a_funding_source_named_like_an_existing_one_is_refused_beside_the_field() {
    let dir = TempDir::new().unwrap();
    let mut harness = welcomed_empty(&dir, Language::English);
    click_label(&mut harness, "Settings");
    new_funding_field(&harness).scroll_to_me();
    harness.run();
    new_funding_field(&harness).focus();
    harness.run();
    new_funding_field(&harness).type_text("self-paid");
    harness.run();
    harness.get_by_label("This name is already in the list");
    let add = harness.get_all_by_role_and_label(Role::Button, "Add").last().unwrap();
    assert!(add.accesskit_node().is_disabled(), "a second Self-paid cannot be added");
    // Nor under its Dutch name, which a Dutch colleague's window shows.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    let typed = |h: &Harness<'_, PeerDeskApp>, text: &str| {
        h.get_all_by_role(Role::TextInput).any(|n| n.value().as_deref() == Some(text))
    };
    assert!(typed(&harness, "self-paid"));
    let field = harness.get_all_by_role(Role::TextInput).find(|n| n.value().as_deref() == Some("self-paid")).unwrap();
    field.type_text("Eigen betaling");
    harness.run();
    assert!(typed(&harness, "Eigen betaling"), "the typing replaced the selected text");
    harness.get_by_label("This name is already in the list");
    let add = harness.get_all_by_role_and_label(Role::Button, "Add").last().unwrap();
    assert!(add.accesskit_node().is_disabled(), "Eigen betaling is Self-paid");
}

#[test]
fn the_arrow_keys_move_the_selection_and_escape_clears_the_search() {
    let dir = TempDir::new().unwrap();
    let mut harness = with_demo(&dir, Language::English, egui::Theme::Light);
    assert!(is_disabled(&harness, "Edit…"), "nothing is selected at first");
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(!is_disabled(&harness, "Edit…"), "Down selects the first person");
    let first = harness.state().database().unwrap().view.people.len();
    assert!(first > 1);
    common::type_into(&mut harness, "Search", "zzzz-nobody");
    harness.get_by_label("Nobody matches this search.");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Nobody matches this search.").is_none(), "Escape clears the search");
}

#[test]
fn at_1024_by_700_the_people_toolbar_keeps_every_action_in_view() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::Dutch, [1024.0, 700.0], egui::Theme::Light);
    for action in ["Persoon toevoegen…", "Bewerken…", "Verwijderen…"] {
        let rect = harness.get_by_role_and_label(Role::Button, action).rect();
        assert!(rect.max.x <= 1024.0 && rect.max.y <= 700.0, "{action} is off-screen: {rect:?}");
    }
    let add = harness.get_by_role_and_label(Role::Button, "Persoon toevoegen…").rect();
    let inactive = harness.get_by_role_and_label(Role::CheckBox, "Inactieven tonen").rect();
    assert!(!add.intersects(inactive), "the actions do not cover the filters");
    // Every column of the table, up to Status, is in view.
    for column in ["Rollen", "Status"] {
        let rect = harness.get_by_label(column).rect();
        assert!(rect.max.x <= 1024.0, "the {column} column is off-screen: {rect:?}");
    }
    harness.snapshot("people_nl_1024");
}

#[test]
fn at_1024_by_700_every_invoice_and_waiting_registration_keeps_its_actions_in_view() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::Dutch, [1024.0, 700.0], egui::Theme::Dark);
    click_button(&mut harness, "Financiën");
    let menus = harness.get_all_by_role_and_label(Role::Button, "Acties…").count();
    assert!(menus >= 10, "one actions menu per invoice: {menus}");
    for menu in harness.get_all_by_role_and_label(Role::Button, "Acties…") {
        assert!(menu.rect().max.x <= 1024.0, "an invoice's actions are off-screen: {:?}", menu.rect());
    }
    harness.snapshot("finance_nl_1024");
    // The first row is a draft: its menu offers to issue it, which asks first.
    harness.get_all_by_role_and_label(Role::Button, "Acties…").next().unwrap().click();
    harness.run();
    harness
        .get_all_by_role(Role::Button)
        .find(|b| b.accesskit_node().label().is_some_and(|l| l.starts_with("Uitgeven ")))
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label_contains("uitgeven?");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label_contains("uitgeven?").is_none());

    click_button(&mut harness, "Groepen");
    harness.get_by_label("Wachtende individuele aanmeldingen").scroll_to_me();
    harness.run();
    harness.snapshot("groups_waiting_nl_1024");
    for label in ["Bewerken…", "Intrekken"] {
        let buttons: Vec<egui::Rect> =
            harness.get_all_by_role_and_label(Role::Button, label).map(|b| b.rect()).collect();
        assert!(buttons.len() >= 5, "{label}: {}", buttons.len());
        assert!(buttons.iter().all(|r| r.max.x <= 1024.0), "{label} is off-screen: {buttons:?}");
    }
}

#[test]
fn the_window_shows_before_a_file_is_read_and_takes_its_data_over_in_the_background() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let mut options = common::start_options(dir.path(), &db, Language::English);
    options.open_in_background = true;
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .with_max_steps(8)
        .build_eframe(move |cc| PeerDeskApp::new(cc, options));
    assert!(harness.state().database().is_none(), "the window was built without reading the file");
    for _ in 0..400 {
        harness.step();
        if harness.state().database().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let data = harness.state().database().expect("the file is read in the background");
    assert!(data.view.people.len() > 100, "{} people", data.view.people.len());
    assert!(!data.store.is_read_only(), "opened for changes");
    harness.run();
    click(&mut harness, Role::Button, "People");
    harness.get_by_label("Search");
}

#[test]
fn an_incident_type_is_added_in_settings_and_a_name_either_language_shows_is_refused() {
    let dir = TempDir::new().unwrap();
    let mut harness = welcomed_empty(&dir, Language::English);
    click_label(&mut harness, "Settings");
    let field = |h: &Harness<'_, PeerDeskApp>| {
        let node =
            h.get_all_by_role(Role::TextInput).find(|n| n.accesskit_node().placeholder() == Some("New incident type"));
        node.unwrap().rect()
    };
    harness
        .get_all_by_role(Role::TextInput)
        .find(|n| n.accesskit_node().placeholder() == Some("New incident type"))
        .unwrap()
        .scroll_to_me();
    harness.run();
    let at = field(&harness).center();
    harness.event(egui::Event::PointerMoved(at));
    for pressed in [true, false] {
        let modifiers = egui::Modifiers::default();
        harness.event(egui::Event::PointerButton { pos: at, button: egui::PointerButton::Primary, pressed, modifiers });
    }
    harness.run();
    // Aggression as a Dutch colleague's window shows it.
    harness.event(egui::Event::Text("agressie".into()));
    harness.run();
    harness.get_by_label("This name is already in the list");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.event(egui::Event::Text("Threat".into()));
    harness.run();
    assert!(harness.query_by_label("This name is already in the list").is_none());
    harness.key_press(egui::Key::Enter);
    harness.run();
    let lists = &harness.state().database().unwrap().view.cases.lists;
    assert!(lists.iter().any(|i| i.name.as_deref() == Some("Threat")), "added and read back");
    harness.get_by_label("Threat");
}

/// Every button, field and list on screen lies within the window's width:
/// nothing is cut off at the side (a dialog has no horizontal scroll).
fn nothing_cut_off(harness: &Harness<'_, PeerDeskApp>, what: &str) {
    for role in [Role::Button, Role::TextInput, Role::ComboBox, Role::CheckBox] {
        for node in harness.query_all_by_role(role) {
            let rect = node.rect();
            let label = node.accesskit_node().label().unwrap_or_default();
            assert!(rect.left() >= -0.5 && rect.right() <= 1024.5, "{what}: {role:?} {label:?} at {rect:?}");
        }
    }
}

#[test]
fn at_1024_by_700_no_dialog_is_cut_off_at_the_side() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1024.0, 700.0], egui::Theme::Light);
    let open = |harness: &mut Harness<'_, PeerDeskApp>, tab: &str, path: &[&str]| {
        common::click(harness, Role::Button, tab);
        for button in path {
            common::click(harness, Role::Button, button);
        }
        nothing_cut_off(harness, &path.join(" → "));
        harness.key_press(egui::Key::Escape);
        harness.run();
    };
    open(&mut harness, "People", &["Add person…"]);
    open(&mut harness, "Groups", &["New registration…"]);
    let forming = {
        let view = &harness.state().database().unwrap().view;
        let named = |status| view.groups.groups.iter().find(|g| g.status == status).unwrap().name.clone();
        use peerdesk::domain::coached::groups::GroupStatus;
        named(GroupStatus::Forming)
    };
    open(&mut harness, "Groups", &[&forming, "Edit details…"]);
    open(&mut harness, "Groups", &[&forming, "Plan sessions…"]);
    open(&mut harness, "Finance", &["Make invoices for period…"]);
    open(&mut harness, "Finance", &["Cost statement…"]);
    open(&mut harness, "Networks", &["New network"]);
    open(&mut harness, "Circles", &["Sign up…"]);
    let cases = harness
        .get_all_by_role(Role::Button)
        .find_map(|n| n.accesskit_node().label().filter(|l| l.starts_with("Cases")));
    open(&mut harness, &cases.unwrap(), &["Record an incident…"]);
}

#[test]
fn a_pointer_move_a_click_and_a_keystroke_each_settle_in_three_frames() {
    // egui itself draws the frame of the event, one more while the pointer
    // settles, and the frame that finds nothing left to do; nothing of
    // PeerDesk's may add to that (no animation, no repaint of its own).
    use egui::{Event, Pos2};
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1240.0, 780.0], egui::Theme::Light);
    // Over the table, then into the search field.
    harness.event(Event::PointerMoved(Pos2::new(620.0, 450.0)));
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Search").hover();
    let frames = harness.run();
    assert!(frames <= 3, "moving the pointer took {frames} frames");
    harness.get_by_role_and_label(Role::TextInput, "Search").click();
    let frames = harness.run();
    assert!(frames <= 3, "a click took {frames} frames");
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text("a");
    let frames = harness.run();
    assert!(frames <= 3, "a keystroke took {frames} frames");
}
