//! Backups that are checked and can be restored. A backup is written with
//! SQLite's `VACUUM INTO` (never a file copy of a live database), opened
//! again and fully checked; one that fails its check is removed and
//! reported. Backups live in a `backups` folder beside the database, named
//! after it and the moment they were made, and are thinned out by the
//! rotation rule of [`crate::domain::backups`].
//!
//! Erasure survives restore: a restore applies the current erasure journal
//! ([`super::erasure`]) to the restored data again.

use super::erasure::{apply_erasures, read_journal};
use super::error::io_error;
use super::file::{self, Passphrase, sibling};
use super::holder::Holder;
use super::lock::WriterLock;
use super::{APPLICATION_ID, DATE_TIME, Result, Store, StoreError, migrations};
use crate::domain::backups::{BackupPolicy, backups_to_keep, safeguard_kept};
use chrono::NaiveDateTime;
use rusqlite::OpenFlags;
use std::path::{Path, PathBuf};

/// How backup file names carry the moment they were made.
const NAME_TIME: &str = "%Y-%m-%d-%H%M%S";

/// One backup file of a database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupEntry {
    pub path: PathBuf,
    pub made_at: NaiveDateTime,
    pub bytes: u64,
    /// Made just before a restore, an upgrade or a purge.
    pub safeguard: bool,
}

/// Why a backup was made; part of its file name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupReason {
    /// On request, when the window closes, or every half hour with changes.
    Regular,
    BeforeUpgrade,
    BeforeRestore,
    BeforePurge,
}

impl BackupReason {
    fn suffix(self) -> &'static str {
        match self {
            BackupReason::Regular => "",
            BackupReason::BeforeUpgrade => "-before-upgrade",
            BackupReason::BeforeRestore => "-before-restore",
            BackupReason::BeforePurge => "-before-purge",
        }
    }
}

/// A backup written, and where it could not be written first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MadeBackup {
    pub path: PathBuf,
    /// The backups folder elsewhere that could not be reached: the backup
    /// was written beside the database instead.
    pub unreachable: Option<PathBuf>,
}

/// The folder `backups` beside the database at `db`.
pub fn backups_beside(db: &Path) -> PathBuf {
    db.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).join("backups")
}

/// Every backup of the database at `db`, newest first: those beside it and
/// those in the backups folder elsewhere its settings name, read from the
/// file when it can be (a damaged file's settings often still can).
pub fn all_backups(db: &Path, key: Option<&Passphrase>) -> Vec<BackupEntry> {
    let elsewhere = file::connect(db, OpenFlags::SQLITE_OPEN_READ_ONLY, key)
        .ok()
        .and_then(|conn| super::settings::backups_elsewhere(&conn, db).ok().flatten());
    backups_in(db, elsewhere.as_deref())
}

/// The backups of `db` beside it and in `elsewhere`, newest first.
fn backups_in(db: &Path, elsewhere: Option<&Path>) -> Vec<BackupEntry> {
    let Some(stem) = db.file_stem().map(|s| s.to_string_lossy().into_owned()) else { return Vec::new() };
    let folders = std::iter::once(backups_beside(db)).chain(elsewhere.map(Path::to_path_buf));
    let mut found: Vec<BackupEntry> = folders
        .filter_map(|folder| std::fs::read_dir(folder).ok())
        .flat_map(|entries| entries.flatten())
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rest = name.strip_prefix(&stem)?.strip_prefix('-')?.strip_suffix(".sqlite3")?;
            let made_at = NaiveDateTime::parse_from_str(rest.get(..17)?, NAME_TIME).ok()?;
            let metadata = entry.metadata().ok().filter(|m| m.is_file())?;
            let safeguard = rest.contains("-before-");
            Some(BackupEntry { path: entry.path(), made_at, bytes: metadata.len(), safeguard })
        })
        .collect();
    found.sort_by(|a, b| b.made_at.cmp(&a.made_at).then(b.path.cmp(&a.path)));
    found
}

/// Opens the backup at `path` (with the database's passphrase, if it has
/// one) and checks it fully: it must be a whole, undamaged PeerDesk database
/// this version can read.
pub fn verify_backup(path: &Path, key: Option<&Passphrase>) -> Result<()> {
    let conn = file::connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY, key)?;
    let damaged = || StoreError::Damaged(path.to_path_buf());
    let app_id: i64 =
        conn.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(|e| match file::classify(e, path) {
            StoreError::NotPeerDesk(p) if key.is_some() => StoreError::WrongPassphrase(p),
            StoreError::NotPeerDesk(p) => StoreError::NotPeerDesk(p),
            _ => damaged(),
        })?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(|_| damaged())?;
    if app_id != APPLICATION_ID || version < 1 {
        return Err(StoreError::NotPeerDesk(path.to_path_buf()));
    }
    if version > migrations::latest_version() {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known: migrations::latest_version(),
        });
    }
    let result: String = conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get(0)).map_err(|_| damaged())?;
    if result == "ok" { Ok(()) } else { Err(damaged()) }
}

impl Store {
    /// Where this database's backups go: its own folder in the backups
    /// folder elsewhere, when one is set, or `backups` beside it.
    pub fn backups_folder(&self) -> PathBuf {
        self.backups_elsewhere().ok().flatten().unwrap_or_else(|| backups_beside(&self.path))
    }

    /// Every backup of this database, beside it and elsewhere, newest first.
    pub fn backups(&self) -> Vec<BackupEntry> {
        backups_in(&self.path, self.backups_elsewhere().ok().flatten().as_deref())
    }

    /// Writes a checked backup into the backups folder, then thins out the
    /// older ones by `policy`. A backups folder elsewhere that cannot be
    /// reached does not stop it: the backup is written beside the database
    /// and the folder named in the answer. The backup before an upgrade
    /// always goes beside the database.
    pub fn back_up(&self, reason: BackupReason, policy: BackupPolicy) -> Result<MadeBackup> {
        let beside = backups_beside(&self.path);
        let elsewhere = match reason {
            BackupReason::BeforeUpgrade => None,
            _ => self.backups_elsewhere().ok().flatten(),
        };
        let made = match elsewhere {
            Some(folder) => match self.back_up_into(&folder, reason) {
                Ok(path) => MadeBackup { path, unreachable: None },
                Err(_) => MadeBackup { path: self.back_up_into(&beside, reason)?, unreachable: Some(folder) },
            },
            None => MadeBackup { path: self.back_up_into(&beside, reason)?, unreachable: None },
        };
        rotate(&self.backups(), policy, &made.path);
        Ok(made)
    }

    /// Writes a checked backup into `folder`, made when missing (but only
    /// inside a folder that exists). Returns the new backup's file.
    fn back_up_into(&self, folder: &Path, reason: BackupReason) -> Result<PathBuf> {
        if let Some(parent) = folder.parent().filter(|p| !p.as_os_str().is_empty() && !p.is_dir()) {
            return Err(StoreError::NoSuchFolder(parent.to_path_buf()));
        }
        crate::paths::create_private_dir(folder).map_err(|e| io_error(e, folder))?;
        let stem = self.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let moment = (self.clock)().format(NAME_TIME);
        let mut target = folder.join(format!("{stem}-{moment}{}.sqlite3", reason.suffix()));
        for n in 2.. {
            if std::fs::symlink_metadata(&target).is_err() {
                break;
            }
            target = folder.join(format!("{stem}-{moment}{}-{n}.sqlite3", reason.suffix()));
        }
        self.back_up_to(&target)?;
        Ok(target)
    }

    /// Writes a checked backup to `target`, which must not exist. Returns
    /// its size in bytes.
    pub fn back_up_to(&self, target: &Path) -> Result<u64> {
        crate::paths::create_private_file(target).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => StoreError::Exists(target.to_path_buf()),
            _ => io_error(e, target),
        })?;
        let written = (|| {
            let text = target.to_string_lossy();
            let read_only = self.is_read_only();
            if read_only {
                self.conn.pragma_update(None, "query_only", "OFF")?;
            }
            let result = self.conn.execute("VACUUM INTO ?1", [text.as_ref()]);
            if read_only {
                self.conn.pragma_update(None, "query_only", "ON")?;
            }
            result.map(|_| ())
        })()
        .map_err(|e| file::classify(e, target))
        .and_then(|()| verify_backup(target, self.key.as_ref()));
        match written {
            Ok(()) => Ok(std::fs::metadata(target).map(|m| m.len()).unwrap_or(0)),
            Err(e) => {
                let _ = std::fs::remove_file(target);
                Err(e)
            }
        }
    }

    /// Replaces this database's data with the backup at `backup`: the
    /// backup is checked first, the current data is backed up, and people
    /// erased since the backup was made are erased again. Returns how many
    /// erasures were applied again.
    pub fn restore_from(&mut self, backup: &Path, policy: BackupPolicy) -> Result<Restored> {
        if self.is_read_only() {
            return Err(StoreError::ReadOnly);
        }
        verify_backup(backup, self.key.as_ref())?;
        let before = self.back_up(BackupReason::BeforeRestore, policy)?;
        let journal = read_journal(&self.conn)?;
        // Where backups go, and the retention period, stay as they are now.
        let kept = super::settings::kept_across_restore(&self.conn)?;
        // The log of who did what is kept whole: the backup's is older.
        let log = super::access::lines_after(&self.conn, 0)?;
        let path = self.path.clone();
        // The restored data is made whole beside the database first (the
        // backup, upgraded, its erasures applied again, the log and the kept
        // settings put back) and then copied in as one step, so that a
        // restore cut short leaves the data as it was.
        let staged = file::sibling(&path, ".restoring");
        let made = stage_restore(backup, &staged, &path, self.key.as_ref(), |stage| {
            let applied = apply_erasures(stage, &journal)?;
            super::access::put_back(stage, &log)?;
            super::settings::put_back_kept(stage, &kept)?;
            Ok(applied)
        });
        let copied = made.and_then(|(stage, applied)| {
            rusqlite::backup::Backup::new(&stage, &mut self.conn)
                .and_then(|b| b.run_to_completion(i32::MAX, std::time::Duration::ZERO, None))
                .map_err(|e| file::classify(e, &path))?;
            Ok(applied)
        });
        file::remove_database_files(&staged);
        let erased_again = copied?;
        self.conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))
            .map_err(|e| file::classify(e, &path))?;
        // What had passed its retention period is purged from the restored
        // data again (its anonymous statistics row is written anew).
        let today = self.today();
        self.purge(today, false)?;
        Ok(Restored { before: before.path, unreachable: before.unreachable, erased_again })
    }
}

/// Copies the backup at `backup` into a new file at `staged` (with the
/// database's passphrase), upgrades it and runs `finish` on it in one
/// transaction: the open staged copy and what `finish` answered.
fn stage_restore<T>(
    backup: &Path,
    staged: &Path,
    db: &Path,
    key: Option<&Passphrase>,
    finish: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
) -> Result<(rusqlite::Connection, T)> {
    file::remove_database_files(staged);
    crate::paths::create_private_file(staged).map_err(|e| io_error(e, db))?;
    let mut stage = file::connect(staged, OpenFlags::SQLITE_OPEN_READ_WRITE, key)?;
    stage.pragma_update(None, "foreign_keys", "ON")?;
    stage.pragma_update(None, "secure_delete", "ON")?;
    let source = file::connect(backup, OpenFlags::SQLITE_OPEN_READ_ONLY, key)?;
    rusqlite::backup::Backup::new(&source, &mut stage)
        .and_then(|b| b.run_to_completion(256, std::time::Duration::ZERO, None))
        .map_err(|e| file::classify(e, db))?;
    drop(source);
    super::migrate(&mut stage, db)?;
    let tx = stage.transaction()?;
    let answer = finish(&tx)?;
    tx.commit()?;
    Ok((stage, answer))
}

/// What a restore did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    /// The backup of the data as it was before the restore.
    pub before: PathBuf,
    /// The backups folder elsewhere, when it could not be reached: the
    /// backup before the restore was written beside the database.
    pub unreachable: Option<PathBuf>,
    /// How many people erased since the backup was made were erased again.
    pub erased_again: usize,
}

/// What replacing a damaged file did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replaced {
    /// Where the damaged file was put.
    pub aside: PathBuf,
    /// The damaged file's erasure journal could not be read: people erased
    /// after the backup was made may be back, and the user must be told.
    pub erasures_unread: bool,
}

/// Replaces a damaged database file with the backup at `backup`. The
/// damaged file is kept beside it (renamed, with its log), never deleted.
/// Whoever the damaged file's erasure journal still names is erased again
/// in the restored data, and its access log is kept, as far as they can be
/// read; where the journal cannot be read, [`Replaced::erasures_unread`]
/// says so.
pub fn replace_damaged(db: &Path, backup: &Path, now: NaiveDateTime, key: Option<&Passphrase>) -> Result<Replaced> {
    verify_backup(backup, key)?;
    let lock = WriterLock::acquire(db, &Holder::me(now.format(DATE_TIME).to_string()))?;
    let (journal, log) = salvage(db, key);
    let erasures_unread = journal.is_none();
    let journal = journal.unwrap_or_default();
    let stem = db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let aside = db.with_file_name(format!("{stem}-damaged-{}.sqlite3", now.format(NAME_TIME)));
    if std::fs::symlink_metadata(&aside).is_ok() {
        return Err(StoreError::Exists(aside));
    }
    // The restored data is made whole beside the file first (erasures
    // applied again, the log kept) and only then put in its place, while
    // the lock is held: never a half-copied or half-erased database.
    let staged = sibling(db, ".restoring");
    let made = stage_restore(backup, &staged, db, key, |tx| {
        apply_erasures(tx, &journal)?;
        super::access::put_back(tx, &log)
    })
    .and_then(|(stage, ())| {
        stage.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0))?;
        stage.close().map_err(|(_, e)| file::classify(e, db))
    });
    let io = |e| io_error(e, db);
    let swapped = made.and_then(|()| {
        std::fs::rename(db, &aside).map_err(io)?;
        for suffix in ["-wal", "-shm"] {
            if std::fs::symlink_metadata(sibling(db, suffix)).is_ok() {
                std::fs::rename(sibling(db, suffix), sibling(&aside, suffix)).map_err(io)?;
            }
        }
        std::fs::rename(&staged, db).map_err(|e| {
            let _ = std::fs::rename(&aside, db);
            io(e)
        })
    });
    file::remove_database_files(&staged);
    drop(lock);
    swapped?;
    Ok(Replaced { aside, erasures_unread })
}

/// What a damaged file still says of who was erased, and its access log,
/// as far as they can be read: `None` for a journal that cannot be read,
/// an empty log for a log that cannot.
fn salvage(db: &Path, key: Option<&Passphrase>) -> (Option<Vec<super::erasure::Erasure>>, Vec<[String; 6]>) {
    let Ok(conn) = file::connect(db, OpenFlags::SQLITE_OPEN_READ_ONLY, key) else { return (None, Vec::new()) };
    (read_journal(&conn).ok(), super::access::lines_after(&conn, 0).unwrap_or_default())
}

/// Removes the `backups` the rotation rule does not keep; `newest`, just
/// written, always stays. The backups made before a restore, an upgrade or
/// a purge have their own rule ([`safeguard_kept`]) and take no place of a
/// regular one: the backup made before a restore never pushes out the
/// backup being restored.
fn rotate(backups: &[BackupEntry], policy: BackupPolicy, newest: &Path) {
    let now = backups.iter().map(|b| b.made_at).max().unwrap_or_default();
    let (safeguards, mut regular): (Vec<&BackupEntry>, Vec<&BackupEntry>) = backups.iter().partition(|b| b.safeguard);
    // The one just written counts as the newest of its second.
    if let Some(index) = regular.iter().position(|b| b.path == newest) {
        let entry = regular.remove(index);
        regular.insert(0, entry);
    }
    let made: Vec<NaiveDateTime> = regular.iter().map(|b| b.made_at).collect();
    let kept = backups_to_keep(&made, policy);
    let regular_gone = regular.iter().zip(kept).filter(|(_, keep)| !keep).map(|(b, _)| b);
    let safeguards_gone = safeguards.iter().filter(|b| !safeguard_kept(b.made_at, now, policy));
    for backup in regular_gone.chain(safeguards_gone) {
        if backup.path != newest {
            let _ = std::fs::remove_file(&backup.path);
        }
    }
}
