//! One writer at a time. Beside `x.sqlite3` lies `x.sqlite3.lock`: whoever
//! writes holds an operating-system lock on it and writes their name into
//! it, so a second window or command is refused by name. The operating
//! system releases the lock when a process ends, also when it crashes: a
//! lock file that still names someone but is not locked was left by a
//! crashed process, and is taken over.

use super::error::io_error;
use super::holder::Holder;
use super::{Result, StoreError};
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// The lock of the one writer; released when dropped.
#[derive(Debug)]
pub struct WriterLock {
    file: File,
    /// The holder whose crashed process left the lock, when it was taken over.
    pub taken_over: Option<Holder>,
}

/// The lock file of the database at `db`.
pub fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

impl WriterLock {
    /// Takes the lock of `db` for `me`, or names who holds it.
    pub fn acquire(db: &Path, me: &Holder) -> Result<WriterLock> {
        let path = lock_path(db);
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&path).map_err(|e| io_error(e, db))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::LockedBy(read_holder(&mut file)));
            }
            Err(TryLockError::Error(e)) => return Err(io_error(e, db)),
        }
        let taken_over = read_holder(&mut file);
        let text = serde_json::to_string(me).unwrap_or_default();
        let written = (|| -> std::io::Result<()> {
            file.set_len(0)?;
            file.rewind()?;
            file.write_all(text.as_bytes())?;
            file.sync_all()
        })();
        written.map_err(|e| io_error(e, db))?;
        Ok(WriterLock { file, taken_over })
    }
}

/// True when nobody holds the lock of `db` now (a window that read the file
/// may then open it for changes).
pub fn is_free(db: &Path) -> bool {
    let Ok(file) = OpenOptions::new().read(true).open(lock_path(db)) else { return true };
    match file.try_lock() {
        Ok(()) => {
            let _ = file.unlock();
            true
        }
        Err(_) => false,
    }
}

impl Drop for WriterLock {
    fn drop(&mut self) {
        // An empty lock file names nobody: the next writer finds it free.
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

/// The holder a lock file names; `None` when it is empty or unreadable (on
/// some systems a locked file cannot be read by others).
fn read_holder(file: &mut File) -> Option<Holder> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.read_to_string(&mut text).ok()?;
    serde_json::from_str(&text).ok()
}
