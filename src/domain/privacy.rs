//! How the window and the backups protect the data: the numbers of the
//! privacy card in Settings.

use serde::{Deserialize, Serialize};

/// How the window and the backups protect the data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacySettings {
    /// The window locks itself after this many minutes without use.
    pub auto_lock_minutes: i64,
    /// How many daily, weekly and monthly backups are kept.
    pub backups_daily: i64,
    pub backups_weekly: i64,
    pub backups_monthly: i64,
}

impl Default for PrivacySettings {
    fn default() -> Self {
        PrivacySettings { auto_lock_minutes: 5, backups_daily: 7, backups_weekly: 4, backups_monthly: 12 }
    }
}

impl PrivacySettings {
    /// The backups kept by rotation.
    pub fn backup_policy(&self) -> super::backups::BackupPolicy {
        let count = |n: i64| usize::try_from(n).unwrap_or(0);
        super::backups::BackupPolicy {
            daily: count(self.backups_daily),
            weekly: count(self.backups_weekly),
            monthly: count(self.backups_monthly),
        }
    }
}
