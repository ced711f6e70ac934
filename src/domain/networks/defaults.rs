//! The networks programme's numbers, edited in Settings.

use serde::{Deserialize, Serialize};

/// The networks programme's numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkDefaults {
    /// A member absent from this many recorded meetings in a row is named
    /// in the year's overview (3).
    pub absence_run: i64,
}

impl Default for NetworkDefaults {
    fn default() -> Self {
        NetworkDefaults { absence_run: 3 }
    }
}
