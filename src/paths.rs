//! Where PeerDesk keeps its files: the platform's data folder, with the
//! user's database and the demo database side by side but never mixed.

use directories::ProjectDirs;
use std::path::PathBuf;

/// File name of the user's own database.
pub const DEFAULT_DB_FILE: &str = "peerdesk.sqlite3";
/// File name of the demo database.
pub const DEMO_DB_FILE: &str = "demo.sqlite3";

/// The files PeerDesk opens without being told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppPaths {
    /// Folder holding both databases.
    pub data_dir: PathBuf,
}

impl AppPaths {
    /// The platform data folder (e.g. `~/.local/share/peerdesk`,
    /// `%APPDATA%\PeerDesk\PeerDesk\data`), or the current folder when the
    /// platform has none.
    pub fn platform() -> AppPaths {
        let data_dir = ProjectDirs::from("nl", "PeerDesk", "PeerDesk")
            .map(|dirs| dirs.data_dir().to_path_buf())
            .unwrap_or_else(|| PathBuf::from("."));
        AppPaths { data_dir }
    }

    /// Paths inside `folder` (tests, portable use).
    pub fn in_folder(folder: impl Into<PathBuf>) -> AppPaths {
        AppPaths { data_dir: folder.into() }
    }

    /// The user's own database.
    pub fn default_db(&self) -> PathBuf {
        self.data_dir.join(DEFAULT_DB_FILE)
    }

    /// The demo database.
    pub fn demo_db(&self) -> PathBuf {
        self.data_dir.join(DEMO_DB_FILE)
    }

    /// Creates the data folder when it does not exist yet.
    /// On Unix it is private to the user (`0700`).
    pub fn ensure_data_dir(&self) -> std::io::Result<()> {
        create_private_dir(&self.data_dir)?;
        make_private(&self.data_dir)
    }
}

/// Creates the file `path`, which must not exist yet, private to the user
/// on Unix (a database, a backup, a copy being made).
pub fn create_private_file(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Creates `folder` (and its parents) when it does not exist; a folder
/// PeerDesk creates is private to the user on Unix.
pub fn create_private_dir(folder: &std::path::Path) -> std::io::Result<()> {
    if folder.is_dir() {
        return Ok(());
    }
    create_dir(folder)
}

/// PeerDesk's own data folder is private to the user on Unix, also when
/// something else (the window's preferences) created it first.
fn make_private(folder: &std::path::Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(folder)?.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(folder, std::fs::Permissions::from_mode(mode & 0o700))?;
        }
    }
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

fn create_dir(folder: &std::path::Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(folder)
}

/// A folder typed as a full path that does not exist (or cannot be reached)
/// is a problem; an empty one means "beside the database".
pub fn folder_problem(folder: &str) -> Option<crate::domain::Problem> {
    let folder = std::path::Path::new(folder.trim());
    (!folder.as_os_str().is_empty() && folder.is_absolute() && !folder.is_dir())
        .then_some(crate::domain::Problem::FolderMissing)
}
