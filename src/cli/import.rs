//! `peerdesk import FILE`: adds the people of a CSV file to the directory,
//! one at a time. Each line says what became of one person as soon as they
//! are saved, so an import that is interrupted can simply be run again: the
//! people already added are recognised and passed over.

use super::{CliError, Outcome, fail};
use crate::domain::PersonId;
use crate::domain::search::fold;
use crate::i18n::{Arg, I18n};
use crate::ops::import::{ImportError, ImportRow, decode, read_people};
use crate::ops::messages::{problem_text, store_error_text};
use crate::store::{Store, StoreError};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The people already in the directory, by e-mail address and by name.
#[derive(Default)]
struct Known {
    emails: HashMap<String, PersonId>,
    names: HashMap<String, PersonId>,
}

impl Known {
    fn add(&mut self, id: PersonId, name: &str, email: &str) {
        if !email.trim().is_empty() {
            self.emails.entry(email.trim().to_lowercase()).or_insert(id);
        }
        self.names.entry(fold(name.trim())).or_insert(id);
    }

    /// The person a row is taken to be: the same e-mail address; or, for a
    /// row without one, the same name.
    fn find(&self, row: &ImportRow) -> Option<PersonId> {
        let email = row.draft.email.trim().to_lowercase();
        if email.is_empty() {
            self.names.get(&fold(row.draft.name.trim())).copied()
        } else {
            self.emails.get(&email).copied()
        }
    }
}

/// Runs the import; each person's line is printed as they are saved, the
/// counts at the end. A row the form would refuse is named with its
/// problem, the others are still added, and the command then fails.
pub fn run(i18n: &I18n, db: Option<PathBuf>, file: &Path) -> Result<Outcome, CliError> {
    let path = db.unwrap_or_else(|| crate::paths::AppPaths::platform().default_db());
    if !path.exists() {
        return Err(fail(i18n, "cli-no-database", &[("path", Arg::from(path.display().to_string()))]));
    }
    let file_arg = || Arg::from(file.display().to_string());
    let bytes = std::fs::read(file).map_err(|_| fail(i18n, "import-unreadable", &[("file", file_arg())]))?;
    let people = read_people(&decode(&bytes)).map_err(|e| match e {
        ImportError::Empty => fail(i18n, "import-empty", &[("file", file_arg())]),
        ImportError::NoNameColumn => fail(i18n, "import-no-name-column", &[("file", file_arg())]),
        ImportError::BadLine(line) => fail(i18n, "import-bad-line", &[("line", Arg::from(line.to_string()))]),
    })?;
    let store_error = |e| CliError::Message(store_error_text(i18n, &e));
    let key = super::key_for(i18n, &path)?;
    let mut store = Store::open_with(&path, key.as_ref()).map_err(store_error)?;
    let mut known = Known::default();
    for person in store.list_people().map_err(store_error)? {
        known.add(person.id, &person.name, &person.email);
    }
    let mut out = std::io::stdout().lock();
    if !people.ignored.is_empty() {
        let columns = Arg::from(people.ignored.join(", "));
        let _ = writeln!(out, "{}", i18n.tr_args("import-ignored-columns", &[("columns", columns)]));
    }
    let (mut added, mut skipped, mut refused) = (0usize, 0usize, 0usize);
    for row in &people.rows {
        let line = Arg::from(row.line.to_string());
        let said = if let Some(id) = known.find(row) {
            skipped += 1;
            i18n.tr_args(
                "import-known",
                &[("line", line), ("id", Arg::from(id.0.to_string())), ("name", Arg::from(name(row)))],
            )
        } else {
            match store.save_person(&row.draft) {
                Ok(id) => {
                    added += 1;
                    // Another e-mail address, the same name: said, as the form warns.
                    let namesake = known.names.get(&fold(row.draft.name.trim())).copied();
                    known.add(id, &row.draft.name, &row.draft.email);
                    let mut args =
                        vec![("line", line), ("id", Arg::from(id.0.to_string())), ("name", Arg::from(name(row)))];
                    let said = match namesake {
                        None => "import-added",
                        Some(other) => {
                            args.push(("other", Arg::from(other.0.to_string())));
                            "import-added-namesake"
                        }
                    };
                    i18n.tr_args(said, &args)
                }
                Err(StoreError::Invalid(problems)) => {
                    refused += 1;
                    let reasons: Vec<String> = problems
                        .iter()
                        .map(|(field, problem)| {
                            format!("{}: {}", field_label(i18n, field), problem_text(i18n, problem))
                        })
                        .collect();
                    i18n.tr_args("import-refused", &[("line", line), ("problems", Arg::from(reasons.join("; ")))])
                }
                // The file itself failed (full, locked, damaged): stop here.
                Err(e) => return Err(store_error(e)),
            }
        };
        // Said as soon as it is saved, so an interrupted import shows how far it got.
        let _ = writeln!(out, "{said}");
        let _ = out.flush();
    }
    let counts = [("added", Arg::from(added)), ("known", Arg::from(skipped)), ("refused", Arg::from(refused))];
    let summary = i18n.tr_args("import-done", &counts);
    if refused > 0 { Err(CliError::Message(summary)) } else { Ok(Outcome::Done(summary)) }
}

/// The row's name, or its e-mail address when the name is missing.
fn name(row: &ImportRow) -> String {
    if row.draft.name.trim().is_empty() { row.draft.email.clone() } else { row.draft.name.clone() }
}

/// A person's field as the form labels it.
fn field_label(i18n: &I18n, field: &str) -> String {
    use crate::domain::person::field;
    i18n.tr(match field {
        field::EMAIL => "person-email",
        field::PHONE => "person-phone",
        field::ORGANISATION => "person-organisation",
        field::DEPARTMENT => "person-department",
        field::TRAINED_ON => "person-trained-on",
        _ => "person-name",
    })
}
