//! Opening database files: PeerDesk creates a file only when asked to,
//! refuses anything that is not its own before writing a byte, checks a
//! file's health when it opens it, and keeps its files private to the user.

use super::error::io_error;
use super::holder::Holder;
use super::lock::WriterLock;
use super::{APPLICATION_ID, DATE_TIME, Result, Store, StoreError, migrations};
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How a store may use its file.
#[derive(Debug)]
pub(super) enum Access {
    /// The one writer, holding the file's lock.
    Write(WriterLock),
    /// Reading only: nothing is ever written to the file.
    ReadOnly,
    /// A database in memory (tests, previews).
    Memory,
}

/// The first bytes of every SQLite file.
const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";

/// The passphrase a database is encrypted with. It is never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Passphrase(String);

impl Passphrase {
    /// The passphrase `text`, as typed.
    pub fn new(text: impl Into<String>) -> Passphrase {
        Passphrase(text.into())
    }

    /// The passphrase as typed.
    pub fn text(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Store {
    /// Creates a new, empty PeerDesk database at `path`, which must not
    /// exist yet. The file is readable by its owner only.
    pub fn create(path: &Path) -> Result<Store> {
        Self::create_with(path, None)
    }

    /// Creates a new, empty PeerDesk database at `path`, encrypted with
    /// `key` when one is given (a passphrase the rules refuse is refused).
    pub fn create_with(path: &Path, key: Option<&Passphrase>) -> Result<Store> {
        if let Some(key) = key {
            super::check(crate::domain::passphrase::problems(key.text(), key.text()))?;
        }
        check_folder(path)?;
        if std::fs::symlink_metadata(path).is_ok() {
            return Err(StoreError::Exists(path.to_path_buf()));
        }
        // The file is made whole under another name and only then given
        // its own, so that a creation cut short (a crash, a kill) never
        // leaves an empty or half-made file where the database should be.
        let making = sibling(path, ".creating");
        remove_database_files(&making);
        crate::paths::create_private_file(&making).map_err(|e| io_error(e, path))?;
        let made = (|| {
            let mut conn = connect(&making, OpenFlags::SQLITE_OPEN_READ_WRITE, key)?;
            super::migrate(&mut conn, path)?;
            conn.close().map_err(|(_, e)| classify(e, path))?;
            // A link never replaces a file that appeared meanwhile; where
            // the file system has no links, a rename after one more look.
            match std::fs::hard_link(&making, path) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == ErrorKind::AlreadyExists => Err(StoreError::Exists(path.to_path_buf())),
                Err(_) if std::fs::symlink_metadata(path).is_ok() => Err(StoreError::Exists(path.to_path_buf())),
                Err(_) => std::fs::rename(&making, path).map_err(|e| io_error(e, path)),
            }
        })();
        remove_database_files(&making);
        made?;
        Store::open_with(path, key)
    }

    /// Opens the existing, unencrypted PeerDesk database at `path` for
    /// writing; see [`Store::open_with`].
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with(path, None)
    }

    /// Opens the existing PeerDesk database at `path` for writing, with its
    /// passphrase if it has one. A file that is empty, damaged, not
    /// PeerDesk's or from a newer PeerDesk is refused before anything is
    /// written to it, and so is a wrong passphrase; a file another window or
    /// command writes to is refused with its holder's name.
    pub fn open_with(path: &Path, key: Option<&Passphrase>) -> Result<Store> {
        preflight(path, key.is_some())?;
        let lock_file = super::lock::lock_path(path);
        let lock_was_there = std::fs::symlink_metadata(&lock_file).is_ok();
        let lock = WriterLock::acquire(path, &Holder::me(now_text()))?;
        let opened = (|| {
            let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE, key)?;
            if conn.is_readonly(rusqlite::MAIN_DB)? {
                return Err(StoreError::ReadOnlyFile(path.to_path_buf()));
            }
            check_identity(&conn, path, key.is_some())?;
            check_health(&conn, path)?;
            Ok(conn)
        })();
        let store = opened.and_then(|conn| {
            private_to_owner(path);
            Store::set_up(conn, path, Access::Write(lock), key)
        });
        // A file refused (not ours, damaged, the wrong passphrase, one that
        // cannot be upgraded) keeps nothing of PeerDesk's beside it.
        if store.is_err() && !lock_was_there {
            let _ = std::fs::remove_file(&lock_file);
        }
        store
    }

    /// Looks at the unencrypted file at `path` without reading its data:
    /// refused as [`Store::open`] refuses a file that is not PeerDesk's,
    /// comes from a newer PeerDesk or cannot be reached. Whether it is whole
    /// is checked when it is opened (a full read of a large file takes a
    /// while): this is the quick look before a window opens.
    pub fn identify(path: &Path) -> Result<()> {
        preflight(path, false)?;
        let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY, None)?;
        check_identity(&conn, path, false)
    }

    /// Opens the unencrypted PeerDesk database at `path` to read it only;
    /// see [`Store::open_read_only_with`].
    pub fn open_read_only(path: &Path) -> Result<Store> {
        Self::open_read_only_with(path, None)
    }

    /// Opens the PeerDesk database at `path` to read it only: nothing is
    /// written to the file, not even an upgrade (an older file is upgraded
    /// in memory), and nobody's lock is needed.
    pub fn open_read_only_with(path: &Path, key: Option<&Passphrase>) -> Result<Store> {
        preflight(path, key.is_some())?;
        let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY, key)?;
        check_identity(&conn, path, key.is_some())?;
        check_health(&conn, path)?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let conn = if version < migrations::latest_version() {
            let mut memory = Connection::open_in_memory()?;
            if let Some(key) = key {
                memory.pragma_update(None, "key", key.text())?;
            }
            rusqlite::backup::Backup::new(&conn, &mut memory)?.run_to_completion(256, Duration::ZERO, None)?;
            super::migrate(&mut memory, path)?;
            memory
        } else {
            conn
        };
        conn.pragma_update(None, "query_only", "ON")?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            clock: crate::clock::now,
            access: Access::ReadOnly,
            key: key.cloned(),
        })
    }

    /// Runs the full integrity check of the file at `path`, also when it is
    /// damaged, without writing to it: the problems found (at most a
    /// hundred), none when the file is whole.
    pub fn check_file(path: &Path, key: Option<&Passphrase>) -> Result<Vec<String>> {
        preflight(path, key.is_some())?;
        let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY, key)?;
        let app_id: i64 =
            conn.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(|e| match classify(e, path) {
                StoreError::NotPeerDesk(p) if key.is_some() => StoreError::WrongPassphrase(p),
                other => other,
            })?;
        if app_id != APPLICATION_ID {
            return Err(StoreError::NotPeerDesk(path.to_path_buf()));
        }
        let mut stmt = conn.prepare("PRAGMA integrity_check(100)").map_err(|e| classify(e, path))?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).map_err(|e| classify(e, path))?;
        let found = rows.collect::<rusqlite::Result<Vec<String>>>().map_err(|e| classify(e, path))?;
        Ok(found.into_iter().filter(|line| line != "ok").collect())
    }

    /// True when this store only reads its file.
    pub fn is_read_only(&self) -> bool {
        matches!(self.access, Access::ReadOnly)
    }

    /// The person whose crashed window or command had left this file
    /// locked, when opening took the lock over.
    pub fn lock_taken_over(&self) -> Option<&Holder> {
        match &self.access {
            Access::Write(lock) => lock.taken_over.as_ref(),
            _ => None,
        }
    }

    fn set_up(conn: Connection, path: &Path, access: Access, key: Option<&Passphrase>) -> Result<Store> {
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        // A page cache of 1 MiB instead of SQLite's 2: reading everything
        // after a change goes through more pages than either holds, and
        // the window keeps what it shows itself.
        conn.pragma_update(None, "cache_size", -1024)?;
        let mut store = Store { conn, path: path.to_path_buf(), clock: crate::clock::now, access, key: key.cloned() };
        let version = store.schema_version()?;
        if (1..migrations::latest_version()).contains(&version) && matches!(store.access, Access::Write(_)) {
            // An upgrade changes the file for good: a checked backup comes first.
            store.back_up(super::BackupReason::BeforeUpgrade, crate::domain::backups::BackupPolicy::default())?;
        }
        // The upgrade runs before the write-ahead log is switched on, so that
        // a file that does not take it is left exactly as it was.
        super::migrate(&mut store.conn, path)?;
        store
            .conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))
            .map_err(|e| classify(e, path))?;
        Ok(store)
    }

    /// A database in memory, for tests and previews.
    pub fn open_in_memory() -> Result<Store> {
        Self::set_up(Connection::open_in_memory()?, Path::new(":memory:"), Access::Memory, None)
    }
}

fn now_text() -> String {
    crate::clock::now().format(DATE_TIME).to_string()
}

pub(super) fn connect(path: &Path, mode: OpenFlags, key: Option<&Passphrase>) -> Result<Connection> {
    let conn =
        Connection::open_with_flags(path, mode | OpenFlags::SQLITE_OPEN_NO_MUTEX).map_err(|e| classify(e, path))?;
    // A wrong passphrase is reported as one sentence, never as the engine's log lines.
    let _ = conn.pragma_update(None, "cipher_log_level", "NONE");
    if let Some(key) = key {
        // Nothing is read or written before the key is set.
        conn.pragma_update(None, "key", key.text()).map_err(|e| classify(e, path))?;
    }
    Ok(conn)
}

fn check_folder(path: &Path) -> Result<()> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !folder.is_dir() {
        return Err(StoreError::NoSuchFolder(path.to_path_buf()));
    }
    Ok(())
}

/// What can be said about a file before SQLite opens it: it exists, it is
/// a regular file, it is not empty and it starts like a SQLite file (or,
/// when it does not, it may be an encrypted one: whole pages of what looks
/// like noise, which only a passphrase can tell).
pub(super) fn preflight(path: &Path, keyed: bool) -> Result<()> {
    check_folder(path)?;
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == ErrorKind::NotFound => return Err(StoreError::Missing(path.to_path_buf())),
        Err(e) => return Err(io_error(e, path)),
    };
    if !metadata.is_file() {
        return Err(StoreError::NotPeerDesk(path.to_path_buf()));
    }
    if metadata.len() == 0 {
        return Err(StoreError::EmptyFile(path.to_path_buf()));
    }
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header));
    match read {
        Ok(()) if header == SQLITE_HEADER => Ok(()),
        Ok(()) if keyed => Ok(()),
        Ok(()) if metadata.len() >= 1024 && metadata.len() % 512 == 0 => {
            Err(StoreError::NeedsPassphrase(path.to_path_buf()))
        }
        Ok(()) => Err(StoreError::NotPeerDesk(path.to_path_buf())),
        Err(e) if e.kind() == ErrorKind::UnexpectedEof => Err(StoreError::NotPeerDesk(path.to_path_buf())),
        Err(e) => Err(io_error(e, path)),
    }
}

/// True when the file at `path` looks encrypted: the window then asks for
/// its passphrase before opening it.
pub fn needs_passphrase(path: &Path) -> bool {
    matches!(preflight(path, false), Err(StoreError::NeedsPassphrase(_)))
}

/// Refuses files that are not ours, or that come from a newer PeerDesk,
/// without writing to them. An existing file must carry PeerDesk's mark.
fn check_identity(conn: &Connection, path: &Path, keyed: bool) -> Result<()> {
    let read = || -> rusqlite::Result<(i64, i64)> {
        let app_id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        Ok((app_id, version))
    };
    // With a passphrase, a file that cannot be read was not opened by it.
    let (app_id, version) = read().map_err(|e| match classify(e, path) {
        StoreError::NotPeerDesk(p) if keyed => StoreError::WrongPassphrase(p),
        other => other,
    })?;
    if app_id != APPLICATION_ID || version < 1 {
        return Err(StoreError::NotPeerDesk(path.to_path_buf()));
    }
    let known = migrations::latest_version();
    if version > known {
        return Err(StoreError::TooNew { path: path.to_path_buf(), found: version, known });
    }
    Ok(())
}

/// SQLite's quick check: a damaged file is refused, not half-read.
fn check_health(conn: &Connection, path: &Path) -> Result<()> {
    let damaged = || StoreError::Damaged(path.to_path_buf());
    let mut stmt = conn.prepare("PRAGMA quick_check(1)").map_err(|e| classify(e, path))?;
    let first: String = stmt.query_row([], |r| r.get(0)).map_err(|e| match classify(e, path) {
        StoreError::Database(_) => damaged(),
        other => other,
    })?;
    if first == "ok" { Ok(()) } else { Err(damaged()) }
}

/// Files of a PeerDesk database are for its owner only (on Unix).
fn private_to_owner(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in [path.to_path_buf(), sibling(path, "-wal"), sibling(path, "-shm")] {
            if let Ok(metadata) = std::fs::metadata(&file)
                && metadata.permissions().mode() & 0o077 != 0
            {
                let _ = std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// `path` with `suffix` added to its name (`x.sqlite3-wal`).
pub(super) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Removes a database file with its write-ahead log, shared memory and lock.
pub fn remove_database_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal", ".lock"] {
        let _ = std::fs::remove_file(sibling(path, suffix));
    }
}

/// The store error for an error of the database engine while opening or
/// writing `path`.
pub(super) fn classify(error: rusqlite::Error, path: &Path) -> StoreError {
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotPeerDesk(path.to_path_buf()),
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Damaged(path.to_path_buf()),
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => StoreError::Busy,
        Some(ErrorCode::DiskFull) => StoreError::DiskFull,
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnlyFile(path.to_path_buf()),
        Some(ErrorCode::PermissionDenied) => StoreError::ReadOnlyFile(path.to_path_buf()),
        Some(ErrorCode::CannotOpen) => match path.parent() {
            Some(folder) if folder.as_os_str().is_empty() || folder.is_dir() => {
                StoreError::ReadOnlyFile(path.to_path_buf())
            }
            _ => StoreError::NoSuchFolder(path.to_path_buf()),
        },
        _ => StoreError::from(error),
    }
}
