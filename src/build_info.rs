//! Version, commit and build date, recorded by `build.rs`.

/// The version from Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The git commit the program was built from, or "unknown".
pub const COMMIT: &str = env!("PEERDESK_GIT_COMMIT");
/// The date of the build (UTC, YYYY-MM-DD).
pub const BUILD_DATE: &str = env!("PEERDESK_BUILD_DATE");
