//! The erasure journal: every person erased is recorded by id and creation
//! time (never by name), so that a restore of an older backup erases them
//! again instead of bringing them back.

use super::Result;
use rusqlite::{Connection, OptionalExtension, params};

/// One entry of the erasure journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Erasure {
    record_id: i64,
    created_at: String,
    erased_at: String,
}

pub(super) fn read_journal(conn: &Connection) -> Result<Vec<Erasure>> {
    let mut stmt =
        conn.prepare("SELECT record_id, created_at, erased_at FROM erasures NOT INDEXED WHERE kind = 'person'")?;
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

/// The name of person `id`, before they are erased: the access log's lines
/// are cleared of it.
pub(super) fn name_of(conn: &Connection, id: i64) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT name FROM people WHERE id = ?1", [id], |r| r.get(0)).optional()?)
}

/// Erases the journal's people again in restored data: each is deleted
/// when nothing refers to them, otherwise stripped of everything that
/// identifies them, and their names are taken out of the restored access
/// log. Returns how many the restored data still held.
pub(super) fn apply_erasures(conn: &Connection, journal: &[Erasure]) -> Result<usize> {
    let mut names = Vec::new();
    for erasure in journal {
        names.extend(apply_erasure(conn, erasure)?);
    }
    super::access::erase_names(conn, &names)?;
    Ok(names.len())
}

/// Erases one person of the journal again; their name when the restored
/// data still held them.
fn apply_erasure(conn: &Connection, erasure: &Erasure) -> Result<Option<String>> {
    journal_erasure(conn, erasure.record_id, &erasure.created_at, &erasure.erased_at)?;
    let matches = "id = ?1 AND created_at = ?2";
    let name: Option<String> = conn
        .query_row(
            &format!("SELECT name FROM people WHERE {matches}"),
            params![erasure.record_id, erasure.created_at],
            |r| r.get(0),
        )
        .optional()?;
    let Some(name) = name else { return Ok(None) };
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
    Ok(Some(name))
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
