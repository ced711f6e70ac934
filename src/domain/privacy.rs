//! How the window and the backups protect the data: the numbers of the
//! privacy card in Settings.

use serde::{Deserialize, Serialize};

/// The longest backups folder path taken.
const MAX_FOLDER_CHARS: usize = 1000;

/// How the window and the backups protect the data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacySettings {
    /// The window locks itself after this many minutes without use.
    pub auto_lock_minutes: i64,
    /// How many daily, weekly and monthly backups are kept.
    pub backups_daily: i64,
    pub backups_weekly: i64,
    pub backups_monthly: i64,
    /// Where backups go, as a full path (a network drive, say); empty for
    /// the folder `backups` beside the database.
    pub backups_folder: String,
}

impl Default for PrivacySettings {
    fn default() -> Self {
        PrivacySettings {
            auto_lock_minutes: 5,
            backups_daily: 7,
            backups_weekly: 4,
            backups_monthly: 12,
            backups_folder: String::new(),
        }
    }
}

impl PrivacySettings {
    /// What is wrong with the backups folder as typed: it must be a full
    /// path (whether it exists is for the file system to say).
    pub fn backups_folder_problem(&self) -> Option<super::Problem> {
        let folder = self.backups_folder.trim();
        if folder.chars().count() > MAX_FOLDER_CHARS {
            Some(super::Problem::TooLong { max: MAX_FOLDER_CHARS as i64 })
        } else if !folder.is_empty() && !std::path::Path::new(folder).is_absolute() {
            Some(super::Problem::NotAFullPath)
        } else {
            None
        }
    }

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
