//! The Finance tab: invoices and credit notes with their status, filters
//! and totals; making invoices for a period (previewed before anything is
//! numbered); issuing, recording payment, crediting; cost statements,
//! month schedules and batch printing.

mod batch;
mod commands;
mod dialogs;
mod payments;
mod table;

use crate::app::coached::funding_label;
use crate::app::{AppCommand, Cx, theme};
use crate::domain::Money;
use crate::domain::finance::invoices::{Invoice, InvoiceId, InvoiceStatus};
use crate::domain::finance::payments::Balance;
use crate::domain::funding::FundingSourceId;
use crate::i18n::{Arg, Language};
use chrono::Datelike;
pub use commands::Command;
use dialogs::{FinanceDialog, MakeInvoicesDialog, MonthScheduleDialog, StatementDialog};
use egui::{RichText, Ui};

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

    /// A payment was recorded or reversed: the payments dialog stays open
    /// with its form made afresh.
    pub fn payment_recorded(&mut self) {
        if let Some(FinanceDialog::Payments(dialog)) = &mut self.dialog {
            dialog.recorded();
        }
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

pub use crate::ops::lists::invoice_status_label as status_label;

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
        table::table_ui(ui, tab, &shown, cx);
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

/// What is outstanding (and overdue), what came in, and what is owed back,
/// over the invoices shown; each amount from the payments themselves.
fn totals_ui(ui: &mut Ui, shown: &[&Invoice], cx: &Cx<'_>) {
    let balances = &cx.view.finance.balances;
    let sum = |amount: &dyn Fn(&Invoice, &Balance) -> Money| -> (Money, usize) {
        shown.iter().filter_map(|i| Some((*i, balances.get(&i.id)?))).map(|(i, b)| amount(i, b)).fold(
            (Money::ZERO, 0),
            |(sum, count), amount| if amount > Money::ZERO { (sum + amount, count + 1) } else { (sum, count) },
        )
    };
    let (outstanding, open) = sum(&|_, b| b.outstanding());
    let (overdue, late) = sum(&|i, b| {
        if i.due_date().is_some_and(|d| d < cx.today) { b.outstanding() } else { Money::ZERO }
    });
    let (paid, paid_count) = sum(&|_, b| b.received);
    let (owed, owed_count) = sum(&|_, b| b.refund_owed());
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
        if owed_count > 0 {
            ui.label("·");
            ui.label(
                RichText::new(cx.i18n.tr_args(
                    "finance-refunds-owed",
                    &[("amount", Arg::from(cx.i18n.money(owed))), ("count", Arg::from(owed_count))],
                ))
                .color(colours.warning),
            );
        }
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
        ui.separator();
        let csv = ui
            .add_enabled(!shown.is_empty(), egui::Button::new(cx.i18n.tr("csv-save")))
            .on_hover_text(cx.i18n.tr_args("csv-save-invoices-hover", &[("count", Arg::from(shown.len()))]));
        if csv.clicked() {
            let ids = shown.iter().map(|i| i.id).collect();
            cx.send(AppCommand::SaveDocument(crate::ops::documents::DocumentRequest::InvoiceList(ids)));
        }
    });
}
