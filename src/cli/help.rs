//! The command line's help and its usage errors in the user's language:
//! PeerDesk's own texts for every command and option, and the words clap
//! only knows in English (headings, the help and version flags, the
//! placeholders in a usage line, its error messages).

use super::Cli;
use crate::i18n::{Arg as Value, I18n};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};
use std::ffi::OsString;

/// The clap command with every text in `i18n`'s language, built.
pub fn command(i18n: &I18n) -> Command {
    let mut command = localised(described(i18n), i18n, true);
    command.build();
    translate_usage(&mut command, i18n);
    command
}

/// Replaces clap's English in `command` and its subcommands: the help and
/// version flags (clap's help subcommand is left out; `--help` serves), the
/// placeholders and the headings of the help page.
fn localised(command: Command, i18n: &I18n, root: bool) -> Command {
    let mut command = command.disable_help_flag(true).disable_help_subcommand(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(i18n.tr("cli-help"))
            .display_order(usize::MAX - 1),
    );
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(i18n.tr("cli-version"))
                .display_order(usize::MAX),
        );
    }
    let ids: Vec<_> = command.get_arguments().map(|a| a.get_id().clone()).collect();
    for id in ids {
        command = command.mut_arg(id, |a| {
            let names: Vec<String> =
                a.get_value_names().unwrap_or_default().iter().map(|n| placeholder(i18n, n)).collect();
            // Possible values are named in the argument's own help text.
            let a = if a.get_action().takes_values() { a.hide_possible_values(true) } else { a };
            if names.is_empty() { a } else { a.value_names(names) }
        });
    }
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        command = command.mut_subcommand(name, |c| localised(c, i18n, false));
    }
    let template = template(&command, i18n);
    command.subcommand_value_name(i18n.tr("cli-placeholder-command")).help_template(template)
}

/// A placeholder such as `FILE` or `YYYY` in the user's language.
fn placeholder(i18n: &I18n, name: &str) -> String {
    let id = match name {
        "PATH" => "cli-placeholder-path",
        "FILE" => "cli-placeholder-file",
        "DIR" => "cli-placeholder-dir",
        "DATE" => "cli-placeholder-date",
        "YYYY" => "cli-placeholder-year",
        "YYYY-MM" => "cli-placeholder-month",
        "ID" => "cli-placeholder-id",
        "LIST" => "cli-placeholder-list",
        "WHAT" => "cli-placeholder-what",
        _ => return name.to_string(),
    };
    i18n.tr(id)
}

/// The help page's layout with translated headings; a section only where
/// the command has something to put in it.
fn template(command: &Command, i18n: &I18n) -> String {
    let mut template = format!("{{about-with-newline}}\n{}: {{usage}}\n", i18n.tr("cli-heading-usage"));
    if command.has_subcommands() {
        template += &format!("\n{}:\n{{subcommands}}\n", i18n.tr("cli-heading-commands"));
    }
    if command.get_positionals().next().is_some() {
        template += &format!("\n{}:\n{{positionals}}\n", i18n.tr("cli-heading-arguments"));
    }
    template + &format!("\n{}:\n{{options}}\n", i18n.tr("cli-heading-options"))
}

/// Writes each usage line with the options placeholder in the user's
/// language (clap writes `[OPTIONS]` whatever the language).
fn translate_usage(command: &mut Command, i18n: &I18n) {
    let usage = command.render_usage().to_string();
    let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim();
    let usage = usage.replace("[OPTIONS]", &format!("[{}]", i18n.tr("cli-placeholder-options")));
    *command = std::mem::take(command).override_usage(usage);
    for sub in command.get_subcommands_mut() {
        translate_usage(sub, i18n);
    }
}

/// One line saying what is wrong with the command line, and where to look
/// for help, in the user's language (clap's own message is English).
pub fn usage_error(i18n: &I18n, error: &clap::Error, args: &[OsString]) -> String {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        _ => String::new(),
    };
    let option = || Value::from(text(ContextKind::InvalidArg));
    let message = match error.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            // The values to choose from are in the help the last line points to.
            let value = text(ContextKind::InvalidValue);
            if value.is_empty() {
                i18n.tr_args("cli-error-no-value", &[("option", option())])
            } else {
                i18n.tr_args("cli-error-value", &[("value", Value::from(value)), ("option", option())])
            }
        }
        ErrorKind::UnknownArgument => i18n.tr_args("cli-error-unknown-option", &[("option", option())]),
        ErrorKind::InvalidSubcommand => {
            i18n.tr_args("cli-error-unknown-command", &[("command", Value::from(text(ContextKind::InvalidSubcommand)))])
        }
        ErrorKind::MissingRequiredArgument => i18n.tr_args("cli-error-missing", &[("options", option())]),
        ErrorKind::MissingSubcommand => i18n.tr("cli-error-no-command"),
        ErrorKind::ArgumentConflict => i18n.tr_args(
            "cli-error-conflict",
            &[("option", option()), ("other", Value::from(text(ContextKind::PriorArg)))],
        ),
        _ => i18n.tr_args("cli-error-option", &[("option", option())]),
    };
    let help = Value::from(format!("{} --help", command_path(&command(i18n), args)));
    format!("{message}\n{}", i18n.tr_args("cli-error-more", &[("command", help)]))
}

/// The (sub)command the arguments name, such as `peerdesk export csv`.
fn command_path(command: &Command, args: &[OsString]) -> String {
    let mut path = vec![command.get_name().to_string()];
    let mut current = command;
    for arg in args.iter().skip(1) {
        if let Some(sub) = current.find_subcommand(arg) {
            path.push(sub.get_name().to_string());
            current = sub;
        }
    }
    path.join(" ")
}

/// The texts PeerDesk writes itself: what each command and option is for.
fn described(i18n: &I18n) -> Command {
    Cli::command()
        .about(i18n.tr("cli-about"))
        .mut_arg("db", |a| a.help(i18n.tr("cli-db")))
        .mut_arg("lang", |a| a.help(i18n.tr("cli-lang")))
        .mut_subcommand("demo", |c| {
            c.about(i18n.tr("cli-demo")).mut_arg("people", |a| a.help(i18n.tr("cli-demo-people")))
        })
        .mut_subcommand("backup", |c| {
            c.about(i18n.tr("cli-backup")).mut_arg("to", |a| a.help(i18n.tr("cli-backup-to")))
        })
        .mut_subcommand("restore", |c| {
            c.about(i18n.tr("cli-restore")).mut_arg("from", |a| a.help(i18n.tr("cli-restore-from")))
        })
        .mut_subcommand("check", |c| c.about(i18n.tr("cli-check")))
        .mut_subcommand("import", |c| {
            c.about(i18n.tr("cli-import")).mut_arg("file", |a| a.help(i18n.tr("cli-import-file")))
        })
        .mut_subcommand("list", |c| c.about(i18n.tr("cli-list")).mut_arg("what", |a| a.help(i18n.tr("cli-arg-what"))))
        .mut_subcommand("export", |c| export_help(c, i18n))
        .mut_subcommand("purge", |c| {
            c.about(i18n.tr("cli-purge")).mut_arg("dry_run", |a| a.help(i18n.tr("cli-purge-dry-run")))
        })
}

/// The help of `peerdesk export` and its documents in `i18n`'s language.
fn export_help(command: Command, i18n: &I18n) -> Command {
    let arg = |c: Command, name: &str, id: &str| {
        if c.get_arguments().any(|a| a.get_id() == name) { c.mut_arg(name, |a| a.help(i18n.tr(id))) } else { c }
    };
    let args = move |mut c: Command| {
        for (name, id) in [
            ("group", "cli-arg-group"),
            ("coach", "cli-arg-coach"),
            ("month", "cli-arg-month"),
            ("from", "cli-arg-from"),
            ("to", "cli-arg-to"),
            ("funding", "cli-arg-funding"),
            ("year", "cli-arg-year"),
            ("supporter", "cli-arg-supporter"),
            ("network", "cli-arg-network"),
            ("circle", "cli-arg-circle"),
            ("meeting", "cli-arg-meeting"),
        ] {
            c = arg(c, name, id);
        }
        c
    };
    command
        .about(i18n.tr("cli-export"))
        .mut_subcommand("schedule", |c| {
            args(c.about(i18n.tr("cli-export-schedule"))).mut_arg("out", |a| a.help(i18n.tr("cli-arg-out")))
        })
        .mut_subcommand("statement", |c| {
            args(c.about(i18n.tr("cli-export-statement"))).mut_arg("out", |a| a.help(i18n.tr("cli-arg-out")))
        })
        .mut_subcommand("invoices", |c| {
            args(c.about(i18n.tr("cli-export-invoices"))).mut_arg("out", |a| a.help(i18n.tr("cli-arg-out-dir")))
        })
        .mut_subcommand("ics", |c| {
            args(c.about(i18n.tr("cli-export-ics"))).mut_arg("out", |a| a.help(i18n.tr("cli-arg-out")))
        })
        .mut_subcommand("report", |c| {
            args(c.about(i18n.tr("cli-export-report"))).mut_arg("out", |a| a.help(i18n.tr("cli-arg-out")))
        })
        .mut_subcommand("plan", |c| {
            args(c.about(i18n.tr("cli-export-plan"))).mut_arg("out", |a| a.help(i18n.tr("cli-arg-out")))
        })
        .mut_subcommand("contacts", |c| {
            args(c.about(i18n.tr("cli-export-contacts"))).mut_arg("out", |a| a.help(i18n.tr("cli-arg-out")))
        })
        .mut_subcommand("csv", |c| {
            args(c.about(i18n.tr("cli-export-csv")))
                .mut_arg("list", |a| a.help(i18n.tr("cli-arg-list")))
                .mut_arg("year", |a| a.help(i18n.tr("cli-arg-csv-year")))
                .mut_arg("out", |a| a.help(i18n.tr("cli-arg-out")))
        })
        .mut_subcommand("members", |c| {
            args(c.about(i18n.tr("cli-export-members"))).mut_arg("out", |a| a.help(i18n.tr("cli-arg-out")))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    /// Every help page of every (sub)command, as the user would see it.
    fn help_pages(command: &mut Command, pages: &mut Vec<String>) {
        pages.push(command.render_help().to_string());
        for sub in command.get_subcommands_mut() {
            help_pages(sub, pages);
        }
    }

    #[test]
    fn no_help_page_has_a_word_of_the_other_language() {
        for (language, foreign) in [
            (Language::Dutch, ["Usage", "Options", "Commands", "Arguments", "Print help", "[OPTIONS]", "<FILE>"]),
            (
                Language::English,
                ["Gebruik", "Opties", "Opdrachten", "Argumenten", "Toon deze hulp", "[OPTIES]", "<BESTAND>"],
            ),
        ] {
            let mut pages = Vec::new();
            help_pages(&mut command(&I18n::new(language)), &mut pages);
            assert!(pages.len() > 15, "{}", pages.len());
            for page in &pages {
                for word in foreign {
                    assert!(!page.contains(word), "{language:?} help has {word}: {page}");
                }
            }
        }
        let mut pages = Vec::new();
        help_pages(&mut command(&I18n::new(Language::Dutch)), &mut pages);
        assert!(pages.iter().all(|p| p.contains("Gebruik: peerdesk") && p.contains("-h, --help  ")), "{pages:?}");
        assert!(pages.iter().any(|p| p.contains("Gebruik: peerdesk export csv [OPTIES] --out <BESTAND> <LIJST>")));
    }

    fn error(language: Language, args: &[&str]) -> String {
        let i18n = I18n::new(language);
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        match command(&i18n).try_get_matches_from(&args) {
            Ok(_) => String::from("accepted"),
            Err(e) => usage_error(&i18n, &e, &args),
        }
    }

    #[test]
    fn usage_errors_say_what_is_wrong_in_the_users_language() {
        let dutch = |args: &[&str]| error(Language::Dutch, args);
        assert_eq!(dutch(&["peerdesk", "--frob"]), "--frob is geen optie van deze opdracht.\nZie: peerdesk --help");
        assert_eq!(dutch(&["peerdesk", "frob"]), "'frob' is geen opdracht.\nZie: peerdesk --help");
        assert_eq!(
            dutch(&["peerdesk", "export", "csv"]),
            "Nodig, maar niet gegeven: --out <BESTAND>, <LIJST>.\nZie: peerdesk export csv --help"
        );
        assert_eq!(
            dutch(&["peerdesk", "demo", "--people", "x"]),
            "'x' is geen geldige waarde voor --people <N>.\nZie: peerdesk demo --help"
        );
        assert_eq!(
            dutch(&["peerdesk", "list", "foo"]),
            "'foo' is geen geldige waarde voor <WAT>.\nZie: peerdesk list --help"
        );
        assert_eq!(dutch(&["peerdesk", "list", "groepen"]), "accepted");
        assert_eq!(
            error(Language::English, &["peerdesk", "export", "ics", "--out"]),
            "--out <FILE> needs a value.\nSee: peerdesk export ics --help"
        );
    }
}
