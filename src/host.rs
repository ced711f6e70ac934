//! Who is at the keyboard: the operating-system user and the computer's
//! name, as a lock and the access log name them.

/// The operating-system user running PeerDesk, or "?" when the system does
/// not say.
pub fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .or_else(account_name)
        .unwrap_or_else(|| "?".to_string())
}

/// The name of the account this process runs as, from the system's list of
/// accounts (when the environment does not name the user).
#[cfg(unix)]
fn account_name() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid().to_string();
    let accounts = std::fs::read_to_string("/etc/passwd").ok()?;
    accounts.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        (fields.nth(1)? == uid).then(|| name.to_string())
    })
}

#[cfg(not(unix))]
fn account_name() -> Option<String> {
    None
}

/// The computer's name, or "?" when the system does not say.
pub fn computer_name() -> String {
    let from_env = ["HOSTNAME", "COMPUTERNAME"].iter().find_map(|var| std::env::var(var).ok());
    let from_file =
        || ["/proc/sys/kernel/hostname", "/etc/hostname"].iter().find_map(|file| std::fs::read_to_string(file).ok());
    from_env
        .or_else(from_file)
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "?".to_string())
}
