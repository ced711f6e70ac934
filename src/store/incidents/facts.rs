//! Correcting an incident's facts after it was recorded: its dates, type,
//! reporter and departments. The reference stays; the protocol clock follows
//! the new dates, as it is worked out from them.

use crate::domain::incidents::cases::{IncidentDraft, IncidentId, field};
use crate::domain::{Problem, Problems};
use crate::store::{DATE_TIME, Result, Store, StoreError, check};
use rusqlite::params;

impl Store {
    /// Replaces the facts of incident `id` with `draft`. Refused as the form
    /// refuses, and when a conversation was held before the new report.
    pub fn update_incident(&mut self, id: IncidentId, draft: &IncidentDraft) -> Result<()> {
        check(draft.problems((self.clock)()))?;
        self.transact(|tx| {
            let first_held: Option<String> = tx.query_row(
                "SELECT min(c.held_on) FROM conversations c JOIN trajectories t ON t.id = c.trajectory_id
                 WHERE t.incident_id = ?1 AND c.held_on IS NOT NULL",
                [id.0],
                |r| r.get(0),
            )?;
            if let Some(held) = first_held.as_deref().and_then(crate::store::parse_date)
                && held < draft.reported_at.date()
            {
                let mut problems = Problems::new();
                problems.add(field::REPORTED_AT, Problem::AfterConversation { held });
                return Err(StoreError::Invalid(problems));
            }
            let changed = tx.execute(
                "UPDATE incidents SET occurred_on = ?2, occurred_time = ?3, reported_at = ?4, type_id = ?5,
                        reporter_id = ?6, updated_at = ?7, row_version = row_version + 1
                 WHERE id = ?1 AND (?8 IS NULL OR row_version = ?8)",
                params![
                    id.0,
                    super::super::date_text(draft.occurred_on),
                    draft.occurred_time.map(|t| t.format(super::TIME).to_string()),
                    draft.reported_at.format(DATE_TIME).to_string(),
                    draft.incident_type.0,
                    draft.reporter.0,
                    tx.stamp(),
                    draft.version,
                ],
            )?;
            if changed == 0 {
                return Err(crate::store::not_saved(tx, "incidents", id.0, "incident")?);
            }
            tx.execute("DELETE FROM incident_departments WHERE incident_id = ?1", [id.0])?;
            for department in &draft.departments {
                tx.execute(
                    "INSERT INTO incident_departments (incident_id, department) VALUES (?1, ?2)",
                    params![id.0, department.trim()],
                )?;
            }
            Ok(())
        })
    }
}
