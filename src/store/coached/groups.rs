//! Coached groups: registrations, the waiting list and groups.

use crate::domain::coached::groups::{
    ApplicationStatus, Group, GroupDraft, GroupId, GroupStatus, RegistrationId, RegistrationKind,
};
use crate::domain::coached::{GroupPricing, occupancy, registration_price};
use crate::domain::{Money, PersonId};
use crate::store::{Refusal, Result, Store, StoreError, check, date_text, parse_date, read, read_optional};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;

/// A new group formed from registrations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewGroup {
    pub name: String,
    pub registrations: Vec<RegistrationId>,
    pub coach: Option<PersonId>,
    pub pricing: GroupPricing,
    pub formed_on: NaiveDate,
}

impl Store {
    /// Forms a group from waiting registrations: their people become the
    /// members and each registration gets the price of today's settings.
    pub fn form_group(&mut self, group: &NewGroup) -> Result<GroupId> {
        self.check_may_join(&group.registrations, &[])?;
        self.transact(|tx| {
            let stamp = tx.stamp();
            tx.execute(
                "INSERT INTO coached_groups (name, status, coach_id, hourly_rate_cents, session_minutes, sessions,
                                             max_group_size, formed_on, created_at, updated_at)
                 VALUES (?1, 'forming', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![
                    group.name.trim(),
                    group.coach.map(|c| c.0),
                    group.pricing.hourly_rate.cents(),
                    group.pricing.session_minutes,
                    group.pricing.sessions,
                    group.pricing.max_group_size,
                    date_text(group.formed_on),
                    stamp
                ],
            )?;
            let id = GroupId(tx.last_insert_rowid());
            for registration in &group.registrations {
                place_registration(tx, id, *registration, &group.pricing)?;
            }
            update_application_need(tx, id)?;
            Ok(id)
        })
    }

    /// Adds a waiting registration to an existing group.
    pub fn add_to_group(&mut self, group: GroupId, registration: RegistrationId) -> Result<()> {
        let Some(found) = self.groups()?.into_iter().find(|g| g.id == group) else {
            return Err(StoreError::NotFound("group"));
        };
        if !found.status.is_active() {
            return Err(StoreError::Refused(Refusal::GroupEnded));
        }
        self.check_may_join(&[registration], &found.members)?;
        self.transact(|tx| {
            let pricing = group_pricing(tx, group)?;
            place_registration(tx, group, registration, &pricing)?;
            update_application_need(tx, group)
        })
    }

    /// Takes a registration out of its group: its people leave the group and
    /// it returns to the waiting list.
    pub fn remove_from_group(&mut self, registration: RegistrationId) -> Result<()> {
        let groups = self.groups()?;
        let placed_in = self.registrations()?.into_iter().find(|r| r.id == registration).and_then(|r| r.group);
        if placed_in.is_some_and(|id| !groups.iter().any(|g| g.id == id && g.status.is_active())) {
            // Back on the waiting list from an ended group, they could be in two places.
            return Err(StoreError::Refused(Refusal::GroupEnded));
        }
        self.transact(|tx| {
            let group: Option<i64> = tx
                .query_row("SELECT group_id FROM registrations WHERE id = ?1", [registration.0], |r| r.get(0))
                .optional()?
                .flatten();
            let Some(group) = group else { return Err(StoreError::NotFound("registration")) };
            tx.execute(
                "DELETE FROM group_members WHERE group_id = ?1
                   AND person_id IN (SELECT person_id FROM registration_people WHERE registration_id = ?2)",
                params![group, registration.0],
            )?;
            tx.execute("UPDATE registrations SET group_id = NULL, price_cents = NULL WHERE id = ?1", [registration.0])?;
            update_application_need(tx, GroupId(group))
        })
    }

    /// Every group with its members.
    pub fn groups(&self) -> Result<Vec<Group>> {
        let mut members: HashMap<i64, Vec<PersonId>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT gm.group_id, gm.person_id FROM group_members gm JOIN people p ON p.id = gm.person_id
             ORDER BY gm.group_id, p.name COLLATE NOCASE",
        )?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
            let (group, person) = row?;
            members.entry(group).or_default().push(PersonId(person));
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, status, coach_id, location, meeting_link, hourly_rate_cents, session_minutes, sessions,
                    max_group_size, application, applied_on, decided_on, formed_on, row_version
             FROM coached_groups ORDER BY formed_on DESC, id DESC",
        )?;
        let mut rows = stmt.query([])?;
        let mut groups = Vec::new();
        while let Some(row) = rows.next()? {
            let mut group = row_to_group(row)?;
            group.members = members.remove(&group.id.0).unwrap_or_default();
            groups.push(group);
        }
        Ok(groups)
    }

    /// Saves a group's details.
    pub fn save_group(&mut self, draft: &GroupDraft) -> Result<()> {
        check(draft.problems())?;
        let Some(id) = draft.id else { return Err(StoreError::NotFound("group")) };
        let groups = self.groups()?;
        let was_active = groups.iter().any(|g| g.id == id && g.status.is_active());
        if draft.status.is_active() && !was_active && !occupancy::may_reopen(id, &self.registrations()?, &groups) {
            return Err(StoreError::Refused(Refusal::PersonElsewhere));
        }
        self.transact(|tx| {
            let changed = tx.execute(
                "UPDATE coached_groups SET name = ?2, status = ?3, coach_id = ?4, location = ?5, meeting_link = ?6,
                        application = ?7, applied_on = ?8, decided_on = ?9, updated_at = ?10,
                        row_version = row_version + 1
                 WHERE id = ?1 AND (?11 IS NULL OR row_version = ?11)",
                params![
                    id.0,
                    draft.name.trim(),
                    draft.status.code(),
                    draft.coach.map(|c| c.0),
                    draft.location.trim(),
                    draft.meeting_link.trim(),
                    draft.application.map(|a| a.code()),
                    draft.applied_on.map(date_text),
                    draft.decided_on.map(date_text),
                    tx.stamp(),
                    draft.version,
                ],
            )?;
            if changed == 0 { Err(crate::store::not_saved(tx, "coached_groups", id.0, "group")?) } else { Ok(()) }
        })
    }
}

impl Store {
    /// Refuses to place `placing` in a group with `members` when anyone of
    /// them is already a member, in another active registration, or in two
    /// of the registrations being placed.
    fn check_may_join(&self, placing: &[RegistrationId], members: &[PersonId]) -> Result<()> {
        let (registrations, groups) = (self.registrations()?, self.groups()?);
        let mut joined: Vec<PersonId> = members.to_vec();
        for id in placing {
            let Some(registration) = registrations.iter().find(|r| r.id == *id) else {
                return Err(StoreError::NotFound("registration"));
            };
            if !occupancy::may_join(registration, &joined, &registrations, &groups) {
                return Err(StoreError::Refused(Refusal::PersonElsewhere));
            }
            joined.extend(registration.people.iter().copied());
        }
        Ok(())
    }
}

/// A row of `coached_groups` as a group without its members.
fn row_to_group(r: &rusqlite::Row<'_>) -> Result<Group> {
    const TABLE: &str = "coached_groups";
    let id: i64 = r.get(0)?;
    let status: String = r.get(2)?;
    let application: Option<String> = r.get(10)?;
    let applied_on: Option<String> = r.get(11)?;
    let decided_on: Option<String> = r.get(12)?;
    let formed_on: String = r.get(13)?;
    Ok(Group {
        id: GroupId(id),
        name: r.get(1)?,
        status: read(GroupStatus::from_code(&status), TABLE, id, "status", &status)?,
        coach: r.get::<_, Option<i64>>(3)?.map(PersonId),
        location: r.get(4)?,
        meeting_link: r.get(5)?,
        pricing: GroupPricing {
            hourly_rate: Money::from_cents(r.get(6)?),
            session_minutes: r.get(7)?,
            sessions: r.get(8)?,
            max_group_size: r.get(9)?,
        },
        application: read_optional(application.as_deref(), ApplicationStatus::from_code, TABLE, id, "application")?,
        applied_on: read_optional(applied_on.as_deref(), parse_date, TABLE, id, "applied_on")?,
        decided_on: read_optional(decided_on.as_deref(), parse_date, TABLE, id, "decided_on")?,
        formed_on: read(parse_date(&formed_on), TABLE, id, "formed_on", &formed_on)?,
        members: Vec::new(),
        version: r.get(14)?,
    })
}

fn group_pricing(conn: &Connection, group: GroupId) -> Result<GroupPricing> {
    conn.query_row(
        "SELECT hourly_rate_cents, session_minutes, sessions, max_group_size FROM coached_groups WHERE id = ?1",
        [group.0],
        |r| {
            Ok(GroupPricing {
                hourly_rate: Money::from_cents(r.get(0)?),
                session_minutes: r.get(1)?,
                sessions: r.get(2)?,
                max_group_size: r.get(3)?,
            })
        },
    )
    .optional()?
    .ok_or(StoreError::NotFound("group"))
}

/// Places one waiting registration in `group`, copying its price.
fn place_registration(conn: &Connection, group: GroupId, id: RegistrationId, pricing: &GroupPricing) -> Result<()> {
    let row: Option<(String, Option<i64>, bool)> = conn
        .query_row("SELECT kind, group_id, withdrawn FROM registrations WHERE id = ?1", [id.0], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    let Some((kind, placed, withdrawn)) = row else { return Err(StoreError::NotFound("registration")) };
    if placed.is_some() || withdrawn {
        return Err(StoreError::Refused(Refusal::RegistrationPlaced));
    }
    let kind = RegistrationKind::from_code(&kind).ok_or(StoreError::NotFound("registration"))?;
    let price = registration_price(pricing, kind).map(|p| p.cents());
    conn.execute(
        "UPDATE registrations SET group_id = ?2, price_cents = ?3 WHERE id = ?1",
        params![id.0, group.0, price],
    )?;
    conn.execute(
        "INSERT OR IGNORE INTO group_members (group_id, person_id)
         SELECT ?1, person_id FROM registration_people WHERE registration_id = ?2",
        params![group.0, id.0],
    )?;
    Ok(())
}

/// A group with a centrally funded registration needs an application to the
/// central budget; one without needs none. A change here is a change of the
/// group's details: its row version grows, so a form opened before it is
/// refused rather than putting the old application back.
fn update_application_need(conn: &Connection, group: GroupId) -> Result<()> {
    let central: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM registrations r JOIN funding_sources f ON f.id = r.funding_id
                        WHERE r.group_id = ?1 AND f.central_budget = 1)",
        [group.0],
        |r| r.get(0),
    )?;
    if central {
        conn.execute(
            "UPDATE coached_groups SET application = 'to_apply', row_version = row_version + 1
             WHERE id = ?1 AND application IS NULL",
            [group.0],
        )?;
    } else {
        conn.execute(
            "UPDATE coached_groups SET application = NULL, applied_on = NULL, decided_on = NULL,
                    row_version = row_version + 1
             WHERE id = ?1 AND application IS NOT NULL",
            [group.0],
        )?;
    }
    Ok(())
}
