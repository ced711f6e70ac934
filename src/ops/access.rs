//! The access log as a privacy officer reads it: each action in the user's
//! language, and as a CSV file.

use crate::domain::access::{AccessAction, AccessEntry};
use crate::i18n::I18n;

/// The action in the user's language.
pub fn action_text(i18n: &I18n, action: AccessAction) -> String {
    i18n.tr(match action {
        AccessAction::Open => "access-open",
        AccessAction::OpenReadOnly => "access-open-read-only",
        AccessAction::ViewPerson => "access-view-person",
        AccessAction::Export => "access-export",
        AccessAction::Backup => "access-backup",
        AccessAction::Restore => "access-restore",
        AccessAction::Purge => "access-purge",
        AccessAction::PassphraseChange => "access-passphrase-change",
        AccessAction::FailedUnlock => "access-failed-unlock",
    })
}

/// The whole log as CSV, with a header row in the user's language.
pub fn csv(i18n: &I18n, entries: &[AccessEntry]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = ["access-when", "access-user", "access-computer", "access-action", "access-subject"];
    writer.write_record(header.iter().map(|id| i18n.tr(id)))?;
    for entry in entries {
        writer.write_record([
            entry.at.format("%Y-%m-%d %H:%M:%S").to_string(),
            entry.user.clone(),
            entry.computer.clone(),
            action_text(i18n, entry.action),
            entry.subject.clone(),
        ])?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// The file name of the exported log, in the user's language.
pub fn file_name(i18n: &I18n, today: chrono::NaiveDate) -> String {
    format!("{}-{}.csv", i18n.tr("file-access-log"), today.format("%Y-%m-%d"))
}
