//! What can go wrong with the database: one error type for everything the
//! store does, with no type of the database engine in its face.

use super::holder::Holder;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// What can go wrong with the database, each with a sentence for the user.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the folder of {0} does not exist")]
    NoSuchFolder(PathBuf),
    #[error("{0} does not exist")]
    Missing(PathBuf),
    #[error("{0} exists already")]
    Exists(PathBuf),
    #[error("{0} is empty (0 bytes); it was left untouched")]
    EmptyFile(PathBuf),
    #[error("{0} is damaged; it was left untouched")]
    Damaged(PathBuf),
    #[error("{0} cannot be upgraded; it was left untouched")]
    CannotUpgrade(PathBuf),
    #[error("{0} may not be written to")]
    ReadOnlyFile(PathBuf),
    #[error("this window opened the file read-only")]
    ReadOnly,
    #[error("the disk is full")]
    DiskFull,
    /// The file looks encrypted: it needs its passphrase to be opened.
    #[error("{0} needs its passphrase")]
    NeedsPassphrase(PathBuf),
    #[error("the passphrase does not open {0}")]
    WrongPassphrase(PathBuf),
    #[error("a file operation failed: {0}")]
    Io(String),
    /// Another window or command writes to the file; `None` when the lock
    /// does not say who.
    #[error("the file is in use by {}", .0.as_ref().map(|h| h.user.as_str()).unwrap_or("someone else"))]
    LockedBy(Option<Holder>),
    /// The record changed since it was loaded: nothing was overwritten.
    #[error("{0} was changed elsewhere since it was loaded")]
    Conflict(&'static str),
    #[error("{0} is not a PeerDesk database; it was left untouched")]
    NotPeerDesk(PathBuf),
    #[error(
        "{path} was written by a newer PeerDesk (schema {found}, this version knows {known}); it was left untouched"
    )]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error("the database is in use by another program; try again in a moment")]
    Busy,
    #[error("{0} was not found")]
    NotFound(&'static str),
    #[error("{0}")]
    Refused(Refusal),
    /// Values the rules of the domain refuse; the same problems a form shows.
    #[error("not saved: {}", .0.fields().join(", "))]
    Invalid(crate::domain::Problems),
    /// A row that cannot be read as what it should hold: never skipped.
    #[error("row {id} of {table} cannot be read: {reason}")]
    BadRow { table: &'static str, id: i64, reason: String },
    #[error("database error: {0}")]
    Database(DatabaseError),
}

/// An error of the database engine, kept whole for the message but without
/// exposing the engine's types beyond the store.
#[derive(Debug)]
pub struct DatabaseError(pub(super) rusqlite::Error);

impl std::fmt::Display for DatabaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl DatabaseError {
    /// The engine's error code: a number to quote to support, never its text.
    pub fn code(&self) -> i64 {
        match &self.0 {
            rusqlite::Error::SqliteFailure(e, _) => i64::from(e.extended_code),
            _ => -1,
        }
    }
}

impl std::error::Error for DatabaseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        StoreError::Database(DatabaseError(error))
    }
}

/// An operation the rules of the data do not allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("a list item with that name exists")]
    ListItemExists,
    #[error("the list item is in use")]
    ListItemInUse,
    #[error("the database already holds data")]
    NotEmpty,
    #[error("the registration is already placed in a group or withdrawn")]
    RegistrationPlaced,
    #[error("an issued invoice cannot be changed")]
    InvoiceFrozen,
    #[error("a registration is already on an invoice")]
    AlreadyInvoiced,
    #[error("someone is already waiting or in a group")]
    PersonElsewhere,
    #[error("the group has ended")]
    GroupEnded,
    #[error("the invoice lacks a detail it must carry")]
    InvoiceIncomplete,
    #[error("the employee is already involved in this incident")]
    AlreadyInvolved,
    #[error("this person may not support this employee")]
    NotAllowedToSupport,
    #[error("the trajectory has ended")]
    TrajectoryEnded,
    #[error("the person is already a member of the network")]
    AlreadyMember,
    #[error("the person is not a member of the network (any more)")]
    NotAMember,
    #[error("the database is encrypted already")]
    AlreadyEncrypted,
    #[error("the mentor has no room for another mentee")]
    MentorFull,
    #[error("the pair is not open")]
    PairNotOpen,
    #[error("someone is already in an active circle")]
    AlreadyInCircle,
    #[error("the payment cannot be reversed")]
    PaymentKept,
}

/// The store error for a failed file operation on `path`.
pub(super) fn io_error(error: std::io::Error, path: &Path) -> StoreError {
    match error.kind() {
        ErrorKind::NotFound => StoreError::NoSuchFolder(path.to_path_buf()),
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => StoreError::ReadOnlyFile(path.to_path_buf()),
        ErrorKind::StorageFull => StoreError::DiskFull,
        _ => StoreError::Io(error.kind().to_string()),
    }
}
