//! The table of invoices and credit notes: one row each with its status in
//! colour (overdue, partly paid, refund owed, …) and the actions its status
//! allows, in one menu on a narrow window.

use super::dialogs::FinanceDialog;
use super::payments::PaymentsDialog;
use super::{Command, FinanceTab};
use crate::app::coached::funding_label;
use crate::app::{AppCommand, Cx, theme, widgets};
use crate::domain::Money;
use crate::domain::finance::invoices::{Invoice, InvoiceKind, InvoiceStatus};
use crate::i18n::Arg;
use crate::ops::lists::invoice_status;
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder, TableRow};

/// The columns' headings; the last is over the actions.
const HEADINGS: [&str; 8] = [
    "finance-number",
    "finance-kind",
    "finance-customer",
    "column-amount",
    "pdf-invoice-date",
    "pdf-due-date",
    "column-status",
    "",
];

pub(super) fn table_ui(ui: &mut Ui, tab: &mut FinanceTab, shown: &[&Invoice], cx: &Cx<'_>) {
    let mut confirm = None;
    // On a narrow window the row's actions become one menu and the columns
    // narrower, so that every invoice's actions stay in view.
    let compact = ui.available_width() < 1180.0;
    let (number, kind, date, status, actions) =
        if compact { (80.0, 80.0, 95.0, 175.0, 90.0) } else { (90.0, 90.0, 110.0, 200.0, 240.0) };
    let fixed = number + kind + theme::AMOUNT_WIDTH + 2.0 * date + status + actions;
    let spacing = 8.0 * ui.spacing().item_spacing.x;
    let customer = if compact { (ui.available_width() - fixed - spacing).max(120.0) } else { 240.0 };
    widgets::truncated_cells(ui);
    TableBuilder::new(ui)
        .id_salt(("finance_table", compact))
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(number))
        .column(Column::exact(kind))
        .column(Column::exact(customer))
        .column(Column::exact(theme::AMOUNT_WIDTH))
        .column(Column::exact(date))
        .column(Column::exact(date))
        .column(Column::exact(status))
        .column(Column::remainder().at_least(actions))
        .header(theme::ROW_HEIGHT, |header| widgets::table_header(header, cx.i18n, &HEADINGS))
        .body(|body| {
            crate::app::widgets::ruled_rows(body, theme::ROW_HEIGHT + 4.0, shown.len(), |row| {
                let Some(invoice) = shown.get(row.index()) else { return };
                if let Some(dialog) = row_ui(row, invoice, compact, cx) {
                    confirm = Some(dialog);
                }
            });
        });
    if let Some(dialog) = confirm {
        tab.dialog = Some(dialog);
    }
}

/// One invoice's row; the dialog one of its actions asks for, if any.
fn row_ui(row: &mut TableRow<'_, '_>, invoice: &Invoice, compact: bool, cx: &Cx<'_>) -> Option<FinanceDialog> {
    row.col(|ui| {
        ui.label(invoice.number.clone().unwrap_or_else(|| cx.i18n.tr("pdf-draft")));
    });
    row.col(|ui| {
        ui.label(cx.i18n.tr(match invoice.kind {
            InvoiceKind::Invoice => "finance-kind-invoice",
            InvoiceKind::CreditNote => "finance-kind-credit",
        }));
    });
    row.col(|ui| {
        ui.label(&invoice.customer.name).on_hover_text(
            invoice.funding.map(|f| funding_label(cx.i18n, &cx.view.groups.funding_sources, f)).unwrap_or_default(),
        );
    });
    row.col(|ui| widgets::amount_cell(ui, RichText::new(cx.i18n.money(invoice.totals().total))));
    row.col(|ui| {
        ui.label(invoice.issue_date.map(|d| cx.i18n.date(d)).unwrap_or_default());
    });
    row.col(|ui| {
        if invoice.kind == InvoiceKind::Invoice {
            ui.label(invoice.due_date().map(|d| cx.i18n.date(d)).unwrap_or_default());
        }
    });
    row.col(|ui| status_cell_ui(ui, invoice, cx));
    let mut dialog = None;
    row.col(|ui| {
        dialog = if compact {
            // On a narrow window the actions sit in one menu, so that none is cut off.
            ui.menu_button(cx.i18n.tr("finance-actions"), |ui| actions_cell_ui(ui, invoice, cx)).inner.flatten()
        } else {
            actions_cell_ui(ui, invoice, cx)
        };
    });
    dialog
}

/// The status of an invoice, in its colour: overdue, partly paid, paid on a
/// date, refund owed, draft, …
fn status_cell_ui(ui: &mut Ui, invoice: &Invoice, cx: &Cx<'_>) {
    let balance = cx.view.finance.balances.get(&invoice.id).copied().unwrap_or_default();
    let (text, tone) = invoice_status(cx.i18n, invoice, &balance, cx.today);
    let colour = theme::tone_colour(ui.visuals(), tone);
    let label = ui.label(RichText::new(text).color(colour));
    if balance.received > Money::ZERO {
        label.on_hover_text(cx.i18n.tr_args(
            "finance-balance-hover",
            &[
                ("received", Arg::from(cx.i18n.money(balance.received))),
                ("total", Arg::from(cx.i18n.money(balance.total))),
                ("refunded", Arg::from(cx.i18n.money(balance.refunded))),
            ],
        ));
    }
}

/// The actions its status allows; returns the confirmation an irreversible
/// one (issue, credit) asks for.
fn actions_cell_ui(ui: &mut Ui, invoice: &Invoice, cx: &Cx<'_>) -> Option<FinanceDialog> {
    let mut confirm = None;
    // The accessible name says which document a button acts on.
    let described = |key: &str| {
        let which = invoice.number.clone().unwrap_or_else(|| invoice.customer.name.clone());
        format!("{} {which}", cx.i18n.tr(key))
    };
    match invoice.status {
        _ if !cx.writable() => {}
        InvoiceStatus::Draft => {
            if action(ui, &cx.i18n.tr("finance-issue-open"), &described("finance-issue")).clicked() {
                confirm = Some(FinanceDialog::ConfirmIssue(invoice.id));
            }
            if action(
                ui,
                &cx.i18n.tr("button-delete"),
                &format!("{} {}", cx.i18n.tr("button-delete"), invoice.customer.name),
            )
            .clicked()
            {
                cx.send(Command::DeleteDraftInvoice(invoice.id));
            }
        }
        InvoiceStatus::Issued | InvoiceStatus::Paid if invoice.kind == InvoiceKind::Invoice => {
            if action(ui, &cx.i18n.tr("finance-payments"), &described("finance-payments")).clicked() {
                confirm = Some(FinanceDialog::Payments(Box::new(PaymentsDialog::new(cx, invoice.id))));
            }
            if action(ui, &cx.i18n.tr("finance-credit"), &described("finance-credit")).clicked() {
                confirm = Some(FinanceDialog::ConfirmCredit(invoice.id));
            }
        }
        InvoiceStatus::Credited
            if action(ui, &cx.i18n.tr("finance-payments"), &described("finance-payments")).clicked() =>
        {
            confirm = Some(FinanceDialog::Payments(Box::new(PaymentsDialog::new(cx, invoice.id))));
        }
        _ => {}
    }
    if action(ui, &cx.i18n.tr("finance-pdf"), &described("finance-pdf")).clicked() {
        cx.send(AppCommand::SaveDocument(crate::ops::documents::DocumentRequest::Invoice(invoice.id)));
    }
    confirm
}

/// A small row button whose accessible name says which document it acts on.
fn action(ui: &mut Ui, text: &str, described: &str) -> egui::Response {
    let response = ui.small_button(text);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, described));
    response
}
