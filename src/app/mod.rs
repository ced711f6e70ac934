//! The egui application. Screens draw from already-loaded view data and
//! record what the user wants as [`Command`]s; after the frame the commands
//! are applied through the store, the view data is reloaded and the outcome
//! shows as a notification.

mod about;
mod access_log;
mod backups;
mod cases;
mod circles;
mod coached;
mod commands;
mod context;
mod files;
mod finance;
mod frame;
mod header;
mod networks;
mod opening;
mod outcome;
mod passphrase;
mod people;
mod settings;
mod tabs;
pub mod theme;
mod toast;
mod view;
mod welcome;
mod widgets;

use crate::ops::messages::store_error_text;
pub use commands::{AppCommand, Command};
pub use context::{BatchProgress, Cx};
pub use files::{FileDialogs, NativeFileDialogs, SaveChoice};
pub use outcome::{Changed, Outcome};
pub use people::{SortColumn, TextOrders, sorted_order};
pub use tabs::Tab;
pub use view::{FinanceData, GroupsData, ViewData};

use crate::i18n::{I18n, Language};
use crate::paths::AppPaths;
use crate::store::Store;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What PeerDesk remembers between runs, apart from the data itself.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub language: Option<Language>,
    /// The language documents are printed in; the interface language when unset.
    pub document_language: Option<Language>,
    pub last_database: Option<PathBuf>,
    pub tab: Tab,
}

const PREFERENCES_KEY: &str = "peerdesk.preferences";

/// How the window is started.
pub struct StartOptions {
    /// The database to open; `None` opens the last one or the default.
    pub db_path: Option<PathBuf>,
    /// Where the default and demo databases live.
    pub paths: AppPaths,
    /// Forces the interface language (tests, `--lang`).
    pub language: Option<Language>,
    /// A fixed "today" for tests; `None` uses the clock.
    pub today: Option<NaiveDate>,
    /// Shows native file dialogs; tests pass their own.
    pub file_dialogs: Box<dyn FileDialogs>,
    /// Opens and reads the database on a background thread, so that the
    /// window shows at once however large the file (the window does; tests
    /// open in the foreground unless they test this).
    pub open_in_background: bool,
    /// The window's clear colour is the page's background, so the page
    /// itself paints none: on a software renderer, a background painted
    /// over the whole window costs a third of every frame. Tests, whose
    /// renderer clears to nothing, paint it.
    pub cleared_to_page: bool,
}

/// An open database and what was loaded from it.
pub struct OpenDatabase {
    pub store: Store,
    pub view: ViewData,
}

/// The PeerDesk window.
pub struct PeerDeskApp {
    pub(crate) i18n: I18n,
    pub(crate) prefs: Preferences,
    pub(crate) paths: AppPaths,
    pub(crate) db: Option<OpenDatabase>,
    /// Why the requested file could not be opened, shown instead of the tabs.
    pub(crate) open_error: Option<String>,
    /// A file that could not be opened for writing but may be read: offered
    /// on the screen of the open error.
    pub(crate) read_only_offer: Option<PathBuf>,
    /// A file that does not exist yet: the welcome screen offers to create it.
    pub(crate) new_file: Option<PathBuf>,
    /// The file's change counter when it was last read (read-only windows
    /// reload when another window changed the file).
    seen_version: Option<i64>,
    /// A read-only window's file has no writer any more.
    writer_gone: bool,
    /// When a read-only window last looked at its file.
    followed_at: std::time::Instant,
    pub(crate) backup_clock: backups::BackupClock,
    /// The Backups dialog, when open.
    pub(crate) backups: Option<backups::BackupsDialog>,
    /// A damaged file's newest checked backup, offered on the error screen.
    pub(crate) damaged_offer: Option<backups::DamagedOffer>,
    /// The passphrase of the file being opened or open, if it has one.
    pub(crate) key: Option<crate::store::Passphrase>,
    /// A new database's passphrase, being chosen on the welcome screen.
    pub(crate) new_passphrase: Option<passphrase::NewPassphrase>,
    /// An encrypted file waiting for its passphrase.
    pub(crate) unlock: Option<passphrase::Unlock>,
    /// The window is locked: the data is hidden until it is unlocked.
    pub(crate) locked: Option<passphrase::Locked>,
    /// Wrong passphrases typed for the file being opened, noted in its
    /// access log once it opens.
    failed_unlocks: u32,
    /// The day of the last retention purge of the open file.
    purged_on: Option<NaiveDate>,
    /// The access log, read when its dialog opened.
    pub(crate) access_log: Option<Vec<crate::domain::access::AccessEntry>>,
    /// When the user last touched the window (for locking it when idle).
    last_input: std::time::Instant,
    /// Time a test lets pass without waiting for it (zero otherwise): the
    /// idle lock and the half-hourly backup count it.
    time_passed: std::time::Duration,
    pub(crate) tab: Tab,
    pub(crate) people: people::PeopleTab,
    pub(crate) settings: settings::SettingsTab,
    pub(crate) groups: coached::GroupsTab,
    pub(crate) cases: cases::CasesTab,
    pub(crate) networks: networks::NetworksTab,
    pub(crate) circles: circles::CirclesTab,
    pub(crate) finance: finance::FinanceTab,
    pub(crate) batch: Option<crate::ops::batch::BatchJob>,
    /// The file saved last, offered to open.
    pub(crate) saved_file: Option<PathBuf>,
    pub(crate) about_open: bool,
    /// A person's page, open over the current tab.
    pub(crate) person_page: Option<people::PersonPageDialog>,
    pub(crate) toasts: toast::Toasts,
    pub(crate) commands: std::cell::RefCell<Vec<Command>>,
    fixed_today: Option<NaiveDate>,
    pub(crate) file_dialogs: Box<dyn FileDialogs>,
    title: String,
    generation: u64,
    /// The database being opened in the background, if any.
    pub(crate) opening: Option<opening::Opening>,
    /// Frames drawn so far: a file opened at start is read after the first.
    frames_drawn: u64,
    /// Whether databases are opened in the background.
    open_in_background: bool,
    cleared_to_page: bool,
    /// Wakes the window when background work has finished.
    repaint: Option<egui::Context>,
}

impl PeerDeskApp {
    /// Builds the app inside eframe, restoring preferences.
    pub fn new(cc: &eframe::CreationContext<'_>, options: StartOptions) -> Self {
        theme::apply(&cc.egui_ctx);
        let prefs: Preferences =
            cc.storage.and_then(|storage| eframe::get_value(storage, PREFERENCES_KEY)).unwrap_or_default();
        Self::build(options, prefs, Some(cc.egui_ctx.clone()))
    }

    /// Builds the app with the given preferences (also used by tests).
    pub fn with_preferences(options: StartOptions, prefs: Preferences) -> Self {
        Self::build(options, prefs, None)
    }

    fn build(options: StartOptions, mut prefs: Preferences, repaint: Option<egui::Context>) -> Self {
        let language = options.language.or(prefs.language).unwrap_or_else(crate::i18n::system_language);
        prefs.language = Some(language);
        let mut app = PeerDeskApp {
            i18n: I18n::new(language),
            tab: prefs.tab,
            prefs,
            paths: options.paths,
            db: None,
            open_error: None,
            read_only_offer: None,
            new_file: None,
            seen_version: None,
            writer_gone: false,
            followed_at: std::time::Instant::now(),
            backup_clock: backups::BackupClock::since(std::time::Instant::now()),
            backups: None,
            damaged_offer: None,
            key: None,
            new_passphrase: None,
            unlock: None,
            locked: None,
            last_input: std::time::Instant::now(),
            time_passed: std::time::Duration::ZERO,
            failed_unlocks: 0,
            purged_on: None,
            access_log: None,
            people: people::PeopleTab::default(),
            settings: settings::SettingsTab::default(),
            groups: coached::GroupsTab::default(),
            cases: cases::CasesTab::default(),
            networks: networks::NetworksTab::default(),
            circles: circles::CirclesTab::default(),
            finance: finance::FinanceTab::default(),
            batch: None,
            saved_file: None,
            about_open: false,
            person_page: None,
            toasts: toast::Toasts::default(),
            commands: Default::default(),
            fixed_today: options.today,
            file_dialogs: options.file_dialogs,
            title: String::new(),
            generation: 0,
            opening: None,
            frames_drawn: 0,
            open_in_background: options.open_in_background,
            cleared_to_page: options.cleared_to_page,
            repaint,
        };
        let path = options
            .db_path
            .or_else(|| app.prefs.last_database.clone().filter(|p| p.exists()))
            .unwrap_or_else(|| app.paths.default_db());
        app.open(&path);
        app
    }

    /// The language documents are printed in.
    pub fn document_language(&self) -> Language {
        self.prefs.document_language.unwrap_or(self.i18n.language())
    }

    /// The texts of documents: in the language documents are printed in.
    pub(crate) fn i18n_for_documents(&self) -> I18n {
        I18n::new(self.document_language())
    }

    /// Today, from the clock or fixed by a test.
    pub fn today(&self) -> NaiveDate {
        self.fixed_today.unwrap_or_else(crate::clock::today)
    }

    /// Now: the clock, or nine in the morning of the day fixed by a test.
    pub fn moment(&self) -> chrono::DateTime<chrono::FixedOffset> {
        match self.fixed_today {
            Some(day) => day.and_hms_opt(9, 0, 0).unwrap_or_default().and_utc().fixed_offset(),
            None => crate::clock::moment(),
        }
    }

    /// The open database, if any.
    pub fn database(&self) -> Option<&OpenDatabase> {
        self.db.as_ref()
    }

    /// The open database, to change it from a test as another writer would.
    #[doc(hidden)]
    pub fn database_mut_for_tests(&mut self) -> Option<&mut OpenDatabase> {
        self.db.as_mut()
    }

    /// Lets `time` pass for the idle lock and the half-hourly backup, as if
    /// the window had been left alone that long.
    #[doc(hidden)]
    pub fn let_time_pass_for_tests(&mut self, time: std::time::Duration) {
        self.time_passed += time;
    }

    /// Now, for measuring how long the window was idle or unbacked-up.
    pub(crate) fn instant(&self) -> std::time::Instant {
        std::time::Instant::now() + self.time_passed
    }

    /// What is remembered between runs.
    pub fn preferences(&self) -> &Preferences {
        &self.prefs
    }

    /// Whose page is open over the tab, if any.
    pub fn person_page_open(&self) -> Option<crate::domain::PersonId> {
        self.person_page.as_ref().map(|p| p.person)
    }

    /// The notifications now on screen.
    pub fn notifications(&self) -> Vec<String> {
        self.toasts.current().iter().map(|t| t.text.clone()).collect()
    }

    /// The window title: the program and the open file.
    pub fn window_title(&self) -> String {
        let Some(db) = &self.db else {
            return "PeerDesk".to_string();
        };
        let file = file_name(db.store.path());
        let mut title = format!("PeerDesk — {file}");
        if db.view.is_demo {
            title.push_str(&format!(" ({})", self.i18n.tr("title-demo")));
        }
        if db.store.is_read_only() {
            title.push_str(&format!(" ({})", self.i18n.tr("title-read-only")));
        }
        title
    }

    /// Reads again what a command changed.
    pub(crate) fn reload(&mut self, changed: Changed) {
        let Some(db) = &mut self.db else { return };
        if let Err(e) = db.view.reload(&db.store, changed, &mut self.generation) {
            self.toasts.error(store_error_text(&self.i18n, &e));
        }
    }

    fn central_ui(&mut self, ui: &mut egui::Ui) {
        let commands = self.commands.get_mut();
        if let Some(unlock) = &mut self.unlock {
            passphrase::unlock_ui(ui, &self.i18n, unlock, commands);
            return;
        }
        if let Some(locked) = &mut self.locked {
            let encrypted = self.db.as_ref().is_some_and(|db| db.store.is_encrypted());
            passphrase::locked_ui(ui, &self.i18n, locked, encrypted, commands);
            return;
        }
        if let Some(error) = &self.open_error {
            let offers =
                welcome::Offers { read_only: self.read_only_offer.as_deref(), damaged: self.damaged_offer.as_ref() };
            welcome::open_error_ui(ui, &self.i18n, error, offers, &self.paths, self.commands.get_mut());
            return;
        }
        if let Some(opening) = &self.opening {
            opening::opening_ui(ui, &self.i18n, opening);
            return;
        }
        if self.db.is_none()
            && let Some(new_file) = &self.new_file
        {
            match &mut self.new_passphrase {
                Some(form) => passphrase::new_passphrase_ui(ui, &self.i18n, form, self.commands.get_mut()),
                None => welcome::welcome_ui(ui, &self.i18n, new_file, &self.paths, self.commands.get_mut()),
            }
            return;
        }
        let Some(db) = &self.db else { return };
        if !db.view.welcomed && db.view.people.is_empty() {
            let open = db.store.path().to_path_buf();
            welcome::welcome_ui(ui, &self.i18n, &open, &self.paths, self.commands.get_mut());
            return;
        }
        let mut cx = Cx::new(&db.view, &self.i18n, self.today(), self.document_language(), &self.commands);
        cx.batch = self.batch.as_ref().map(|b| BatchProgress { done: b.done(), total: b.total });
        cx.read_only = db.store.is_read_only();
        cx.now = self.moment().naive_local();
        cx.encrypted = db.store.is_encrypted();
        if cx.read_only {
            opening::read_only_notice_ui(ui, &self.i18n, self.writer_gone.then(|| db.store.path()), &self.commands);
        }
        match self.tab {
            Tab::People => people::people_ui(ui, &mut self.people, &cx),
            Tab::Groups => coached::groups_ui(ui, &mut self.groups, &cx),
            Tab::Cases => cases::cases_ui(ui, &mut self.cases, &cx),
            Tab::Circles => circles::circles_ui(ui, &mut self.circles, &cx),
            Tab::Networks => networks::networks_ui(ui, &mut self.networks, &cx),
            Tab::Finance => finance::finance_ui(ui, &mut self.finance, &cx),
            Tab::Settings => settings::settings_ui(ui, &mut self.settings, &cx),
        }
        if let Some(page) = &mut self.person_page
            && page.show(ui.ctx(), &cx)
        {
            self.person_page = None;
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}
