//! Payments and refunds of invoices. Entries are kept: a mistaken one is
//! reversed, never deleted or changed (the schema's triggers refuse it).
//! Each entry moves its invoice between issued and paid in the same
//! transaction, so that the status always follows the payments.

use super::invoices::load_one;
use crate::domain::Money;
use crate::domain::finance::invoices::{InvoiceId, InvoiceStatus};
use crate::domain::finance::payments::{Balance, Payment, PaymentDraft, PaymentId, PaymentKind};
use crate::store::{Refusal, Result, Store, StoreError, Tx, check, date_text, parse_date, read, read_optional};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

/// Every payment or those of one invoice, oldest first.
const SELECT_PAYMENTS: &str = "SELECT id, invoice_id, kind, date, amount_cents, reversed_on FROM payments
     {where} ORDER BY date, id";

impl Store {
    /// Every payment and refund, reversed ones included, oldest first.
    pub fn payments(&self) -> Result<Vec<Payment>> {
        load_payments(&self.conn, None)
    }

    /// Records a payment received for an issued invoice, or a refund of a
    /// credited one; refused when the form would refuse it (a date after
    /// today or before the invoice, more than is open or owed back).
    pub fn record_payment(&mut self, invoice: InvoiceId, draft: &PaymentDraft) -> Result<PaymentId> {
        let today = self.today();
        self.transact(|tx| {
            let (found, balance) = balance_of(tx, invoice)?;
            check(draft.problems(&found, &balance, today))?;
            let (Some(date), Some(amount)) = (draft.date, draft.amount) else {
                return Err(StoreError::Invalid(draft.problems(&found, &balance, today)));
            };
            tx.execute(
                "INSERT INTO payments (invoice_id, kind, date, amount_cents, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![invoice.0, draft.kind.code(), date_text(date), amount.cents(), tx.stamp()],
            )?;
            let id = PaymentId(tx.last_insert_rowid());
            settle(tx, invoice)?;
            Ok(id)
        })
    }

    /// Reverses a mistaken entry on `date`: it stays in the history and no
    /// longer counts; a paid invoice is open again when it no longer adds up.
    pub fn reverse_payment(&mut self, id: PaymentId, date: NaiveDate) -> Result<()> {
        self.transact(|tx| {
            let invoice: i64 = tx
                .query_row("SELECT invoice_id FROM payments WHERE id = ?1", [id.0], |r| r.get(0))
                .optional()?
                .ok_or(StoreError::NotFound("payment"))?;
            // Only the entries of this payment's invoice are read.
            let payment = load_payments(tx, Some(InvoiceId(invoice)))?
                .into_iter()
                .find(|p| p.id == id)
                .ok_or(StoreError::NotFound("payment"))?;
            let (_, balance) = balance_of(tx, payment.invoice)?;
            if !balance.may_reverse(&payment) || date < payment.date {
                return Err(StoreError::Refused(Refusal::PaymentKept));
            }
            tx.execute("UPDATE payments SET reversed_on = ?2 WHERE id = ?1", params![id.0, date_text(date)])?;
            settle(tx, payment.invoice)
        })
    }
}

/// The invoice and what came in and went out for it.
fn balance_of(conn: &Connection, id: InvoiceId) -> Result<(crate::domain::finance::invoices::Invoice, Balance)> {
    let (invoice, _, balance) = entries_of(conn, id)?;
    Ok((invoice, balance))
}

/// The invoice, its entries and its balance, from one read of each.
fn entries_of(
    conn: &Connection,
    id: InvoiceId,
) -> Result<(crate::domain::finance::invoices::Invoice, Vec<Payment>, Balance)> {
    let invoice = load_one(conn, id)?.ok_or(StoreError::NotFound("invoice"))?;
    let payments = load_payments(conn, Some(id))?;
    let balance = Balance::of(&invoice, &payments);
    Ok((invoice, payments, balance))
}

/// Gives an issued invoice the status its payments say: paid (on the day
/// of the payment that completed it) or issued. A credited one stays so.
pub(super) fn settle(tx: &Tx, id: InvoiceId) -> Result<()> {
    let (invoice, payments, balance) = entries_of(tx, id)?;
    if !matches!(invoice.status, InvoiceStatus::Issued | InvoiceStatus::Paid) {
        return Ok(());
    }
    let paid_on = if balance.fully_paid() { completed_on(&payments, balance.total) } else { None };
    let status = if paid_on.is_some() { InvoiceStatus::Paid } else { InvoiceStatus::Issued };
    tx.execute(
        "UPDATE invoices SET status = ?2, paid_on = ?3 WHERE id = ?1",
        params![id.0, status.code(), paid_on.map(date_text)],
    )?;
    Ok(())
}

/// The day on which the payments received (in date order) first reached `total`.
fn completed_on(payments: &[Payment], total: Money) -> Option<NaiveDate> {
    let mut sum = Money::ZERO;
    let mut received: Vec<&Payment> =
        payments.iter().filter(|p| p.counts() && p.kind == PaymentKind::Received).collect();
    received.sort_by_key(|p| (p.date, p.id));
    received.into_iter().find_map(|p| {
        sum += p.amount;
        (sum >= total).then_some(p.date)
    })
}

fn load_payments(conn: &Connection, only: Option<InvoiceId>) -> Result<Vec<Payment>> {
    let (sql, filter) = crate::store::every_or_only(SELECT_PAYMENTS, "invoice_id", only.map(|i| i.0));
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([filter])?;
    let mut payments = Vec::new();
    while let Some(row) = rows.next()? {
        payments.push(row_to_payment(row)?);
    }
    Ok(payments)
}

/// A row of [`SELECT_PAYMENTS`].
fn row_to_payment(r: &rusqlite::Row<'_>) -> Result<Payment> {
    const TABLE: &str = "payments";
    let id: i64 = r.get(0)?;
    let (kind, date): (String, String) = (r.get(2)?, r.get(3)?);
    let reversed: Option<String> = r.get(5)?;
    let cents: i64 = r.get(4)?;
    Ok(Payment {
        id: PaymentId(id),
        invoice: InvoiceId(r.get(1)?),
        kind: read(PaymentKind::from_code(&kind), TABLE, id, "kind", &kind)?,
        date: read(parse_date(&date), TABLE, id, "date", &date)?,
        amount: read((cents > 0).then_some(Money::from_cents(cents)), TABLE, id, "amount_cents", &cents.to_string())?,
        reversed_on: read_optional(reversed.as_deref(), parse_date, TABLE, id, "reversed_on")?,
    })
}
