//! A database's passphrase: whether it has one, changing it, and giving
//! an unencrypted database one: the file and every backup
//! beside it are rewritten encrypted (SQLCipher's `sqlcipher_export`), each
//! checked before it replaces the readable one. The window keeps the file's
//! writer lock throughout; nothing readable is left behind.

use super::file::{Passphrase, classify, connect};
use super::{APPLICATION_ID, Result, Store, StoreError};
use rusqlite::OpenFlags;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The file an encrypted copy of `path` is written to before it replaces it.
fn encrypting_path(path: &Path) -> PathBuf {
    super::file::sibling(path, ".encrypting")
}

/// Writes an encrypted copy of `conn`'s main database to `target` with
/// `key`, with the same schema version and application id, and checks it.
fn export_encrypted(conn: &rusqlite::Connection, target: &Path, key: &Passphrase) -> Result<()> {
    let _ = std::fs::remove_file(target);
    // The connection may not create files: the copy starts as an empty one.
    crate::paths::create_private_file(target).map_err(|e| super::error::io_error(e, target))?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let export = || -> rusqlite::Result<()> {
        conn.execute("ATTACH DATABASE ?1 AS encrypted KEY ?2", [target.to_string_lossy().as_ref(), key.text()])?;
        conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
        conn.pragma_update(Some("encrypted"), "user_version", version)?;
        conn.pragma_update(Some("encrypted"), "application_id", APPLICATION_ID)?;
        conn.execute("DETACH DATABASE encrypted", [])?;
        Ok(())
    };
    if let Err(e) = export() {
        let _ = conn.execute("DETACH DATABASE encrypted", []);
        let _ = std::fs::remove_file(target);
        return Err(classify(e, target));
    }
    let check = connect(target, OpenFlags::SQLITE_OPEN_READ_ONLY, Some(key)).and_then(|copy| {
        let result: String = copy.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        let copied: i64 = copy.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if result == "ok" && copied == version { Ok(()) } else { Err(StoreError::Damaged(target.to_path_buf())) }
    });
    if check.is_err() {
        let _ = std::fs::remove_file(target);
    }
    check
}

/// Replaces `path` by `copy`, keeping the permissions of `path`.
fn replace(path: &Path, copy: &Path) -> Result<()> {
    if let Ok(metadata) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(copy, metadata.permissions());
    }
    std::fs::rename(copy, path).map_err(|e| super::error::io_error(e, path))
}

/// What encrypting a database could not do to its backups.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Encrypted {
    /// Backups that could not be rewritten encrypted: still readable.
    pub left_readable: usize,
    /// The backups folder elsewhere, when it could not be reached: the
    /// backups in it are still readable.
    pub unreachable: Option<PathBuf>,
}

/// What changing the passphrase could not do to the backups.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rekeyed {
    /// Backups the old passphrase opens that could not get the new one.
    pub not_rekeyed: usize,
    /// The backups folder elsewhere, when it could not be reached: the
    /// backups in it still open with the old passphrase.
    pub unreachable: Option<PathBuf>,
}

impl Store {
    /// True when the file is encrypted with a passphrase.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// True when `candidate` is this database's passphrase (unlocking a
    /// locked window).
    pub fn passphrase_matches(&self, candidate: &Passphrase) -> bool {
        match &self.key {
            Some(key) => {
                let (a, b) = (key.text().as_bytes(), candidate.text().as_bytes());
                a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
            }
            None => false,
        }
    }

    /// Encrypts the database with a new passphrase; `current` must be the
    /// one it has. Its backups that `current` opens get the new one too.
    /// Returns how many of those could not be re-keyed (a read-only or full
    /// disk): they still open with the old passphrase, and the user is told.
    pub fn change_passphrase(&mut self, current: &Passphrase, new: &Passphrase, confirmation: &str) -> Result<Rekeyed> {
        if self.is_read_only() {
            return Err(StoreError::ReadOnly);
        }
        if !self.passphrase_matches(current) {
            return Err(StoreError::WrongPassphrase(self.path.clone()));
        }
        super::check(crate::domain::passphrase::problems(new.text(), confirmation))?;
        let path = self.path.clone();
        let rekey = || -> rusqlite::Result<()> {
            self.conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0))?;
            self.conn.pragma_update(None, "rekey", new.text())?;
            self.conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))?;
            Ok(())
        };
        rekey().map_err(|e| classify(e, &path))?;
        self.key = Some(new.clone());
        // Its backups follow: one that the old passphrase opens gets the new
        // one, so a passphrase given up no longer reads last week's data.
        // A backup it does not open (damaged, or older still) is left as it is.
        let mut outcome = Rekeyed { unreachable: self.unreachable_backups_folder(), ..Rekeyed::default() };
        for backup in self.backups() {
            let Ok(conn) = connect(&backup.path, OpenFlags::SQLITE_OPEN_READ_WRITE, Some(current)) else { continue };
            if conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).is_err() {
                continue;
            }
            let rekeyed = conn
                .pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0))
                .and_then(|_| conn.pragma_update(None, "rekey", new.text()));
            outcome.not_rekeyed += usize::from(rekeyed.is_err());
        }
        Ok(outcome)
    }

    /// The backups folder set elsewhere, when it cannot be reached now (the
    /// folder the user chose is gone; this database's own folder in it may
    /// not have been made yet).
    fn unreachable_backups_folder(&self) -> Option<PathBuf> {
        self.backups_elsewhere().ok().flatten().filter(|own| own.parent().is_none_or(|folder| !folder.is_dir()))
    }

    /// Encrypts this unencrypted database, and its backups, with `key`.
    /// The readable file is replaced only by a checked encrypted copy; on
    /// any failure before that, nothing has changed. Says which backups
    /// stay readable.
    pub fn encrypt(&mut self, key: &Passphrase, confirmation: &str) -> Result<Encrypted> {
        if self.is_read_only() {
            return Err(StoreError::ReadOnly);
        }
        if self.is_encrypted() {
            return Err(StoreError::Refused(super::Refusal::AlreadyEncrypted));
        }
        super::check(crate::domain::passphrase::problems(key.text(), confirmation))?;
        let path = self.path.clone();
        let target = encrypting_path(&path);
        export_encrypted(&self.conn, &target, key)?;
        // Close the readable file (its log folds in), then put the copy in its place.
        let readable = std::mem::replace(&mut self.conn, rusqlite::Connection::open_in_memory()?);
        if let Err((conn, e)) = readable.close() {
            self.conn = conn;
            let _ = std::fs::remove_file(&target);
            return Err(e.into());
        }
        for suffix in ["-wal", "-shm"] {
            let mut side = path.as_os_str().to_os_string();
            side.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(side));
        }
        let swapped = replace(&path, &target);
        let reopened =
            connect(&path, OpenFlags::SQLITE_OPEN_READ_WRITE, if swapped.is_ok() { Some(key) } else { None });
        self.conn = reopened?;
        self.conn.busy_timeout(Duration::from_secs(5))?;
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.pragma_update(None, "secure_delete", "ON")?;
        self.conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))
            .map_err(|e| classify(e, &path))?;
        swapped?;
        self.key = Some(key.clone());
        // The backups were readable too. One that cannot be read without a
        // passphrase (encrypted already, or damaged) is left as it is; one
        // that can but could not be rewritten is counted.
        let mut outcome = Encrypted::default();
        for backup in self.backups() {
            let Ok(conn) = connect(&backup.path, OpenFlags::SQLITE_OPEN_READ_WRITE, None) else { continue };
            if conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).is_err() {
                continue;
            }
            let copy = encrypting_path(&backup.path);
            let encrypted = export_encrypted(&conn, &copy, key);
            drop(conn);
            if encrypted.and_then(|()| replace(&backup.path, &copy)).is_err() {
                let _ = std::fs::remove_file(&copy);
                outcome.left_readable += 1;
            }
        }
        outcome.unreachable = self.unreachable_backups_folder();
        Ok(outcome)
    }
}
