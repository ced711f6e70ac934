//! Payments of invoices: what came in, on which day, and what was paid
//! back after a credit note. An invoice is paid when the payments received
//! add up to its total; a credited invoice that was paid owes a refund
//! until the refunds add up to what was received. A mistaken entry is
//! reversed, never deleted: it stays in the history and no longer counts.

use super::invoices::{Invoice, InvoiceId, InvoiceKind, InvoiceStatus};
use crate::domain::codes::{record_id, stored_codes};
use crate::domain::money::Money;
use crate::domain::{Problem, Problems};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

record_id!(
    /// The database id of a payment or refund.
    PaymentId
);

/// Money received for an invoice, or paid back after it was credited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PaymentKind {
    Received,
    Refund,
}

stored_codes!(PaymentKind { Received => "received", Refund => "refund" });

/// One entry in an invoice's payment history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub id: PaymentId,
    pub invoice: InvoiceId,
    pub kind: PaymentKind,
    pub date: NaiveDate,
    /// Always more than zero; the kind says which way it went.
    pub amount: Money,
    /// Set when the entry was a mistake; it then no longer counts.
    pub reversed_on: Option<NaiveDate>,
}

impl Payment {
    /// Whether the entry counts (it was not reversed).
    pub fn counts(&self) -> bool {
        self.reversed_on.is_none()
    }
}

/// Field names of the payment form.
pub mod field {
    pub const DATE: &str = "date";
    pub const AMOUNT: &str = "amount";
}

/// What has come in and gone out for one invoice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Balance {
    /// The invoice's total including VAT.
    pub total: Money,
    /// Payments received that count.
    pub received: Money,
    /// Refunds that count.
    pub refunded: Money,
    /// Whether a credit note cancelled the invoice.
    pub credited: bool,
}

impl Balance {
    /// The balance of `invoice` from every entry of `payments` that is its own.
    pub fn of(invoice: &Invoice, payments: &[Payment]) -> Balance {
        let mut balance = Balance {
            total: invoice.totals().total,
            credited: invoice.status == InvoiceStatus::Credited,
            ..Balance::default()
        };
        for payment in payments.iter().filter(|p| p.invoice == invoice.id && p.counts()) {
            match payment.kind {
                PaymentKind::Received => balance.received += payment.amount,
                PaymentKind::Refund => balance.refunded += payment.amount,
            }
        }
        balance
    }

    /// What is still to be paid: nothing once the invoice is credited.
    pub fn outstanding(&self) -> Money {
        if self.credited { Money::ZERO } else { positive(self.total - self.received) }
    }

    /// What is to be paid back: what was received for a credited invoice
    /// and not refunded yet.
    pub fn refund_owed(&self) -> Money {
        if self.credited { positive(self.received - self.refunded) } else { Money::ZERO }
    }

    /// Whether the payments received cover the invoice.
    pub fn fully_paid(&self) -> bool {
        self.received >= self.total
    }

    /// What an entry of `kind` may record at most: the outstanding amount
    /// or the refund owed; zero when such an entry makes no sense now.
    pub fn room_for(&self, kind: PaymentKind) -> Money {
        match kind {
            PaymentKind::Received => self.outstanding(),
            PaymentKind::Refund => self.refund_owed(),
        }
    }

    /// Whether reversing `payment` keeps the books sound: a payment received
    /// cannot be taken back once more of it was refunded than would remain.
    pub fn may_reverse(&self, payment: &Payment) -> bool {
        payment.counts()
            && match payment.kind {
                PaymentKind::Received => self.received - payment.amount >= self.refunded,
                PaymentKind::Refund => true,
            }
    }
}

fn positive(money: Money) -> Money {
    if money > Money::ZERO { money } else { Money::ZERO }
}

/// The entry an invoice can take next: a payment while it is issued and not
/// paid in full, a refund while it is credited and a refund is owed.
pub fn next_kind(invoice: &Invoice, balance: &Balance) -> Option<PaymentKind> {
    if invoice.kind != InvoiceKind::Invoice {
        return None;
    }
    match invoice.status {
        InvoiceStatus::Issued | InvoiceStatus::Paid if balance.outstanding() > Money::ZERO => {
            Some(PaymentKind::Received)
        }
        InvoiceStatus::Credited if balance.refund_owed() > Money::ZERO => Some(PaymentKind::Refund),
        _ => None,
    }
}

/// A payment or refund as typed, before it is recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentDraft {
    pub kind: PaymentKind,
    pub date: Option<NaiveDate>,
    pub amount: Option<Money>,
}

impl PaymentDraft {
    /// What is wrong with the entry for `invoice` with `balance` on `today`:
    /// a date between the invoice's date and today, an amount above zero and
    /// at most what is outstanding (or owed back).
    pub fn problems(&self, invoice: &Invoice, balance: &Balance, today: NaiveDate) -> Problems {
        let mut problems = Problems::new();
        match self.date {
            None => problems.add(field::DATE, Problem::InvalidDate),
            Some(date) if date > today => problems.add(field::DATE, Problem::DateInFuture),
            Some(date) if invoice.issue_date.is_some_and(|issued| date < issued) => {
                problems.add(field::DATE, Problem::BeforeInvoice)
            }
            Some(_) => {}
        }
        let room = balance.room_for(self.kind);
        match self.amount {
            None => problems.add(field::AMOUNT, Problem::InvalidAmount),
            Some(amount) if amount <= Money::ZERO => problems.add(field::AMOUNT, Problem::InvalidAmount),
            Some(amount) if amount > room => problems.add(field::AMOUNT, Problem::AboveAmount { max: room }),
            Some(_) => {}
        }
        if next_kind(invoice, balance) != Some(self.kind) {
            problems.add(field::AMOUNT, Problem::AboveAmount { max: Money::ZERO });
        }
        problems
    }
}

/// The balance of every invoice, from one pass over the payments.
pub fn balances(invoices: &[Invoice], payments: &[Payment]) -> std::collections::HashMap<InvoiceId, Balance> {
    let mut by_invoice: std::collections::HashMap<InvoiceId, Vec<Payment>> = std::collections::HashMap::new();
    for payment in payments {
        by_invoice.entry(payment.invoice).or_default().push(payment.clone());
    }
    invoices
        .iter()
        .map(|invoice| {
            let own = by_invoice.get(&invoice.id).map(Vec::as_slice).unwrap_or_default();
            (invoice.id, Balance::of(invoice, own))
        })
        .collect()
}

/// The sum of what came in, minus what was paid back, over `payments`.
pub fn net_received(payments: &[Payment]) -> Money {
    payments.iter().filter(|p| p.counts()).fold(Money::ZERO, |sum, p| match p.kind {
        PaymentKind::Received => sum + p.amount,
        PaymentKind::Refund => sum - p.amount,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::finance::invoices::{Customer, InvoiceLine, Vat};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn invoice(status: InvoiceStatus) -> Invoice {
        Invoice {
            id: InvoiceId(1),
            kind: InvoiceKind::Invoice,
            status,
            number: Some("2026-0001".into()),
            issue_date: Some(day(2)),
            customer: Customer::default(),
            funding: None,
            period_from: day(1),
            period_to: day(1),
            payment_days: 30,
            lines: vec![InvoiceLine::new("x".into(), 100, Money::from_euros(900), Vat::Exempt)],
            exemption_text: String::new(),
            credit_of: None,
            paid_on: None,
            registrations: Vec::new(),
            language: None,
        }
    }

    fn payment(id: i64, kind: PaymentKind, euros: i64, reversed: bool) -> Payment {
        Payment {
            id: PaymentId(id),
            invoice: InvoiceId(1),
            kind,
            date: day(5),
            amount: Money::from_euros(euros),
            reversed_on: reversed.then(|| day(6)),
        }
    }

    #[test]
    fn partial_payments_add_up_and_reversed_ones_do_not_count() {
        let issued = invoice(InvoiceStatus::Issued);
        let payments = vec![
            payment(1, PaymentKind::Received, 400, false),
            payment(2, PaymentKind::Received, 500, true),
            payment(3, PaymentKind::Received, 300, false),
        ];
        let balance = Balance::of(&issued, &payments);
        assert_eq!(balance.received, Money::from_euros(700));
        assert_eq!(balance.outstanding(), Money::from_euros(200));
        assert!(!balance.fully_paid());
        assert_eq!(next_kind(&issued, &balance), Some(PaymentKind::Received));
    }

    #[test]
    fn a_credited_paid_invoice_owes_a_refund_until_it_is_refunded() {
        let credited = invoice(InvoiceStatus::Credited);
        let mut payments = vec![payment(1, PaymentKind::Received, 900, false)];
        let balance = Balance::of(&credited, &payments);
        assert_eq!(balance.outstanding(), Money::ZERO);
        assert_eq!(balance.refund_owed(), Money::from_euros(900));
        assert_eq!(next_kind(&credited, &balance), Some(PaymentKind::Refund));
        payments.push(payment(2, PaymentKind::Refund, 900, false));
        let balance = Balance::of(&credited, &payments);
        assert_eq!(balance.refund_owed(), Money::ZERO);
        assert_eq!(next_kind(&credited, &balance), None);
        assert!(!balance.may_reverse(&payments[0]), "the refund was made from this payment");
        assert!(balance.may_reverse(&payments[1]));
    }

    #[test]
    fn a_form_refuses_too_much_a_future_date_and_a_date_before_the_invoice() {
        let issued = invoice(InvoiceStatus::Issued);
        let balance = Balance::of(&issued, &[]);
        let draft = |date: NaiveDate, euros: i64| PaymentDraft {
            kind: PaymentKind::Received,
            date: Some(date),
            amount: Some(Money::from_euros(euros)),
        };
        assert!(draft(day(5), 900).problems(&issued, &balance, day(10)).is_empty());
        let too_much = draft(day(5), 901).problems(&issued, &balance, day(10));
        assert_eq!(too_much.for_field(field::AMOUNT), Some(&Problem::AboveAmount { max: Money::from_euros(900) }));
        assert_eq!(
            draft(day(11), 1).problems(&issued, &balance, day(10)).for_field(field::DATE),
            Some(&Problem::DateInFuture)
        );
        assert_eq!(
            draft(day(1), 1).problems(&issued, &balance, day(10)).for_field(field::DATE),
            Some(&Problem::BeforeInvoice)
        );
        assert!(!draft(day(5), 0).problems(&issued, &balance, day(10)).is_empty());
        let refund = PaymentDraft { kind: PaymentKind::Refund, ..draft(day(5), 1) };
        assert!(!refund.problems(&issued, &balance, day(10)).is_empty(), "nothing to refund on an open invoice");
    }
}
