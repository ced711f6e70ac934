//! Incident support in the database: incidents, their departments and the
//! trajectory of each employee involved. What the form refuses, the store
//! refuses; nothing here can hold what was said.

mod facts;
mod lists;
mod purge;
mod read;

pub use purge::PurgeReport;

use crate::domain::PersonId;
use crate::domain::incidents::cases::{
    CaseListItem, CaseListItemId, CaseListKind, ConversationId, ConversationStep, IncidentDraft, IncidentId, Outcome,
    TrajectoryId, end_problems, next_reference, reference_year,
};
use crate::domain::incidents::matching::{Need, may_support};
use crate::domain::incidents::protocol::{Answer, OfferState, Offers, offer_state};
use crate::store::{
    DATE_TIME, Refusal, Result, Store, StoreError, check, is_unique_refusal, parse_date, read, read_optional,
};
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::params;
use std::collections::HashMap;

const TIME: &str = "%H:%M";

impl Store {
    /// The incident programme's editable lists, in their order.
    pub fn case_list_items(&self) -> Result<Vec<CaseListItem>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, kind, code, name FROM case_list_items ORDER BY kind, sort_order, id")?;
        let mut rows = stmt.query([])?;
        let mut items = Vec::new();
        while let Some(r) = rows.next()? {
            let (id, kind): (i64, String) = (r.get(0)?, r.get(1)?);
            items.push(CaseListItem {
                id: CaseListItemId(id),
                kind: read(CaseListKind::from_code(&kind), "case_list_items", id, "kind", &kind)?,
                code: r.get(2)?,
                name: r.get(3)?,
            });
        }
        Ok(items)
    }

    /// Records an incident and gives it the next reference of its year.
    pub fn record_incident(&mut self, draft: &IncidentDraft) -> Result<IncidentId> {
        check(draft.problems((self.clock)()))?;
        self.transact(|tx| {
            let year = reference_year(draft.reported_at);
            // The year's highest reference, read from the end of an index
            // (by the year's digits, the number's length, the reference):
            // the range keeps it to this year ('.' follows '-').
            let mut stmt = tx.prepare_cached(
                "SELECT reference FROM incidents
                 WHERE substr(reference, 3, 4) = substr(?1, 3, 4) AND reference >= ?1 AND reference < ?2
                 ORDER BY length(reference) DESC, reference DESC LIMIT 1",
            )?;
            let range = [format!("I-{year}-"), format!("I-{year}.")];
            let existing: Vec<String> = stmt.query_map(range, |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            let reference = next_reference(year, existing.iter().map(String::as_str));
            tx.execute(
                "INSERT INTO incidents (reference, occurred_on, occurred_time, reported_at, type_id, reporter_id,
                                        created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![
                    reference,
                    super::date_text(draft.occurred_on),
                    draft.occurred_time.map(|t| t.format(TIME).to_string()),
                    draft.reported_at.format(DATE_TIME).to_string(),
                    draft.incident_type.0,
                    draft.reporter.0,
                    tx.stamp(),
                ],
            )?;
            let id = tx.last_insert_rowid();
            for department in &draft.departments {
                tx.execute(
                    "INSERT INTO incident_departments (incident_id, department) VALUES (?1, ?2)",
                    params![id, department.trim()],
                )?;
            }
            Ok(IncidentId(id))
        })
    }

    /// Adds an employee involved in `incident`: a trajectory of support is
    /// opened for them. Someone already involved in it is refused.
    pub fn add_involved(
        &mut self,
        incident: IncidentId,
        employee: PersonId,
        other_department: bool,
    ) -> Result<TrajectoryId> {
        self.transact(|tx| {
            let inserted = tx.execute(
                "INSERT INTO trajectories (incident_id, employee_id, other_department, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)",
                params![incident.0, employee.0, other_department, tx.stamp()],
            );
            match inserted {
                Ok(_) => Ok(TrajectoryId(tx.last_insert_rowid())),
                Err(e) if is_unique_refusal(&e) => Err(StoreError::Refused(Refusal::AlreadyInvolved)),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Adds someone involved in `incident` who is not in the directory yet:
    /// saved to it, marked as added for an incident (so that they are erased
    /// when the last of their cases is purged), with a trajectory of support.
    pub fn add_new_involved(
        &mut self,
        incident: IncidentId,
        person: &crate::domain::PersonDraft,
        other_department: bool,
    ) -> Result<TrajectoryId> {
        let add = |store: &mut Store| {
            let id = store.save_person(person)?;
            store.transact(|tx| {
                tx.execute("INSERT INTO incident_people (person_id) VALUES (?1)", [id.0])?;
                Ok(())
            })?;
            store.add_involved(incident, id, other_department)
        };
        // Whole or not at all, also when it is part of recording an incident.
        if self.conn.is_autocommit() { self.all_or_nothing(add) } else { add(self) }
    }

    /// Matches `supporter` to a trajectory from `since` (a change keeps the
    /// earlier supporter in the history). The hard rules of matching are
    /// the store's too: never the employee, never anyone involved in the
    /// same incident, never an inactive or untrained supporter, and the
    /// employee's wish for another department respected.
    pub fn assign_supporter(&mut self, trajectory: TrajectoryId, supporter: PersonId, since: NaiveDate) -> Result<()> {
        let trajectories = self.trajectories_beside(trajectory)?;
        let chosen = trajectories.iter().find(|t| t.id == trajectory).ok_or(StoreError::NotFound("trajectory"))?;
        if !chosen.is_open() {
            return Err(StoreError::Refused(Refusal::TrajectoryEnded));
        }
        let involved: Vec<PersonId> =
            trajectories.iter().filter(|t| t.incident == chosen.incident).map(|t| t.employee).collect();
        let (employee, candidate) = (self.person(chosen.employee)?, self.person(supporter)?);
        let need = Need { employee: &employee, involved: &involved, other_department: chosen.other_department };
        if !may_support(&candidate, &need) {
            return Err(StoreError::Refused(Refusal::NotAllowedToSupport));
        }
        self.transact(|tx| {
            tx.execute(
                "INSERT OR REPLACE INTO trajectory_supporters (trajectory_id, supporter_id, since) VALUES (?1, ?2, ?3)",
                params![trajectory.0, supporter.0, super::date_text(since)],
            )?;
            Ok(())
        })
    }

    /// Records whether the employee asked for a supporter from another
    /// department. Refused on an ended trajectory, and (asking for it) when
    /// the supporter matched now works in the employee's department: choose
    /// another supporter first, so the wish is never broken.
    pub fn set_other_department(&mut self, trajectory: TrajectoryId, wish: bool) -> Result<()> {
        let chosen = self.open_trajectory(trajectory)?;
        if wish && let Some(supporter) = chosen.supporter() {
            let involved: Vec<PersonId> = self.trajectories_beside(trajectory)?.iter().map(|t| t.employee).collect();
            let (employee, candidate) = (self.person(chosen.employee)?, self.person(supporter)?);
            let need = Need { employee: &employee, involved: &involved, other_department: true };
            if !may_support(&candidate, &need) {
                return Err(StoreError::Refused(Refusal::NotAllowedToSupport));
            }
        }
        self.transact(|tx| {
            tx.execute(
                "UPDATE trajectories SET other_department = ?2, updated_at = ?3, row_version = row_version + 1
                 WHERE id = ?1",
                params![trajectory.0, wish, tx.stamp()],
            )?;
            Ok(())
        })
    }

    /// Records that support was offered on `on`, with the answer if it is
    /// known. An offer after the second refusal, or on an ended trajectory,
    /// is refused.
    pub fn record_offer(&mut self, trajectory: TrajectoryId, on: NaiveDate, answer: Option<Answer>) -> Result<()> {
        self.open_trajectory(trajectory)?;
        let numbers = self.settings()?.incidents;
        let mut offers = self.offers(trajectory)?;
        // An offer without an answer yet is answered, not offered again.
        let pending = offers.last().is_some_and(|(_, a)| a.is_none());
        if !pending && offer_state(&offers, &numbers) == OfferState::EndedDeclined {
            return Err(StoreError::Refused(Refusal::TrajectoryEnded));
        }
        if pending {
            offers.pop();
        }
        offers.push((on, answer));
        let ends = offer_state(&offers, &numbers) == OfferState::EndedDeclined;
        self.transact(|tx| {
            if pending {
                tx.execute(
                    "DELETE FROM offers WHERE id = (SELECT max(id) FROM offers WHERE trajectory_id = ?1)",
                    [trajectory.0],
                )?;
            }
            tx.execute(
                "INSERT INTO offers (trajectory_id, offered_on, answer) VALUES (?1, ?2, ?3)",
                params![trajectory.0, super::date_text(on), answer.map(Answer::code)],
            )?;
            if ends {
                tx.execute(
                    "UPDATE trajectories SET outcome = 'declined', ended_on = ?2, updated_at = ?3,
                            row_version = row_version + 1
                     WHERE id = ?1",
                    params![trajectory.0, super::date_text(on), tx.stamp()],
                )?;
            }
            Ok(())
        })
    }

    /// Every trajectory's offers, oldest first, with their answers.
    pub fn all_offers(&self) -> Result<HashMap<TrajectoryId, Offers>> {
        const TABLE: &str = "offers";
        let mut stmt =
            self.conn.prepare_cached("SELECT id, trajectory_id, offered_on, answer FROM offers ORDER BY id")?;
        let mut rows = stmt.query([])?;
        let mut offers: HashMap<TrajectoryId, Offers> = HashMap::new();
        while let Some(r) = rows.next()? {
            let (id, trajectory, on, answer): (i64, i64, String, Option<String>) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            offers.entry(TrajectoryId(trajectory)).or_default().push((
                read(parse_date(&on), TABLE, id, "offered_on", &on)?,
                read_optional(answer.as_deref(), Answer::from_code, TABLE, id, "answer")?,
            ));
        }
        Ok(offers)
    }

    /// The offers of `trajectory`, oldest first, with their answers.
    pub fn offers(&self, trajectory: TrajectoryId) -> Result<Vec<(NaiveDate, Option<Answer>)>> {
        const TABLE: &str = "offers";
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, offered_on, answer FROM offers WHERE trajectory_id = ?1 ORDER BY id")?;
        let mut rows = stmt.query([trajectory.0])?;
        let mut offers = Vec::new();
        while let Some(r) = rows.next()? {
            let (id, on, answer): (i64, String, Option<String>) = (r.get(0)?, r.get(1)?, r.get(2)?);
            offers.push((
                read(parse_date(&on), TABLE, id, "offered_on", &on)?,
                read_optional(answer.as_deref(), Answer::from_code, TABLE, id, "answer")?,
            ));
        }
        Ok(offers)
    }

    /// Plans a conversation of a running trajectory.
    pub fn plan_conversation(
        &mut self,
        trajectory: TrajectoryId,
        step: ConversationStep,
        at: NaiveDateTime,
    ) -> Result<ConversationId> {
        self.open_trajectory(trajectory)?;
        self.transact(|tx| {
            tx.execute(
                "INSERT INTO conversations (trajectory_id, step, planned_at) VALUES (?1, ?2, ?3)",
                params![trajectory.0, step.code(), at.format(DATE_TIME).to_string()],
            )?;
            Ok(ConversationId(tx.last_insert_rowid()))
        })
    }

    /// Records that a conversation was held on `day`, or (with `None`) that
    /// it was not held. A day in the future is refused.
    pub fn record_conversation(&mut self, conversation: ConversationId, held_on: Option<NaiveDate>) -> Result<()> {
        if held_on.is_some_and(|day| day > self.today()) {
            let mut problems = crate::domain::Problems::new();
            problems.add("held_on", crate::domain::Problem::DateInFuture);
            return Err(StoreError::Invalid(problems));
        }
        self.transact(|tx| {
            let changed = tx.execute(
                "UPDATE conversations SET held_on = ?2, not_held = ?3 WHERE id = ?1",
                params![conversation.0, held_on.map(super::date_text), held_on.is_none()],
            )?;
            if changed == 0 { Err(StoreError::NotFound("conversation")) } else { Ok(()) }
        })
    }

    /// Ends a trajectory: closed or referred after the third conversation,
    /// or declined.
    pub fn end_trajectory(
        &mut self,
        trajectory: TrajectoryId,
        outcome: Outcome,
        referral: Option<CaseListItemId>,
        on: NaiveDate,
    ) -> Result<()> {
        self.open_trajectory(trajectory)?;
        let conversations = self.load_conversations(Some(trajectory))?;
        check(end_problems(outcome, &conversations, referral))?;
        self.transact(|tx| {
            tx.execute(
                "UPDATE trajectories SET outcome = ?2, referral_id = ?3, ended_on = ?4, updated_at = ?5,
                        row_version = row_version + 1
                 WHERE id = ?1",
                params![trajectory.0, outcome.code(), referral.map(|r| r.0), super::date_text(on), tx.stamp()],
            )?;
            Ok(())
        })
    }
}
