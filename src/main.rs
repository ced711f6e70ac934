//! Starts PeerDesk: reads the command line, then runs one command or opens
//! the window.

use peerdesk::cli::{CliError, Outcome};
use std::process::ExitCode;

fn main() -> ExitCode {
    match peerdesk::cli::run(std::env::args_os().collect()) {
        Ok(Outcome::Done(message)) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Ok(Outcome::OpenWindow { db, language }) => match peerdesk::run_window(db, language) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("peerdesk: {message}");
                ExitCode::FAILURE
            }
        },
        Err(CliError::Usage(error)) => {
            let code = if error.use_stderr() { 2 } else { 0 };
            let _ = error.print();
            ExitCode::from(code)
        }
        Err(CliError::Message(message)) => {
            eprintln!("peerdesk: {message}");
            ExitCode::FAILURE
        }
    }
}
