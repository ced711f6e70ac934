//! Invoices and credit notes. Numbers are given when a document is issued,
//! from one gapless sequence per year shared by invoices and credit notes.

use crate::domain::Money;
use crate::domain::coached::groups::RegistrationId;
use crate::domain::finance::invoices::{
    Customer, Invoice, InvoiceDraft, InvoiceId, InvoiceKind, InvoiceLine, InvoiceStatus, Unit, Vat, credit_lines,
    format_number,
};
use crate::domain::finance::issuing::missing_for_issue;
use crate::domain::funding::FundingSourceId;
use crate::store::{Refusal, Result, Store, StoreError, Tx, date_text, parse_date, read, read_optional};
use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::{HashMap, HashSet};

impl Store {
    /// Every invoice and credit note, newest first.
    pub fn invoices(&self) -> Result<Vec<Invoice>> {
        load_invoices(&self.conn, None)
    }

    /// Registrations on an invoice that still stands (not credited), so
    /// they are not invoiced twice.
    pub fn invoiced_registrations(&self) -> Result<HashSet<RegistrationId>> {
        invoiced(&self.conn)
    }

    /// Creates draft invoices; nothing is numbered yet.
    pub fn create_invoices(&mut self, drafts: &[InvoiceDraft]) -> Result<Vec<InvoiceId>> {
        self.transact(|tx| {
            let already = invoiced(tx)?;
            let mut ids = Vec::new();
            for draft in drafts {
                if draft.registrations.iter().any(|r| already.contains(r)) {
                    return Err(StoreError::Refused(Refusal::AlreadyInvoiced));
                }
                ids.push(insert_invoice(tx, InvoiceKind::Invoice, draft, None)?);
            }
            Ok(ids)
        })
    }

    /// Deletes a draft; issued documents are refused.
    pub fn delete_draft_invoice(&mut self, id: InvoiceId) -> Result<()> {
        self.transact(|tx| {
            let changed = tx.execute("DELETE FROM invoices WHERE id = ?1 AND status = 'draft'", [id.0])?;
            if changed == 0 { Err(StoreError::Refused(Refusal::InvoiceFrozen)) } else { Ok(()) }
        })
    }

    /// Issues a draft on `date`: it gets the next number of that year and is
    /// frozen from then on. Returns the number.
    /// Refused while the invoice lacks a detail the law requires on it.
    pub fn issue_invoice(&mut self, id: InvoiceId, date: NaiveDate) -> Result<String> {
        let invoice = load_one(&self.conn, id)?.ok_or(StoreError::NotFound("invoice"))?;
        if !missing_for_issue(&invoice, &self.settings()?.organisation).is_empty() {
            return Err(StoreError::Refused(Refusal::InvoiceIncomplete));
        }
        self.transact(|tx| issue(tx, id, date))
    }

    /// Corrects an issued invoice with a credit note that refers to it; the
    /// credit note is issued on `date` and the invoice marked credited, so its
    /// registrations can be invoiced again. What was paid for it is then
    /// owed back until refunds are recorded.
    pub fn credit_invoice(&mut self, id: InvoiceId, date: NaiveDate) -> Result<InvoiceId> {
        self.transact(|tx| {
            let invoices = load_one(tx, id)?;
            let Some(original) = invoices else { return Err(StoreError::NotFound("invoice")) };
            if original.kind != InvoiceKind::Invoice
                || !matches!(original.status, InvoiceStatus::Issued | InvoiceStatus::Paid)
            {
                return Err(StoreError::Refused(Refusal::InvoiceFrozen));
            }
            let draft = InvoiceDraft {
                customer: original.customer.clone(),
                funding: original.funding,
                period_from: original.period_from,
                period_to: original.period_to,
                payment_days: original.payment_days,
                lines: credit_lines(&original),
                exemption_text: original.exemption_text.clone(),
                registrations: Vec::new(),
                language: original.language.clone(),
            };
            let credit = insert_invoice(tx, InvoiceKind::CreditNote, &draft, Some(id))?;
            issue(tx, credit, date)?;
            tx.execute("UPDATE invoices SET status = 'credited' WHERE id = ?1", [id.0])?;
            Ok(credit)
        })
    }
}

fn invoiced(conn: &Connection) -> Result<HashSet<RegistrationId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ir.registration_id FROM invoice_registrations ir JOIN invoices i ON i.id = ir.invoice_id
         WHERE i.status <> 'credited' AND i.kind = 'invoice'",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, i64>(0))?;
    let mut set = HashSet::new();
    for row in rows {
        set.insert(RegistrationId(row?));
    }
    Ok(set)
}

fn insert_invoice(tx: &Tx, kind: InvoiceKind, draft: &InvoiceDraft, credit_of: Option<InvoiceId>) -> Result<InvoiceId> {
    let conn: &Connection = tx;
    conn.execute(
        "INSERT INTO invoices (kind, status, customer_name, customer_address, funding_id, period_from, period_to,
                               payment_days, exemption_text, credit_of, created_at, language)
         VALUES (?1, 'draft', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            kind.code(),
            draft.customer.name,
            draft.customer.address,
            draft.funding.map(|f| f.0),
            date_text(draft.period_from),
            date_text(draft.period_to),
            draft.payment_days,
            draft.exemption_text,
            credit_of.map(|c| c.0),
            tx.stamp(),
            draft.language
        ],
    )?;
    let id = conn.last_insert_rowid();
    let mut line_stmt = conn.prepare_cached(
        "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price_cents, vat_basis_points,
                                    amount_cents, unit)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (position, line) in draft.lines.iter().enumerate() {
        let vat = match line.vat {
            Vat::Rate(rate) => Some(rate),
            Vat::Exempt => None,
        };
        line_stmt.execute(params![
            id,
            position as i64,
            line.description,
            line.quantity,
            line.unit_price.cents(),
            vat,
            line.amount.cents(),
            line.unit.map(Unit::code)
        ])?;
    }
    let mut registration_stmt =
        conn.prepare_cached("INSERT INTO invoice_registrations (invoice_id, registration_id) VALUES (?1, ?2)")?;
    for registration in &draft.registrations {
        registration_stmt.execute(params![id, registration.0])?;
    }
    Ok(InvoiceId(id))
}

fn issue(conn: &Connection, id: InvoiceId, date: NaiveDate) -> Result<String> {
    let status: Option<String> =
        conn.query_row("SELECT status FROM invoices WHERE id = ?1", [id.0], |r| r.get(0)).optional()?;
    match status.as_deref() {
        None => return Err(StoreError::NotFound("invoice")),
        Some("draft") => {}
        Some(_) => return Err(StoreError::Refused(Refusal::InvoiceFrozen)),
    }
    let year = date.year();
    let last: i64 =
        conn.query_row("SELECT coalesce(max(sequence), 0) FROM invoices WHERE year = ?1", [year], |r| r.get(0))?;
    let number = format_number(year, last + 1);
    conn.execute(
        "UPDATE invoices SET status = 'issued', year = ?2, sequence = ?3, number = ?4, issue_date = ?5 WHERE id = ?1",
        params![id.0, year, last + 1, number, date_text(date)],
    )?;
    Ok(number)
}

pub(super) fn load_one(conn: &Connection, id: InvoiceId) -> Result<Option<Invoice>> {
    Ok(load_invoices(conn, Some(id))?.into_iter().next())
}

/// Invoices with their lines and registrations: all, or the one with `only`.
/// The lines of every invoice or of one invoice, in order.
const SELECT_LINES: &str = "SELECT invoice_id, description, quantity, unit_price_cents, vat_basis_points, amount_cents,
            unit
     FROM invoice_lines {where} ORDER BY invoice_id, position";

/// The registrations on every invoice or on one invoice.
const SELECT_REGISTRATIONS: &str = "SELECT invoice_id, registration_id FROM invoice_registrations {where}";

/// Every invoice or one, newest first.
const SELECT_INVOICES: &str =
    "SELECT id, kind, status, number, issue_date, customer_name, customer_address, funding_id,
            period_from, period_to, payment_days, exemption_text, credit_of, paid_on, language
     FROM invoices {where} ORDER BY coalesce(issue_date, created_at) DESC, id DESC";

/// Invoices with their lines and registrations: all, or the one with `only`.
fn load_invoices(conn: &Connection, only: Option<InvoiceId>) -> Result<Vec<Invoice>> {
    let only = only.map(|id| id.0);
    let (sql, filter) = crate::store::every_or_only(SELECT_LINES, "invoice_id", only);
    let mut lines: HashMap<i64, Vec<InvoiceLine>> = HashMap::new();
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([filter])?;
    while let Some(row) = rows.next()? {
        let (invoice, line) = row_to_line(row)?;
        lines.entry(invoice).or_default().push(line);
    }
    let mut registrations: HashMap<i64, Vec<RegistrationId>> = HashMap::new();
    let (sql, filter) = crate::store::every_or_only(SELECT_REGISTRATIONS, "invoice_id", only);
    let mut stmt = conn.prepare_cached(&sql)?;
    for row in stmt.query_map([filter], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
        let (invoice, registration) = row?;
        registrations.entry(invoice).or_default().push(RegistrationId(registration));
    }
    let (sql, filter) = crate::store::every_or_only(SELECT_INVOICES, "id", only);
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([filter])?;
    let mut invoices = Vec::new();
    while let Some(row) = rows.next()? {
        let mut invoice = row_to_invoice(row)?;
        invoice.lines = lines.remove(&invoice.id.0).unwrap_or_default();
        invoice.registrations = registrations.remove(&invoice.id.0).unwrap_or_default();
        invoices.push(invoice);
    }
    Ok(invoices)
}

/// A row of [`SELECT_LINES`]: the invoice it belongs to and the line.
fn row_to_line(r: &rusqlite::Row<'_>) -> Result<(i64, InvoiceLine)> {
    let vat = r.get::<_, Option<i64>>(4)?.map(Vat::Rate).unwrap_or(Vat::Exempt);
    let mut line = InvoiceLine::new(r.get(1)?, r.get(2)?, Money::from_cents(r.get(3)?), vat);
    // Lines written before amounts were stored are quantity × unit price.
    if let Some(amount) = r.get::<_, Option<i64>>(5)? {
        line.amount = Money::from_cents(amount);
    }
    let invoice: i64 = r.get(0)?;
    if let Some(code) = r.get::<_, Option<String>>(6)? {
        line.unit = Some(read(Unit::from_code(&code), "invoice_lines", invoice, "unit", &code)?);
    }
    Ok((invoice, line))
}

/// A row of [`SELECT_INVOICES`], without its lines and registrations.
fn row_to_invoice(r: &rusqlite::Row<'_>) -> Result<Invoice> {
    const TABLE: &str = "invoices";
    let id: i64 = r.get(0)?;
    let text = |index: usize| -> Result<String> { Ok(r.get(index)?) };
    let optional = |index: usize| -> Result<Option<String>> { Ok(r.get(index)?) };
    let (kind, status, from, to) = (text(1)?, text(2)?, text(8)?, text(9)?);
    Ok(Invoice {
        id: InvoiceId(id),
        kind: read(InvoiceKind::from_code(&kind), TABLE, id, "kind", &kind)?,
        status: read(InvoiceStatus::from_code(&status), TABLE, id, "status", &status)?,
        number: optional(3)?,
        issue_date: read_optional(optional(4)?.as_deref(), parse_date, TABLE, id, "issue_date")?,
        customer: Customer { name: text(5)?, address: text(6)? },
        funding: r.get::<_, Option<i64>>(7)?.map(FundingSourceId),
        period_from: read(parse_date(&from), TABLE, id, "period_from", &from)?,
        period_to: read(parse_date(&to), TABLE, id, "period_to", &to)?,
        payment_days: r.get(10)?,
        lines: Vec::new(),
        exemption_text: text(11)?,
        credit_of: r.get::<_, Option<i64>>(12)?.map(InvoiceId),
        paid_on: read_optional(optional(13)?.as_deref(), parse_date, TABLE, id, "paid_on")?,
        registrations: Vec::new(),
        language: optional(14)?,
    })
}
