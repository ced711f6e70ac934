//! Lists saved for a spreadsheet: the people list, the waiting list and the
//! invoice list as CSV that Dutch Excel opens right — UTF-8 with a byte order
//! mark, `;` between the cells, amounts with the language's decimal sign,
//! dates as `2026-03-01`. A cell that a spreadsheet would run as a formula
//! (it starts with `=`, `+`, `-` or `@`) is kept as text.

use super::{Document, DocumentError, DocumentMaker, Library};
use crate::domain::coached::groups::RegistrationKind;
use crate::domain::finance::invoices::{InvoiceId, InvoiceKind};
use crate::domain::finance::payments::balances;
use crate::domain::{Money, PersonId};
use crate::i18n::I18n;
use crate::i18n::format::spreadsheet_amount as amount;
use crate::ops::lists::{funding_label, invoice_status, item_label, role_name, slots_label};
use chrono::NaiveDate;

/// The byte order mark that tells Excel the file is UTF-8.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// A spreadsheet being written: a header row, then one row per record.
pub(super) struct Sheet {
    writer: csv::Writer<Vec<u8>>,
}

fn csv_error(e: impl std::fmt::Display) -> DocumentError {
    DocumentError::Csv(e.to_string())
}

impl Sheet {
    /// A sheet whose header is the translation of each of `columns`.
    pub(super) fn new(i18n: &I18n, columns: &[&str]) -> Result<Sheet, DocumentError> {
        let mut writer =
            csv::WriterBuilder::new().delimiter(b';').terminator(csv::Terminator::CRLF).from_writer(BOM.to_vec());
        writer.write_record(columns.iter().map(|id| i18n.tr(id))).map_err(csv_error)?;
        Ok(Sheet { writer })
    }

    /// One row; every cell is kept as text, never run as a formula.
    pub(super) fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) -> Result<(), DocumentError> {
        let cells: Vec<String> = cells.into_iter().map(|c| as_text(c.as_ref()).into_owned()).collect();
        self.writer.write_record(&cells).map_err(csv_error)
    }

    /// The file's bytes.
    pub(super) fn finish(self) -> Result<Vec<u8>, DocumentError> {
        self.writer.into_inner().map_err(csv_error)
    }
}

/// `text` as a cell a spreadsheet shows and does not calculate: text that
/// starts like a formula gets a leading apostrophe. Numbers (an amount such
/// as `-975,00`) are left as they are.
pub(super) fn as_text(text: &str) -> std::borrow::Cow<'_, str> {
    let numeric = text.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | ',' | '.'))
        && text.chars().any(|c| c.is_ascii_digit());
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') if !numeric => format!("'{text}").into(),
        _ => text.into(),
    }
}

/// A date as every spreadsheet reads it.
pub(super) fn iso(date: Option<NaiveDate>) -> String {
    date.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

impl DocumentMaker {
    fn today(&self) -> NaiveDate {
        self.made_at.date_naive()
    }

    fn sheet_name(&self, id: &str) -> String {
        let date = self.today().format("%Y-%m-%d").to_string();
        self.file_name(id, &[("date", &date)], "csv")
    }

    /// The people `ids`, in that order, with what the People tab shows of them.
    pub(super) fn people_csv(&self, library: &Library<'_>, ids: &[PersonId]) -> Result<Document, DocumentError> {
        let i18n = &self.i18n;
        let mut sheet = Sheet::new(
            i18n,
            &[
                "column-name",
                "column-email",
                "column-phone",
                "person-organisation",
                "column-department",
                "column-position",
                "column-roles",
                "person-languages",
                "column-status",
            ],
        )?;
        let index: std::collections::HashMap<PersonId, &crate::domain::Person> =
            library.people.iter().map(|p| (p.id, p)).collect();
        for person in ids.iter().filter_map(|id| index.get(id)) {
            let roles: Vec<String> = person.roles.iter().map(|r| role_name(i18n, r.role)).collect();
            let languages: Vec<String> = person.languages.iter().map(|l| i18n.tr(&format!("spoken-{l}"))).collect();
            sheet.row([
                person.name.to_string(),
                person.email.to_string(),
                person.phone.to_string(),
                person.organisation.to_string(),
                person.department.to_string(),
                item_label(i18n, library.list_items, person.position),
                roles.join(", "),
                languages.join(", "),
                i18n.tr(if person.active { "status-active" } else { "status-inactive" }),
            ])?;
        }
        Ok(Document { file_name: self.sheet_name("file-people-list"), bytes: sheet.finish()? })
    }

    /// Everyone waiting for a coached group, longest waiting first: one row
    /// per person, a group registration's members each on their own row.
    pub(super) fn waiting_csv(&self, library: &Library<'_>) -> Result<Document, DocumentError> {
        let i18n = &self.i18n;
        let mut sheet = Sheet::new(
            i18n,
            &[
                "column-name",
                "column-email",
                "column-phone",
                "column-position",
                "column-department",
                "registration-kind",
                "registration-date",
                "csv-days-waiting",
                "column-preferred",
                "column-funding",
                "registration-theme",
            ],
        )?;
        let mut waiting: Vec<_> = library.registrations.iter().filter(|r| r.group.is_none() && !r.withdrawn).collect();
        waiting.sort_by_key(|r| (r.registered_on, r.id));
        let today = self.today();
        for registration in waiting {
            let kind = match registration.kind {
                RegistrationKind::Individual => i18n.tr("registration-kind-individual"),
                RegistrationKind::Group => i18n.tr("registration-kind-group"),
            };
            for id in &registration.people {
                let Some(person) = library.people.iter().find(|p| p.id == *id) else { continue };
                sheet.row([
                    person.name.to_string(),
                    person.email.to_string(),
                    person.phone.to_string(),
                    item_label(i18n, library.list_items, person.position),
                    person.department.to_string(),
                    kind.clone(),
                    iso(Some(registration.registered_on)),
                    (today - registration.registered_on).num_days().to_string(),
                    slots_label(i18n, &registration.preferred),
                    funding_label(i18n, library.sources, registration.funding),
                    registration.theme.clone(),
                ])?;
            }
        }
        Ok(Document { file_name: self.sheet_name("file-waiting-list"), bytes: sheet.finish()? })
    }

    /// The invoices and credit notes `ids`, in that order, with their
    /// amounts, what was received and what is still open.
    pub(super) fn invoices_csv(&self, library: &Library<'_>, ids: &[InvoiceId]) -> Result<Document, DocumentError> {
        let i18n = &self.i18n;
        let language = i18n.language();
        let mut sheet = Sheet::new(
            i18n,
            &[
                "finance-number",
                "finance-kind",
                "finance-customer",
                "column-funding",
                "pdf-invoice-date",
                "pdf-due-date",
                "csv-net",
                "csv-vat",
                "csv-total",
                "csv-received",
                "csv-open",
                "column-status",
            ],
        )?;
        let today = self.today();
        let balances = balances(library.invoices, library.payments);
        for invoice in ids.iter().filter_map(|id| library.invoices.iter().find(|i| i.id == *id)) {
            let balance = balances.get(&invoice.id).copied().unwrap_or_default();
            let totals = invoice.totals();
            let vat = totals.vat.iter().fold(Money::ZERO, |sum, (_, amount)| sum + *amount);
            let (status, _) = invoice_status(i18n, invoice, &balance, today);
            let draft = invoice.status == crate::domain::finance::invoices::InvoiceStatus::Draft;
            let open = if balance.refund_owed() > Money::ZERO {
                Money::from_cents(-balance.refund_owed().cents())
            } else {
                balance.outstanding()
            };
            sheet.row([
                invoice.number.clone().unwrap_or_else(|| i18n.tr("pdf-draft")),
                i18n.tr(match invoice.kind {
                    InvoiceKind::Invoice => "finance-kind-invoice",
                    InvoiceKind::CreditNote => "finance-kind-credit",
                }),
                invoice.customer.name.clone(),
                invoice.funding.map(|f| funding_label(i18n, library.sources, f)).unwrap_or_default(),
                iso(invoice.issue_date),
                if invoice.kind == InvoiceKind::Invoice { iso(invoice.due_date()) } else { String::new() },
                amount(language, totals.net),
                amount(language, vat),
                amount(language, totals.total),
                // A draft is not sent yet: nothing is received or open.
                if draft { String::new() } else { amount(language, balance.received - balance.refunded) },
                if draft { String::new() } else { amount(language, open) },
                status,
            ])?;
        }
        Ok(Document { file_name: self.sheet_name("file-invoice-list"), bytes: sheet.finish()? })
    }
}

/// Everyone active in the directory, by name: the people list of the
/// command line.
pub fn active_people_by_name(library: &Library<'_>) -> Vec<PersonId> {
    let mut active: Vec<_> = library.people.iter().filter(|p| p.active).collect();
    active.sort_by_cached_key(|p| (crate::domain::search::fold(&p.name), p.id));
    active.into_iter().map(|p| p.id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn formulas_are_kept_as_text_and_amounts_as_numbers() {
        assert_eq!(as_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(as_text("+31 6 1234 5678"), "'+31 6 1234 5678");
        assert_eq!(as_text("@sum"), "'@sum");
        assert_eq!(as_text("-975,00"), "-975,00");
        assert_eq!(as_text("-"), "'-");
        assert_eq!(as_text("Anna de Vries"), "Anna de Vries");
        assert_eq!(amount(Language::Dutch, Money::from_cents(117_000)), "1170,00");
        assert_eq!(amount(Language::English, Money::from_cents(-97_550)), "-975.50");
    }
}
