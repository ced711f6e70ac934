//! A network's meetings in the database: single meetings skipped or moved
//! (named by the date the rule gives them), and who came.

use crate::domain::PersonId;
use crate::domain::networks::NetworkId;
use crate::domain::networks::attendance::Presence;
use crate::domain::networks::meetings::{Change, Exception, move_problems, skip_problems};
use crate::store::{
    DATE_TIME, Refusal, Result, Store, StoreError, Tx, check, date_text, parse_date, parse_date_time, read,
};
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, params};

impl Store {
    /// Every skipped or moved meeting.
    pub fn meeting_changes(&self) -> Result<Vec<Exception>> {
        const TABLE: &str = "network_meeting_changes";
        let mut stmt = self.conn.prepare_cached(
            "SELECT network_id, original_date, skipped, moved_to, minutes FROM network_meeting_changes
             ORDER BY network_id, original_date",
        )?;
        let mut rows = stmt.query([])?;
        let mut changes = Vec::new();
        while let Some(r) = rows.next()? {
            let network: i64 = r.get(0)?;
            let original: String = r.get(1)?;
            let skipped: bool = r.get(2)?;
            let moved: Option<String> = r.get(3)?;
            let change = if skipped {
                Change::Skipped
            } else {
                let raw = moved.unwrap_or_default();
                Change::Moved {
                    to: read(parse_date_time(&raw), TABLE, network, "moved_to", &raw)?,
                    minutes: r.get::<_, Option<i64>>(4)?.unwrap_or_default(),
                }
            };
            changes.push(Exception {
                network: NetworkId(network),
                original: read(parse_date(&original), TABLE, network, "original_date", &original)?,
                change,
            });
        }
        Ok(changes)
    }

    pub(super) fn changes_of(tx: &Tx, network: NetworkId) -> Result<Vec<Exception>> {
        let mut stmt = tx.prepare_cached(
            "SELECT original_date, skipped, moved_to, minutes FROM network_meeting_changes WHERE network_id = ?1",
        )?;
        let mut rows = stmt.query([network.0])?;
        let mut changes = Vec::new();
        while let Some(r) = rows.next()? {
            let (original, skipped, moved): (String, bool, Option<String>) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let original =
                read(parse_date(&original), "network_meeting_changes", network.0, "original_date", &original)?;
            let change = match moved.as_deref().and_then(parse_date_time) {
                Some(to) if !skipped => Change::Moved { to, minutes: r.get::<_, Option<i64>>(3)?.unwrap_or_default() },
                _ => Change::Skipped,
            };
            changes.push(Exception { network, original, change });
        }
        Ok(changes)
    }

    /// Skips one meeting of the series; the others stay as they are.
    pub fn skip_meeting(&mut self, network: NetworkId, original: NaiveDate) -> Result<()> {
        self.transact(|tx| {
            let n = Store::network(tx, network)?;
            check(skip_problems(&n, original))?;
            tx.execute(
                "INSERT INTO network_meeting_changes (network_id, original_date, skipped) VALUES (?1, ?2, 1)
                 ON CONFLICT (network_id, original_date) DO UPDATE SET skipped = 1, moved_to = NULL, minutes = NULL",
                params![network.0, date_text(original)],
            )?;
            bump(tx, network)?;
            Ok(())
        })
    }

    /// Moves one meeting of the series to another date and time; it keeps its name.
    pub fn move_meeting(
        &mut self,
        network: NetworkId,
        original: NaiveDate,
        to: NaiveDateTime,
        minutes: i64,
    ) -> Result<()> {
        self.transact(|tx| {
            let n = Store::network(tx, network)?;
            check(move_problems(&n, &Store::changes_of(tx, network)?, original, to, minutes))?;
            tx.execute(
                "INSERT INTO network_meeting_changes (network_id, original_date, skipped, moved_to, minutes)
                 VALUES (?1, ?2, 0, ?3, ?4)
                 ON CONFLICT (network_id, original_date) DO UPDATE SET skipped = 0, moved_to = ?3, minutes = ?4",
                params![network.0, date_text(original), to.format(DATE_TIME).to_string(), minutes],
            )?;
            bump(tx, network)?;
            Ok(())
        })
    }

    /// Puts a skipped or moved meeting back where the rule has it.
    pub fn restore_meeting(&mut self, network: NetworkId, original: NaiveDate) -> Result<()> {
        self.transact(|tx| {
            tx.execute(
                "DELETE FROM network_meeting_changes WHERE network_id = ?1 AND original_date = ?2",
                params![network.0, date_text(original)],
            )?;
            bump(tx, network)?;
            Ok(())
        })
    }

    /// Who came to which meeting.
    pub fn presences(&self) -> Result<Vec<Presence>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT network_id, original_date, person_id FROM network_attendance ORDER BY network_id, original_date",
        )?;
        let mut rows = stmt.query([])?;
        let mut presences = Vec::new();
        while let Some(r) = rows.next()? {
            let network: i64 = r.get(0)?;
            let original: String = r.get(1)?;
            presences.push(Presence {
                network: NetworkId(network),
                original: read(parse_date(&original), "network_attendance", network, "original_date", &original)?,
                person: PersonId(r.get(2)?),
            });
        }
        Ok(presences)
    }

    /// Records whether `person` came to the meeting of `original`. Only a
    /// meeting of the series that took place, and only someone who was a
    /// member that day.
    pub fn set_presence(
        &mut self,
        network: NetworkId,
        original: NaiveDate,
        person: PersonId,
        present: bool,
    ) -> Result<()> {
        self.transact(|tx| {
            let n = Store::network(tx, network)?;
            let changes = Store::changes_of(tx, network)?;
            let skipped = changes.iter().any(|e| e.original == original && e.change == Change::Skipped);
            if !n.series.gives(original) || skipped {
                return Err(StoreError::NotFound("meeting"));
            }
            let day = date_text(original);
            let member: Option<i64> = tx
                .query_row(
                    "SELECT id FROM network_members WHERE network_id = ?1 AND person_id = ?2 AND joined_on <= ?3
                       AND (left_on IS NULL OR left_on >= ?3)",
                    params![network.0, person.0, day],
                    |r| r.get(0),
                )
                .optional()?;
            if present && member.is_none() {
                return Err(StoreError::Refused(Refusal::NotAMember));
            }
            if present {
                tx.execute(
                    "INSERT OR IGNORE INTO network_attendance (network_id, original_date, person_id) VALUES (?1, ?2, ?3)",
                    params![network.0, day, person.0],
                )?;
            } else {
                tx.execute(
                    "DELETE FROM network_attendance WHERE network_id = ?1 AND original_date = ?2 AND person_id = ?3",
                    params![network.0, day, person.0],
                )?;
            }
            Ok(())
        })
    }
}

/// A change to a network's meetings changes the network's calendar.
fn bump(tx: &Tx, network: NetworkId) -> Result<()> {
    tx.execute(
        "UPDATE networks SET row_version = row_version + 1, updated_at = ?2 WHERE id = ?1",
        params![network.0, tx.stamp()],
    )?;
    Ok(())
}
