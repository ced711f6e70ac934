//! Who holds a database for writing: named in its lock file, and in the
//! message of whoever is refused.

use serde::{Deserialize, Serialize};

/// Who holds (or held) a database for writing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    /// The operating-system user.
    pub user: String,
    /// The computer's name.
    pub computer: String,
    /// Since when, as ISO 8601 wall-clock text.
    pub since: String,
}

impl Holder {
    /// This process's user and computer, since `since`.
    pub fn me(since: String) -> Holder {
        Holder { user: crate::host::user_name(), computer: crate::host::computer_name(), since }
    }
}
