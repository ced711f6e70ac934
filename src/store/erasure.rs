//! The erasure journal: every person erased is recorded by id and creation
//! time (never by name), so that a restore of an older backup erases them
//! again instead of bringing them back.

use super::Result;
use rusqlite::{Connection, params};

/// One entry of the erasure journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Erasure {
    record_id: i64,
    created_at: String,
    erased_at: String,
}

pub(super) fn read_journal(conn: &Connection) -> Result<Vec<Erasure>> {
    let mut stmt = conn.prepare("SELECT record_id, created_at, erased_at FROM erasures WHERE kind = 'person'")?;
    let rows =
        stmt.query_map([], |r| Ok(Erasure { record_id: r.get(0)?, created_at: r.get(1)?, erased_at: r.get(2)? }))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Records that the person `id` (created at `created_at`) was erased.
pub(super) fn journal_erasure(conn: &Connection, id: i64, created_at: &str, erased_at: &str) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO erasures (kind, record_id, created_at, erased_at) VALUES ('person', ?1, ?2, ?3)",
        params![id, created_at, erased_at],
    )?;
    Ok(())
}

/// Erases the journal's person again in restored data: deleted when nothing
/// refers to them, otherwise stripped of everything that identifies them.
/// Returns 1 when the restored data still held the person.
pub(super) fn apply_erasure(conn: &Connection, erasure: &Erasure) -> Result<usize> {
    journal_erasure(conn, erasure.record_id, &erasure.created_at, &erasure.erased_at)?;
    let matches = "id = ?1 AND created_at = ?2";
    let present: bool = conn.query_row(
        &format!("SELECT EXISTS (SELECT 1 FROM people WHERE {matches})"),
        params![erasure.record_id, erasure.created_at],
        |r| r.get(0),
    )?;
    if !present {
        return Ok(0);
    }
    conn.execute("SAVEPOINT erase_again", [])?;
    match conn.execute(&format!("DELETE FROM people WHERE {matches}"), params![erasure.record_id, erasure.created_at]) {
        Ok(_) => {
            conn.execute("RELEASE erase_again", [])?;
        }
        Err(e) if super::is_foreign_key_refusal(&e) => {
            conn.execute("ROLLBACK TO erase_again", [])?;
            conn.execute("RELEASE erase_again", [])?;
            anonymise(conn, erasure.record_id, &erasure.erased_at)?;
        }
        Err(e) => return Err(e.into()),
    }
    Ok(1)
}

/// Strips a person of everything that identifies them, keeping only the
/// row other records refer to.
fn anonymise(conn: &Connection, id: i64, stamp: &str) -> Result<()> {
    conn.execute(
        "UPDATE people SET name = '—', email = '', phone = '', organisation = '', department = '',
                position_id = NULL, career_phase_id = NULL, active = 0, updated_at = ?2,
                row_version = row_version + 1
         WHERE id = ?1",
        params![id, stamp],
    )?;
    conn.execute("DELETE FROM person_languages WHERE person_id = ?1", [id])?;
    Ok(())
}
