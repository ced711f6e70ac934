//! The Finance tab: invoices and credit notes with their status, filters
//! and totals; making invoices for a period (previewed before anything is
//! numbered); issuing, recording payment, crediting; cost statements,
//! month schedules and batch printing.

mod batch;
mod commands;
mod dialogs;

use crate::app::coached::funding_label;
use crate::app::{AppCommand, Cx, theme, widgets};
use crate::domain::Money;
use crate::domain::finance::invoices::{Invoice, InvoiceId, InvoiceKind, InvoiceStatus};
use crate::domain::funding::FundingSourceId;
use crate::i18n::{Arg, I18n, Language};
use chrono::Datelike;
pub use commands::Command;
use dialogs::{FinanceDialog, MakeInvoicesDialog, MonthScheduleDialog, StatementDialog};
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

/// State of the Finance tab between frames.
#[derive(Default)]
pub struct FinanceTab {
    year: Option<i32>,
    status: Option<InvoiceStatus>,
    funding: Option<FundingSourceId>,
    pub(crate) dialog: Option<FinanceDialog>,
}

impl FinanceTab {
    /// A dialog's command succeeded: close it.
    pub fn saved(&mut self) {
        self.dialog = None;
    }

    fn shown<'a>(&self, invoices: &'a [Invoice]) -> Vec<&'a Invoice> {
        invoices
            .iter()
            .filter(|i| self.year.is_none_or(|y| year_of(i) == Some(y)))
            .filter(|i| self.status.is_none_or(|s| i.status == s))
            .filter(|i| self.funding.is_none_or(|f| i.funding == Some(f)))
            .collect()
    }
}

/// The year an invoice belongs to: its issue date, or its period for a draft.
fn year_of(invoice: &Invoice) -> Option<i32> {
    Some(invoice.issue_date.unwrap_or(invoice.period_to).year())
}

/// The translated name of an invoice status.
pub fn status_label(i18n: &I18n, status: InvoiceStatus) -> String {
    i18n.tr(match status {
        InvoiceStatus::Draft => "finance-status-draft",
        InvoiceStatus::Issued => "finance-status-issued",
        InvoiceStatus::Paid => "finance-status-paid",
        InvoiceStatus::Credited => "finance-status-credited",
    })
}

/// Draws the Finance tab.
pub fn finance_ui(ui: &mut Ui, tab: &mut FinanceTab, cx: &Cx<'_>) {
    let invoices = &cx.view.finance.invoices;
    let shown = tab.shown(invoices);
    filters_ui(ui, tab, cx);
    ui.add_space(theme::GAP);
    totals_ui(ui, &shown, cx);
    ui.add_space(theme::GAP);
    actions_ui(ui, tab, &shown, cx);
    ui.add_space(theme::GAP);
    if shown.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        ui.vertical_centered(|ui| ui.label(RichText::new(cx.i18n.tr("finance-none")).italics()));
    } else {
        table_ui(ui, tab, &shown, cx);
    }
    if let Some(dialog) = &mut tab.dialog
        && dialog.show(ui.ctx(), cx)
    {
        tab.dialog = None;
    }
}

fn filters_ui(ui: &mut Ui, tab: &mut FinanceTab, cx: &Cx<'_>) {
    let language = cx.document_language;
    let mut years: Vec<i32> = cx.view.finance.invoices.iter().filter_map(year_of).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    ui.horizontal(|ui| {
        let all = cx.i18n.tr("finance-all");
        let label = ui.label(cx.i18n.tr("finance-year"));
        egui::ComboBox::from_id_salt("finance_year")
            .selected_text(tab.year.map(|y| y.to_string()).unwrap_or(all.clone()))
            .width(90.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut tab.year, None, all.clone());
                for year in years {
                    ui.selectable_value(&mut tab.year, Some(year), year.to_string());
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(cx.i18n.tr("column-status"));
        egui::ComboBox::from_id_salt("finance_status")
            .selected_text(tab.status.map(|s| status_label(cx.i18n, s)).unwrap_or(all.clone()))
            .width(120.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut tab.status, None, all.clone());
                for status in InvoiceStatus::ALL {
                    ui.selectable_value(&mut tab.status, Some(status), status_label(cx.i18n, status));
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(cx.i18n.tr("column-funding"));
        let sources = &cx.view.groups.funding_sources;
        egui::ComboBox::from_id_salt("finance_funding")
            .selected_text(tab.funding.map(|f| funding_label(cx.i18n, sources, f)).unwrap_or(all.clone()))
            .width(220.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut tab.funding, None, all.clone());
                for source in sources {
                    ui.selectable_value(&mut tab.funding, Some(source.id), funding_label(cx.i18n, sources, source.id));
                }
            })
            .response
            .labelled_by(label.id);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            for candidate in Language::ALL.iter().rev() {
                if ui.selectable_label(language == *candidate, candidate.native_name()).clicked()
                    && language != *candidate
                {
                    cx.send(AppCommand::SetDocumentLanguage(*candidate));
                }
            }
            ui.label(cx.i18n.tr("finance-document-language"));
        });
    });
}

fn totals_ui(ui: &mut Ui, shown: &[&Invoice], cx: &Cx<'_>) {
    let sum = |filter: &dyn Fn(&Invoice) -> bool| -> (Money, usize) {
        shown.iter().filter(|i| filter(i)).fold((Money::ZERO, 0), |(m, n), i| (m + i.totals().total, n + 1))
    };
    let (outstanding, open) = sum(&|i| i.status == InvoiceStatus::Issued && i.kind == InvoiceKind::Invoice);
    let (overdue, late) = sum(&|i| {
        i.status == InvoiceStatus::Issued
            && i.kind == InvoiceKind::Invoice
            && i.due_date().is_some_and(|d| d < cx.today)
    });
    let (paid, paid_count) = sum(&|i| i.status == InvoiceStatus::Paid);
    let colours = theme::palette(ui.visuals());
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(cx.i18n.tr_args(
                "finance-outstanding",
                &[("amount", Arg::from(cx.i18n.money(outstanding))), ("count", Arg::from(open))],
            ))
            .strong(),
        );
        ui.label("·");
        ui.label(
            RichText::new(cx.i18n.tr_args(
                "finance-overdue",
                &[("amount", Arg::from(cx.i18n.money(overdue))), ("count", Arg::from(late))],
            ))
            .color(if late > 0 { colours.danger } else { colours.muted }),
        );
        ui.label("·");
        ui.label(
            RichText::new(cx.i18n.tr_args(
                "finance-paid",
                &[("amount", Arg::from(cx.i18n.money(paid))), ("count", Arg::from(paid_count))],
            ))
            .color(colours.success),
        );
    });
}

fn actions_ui(ui: &mut Ui, tab: &mut FinanceTab, shown: &[&Invoice], cx: &Cx<'_>) {
    let batch = cx.batch;
    ui.horizontal(|ui| {
        let colours = theme::palette(ui.visuals());
        let make =
            egui::Button::new(RichText::new(cx.i18n.tr("finance-make")).color(colours.on_accent)).fill(colours.accent);
        if ui.add_enabled(cx.writable(), make).clicked() {
            tab.dialog = Some(FinanceDialog::Make(Box::new(MakeInvoicesDialog::new(cx))));
        }
        if ui.button(cx.i18n.tr("finance-statement")).clicked() {
            tab.dialog = Some(FinanceDialog::Statement(Box::new(StatementDialog::new(cx))));
        }
        if ui.button(cx.i18n.tr("finance-month-schedule")).clicked() {
            tab.dialog = Some(FinanceDialog::MonthSchedule(Box::new(MonthScheduleDialog::new(cx.today))));
        }
        ui.separator();
        let printable: Vec<InvoiceId> =
            shown.iter().filter(|i| i.status != InvoiceStatus::Draft).map(|i| i.id).collect();
        match batch {
            Some(progress) => {
                let fraction = progress.done as f32 / progress.total.max(1) as f32;
                ui.add(egui::ProgressBar::new(fraction).desired_width(220.0).text(cx.i18n.tr_args(
                    "batch-progress",
                    &[("done", Arg::from(progress.done)), ("total", Arg::from(progress.total))],
                )));
                if ui.button(cx.i18n.tr("button-cancel")).clicked() {
                    cx.send(AppCommand::CancelBatch);
                }
            }
            None => {
                let label = cx.i18n.tr_args("batch-print", &[("count", Arg::from(printable.len()))]);
                ui.add_enabled_ui(!printable.is_empty(), |ui| {
                    ui.menu_button(label, |ui| {
                        if ui.button(cx.i18n.tr("batch-one-file")).clicked() {
                            cx.send(AppCommand::BatchPrint { ids: printable.clone(), one_file: true });
                        }
                        if ui.button(cx.i18n.tr("batch-folder")).clicked() {
                            cx.send(AppCommand::BatchPrint { ids: printable.clone(), one_file: false });
                        }
                    });
                });
            }
        }
    });
}

fn table_ui(ui: &mut Ui, tab: &mut FinanceTab, shown: &[&Invoice], cx: &Cx<'_>) {
    let mut confirm = None;
    // On a narrow window the row's actions become one menu and the columns
    // narrower, so that every invoice's actions stay in view.
    let compact = ui.available_width() < 1180.0;
    let (number, kind, date, status, actions) =
        if compact { (80.0, 80.0, 95.0, 150.0, 90.0) } else { (90.0, 90.0, 110.0, 160.0, 260.0) };
    let fixed = number + kind + theme::AMOUNT_WIDTH + 2.0 * date + status + actions;
    let spacing = 8.0 * ui.spacing().item_spacing.x;
    let customer = if compact { (ui.available_width() - fixed - spacing).max(120.0) } else { 240.0 };
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    TableBuilder::new(ui)
        .id_salt(("finance_table", compact))
        .striped(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(number))
        .column(Column::exact(kind))
        .column(Column::exact(customer).clip(true))
        .column(Column::exact(theme::AMOUNT_WIDTH))
        .column(Column::exact(date))
        .column(Column::exact(date))
        .column(Column::exact(status))
        .column(Column::remainder().at_least(actions))
        .header(theme::ROW_HEIGHT, |mut header| {
            for key in [
                "finance-number",
                "finance-kind",
                "finance-customer",
                "column-amount",
                "pdf-invoice-date",
                "pdf-due-date",
                "column-status",
                "",
            ] {
                header.col(|ui| {
                    if key == "column-amount" {
                        widgets::amount_cell(ui, RichText::new(cx.i18n.tr(key)).strong());
                    } else if !key.is_empty() {
                        ui.label(RichText::new(cx.i18n.tr(key)).strong());
                    }
                });
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT + 4.0, shown.len(), |mut row| {
                let Some(invoice) = shown.get(row.index()) else { return };
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
                        invoice
                            .funding
                            .map(|f| funding_label(cx.i18n, &cx.view.groups.funding_sources, f))
                            .unwrap_or_default(),
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
                row.col(|ui| {
                    let dialog = if compact {
                        // On a narrow window the actions sit in one menu, so that none is cut off.
                        ui.menu_button(cx.i18n.tr("finance-actions"), |ui| actions_cell_ui(ui, invoice, cx))
                            .inner
                            .flatten()
                    } else {
                        actions_cell_ui(ui, invoice, cx)
                    };
                    if let Some(dialog) = dialog {
                        confirm = Some(dialog);
                    }
                });
            });
        });
    if let Some(dialog) = confirm {
        tab.dialog = Some(dialog);
    }
}

/// The status of an invoice, in its colour: overdue, paid on a date, draft, …
fn status_cell_ui(ui: &mut Ui, invoice: &Invoice, cx: &Cx<'_>) {
    let colours = theme::palette(ui.visuals());
    let overdue = invoice.status == InvoiceStatus::Issued
        && invoice.kind == InvoiceKind::Invoice
        && invoice.due_date().is_some_and(|d| d < cx.today);
    let (text, colour) = match invoice.status {
        _ if overdue => (cx.i18n.tr("finance-status-overdue"), colours.danger),
        InvoiceStatus::Paid => (
            invoice
                .paid_on
                .map(|d| cx.i18n.tr_args("finance-paid-on", &[("date", Arg::from(cx.i18n.date(d)))]))
                .unwrap_or_else(|| status_label(cx.i18n, InvoiceStatus::Paid)),
            colours.success,
        ),
        InvoiceStatus::Draft => (status_label(cx.i18n, invoice.status), colours.warning),
        InvoiceStatus::Issued if invoice.kind == InvoiceKind::CreditNote => {
            (cx.i18n.tr("finance-status-credit-issued"), ui.visuals().text_color())
        }
        status => (status_label(cx.i18n, status), ui.visuals().text_color()),
    };
    ui.label(RichText::new(text).color(colour));
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
        InvoiceStatus::Issued if invoice.kind == InvoiceKind::Invoice => {
            if action(ui, &cx.i18n.tr("finance-mark-paid"), &described("finance-mark-paid")).clicked() {
                cx.send(Command::MarkInvoicePaid(invoice.id));
            }
            if action(ui, &cx.i18n.tr("finance-credit"), &described("finance-credit")).clicked() {
                confirm = Some(FinanceDialog::ConfirmCredit(invoice.id));
            }
        }
        InvoiceStatus::Paid if action(ui, &cx.i18n.tr("finance-credit"), &described("finance-credit")).clicked() => {
            confirm = Some(FinanceDialog::ConfirmCredit(invoice.id));
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
