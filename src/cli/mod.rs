//! The command line: `peerdesk` opens the window; `peerdesk demo` writes
//! demo data. Help and messages follow `--lang` (or the system language).

mod export;
mod help;
mod import;
mod list;
mod safety;

pub use help::command;

use crate::i18n::{Arg, I18n, Language};
use crate::ops::demo::{DemoOptions, write_demo_file};
use crate::paths::AppPaths;
use crate::store::{Passphrase, Store};
use clap::error::ErrorKind;
use clap::{Args, FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

/// PeerDesk: the desk of whoever runs workplace peer support.
#[derive(Debug, Parser)]
#[command(name = "peerdesk", version)]
pub struct Cli {
    /// The database file to use.
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The language of the window and of messages.
    #[arg(long, global = true, value_name = "nl|en", value_parser = parse_language)]
    pub lang: Option<Language>,
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Writes demo data into a new database file.
    Demo {
        /// How many people the demo directory gets.
        #[arg(long, default_value_t = 300, value_name = "N")]
        people: usize,
    },
    /// Writes a checked backup of the database.
    Backup {
        /// The file to write; without it, the backups folder beside the database.
        #[arg(long, value_name = "FILE")]
        to: Option<PathBuf>,
    },
    /// Replaces the database's data with a backup; the current data is backed up first.
    Restore {
        /// The backup to restore.
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
    },
    /// Checks the database file fully and reports what is damaged.
    Check,
    /// Adds the people of a CSV file to the directory, one at a time.
    Import {
        /// The CSV file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Lists incidents (without names), peer supporters, networks, circles or circle meetings, one line each.
    List {
        #[arg(value_enum)]
        what: list::ListWhat,
    },
    /// Removes incident cases whose retention period has passed; keeps anonymous figures.
    Purge {
        /// Only say what would be removed.
        #[arg(long)]
        dry_run: bool,
    },
    /// Writes documents: schedules, cost statements, invoices, calendar files.
    Export {
        #[command(subcommand)]
        what: ExportCommand,
    },
}

/// The documents `peerdesk export` writes.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// A session schedule (PDF) of a group, of a coach over a period, or of a month.
    Schedule {
        #[arg(long, value_name = "ID")]
        group: Option<String>,
        #[arg(long, value_name = "ID")]
        coach: Option<String>,
        #[arg(long, value_name = "YYYY-MM")]
        month: Option<String>,
        #[command(flatten)]
        period: Period,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// A cost statement (PDF) of a funding source over a period, or of a group.
    Statement {
        #[arg(long, value_name = "ID")]
        funding: Option<String>,
        #[arg(long, value_name = "ID")]
        group: Option<String>,
        #[command(flatten)]
        period: Period,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// The anonymous yearly report of incident peer support (PDF).
    Report {
        #[arg(long, value_name = "YYYY")]
        year: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// A circle meeting's session plan (PDF): each phase of its method on the clock.
    Plan {
        #[arg(long, value_name = "ID")]
        meeting: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// A network's contact sheet (PDF): contact details only of members who agreed to share them.
    Contacts(NetworkTarget),
    /// A network's member list (CSV): contact details only of members who agreed to share them.
    Members(NetworkTarget),
    /// A list for a spreadsheet (CSV): people, waiting or invoices.
    Csv {
        #[arg(value_name = "LIST")]
        list: String,
        #[arg(long, value_name = "YYYY")]
        year: Option<String>,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Every issued invoice and credit note of a year, one PDF each.
    Invoices {
        #[arg(long, value_name = "YYYY")]
        year: String,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// A calendar file (ICS) of a group's sessions, of a coach's over a period, of a peer supporter's conversations, or of a network's regular meeting.
    Ics {
        #[arg(long, value_name = "ID")]
        group: Option<String>,
        #[arg(long, value_name = "ID")]
        network: Option<String>,
        #[arg(long, value_name = "ID")]
        circle: Option<String>,
        #[arg(long, value_name = "ID")]
        coach: Option<String>,
        #[arg(long, value_name = "ID")]
        supporter: Option<String>,
        #[command(flatten)]
        period: Period,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// A period given as `--from DATE --to DATE`.
#[derive(Debug, Args)]
pub struct NetworkTarget {
    #[arg(long, value_name = "ID")]
    pub network: String,
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// A period given as `--from DATE --to DATE`.
#[derive(Debug, Args)]
pub struct Period {
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

/// What `main` should do after the command line was read.
#[derive(Debug)]
pub enum Outcome {
    /// A command ran; print this line and exit successfully.
    Done(String),
    /// Open the window.
    OpenWindow {
        db: Option<PathBuf>,
        language: Option<Language>,
        /// Why the file cannot be opened, found before the window opens:
        /// one line on a terminal; the window shows it when PeerDesk was
        /// started from an icon.
        refused: Option<String>,
    },
}

fn parse_language(text: &str) -> Result<Language, String> {
    Language::from_code(text).ok_or_else(|| format!("'{text}': use nl or en"))
}

/// The language for messages: `--lang` if present, else the system's.
fn message_language(args: &[OsString]) -> Language {
    let mut iter = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if let Some(code) = arg.strip_prefix("--lang=") {
            if let Some(l) = Language::from_code(code) {
                return l;
            }
        } else if arg == "--lang"
            && let Some(l) = iter.next().and_then(|code| Language::from_code(&code))
        {
            return l;
        }
    }
    crate::i18n::system_language()
}

/// Reads the command line and runs a headless command, or says to open the
/// window. Errors are one translated line.
pub fn run(args: Vec<OsString>) -> Result<Outcome, CliError> {
    let i18n = I18n::new(message_language(&args));
    let usage = |error: clap::Error| match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            CliError::Usage(error)
        }
        _ => CliError::Invalid(help::usage_error(&i18n, &error, &args)),
    };
    let matches = command(&i18n).try_get_matches_from(&args).map_err(usage)?;
    let cli = Cli::from_arg_matches(&matches).map_err(usage)?;
    match cli.command {
        None => {
            // A file given on the command line is looked at before a window
            // opens; whether it is whole, the window finds out as it reads it.
            // A file that does not exist yet is offered to be created in the window.
            let mut refused = None;
            if let Some(path) = &cli.db {
                let text = |e| crate::ops::messages::store_error_text(&i18n, &e);
                // An encrypted file is opened in the window, which asks for its passphrase.
                if std::fs::symlink_metadata(path).is_ok() && !crate::store::needs_passphrase(path) {
                    refused = Store::identify(path).err().map(text);
                } else if path.parent().is_some_and(|p| !p.as_os_str().is_empty() && !p.is_dir()) {
                    refused = Some(text(crate::store::StoreError::NoSuchFolder(path.clone())));
                }
            }
            Ok(Outcome::OpenWindow { db: cli.db, language: cli.lang, refused })
        }
        Some(CliCommand::Export { what }) => {
            let language = cli.lang.unwrap_or(i18n.language());
            crate::cli::export::run(what, cli.db, language, &i18n)
        }
        Some(CliCommand::Backup { to }) => safety::backup(&i18n, cli.db, to),
        Some(CliCommand::Restore { from }) => safety::restore(&i18n, cli.db, &from),
        Some(CliCommand::Check) => safety::check(&i18n, cli.db),
        Some(CliCommand::Import { file }) => import::run(&i18n, cli.db, &file),
        Some(CliCommand::List { what }) => list::run(&i18n, cli.db, what),
        Some(CliCommand::Purge { dry_run }) => safety::purge(&i18n, cli.db, dry_run),
        Some(CliCommand::Demo { people }) => {
            let path = match cli.db {
                Some(path) => path,
                None => {
                    let paths = AppPaths::platform();
                    paths.ensure_data_dir().map_err(|e| {
                        CliError::Message(crate::ops::messages::write_error_text(&i18n, &paths.data_dir, &e))
                    })?;
                    paths.demo_db()
                }
            };
            let fail = |e| CliError::Message(crate::ops::messages::store_error_text(&i18n, &e));
            let today = crate::clock::today();
            // The demo is encrypted when a passphrase is given in the environment.
            let exists = std::fs::symlink_metadata(&path).is_ok();
            let key = match std::env::var(PASSPHRASE_VARIABLE) {
                Ok(text) if !exists => Some(Passphrase::new(text)),
                _ if exists => key_for(&i18n, &path)?,
                _ => None,
            };
            let options = DemoOptions { people, ..DemoOptions::standard(today) };
            let summary = write_demo_file(&path, &options, key.as_ref()).map_err(fail)?;
            Ok(Outcome::Done(i18n.tr_args(
                "cli-demo-done",
                &[
                    ("path", Arg::from(path.display().to_string())),
                    ("people", Arg::from(i18n.number(summary.people as i64))),
                    ("coaches", Arg::from(summary.coaches)),
                    ("supporters", Arg::from(summary.peer_supporters)),
                    ("groups", Arg::from(summary.groups)),
                    ("waiting", Arg::from(summary.waiting)),
                    ("incidents", Arg::from(i18n.number(summary.incidents as i64))),
                    ("trajectories", Arg::from(i18n.number(summary.trajectories as i64))),
                ],
            )))
        }
    }
}

/// The environment variable a passphrase may be given in, for automation.
pub const PASSPHRASE_VARIABLE: &str = "PEERDESK_PASSPHRASE";

/// The passphrase of the file at `path` when it is encrypted: from
/// `PEERDESK_PASSPHRASE`, or asked for on the terminal without showing it.
pub(crate) fn key_for(i18n: &I18n, path: &std::path::Path) -> Result<Option<Passphrase>, CliError> {
    if !crate::store::needs_passphrase(path) {
        return Ok(None);
    }
    if let Ok(text) = std::env::var(PASSPHRASE_VARIABLE) {
        return Ok(Some(Passphrase::new(text)));
    }
    let prompt = i18n.tr_args("cli-passphrase-prompt", &[("path", Arg::from(path.display().to_string()))]);
    rpassword::prompt_password(format!("{prompt} ")).map(|text| Some(Passphrase::new(text))).map_err(|_| {
        CliError::Message(i18n.tr_args("cli-passphrase-needed", &[("variable", Arg::from(PASSPHRASE_VARIABLE))]))
    })
}

/// A command that failed with the message `id` of the user's language.
pub(crate) fn fail(i18n: &I18n, id: &str, args: &[(&str, Arg)]) -> CliError {
    CliError::Message(i18n.tr_args(id, args))
}

/// A failed command line.
#[derive(Debug)]
pub enum CliError {
    /// `--help` / `--version`, or a command given without what it needs:
    /// clap prints the (translated) help page itself.
    Usage(clap::Error),
    /// Arguments that cannot be read: what is wrong and where to find help,
    /// in the user's language.
    Invalid(String),
    /// A command failed: one line for the user.
    Message(String),
}
