//! The egui application. Screens draw from already-loaded view data and
//! record what the user wants as [`Command`]s; after the frame the commands
//! are applied through the store, the view data is reloaded and the outcome
//! shows as a notification.

mod about;
mod coach_dialog;
mod commands;
mod files;
pub mod finance;
mod groups;
mod header;
mod people_tab;
mod person_dialog;
mod settings_lists;
mod settings_tab;
pub mod theme;
mod toast;
mod welcome;
mod widgets;

pub use commands::{Command, store_error_text};
pub use files::{FileDialogs, NativeFileDialogs, SaveChoice};

use crate::domain::groups::{Attendance, FundingSource, Group, Registration, Session, SessionId};
use crate::domain::{ListItem, Person, PersonId, Settings};
use crate::i18n::{I18n, Language};
use crate::paths::AppPaths;
use crate::store::Store;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The tabs, in the order they appear. A tab is listed once it works.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    #[default]
    People,
    Groups,
    Finance,
    Settings,
}

impl Tab {
    /// Every tab, left to right.
    pub const ALL: [Tab; 4] = [Tab::People, Tab::Groups, Tab::Finance, Tab::Settings];

    fn label_id(self) -> &'static str {
        match self {
            Tab::People => "tab-people",
            Tab::Groups => "tab-groups",
            Tab::Finance => "tab-finance",
            Tab::Settings => "tab-settings",
        }
    }
}

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
}

/// The coached groups and everything around them.
#[derive(Default)]
pub struct GroupsData {
    pub funding_sources: Vec<FundingSource>,
    pub registrations: Vec<Registration>,
    pub groups: Vec<Group>,
    pub sessions: Vec<Session>,
    pub attendance: HashMap<(SessionId, PersonId), Attendance>,
}

/// Invoices and credit notes.
#[derive(Default)]
pub struct FinanceData {
    pub invoices: Vec<crate::domain::invoices::Invoice>,
}

/// Everything the screens draw from, loaded after each change.
#[derive(Default)]
pub struct ViewData {
    pub people: Vec<Person>,
    /// Where each person is in `people`.
    pub person_index: HashMap<PersonId, usize>,
    pub groups: GroupsData,
    pub finance: FinanceData,
    /// Folded name, email and department per person, for search.
    pub search_keys: Vec<String>,
    pub list_items: Vec<ListItem>,
    pub settings: Settings,
    pub welcomed: bool,
    pub is_demo: bool,
    /// Increases with every reload, so screens know their caches are stale.
    pub generation: u64,
}

impl ViewData {
    /// The loaded data as documents see it.
    pub fn library(&self) -> crate::documents::Library<'_> {
        crate::documents::Library {
            settings: &self.settings,
            people: &self.people,
            groups: &self.groups.groups,
            registrations: &self.groups.registrations,
            sessions: &self.groups.sessions,
            sources: &self.groups.funding_sources,
            invoices: &self.finance.invoices,
        }
    }

    /// The person with `id`.
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.person_index.get(&id).and_then(|&i| self.people.get(i))
    }
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
    pub(crate) tab: Tab,
    pub(crate) people: people_tab::PeopleTab,
    pub(crate) settings: settings_tab::SettingsTab,
    pub(crate) groups: groups::GroupsTab,
    pub(crate) finance: finance::FinanceTab,
    pub(crate) batch: Option<finance::batch::BatchJob>,
    /// The file saved last, offered to open.
    pub(crate) saved_file: Option<PathBuf>,
    pub(crate) about_open: bool,
    pub(crate) toasts: toast::Toasts,
    pub(crate) commands: Vec<Command>,
    fixed_today: Option<NaiveDate>,
    pub(crate) file_dialogs: Box<dyn FileDialogs>,
    title: String,
    generation: u64,
}

impl PeerDeskApp {
    /// Builds the app inside eframe, restoring preferences.
    pub fn new(cc: &eframe::CreationContext<'_>, options: StartOptions) -> Self {
        theme::apply(&cc.egui_ctx);
        let prefs: Preferences =
            cc.storage.and_then(|storage| eframe::get_value(storage, PREFERENCES_KEY)).unwrap_or_default();
        Self::with_preferences(options, prefs)
    }

    /// Builds the app with the given preferences (also used by tests).
    pub fn with_preferences(options: StartOptions, mut prefs: Preferences) -> Self {
        let language = options.language.or(prefs.language).unwrap_or_else(system_language);
        prefs.language = Some(language);
        let mut app = PeerDeskApp {
            i18n: I18n::new(language),
            tab: prefs.tab,
            prefs,
            paths: options.paths,
            db: None,
            open_error: None,
            people: people_tab::PeopleTab::default(),
            settings: settings_tab::SettingsTab::default(),
            groups: groups::GroupsTab::default(),
            finance: finance::FinanceTab::default(),
            batch: None,
            saved_file: None,
            about_open: false,
            toasts: toast::Toasts::default(),
            commands: Vec::new(),
            fixed_today: options.today,
            file_dialogs: options.file_dialogs,
            title: String::new(),
            generation: 0,
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

    /// Today, from the clock or fixed by a test.
    pub fn today(&self) -> NaiveDate {
        self.fixed_today.unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// The open database, if any.
    pub fn database(&self) -> Option<&OpenDatabase> {
        self.db.as_ref()
    }

    /// What is remembered between runs.
    pub fn preferences(&self) -> &Preferences {
        &self.prefs
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
        if db.view.is_demo {
            format!("PeerDesk — {file} ({})", self.i18n.tr("title-demo"))
        } else {
            format!("PeerDesk — {file}")
        }
    }

    /// Opens `path`, or shows why it cannot be opened. The previous
    /// database stays open until the new one has opened.
    pub(crate) fn open(&mut self, path: &Path) {
        if path.parent() == Some(self.paths.data_dir.as_path())
            && let Err(e) = self.paths.ensure_data_dir()
        {
            self.open_error = Some(self.i18n.tr_args(
                "error-data-folder",
                &[("path", path.display().to_string().into()), ("reason", e.to_string().into())],
            ));
            return;
        }
        match Store::open(path) {
            Ok(store) => {
                let mut db = OpenDatabase { store, view: ViewData::default() };
                match load_view(&db.store, &mut self.generation) {
                    Ok(view) => {
                        db.view = view;
                        self.prefs.last_database = Some(path.to_path_buf());
                        self.db = Some(db);
                        self.open_error = None;
                        self.people = people_tab::PeopleTab::default();
                        self.settings = settings_tab::SettingsTab::default();
                        self.groups = groups::GroupsTab::default();
                        self.finance = finance::FinanceTab::default();
                    }
                    Err(e) => self.open_error = Some(commands::store_error_text(&self.i18n, &e)),
                }
            }
            Err(e) => {
                self.open_error = Some(commands::store_error_text(&self.i18n, &e));
            }
        }
    }

    /// Reloads the view data after a change.
    pub(crate) fn reload(&mut self) {
        let Some(db) = &mut self.db else { return };
        match load_view(&db.store, &mut self.generation) {
            Ok(view) => db.view = view,
            Err(e) => self.toasts.error(commands::store_error_text(&self.i18n, &e)),
        }
    }

    fn central_ui(&mut self, ui: &mut egui::Ui) {
        let today = self.today();
        if let Some(error) = &self.open_error {
            welcome::open_error_ui(ui, &self.i18n, error, &self.paths, &mut self.commands);
            return;
        }
        let Some(db) = &self.db else { return };
        if !db.view.welcomed && db.view.people.is_empty() {
            welcome::welcome_ui(ui, &self.i18n, &self.paths, &mut self.commands);
            return;
        }
        match self.tab {
            Tab::People => people_tab::people_ui(ui, &mut self.people, &db.view, &self.i18n, today, &mut self.commands),
            Tab::Groups => groups::groups_ui(ui, &mut self.groups, &db.view, &self.i18n, today, &mut self.commands),
            Tab::Finance => {
                let batch = self.batch.as_ref().map(|b| finance::BatchProgress { done: b.done(), total: b.total });
                let language = self.prefs.document_language.unwrap_or(self.i18n.language());
                finance::finance_ui(
                    ui,
                    &mut self.finance,
                    &db.view,
                    &self.i18n,
                    today,
                    language,
                    batch,
                    &mut self.commands,
                )
            }
            Tab::Settings => {
                settings_tab::settings_ui(ui, &mut self.settings, &db.view, &self.i18n, &mut self.commands)
            }
        }
    }
}

impl eframe::App for PeerDeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        header::header_ui(ui, self);
        files::saved_file_ui(ui, &self.i18n, &mut self.saved_file);
        egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui));
        self.poll_batch(&ctx);
        if self.about_open {
            about::about_ui(&ctx, self);
        }
        self.toasts.show_ui(&ctx);

        // After the frame: apply what the user asked for.
        for command in std::mem::take(&mut self.commands) {
            self.apply(command);
            ctx.request_repaint();
        }
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.prefs.tab = self.tab;
        eframe::set_value(storage, PREFERENCES_KEY, &self.prefs);
    }
}

fn load_view(store: &Store, generation: &mut u64) -> crate::store::Result<ViewData> {
    let people = store.list_people()?;
    let search_keys = people
        .iter()
        .map(|p| crate::domain::search::fold(&format!("{} {} {}", p.name, p.email, p.department)))
        .collect();
    *generation += 1;
    let person_index = people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let attendance = store.attendance()?.into_iter().map(|m| ((m.session, m.person), m.mark)).collect();
    Ok(ViewData {
        finance: FinanceData { invoices: store.invoices()? },
        groups: GroupsData {
            funding_sources: store.funding_sources()?,
            registrations: store.registrations()?,
            groups: store.groups()?,
            sessions: store.sessions()?,
            attendance,
        },
        people,
        person_index,
        search_keys,
        list_items: store.list_items()?,
        settings: store.settings()?,
        welcomed: store.is_welcomed()?,
        is_demo: store.is_demo()?,
        generation: *generation,
    })
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// Dutch unless the system asks for English.
pub fn system_language() -> Language {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(value) = std::env::var(var)
            && !value.is_empty()
        {
            return if value.to_ascii_lowercase().starts_with("nl") { Language::Dutch } else { Language::English };
        }
    }
    Language::Dutch
}
