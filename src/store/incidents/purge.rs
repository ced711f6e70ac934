//! The retention purge: once the retention period has passed after a
//! trajectory ended, everything that identifies it (the employee, the
//! supporters, the dates, the departments) is removed, and an anonymous
//! statistics row remains for the yearly report. An incident goes when it
//! has no trajectory left and its own report is older than the period.

use crate::store::{DATE_TIME, Result, Store, parse_date, parse_date_time};
use chrono::{Datelike, Months, NaiveDate};
use rusqlite::params;

/// What a purge removed, or (as a dry run) would remove.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PurgeReport {
    pub trajectories: usize,
    pub incidents: usize,
    /// People added to the directory only for an incident, erased with the
    /// last of their cases.
    pub people: usize,
}

impl PurgeReport {
    /// True when the purge removes nothing.
    pub fn is_empty(&self) -> bool {
        *self == PurgeReport::default()
    }

    /// The counts for the access log: trajectories / incidents / people.
    pub fn log_subject(&self) -> String {
        format!("{} / {} / {}", self.trajectories, self.incidents, self.people)
    }
}

impl Store {
    /// The purge as the window and the command line run it: when anything
    /// has passed its retention period, a checked backup comes first (kept
    /// by `policy`), then the purge. The backup is `None` when nothing went.
    pub fn purge_after_backup(
        &mut self,
        today: NaiveDate,
        policy: crate::domain::backups::BackupPolicy,
    ) -> Result<(PurgeReport, Option<crate::store::MadeBackup>)> {
        if self.purge(today, true)?.is_empty() {
            return Ok((PurgeReport::default(), None));
        }
        let backup = self.back_up(crate::store::BackupReason::BeforePurge, policy)?;
        Ok((self.purge(today, false)?, Some(backup)))
    }

    /// Removes (or, with `dry_run`, only counts) what has passed its
    /// retention period on `today`. Freed pages are overwritten
    /// (`secure_delete`) and the log is folded into the file, so nothing of
    /// it stays readable.
    pub fn purge(&mut self, today: NaiveDate, dry_run: bool) -> Result<PurgeReport> {
        let months = u32::try_from(self.settings()?.incidents.retention_months.max(1)).unwrap_or(12);
        let Some(cutoff) = today.checked_sub_months(Months::new(months)) else { return Ok(PurgeReport::default()) };
        let cutoff_text = super::super::date_text(cutoff);
        let expired: Vec<i64> = {
            let mut stmt = self
                .conn
                .prepare("SELECT id FROM trajectories WHERE ended_on IS NOT NULL AND ended_on < ?1 ORDER BY id")?;
            stmt.query_map([&cutoff_text], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        let cutoff_moment = cutoff.and_hms_opt(0, 0, 0).unwrap_or_default().format(DATE_TIME).to_string();
        let incidents_gone = |conn: &rusqlite::Connection| -> rusqlite::Result<usize> {
            conn.query_row::<i64, _, _>(
                "SELECT count(*) FROM incidents i WHERE i.reported_at < ?1
                   AND NOT EXISTS (SELECT 1 FROM trajectories t WHERE t.incident_id = i.id AND
                                   (t.ended_on IS NULL OR t.ended_on >= ?2))",
                params![cutoff_moment, cutoff_text],
                |r| r.get(0),
            )
            .map(|n| usize::try_from(n).unwrap_or(0))
        };
        if dry_run {
            let people = people_erased_with(&self.conn, &expired)?;
            return Ok(PurgeReport { trajectories: expired.len(), incidents: incidents_gone(&self.conn)?, people });
        }
        let report = self.transact(|tx| {
            for id in &expired {
                keep_statistics(tx, *id)?;
                tx.execute("DELETE FROM trajectories WHERE id = ?1", [id])?;
            }
            let incidents = incidents_gone(tx)?;
            tx.execute(
                "DELETE FROM incidents WHERE reported_at < ?1
                   AND NOT EXISTS (SELECT 1 FROM trajectories t WHERE t.incident_id = incidents.id)",
                [&cutoff_moment],
            )?;
            let erased_at = tx.stamp().to_string();
            let mut names = Vec::new();
            for (id, created_at) in people_of_purged_cases(tx)? {
                names.extend(erase_if_unused(tx, id, &created_at, &erased_at)?);
            }
            let people = names.len();
            // A file name in the access log may hold an erased person's name.
            crate::store::access::erase_names(tx, &names)?;
            Ok(PurgeReport { trajectories: expired.len(), incidents, people })
        })?;
        // Inside a larger operation (the demo), the log is folded in later.
        if report != PurgeReport::default() && self.conn.is_autocommit() {
            self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(report)
    }
}

/// People added to the directory only for an incident who no longer have a
/// case (as employee or supporter) nor a role: their id and creation time.
fn people_of_purged_cases(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare(
        "SELECT p.id, p.created_at FROM incident_people ip JOIN people p ON p.id = ip.person_id
         WHERE NOT EXISTS (SELECT 1 FROM trajectories t WHERE t.employee_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM trajectory_supporters s WHERE s.supporter_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id)",
    )?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect()
}

/// How many people added only for an incident the purge of `expired`
/// would erase: those without a role whose every case is among them. (One
/// that a registration, group or network still names stays; the dry run
/// does not look that far.)
///
/// `expired` is sorted (the purge reads it by id).
fn people_erased_with(conn: &rusqlite::Connection, expired: &[i64]) -> Result<usize> {
    let mut candidates = conn.prepare(
        "SELECT ip.person_id FROM incident_people ip
         WHERE NOT EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = ip.person_id)",
    )?;
    let ids: Vec<i64> = candidates.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    let mut cases = conn.prepare(
        "SELECT id FROM trajectories WHERE employee_id = ?1
         UNION SELECT trajectory_id FROM trajectory_supporters WHERE supporter_id = ?1",
    )?;
    let mut count = 0;
    for id in ids {
        let theirs: Vec<i64> = cases.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        if !theirs.is_empty() && theirs.iter().all(|t| expired.binary_search(t).is_ok()) {
            count += 1;
        }
    }
    Ok(count)
}

/// Erases person `id` (deleted, and noted in the erasure journal so that a
/// restore erases them again) unless something else still names them
/// (a registration, a group, a network): then they stay. Their name when
/// erased.
fn erase_if_unused(conn: &rusqlite::Connection, id: i64, created_at: &str, erased_at: &str) -> Result<Option<String>> {
    let name = crate::store::erasure::name_of(conn, id)?.unwrap_or_default();
    conn.execute_batch("SAVEPOINT erase_person")?;
    match conn.execute("DELETE FROM people WHERE id = ?1", [id]) {
        Ok(_) => {
            crate::store::erasure::journal_erasure(conn, id, created_at, erased_at)?;
            conn.execute_batch("RELEASE erase_person")?;
            Ok(Some(name))
        }
        Err(e) if crate::store::is_foreign_key_refusal(&e) => {
            conn.execute_batch("ROLLBACK TO erase_person; RELEASE erase_person")?;
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// Writes the anonymous statistics row of trajectory `id`: year and
/// quarter of the incident, its type, hours from the report to the first
/// conversation held, conversations held, outcome.
fn keep_statistics(conn: &rusqlite::Connection, id: i64) -> Result<()> {
    let (occurred_on, reported_at, type_code, outcome, incident): (String, String, String, String, i64) = conn
        .query_row(
            "SELECT i.occurred_on, i.reported_at, coalesce(l.code, 'item-' || l.id), t.outcome, i.id
         FROM trajectories t JOIN incidents i ON i.id = t.incident_id JOIN case_list_items l ON l.id = i.type_id
         WHERE t.id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
    let first_held: Option<String> = conn.query_row(
        "SELECT min(planned_at) FROM conversations WHERE trajectory_id = ?1 AND held_on IS NOT NULL",
        [id],
        |r| r.get(0),
    )?;
    let held: i64 = conn.query_row(
        "SELECT count(*) FROM conversations WHERE trajectory_id = ?1 AND held_on IS NOT NULL",
        [id],
        |r| r.get(0),
    )?;
    let day = parse_date(&occurred_on).unwrap_or_default();
    let hours = match (first_held.as_deref().and_then(parse_date_time), parse_date_time(&reported_at)) {
        (Some(first), Some(reported)) => Some((first - reported).num_hours()),
        _ => None,
    };
    conn.execute(
        "INSERT INTO incident_statistics (year, quarter, type_code, hours_to_first, conversations_held, outcome,
                                          incident_number)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![day.year(), day.month0() / 3 + 1, type_code, hours, held, outcome, incident],
    )?;
    Ok(())
}

impl Store {
    /// The anonymous figures of the purged trajectories, as facts for the
    /// yearly report.
    pub fn purged_facts(&self) -> Result<Vec<crate::domain::incidents::report::CaseFact>> {
        use crate::domain::incidents::cases::Outcome;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, quarter, type_code, hours_to_first, conversations_held, outcome, incident_number, year
             FROM incident_statistics ORDER BY id",
        )?;
        let count: i64 = self.conn.query_row("SELECT count(*) FROM incident_statistics", [], |r| r.get(0))?;
        let mut rows = stmt.query([])?;
        let mut facts = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let outcome: String = r.get(5)?;
            let outcome =
                crate::store::read(Outcome::from_code(&outcome), "incident_statistics", id, "outcome", &outcome)?;
            let incident: Option<i64> = r.get(6)?;
            facts.push(crate::domain::incidents::report::CaseFact {
                // Figures kept before incidents were numbered count as one incident each.
                incident: incident.map(|n| format!("incident-{n}")).unwrap_or_else(|| format!("figure-{id}")),
                year: r.get::<_, i64>(7)?.try_into().unwrap_or_default(),
                quarter: u32::try_from(r.get::<_, i64>(1)?).unwrap_or(1),
                incident_type: r.get(2)?,
                accepted: Some(outcome != Outcome::Declined),
                hours_to_first: r.get(3)?,
                conversations_held: r.get(4)?,
                outcome: Some(outcome),
            });
        }
        Ok(facts)
    }
}
