//! Circles, their members and meetings, attendance, and the intervisie
//! methods in the database.

use crate::domain::circles::circle::{
    Cadence, Circle, CircleDraft, CircleId, CircleMeeting, CircleMeetingId, CircleStatus, MeetingDraft,
};
use crate::domain::circles::methods::MethodId;
use crate::domain::lists::ListItemId;
use crate::domain::person::PersonId;
use crate::store::{
    DATE_TIME, Refusal, Result, Store, StoreError, Tx, check, date_text, not_saved, parse_date, parse_date_time, read,
};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use std::collections::HashMap;

impl Store {
    /// Every circle with its members, newest first.
    pub fn circles(&self) -> Result<Vec<Circle>> {
        const TABLE: &str = "circles";
        let mut members: HashMap<i64, Vec<PersonId>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached("SELECT circle_id, person_id FROM circle_members ORDER BY rowid")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
            let (circle, person) = row?;
            members.entry(circle).or_default().push(PersonId(person));
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, phase_id, chair_id, online, place, cadence_weeks, status, formed_on, row_version
             FROM circles ORDER BY formed_on DESC, id DESC",
        )?;
        let mut rows = stmt.query([])?;
        let mut circles = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let (status, formed): (String, String) = (r.get(7)?, r.get(8)?);
            let weeks: Option<i64> = r.get(6)?;
            let cadence = match weeks {
                Some(w) => {
                    Cadence::EveryWeeks(read(u32::try_from(w).ok(), TABLE, id, "cadence_weeks", &w.to_string())?)
                }
                None => Cadence::AgreedEachTime,
            };
            circles.push(Circle {
                id: CircleId(id),
                name: r.get(1)?,
                phase: ListItemId(r.get(2)?),
                chair: r.get::<_, Option<i64>>(3)?.map(PersonId),
                members: members.remove(&id).unwrap_or_default(),
                online: r.get(4)?,
                place: r.get(5)?,
                cadence,
                status: read(CircleStatus::from_code(&status), TABLE, id, "status", &status)?,
                formed_on: read(parse_date(&formed), TABLE, id, "formed_on", &formed)?,
                version: r.get(9)?,
            });
        }
        Ok(circles)
    }

    /// Forms a circle of `draft.members`, placing their waiting sign-ups.
    /// Someone already in an active circle is refused; `max` is the circle size.
    pub fn form_circle(&mut self, draft: &CircleDraft, formed_on: NaiveDate, max: usize) -> Result<CircleId> {
        check(draft.problems(max))?;
        self.transact(|tx| {
            tx.execute(
                "INSERT INTO circles (name, phase_id, chair_id, online, place, cadence_weeks, status, formed_on,
                                      created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![
                    draft.name.trim(),
                    draft.phase.0,
                    draft.chair.map(|c| c.0),
                    draft.online,
                    draft.place.trim(),
                    cadence_weeks(draft.cadence),
                    draft.status.code(),
                    date_text(formed_on),
                    tx.stamp(),
                ],
            )?;
            let id = CircleId(tx.last_insert_rowid());
            for person in &draft.members {
                insert_member(tx, id, *person)?;
            }
            Ok(id)
        })
    }

    /// Saves a circle's details (its members change one by one).
    pub fn update_circle(&mut self, id: CircleId, draft: &CircleDraft, max: usize) -> Result<()> {
        check(draft.problems(max))?;
        self.transact(|tx| {
            if draft.status != CircleStatus::Ended {
                // A circle that meets again must not share anyone with another active circle.
                let shared: Option<i64> = tx
                    .query_row(
                        "SELECT 1 FROM circle_members m JOIN circle_members o ON o.person_id = m.person_id
                         JOIN circles c ON c.id = o.circle_id
                         WHERE m.circle_id = ?1 AND o.circle_id <> ?1 AND c.status <> 'ended' LIMIT 1",
                        [id.0],
                        |r| r.get(0),
                    )
                    .optional()?;
                if shared.is_some() {
                    return Err(StoreError::Refused(Refusal::AlreadyInCircle));
                }
            }
            let changed = tx.execute(
                "UPDATE circles SET name = ?2, chair_id = ?3, online = ?4, place = ?5, cadence_weeks = ?6,
                        status = ?7, updated_at = ?8, row_version = row_version + 1
                 WHERE id = ?1 AND (?9 IS NULL OR row_version = ?9)",
                params![
                    id.0,
                    draft.name.trim(),
                    draft.chair.map(|c| c.0),
                    draft.online,
                    draft.place.trim(),
                    cadence_weeks(draft.cadence),
                    draft.status.code(),
                    tx.stamp(),
                    draft.version,
                ],
            )?;
            if changed == 0 { Err(not_saved(tx, "circles", id.0, "circle")?) } else { Ok(()) }
        })
    }

    /// Adds `person` to a circle that has room; `max` is the circle size.
    pub fn add_circle_member(&mut self, circle: CircleId, person: PersonId, max: usize) -> Result<()> {
        self.transact(|tx| {
            let (count, chair): (i64, Option<i64>) = tx
                .query_row(
                    "SELECT (SELECT count(*) FROM circle_members WHERE circle_id = ?1), chair_id FROM circles WHERE id = ?1",
                    [circle.0],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or(StoreError::NotFound("circle"))?;
            if usize::try_from(count).unwrap_or(usize::MAX) >= max || chair == Some(person.0) {
                return Err(StoreError::Refused(Refusal::PersonElsewhere));
            }
            insert_member(tx, circle, person)
        })
    }

    /// Takes `person` out of a circle; their sign-up waits again.
    pub fn remove_circle_member(&mut self, circle: CircleId, person: PersonId) -> Result<()> {
        self.transact(|tx| {
            let signup: Option<Option<i64>> = tx
                .query_row(
                    "SELECT signup_id FROM circle_members WHERE circle_id = ?1 AND person_id = ?2",
                    params![circle.0, person.0],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(signup) = signup else { return Err(StoreError::NotFound("circle member")) };
            tx.execute(
                "DELETE FROM circle_members WHERE circle_id = ?1 AND person_id = ?2",
                params![circle.0, person.0],
            )?;
            if let Some(signup) = signup {
                tx.execute(
                    "UPDATE circle_signups SET status = 'waiting', updated_at = ?2 WHERE id = ?1",
                    params![signup, tx.stamp()],
                )?;
            }
            Ok(())
        })
    }

    /// Every circle meeting, by start.
    pub fn circle_meetings(&self) -> Result<Vec<CircleMeeting>> {
        const TABLE: &str = "circle_meetings";
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, circle_id, starts_at, minutes, method_id, case_bringer_id, sequence, cancelled, row_version
             FROM circle_meetings ORDER BY starts_at, id",
        )?;
        let mut rows = stmt.query([])?;
        let mut meetings = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let starts: String = r.get(2)?;
            meetings.push(CircleMeeting {
                id: CircleMeetingId(id),
                circle: CircleId(r.get(1)?),
                starts_at: read(parse_date_time(&starts), TABLE, id, "starts_at", &starts)?,
                minutes: r.get(3)?,
                method: r.get::<_, Option<i64>>(4)?.map(MethodId),
                case_bringer: r.get::<_, Option<i64>>(5)?.map(PersonId),
                sequence: r.get(6)?,
                cancelled: r.get(7)?,
                version: r.get(8)?,
            });
        }
        Ok(meetings)
    }

    /// Plans a meeting of `circle`, or (with `meeting`) changes one: a
    /// change of date or time raises its calendar sequence. A meeting
    /// changed since the draft was made is refused.
    pub fn save_circle_meeting(
        &mut self,
        circle: CircleId,
        meeting: Option<CircleMeetingId>,
        draft: &MeetingDraft,
    ) -> Result<CircleMeetingId> {
        self.transact(|tx| {
            let members = members_of(tx, circle)?;
            check(draft.problems(&members))?;
            let starts = draft.starts_at.format(DATE_TIME).to_string();
            match meeting {
                None => {
                    tx.execute(
                        "INSERT INTO circle_meetings (circle_id, starts_at, minutes, method_id, case_bringer_id,
                                                      created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                        params![
                            circle.0,
                            starts,
                            draft.minutes,
                            draft.method.map(|m| m.0),
                            draft.case_bringer.map(|p| p.0),
                            tx.stamp()
                        ],
                    )?;
                    Ok(CircleMeetingId(tx.last_insert_rowid()))
                }
                Some(id) => {
                    let of_circle: Option<i64> = tx
                        .query_row("SELECT circle_id FROM circle_meetings WHERE id = ?1", [id.0], |r| r.get(0))
                        .optional()?;
                    if of_circle != Some(circle.0) {
                        return Err(StoreError::NotFound("meeting"));
                    }
                    let changed = tx.execute(
                        "UPDATE circle_meetings SET sequence = sequence + (starts_at <> ?2 OR minutes <> ?3),
                                starts_at = ?2, minutes = ?3, method_id = ?4, case_bringer_id = ?5, updated_at = ?6,
                                row_version = row_version + 1
                         WHERE id = ?1 AND (?7 IS NULL OR row_version = ?7)",
                        params![
                            id.0,
                            starts,
                            draft.minutes,
                            draft.method.map(|m| m.0),
                            draft.case_bringer.map(|p| p.0),
                            tx.stamp(),
                            draft.version
                        ],
                    )?;
                    if changed == 0 { Err(not_saved(tx, "circle_meetings", id.0, "meeting")?) } else { Ok(id) }
                }
            }
        })
    }

    /// Cancels a meeting (or takes the cancellation back); its calendar
    /// sequence rises so that calendars follow.
    pub fn set_circle_meeting_cancelled(&mut self, meeting: CircleMeetingId, cancelled: bool) -> Result<()> {
        self.transact(|tx| {
            let changed = tx.execute(
                "UPDATE circle_meetings SET cancelled = ?2, sequence = sequence + 1, updated_at = ?3 WHERE id = ?1",
                params![meeting.0, cancelled, tx.stamp()],
            )?;
            if changed == 0 { Err(StoreError::NotFound("meeting")) } else { Ok(()) }
        })
    }

    /// Who came to which circle meeting.
    pub fn circle_attendance(&self) -> Result<Vec<(CircleMeetingId, PersonId)>> {
        let mut stmt = self.conn.prepare_cached("SELECT meeting_id, person_id FROM circle_attendance")?;
        let rows = stmt.query_map([], |r| Ok((CircleMeetingId(r.get(0)?), PersonId(r.get(1)?))))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records whether a member came to a meeting.
    pub fn set_circle_presence(&mut self, meeting: CircleMeetingId, person: PersonId, present: bool) -> Result<()> {
        self.transact(|tx| {
            let member: Option<i64> = tx
                .query_row(
                    "SELECT 1 FROM circle_meetings m JOIN circle_members c ON c.circle_id = m.circle_id
                     WHERE m.id = ?1 AND c.person_id = ?2",
                    params![meeting.0, person.0],
                    |r| r.get(0),
                )
                .optional()?;
            if member.is_none() {
                return Err(StoreError::Refused(Refusal::NotAMember));
            }
            if present {
                tx.execute(
                    "INSERT OR IGNORE INTO circle_attendance (meeting_id, person_id) VALUES (?1, ?2)",
                    params![meeting.0, person.0],
                )?;
            } else {
                tx.execute(
                    "DELETE FROM circle_attendance WHERE meeting_id = ?1 AND person_id = ?2",
                    params![meeting.0, person.0],
                )?;
            }
            Ok(())
        })
    }
}

fn cadence_weeks(cadence: Cadence) -> Option<i64> {
    match cadence {
        Cadence::EveryWeeks(weeks) => Some(i64::from(weeks)),
        Cadence::AgreedEachTime => None,
    }
}

fn members_of(tx: &Tx, circle: CircleId) -> Result<Vec<PersonId>> {
    let mut stmt = tx.prepare_cached("SELECT person_id FROM circle_members WHERE circle_id = ?1")?;
    let rows = stmt.query_map([circle.0], |r| r.get::<_, i64>(0))?;
    let members: Vec<PersonId> = rows.collect::<rusqlite::Result<Vec<_>>>()?.into_iter().map(PersonId).collect();
    let exists: Option<i64> =
        tx.query_row("SELECT 1 FROM circles WHERE id = ?1", [circle.0], |r| r.get(0)).optional()?;
    if exists.is_none() {
        return Err(StoreError::NotFound("circle"));
    }
    Ok(members)
}

/// Adds a member, placing their waiting sign-up for a circle; someone in
/// another active circle is refused.
fn insert_member(tx: &Tx, circle: CircleId, person: PersonId) -> Result<()> {
    let signup: Option<i64> = tx
        .query_row(
            "SELECT id FROM circle_signups WHERE person_id = ?1 AND wish = 'circle' AND status = 'waiting'",
            [person.0],
            |r| r.get(0),
        )
        .optional()?;
    let elsewhere: Option<i64> = tx
        .query_row(
            "SELECT 1 FROM circle_members m JOIN circles c ON c.id = m.circle_id
             WHERE m.person_id = ?1 AND c.status <> 'ended'",
            [person.0],
            |r| r.get(0),
        )
        .optional()?;
    if elsewhere.is_some() {
        return Err(StoreError::Refused(Refusal::AlreadyInCircle));
    }
    tx.execute(
        "INSERT INTO circle_members (circle_id, person_id, signup_id) VALUES (?1, ?2, ?3)",
        params![circle.0, person.0, signup],
    )?;
    if let Some(signup) = signup {
        tx.execute(
            "UPDATE circle_signups SET status = 'placed', updated_at = ?2 WHERE id = ?1",
            params![signup, tx.stamp()],
        )?;
    }
    Ok(())
}
