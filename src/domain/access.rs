//! The access log: who (the operating-system user, on which computer) did
//! what and when, for the things a privacy officer asks about. It names
//! records and files, never what was said or written about a person.

use super::codes::stored_codes;
use super::search::{fold, slug};
use chrono::NaiveDateTime;

/// What was done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessAction {
    /// The file was opened for changes, or to read only.
    Open,
    OpenReadOnly,
    /// A person's details were opened.
    ViewPerson,
    /// An incident case (one employee's trajectory) was opened.
    ViewCase,
    /// A document (PDF, calendar file, list) was written.
    Export,
    Backup,
    Restore,
    /// Records were removed because their retention period had passed.
    Purge,
    PassphraseChange,
    /// Someone typed a wrong passphrase to unlock the window or the file.
    FailedUnlock,
}

stored_codes!(AccessAction {
    Open => "open",
    OpenReadOnly => "open-read-only",
    ViewPerson => "view-person",
    ViewCase => "view-case",
    Export => "export",
    Backup => "backup",
    Restore => "restore",
    Purge => "purge",
    PassphraseChange => "passphrase-change",
    FailedUnlock => "failed-unlock",
});

/// What a line names when it is about a record: `person 12`, `case 7`.
/// Stored in this form in every language; the log's view translates it.
pub fn record_subject(kind: RecordKind, id: i64) -> String {
    format!("{} {id}", kind.code())
}

/// The records a log line can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Person,
    /// One employee's trajectory after an incident.
    Case,
}

stored_codes!(RecordKind {
    Person => "person",
    Case => "case",
});

/// The record a subject written by [`record_subject`] names, if it is one.
pub fn subject_record(subject: &str) -> Option<(RecordKind, i64)> {
    let (kind, id) = subject.split_once(' ')?;
    Some((RecordKind::from_code(kind)?, id.parse().ok()?))
}

/// What stands where an erased person's name was.
pub const ERASED: &str = "…";

/// `subject` with every occurrence of the erased person's name taken out,
/// compared without case and accents and also in the form file names take
/// (`jan-de-vries`); `None` when the subject does not hold it. A name of
/// fewer than two letters is not looked for.
pub fn redacted(subject: &str, name: &str) -> Option<String> {
    let needles = [fold(name.trim()), slug(name)];
    // The subject folded character by character, with where each folded
    // byte came from, so that a match maps back onto the subject.
    let mut folded = String::with_capacity(subject.len());
    let mut origin = Vec::with_capacity(subject.len());
    for (at, c) in subject.char_indices() {
        let mut buffer = [0u8; 4];
        let piece = fold(c.encode_utf8(&mut buffer));
        origin.extend(std::iter::repeat_n(at, piece.len()));
        folded.push_str(&piece);
    }
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for needle in needles.iter().filter(|n| n.chars().count() >= 2) {
        let mut from = 0;
        while let Some(found) = folded[from..].find(needle.as_str()) {
            let (start, end) = (from + found, from + found + needle.len());
            let last = origin[end - 1];
            let end_in_subject = last + subject[last..].chars().next().map_or(0, char::len_utf8);
            cuts.push((origin[start], end_in_subject));
            from = end;
        }
    }
    if cuts.is_empty() {
        return None;
    }
    cuts.sort_unstable();
    let mut out = String::with_capacity(subject.len());
    let mut at = 0;
    for (start, end) in cuts {
        if start >= at {
            out.push_str(&subject[at..start]);
            out.push_str(ERASED);
            at = end;
        } else if end > at {
            at = end;
        }
    }
    out.push_str(&subject[at..]);
    Some(out)
}

/// One line of the access log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessEntry {
    pub at: NaiveDateTime,
    pub user: String,
    pub computer: String,
    pub action: AccessAction,
    /// What it was done to: a record ("person 12") or a file name.
    pub subject: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_erased_name_is_taken_out_of_a_file_name_in_any_form() {
        let subject = "/home/anna/Rooster coach jan-de-vries 2026-11.pdf";
        assert_eq!(redacted(subject, "Jan de Vries").as_deref(), Some("/home/anna/Rooster coach … 2026-11.pdf"));
        assert_eq!(redacted("Brief voor ZOË MÜLLER.pdf", "Zoë Müller").as_deref(), Some("Brief voor ….pdf"));
        assert_eq!(redacted("zoe-muller and zoe-muller", "Zoë Müller").as_deref(), Some("… and …"));
        assert_eq!(redacted("person 12", "Jan de Vries"), None);
        assert_eq!(redacted("anything", "—"), None, "an anonymised name is no needle");
    }

    #[test]
    fn a_record_subject_reads_back() {
        assert_eq!(subject_record(&record_subject(RecordKind::Case, 7)), Some((RecordKind::Case, 7)));
        assert_eq!(subject_record("/tmp/case 7.pdf"), None);
        assert_eq!(subject_record("case seven"), None);
    }

    proptest::proptest! {
        #[test]
        fn a_redacted_subject_never_holds_the_name(prefix in "[a-zA-Z /.-]{0,12}", name in "[A-Za-zëü]{2,6}( [A-Za-z]{2,6})?", suffix in "[a-z /.-]{0,12}") {
            let subject = format!("{prefix}{name}{suffix}");
            let out = redacted(&subject, &name);
            let out = out.as_deref().unwrap_or(&subject);
            proptest::prop_assert!(!fold(out).contains(&fold(&name)), "{out}");
            proptest::prop_assert!(out.contains(ERASED));
        }
    }
}
