//! What the user asked for, applied after the frame. Each tab owns its
//! commands and applies them through the store; this file only routes them
//! and reloads what the outcome says changed.

use super::outcome::{Changed, Env, Outcome};
use super::{PeerDeskApp, Tab, cases, circles, coached, finance, networks, people, settings};
use crate::domain::access::{AccessAction, RecordKind, record_subject};
use crate::domain::finance::invoices::InvoiceId;
use crate::i18n::Language;
use crate::ops::documents::DocumentRequest;
use crate::ops::messages::store_error_text;
use crate::store::StoreError;
use std::path::PathBuf;

/// One thing the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    App(AppCommand),
    People(people::Command),
    Groups(coached::Command),
    Cases(cases::Command),
    Circles(circles::Command),
    Networks(networks::Command),
    Finance(finance::Command),
    Settings(settings::Command),
}

/// What the window itself does: files, language, documents.
#[derive(Clone, Debug, PartialEq)]
pub enum AppCommand {
    SwitchTab(Tab),
    /// Opens a person's page over the current tab.
    OpenPerson(crate::domain::PersonId),
    /// Opens the person dialog in the People tab.
    EditPerson(crate::domain::PersonId),
    /// Shows a group's page in the Groups tab.
    OpenGroup(crate::domain::coached::groups::GroupId),
    SetLanguage(Language),
    /// Welcome screen: keep this (empty) database.
    StartEmpty,
    /// Open the demo database, writing the demo data first if needed.
    OpenDemo,
    /// Open the user's own database.
    OpenMyDatabase,
    /// Ask for a file and open it.
    PickDatabase,
    OpenPath(PathBuf),
    /// Open a file to read only (another window writes to it).
    OpenReadOnly(PathBuf),
    ShowBackups(bool),
    /// Choose the backups folder in a folder dialog, for the Settings form.
    ChooseBackupsFolder,
    /// Create the new database, encrypted with this passphrase (or not).
    CreateDatabase(Option<crate::store::Passphrase>),
    CancelNewDatabase,
    /// Open the encrypted file waiting for its passphrase with this one.
    Unlock(crate::store::Passphrase),
    /// Hide the data until the passphrase is given again.
    LockWindow,
    ShowAccessLog(bool),
    SaveAccessLog,
    /// Note in the access log that the user did this.
    LogAccess(AccessAction, String),
    ChangePassphrase {
        current: crate::store::Passphrase,
        new: crate::store::Passphrase,
        confirmation: String,
    },
    /// Give the open, unencrypted database (and its backups) a passphrase.
    EncryptDatabase {
        new: crate::store::Passphrase,
        confirmation: String,
    },
    /// Unlock the locked window (with the passphrase typed, for an encrypted file).
    UnlockWindow(Option<crate::store::Passphrase>),
    BackUpNow,
    /// Ask whether to restore this backup (`None`: the question was cancelled).
    AskRestore(Option<crate::store::BackupEntry>),
    Restore(PathBuf),
    /// Ask (or stop asking) whether to restore a damaged file's newest backup.
    ConfirmRestoreDamaged(bool),
    RestoreDamaged,
    ShowAbout(bool),
    SaveDocument(DocumentRequest),
    SetDocumentLanguage(Language),
    BatchPrint {
        ids: Vec<InvoiceId>,
        one_file: bool,
    },
    CancelBatch,
    /// Say something that happened outside PeerDesk (a mail program opened).
    Notify(String),
}

/// Each tab's command is a [`Command`], so screens can send their own.
macro_rules! commands_from {
    ($($from:ty => $variant:ident),+ $(,)?) => {
        $(
            impl From<$from> for Command {
                fn from(command: $from) -> Self {
                    Command::$variant(command)
                }
            }
        )+
    };
}

commands_from! {
    AppCommand => App,
    people::Command => People,
    coached::Command => Groups,
    cases::Command => Cases,
    circles::Command => Circles,
    networks::Command => Networks,
    finance::Command => Finance,
    settings::Command => Settings,
}

impl PeerDeskApp {
    /// Applies one command and reports the outcome.
    pub(crate) fn apply(&mut self, command: Command) {
        let command = match command {
            Command::App(command) => return self.apply_app(command),
            other => other,
        };
        let today = self.today();
        let Some(db) = &mut self.db else { return };
        let env = Env { store: &mut db.store, view: &db.view, i18n: &self.i18n, today };
        let outcome = match command {
            Command::App(_) => return,
            Command::People(command) => command.apply(&mut self.people, env),
            Command::Groups(command) => command.apply(&mut self.groups, env),
            Command::Cases(command) => command.apply(&mut self.cases, env),
            Command::Circles(command) => command.apply(&mut self.circles, env),
            Command::Networks(command) => command.apply(&mut self.networks, env),
            Command::Finance(command) => command.apply(&mut self.finance, env),
            Command::Settings(command) => command.apply(&mut self.settings, env),
        };
        self.report(outcome);
    }

    /// Shows the outcome and reloads what changed.
    fn report(&mut self, outcome: Result<Outcome, StoreError>) {
        match outcome {
            Ok(outcome) => {
                match outcome.undo {
                    Some(undo) => self.toasts.success_with_undo(outcome.message, undo),
                    // A screen that says it itself leaves the message empty.
                    None if outcome.message.is_empty() => {}
                    None => self.toasts.success(outcome.message),
                }
                self.note_change(outcome.changed);
                self.reload(outcome.changed);
            }
            Err(e) => {
                self.toasts.error(store_error_text(&self.i18n, &e));
                // Changed elsewhere: read again, so that the form opened
                // again shows that change (and saves from it).
                if matches!(e, StoreError::Conflict(_)) {
                    self.reload(Changed::EVERYTHING);
                }
            }
        }
    }

    fn apply_app(&mut self, command: AppCommand) {
        match command {
            command @ (AppCommand::SwitchTab(..)
            | AppCommand::OpenPerson(..)
            | AppCommand::EditPerson(..)
            | AppCommand::OpenGroup(..)
            | AppCommand::SetLanguage(..)
            | AppCommand::ShowAbout(..)) => self.navigate(command),
            command @ (AppCommand::StartEmpty
            | AppCommand::CancelNewDatabase
            | AppCommand::Unlock(..)
            | AppCommand::CreateDatabase(..)
            | AppCommand::OpenMyDatabase
            | AppCommand::OpenPath(..)
            | AppCommand::OpenReadOnly(..)
            | AppCommand::PickDatabase
            | AppCommand::OpenDemo) => self.apply_file(command),
            command @ (AppCommand::LockWindow
            | AppCommand::LogAccess(..)
            | AppCommand::ShowAccessLog(..)
            | AppCommand::SaveAccessLog
            | AppCommand::ChangePassphrase { .. }
            | AppCommand::EncryptDatabase { .. }
            | AppCommand::UnlockWindow(..)
            | AppCommand::ShowBackups(..)
            | AppCommand::ChooseBackupsFolder
            | AppCommand::BackUpNow
            | AppCommand::AskRestore(..)
            | AppCommand::Restore(..)
            | AppCommand::ConfirmRestoreDamaged(..)
            | AppCommand::RestoreDamaged) => self.apply_safety(command),
            command @ (AppCommand::SaveDocument(..)
            | AppCommand::SetDocumentLanguage(..)
            | AppCommand::BatchPrint { .. }
            | AppCommand::CancelBatch
            | AppCommand::Notify(..)) => self.apply_documents(command),
        }
    }

    /// Tabs, pages and the language.
    fn navigate(&mut self, command: AppCommand) {
        match command {
            AppCommand::SwitchTab(tab) => {
                // Unsaved settings are not left behind without a word.
                let unsaved = self.tab == Tab::Settings
                    && tab != Tab::Settings
                    && self
                        .db
                        .as_ref()
                        .is_some_and(|db| self.settings.unsaved(&db.view.settings, self.i18n.language()));
                if unsaved { self.settings.ask_before_leaving(tab) } else { self.tab = tab }
            }
            AppCommand::OpenPerson(person) => {
                self.person_page = Some(people::PersonPageDialog::new(person));
                self.log(AccessAction::ViewPerson, &record_subject(RecordKind::Person, person.0));
            }
            AppCommand::EditPerson(person) => {
                if let Some(found) = self.db.as_ref().and_then(|db| db.view.person(person)) {
                    self.people.edit(found);
                    self.tab = Tab::People;
                }
            }
            AppCommand::OpenGroup(group) => {
                self.person_page = None;
                self.groups.show_group(group);
                self.apply_app(AppCommand::SwitchTab(Tab::Groups));
            }
            AppCommand::SetLanguage(language) => {
                let previous = self.i18n.language();
                self.i18n.set_language(language);
                self.prefs.language = Some(language);
                if let Some(db) = &self.db {
                    self.settings.language_changed(&db.view.settings, previous);
                }
            }
            AppCommand::ShowAbout(open) => self.about_open = open,
            _ => {}
        }
    }

    /// Which file is open: a new one, the demo, another one.
    fn apply_file(&mut self, command: AppCommand) {
        match command {
            AppCommand::StartEmpty if self.db.is_none() => {
                // A new file: its passphrase is chosen first.
                self.new_passphrase = Some(Default::default());
            }
            AppCommand::CancelNewDatabase => self.new_passphrase = None,
            AppCommand::Unlock(key) => {
                if let Some(path) = self.unlock.as_ref().map(|u| u.path.clone()) {
                    self.open_with(&path, Some(key));
                }
            }
            AppCommand::CreateDatabase(key) => {
                if !self.create_new_file(key) {
                    return;
                }
                let Some(db) = &mut self.db else { return };
                let outcome =
                    db.store.mark_welcomed().map(|()| Outcome::new(self.i18n.tr("toast-welcome-empty"), Changed::FILE));
                self.report(outcome);
            }
            AppCommand::StartEmpty => {
                let Some(db) = &mut self.db else { return };
                let outcome =
                    db.store.mark_welcomed().map(|()| Outcome::new(self.i18n.tr("toast-welcome-empty"), Changed::FILE));
                self.report(outcome);
            }
            AppCommand::OpenMyDatabase => {
                let path = self.paths.default_db();
                self.open(&path);
            }
            AppCommand::OpenPath(path) => self.open(&path),
            AppCommand::OpenReadOnly(path) => self.open_read_only(&path),
            AppCommand::PickDatabase => {
                let title = self.i18n.tr("menu-open-file");
                if let Some(path) = self.file_dialogs.pick_database(&title) {
                    self.open(&path);
                }
            }
            AppCommand::OpenDemo => self.open_demo(),
            _ => {}
        }
    }

    /// Locking, the access log, the passphrase and backups.
    fn apply_safety(&mut self, command: AppCommand) {
        match command {
            AppCommand::LockWindow => self.lock(),
            AppCommand::LogAccess(action, subject) => self.log(action, &subject),
            AppCommand::ShowAccessLog(open) => self.show_access_log(open),
            AppCommand::SaveAccessLog => self.save_access_log(),
            AppCommand::ChangePassphrase { current, new, confirmation } => {
                let Some(db) = &mut self.db else { return };
                match db.store.change_passphrase(&current, &new, &confirmation) {
                    Ok(rekeyed) => {
                        self.log(AccessAction::PassphraseChange, "");
                        self.key = Some(new);
                        self.settings.passphrase_changed();
                        self.toasts.success(self.i18n.tr("toast-passphrase-changed"));
                        if rekeyed.not_rekeyed > 0 {
                            let count = crate::i18n::Arg::from(rekeyed.not_rekeyed);
                            self.toasts.error(self.i18n.tr_args("toast-backups-not-rekeyed", &[("count", count)]));
                        }
                        if let Some(folder) = rekeyed.unreachable {
                            let folder = crate::i18n::Arg::from(folder.display().to_string());
                            self.toasts
                                .error(self.i18n.tr_args("toast-backups-away-old-passphrase", &[("folder", folder)]));
                        }
                    }
                    Err(e) => self.toasts.error(store_error_text(&self.i18n, &e)),
                }
            }
            AppCommand::EncryptDatabase { new, confirmation } => self.encrypt(new, &confirmation),
            AppCommand::UnlockWindow(typed) => self.unlock_window(typed),
            AppCommand::ChooseBackupsFolder => {
                let title = self.i18n.tr("settings-backups-folder");
                match self.file_dialogs.pick_folder(&title) {
                    crate::app::SaveChoice::Path(folder) => {
                        let Some(db) = &self.db else { return };
                        let folder = folder.display().to_string();
                        self.settings.set_backups_folder(&db.view.settings, self.i18n.language(), folder);
                    }
                    crate::app::SaveChoice::Unavailable => self.toasts.error(self.i18n.tr("folder-no-dialog")),
                    crate::app::SaveChoice::Cancelled => {}
                }
            }
            AppCommand::ShowBackups(open) => {
                self.backups = open.then(Default::default);
                self.refresh_backups();
            }
            AppCommand::BackUpNow => self.back_up(true),
            AppCommand::AskRestore(entry) => {
                if let Some(dialog) = &mut self.backups {
                    dialog.confirm = entry;
                }
            }
            AppCommand::Restore(path) => self.restore(path),
            AppCommand::ConfirmRestoreDamaged(confirming) => {
                if let Some(offer) = &mut self.damaged_offer {
                    offer.confirming = confirming;
                }
            }
            AppCommand::RestoreDamaged => self.restore_damaged(),
            _ => {}
        }
    }

    /// Documents saved and printed, and notifications.
    fn apply_documents(&mut self, command: AppCommand) {
        match command {
            AppCommand::SaveDocument(request) => self.save_document(&request),
            AppCommand::SetDocumentLanguage(language) => self.prefs.document_language = Some(language),
            AppCommand::BatchPrint { ids, one_file } => self.start_batch(ids, one_file),
            AppCommand::Notify(text) => self.toasts.success(text),
            AppCommand::CancelBatch => {
                if let Some(batch) = &self.batch {
                    batch.cancel();
                }
            }

            _ => {}
        }
    }

    fn open_demo(&mut self) {
        let path = self.paths.demo_db();
        if self.db.as_ref().is_some_and(|db| db.store.path() == path) {
            return;
        }
        if let Err(e) = self.paths.ensure_data_dir() {
            self.toasts.error(crate::ops::messages::write_error_text(&self.i18n, &self.paths.data_dir, &e));
            return;
        }
        match crate::ops::demo::ensure_demo(&path, self.today()) {
            Ok(()) => {
                self.open(&path);
                if self.open_error.is_none() {
                    self.toasts.success(self.i18n.tr("toast-demo-opened"));
                }
            }
            Err(e) => self.show_open_error(store_error_text(&self.i18n, &e), None),
        }
    }
}
