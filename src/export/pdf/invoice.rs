//! Invoices and credit notes with everything a Dutch invoice must carry:
//! the organisation's name, address, Chamber of Commerce and VAT numbers,
//! the customer, the invoice date and a unique number, each line with
//! quantity, unit price and VAT (or the exemption), totals, the payment term
//! and the IBAN.

use super::DocumentContext;
use super::layout::DocumentLayout;
use super::page::{BODY, CONTENT_WIDTH, Colour, Column, MARGIN_X, Page, Row, Weight};
use crate::domain::Money;
use crate::domain::finance::invoices::{Invoice, InvoiceKind, Unit, Vat};
use crate::i18n::{Arg, I18n};

fn quantity(i18n: &I18n, hundredths: i64) -> String {
    let whole = hundredths / 100;
    let fraction = (hundredths % 100).abs();
    if fraction == 0 {
        i18n.number(whole)
    } else {
        let decimal = if i18n.language() == crate::i18n::Language::Dutch { ',' } else { '.' };
        let sign = if hundredths < 0 && whole == 0 { "-" } else { "" };
        format!("{sign}{}{decimal}{}", i18n.number(whole), format!("{fraction:02}").trim_end_matches('0'))
    }
}

/// The quantity with what it counts: `7,5 uur`, `1 participant`.
fn quantity_with_unit(i18n: &I18n, hundredths: i64, unit: Option<Unit>) -> String {
    let shown = quantity(i18n, hundredths);
    let id = match unit {
        Some(Unit::Hour) => "pdf-unit-hour",
        Some(Unit::Participant) => "pdf-unit-participant",
        None => return shown,
    };
    let count: i64 = if hundredths.abs() == 100 { 1 } else { 2 };
    i18n.tr_args(id, &[("quantity", Arg::from(shown)), ("count", Arg::from(count))])
}

fn vat_label(i18n: &I18n, vat: Vat) -> String {
    match vat {
        Vat::Rate(rate) => format!("{}%", quantity(i18n, rate)),
        Vat::Exempt => i18n.tr("pdf-vat-exempt"),
    }
}

/// The pages of an invoice or credit note. `credited` is the number of the
/// invoice a credit note corrects.
pub fn invoice_document(ctx: &DocumentContext<'_>, invoice: &Invoice, credited: Option<&str>) -> Vec<Page> {
    let i18n = ctx.i18n;
    let mut layout = ctx.layout();
    let bottom = parties(ctx, &mut layout, invoice);
    layout.space(bottom - 60.0);
    let title = match invoice.kind {
        InvoiceKind::Invoice => i18n.tr("pdf-invoice-title"),
        InvoiceKind::CreditNote => i18n.tr("pdf-credit-note-title"),
    };
    let number = invoice.number.clone().unwrap_or_else(|| i18n.tr("pdf-draft"));
    layout.title(&format!("{title} {number}"));
    layout.key_values(&facts(i18n, invoice, &number, credited), 120.0);
    layout.space(12.0);
    lines_table(i18n, &mut layout, invoice);
    let totals = invoice.totals();
    if totals.has_exempt_lines && !invoice.exemption_text.is_empty() {
        layout.paragraph(&invoice.exemption_text, BODY, Colour::TEXT);
        layout.space(6.0);
    }
    let org = ctx.organisation;
    let payment = match invoice.kind {
        InvoiceKind::Invoice => i18n.tr_args(
            "pdf-payment",
            &[
                ("total", Arg::from(i18n.money(totals.total))),
                ("days", Arg::from(invoice.payment_days)),
                ("iban", Arg::from(org.iban.as_str())),
                ("name", Arg::from(org.name.as_str())),
                ("number", Arg::from(number.as_str())),
            ],
        ),
        InvoiceKind::CreditNote => {
            let amount = Money::from_cents(totals.total.cents().abs());
            i18n.tr_args(
                "pdf-credit-payment",
                &[("total", Arg::from(i18n.money(amount))), ("number", Arg::from(credited.unwrap_or_default()))],
            )
        }
    };
    layout.space(6.0);
    layout.paragraph(&payment, BODY, Colour::TEXT);
    ctx.finish(layout)
}

/// The organisation top right and the customer top left; returns how far
/// down they reach.
fn parties(ctx: &DocumentContext<'_>, layout: &mut DocumentLayout<'_>, invoice: &Invoice) -> f32 {
    let (i18n, org) = (ctx.i18n, ctx.organisation);
    let right = MARGIN_X + CONTENT_WIDTH;
    let mut y = 78.0;
    let mut org_lines: Vec<(String, Weight)> = vec![(org.name.clone(), Weight::Bold)];
    org_lines.extend(org.address.lines().map(|l| (l.to_string(), Weight::Regular)));
    let numbered = |id: &str, number: &str| i18n.tr_args(id, &[("number", Arg::from(number))]);
    let optional = [
        (!org.chamber_of_commerce.is_empty()).then(|| numbered("pdf-kvk", &org.chamber_of_commerce)),
        (!org.vat_number.is_empty()).then(|| numbered("pdf-vat-number", &org.vat_number)),
        (!org.iban.is_empty()).then(|| format!("IBAN {}", org.iban)),
        (!org.email.is_empty()).then(|| org.email.clone()),
    ];
    org_lines.extend(optional.into_iter().flatten().map(|line| (line, Weight::Regular)));
    // Each block keeps to its half of the page: a long name or department
    // wraps onto the next line instead of running into the other block.
    let half = CONTENT_WIDTH / 2.0 - 12.0;
    for (line, weight) in &org_lines {
        for piece in layout.wrap(line, half, 8.5, *weight) {
            layout.text_right(right, y, 8.5, *weight, Colour::TEXT, piece);
            y += 12.0;
        }
    }
    layout.text_at(MARGIN_X, 78.0, 8.0, Weight::Regular, Colour::MUTED, i18n.tr("pdf-customer"));
    let name = layout.wrap(&invoice.customer.name, half, BODY, Weight::Bold);
    let address = invoice.customer.address.lines().flat_map(|l| layout.wrap(l, half, BODY, Weight::Regular));
    let lines: Vec<(String, Weight)> =
        name.into_iter().map(|l| (l, Weight::Bold)).chain(address.map(|l| (l, Weight::Regular))).collect();
    let mut customer_y = 92.0 - 12.5;
    for (line, weight) in lines {
        customer_y += 12.5;
        layout.text_at(MARGIN_X, customer_y, BODY, weight, Colour::TEXT, line);
    }
    y.max(customer_y)
}

/// Number, dates, period and (for a credit note) the invoice it corrects.
fn facts(i18n: &I18n, invoice: &Invoice, number: &str, credited: Option<&str>) -> Vec<(String, String)> {
    let mut facts = vec![
        (i18n.tr("pdf-invoice-number"), number.to_string()),
        (i18n.tr("pdf-invoice-date"), invoice.issue_date.map(|d| i18n.date(d)).unwrap_or_else(|| i18n.tr("pdf-draft"))),
    ];
    if let Some(due) = invoice.due_date()
        && invoice.kind == InvoiceKind::Invoice
    {
        facts.push((i18n.tr("pdf-due-date"), i18n.date(due)));
    }
    facts.push((
        i18n.tr("pdf-invoice-period"),
        i18n.tr_args(
            "pdf-period-short",
            &[("from", Arg::from(i18n.date(invoice.period_from))), ("to", Arg::from(i18n.date(invoice.period_to)))],
        ),
    ));
    if let Some(original) = credited {
        facts.push((i18n.tr("pdf-credits"), original.to_string()));
    }
    facts
}

/// The lines, the subtotal, VAT per rate and the total.
fn lines_table(i18n: &I18n, layout: &mut DocumentLayout<'_>, invoice: &Invoice) {
    let columns = [
        Column::left(i18n.tr("pdf-column-description"), 0.39),
        Column::right(i18n.tr("pdf-column-quantity"), 0.16),
        Column::right(i18n.tr("pdf-column-unit-price"), 0.14),
        Column::right(i18n.tr("pdf-column-vat"), 0.13),
        Column::right(i18n.tr("column-amount"), 0.18),
    ];
    let mut rows: Vec<Row> = invoice
        .lines
        .iter()
        .map(|line| {
            Row::new(vec![
                line.description.clone(),
                quantity_with_unit(i18n, line.quantity, line.unit),
                i18n.money(line.unit_price),
                vat_label(i18n, line.vat),
                i18n.money(line.net()),
            ])
        })
        .collect();
    let totals = invoice.totals();
    let summary = |label: String, amount| vec![label, String::new(), String::new(), String::new(), i18n.money(amount)];
    rows.push(Row::total(summary(i18n.tr("pdf-subtotal"), totals.net)));
    for (rate, amount) in &totals.vat {
        let label = i18n.tr_args("pdf-vat-line", &[("rate", Arg::from(vat_label(i18n, Vat::Rate(*rate))))]);
        rows.push(Row::new(summary(label, *amount)));
    }
    rows.push(Row::total(summary(i18n.tr("pdf-total"), totals.total)));
    layout.table(&columns, &rows);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn quantities_show_hours_with_the_language_decimal_mark() {
        assert_eq!(quantity(&I18n::new(Language::Dutch), 750), "7,5");
        assert_eq!(quantity(&I18n::new(Language::English), 750), "7.5");
        assert_eq!(quantity(&I18n::new(Language::English), 100), "1");
        assert_eq!(quantity(&I18n::new(Language::English), -100), "-1");
    }
}
