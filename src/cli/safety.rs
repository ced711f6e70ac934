//! `peerdesk backup`, `restore` and `check`: backups that are checked, a
//! restore that keeps what it replaces, and the full check of a file.

use super::{CliError, Outcome};
use crate::domain::access::AccessAction;
use crate::i18n::{Arg, I18n, format};
use crate::ops::messages::store_error_text;
use crate::store::{BackupReason, Store, StoreError};
use std::path::{Path, PathBuf};

fn database(i18n: &I18n, db: Option<PathBuf>) -> Result<PathBuf, CliError> {
    let path = db.unwrap_or_else(|| crate::paths::AppPaths::platform().default_db());
    if std::fs::symlink_metadata(&path).is_err() {
        return Err(CliError::Message(
            i18n.tr_args("cli-no-database", &[("path", Arg::from(path.display().to_string()))]),
        ));
    }
    Ok(path)
}

fn failed(i18n: &I18n) -> impl Fn(StoreError) -> CliError + '_ {
    |e| CliError::Message(store_error_text(i18n, &e))
}

fn shown(path: &Path) -> Arg {
    Arg::from(path.display().to_string())
}

/// Writes a checked backup into the backups folder, or to `to`.
pub fn backup(i18n: &I18n, db: Option<PathBuf>, to: Option<PathBuf>) -> Result<Outcome, CliError> {
    let path = database(i18n, db)?;
    // Reading is enough, so a backup can be made while a window has the file open.
    let key = super::key_for(i18n, &path)?;
    let mut store = Store::open_read_only_with(&path, key.as_ref()).map_err(failed(i18n))?;
    let (target, unreachable) = match to {
        Some(to) => {
            store.back_up_to(&to).map_err(failed(i18n))?;
            (to, None)
        }
        None => {
            let policy = store.settings().map(|s| s.privacy.backup_policy()).unwrap_or_default();
            let made = store.back_up(BackupReason::Regular, policy).map_err(failed(i18n))?;
            (made.path, made.unreachable)
        }
    };
    // In the access log, as when the window backs up (while a window has
    // the file open, through a connection of its own for this line).
    let _ = store.log_access(AccessAction::Backup, &target.display().to_string());
    let bytes = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    let done = i18n.tr_args(
        "cli-backup-done",
        &[("path", shown(&target)), ("size", Arg::from(crate::i18n::format::file_size(i18n.language(), bytes)))],
    );
    Ok(Outcome::Done(match unreachable {
        Some(folder) => {
            let warning =
                i18n.tr_args("backup-elsewhere-unreachable", &[("folder", shown(&folder)), ("file", shown(&target))]);
            format!("{warning}\n{done}")
        }
        None => done,
    }))
}

/// Replaces the database's data with the backup at `from`; a damaged
/// database is set aside and replaced whole.
pub fn restore(i18n: &I18n, db: Option<PathBuf>, from: &Path) -> Result<Outcome, CliError> {
    let path = database(i18n, db)?;
    let key = super::key_for(i18n, &path)?;
    crate::store::verify_backup(from, key.as_ref()).map_err(failed(i18n))?;
    match Store::open_with(&path, key.as_ref()) {
        Ok(mut store) => {
            let policy = store.settings().map(|s| s.privacy.backup_policy()).unwrap_or_default();
            let restored = store.restore_from(from, policy).map_err(failed(i18n))?;
            let _ = store.log_access(AccessAction::Restore, &from.display().to_string());
            let done = i18n.tr_args(
                "cli-restore-done",
                &[
                    ("path", shown(&path)),
                    ("from", shown(from)),
                    ("before", shown(&restored.before)),
                    ("erased", Arg::from(restored.erased_again)),
                ],
            );
            Ok(Outcome::Done(match &restored.unreachable {
                Some(folder) => {
                    let args = [("folder", shown(folder)), ("file", shown(&restored.before))];
                    format!("{}\n{done}", i18n.tr_args("backup-elsewhere-unreachable", &args))
                }
                None => done,
            }))
        }
        Err(StoreError::Damaged(_)) | Err(StoreError::CannotUpgrade(_)) => {
            let replaced =
                crate::store::replace_damaged(&path, from, crate::clock::now(), key.as_ref()).map_err(failed(i18n))?;
            if let Ok(mut store) = Store::open_with(&path, key.as_ref()) {
                let _ = store.log_access(AccessAction::Restore, &from.display().to_string());
            }
            let done = i18n.tr_args(
                "cli-restore-damaged-done",
                &[("path", shown(&path)), ("from", shown(from)), ("aside", shown(&replaced.aside))],
            );
            Ok(Outcome::Done(if replaced.erasures_unread {
                let made = std::fs::metadata(from)
                    .and_then(|m| m.modified())
                    .ok()
                    .map(chrono::DateTime::<chrono::Local>::from);
                let made = made.map(|m| format::date_time(i18n.language(), m.naive_local())).unwrap_or_default();
                format!("{done}\n{}", i18n.tr_args("restored-erasures-unread", &[("made", Arg::from(made))]))
            } else {
                done
            }))
        }
        Err(e) => Err(failed(i18n)(e)),
    }
}

/// Runs the full check of the file and reports: success when it is whole.
pub fn check(i18n: &I18n, db: Option<PathBuf>) -> Result<Outcome, CliError> {
    let path = database(i18n, db)?;
    let key = super::key_for(i18n, &path)?;
    let problems = Store::check_file(&path, key.as_ref()).map_err(failed(i18n))?;
    if problems.is_empty() {
        return Ok(Outcome::Done(i18n.tr_args("cli-check-ok", &[("path", shown(&path))])));
    }
    // The engine's own lines are for a database expert, not for the user:
    // the count, and what to do.
    let mut text = i18n.tr_args("cli-check-damaged", &[("path", shown(&path)), ("count", Arg::from(problems.len()))]);
    text.push('\n');
    text.push_str(&crate::ops::messages::newest_backup_text(i18n, &path, key.as_ref()));
    Err(CliError::Message(text))
}

/// Removes what has passed its retention period, or says what would go.
pub fn purge(i18n: &I18n, db: Option<PathBuf>, dry_run: bool) -> Result<Outcome, CliError> {
    let path = database(i18n, db)?;
    let key = super::key_for(i18n, &path)?;
    let today = crate::clock::today();
    let report = if dry_run {
        Store::open_read_only_with(&path, key.as_ref()).and_then(|mut store| store.purge(today, true))
    } else {
        Store::open_with(&path, key.as_ref()).and_then(|mut store| {
            let policy = store.settings()?.privacy.backup_policy();
            let (report, backup) = store.purge_after_backup(today, policy)?;
            if let Some(backup) = backup {
                store.log_access(AccessAction::Backup, &backup.path.display().to_string())?;
                store.log_access(AccessAction::Purge, &report.log_subject())?;
            }
            Ok(report)
        })
    }
    .map_err(failed(i18n))?;
    let id = if dry_run { "cli-purge-would" } else { "cli-purge-done" };
    let mut said = i18n
        .tr_args(id, &[("trajectories", Arg::from(report.trajectories)), ("incidents", Arg::from(report.incidents))]);
    if report.people > 0 {
        let id = if dry_run { "purge-people-would" } else { "purge-people-done" };
        said = format!("{said} {}", i18n.tr_args(id, &[("people", Arg::from(report.people))]));
    }
    Ok(Outcome::Done(said))
}
