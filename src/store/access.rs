//! The access log, append-only (the schema refuses updates and deletes).

use super::{Result, Store, StoreError, parse_date_time, read};
use crate::domain::access::{AccessAction, AccessEntry};
use rusqlite::{Connection, params};

impl Store {
    /// Records that the user of this computer did `action` to `subject`.
    /// A window or command that only reads the file (another window writes
    /// to it) still records what it did, through a connection of its own
    /// for this one line; where even that cannot write (a read-only file, a
    /// file of an older version), nothing is recorded and that is no error.
    pub fn log_access(&mut self, action: AccessAction, subject: &str) -> Result<()> {
        if self.is_read_only() {
            let at = (self.clock)().format(super::DATE_TIME).to_string();
            // Nothing recorded where nothing can be written; that is no error.
            let _ = super::file::connect(&self.path, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE, self.key.as_ref())
                .and_then(|conn| {
                    conn.busy_timeout(std::time::Duration::from_secs(5))?;
                    append(&conn, action, subject, &at)
                });
            return Ok(());
        }
        self.transact(|tx| append(tx, action, subject, tx.stamp()))
    }

    /// The access log, newest first.
    pub fn access_log(&self) -> Result<Vec<AccessEntry>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, at, user, computer, action, subject FROM access_log ORDER BY id DESC")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut entries = Vec::new();
        for row in rows {
            let (id, at, user, computer, action, subject) = row?;
            entries.push(AccessEntry {
                at: read(parse_date_time(&at), "access_log", id, "at", &at)?,
                user,
                computer,
                action: read(AccessAction::from_code(&action), "access_log", id, "action", &action)?,
                subject,
            });
        }
        Ok(entries)
    }
}

/// Appends one line, by this computer's user, at `at`.
fn append(conn: &Connection, action: AccessAction, subject: &str, at: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO access_log (at, user, computer, action, subject) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![at, crate::host::user_name(), crate::host::computer_name(), action.code(), subject],
    )?;
    Ok(())
}

/// The log lines written after line `after`, as stored, to carry them over
/// a restore (a backup holds an older, shorter log).
pub(super) fn lines_after(conn: &Connection, after: i64) -> Result<Vec<[String; 6]>> {
    let mut stmt =
        conn.prepare("SELECT id, at, user, computer, action, subject FROM access_log WHERE id > ?1 ORDER BY id")?;
    let rows = stmt.query_map([after], |r| {
        Ok([r.get::<_, i64>(0)?.to_string(), r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?])
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Writes lines read by [`lines_after`] back, with their ids.
pub(super) fn put_back(conn: &Connection, lines: &[[String; 6]]) -> Result<()> {
    for [id, at, user, computer, action, subject] in lines {
        let id: i64 = id.parse().map_err(|_| StoreError::BadRow { table: "access_log", id: 0, reason: id.clone() })?;
        conn.execute(
            "INSERT OR IGNORE INTO access_log (id, at, user, computer, action, subject) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, at, user, computer, action, subject],
        )?;
    }
    Ok(())
}

/// Takes the names of erased people out of the log's lines (a file name can
/// hold one), leaving the lines themselves: the schema allows this change
/// and no other.
pub(super) fn erase_names(conn: &Connection, names: &[String]) -> Result<()> {
    if names.is_empty() {
        return Ok(());
    }
    let mut stmt =
        conn.prepare("SELECT id, subject FROM access_log WHERE action NOT IN ('view-person', 'view-case')")?;
    let lines = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    let mut changed = Vec::new();
    for line in lines {
        let (id, subject) = line?;
        let mut current = subject;
        let mut touched = false;
        for name in names {
            if let Some(out) = crate::domain::access::redacted(&current, name) {
                current = out;
                touched = true;
            }
        }
        if touched {
            changed.push((id, current));
        }
    }
    for (id, subject) in changed {
        conn.execute("UPDATE access_log SET subject = ?2 WHERE id = ?1", params![id, subject])?;
    }
    Ok(())
}
