//! Reading people from a CSV file, as a spreadsheet saves it: the columns
//! are found by their headings (Dutch or English, any case), separated by
//! `;` or `,`, in UTF-8 or in the Windows encoding a Dutch spreadsheet
//! program writes.

use crate::domain::PersonDraft;
use crate::domain::search::fold;

/// A person read from one line of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRow {
    /// The line of the file, counting the headings as line 1.
    pub line: u64,
    pub draft: PersonDraft,
}

/// The people of a file, and the headings of columns that were not read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeopleFile {
    pub rows: Vec<ImportRow>,
    pub ignored: Vec<String>,
}

/// Why a file cannot be read as people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// No line at all.
    Empty,
    /// No column is headed with a name.
    NoNameColumn,
    /// A line the CSV reader could not read (an unclosed quote, say).
    BadLine(u64),
}

/// The person's fields a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Name,
    Email,
    Phone,
    Organisation,
    Department,
}

/// The field a heading names, without regard to case, accents, spaces or
/// dashes ("E-mailadres", "Phone number", "Afdeling").
fn column_of(heading: &str) -> Option<Column> {
    let key: String = fold(heading).chars().filter(|c| c.is_alphanumeric()).collect();
    Some(match key.as_str() {
        "name" | "naam" | "fullname" | "volledigenaam" => Column::Name,
        "email" | "emailaddress" | "emailadres" | "mail" => Column::Email,
        "phone" | "phonenumber" | "telephone" | "mobile" | "telefoon" | "telefoonnummer" | "mobiel" => Column::Phone,
        "organisation" | "organization" | "organisatie" => Column::Organisation,
        "department" | "afdeling" => Column::Department,
        _ => return None,
    })
}

/// The file's text: UTF-8 (a leading byte-order mark dropped), or else
/// Windows-1252, which is what a spreadsheet saves "CSV" in on a Dutch
/// Windows computer.
pub fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text).to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// One byte of Windows-1252 as a character.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Reads the people of `text`: the first line holds the headings; a line
/// with nothing in it is passed over. The separator is the one the
/// headings use most (`;` or `,`).
pub fn read_people(text: &str) -> Result<PeopleFile, ImportError> {
    let first = text.lines().next().filter(|l| !l.trim().is_empty()).ok_or(ImportError::Empty)?;
    let separator = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(separator).flexible(true).has_headers(false).from_reader(text.as_bytes());
    let mut records = reader.records();
    let headings = match records.next() {
        Some(Ok(record)) => record,
        _ => return Err(ImportError::BadLine(1)),
    };
    let columns: Vec<Option<Column>> = headings.iter().map(column_of).collect();
    if !columns.contains(&Some(Column::Name)) {
        return Err(ImportError::NoNameColumn);
    }
    let ignored = headings
        .iter()
        .zip(&columns)
        .filter(|(heading, column)| column.is_none() && !heading.trim().is_empty())
        .map(|(heading, _)| heading.trim().to_string())
        .collect();
    let mut rows = Vec::new();
    let mut lines = Lines::new(text);
    for record in records {
        let record = record.map_err(|e| ImportError::BadLine(lines.of(e.position())))?;
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        let mut draft = PersonDraft::default();
        for (value, column) in record.iter().zip(&columns) {
            let target = match column {
                Some(Column::Name) => &mut draft.name,
                Some(Column::Email) => &mut draft.email,
                Some(Column::Phone) => &mut draft.phone,
                Some(Column::Organisation) => &mut draft.organisation,
                Some(Column::Department) => &mut draft.department,
                None => continue,
            };
            // A column named twice fills the field from its first non-empty cell.
            if target.is_empty() {
                *target = value.trim().to_string();
            }
        }
        rows.push(ImportRow { line: lines.of(record.position()), draft });
    }
    Ok(PeopleFile { rows, ignored })
}

/// Finds the line (from 1) each record starts on, counted from its byte
/// offset (the reader's own count differs between files with CR LF and LF
/// line ends). Records come in order, so counting goes on from the last.
struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines { bytes: text.as_bytes(), at: 0, line: 1 }
    }

    fn of(&mut self, position: Option<&csv::Position>) -> u64 {
        let Some(position) = position else { return 0 };
        let mut to = usize::try_from(position.byte()).unwrap_or(self.bytes.len()).clamp(self.at, self.bytes.len());
        // A record may be said to start on the line end before it.
        while matches!(self.bytes.get(to), Some(b'\r' | b'\n')) {
            to += 1;
        }
        self.line += self.bytes[self.at..to].iter().filter(|&&b| b == b'\n').count() as u64;
        self.at = to;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dutch_spreadsheet_with_semicolons_and_its_own_headings_is_read() {
        let text = "Naam;E-mailadres;Afdeling;Functie\r\nAnna de Vries;anna@umc.example;IC;verpleegkundige\r\n;;;\r\n\"Jansen; Piet\";;SEH;\r\n";
        let file = read_people(text).unwrap();
        assert_eq!(file.ignored, ["Functie"]);
        assert_eq!(file.rows.len(), 2);
        assert_eq!((file.rows[0].line, file.rows[0].draft.email.as_str()), (2, "anna@umc.example"));
        assert_eq!((file.rows[1].line, file.rows[1].draft.name.as_str()), (4, "Jansen; Piet"));
        assert_eq!(file.rows[1].draft.department, "SEH");
        assert!(file.rows[1].draft.active);
        // The same lines with LF line ends.
        let lines: Vec<u64> = read_people(&text.replace("\r\n", "\n")).unwrap().rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 4]);
    }

    #[test]
    fn headings_in_english_with_commas_and_a_missing_name_column() {
        let file = read_people("Full name,Phone number,Organization\nZoë Müller,+31 6 1234 5678,UMC\n").unwrap();
        assert_eq!(file.rows[0].draft.phone, "+31 6 1234 5678");
        assert_eq!(file.rows[0].draft.organisation, "UMC");
        assert_eq!(read_people("email;phone\nx@y.nl;0612345678\n"), Err(ImportError::NoNameColumn));
        assert_eq!(read_people(""), Err(ImportError::Empty));
    }

    #[test]
    fn windows_text_keeps_its_accents() {
        // "Zoë;Café" as a Dutch Windows spreadsheet saves it.
        assert_eq!(decode(b"Zo\xeb;Caf\xe9 \x80"), "Zoë;Café €");
        assert_eq!(decode("\u{feff}Naam".as_bytes()), "Naam");
    }
}
