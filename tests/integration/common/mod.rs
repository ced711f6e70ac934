//! Fixtures shared by the integration tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)]

use chrono::NaiveDate;
use peerdesk::app::{FileDialogs, PeerDeskApp, Preferences, SaveChoice, StartOptions};
use peerdesk::i18n::Language;
use peerdesk::ops::demo::{DemoOptions, write_demo};
use peerdesk::paths::AppPaths;
use peerdesk::store::Store;
use std::path::{Path, PathBuf};

/// The fixed "today" of every test.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The fixed moment documents are made at in tests: nine in the morning of
/// [`today`].
pub fn moment() -> chrono::DateTime<chrono::FixedOffset> {
    today().and_hms_opt(9, 0, 0).unwrap().and_utc().fixed_offset()
}

/// File dialogs that answer with fixed paths, or cancel.
pub struct FixedDialogs {
    pub database: Option<PathBuf>,
    /// Files are saved here under their suggested names.
    pub save_folder: Option<PathBuf>,
}

impl FileDialogs for FixedDialogs {
    fn pick_database(&self, _title: &str) -> Option<PathBuf> {
        self.database.clone()
    }

    fn save_file(&self, _title: &str, file_name: &str) -> SaveChoice {
        match &self.save_folder {
            Some(folder) => SaveChoice::Path(folder.join(file_name)),
            None => SaveChoice::Cancelled,
        }
    }

    fn pick_folder(&self, _title: &str) -> SaveChoice {
        match &self.save_folder {
            Some(folder) => SaveChoice::Path(folder.clone()),
            None => SaveChoice::Cancelled,
        }
    }
}

/// Start options for a database at `db` inside `folder`.
pub fn start_options(folder: &Path, db: &Path, language: Language) -> StartOptions {
    StartOptions {
        db_path: Some(db.to_path_buf()),
        paths: AppPaths::in_folder(folder),
        language: Some(language),
        today: Some(today()),
        file_dialogs: Box::new(FixedDialogs { database: None, save_folder: Some(folder.join("saved")) }),
        open_in_background: false,
        cleared_to_page: false,
    }
}

/// A database at `path` filled with the standard demo (fixed date and seed).
pub fn demo_database(path: &Path) {
    let mut store = Store::create(path).unwrap();
    write_demo(&mut store, &DemoOptions::standard(today())).unwrap();
}

/// The app without eframe, for tests that need no window.
pub fn app(folder: &Path, db: &Path, language: Language) -> PeerDeskApp {
    PeerDeskApp::with_preferences(start_options(folder, db, language), Preferences::default())
}

/// A harness over the real app on a fresh demo database in `folder`.
pub fn demo_harness(
    folder: &Path,
    language: Language,
    size: [f32; 2],
    theme: egui::Theme,
) -> egui_kittest::Harness<'static, PeerDeskApp> {
    let db = folder.join("demo.sqlite3");
    demo_database(&db);
    std::fs::create_dir_all(folder.join("saved")).unwrap();
    let options = start_options(folder, &db, language);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(size)
        .with_theme(theme)
        .with_max_steps(16)
        .build_eframe(move |cc| PeerDeskApp::new(cc, options));
    harness.run();
    harness
}

/// Scrolls a widget into view, moves the pointer onto it, then clicks it,
/// as a person does.
pub fn click(harness: &mut egui_kittest::Harness<'_, PeerDeskApp>, role: egui::accesskit::Role, label: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).hover();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
}

/// Clicks a text field and types into it, as a person does.
pub fn type_into(harness: &mut egui_kittest::Harness<'_, PeerDeskApp>, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable;
    click(harness, egui::accesskit::Role::TextInput, label);
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, label).type_text(text);
    harness.run();
}

/// Replaces the text of the field labelled `label` (select all, then type).
pub fn replace_text(harness: &mut egui_kittest::Harness<'_, PeerDeskApp>, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable;
    click(harness, egui::accesskit::Role::TextInput, label);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, label).type_text(text);
    harness.run();
}

/// The command-line program, in English unless `--lang` says otherwise,
/// without a display: where it would open a window it fails instead.
pub fn peerdesk() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_peerdesk"));
    command.env("LANG", "en_GB.UTF-8").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    command.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    command
}

/// Every `.rs` file below `dir`.
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
