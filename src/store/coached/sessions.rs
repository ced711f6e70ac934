//! Sessions of the groups and attendance.

use crate::domain::PersonId;
use crate::domain::coached::groups::field;
use crate::domain::coached::groups::{Attendance, GroupId, Session, SessionId, SessionStatus};
use crate::domain::coached::schedule::own_overlap;
use crate::store::{DATE_TIME, Result, Store, StoreError, check, parse_date_time, read};
use chrono::NaiveDateTime;
use rusqlite::params;

/// One attendance mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttendanceMark {
    pub session: SessionId,
    pub person: PersonId,
    pub mark: Attendance,
}

/// Refuses a session of `group` at `starts_at` that overlaps another of its
/// planned sessions: the rule the move dialog shows.
fn refuse_overlap(
    sessions: &[Session],
    group: GroupId,
    except: Option<SessionId>,
    starts_at: NaiveDateTime,
    minutes: i64,
) -> Result<()> {
    let mut problems = crate::domain::Problems::new();
    if own_overlap(sessions, group, except, starts_at, minutes).is_some() {
        problems.add(field::START, crate::domain::Problem::SessionOverlap);
    }
    check(problems)
}

/// A row of `sessions`.
fn row_to_session(r: &rusqlite::Row<'_>) -> Result<Session> {
    let id: i64 = r.get(0)?;
    let (starts_at, status): (String, String) = (r.get(2)?, r.get(4)?);
    Ok(Session {
        id: SessionId(id),
        group: GroupId(r.get(1)?),
        starts_at: read(parse_date_time(&starts_at), "sessions", id, "starts_at", &starts_at)?,
        minutes: r.get(3)?,
        status: read(SessionStatus::from_code(&status), "sessions", id, "status", &status)?,
        sequence: r.get(5)?,
    })
}

impl Store {
    /// Every session of every group, in time order.
    pub fn sessions(&self) -> Result<Vec<Session>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, group_id, starts_at, minutes, status, sequence FROM sessions ORDER BY starts_at, id",
        )?;
        let mut rows = stmt.query([])?;
        let mut sessions = Vec::new();
        while let Some(row) = rows.next()? {
            sessions.push(row_to_session(row)?);
        }
        Ok(sessions)
    }

    /// Adds planned sessions to a group.
    /// A group meets once at a time: a session overlapping another planned
    /// session of the group is refused.
    pub fn add_sessions(&mut self, group: GroupId, starts: &[NaiveDateTime], minutes: i64) -> Result<Vec<SessionId>> {
        let sessions = self.sessions()?;
        for start in starts {
            refuse_overlap(&sessions, group, None, *start, minutes)?;
        }
        self.transact(|tx| {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO sessions (group_id, starts_at, minutes, status) VALUES (?1, ?2, ?3, 'planned')",
            )?;
            let mut ids = Vec::new();
            for start in starts {
                stmt.execute(params![group.0, start.format(DATE_TIME).to_string(), minutes])?;
                ids.push(SessionId(tx.last_insert_rowid()));
            }
            Ok(ids)
        })
    }

    /// Moves a session; its sequence rises so calendars update it.
    pub fn move_session(&mut self, id: SessionId, starts_at: NaiveDateTime, minutes: i64) -> Result<()> {
        let sessions = self.sessions()?;
        let Some(group) = sessions.iter().find(|s| s.id == id).map(|s| s.group) else {
            return Err(StoreError::NotFound("session"));
        };
        refuse_overlap(&sessions, group, Some(id), starts_at, minutes)?;
        self.transact(|tx| {
            let changed = tx.execute(
                "UPDATE sessions SET starts_at = ?2, minutes = ?3, sequence = sequence + 1 WHERE id = ?1",
                params![id.0, starts_at.format(DATE_TIME).to_string(), minutes],
            )?;
            if changed == 0 { Err(StoreError::NotFound("session")) } else { Ok(()) }
        })
    }

    /// Cancels or restores a session.
    pub fn set_session_status(&mut self, id: SessionId, status: SessionStatus) -> Result<()> {
        self.transact(|tx| {
            let changed = tx.execute(
                "UPDATE sessions SET status = ?2, sequence = sequence + 1 WHERE id = ?1",
                params![id.0, status.code()],
            )?;
            if changed == 0 { Err(StoreError::NotFound("session")) } else { Ok(()) }
        })
    }

    /// Every attendance mark.
    pub fn attendance(&self) -> Result<Vec<AttendanceMark>> {
        let mut stmt = self.conn.prepare_cached("SELECT session_id, person_id, mark FROM attendance")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?)))?;
        let mut marks = Vec::new();
        for row in rows {
            let (session, person, mark) = row?;
            let mark = read(Attendance::from_code(&mark), "attendance", session, "mark", &mark)?;
            marks.push(AttendanceMark { session: SessionId(session), person: PersonId(person), mark });
        }
        Ok(marks)
    }

    /// Records (or clears) whether `person` came to `session`.
    pub fn set_attendance(&mut self, session: SessionId, person: PersonId, mark: Option<Attendance>) -> Result<()> {
        self.transact(|tx| {
            match mark {
                Some(mark) => tx.execute(
                    "INSERT INTO attendance (session_id, person_id, mark) VALUES (?1, ?2, ?3)
                     ON CONFLICT(session_id, person_id) DO UPDATE SET mark = excluded.mark",
                    params![session.0, person.0, mark.code()],
                )?,
                None => tx.execute(
                    "DELETE FROM attendance WHERE session_id = ?1 AND person_id = ?2",
                    params![session.0, person.0],
                )?,
            };
            Ok(())
        })
    }
}
