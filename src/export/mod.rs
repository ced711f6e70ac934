//! Documents and files made from the data: PDF, calendar files. Each export
//! writes its file completely or not at all.

pub mod ics;
pub mod pdf;

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file in the same folder, so
/// that a failure never leaves a half-written file behind.
pub fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    // Only an ordinary file is ever replaced (never a link, a folder or a
    // device), and it keeps its permissions; a read-only file stays as it is.
    let replaced = match std::fs::symlink_metadata(path) {
        Ok(metadata) if !metadata.file_type().is_file() => {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not an ordinary file"));
        }
        Ok(metadata) if metadata.permissions().readonly() => {
            return Err(std::io::Error::new(std::io::ErrorKind::PermissionDenied, "read-only file"));
        }
        Ok(metadata) => Some(metadata.permissions()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut temporary = tempfile::NamedTempFile::new_in(folder)?;
    temporary.write_all(bytes)?;
    temporary.as_file().sync_all()?;
    if let Some(permissions) = replaced {
        temporary.as_file().set_permissions(permissions)?;
    }
    temporary.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A file name made safe: letters, digits and dashes, lower case.
pub use crate::domain::search::slug;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_made_of_plain_letters() {
        assert_eq!(slug("PostDocs 3"), "postdocs-3");
        assert_eq!(slug("Zoë Müller / Cardiologie"), "zoe-muller-cardiologie");
    }

    #[test]
    fn a_failed_write_leaves_no_file() {
        let dir = std::env::temp_dir().join(format!("peerdesk-write-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let target = dir.join("missing-folder").join("x.pdf");
        assert!(write_file(&target, b"data").is_err());
        assert!(!target.exists());
        let ok = dir.join("x.pdf");
        write_file(&ok, b"data").unwrap();
        assert_eq!(std::fs::read(&ok).unwrap(), b"data");
        let leftovers = std::fs::read_dir(&dir)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".partial"))
            .count();
        assert_eq!(leftovers, 0);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
