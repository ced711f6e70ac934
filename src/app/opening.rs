//! Opening a database in the window: for writing when nobody else writes
//! to it, read-only otherwise; an encrypted file after its passphrase; a
//! damaged one with its newest backup on offer; and a read-only window that
//! follows the writer's changes.

use super::{AppCommand, Changed, Command, OpenDatabase, PeerDeskApp, ViewData, coached, finance, passphrase};
use super::{people, settings, theme};
use crate::i18n::I18n;
use crate::ops::messages::store_error_text;
use crate::store::Store;
use std::path::{Path, PathBuf};

impl PeerDeskApp {
    /// Opens `path` for writing, or shows why it cannot be opened. The
    /// previous database stays open until the new one has opened. A file
    /// that does not exist yet is offered to be created on the welcome screen.
    pub(crate) fn open(&mut self, path: &Path) {
        if self.db.as_ref().is_some_and(|db| db.store.path() == path && !db.store.is_read_only()) {
            return;
        }
        if path.parent() == Some(self.paths.data_dir.as_path())
            && let Err(e) = self.paths.ensure_data_dir()
        {
            self.show_open_error(
                self.i18n.tr_args(
                    "error-data-folder",
                    &[("path", path.display().to_string().into()), ("reason", e.kind().to_string().into())],
                ),
                None,
            );
            return;
        }
        if std::fs::symlink_metadata(path).is_err()
            && path.parent().is_none_or(|p| p.as_os_str().is_empty() || p.is_dir())
        {
            self.back_up(false);
            self.db = None;
            self.open_error = None;
            self.new_file = Some(path.to_path_buf());
            return;
        }
        if crate::store::needs_passphrase(path) {
            // An encrypted file: its passphrase is asked for first.
            self.unlock = Some(passphrase::Unlock::new(path.to_path_buf()));
            self.open_error = None;
            return;
        }
        self.open_with(path, None);
    }

    /// Opens `path` for writing with its passphrase, if it has one.
    pub(crate) fn open_with(&mut self, path: &Path, key: Option<crate::store::Passphrase>) {
        // This window's own read-only view of the file is closed first, so
        // that it does not stand in its own way.
        if self.db.as_ref().is_some_and(|db| db.store.path() == path) {
            self.db = None;
        }
        self.key = key;
        if self.open_in_background {
            self.opening = Some(Opening::start(path, self.key.clone(), self.repaint.clone()));
        } else {
            self.use_store(Store::open_with(path, self.key.as_ref()), path);
        }
    }

    /// Takes over the database opened in the background, once it is read.
    pub(super) fn poll_opening(&mut self, ctx: &egui::Context) {
        let Some(opening) = &mut self.opening else { return };
        opening.begin(ctx, self.frames_drawn);
        let Ok(result) = opening.receiver.try_recv() else { return };
        let path = opening.path.clone();
        self.opening = None;
        match result {
            Ok((store, mut view)) => {
                self.generation += 1;
                view.generation = self.generation;
                self.install(OpenDatabase { store, view }, &path);
            }
            Err(e) => self.open_failed(e, &path),
        }
    }

    /// Opens `path` to read only.
    pub(crate) fn open_read_only(&mut self, path: &Path) {
        self.use_store(Store::open_read_only_with(path, self.key.as_ref()), path);
    }

    /// Creates the new database the welcome screen offered (encrypted with
    /// `key`, if given), and opens it.
    pub(crate) fn create_new_file(&mut self, key: Option<crate::store::Passphrase>) -> bool {
        let Some(path) = self.new_file.clone() else { return false };
        self.key = key;
        self.use_store(Store::create_with(&path, self.key.as_ref()), &path);
        self.db.is_some()
    }

    pub(super) fn use_store(&mut self, opened: crate::store::Result<Store>, path: &Path) {
        let store = match opened {
            Ok(store) => store,
            Err(e) => return self.open_failed(e, path),
        };
        let mut db = OpenDatabase { store, view: ViewData::default() };
        match db.view.reload(&db.store, Changed::EVERYTHING, &mut self.generation) {
            Ok(()) => self.install(db, path),
            Err(e) => self.show_open_error(store_error_text(&self.i18n, &e), None),
        }
    }

    /// Says why `path` did not open, with what can be done instead.
    fn open_failed(&mut self, e: crate::store::StoreError, path: &Path) {
        match e {
            crate::store::StoreError::WrongPassphrase(_) if self.unlock.is_some() => {
                self.failed_unlocks += 1;
                if let Some(unlock) = &mut self.unlock {
                    let file = path.display().to_string();
                    unlock.error = Some(self.i18n.tr_args("error-wrong-passphrase", &[("path", file.into())]));
                }
            }
            e => {
                self.unlock = None;
                let offer =
                    matches!(e, crate::store::StoreError::LockedBy(_) | crate::store::StoreError::ReadOnlyFile(_))
                        .then(|| path.to_path_buf());
                self.show_open_error(store_error_text(&self.i18n, &e), offer);
                if matches!(e, crate::store::StoreError::Damaged(_) | crate::store::StoreError::CannotUpgrade(_)) {
                    let key = self.key.clone();
                    self.offer_newest_backup(path, &e, key.as_ref());
                }
            }
        }
    }

    /// Makes the opened and read database the window's.
    fn install(&mut self, db: OpenDatabase, path: &Path) {
        if let Some(holder) = db.store.lock_taken_over() {
            self.toasts.success(self.i18n.tr_args(
                "toast-lock-taken-over",
                &[("user", holder.user.clone().into()), ("computer", holder.computer.clone().into())],
            ));
        }
        if !db.store.is_read_only() {
            self.prefs.last_database = Some(path.to_path_buf());
        }
        self.seen_version = db.store.data_version().ok();
        // The window that closes backs up what changed in it.
        self.back_up(false);
        self.db = Some(db);
        self.backup_clock = super::backups::BackupClock::since(self.instant());
        self.backups = None;
        self.damaged_offer = None;
        self.purged_on = None;
        self.unlock = None;
        let read_only = self.db.as_ref().is_some_and(|db| db.store.is_read_only());
        let file = path.display().to_string();
        if self.failed_unlocks > 0 {
            let attempts = self.failed_unlocks.to_string();
            self.log(crate::domain::access::AccessAction::FailedUnlock, &format!("{file} ({attempts})"));
            self.failed_unlocks = 0;
        }
        let opened = if read_only {
            crate::domain::access::AccessAction::OpenReadOnly
        } else {
            crate::domain::access::AccessAction::Open
        };
        self.log(opened, &file);
        self.announce_overdue();
        self.new_passphrase = None;
        self.locked = None;
        self.open_error = None;
        self.read_only_offer = None;
        self.new_file = None;
        self.people = people::PeopleTab::default();
        self.settings = settings::SettingsTab::default();
        self.groups = coached::GroupsTab::default();
        self.finance = finance::FinanceTab::default();
        self.cases = super::cases::CasesTab::default();
        self.networks = super::networks::NetworksTab::default();
        self.circles = super::circles::CirclesTab::default();
    }

    pub(crate) fn show_open_error(&mut self, text: String, read_only_offer: Option<PathBuf>) {
        self.open_error = Some(text);
        self.read_only_offer = read_only_offer;
        self.damaged_offer = None;
    }

    /// On opening a file, a banner names what is overdue.
    fn announce_overdue(&mut self) {
        let Some(db) = &self.db else { return };
        let overdue = super::cases::overdue_summary(&db.view, self.moment().naive_local());
        if !overdue.is_empty() {
            let shown: Vec<String> = overdue.iter().take(5).cloned().collect();
            let more = overdue.len().saturating_sub(shown.len());
            let mut text = self.i18n.tr_args(
                "banner-overdue",
                &[("count", crate::i18n::Arg::from(overdue.len())), ("list", crate::i18n::Arg::from(shown.join(", ")))],
            );
            if more > 0 {
                text.push_str(&format!(" (+{more})"));
            }
            self.toasts.error(text);
        }
    }

    /// A read-only window reads the file again when another window changed it.
    pub(super) fn follow_changes(&mut self, ctx: &egui::Context) {
        let Some(db) = &self.db else { return };
        if !db.store.is_read_only() {
            return;
        }
        // The change counter is cheap to read; the lock file is looked at
        // every two seconds, not on every frame.
        const EVERY: std::time::Duration = std::time::Duration::from_secs(2);
        ctx.request_repaint_after(EVERY);
        if self.followed_at.elapsed() >= EVERY {
            self.followed_at = std::time::Instant::now();
            self.writer_gone = crate::store::writer_lock_is_free(db.store.path());
        }
        let version = db.store.data_version().ok();
        if version != self.seen_version {
            self.seen_version = version;
            self.reload(Changed::EVERYTHING);
        }
    }
}

/// Says, above the tab, that the file is open read-only and why; offers to
/// open it for changes once the other window has closed it (`free`).
pub(super) fn read_only_notice_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    free: Option<&Path>,
    commands: &std::cell::RefCell<Vec<Command>>,
) {
    let colours = theme::palette(ui.visuals());
    ui.horizontal_wrapped(|ui| match free {
        None => {
            ui.label(egui::RichText::new(i18n.tr("read-only-hint")).color(colours.warning));
        }
        Some(path) => {
            ui.label(egui::RichText::new(i18n.tr("read-only-free")).color(colours.warning));
            if ui.button(i18n.tr("read-only-open-for-changes")).clicked() {
                commands.borrow_mut().push(AppCommand::OpenPath(path.to_path_buf()).into());
            }
        }
    });
    ui.add_space(theme::GAP);
}

/// A database being opened and read on a background thread: the window
/// shows at once and takes the data over when it is read.
pub(crate) struct Opening {
    path: PathBuf,
    receiver: std::sync::mpsc::Receiver<crate::store::Result<(Store, ViewData)>>,
    /// The reading, until the window has drawn its first frame: on two
    /// cores, reading a large file alongside would hold that frame up.
    waiting: Option<Box<dyn FnOnce() + Send>>,
}

impl Opening {
    /// Prepares opening `path` (with `key`) and reading everything the
    /// screens show; `repaint` wakes the window when it is done. The
    /// reading starts with [`Opening::begin`].
    fn start(path: &Path, key: Option<crate::store::Passphrase>, repaint: Option<egui::Context>) -> Opening {
        let (sender, receiver) = std::sync::mpsc::channel();
        let file = path.to_path_buf();
        let work = Box::new(move || {
            let read = Store::open_with(&file, key.as_ref()).and_then(|store| {
                let mut view = ViewData::default();
                view.reload(&store, Changed::EVERYTHING, &mut 0)?;
                Ok((store, view))
            });
            // A window that went on to another file no longer listens.
            let _ = sender.send(read);
            if let Some(ctx) = repaint {
                ctx.request_repaint();
            }
        });
        Opening { path: path.to_path_buf(), receiver, waiting: Some(work) }
    }

    /// Starts the reading once the window has a frame on screen; until
    /// then, asks for the next frame.
    pub(super) fn begin(&mut self, ctx: &egui::Context, frames_drawn: u64) {
        if frames_drawn == 0 {
            ctx.request_repaint();
        } else if let Some(work) = self.waiting.take() {
            crate::clock::spawn_background(work);
        }
    }
}

/// What the window shows while a database opens in the background.
pub(super) fn opening_ui(ui: &mut egui::Ui, i18n: &I18n, opening: &Opening) {
    ui.add_space(theme::SECTION_GAP * 3.0);
    ui.vertical_centered(|ui| {
        let file = super::file_name(&opening.path);
        ui.label(egui::RichText::new(i18n.tr_args("opening-file", &[("file", file.into())])).heading());
    });
}
