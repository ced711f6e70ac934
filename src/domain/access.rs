//! The access log: who (the operating-system user, on which computer) did
//! what and when, for the things a privacy officer asks about. It names
//! records and files, never what was said or written about a person.

use super::codes::stored_codes;
use chrono::NaiveDateTime;

/// What was done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessAction {
    /// The file was opened for changes, or to read only.
    Open,
    OpenReadOnly,
    /// A person's details were opened.
    ViewPerson,
    /// A document (PDF, calendar file, list) was written.
    Export,
    Backup,
    Restore,
    /// Records were removed because their retention period had passed.
    Purge,
    PassphraseChange,
    /// Someone typed a wrong passphrase to unlock the window or the file.
    FailedUnlock,
}

stored_codes!(AccessAction {
    Open => "open",
    OpenReadOnly => "open-read-only",
    ViewPerson => "view-person",
    Export => "export",
    Backup => "backup",
    Restore => "restore",
    Purge => "purge",
    PassphraseChange => "passphrase-change",
    FailedUnlock => "failed-unlock",
});

/// One line of the access log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessEntry {
    pub at: NaiveDateTime,
    pub user: String,
    pub computer: String,
    pub action: AccessAction,
    /// What it was done to: a record ("person 12") or a file name.
    pub subject: String,
}
