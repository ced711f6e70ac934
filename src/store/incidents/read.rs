//! Reading incident support back: incidents with their departments, and
//! the trajectories and conversations of all of them or of one incident or
//! trajectory (a change reads only what it touches, by index).

use super::TIME;
use crate::domain::PersonId;
use crate::domain::incidents::cases::{
    CaseListItemId, Conversation, ConversationId, ConversationStep, Incident, IncidentId, Outcome, Trajectory,
    TrajectoryId,
};
use crate::store::{Refusal, Result, Store, StoreError, parse_date, parse_date_time, read, read_optional};
use chrono::NaiveTime;
use rusqlite::OptionalExtension;
use std::collections::HashMap;

impl Store {
    /// Every incident with its departments, newest report first.
    pub fn incidents(&self) -> Result<Vec<Incident>> {
        const TABLE: &str = "incidents";
        let mut departments: HashMap<i64, Vec<String>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached("SELECT incident_id, department FROM incident_departments")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (incident, department) = row?;
            departments.entry(incident).or_default().push(department);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, reference, occurred_on, occurred_time, reported_at, type_id, reporter_id, row_version
             FROM incidents ORDER BY reported_at DESC, id DESC",
        )?;
        let mut rows = stmt.query([])?;
        let mut incidents = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let (occurred_on, reported_at): (String, String) = (r.get(2)?, r.get(4)?);
            let time: Option<String> = r.get(3)?;
            incidents.push(Incident {
                id: IncidentId(id),
                reference: r.get(1)?,
                occurred_on: read(parse_date(&occurred_on), TABLE, id, "occurred_on", &occurred_on)?,
                occurred_time: read_optional(
                    time.as_deref(),
                    |t| NaiveTime::parse_from_str(t, TIME).ok(),
                    TABLE,
                    id,
                    "occurred_time",
                )?,
                reported_at: read(parse_date_time(&reported_at), TABLE, id, "reported_at", &reported_at)?,
                incident_type: CaseListItemId(r.get(5)?),
                reporter: CaseListItemId(r.get(6)?),
                departments: departments.remove(&id).unwrap_or_default(),
                version: r.get(7)?,
            });
        }
        Ok(incidents)
    }

    /// Every conversation, by planned time.
    pub fn conversations(&self) -> Result<Vec<Conversation>> {
        self.load_conversations(None)
    }

    /// The conversations of every trajectory, or of `only` one.
    pub(super) fn load_conversations(&self, only: Option<TrajectoryId>) -> Result<Vec<Conversation>> {
        const TABLE: &str = "conversations";
        let (sql, filter) = crate::store::every_or_only(
            "SELECT id, trajectory_id, step, planned_at, held_on, not_held FROM conversations
             {where} ORDER BY planned_at, id",
            "trajectory_id",
            only.map(|t| t.0),
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([filter])?;
        let mut conversations = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let (step, planned_at, held_on): (String, String, Option<String>) = (r.get(2)?, r.get(3)?, r.get(4)?);
            conversations.push(Conversation {
                id: ConversationId(id),
                trajectory: TrajectoryId(r.get(1)?),
                step: read(ConversationStep::from_code(&step), TABLE, id, "step", &step)?,
                planned_at: read(parse_date_time(&planned_at), TABLE, id, "planned_at", &planned_at)?,
                held_on: read_optional(held_on.as_deref(), parse_date, TABLE, id, "held_on")?,
                not_held: r.get(5)?,
            });
        }
        Ok(conversations)
    }

    /// The trajectory `id`, refused when it has ended.
    pub(super) fn open_trajectory(&self, id: TrajectoryId) -> Result<Trajectory> {
        let trajectory =
            self.trajectories_beside(id)?.into_iter().find(|t| t.id == id).ok_or(StoreError::NotFound("trajectory"))?;
        if trajectory.is_open() { Ok(trajectory) } else { Err(StoreError::Refused(Refusal::TrajectoryEnded)) }
    }

    /// Every trajectory with its supporters, in the order they were opened.
    pub fn trajectories(&self) -> Result<Vec<Trajectory>> {
        self.load_trajectories(None)
    }

    /// The trajectories of the incident trajectory `id` belongs to (empty
    /// when there is no such trajectory): what one change needs to know,
    /// without reading every incident's.
    pub(super) fn trajectories_beside(&self, id: TrajectoryId) -> Result<Vec<Trajectory>> {
        let incident: Option<i64> = self
            .conn
            .query_row("SELECT incident_id FROM trajectories WHERE id = ?1", [id.0], |r| r.get(0))
            .optional()?;
        match incident {
            Some(incident) => self.load_trajectories(Some(IncidentId(incident))),
            None => Ok(Vec::new()),
        }
    }

    /// The trajectories of every incident, or of `only` one.
    pub(super) fn load_trajectories(&self, only: Option<IncidentId>) -> Result<Vec<Trajectory>> {
        const TABLE: &str = "trajectories";
        let only = only.map(|i| i.0);
        let mut supporters: HashMap<i64, Vec<(PersonId, chrono::NaiveDate)>> = HashMap::new();
        let (sql, filter) = crate::store::every_or_only(
            "SELECT s.trajectory_id, s.supporter_id, s.since FROM trajectory_supporters s
             JOIN trajectories t ON t.id = s.trajectory_id {where} ORDER BY s.since",
            "t.incident_id",
            only,
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows =
            stmt.query_map([filter], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?)))?;
        for row in rows {
            let (trajectory, supporter, since) = row?;
            let since = read(parse_date(&since), "trajectory_supporters", trajectory, "since", &since)?;
            supporters.entry(trajectory).or_default().push((PersonId(supporter), since));
        }
        let (sql, filter) = crate::store::every_or_only(
            "SELECT id, incident_id, employee_id, other_department, outcome, referral_id, ended_on
             FROM trajectories {where} ORDER BY id",
            "incident_id",
            only,
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([filter])?;
        let mut trajectories = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let (outcome, ended_on): (Option<String>, Option<String>) = (r.get(4)?, r.get(6)?);
            trajectories.push(Trajectory {
                id: TrajectoryId(id),
                incident: IncidentId(r.get(1)?),
                employee: PersonId(r.get(2)?),
                other_department: r.get(3)?,
                supporters: supporters.remove(&id).unwrap_or_default(),
                outcome: read_optional(outcome.as_deref(), Outcome::from_code, TABLE, id, "outcome")?,
                referral: r.get::<_, Option<i64>>(5)?.map(CaseListItemId),
                ended_on: read_optional(ended_on.as_deref(), parse_date, TABLE, id, "ended_on")?,
            });
        }
        Ok(trajectories)
    }
}
