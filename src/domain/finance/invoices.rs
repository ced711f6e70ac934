//! Invoices and credit notes (Dutch invoicing rules): numbered without gaps
//! per year when issued, frozen once issued, corrected only by a credit note.

use crate::domain::coached::groups::RegistrationId;
use crate::domain::codes::{record_id, stored_codes};
use crate::domain::funding::FundingSourceId;
use crate::domain::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

record_id!(
    /// The database id of an invoice or credit note.
    InvoiceId
);

/// An invoice, or a credit note that cancels one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InvoiceKind {
    Invoice,
    CreditNote,
}

stored_codes!(InvoiceKind { Invoice => "invoice", CreditNote => "credit_note" });

/// Where an invoice is in its life: draft → issued → paid, or credited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InvoiceStatus {
    Draft,
    Issued,
    Paid,
    Credited,
}

stored_codes!(InvoiceStatus {
    Draft => "draft",
    Issued => "issued",
    Paid => "paid",
    Credited => "credited",
});

/// VAT on a line: a rate in hundredths of a percent, or exempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Vat {
    /// 2100 is 21%.
    Rate(i64),
    Exempt,
}

/// What a line's quantity counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Unit {
    /// Coach hours of a group.
    Hour,
    /// One person's place in a group.
    Participant,
}

stored_codes!(Unit { Hour => "hour", Participant => "participant" });

/// One line of an invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceLine {
    pub description: String,
    /// Quantity in hundredths: 100 is one, 750 is 7.5 (hours). Printed for
    /// reading; the amount is [`InvoiceLine::net`].
    pub quantity: i64,
    pub unit_price: Money,
    /// The amount of the line without VAT: exactly what the programme's
    /// price rule says, even where quantity × unit price would round
    /// differently.
    pub amount: Money,
    pub vat: Vat,
    /// What the quantity counts; `None` on lines written before units were
    /// kept.
    pub unit: Option<Unit>,
}

impl InvoiceLine {
    /// A line whose amount is quantity × unit price, rounded to the cent.
    pub fn new(description: String, quantity: i64, unit_price: Money, vat: Vat) -> Self {
        let amount = Money::from_cents(round_div(unit_price.cents().saturating_mul(quantity), 100));
        InvoiceLine { description, quantity, unit_price, amount, vat, unit: None }
    }

    /// The amount of the line without VAT.
    pub fn net(&self) -> Money {
        self.amount
    }

    /// The VAT on this line.
    pub fn vat_amount(&self) -> Money {
        match self.vat {
            Vat::Rate(rate) => Money::from_cents(round_div(self.net().cents() * rate, 10_000)),
            Vat::Exempt => Money::ZERO,
        }
    }
}

fn round_div(numerator: i64, denominator: i64) -> i64 {
    let quotient = numerator / denominator;
    let remainder = numerator % denominator;
    if remainder.abs() * 2 >= denominator { quotient + numerator.signum() } else { quotient }
}

/// Who is invoiced.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    pub name: String,
    pub address: String,
}

/// An invoice or credit note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invoice {
    pub id: InvoiceId,
    pub kind: InvoiceKind,
    pub status: InvoiceStatus,
    /// `2026-0007`: set when issued, never before and never changed after.
    pub number: Option<String>,
    pub issue_date: Option<NaiveDate>,
    pub customer: Customer,
    pub funding: Option<FundingSourceId>,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub payment_days: i64,
    pub lines: Vec<InvoiceLine>,
    /// Printed when lines are exempt from VAT.
    pub exemption_text: String,
    /// The invoice a credit note cancels.
    pub credit_of: Option<InvoiceId>,
    pub paid_on: Option<NaiveDate>,
    /// The registrations charged, so none is invoiced twice.
    pub registrations: Vec<RegistrationId>,
    /// The code of the language the invoice is written in (`nl`, `en`),
    /// fixed when it is made; `None` for invoices made before languages
    /// were kept, which print in the language chosen for documents.
    pub language: Option<String>,
}

/// Totals of an invoice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub net: Money,
    /// VAT per rate, in the order rates appear.
    pub vat: Vec<(i64, Money)>,
    pub total: Money,
    pub has_exempt_lines: bool,
}

impl Invoice {
    /// Net, VAT per rate and total.
    pub fn totals(&self) -> Totals {
        let mut totals = Totals::default();
        for line in &self.lines {
            totals.net += line.net();
            match line.vat {
                Vat::Rate(rate) => match totals.vat.iter_mut().find(|(r, _)| *r == rate) {
                    Some((_, amount)) => *amount += line.vat_amount(),
                    None => totals.vat.push((rate, line.vat_amount())),
                },
                Vat::Exempt => totals.has_exempt_lines = true,
            }
        }
        totals.total = totals.vat.iter().fold(totals.net, |sum, (_, amount)| sum + *amount);
        totals
    }

    /// The day payment is due.
    pub fn due_date(&self) -> Option<NaiveDate> {
        self.issue_date.and_then(|d| d.checked_add_days(chrono::Days::new(self.payment_days.max(0) as u64)))
    }
}

/// The number of the `sequence`-th document of `year`: `2026-0007`.
pub fn format_number(year: i32, sequence: i64) -> String {
    format!("{year}-{sequence:04}")
}

/// What an invoice will look like before it is created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvoiceDraft {
    pub customer: Customer,
    pub funding: Option<FundingSourceId>,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub payment_days: i64,
    pub lines: Vec<InvoiceLine>,
    pub exemption_text: String,
    pub registrations: Vec<RegistrationId>,
    /// The code of the language the lines are written in (`nl`, `en`).
    pub language: Option<String>,
}

impl InvoiceDraft {
    /// The total including VAT.
    pub fn total(&self) -> Money {
        self.lines.iter().fold(Money::ZERO, |sum, line| sum + line.net() + line.vat_amount())
    }
}

/// The lines of a credit note: the invoice's lines with negative quantities.
pub fn credit_lines(invoice: &Invoice) -> Vec<InvoiceLine> {
    invoice
        .lines
        .iter()
        .map(|line| InvoiceLine {
            quantity: -line.quantity,
            amount: Money::from_cents(-line.amount.cents()),
            ..line.clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invoice(lines: Vec<InvoiceLine>) -> Invoice {
        let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        Invoice {
            id: InvoiceId(1),
            kind: InvoiceKind::Invoice,
            status: InvoiceStatus::Draft,
            number: None,
            issue_date: Some(day),
            customer: Customer::default(),
            funding: None,
            period_from: day,
            period_to: day,
            payment_days: 30,
            lines,
            exemption_text: String::new(),
            credit_of: None,
            paid_on: None,
            registrations: Vec::new(),
            language: None,
        }
    }

    #[test]
    fn totals_add_vat_per_rate_and_exempt_lines_add_none() {
        let lines = vec![
            InvoiceLine::new("a".into(), 100, Money::from_cents(93_750), Vat::Exempt),
            InvoiceLine::new("b".into(), 750, Money::from_euros(125), Vat::Rate(2100)),
        ];
        let totals = invoice(lines).totals();
        assert_eq!(totals.net, Money::from_cents(93_750 + 93_750));
        assert_eq!(totals.vat, vec![(2100, Money::from_cents(19_688))]);
        assert_eq!(totals.total, Money::from_cents(93_750 + 93_750 + 19_688));
        assert!(totals.has_exempt_lines);
    }

    #[test]
    fn a_credit_note_cancels_the_invoice_to_the_cent() {
        let original = invoice(vec![InvoiceLine::new("x".into(), 100, Money::from_cents(18_750), Vat::Rate(2100))]);
        let credit = invoice(credit_lines(&original));
        assert_eq!(credit.totals().total + original.totals().total, Money::ZERO);
    }

    #[test]
    fn numbers_have_the_year_and_four_digits() {
        assert_eq!(format_number(2026, 7), "2026-0007");
        assert_eq!(format_number(2027, 12345), "2027-12345");
    }

    #[test]
    fn payment_is_due_after_the_payment_term() {
        let due = invoice(Vec::new()).due_date();
        assert_eq!(due, NaiveDate::from_ymd_opt(2026, 12, 22));
    }
}
