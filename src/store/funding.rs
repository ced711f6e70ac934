//! Funding sources: who pays for a registration, and where invoices go.

use super::{Refusal, Result, Store, StoreError, is_foreign_key_refusal, is_unique_refusal, not_saved};
use crate::domain::funding::{FundingSource, FundingSourceId};
use rusqlite::params;

impl Store {
    /// Every funding source, in their order.
    pub fn funding_sources(&self) -> Result<Vec<FundingSource>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, code, name, central_budget, active, billing_address, row_version
             FROM funding_sources ORDER BY sort_order, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(FundingSource {
                id: FundingSourceId(r.get(0)?),
                code: r.get(1)?,
                name: r.get(2)?,
                central_budget: r.get(3)?,
                active: r.get(4)?,
                billing_address: r.get(5)?,
                version: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Adds a funding source at the end of the list.
    pub fn add_funding_source(&mut self, name: &str, central_budget: bool) -> Result<FundingSourceId> {
        let name = name.trim().to_string();
        self.transact(|tx| {
            let result = tx.execute(
                "INSERT INTO funding_sources (name, central_budget, sort_order)
                 VALUES (?1, ?2, (SELECT coalesce(max(sort_order), 0) + 1 FROM funding_sources))",
                params![name, central_budget],
            );
            match result {
                Ok(_) => Ok(FundingSourceId(tx.last_insert_rowid())),
                Err(e) if is_unique_refusal(&e) => Err(StoreError::Refused(Refusal::ListItemExists)),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Renames a funding source (when `name` is given) and sets whether it is
    /// a central budget. `version` is the one the form was opened with: a
    /// source changed since (also its billing address) is refused.
    pub fn update_funding_source(
        &mut self,
        id: FundingSourceId,
        name: Option<&str>,
        central_budget: bool,
        version: Option<i64>,
    ) -> Result<()> {
        let name = name.map(|n| n.trim().to_string());
        self.transact(|tx| {
            match tx.execute(
                "UPDATE funding_sources SET name = coalesce(?2, name), central_budget = ?3,
                        row_version = row_version + 1
                 WHERE id = ?1 AND (?4 IS NULL OR row_version = ?4)",
                params![id.0, name, central_budget, version],
            ) {
                Ok(0) => Err(not_saved(tx, "funding_sources", id.0, "funding source")?),
                Ok(_) => Ok(()),
                Err(e) if is_unique_refusal(&e) => Err(StoreError::Refused(Refusal::ListItemExists)),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Sets the address invoices to a funding source are sent to. `version`
    /// is the one the form was opened with: a source changed since (also its
    /// name or central budget) is refused.
    pub fn set_billing_address(&mut self, id: FundingSourceId, address: &str, version: Option<i64>) -> Result<()> {
        let address = address.trim().to_string();
        self.transact(|tx| {
            let changed = tx.execute(
                "UPDATE funding_sources SET billing_address = ?2, row_version = row_version + 1
                 WHERE id = ?1 AND (?3 IS NULL OR row_version = ?3)",
                params![id.0, address, version],
            )?;
            if changed == 0 { Err(not_saved(tx, "funding_sources", id.0, "funding source")?) } else { Ok(()) }
        })
    }

    /// Removes an unused funding source; one in use is refused.
    pub fn remove_funding_source(&mut self, id: FundingSourceId) -> Result<()> {
        self.transact(|tx| match tx.execute("DELETE FROM funding_sources WHERE id = ?1", [id.0]) {
            Ok(0) => Err(StoreError::NotFound("funding source")),
            Ok(_) => Ok(()),
            Err(e) if is_foreign_key_refusal(&e) => Err(StoreError::Refused(Refusal::ListItemInUse)),
            Err(e) => Err(e.into()),
        })
    }
}
