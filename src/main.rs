//! Starts PeerDesk: reads the command line, then runs one command or opens
//! the window.

use peerdesk::cli::{CliError, Outcome};
use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    match peerdesk::cli::run(std::env::args_os().collect()) {
        Ok(Outcome::Done(message)) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Ok(Outcome::OpenWindow { db, language, refused }) => {
            // On a terminal a refused file is one line. Started from an icon
            // there is nobody to read that line: the window says it instead.
            if let Some(message) = &refused
                && std::io::stderr().is_terminal()
            {
                eprintln!("peerdesk: {message}");
                return ExitCode::FAILURE;
            }
            keep_freed_memory();
            match peerdesk::run_window(db, language) {
                Ok(()) if refused.is_none() => ExitCode::SUCCESS,
                Ok(()) => ExitCode::FAILURE,
                Err(message) => {
                    eprintln!("peerdesk: {}", refused.unwrap_or(message));
                    ExitCode::FAILURE
                }
            }
        }
        Err(CliError::Usage(error)) => {
            let code = if error.use_stderr() { 2 } else { 0 };
            let _ = error.print();
            ExitCode::from(code)
        }
        Err(CliError::Invalid(message)) => {
            eprintln!("peerdesk: {message}");
            ExitCode::from(2)
        }
        Err(CliError::Message(message)) => {
            eprintln!("peerdesk: {message}");
            ExitCode::FAILURE
        }
    }
}

/// glibc hands the memory of each frame's meshes back to the system and
/// faults it in again on the next frame, which costs a window drawn by a
/// software renderer a large part of its frame time. Freed memory is kept
/// for reuse instead: large blocks come from the heap (not a mapping of
/// their own) and the heap is not trimmed below 64 MB of free space. One
/// arena serves every thread: what the background reading of a file frees
/// is reused by the window and the other way round, where an arena per
/// thread would each keep its own high-water mark (2 to 3 MB more with
/// 20 000 people).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn keep_freed_memory() {
    // SAFETY: mallopt only changes the allocator's tuning parameters; it is
    // called before the window starts any thread.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn keep_freed_memory() {}
