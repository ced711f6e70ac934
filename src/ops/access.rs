//! The access log as a privacy officer reads it: each action in the user's
//! language, and as a CSV file.

use crate::domain::access::{AccessAction, AccessEntry, RecordKind, subject_record};
use crate::i18n::{Arg, I18n};

/// The action in the user's language.
pub fn action_text(i18n: &I18n, action: AccessAction) -> String {
    i18n.tr(match action {
        AccessAction::Open => "access-open",
        AccessAction::OpenReadOnly => "access-open-read-only",
        AccessAction::ViewPerson => "access-view-person",
        AccessAction::ViewCase => "access-view-case",
        AccessAction::Export => "access-export",
        AccessAction::Backup => "access-backup",
        AccessAction::Restore => "access-restore",
        AccessAction::Purge => "access-purge",
        AccessAction::PassphraseChange => "access-passphrase-change",
        AccessAction::FailedUnlock => "access-failed-unlock",
    })
}

/// What a line was done to, in the user's language: a record by its kind
/// and number, with what `describe` says of it now (a person's name while
/// they are in the directory), or a file name as it was written.
pub fn subject_text(i18n: &I18n, subject: &str, describe: impl Fn(RecordKind, i64) -> Option<String>) -> String {
    let Some((kind, id)) = subject_record(subject) else { return subject.to_string() };
    let key = match kind {
        RecordKind::Person => "access-subject-person",
        RecordKind::Case => "access-subject-case",
    };
    let named = i18n.tr_args(key, &[("id", Arg::from(id.to_string()))]);
    match describe(kind, id) {
        Some(what) if !what.is_empty() => format!("{named} — {what}"),
        _ => named,
    }
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
            subject_text(i18n, &entry.subject, |_, _| None),
        ])?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// The file name of the exported log, in the user's language.
pub fn file_name(i18n: &I18n, today: chrono::NaiveDate) -> String {
    format!("{}-{}.csv", i18n.tr("file-access-log"), today.format("%Y-%m-%d"))
}
