//! The intervisie methods in the database: each with its phases in order.

use crate::domain::circles::methods::{Method, MethodDraft, MethodId, MethodPhase};
use crate::store::{Result, Store, check, not_saved};
use rusqlite::params;
use std::collections::HashMap;

impl Store {
    /// Every method with its phases, shipped ones first.
    pub fn methods(&self) -> Result<Vec<Method>> {
        let mut phases: HashMap<i64, Vec<MethodPhase>> = HashMap::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT method_id, title, minutes, what FROM method_phases ORDER BY method_id, position")?;
        for row in stmt.query_map([], |r| {
            Ok((r.get::<_, i64>(0)?, MethodPhase { title: r.get(1)?, minutes: r.get(2)?, what: r.get(3)? }))
        })? {
            let (method, phase) = row?;
            phases.entry(method).or_default().push(phase);
        }
        let mut stmt =
            self.conn.prepare_cached("SELECT id, code, name, row_version FROM methods ORDER BY sort_order, id")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, String>(2)?, r.get::<_, i64>(3)?))
        })?;
        let mut methods = Vec::new();
        for row in rows {
            let (id, code, name, version) = row?;
            let phases = phases.remove(&id).unwrap_or_default();
            methods.push(Method { id: MethodId(id), code, name, phases, version });
        }
        Ok(methods)
    }

    /// Adds a method, or (with `id`) replaces a method's name and phases; a
    /// shipped method edited keeps the words as typed from then on. A method
    /// changed since the draft was made is refused.
    pub fn save_method(&mut self, id: Option<MethodId>, draft: &MethodDraft) -> Result<MethodId> {
        check(draft.problems())?;
        self.transact(|tx| {
            let id = match id {
                Some(id) => {
                    let changed = tx.execute(
                        "UPDATE methods SET name = ?2, code = NULL, row_version = row_version + 1
                         WHERE id = ?1 AND (?3 IS NULL OR row_version = ?3)",
                        params![id.0, draft.name.trim(), draft.version],
                    )?;
                    if changed == 0 {
                        return Err(not_saved(tx, "methods", id.0, "method")?);
                    }
                    tx.execute("DELETE FROM method_phases WHERE method_id = ?1", [id.0])?;
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO methods (name, sort_order) VALUES (?1, (SELECT coalesce(max(sort_order), 0) + 1 FROM methods))",
                        [draft.name.trim()],
                    )?;
                    MethodId(tx.last_insert_rowid())
                }
            };
            for (position, phase) in draft.phases.iter().enumerate() {
                tx.execute(
                    "INSERT INTO method_phases (method_id, position, title, minutes, what) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![id.0, position as i64, phase.title.trim(), phase.minutes, phase.what.trim()],
                )?;
            }
            Ok(id)
        })
    }
}
