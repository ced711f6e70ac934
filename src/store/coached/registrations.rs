//! Registrations for coached groups: the waiting list, one place per person.

use crate::domain::coached::groups::GroupId;
use crate::domain::coached::groups::{Registration, RegistrationDraft, RegistrationId, RegistrationKind, TimeSlot};
use crate::domain::coached::occupancy;
use crate::domain::funding::FundingSourceId;
use crate::domain::{Money, PersonId};
use crate::store::{Refusal, Result, Store, StoreError, Tx, check, date_text, not_saved, parse_date, read};
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;

/// Every registration, oldest first.
const SELECT_REGISTRATIONS: &str =
    "SELECT id, kind, registered_on, contact_id, preferred, theme, funding_id, group_id, price_cents, withdrawn,
            row_version
     FROM registrations ORDER BY registered_on, id";

/// A row of [`SELECT_REGISTRATIONS`], without its people.
fn row_to_registration(r: &rusqlite::Row<'_>) -> Result<Registration> {
    const TABLE: &str = "registrations";
    let id: i64 = r.get(0)?;
    let (kind, registered_on, preferred): (String, String, String) = (r.get(1)?, r.get(2)?, r.get(4)?);
    Ok(Registration {
        id: RegistrationId(id),
        kind: read(RegistrationKind::from_code(&kind), TABLE, id, "kind", &kind)?,
        registered_on: read(parse_date(&registered_on), TABLE, id, "registered_on", &registered_on)?,
        contact: r.get::<_, Option<i64>>(3)?.map(PersonId),
        people: Vec::new(),
        preferred: TimeSlot::decode_all(&preferred),
        theme: r.get(5)?,
        funding: FundingSourceId(r.get(6)?),
        group: r.get::<_, Option<i64>>(7)?.map(GroupId),
        price: r.get::<_, Option<i64>>(8)?.map(Money::from_cents),
        withdrawn: r.get(9)?,
        version: r.get(10)?,
    })
}

impl Store {
    /// Every registration with its people, oldest first.
    pub fn registrations(&self) -> Result<Vec<Registration>> {
        let mut people: HashMap<i64, Vec<PersonId>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT registration_id, person_id FROM registration_people ORDER BY registration_id, position",
        )?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
            let (registration, person) = row?;
            people.entry(registration).or_default().push(PersonId(person));
        }
        let mut stmt = self.conn.prepare_cached(SELECT_REGISTRATIONS)?;
        let mut rows = stmt.query([])?;
        let mut registrations = Vec::new();
        while let Some(row) = rows.next()? {
            let mut registration = row_to_registration(row)?;
            registration.people = people.remove(&registration.id.0).unwrap_or_default();
            registrations.push(registration);
        }
        Ok(registrations)
    }

    /// Adds or updates a registration that is not yet placed in a group.
    /// Someone already waiting is registered again only when the draft
    /// replaces that registration, which is then withdrawn in the same
    /// transaction; someone in an active group is refused.
    pub fn save_registration(&mut self, draft: &RegistrationDraft) -> Result<RegistrationId> {
        check(draft.problems(&self.settings()?.coached, self.today()))?;
        let (registrations, groups) = (self.registrations()?, self.groups()?);
        check(occupancy::registration_problems(draft, &registrations, &groups))?;
        self.transact(|tx| {
            for replaced in &draft.replaces {
                withdraw(tx, *replaced)?;
            }
            save_registration(tx, draft)
        })
    }

    /// Takes a waiting registration off the waiting list (kept for the record).
    pub fn withdraw_registration(&mut self, id: RegistrationId) -> Result<()> {
        self.transact(|tx| withdraw(tx, id))
    }

    /// Puts a withdrawn registration back on the waiting list, unless one of
    /// its people has taken another place meanwhile.
    pub fn restore_registration(&mut self, id: RegistrationId) -> Result<()> {
        let registrations = self.registrations()?;
        let Some(registration) = registrations.iter().find(|r| r.id == id) else {
            return Err(StoreError::NotFound("registration"));
        };
        if !registration.withdrawn || registration.group.is_some() {
            return Err(StoreError::Refused(Refusal::RegistrationPlaced));
        }
        let groups = self.groups()?;
        if !occupancy::may_join(registration, &[], &registrations, &groups) {
            return Err(StoreError::Refused(Refusal::PersonElsewhere));
        }
        self.transact(|tx| {
            tx.execute("UPDATE registrations SET withdrawn = 0 WHERE id = ?1", [id.0])?;
            Ok(())
        })
    }
}

/// Takes a waiting registration off the waiting list.
fn withdraw(conn: &Connection, id: RegistrationId) -> Result<()> {
    let changed = conn.execute(
        "UPDATE registrations SET withdrawn = 1 WHERE id = ?1 AND group_id IS NULL AND withdrawn = 0",
        [id.0],
    )?;
    if changed == 0 { Err(StoreError::Refused(Refusal::RegistrationPlaced)) } else { Ok(()) }
}

/// Why an update of registration `id` changed nothing: it was placed in a
/// group, or it is gone or changed since the form was opened.
fn not_changed(conn: &Connection, id: RegistrationId) -> Result<StoreError> {
    let placed: Option<bool> = conn
        .query_row("SELECT group_id IS NOT NULL FROM registrations WHERE id = ?1", [id.0], |r| r.get(0))
        .optional()?;
    if placed == Some(true) {
        return Ok(StoreError::Refused(Refusal::RegistrationPlaced));
    }
    not_saved(conn, "registrations", id.0, "registration")
}

fn save_registration(tx: &Tx, draft: &RegistrationDraft) -> Result<RegistrationId> {
    let conn: &Connection = tx;
    let Some(funding) = draft.funding else { return Err(StoreError::NotFound("funding source")) };
    let id = match draft.id {
        Some(id) => {
            let changed = conn.execute(
                "UPDATE registrations SET kind = ?2, registered_on = ?3, contact_id = ?4, preferred = ?5, theme = ?6,
                        funding_id = ?7, row_version = row_version + 1
                 WHERE id = ?1 AND group_id IS NULL AND (?8 IS NULL OR row_version = ?8)",
                params![
                    id.0,
                    draft.kind.code(),
                    date_text(draft.registered_on),
                    draft.contact.map(|c| c.0),
                    TimeSlot::encode_all(&draft.preferred),
                    draft.theme.trim(),
                    funding.0,
                    draft.version
                ],
            )?;
            if changed == 0 {
                return Err(not_changed(conn, id)?);
            }
            conn.execute("DELETE FROM registration_people WHERE registration_id = ?1", [id.0])?;
            id
        }
        None => {
            conn.execute(
                "INSERT INTO registrations (kind, registered_on, contact_id, preferred, theme, funding_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    draft.kind.code(),
                    date_text(draft.registered_on),
                    draft.contact.map(|c| c.0),
                    TimeSlot::encode_all(&draft.preferred),
                    draft.theme.trim(),
                    funding.0,
                    tx.stamp()
                ],
            )?;
            RegistrationId(conn.last_insert_rowid())
        }
    };
    let mut stmt = conn
        .prepare_cached("INSERT INTO registration_people (registration_id, person_id, position) VALUES (?1, ?2, ?3)")?;
    for (position, person) in draft.people.iter().enumerate() {
        stmt.execute(params![id.0, person.0, position as i64])?;
    }
    Ok(id)
}
