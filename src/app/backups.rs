//! Backups in the window: written when the window closes and every half
//! hour while something changed; the Backups dialog lists them and restores
//! one after asking; a damaged file is offered its newest checked backup.

use super::{AppCommand, Changed, PeerDeskApp, theme, widgets};
use crate::domain::access::AccessAction;
use crate::i18n::{Arg, I18n, format};
use crate::ops::messages::store_error_text;
use crate::store::{BackupEntry, BackupReason};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How often the window backs up while something changed.
const EVERY: Duration = Duration::from_secs(30 * 60);

/// When the window last backed up, and whether anything changed since.
#[derive(Debug)]
pub struct BackupClock {
    last: Instant,
    changed: bool,
}

impl BackupClock {
    /// Nothing changed since a backup at `last`.
    pub fn since(last: Instant) -> Self {
        BackupClock { last, changed: false }
    }
}

/// What the Backups dialog shows.
#[derive(Debug, Default)]
pub struct BackupsDialog {
    /// The backups, read when the dialog opened or changed.
    pub entries: Vec<BackupEntry>,
    /// Where new backups go.
    pub folder: PathBuf,
    /// The backup the user asked to restore, waiting for confirmation.
    pub confirm: Option<BackupEntry>,
}

/// A damaged file and its newest checked backup, offered on the error screen.
#[derive(Clone, Debug)]
pub struct DamagedOffer {
    pub db: PathBuf,
    pub backup: BackupEntry,
    pub confirming: bool,
    /// The passphrase the damaged file was opened with.
    pub key: Option<crate::store::Passphrase>,
}

impl PeerDeskApp {
    /// Notes that the data changed, so that a backup becomes due.
    pub(crate) fn note_change(&mut self, changed: Changed) {
        if !changed.is_empty() {
            self.backup_clock.changed = true;
        }
    }

    /// Backs up when something changed and the last backup is half an hour
    /// old; wakes the window up in time for it.
    pub(crate) fn back_up_when_due(&mut self, ctx: &egui::Context) {
        if !self.backup_clock.changed {
            return;
        }
        let elapsed = self.instant().saturating_duration_since(self.backup_clock.last);
        if elapsed >= EVERY {
            self.back_up(false);
        } else {
            ctx.request_repaint_after(EVERY - elapsed);
        }
    }

    /// Backs up now (when something changed, unless `always`); says so only
    /// when it fails or when the user asked.
    pub(crate) fn back_up(&mut self, always: bool) {
        let Some(db) = &self.db else { return };
        if db.store.is_read_only() || !(always || self.backup_clock.changed) {
            return;
        }
        match db.store.back_up(BackupReason::Regular, db.view.settings.privacy.backup_policy()) {
            Ok(made) => {
                self.log(AccessAction::Backup, &made.path.display().to_string());
                self.backup_clock = BackupClock::since(self.instant());
                if made.unreachable.is_some() {
                    self.say_unreachable(&made);
                } else if always {
                    let name = made.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    self.toasts.success(self.i18n.tr_args("toast-backup-done", &[("file", Arg::from(name))]));
                }
            }
            Err(e) => self.toasts.error(format!(
                "{} {}",
                self.i18n.tr("toast-backup-failed"),
                store_error_text(&self.i18n, &e)
            )),
        }
        self.refresh_backups();
    }

    /// Encrypts the open database and its backups with `new`, after a
    /// backup; on failure the file is opened again as it was.
    pub(crate) fn encrypt(&mut self, new: crate::store::Passphrase, confirmation: &str) {
        self.back_up(true);
        let Some(db) = &mut self.db else { return };
        let path = db.store.path().to_path_buf();
        match db.store.encrypt(&new, confirmation) {
            Ok(encrypted) => {
                self.key = Some(new);
                self.log(AccessAction::PassphraseChange, "");
                self.settings.passphrase_changed();
                self.refresh_backups();
                self.toasts.success(self.i18n.tr("toast-encrypted"));
                if encrypted.left_readable > 0 {
                    let count = Arg::from(encrypted.left_readable);
                    self.toasts.error(self.i18n.tr_args("toast-backups-left-readable", &[("count", count)]));
                }
                if let Some(folder) = encrypted.unreachable {
                    let folder = Arg::from(folder.display().to_string());
                    self.toasts.error(self.i18n.tr_args("toast-backups-away-readable", &[("folder", folder)]));
                }
            }
            Err(e) => {
                self.toasts.error(store_error_text(&self.i18n, &e));
                // The store may have lost its file half-way: open it again.
                let key = self.key.clone();
                self.db = None;
                self.open_with(&path, key);
            }
        }
    }

    /// Notes in the access log that the user did `action` to `subject`.
    pub(crate) fn log(&mut self, action: AccessAction, subject: &str) {
        let Some(db) = &mut self.db else { return };
        if let Err(e) = db.store.log_access(action, subject) {
            self.toasts.error(store_error_text(&self.i18n, &e));
        }
    }

    /// Says that the backups folder elsewhere could not be reached, when
    /// it could not, and where the backup went instead.
    fn say_unreachable(&mut self, made: &crate::store::MadeBackup) {
        let Some(folder) = &made.unreachable else { return };
        self.toasts.error(self.i18n.tr_args(
            "backup-elsewhere-unreachable",
            &[
                ("folder", Arg::from(folder.display().to_string())),
                ("file", Arg::from(made.path.display().to_string())),
            ],
        ));
    }

    /// Purges what has passed its retention period: when a file opens and
    /// once a day while the window is open.
    pub(crate) fn purge_when_due(&mut self) {
        let today = self.today();
        let Some(db) = &mut self.db else { return };
        if db.store.is_read_only() || self.purged_on == Some(today) {
            return;
        }
        self.purged_on = Some(today);
        let policy = db.view.settings.privacy.backup_policy();
        match db.store.purge_after_backup(today, policy) {
            Ok((report, Some(backup))) => {
                self.log(AccessAction::Backup, &backup.path.display().to_string());
                self.say_unreachable(&backup);
                self.log(AccessAction::Purge, &report.log_subject());
                let mut said = self.i18n.tr_args(
                    "toast-purged",
                    &[("trajectories", Arg::from(report.trajectories)), ("incidents", Arg::from(report.incidents))],
                );
                if report.people > 0 {
                    said += " ";
                    said += &self.i18n.tr_args("purge-people-done", &[("people", Arg::from(report.people))]);
                }
                self.toasts.success(said);
                self.reload(Changed::EVERYTHING);
            }
            Ok(_) => {}
            // Nothing was removed; the purge is tried again when the file
            // opens next or the day after.
            Err(e) => self.toasts.error(
                self.i18n.tr_args("toast-purge-failed", &[("reason", Arg::from(store_error_text(&self.i18n, &e)))]),
            ),
        }
    }

    /// Reads the list of backups again.
    pub(crate) fn refresh_backups(&mut self) {
        if let Some(dialog) = &mut self.backups
            && let Some(db) = &self.db
        {
            dialog.entries = db.store.backups();
            dialog.folder = db.store.backups_folder();
        }
    }

    /// Restores the backup at `path` into the open database.
    pub(crate) fn restore(&mut self, path: PathBuf) {
        let Some(db) = &mut self.db else { return };
        let policy = db.view.settings.privacy.backup_policy();
        match db.store.restore_from(&path, policy) {
            Ok(restored) => {
                self.log(AccessAction::Restore, &path.display().to_string());
                let made = crate::store::MadeBackup {
                    path: restored.before.clone(),
                    unreachable: restored.unreachable.clone(),
                };
                self.say_unreachable(&made);
                let before = restored.before.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                self.toasts.success(self.i18n.tr_args(
                    "toast-restored",
                    &[("before", Arg::from(before)), ("erased", Arg::from(restored.erased_again))],
                ));
                self.reload(Changed::EVERYTHING);
            }
            Err(e) => self.toasts.error(store_error_text(&self.i18n, &e)),
        }
        if let Some(dialog) = &mut self.backups {
            dialog.confirm = None;
        }
        self.refresh_backups();
    }

    /// Offers a damaged file's newest checked backup, and says which it is.
    pub(crate) fn offer_newest_backup(
        &mut self,
        path: &std::path::Path,
        error: &crate::store::StoreError,
        key: Option<&crate::store::Passphrase>,
    ) {
        let newest = crate::store::all_backups(path, key)
            .into_iter()
            .find(|b| crate::store::verify_backup(&b.path, key).is_ok());
        let problem = match error {
            crate::store::StoreError::CannotUpgrade(_) => store_error_text(&self.i18n, error),
            _ => self.i18n.tr_args("error-damaged", &[("path", Arg::from(path.display().to_string()))]),
        };
        let text = match &newest {
            Some(backup) => self.i18n.tr_args(
                "backup-newest-window",
                &[("when", Arg::from(format::date_time(self.i18n.language(), backup.made_at)))],
            ),
            None => self.i18n.tr("backup-none"),
        };
        self.show_open_error(format!("{problem} {text}"), None);
        self.damaged_offer =
            newest.map(|backup| DamagedOffer { db: path.to_path_buf(), backup, confirming: false, key: key.cloned() });
    }

    /// Sets a damaged file aside, puts its newest checked backup in its
    /// place and opens it.
    pub(crate) fn restore_damaged(&mut self) {
        let Some(offer) = self.damaged_offer.take() else { return };
        let now = self.moment().naive_local();
        match crate::store::replace_damaged(&offer.db, &offer.backup.path, now, offer.key.as_ref()) {
            Ok(replaced) => {
                self.open_with(&offer.db, offer.key.clone());
                self.log(AccessAction::Restore, &offer.backup.path.display().to_string());
                let aside = replaced.aside.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                self.toasts.success(self.i18n.tr_args("toast-restored-damaged", &[("aside", Arg::from(aside))]));
                if replaced.erasures_unread {
                    let made = format::date_time(self.i18n.language(), offer.backup.made_at);
                    self.toasts.error(self.i18n.tr_args("restored-erasures-unread", &[("made", Arg::from(made))]));
                }
            }
            Err(e) => self.show_open_error(store_error_text(&self.i18n, &e), None),
        }
    }
}

/// The Backups dialog.
pub fn backups_ui(ctx: &egui::Context, app: &mut PeerDeskApp) {
    let Some(db) = &app.db else { return };
    let Some(dialog) = &app.backups else { return };
    let i18n = &app.i18n;
    let commands = app.commands.get_mut();
    let folder = &dialog.folder;
    let policy = &db.view.settings.privacy;
    let read_only = db.store.is_read_only();
    if let Some(entry) = &dialog.confirm {
        let (restore, cancel) = confirm_ui(ctx, i18n, entry, db.store.path());
        if restore {
            commands.push(AppCommand::Restore(entry.path.clone()).into());
        } else if cancel {
            commands.push(AppCommand::AskRestore(None).into());
        }
        return;
    }
    let close = widgets::dialog_ui(ctx, "backups", 560.0, &i18n.tr("backups-title"), |ui| {
        ui.label(i18n.tr_args(
            "backups-intro",
            &[
                ("folder", Arg::from(folder.display().to_string())),
                ("daily", Arg::from(policy.backups_daily)),
                ("weekly", Arg::from(policy.backups_weekly)),
                ("monthly", Arg::from(policy.backups_monthly)),
            ],
        ));
        ui.add_space(theme::GAP);
        if dialog.entries.is_empty() {
            widgets::hint(ui, &i18n.tr("backup-none"));
        }
        egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
            egui::Grid::new("backups_grid").num_columns(4).striped(true).spacing([theme::GAP * 2.0, 6.0]).show(
                ui,
                |ui| {
                    for entry in &dialog.entries {
                        ui.label(format::date_time(i18n.language(), entry.made_at));
                        ui.label(format::file_size(i18n.language(), entry.bytes));
                        ui.label(i18n.tr("backups-checked"));
                        let button = ui.add_enabled(!read_only, egui::Button::new(i18n.tr("backups-restore")));
                        if button.clicked() {
                            commands.push(AppCommand::AskRestore(Some(entry.clone())).into());
                        }
                        ui.end_row();
                    }
                },
            );
        });
        ui.add_space(theme::GAP);
        let mut close = false;
        ui.horizontal(|ui| {
            if ui.add_enabled(!read_only, egui::Button::new(i18n.tr("backups-now"))).clicked() {
                commands.push(AppCommand::BackUpNow.into());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                close = ui.button(i18n.tr("button-close")).clicked();
            });
        });
        close
    });
    if close {
        commands.push(AppCommand::ShowBackups(false).into());
    }
}

/// Asks before a restore, saying what will happen. Returns (restore, cancel).
fn confirm_ui(ctx: &egui::Context, i18n: &I18n, entry: &BackupEntry, db: &std::path::Path) -> (bool, bool) {
    let mut answer = (false, false);
    let file = db.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let cancelled = widgets::dialog_ui(ctx, "restore_confirm", 480.0, &i18n.tr("restore-title"), |ui| {
        ui.label(i18n.tr_args(
            "restore-what",
            &[("when", Arg::from(format::date_time(i18n.language(), entry.made_at))), ("file", Arg::from(file))],
        ));
        ui.add_space(theme::GAP);
        answer = widgets::dialog_buttons(ui, i18n, &i18n.tr("restore-confirm"), true, None);
        answer.1
    });
    (answer.0, answer.1 || cancelled)
}

/// The offer to restore a damaged file, on the screen of the open error.
pub fn damaged_offer_ui(ui: &mut egui::Ui, i18n: &I18n, offer: &DamagedOffer, commands: &mut Vec<super::Command>) {
    let when = format::date_time(i18n.language(), offer.backup.made_at);
    if !offer.confirming {
        if ui.button(i18n.tr_args("damaged-restore", &[("when", Arg::from(when))])).clicked() {
            commands.push(AppCommand::ConfirmRestoreDamaged(true).into());
        }
        return;
    }
    ui.label(i18n.tr_args("damaged-restore-what", &[("when", Arg::from(when))]));
    ui.horizontal(|ui| {
        if ui.button(i18n.tr("restore-confirm")).clicked() {
            commands.push(AppCommand::RestoreDamaged.into());
        }
        if ui.button(i18n.tr("button-cancel")).clicked() {
            commands.push(AppCommand::ConfirmRestoreDamaged(false).into());
        }
    });
}
