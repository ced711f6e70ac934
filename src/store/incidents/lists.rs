//! The incident programme's editable lists: incident types, who reported,
//! where an employee is referred to. Built-in items are shown translated
//! until renamed; an item an incident, a trajectory or the anonymous
//! figures still name cannot be removed.

use crate::domain::Problems;
use crate::domain::incidents::cases::{CaseListItemId, CaseListKind, case_item_problem};
use crate::store::{Refusal, Result, Store, StoreError, check, is_foreign_key_refusal, is_unique_refusal};
use rusqlite::params;

/// The form's problem for a name, as the store refuses it too.
fn name_problems(name: &str) -> Problems {
    let mut problems = Problems::new();
    if let Some(problem) = case_item_problem(name) {
        problems.add("name", problem);
    }
    problems
}

impl Store {
    /// Adds an item at the end of its list.
    pub fn add_case_list_item(&mut self, kind: CaseListKind, name: &str) -> Result<CaseListItemId> {
        check(name_problems(name))?;
        let name = name.trim().to_string();
        self.transact(|tx| {
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
