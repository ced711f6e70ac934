//! Who pays for a programme: a department cost centre, a central budget, the
//! participant. Shared by the programmes and by Finance.

use crate::domain::codes::record_id;
use serde::{Deserialize, Serialize};

record_id!(
    /// The database id of a funding source.
    FundingSourceId
);

/// Who pays: a department cost centre, the central PostDoc budget, the
/// participant, …
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FundingSource {
    pub id: FundingSourceId,
    /// Set for built-in sources, shown in the user's language until renamed.
    pub code: Option<String>,
    pub name: Option<String>,
    /// A central budget pays instead of the participant's department.
    pub central_budget: bool,
    pub active: bool,
    /// The address invoices to this source are sent to.
    pub billing_address: String,
    /// Grows with every save (of its name, central budget or billing
    /// address): a save made from an older version is refused.
    pub version: i64,
}

impl FundingSource {
    /// The name to show: the typed name, else the translation of the code.
    pub fn label(&self, translate: impl Fn(&str) -> String) -> String {
        match (&self.name, &self.code) {
            (Some(name), _) => name.clone(),
            (None, Some(code)) => translate(code),
            (None, None) => String::new(),
        }
    }
}
