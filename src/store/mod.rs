//! The only place that knows SQL. A [`Store`] is one open PeerDesk database;
//! every user operation runs in one transaction that commits whole or not at
//! all.

mod access;
mod backup;
mod circles;
mod coached;
mod encrypt;
mod erasure;
mod error;
mod file;
mod finance;
mod funding;
mod holder;
mod incidents;
mod lists;
mod lock;
pub mod migrations;
mod networks;
mod people;
mod settings;

pub use backup::{
    BackupEntry, BackupReason, MadeBackup, Replaced, Restored, all_backups, backups_beside, replace_damaged,
    verify_backup,
};
pub use coached::{AttendanceMark, NewGroup};
pub use encrypt::{Encrypted, Rekeyed};
pub use error::{DatabaseError, Refusal, StoreError};
pub use file::{Passphrase, needs_passphrase, remove_database_files};
pub use holder::Holder;
pub use incidents::PurgeReport;
pub use lock::{is_free as writer_lock_is_free, lock_path};
pub use people::DeleteOutcome;

use rusqlite::{Connection, Savepoint};
use std::path::{Path, PathBuf};

/// Marks a SQLite file as a PeerDesk database (`PRAGMA application_id`,
/// the bytes "PDSK").
pub const APPLICATION_ID: i64 = 0x5044_534B;

/// Refuses values with problems: what a form refuses, the store refuses.
fn check(problems: crate::domain::Problems) -> Result<()> {
    if problems.is_empty() { Ok(()) } else { Err(StoreError::Invalid(problems)) }
}

/// Short name for results of the store.
pub type Result<T> = std::result::Result<T, StoreError>;

/// An open PeerDesk database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Where `created_at` and `updated_at` come from: the clock, or a fixed
    /// time in tests.
    clock: fn() -> chrono::NaiveDateTime,
    access: file::Access,
    /// The passphrase the file is encrypted with, if any: backups are
    /// encrypted with it too.
    key: Option<Passphrase>,
}

/// One user operation's transaction, with the time it happens. It is a
/// savepoint, so that operations nest inside [`Store::all_or_nothing`].
pub struct Tx<'a> {
    tx: Savepoint<'a>,
    stamp: String,
}

impl Tx<'_> {
    /// The time of this operation, as stored in `created_at` and `updated_at`.
    pub fn stamp(&self) -> &str {
        &self.stamp
    }
}

impl<'a> std::ops::Deref for Tx<'a> {
    type Target = Savepoint<'a>;
    fn deref(&self) -> &Savepoint<'a> {
        &self.tx
    }
}

impl Store {
    /// Sets where the store's times come from (a fixed clock in tests).
    pub fn set_clock(&mut self, clock: fn() -> chrono::NaiveDateTime) {
        self.clock = clock;
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `operation` in one transaction: it commits when the operation
    /// returns `Ok` and rolls back otherwise.
    pub fn transact<T>(&mut self, operation: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let stamp = (self.clock)().format(DATE_TIME).to_string();
        if self.is_read_only() {
            return Err(StoreError::ReadOnly);
        }
        let path = self.path.clone();
        let tx = Tx { tx: self.conn.savepoint().map_err(|e| file::classify(e, &path))?, stamp };
        let value = operation(&tx).map_err(|e| match e {
            StoreError::Database(DatabaseError(e)) => file::classify(e, &path),
            other => other,
        })?;
        tx.tx.commit().map_err(|e| file::classify(e, &path))?;
        Ok(value)
    }

    /// Runs several operations as one: all of them are kept, or, when one
    /// fails (or the process is killed half-way), none.
    pub fn all_or_nothing<T>(&mut self, operations: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        if self.is_read_only() {
            return Err(StoreError::ReadOnly);
        }
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(|e| file::classify(e, &self.path))?;
        match operations(self) {
            Ok(value) => {
                self.conn.execute_batch("COMMIT").map_err(|e| file::classify(e, &self.path))?;
                Ok(value)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Today, by the store's clock: what validation compares dates with.
    fn today(&self) -> chrono::NaiveDate {
        (self.clock)().date()
    }

    /// A number that changes whenever another connection (another window
    /// or command) commits a change to the file.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "data_version", |row| row.get(0))?)
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
    }

    /// Direct access for tests that need a table a later module will add.
    #[doc(hidden)]
    pub fn connection_for_tests(&self) -> &Connection {
        &self.conn
    }
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if current >= migrations::latest_version() {
        return Ok(());
    }
    let run = |conn: &mut Connection| -> rusqlite::Result<()> {
        let tx = conn.transaction()?;
        for (index, sql) in migrations::MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", index as i64 + 1)?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()
    };
    // A file that does not take the upgrade is reported as such; the
    // engine's text (which quotes the schema) never reaches the user.
    run(conn).map_err(|e| match file::classify(e, path) {
        StoreError::Database(_) => StoreError::CannotUpgrade(path.to_path_buf()),
        other => other,
    })
}

/// Dates are stored as ISO 8601 text.
const DATE: &str = "%Y-%m-%d";
/// Times are stored as ISO 8601 wall-clock text, without a time zone.
const DATE_TIME: &str = "%Y-%m-%dT%H:%M:%S";

/// `sql` with its `{where}` filled in, and the value to bind to `?1`:
/// every row (`?1` is then -1 and unused), or only the rows whose `column`
/// is `?1`. Two texts, because one `?1 < 0 OR column = ?1` keeps SQLite
/// from using the column's index: each read of one incident's or one
/// invoice's rows scanned the whole table.
fn every_or_only(sql: &str, column: &str, only: Option<i64>) -> (String, i64) {
    match only {
        Some(id) => (sql.replace("{where}", &format!("WHERE {column} = ?1")), id),
        None => (sql.replace("{where}", "WHERE ?1 < 0"), -1),
    }
}

fn date_text(date: chrono::NaiveDate) -> String {
    date.format(DATE).to_string()
}

/// A stored value that must be there and readable, or the error that names
/// the row it came from: a row is never skipped.
fn read<T>(value: Option<T>, table: &'static str, id: i64, column: &str, raw: &str) -> Result<T> {
    value.ok_or_else(|| StoreError::BadRow { table, id, reason: format!("{column} = {raw:?}") })
}

/// An optional stored value: empty is fine, unreadable is an error.
fn read_optional<T>(
    raw: Option<&str>,
    parse: impl Fn(&str) -> Option<T>,
    table: &'static str,
    id: i64,
    column: &str,
) -> Result<Option<T>> {
    raw.map(|text| read(parse(text), table, id, column, text)).transpose()
}

fn parse_date(text: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text, DATE).ok()
}

fn parse_date_time(text: &str) -> Option<chrono::NaiveDateTime> {
    chrono::NaiveDateTime::parse_from_str(text, DATE_TIME).ok()
}

/// True when `error` is a foreign key refusal: another record refers to the
/// row.
fn is_unique_refusal(error: &rusqlite::Error) -> bool {
    matches!(
        error,
        rusqlite::Error::SqliteFailure(e, _) if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
    )
}

/// Why an update of record `id` in `table` changed nothing: the record is
/// gone, or it changed since the draft was made (a conflict, never an
/// overwrite). `what` names the record in the error.
fn not_saved(conn: &Connection, table: &str, id: i64, what: &'static str) -> Result<StoreError> {
    not_saved_by(conn, table, "id", id, what)
}

/// As [`not_saved`], for a table whose records are found by another `key`
/// column (a mentor profile by its person).
fn not_saved_by(conn: &Connection, table: &str, key: &str, id: i64, what: &'static str) -> Result<StoreError> {
    let exists: bool =
        conn.query_row(&format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE {key} = ?1)"), [id], |r| r.get(0))?;
    Ok(if exists { StoreError::Conflict(what) } else { StoreError::NotFound(what) })
}

/// `ON DELETE RESTRICT` reports itself as a trigger constraint.
fn is_foreign_key_refusal(error: &rusqlite::Error) -> bool {
    match error {
        rusqlite::Error::SqliteFailure(e, message) => {
            e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY
                || (e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_TRIGGER
                    && message.as_deref().is_some_and(|m| m.contains("FOREIGN KEY")))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_applies_to_an_empty_database_and_is_recorded() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.schema_version().unwrap(), migrations::latest_version());
        let app_id: i64 = store.conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
        assert_eq!(app_id, APPLICATION_ID);
        let check: String = store.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok");
        let fk_violations: i64 =
            store.conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
        assert_eq!(fk_violations, 0);
    }
}
