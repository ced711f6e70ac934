//! Sentences for what went wrong below the window and the command line, in
//! the user's language.

use crate::domain::Problem;
use crate::i18n::{Arg, I18n};
use crate::store::{Refusal, StoreError};

/// The sentence for a store error, in the user's language.
pub fn store_error_text(i18n: &I18n, error: &StoreError) -> String {
    let path = |p: &std::path::Path| Arg::from(p.display().to_string());
    match error {
        StoreError::NoSuchFolder(p) => i18n.tr_args("error-no-folder", &[("path", path(p))]),
        StoreError::NotPeerDesk(p) => i18n.tr_args("error-not-peerdesk", &[("path", path(p))]),
        StoreError::TooNew { path: p, .. } => i18n.tr_args("error-too-new", &[("path", path(p))]),
        StoreError::Missing(p) => i18n.tr_args("error-missing", &[("path", path(p))]),
        StoreError::Exists(p) => i18n.tr_args("error-exists", &[("path", path(p))]),
        StoreError::EmptyFile(p) => i18n.tr_args("error-empty-file", &[("path", path(p))]),
        StoreError::Damaged(p) => {
            format!("{} {}", i18n.tr_args("error-damaged", &[("path", path(p))]), newest_backup_text(i18n, p, None))
        }
        StoreError::CannotUpgrade(p) => i18n.tr_args("error-cannot-upgrade", &[("path", path(p))]),
        StoreError::ReadOnlyFile(p) => i18n.tr_args("error-read-only-file", &[("path", path(p))]),
        StoreError::ReadOnly => i18n.tr("error-read-only"),
        StoreError::DiskFull => i18n.tr("error-disk-full"),
        StoreError::NeedsPassphrase(p) => i18n.tr_args("error-needs-passphrase", &[("path", path(p))]),
        StoreError::WrongPassphrase(p) => i18n.tr_args("error-wrong-passphrase", &[("path", path(p))]),
        StoreError::Io(kind) => i18n.tr_args("error-io", &[("reason", Arg::from(kind.as_str()))]),
        StoreError::LockedBy(Some(holder)) => i18n.tr_args(
            "error-locked-by",
            &[
                ("user", Arg::from(holder.user.as_str())),
                ("computer", Arg::from(holder.computer.as_str())),
                ("since", Arg::from(since_text(i18n, &holder.since))),
            ],
        ),
        StoreError::LockedBy(None) => i18n.tr("error-locked"),
        // Every form then shows both versions to choose from.
        StoreError::Conflict(_) => i18n.tr("error-conflict"),
        StoreError::Busy => i18n.tr("error-busy"),
        StoreError::NotFound(_) => i18n.tr("error-not-found"),
        StoreError::Invalid(problems) => {
            i18n.tr_args("error-invalid", &[("fields", Arg::from(problems.fields().join(", ")))])
        }
        StoreError::Refused(Refusal::ListItemExists) => i18n.tr("error-list-item-exists"),
        StoreError::Refused(Refusal::ListItemInUse) => i18n.tr("error-list-item-in-use"),
        StoreError::Refused(Refusal::NotEmpty) => i18n.tr("error-not-empty"),
        StoreError::Refused(Refusal::RegistrationPlaced) => i18n.tr("error-registration-placed"),
        StoreError::Refused(Refusal::InvoiceFrozen) => i18n.tr("error-invoice-frozen"),
        StoreError::Refused(Refusal::AlreadyInvoiced) => i18n.tr("error-already-invoiced"),
        StoreError::Refused(Refusal::PersonElsewhere) => i18n.tr("error-person-elsewhere"),
        StoreError::Refused(Refusal::GroupEnded) => i18n.tr("error-group-ended"),
        StoreError::Refused(Refusal::InvoiceIncomplete) => i18n.tr("error-invoice-incomplete"),
        StoreError::Refused(Refusal::AlreadyInvolved) => i18n.tr("error-already-involved"),
        StoreError::Refused(Refusal::NotAllowedToSupport) => i18n.tr("error-not-allowed-to-support"),
        StoreError::Refused(Refusal::TrajectoryEnded) => i18n.tr("error-trajectory-ended"),
        StoreError::Refused(Refusal::AlreadyMember) => i18n.tr("error-already-member"),
        StoreError::Refused(Refusal::NotAMember) => i18n.tr("error-not-a-member"),
        StoreError::Refused(Refusal::AlreadyEncrypted) => i18n.tr("error-already-encrypted"),
        StoreError::Refused(Refusal::MentorFull) => i18n.tr("error-mentor-full"),
        StoreError::Refused(Refusal::PairNotOpen) => i18n.tr("error-pair-not-open"),
        StoreError::Refused(Refusal::AlreadyInCircle) => i18n.tr("error-already-in-circle"),
        StoreError::Refused(Refusal::PaymentKept) => i18n.tr("error-payment-kept"),
        StoreError::BadRow { table, id, reason } => i18n.tr_args(
            "error-bad-row",
            &[("table", Arg::from(*table)), ("id", Arg::from(*id)), ("reason", Arg::from(reason.as_str()))],
        ),
        StoreError::Database(e) => i18n.tr_args("error-database", &[("code", Arg::from(e.code()))]),
    }
}

/// Names the newest backup of the database at `db` that passes its check
/// (or, without the passphrase, that is encrypted and cannot be checked)
/// and how to restore it, or says there is none.
pub fn newest_backup_text(i18n: &I18n, db: &std::path::Path, key: Option<&crate::store::Passphrase>) -> String {
    let usable = |path: &std::path::Path| {
        crate::store::verify_backup(path, key).is_ok() || (key.is_none() && crate::store::needs_passphrase(path))
    };
    match crate::store::all_backups(db, key).into_iter().find(|b| usable(&b.path)) {
        Some(backup) => i18n.tr_args(
            "backup-newest",
            &[
                ("when", Arg::from(crate::i18n::format::date_time(i18n.language(), backup.made_at))),
                ("path", Arg::from(backup.path.display().to_string())),
                ("db", Arg::from(db.display().to_string())),
            ],
        ),
        None => i18n.tr("backup-none"),
    }
}

/// A lock's ISO time as the user reads dates and times.
fn since_text(i18n: &I18n, since: &str) -> String {
    match chrono::NaiveDateTime::parse_from_str(since, "%Y-%m-%dT%H:%M:%S") {
        Ok(moment) => crate::i18n::format::date_time(i18n.language(), moment),
        Err(_) => since.to_string(),
    }
}

/// The sentence for a file that could not be written at `path`.
pub fn write_error_text(i18n: &I18n, path: &std::path::Path, error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let id = match error.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => "write-error-permission",
        ErrorKind::StorageFull => "write-error-disk-full",
        ErrorKind::NotFound => "write-error-no-folder",
        ErrorKind::InvalidInput => "write-error-not-a-file",
        _ => "write-error-other",
    };
    i18n.tr_args(
        id,
        &[("path", Arg::from(path.display().to_string())), ("reason", Arg::from(error.kind().to_string()))],
    )
}

/// Why a document could not be made, in the user's language.
pub fn document_error_text(i18n: &I18n, error: &crate::ops::documents::DocumentError) -> String {
    use crate::ops::documents::DocumentError as E;
    let (id, number) = match error {
        E::NoGroup(id) => ("cli-no-group", *id),
        E::NoPerson(id) => ("cli-no-person", *id),
        E::NoFundingSource(id) => ("cli-no-funding", *id),
        E::NoInvoice(id) => ("cli-no-invoice", *id),
        E::NoNetwork(id) => ("cli-no-network", *id),
        E::NoPair(id) => ("cli-no-pair", *id),
        E::NoCircle(id) => ("cli-no-circle", *id),
        E::NoMeeting(id) => ("cli-no-meeting", *id),
        E::NoMethod(id) => ("cli-no-method", *id),
        E::EmptyPeriod => return i18n.tr("cli-empty-period"),
        E::Csv(reason) => return i18n.tr_args("document-failed", &[("reason", Arg::from(reason.as_str()))]),
        E::Fonts(e) => return i18n.tr_args("document-failed", &[("reason", Arg::from(e.to_string()))]),
    };
    i18n.tr_args(id, &[("id", Arg::from(number))])
}

/// A batch of documents that stopped at a file it could not write: why,
/// and the existing files it had already replaced.
pub fn batch_write_error_text(
    i18n: &I18n,
    path: &std::path::Path,
    kind: std::io::ErrorKind,
    replaced: &[std::path::PathBuf],
) -> String {
    let said = write_error_text(i18n, path, &std::io::Error::from(kind));
    if replaced.is_empty() {
        return said;
    }
    let files: Vec<String> = replaced.iter().map(|p| p.display().to_string()).collect();
    format!("{said} {}", i18n.tr_args("batch-replaced", &[("files", Arg::from(files.join(", ")))]))
}

/// The sentence for a problem, in the user's language.
pub fn problem_text(i18n: &I18n, problem: &Problem) -> String {
    match problem {
        Problem::Required => i18n.tr("problem-required"),
        Problem::InvalidEmail => i18n.tr("problem-email"),
        Problem::InvalidPhone => i18n.tr("problem-phone"),
        Problem::InvalidIban => i18n.tr("problem-iban"),
        Problem::InvalidChamberOfCommerce => i18n.tr("problem-kvk"),
        Problem::InvalidVat => i18n.tr("problem-vat"),
        Problem::NotAWholeNumber => i18n.tr("problem-whole-number"),
        Problem::InvalidAmount => i18n.tr("problem-amount"),
        Problem::InvalidDate => {
            i18n.tr_args("problem-date", &[("hint", Arg::from(crate::i18n::format::date_hint(i18n.language())))])
        }
        Problem::DateInFuture => i18n.tr("problem-date-future"),
        Problem::OutOfRange { min, max } => i18n
            .tr_args("problem-range", &[("min", Arg::from(i18n.number(*min))), ("max", Arg::from(i18n.number(*max)))]),
        Problem::MinimumAboveMaximum => i18n.tr("problem-min-above-max"),
        Problem::EndBeforeStart => i18n.tr("problem-end-before-start"),
        Problem::Duplicate => i18n.tr("problem-duplicate"),
        Problem::GroupSize { min, max } => {
            i18n.tr_args("problem-group-size", &[("min", Arg::from(*min)), ("max", Arg::from(*max))])
        }
        Problem::ExactlyOnePerson => i18n.tr("problem-one-person"),
        Problem::TooLong { max } => i18n.tr_args("problem-too-long", &[("max", Arg::from(*max))]),
        Problem::InvalidLink => i18n.tr("problem-link"),
        Problem::InvalidTime => i18n.tr("problem-time"),
        Problem::AlreadyWaiting => i18n.tr("problem-already-waiting"),
        Problem::AlreadyInGroup => i18n.tr("problem-already-in-group"),
        Problem::SessionOverlap => i18n.tr("problem-session-overlap"),
        Problem::TooShort { min } => i18n.tr_args("problem-too-short", &[("min", Arg::from(*min))]),
        Problem::NotTheSame => i18n.tr("problem-not-the-same"),
        Problem::BeforeIncident => i18n.tr("problem-before-incident"),
        Problem::RulesNotAccepted => i18n.tr("problem-rules-not-accepted"),
        Problem::ChairIsMember => i18n.tr("problem-chair-is-member"),
        Problem::BeforeInvoice => i18n.tr("problem-before-invoice"),
        Problem::AboveAmount { max } if *max == crate::domain::Money::ZERO => i18n.tr("problem-nothing-open"),
        Problem::AboveAmount { max } => i18n.tr_args("problem-above-amount", &[("max", Arg::from(i18n.money(*max)))]),
        Problem::InvalidDayMonth => i18n.tr("problem-day-month"),
        Problem::NotAFullPath => i18n.tr("problem-not-a-full-path"),
        Problem::FolderMissing => i18n.tr("problem-folder-missing"),
        Problem::ClusterLine { line } => i18n.tr_args("problem-cluster-line", &[("line", Arg::from(*line))]),
        Problem::DuplicateCluster { name } => {
            i18n.tr_args("problem-cluster-twice", &[("name", Arg::from(name.as_str()))])
        }
        Problem::AfterConversation { held } => {
            i18n.tr_args("problem-after-conversation", &[("date", Arg::from(i18n.date(*held)))])
        }
        Problem::InTwoClusters { department } => {
            i18n.tr_args("problem-department-twice", &[("department", Arg::from(department.as_str()))])
        }
    }
}
