//! People, their roles and languages.

use super::{Result, Store, StoreError, Tx, check, is_foreign_key_refusal, parse_date, read, read_optional};
use crate::domain::{ListItemId, Person, PersonDraft, PersonId, Role, RoleAssignment};
use rusqlite::{Connection, OptionalExtension, ToSql, params, params_from_iter};

/// What happened to a person the user asked to delete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeleteOutcome {
    /// Nothing referred to the person: they are gone.
    Deleted,
    /// Other records refer to the person: they were kept, marked inactive.
    Deactivated,
}

const SELECT_PEOPLE: &str = "
    SELECT p.id, p.name, p.email, p.phone, p.organisation, p.department,
           p.position_id, p.career_phase_id, p.active, p.row_version
    FROM people p";

impl Store {
    /// Everyone, ordered by name as a person reads it (accents and case
    /// ignored), with roles and languages.
    pub fn list_people(&self) -> Result<Vec<Person>> {
        // People, roles and languages are each read in the order of the
        // person's id and joined as they come: nothing is held twice, so a
        // directory of 100 000 costs no more memory to read than to keep.
        let mut role_stmt =
            self.conn.prepare_cached("SELECT person_id, role, trained_on FROM person_roles ORDER BY person_id")?;
        let mut roles = role_stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, (r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?))))?
            .peekable();
        let mut language_stmt =
            self.conn.prepare_cached("SELECT person_id, language FROM person_languages ORDER BY person_id")?;
        let mut languages =
            language_stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?.peekable();
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT_PEOPLE} ORDER BY p.id"))?;
        let mut shared = SharedTexts::default();
        let rows = stmt.query_map([], |row| row_to_person(row, &mut shared))?;
        let mut people = Vec::with_capacity(usize::try_from(self.count_people()?).unwrap_or(0));
        for row in rows {
            let mut person = row?;
            let id = person.id.0;
            // Rows of people that no longer exist cannot be: the foreign
            // keys delete them with the person; skipped all the same.
            while let Some((code, trained)) = next_of(&mut roles, id)? {
                person.roles.push(role_from_row(id, &code, trained)?);
            }
            person.roles.sort_by_key(|r| r.role);
            person.roles.shrink_to_fit();
            while let Some(language) = next_of(&mut languages, id)? {
                person.languages.insert(&language);
            }
            people.push(person);
        }
        // By name as a person reads it, ties by id (the order read).
        let mut order: Vec<usize> = (0..people.len()).collect();
        crate::domain::search::sort_by_folded(&mut order, |i| &people[i].name);
        crate::domain::search::permute(&mut people, &order);
        Ok(people)
    }

    /// One person.
    pub fn person(&self, id: PersonId) -> Result<Person> {
        let mut stmt = self.conn.prepare_cached(&format!("{SELECT_PEOPLE} WHERE p.id = ?1"))?;
        let row = stmt.query_row([id.0], |row| row_to_person(row, &mut SharedTexts::default())).optional()?;
        let mut person = row.ok_or(StoreError::NotFound("person"))?;
        person.roles = roles_of(&self.conn, id)?;
        person.languages = crate::domain::person::Languages::from_codes(languages_of(&self.conn, id)?);
        Ok(person)
    }

    /// How many people the directory holds.
    pub fn count_people(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT count(*) FROM people", [], |r| r.get(0))?)
    }

    /// Adds a new person or updates an existing one, in one transaction.
    pub fn save_person(&mut self, draft: &PersonDraft) -> Result<PersonId> {
        check(draft.problems(self.today()))?;
        self.transact(|tx| save_person(tx, draft))
    }

    /// Adds many people in one transaction (demo data, imports).
    pub fn insert_people(&mut self, drafts: &[PersonDraft]) -> Result<Vec<PersonId>> {
        let today = self.today();
        for draft in drafts {
            check(draft.problems(today))?;
        }
        self.transact(|tx| drafts.iter().map(|d| save_person(tx, &PersonDraft { id: None, ..d.clone() })).collect())
    }

    /// Deletes a person, or deactivates them when other records refer to
    /// them (groups, cases, circles of later modules).
    pub fn delete_person(&mut self, id: PersonId) -> Result<DeleteOutcome> {
        self.transact(|tx| {
            let created_at: Option<String> =
                tx.query_row("SELECT created_at FROM people WHERE id = ?1", [id.0], |r| r.get(0)).optional()?;
            let Some(created_at) = created_at else { return Err(StoreError::NotFound("person")) };
            let name = super::erasure::name_of(tx, id.0)?.unwrap_or_default();
            tx.execute("SAVEPOINT delete_person", [])?;
            match tx.execute("DELETE FROM people WHERE id = ?1", [id.0]) {
                Ok(0) => Err(StoreError::NotFound("person")),
                Ok(_) => {
                    tx.execute("RELEASE delete_person", [])?;
                    // A file name in the access log may hold the name.
                    super::access::erase_names(tx, &[name])?;
                    // A restored backup erases the person again.
                    super::erasure::journal_erasure(tx, id.0, &created_at, tx.stamp())?;
                    Ok(DeleteOutcome::Deleted)
                }
                Err(e) if is_foreign_key_refusal(&e) => {
                    tx.execute("ROLLBACK TO delete_person", [])?;
                    tx.execute("RELEASE delete_person", [])?;
                    tx.execute(
                        "UPDATE people SET active = 0, updated_at = ?2 WHERE id = ?1",
                        params![id.0, tx.stamp()],
                    )?;
                    Ok(DeleteOutcome::Deactivated)
                }
                Err(e) => Err(e.into()),
            }
        })
    }
}

fn save_person(tx: &Tx, draft: &PersonDraft) -> Result<PersonId> {
    let conn: &Connection = tx;
    let d = draft.trimmed();
    let (position, career_phase) = (d.position.map(|p| p.0), d.career_phase.map(|p| p.0));
    // The person's columns, in the order both statements below name them.
    let fields: [&dyn ToSql; 9] =
        [&d.name, &d.email, &d.phone, &d.organisation, &d.department, &position, &career_phase, &d.active, &tx.stamp()];
    let id = match d.id {
        Some(id) => {
            // A draft made from an older version than the stored one changes
            // nothing: the save is refused instead of overwriting.
            let changed = conn.execute(
                "UPDATE people SET name = ?2, email = ?3, phone = ?4, organisation = ?5, department = ?6,
                        position_id = ?7, career_phase_id = ?8, active = ?9, updated_at = ?10,
                        row_version = row_version + 1
                 WHERE id = ?1 AND (?11 IS NULL OR row_version = ?11)",
                params_from_iter(std::iter::once(&id.0 as &dyn ToSql).chain(fields).chain([&d.version as &dyn ToSql])),
            )?;
            if changed == 0 {
                return Err(super::not_saved(conn, "people", id.0, "person")?);
            }
            conn.execute("DELETE FROM person_roles WHERE person_id = ?1", [id.0])?;
            conn.execute("DELETE FROM person_languages WHERE person_id = ?1", [id.0])?;
            id
        }
        None => {
            conn.execute(
                "INSERT INTO people (name, email, phone, organisation, department, position_id,
                                     career_phase_id, active, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params_from_iter(fields),
            )?;
            PersonId(conn.last_insert_rowid())
        }
    };
    let mut role_stmt =
        conn.prepare_cached("INSERT OR REPLACE INTO person_roles (person_id, role, trained_on) VALUES (?1, ?2, ?3)")?;
    for assignment in &d.roles {
        let trained = assignment.trained_on.map(|date| date.format("%Y-%m-%d").to_string());
        role_stmt.execute(params![id.0, assignment.role.code(), trained])?;
    }
    let mut language_stmt =
        conn.prepare_cached("INSERT OR IGNORE INTO person_languages (person_id, language) VALUES (?1, ?2)")?;
    for language in &d.languages {
        language_stmt.execute(params![id.0, language])?;
    }
    Ok(id)
}

/// Organisations and departments read so far: the many people who share
/// one share its text instead of each holding a copy.
#[derive(Default)]
struct SharedTexts(std::collections::HashSet<std::sync::Arc<str>>);

impl SharedTexts {
    fn get(&mut self, row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<std::sync::Arc<str>> {
        let text = row.get_ref(column)?.as_str()?;
        if let Some(shared) = self.0.get(text) {
            return Ok(shared.clone());
        }
        let shared: std::sync::Arc<str> = text.into();
        self.0.insert(shared.clone());
        Ok(shared)
    }
}

fn row_to_person(row: &rusqlite::Row<'_>, shared: &mut SharedTexts) -> rusqlite::Result<Person> {
    Ok(Person {
        id: PersonId(row.get(0)?),
        name: row.get(1)?,
        email: row.get(2)?,
        phone: row.get(3)?,
        organisation: shared.get(row, 4)?,
        department: shared.get(row, 5)?,
        position: row.get::<_, Option<i64>>(6)?.map(ListItemId),
        career_phase: row.get::<_, Option<i64>>(7)?.map(ListItemId),
        languages: Default::default(),
        roles: Vec::new(),
        active: row.get(8)?,
        version: row.get(9)?,
    })
}

/// A row of `person_roles` (of person `id`).
fn role_from_row(id: i64, code: &str, trained_on: Option<String>) -> Result<RoleAssignment> {
    const TABLE: &str = "person_roles";
    let role = read(Role::from_code(code), TABLE, id, "role", code)?;
    let trained_on = read_optional(trained_on.as_deref(), parse_date, TABLE, id, "trained_on")?;
    Ok(RoleAssignment { role, trained_on })
}

/// The rest of the next row of `rows` if it belongs to person `id`,
/// skipping rows of people before `id`; both go in the order of the
/// person's id, each row as (person's id, rest).
fn next_of<T>(
    rows: &mut std::iter::Peekable<impl Iterator<Item = rusqlite::Result<(i64, T)>>>,
    id: i64,
) -> Result<Option<T>> {
    while let Some(Ok((person, _))) = rows.peek()
        && *person < id
    {
        rows.next();
    }
    match rows.peek() {
        Some(Ok((person, _))) if *person != id => Ok(None),
        _ => Ok(rows.next().transpose()?.map(|(_, rest)| rest)),
    }
}

fn roles_of(conn: &Connection, id: PersonId) -> Result<Vec<RoleAssignment>> {
    let mut stmt = conn.prepare_cached("SELECT role, trained_on FROM person_roles WHERE person_id = ?1")?;
    let rows = stmt.query_map([id.0], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))?;
    let mut roles = Vec::new();
    for row in rows {
        let (code, trained) = row?;
        roles.push(role_from_row(id.0, &code, trained)?);
    }
    roles.sort_by_key(|r| r.role);
    Ok(roles)
}

fn languages_of(conn: &Connection, id: PersonId) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT language FROM person_languages WHERE person_id = ?1 ORDER BY rowid")?;
    let rows = stmt.query_map([id.0], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
}
