//! Editable lists of choices (positions, career phases).

use super::{Refusal, Result, Store, StoreError, is_foreign_key_refusal, is_unique_refusal, read};
use crate::domain::{ListItem, ListItemId, ListKind};
use rusqlite::params;

impl Store {
    /// The items of every list, in their order.
    pub fn list_items(&self) -> Result<Vec<ListItem>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT id, kind, code, name FROM list_items ORDER BY kind, sort_order, id")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        let mut items = Vec::new();
        for row in rows {
            let (id, kind, code, name) = row?;
            let kind = read(ListKind::ALL.into_iter().find(|k| k.code() == kind), "list_items", id, "kind", &kind)?;
            items.push(ListItem { id: ListItemId(id), kind, code, name });
        }
        Ok(items)
    }

    /// Adds `name` at the end of the list `kind`.
    pub fn add_list_item(&mut self, kind: ListKind, name: &str) -> Result<ListItemId> {
        let name = name.trim().to_string();
        self.transact(|tx| {
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM list_items WHERE kind = ?1 AND name = ?2 COLLATE NOCASE)",
                params![kind.code(), name],
                |r| r.get(0),
            )?;
            if exists {
                return Err(StoreError::Refused(Refusal::ListItemExists));
            }
            tx.execute(
                "INSERT INTO list_items (kind, name, sort_order)
                 VALUES (?1, ?2, (SELECT coalesce(max(sort_order), 0) + 1 FROM list_items WHERE kind = ?1))",
                params![kind.code(), name],
            )?;
            Ok(ListItemId(tx.last_insert_rowid()))
        })
    }

    /// Renames an item; everyone who has it sees the new name.
    pub fn rename_list_item(&mut self, id: ListItemId, name: &str) -> Result<()> {
        let name = name.trim().to_string();
        self.transact(|tx| match tx.execute("UPDATE list_items SET name = ?2 WHERE id = ?1", params![id.0, name]) {
            Ok(0) => Err(StoreError::NotFound("list item")),
            Ok(_) => Ok(()),
            Err(e) if is_unique_refusal(&e) => Err(StoreError::Refused(Refusal::ListItemExists)),
            Err(e) => Err(e.into()),
        })
    }

    /// Removes an item that nobody uses; an item in use is refused.
    pub fn remove_list_item(&mut self, id: ListItemId) -> Result<()> {
        self.transact(|tx| match tx.execute("DELETE FROM list_items WHERE id = ?1", [id.0]) {
            Ok(0) => Err(StoreError::NotFound("list item")),
            Ok(_) => Ok(()),
            Err(e) if is_foreign_key_refusal(&e) => Err(StoreError::Refused(Refusal::ListItemInUse)),
            Err(e) => Err(e.into()),
        })
    }
}
