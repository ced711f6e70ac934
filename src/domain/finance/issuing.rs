//! What an invoice must carry before it gets its number (Dutch invoicing
//! rules): the organisation's name, address, Chamber of Commerce number and
//! IBAN, its VAT number when VAT is charged, and the customer's name and
//! address. Once issued, an invoice never changes.

use super::invoices::{Invoice, Vat, format_number};
use crate::domain::Organisation;
use chrono::{Datelike, NaiveDate};

/// A detail an invoice cannot be issued without.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    OrganisationName,
    OrganisationAddress,
    ChamberOfCommerce,
    Iban,
    /// Required when a line carries VAT.
    VatNumber,
    CustomerName,
    CustomerAddress,
}

/// What `invoice` still lacks to be issued by `organisation`, in the order a
/// reader meets it on the page; empty when it can be issued.
pub fn missing_for_issue(invoice: &Invoice, organisation: &Organisation) -> Vec<Missing> {
    let blank = |text: &str| text.trim().is_empty();
    let charges_vat = invoice.lines.iter().any(|line| matches!(line.vat, Vat::Rate(_)));
    [
        (blank(&organisation.name), Missing::OrganisationName),
        (blank(&organisation.address), Missing::OrganisationAddress),
        (blank(&organisation.chamber_of_commerce), Missing::ChamberOfCommerce),
        (blank(&organisation.iban), Missing::Iban),
        (charges_vat && blank(&organisation.vat_number), Missing::VatNumber),
        (blank(&invoice.customer.name), Missing::CustomerName),
        (blank(&invoice.customer.address), Missing::CustomerAddress),
    ]
    .into_iter()
    .filter_map(|(missing, what)| missing.then_some(what))
    .collect()
}

/// The number the next document issued on `date` gets: one gapless sequence
/// per year, shared by invoices and credit notes.
pub fn next_number(invoices: &[Invoice], date: NaiveDate) -> String {
    let year = date.year();
    let last = invoices
        .iter()
        .filter_map(|i| i.number.as_deref())
        .filter_map(|n| n.split_once('-'))
        .filter(|(y, _)| y.parse::<i32>().ok() == Some(year))
        .filter_map(|(_, sequence)| sequence.parse::<i64>().ok())
        .max()
        .unwrap_or(0);
    format_number(year, last + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Money;
    use crate::domain::finance::invoices::{Customer, InvoiceId, InvoiceKind, InvoiceLine, InvoiceStatus};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn invoice(number: Option<&str>, vat: Vat, customer: Customer) -> Invoice {
        Invoice {
            id: InvoiceId(1),
            kind: InvoiceKind::Invoice,
            status: InvoiceStatus::Draft,
            number: number.map(str::to_string),
            issue_date: None,
            customer,
            funding: None,
            period_from: day(),
            period_to: day(),
            payment_days: 30,
            lines: vec![InvoiceLine::new("x".into(), 100, Money::from_euros(10), vat)],
            exemption_text: String::new(),
            credit_of: None,
            paid_on: None,
            language: None,
            registrations: Vec::new(),
        }
    }

    fn complete() -> Organisation {
        Organisation {
            name: "UMC Noord".into(),
            address: "Hanzeplein 1".into(),
            chamber_of_commerce: "01173944".into(),
            vat_number: String::new(),
            iban: "NL91 ABNA 0417 1643 00".into(),
            email: String::new(),
        }
    }

    #[test]
    fn an_invoice_without_iban_or_customer_address_cannot_be_issued() {
        let customer = Customer { name: "Kostenplaats Cardiologie".into(), address: String::new() };
        let organisation = Organisation { iban: String::new(), ..complete() };
        let missing = missing_for_issue(&invoice(None, Vat::Exempt, customer), &organisation);
        assert_eq!(missing, vec![Missing::Iban, Missing::CustomerAddress]);
    }

    #[test]
    fn the_vat_number_is_needed_only_when_vat_is_charged() {
        let customer = Customer { name: "A".into(), address: "B".into() };
        assert!(missing_for_issue(&invoice(None, Vat::Exempt, customer.clone()), &complete()).is_empty());
        assert_eq!(missing_for_issue(&invoice(None, Vat::Rate(2100), customer), &complete()), vec![Missing::VatNumber]);
    }

    #[test]
    fn the_next_number_continues_the_year_and_starts_again_in_a_new_one() {
        let customer = Customer::default();
        let issued = [
            invoice(Some("2026-0007"), Vat::Exempt, customer.clone()),
            invoice(Some("2025-0031"), Vat::Exempt, customer),
        ];
        assert_eq!(next_number(&issued, day()), "2026-0008");
        assert_eq!(next_number(&issued, NaiveDate::from_ymd_opt(2027, 1, 2).unwrap()), "2027-0001");
    }
}
