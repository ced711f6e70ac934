//! The incident programme's editable lists: incident types, who reported,
//! where an employee is referred to. Built-in items are shown translated
//! until renamed; an item an incident, a trajectory or the anonymous
//! figures still name cannot be removed.

use crate::domain::Problems;
use crate::domain::incidents::cases::{CaseListItemId, CaseListKind, case_item_problem};
use crate::domain::search::fold;
use crate::store::{Refusal, Result, Store, StoreError, check, is_foreign_key_refusal, is_unique_refusal};
use rusqlite::{OptionalExtension, params};

/// The form's problem for a name, as the store refuses it too.
fn name_problems(name: &str) -> Problems {
    let mut problems = Problems::new();
    if let Some(problem) = case_item_problem(name) {
        problems.add("name", problem);
    }
    problems
}

/// Refuses a name another typed item of the list has, accents and case
/// ignored. (Built-in items carry no name here: the form compares with
/// their texts in both languages, which the store does not hold.)
fn refuse_taken(conn: &rusqlite::Connection, kind: CaseListKind, name: &str, except: Option<i64>) -> Result<()> {
    let mut stmt = conn.prepare("SELECT id, name FROM case_list_items WHERE kind = ?1 AND name IS NOT NULL")?;
    let names = stmt.query_map([kind.code()], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    let wanted = fold(name.trim());
    for row in names {
        let (id, other) = row?;
        if Some(id) != except && fold(&other) == wanted {
            return Err(StoreError::Refused(Refusal::ListItemExists));
        }
    }
    Ok(())
}

impl Store {
    /// Adds an item at the end of its list.
    pub fn add_case_list_item(&mut self, kind: CaseListKind, name: &str) -> Result<CaseListItemId> {
        check(name_problems(name))?;
        let name = name.trim().to_string();
        self.transact(|tx| {
            refuse_taken(tx, kind, &name, None)?;
            let inserted = tx.execute(
                "INSERT INTO case_list_items (kind, name, sort_order)
                 VALUES (?1, ?2, (SELECT coalesce(max(sort_order), 0) + 1 FROM case_list_items WHERE kind = ?1))",
                params![kind.code(), name],
            );
            match inserted {
                Ok(_) => Ok(CaseListItemId(tx.last_insert_rowid())),
                Err(e) if is_unique_refusal(&e) => Err(StoreError::Refused(Refusal::ListItemExists)),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Renames an item; every incident that names it shows the new name.
    pub fn rename_case_list_item(&mut self, id: CaseListItemId, name: &str) -> Result<()> {
        check(name_problems(name))?;
        let name = name.trim().to_string();
        self.transact(|tx| {
            let kind: Option<String> =
                tx.query_row("SELECT kind FROM case_list_items WHERE id = ?1", [id.0], |r| r.get(0)).optional()?;
            let kind = kind.and_then(|k| CaseListKind::from_code(&k)).ok_or(StoreError::NotFound("list item"))?;
            refuse_taken(tx, kind, &name, Some(id.0))?;
            match tx.execute("UPDATE case_list_items SET name = ?2 WHERE id = ?1", params![id.0, name]) {
                Ok(0) => Err(StoreError::NotFound("list item")),
                Ok(_) => Ok(()),
                Err(e) if is_unique_refusal(&e) => Err(StoreError::Refused(Refusal::ListItemExists)),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Removes an item nothing names; one in use (also by the anonymous
    /// figures of purged cases, which name a typed type by its number) is
    /// refused.
    pub fn remove_case_list_item(&mut self, id: CaseListItemId) -> Result<()> {
        self.transact(|tx| {
            let in_figures: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM incident_statistics WHERE type_code = 'item-' || ?1)
                     OR EXISTS (SELECT 1 FROM incident_statistics s JOIN case_list_items l ON l.code = s.type_code
                                WHERE l.id = ?1 AND l.kind = 'incident_type')",
                [id.0],
                |r| r.get(0),
            )?;
            if in_figures {
                return Err(StoreError::Refused(Refusal::ListItemInUse));
            }
            match tx.execute("DELETE FROM case_list_items WHERE id = ?1", [id.0]) {
                Ok(0) => Err(StoreError::NotFound("list item")),
                Ok(_) => Ok(()),
                Err(e) if is_foreign_key_refusal(&e) => Err(StoreError::Refused(Refusal::ListItemInUse)),
                Err(e) => Err(e.into()),
            }
        })
    }
}
