//! Dialogs of the Finance tab: invoices for a period (previewed before
//! anything is created), a cost statement, a month schedule, and the
//! confirmation before crediting an invoice.

use super::Command;
use crate::app::coached::funding_label;
use crate::app::{AppCommand, Cx, theme, widgets};
use crate::domain::Money;
use crate::domain::finance::invoices::InvoiceDraft;
use crate::domain::finance::invoices::InvoiceId;
use crate::domain::finance::issuing::{Missing, missing_for_issue, next_number};
use crate::domain::funding::FundingSourceId;
use crate::i18n::{Arg, I18n, Language};
use crate::ops::documents::DocumentRequest;
use crate::ops::invoicing::invoice_drafts;
use chrono::{Datelike, NaiveDate};
use egui::RichText;

/// An open dialog of the Finance tab.
pub enum FinanceDialog {
    Make(Box<MakeInvoicesDialog>),
    Statement(Box<StatementDialog>),
    MonthSchedule(Box<MonthScheduleDialog>),
    ConfirmCredit(InvoiceId),
    ConfirmIssue(InvoiceId),
    Payments(Box<super::payments::PaymentsDialog>),
}

impl FinanceDialog {
    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        match self {
            FinanceDialog::Make(d) => d.show(ctx, cx),
            FinanceDialog::Statement(d) => d.show(ctx, cx),
            FinanceDialog::MonthSchedule(d) => d.show(ctx, cx),
            FinanceDialog::ConfirmCredit(id) => confirm_credit_ui(ctx, cx, *id),
            FinanceDialog::ConfirmIssue(id) => confirm_issue_ui(ctx, cx, *id),
            FinanceDialog::Payments(d) => d.show(ctx, cx),
        }
    }
}

/// "Make invoices for period…": shows what will be created first.
pub struct MakeInvoicesDialog {
    from: String,
    to: String,
    /// The preview, made again only when the period, the data or the
    /// document language changes.
    preview: Option<(NaiveDate, NaiveDate, u64, Language, Vec<InvoiceDraft>)>,
}

impl MakeInvoicesDialog {
    /// From the first day of this year until today.
    pub fn new(cx: &Cx<'_>) -> Self {
        let first = NaiveDate::from_ymd_opt(cx.today.year(), 1, 1).unwrap_or(cx.today);
        MakeInvoicesDialog { from: cx.i18n.date(first), to: cx.i18n.date(cx.today), preview: None }
    }

    fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let title = cx.i18n.tr("finance-make-title");
        widgets::dialog_ui(ctx, "make_invoices", 760.0, &title, |ui| {
            let period = widgets::period_rows(ui, cx.i18n, &mut self.from, &mut self.to);
            // The lines are written in the language the documents are printed
            // in, so an invoice does not mix two languages.
            let language = cx.document_language;
            widgets::hint(
                ui,
                &cx.i18n.tr_args("finance-make-language", &[("language", Arg::from(language.native_name()))]),
            );
            let drafts: &[InvoiceDraft] = match period {
                Some((from, to)) => {
                    let key = (from, to, cx.view.generation, language);
                    let fresh = self.preview.as_ref().is_some_and(|(f, t, g, l, _)| (*f, *t, *g, *l) == key);
                    if !fresh {
                        let drafts = invoice_drafts(&cx.view.library(), from, to, &I18n::new(language));
                        self.preview = Some((from, to, cx.view.generation, language, drafts));
                    }
                    self.preview.as_ref().map(|(_, _, _, _, drafts)| drafts.as_slice()).unwrap_or_default()
                }
                None => &[],
            };
            ui.add_space(theme::GAP);
            if period.is_some() && drafts.is_empty() {
                widgets::hint(ui, &cx.i18n.tr("finance-make-nothing"));
            }
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                egui::Grid::new("make_preview").num_columns(3).striped(true).spacing([theme::GAP * 2.0, 6.0]).show(
                    ui,
                    |ui| {
                        if !drafts.is_empty() {
                            for key in ["finance-customer", "finance-lines", "column-amount"] {
                                ui.label(RichText::new(cx.i18n.tr(key)).strong());
                            }
                            ui.end_row();
                        }
                        for draft in drafts {
                            ui.label(&draft.customer.name);
                            ui.label(draft.lines.len().to_string());
                            widgets::amount_cell(ui, RichText::new(cx.i18n.money(draft.total())));
                            ui.end_row();
                        }
                    },
                );
            });
            let total = drafts.iter().fold(Money::ZERO, |sum, d| sum + d.total());
            if !drafts.is_empty() {
                ui.label(
                    RichText::new(cx.i18n.tr_args(
                        "finance-make-total",
                        &[("count", Arg::from(drafts.len())), ("amount", Arg::from(cx.i18n.money(total)))],
                    ))
                    .strong(),
                );
            }
            let confirm = cx.i18n.tr_args("finance-make-confirm", &[("count", Arg::from(drafts.len()))]);
            let (ok, cancel) = widgets::dialog_buttons(ui, cx.i18n, &confirm, !drafts.is_empty(), None);
            if ok {
                cx.send(Command::CreateInvoices(drafts.to_vec()));
            }
            cancel
        })
    }
}

/// A cost statement of one funding source over a period.
pub struct StatementDialog {
    source: Option<FundingSourceId>,
    from: String,
    to: String,
}

impl StatementDialog {
    /// This year so far.
    pub fn new(cx: &Cx<'_>) -> Self {
        let first = NaiveDate::from_ymd_opt(cx.today.year(), 1, 1).unwrap_or(cx.today);
        StatementDialog { source: None, from: cx.i18n.date(first), to: cx.i18n.date(cx.today) }
    }

    fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let title = cx.i18n.tr("finance-statement-title");
        widgets::dialog_ui(ctx, "statement_dialog", 620.0, &title, |ui| {
            let mut close = false;
            ui.horizontal(|ui| {
                let label = ui.label(cx.i18n.tr("column-funding"));
                let sources = &cx.view.groups.funding_sources;
                let shown = self
                    .source
                    .map(|s| funding_label(cx.i18n, sources, s))
                    .unwrap_or_else(|| cx.i18n.tr("form-group-choose"));
                egui::ComboBox::from_id_salt("statement_source")
                    .selected_text(shown)
                    .width(theme::FIELD_WIDTH)
                    .show_ui(ui, |ui| {
                        for source in sources {
                            ui.selectable_value(
                                &mut self.source,
                                Some(source.id),
                                funding_label(cx.i18n, sources, source.id),
                            );
                        }
                    })
                    .response
                    .labelled_by(label.id);
            });
            let period = widgets::period_rows(ui, cx.i18n, &mut self.from, &mut self.to);
            let (ok, cancel) = widgets::dialog_buttons(
                ui,
                cx.i18n,
                &cx.i18n.tr("finance-save-pdf"),
                period.is_some() && self.source.is_some(),
                None,
            );
            if ok && let (Some((from, to)), Some(source)) = (period, self.source) {
                cx.send(AppCommand::SaveDocument(DocumentRequest::FundingStatement { source, from, to }));
                close = true;
            }
            close |= cancel;
            close
        })
    }
}

/// Every session of the organisation in one month.
pub struct MonthScheduleDialog {
    year: i32,
    month: u32,
}

impl MonthScheduleDialog {
    /// Next month.
    pub fn new(today: NaiveDate) -> Self {
        let next = today.checked_add_months(chrono::Months::new(1)).unwrap_or(today);
        MonthScheduleDialog { year: next.year(), month: next.month() }
    }

    fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let title = cx.i18n.tr("finance-month-title");
        widgets::dialog_ui(ctx, "month_dialog", 460.0, &title, |ui| {
            let mut close = false;
            ui.horizontal(|ui| {
                let label = ui.label(cx.i18n.tr("finance-month"));
                egui::ComboBox::from_id_salt("month_pick")
                    .selected_text(cx.i18n.tr(&format!("month-{}", self.month)))
                    .show_ui(ui, |ui| {
                        for month in 1..=12 {
                            ui.selectable_value(&mut self.month, month, cx.i18n.tr(&format!("month-{month}")));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                let label = ui.label(cx.i18n.tr("finance-year"));
                ui.add(egui::DragValue::new(&mut self.year).range(2000..=2100)).labelled_by(label.id);
            });
            let (ok, cancel) = widgets::dialog_buttons(ui, cx.i18n, &cx.i18n.tr("finance-save-pdf"), true, None);
            if ok {
                cx.send(AppCommand::SaveDocument(DocumentRequest::MonthSchedule {
                    year: self.year,
                    month: self.month,
                }));
                close = true;
            }
            close |= cancel;
            close
        })
    }
}

fn confirm_credit_ui(ctx: &egui::Context, cx: &Cx<'_>, id: InvoiceId) -> bool {
    let number =
        cx.view.finance.invoices.iter().find(|i| i.id == id).and_then(|i| i.number.clone()).unwrap_or_default();
    let title = cx.i18n.tr_args("finance-credit-title", &[("number", Arg::from(number.as_str()))]);
    widgets::dialog_ui(ctx, "confirm_credit", 460.0, &title, |ui| {
        let mut close = false;
        ui.label(cx.i18n.tr_args("finance-credit-explain", &[("date", Arg::from(cx.i18n.date(cx.today)))]));
        let received = cx.view.finance.balances.get(&id).map(|b| b.received).unwrap_or_default();
        if received > Money::ZERO {
            ui.label(cx.i18n.tr_args("finance-credit-refund", &[("amount", Arg::from(cx.i18n.money(received)))]));
        }
        let (ok, cancel) = widgets::dialog_buttons(ui, cx.i18n, &cx.i18n.tr("finance-credit-confirm"), true, None);
        if ok {
            cx.send(Command::CreditInvoice(id));
            close = true;
        }
        close |= cancel;
        close
    })
}

/// Issuing gives a permanent number: say which, and what is still missing.
fn confirm_issue_ui(ctx: &egui::Context, cx: &Cx<'_>, id: InvoiceId) -> bool {
    let Some(invoice) = cx.view.finance.invoices.iter().find(|i| i.id == id) else { return true };
    let missing = missing_for_issue(invoice, &cx.view.settings.organisation);
    let number = next_number(&cx.view.finance.invoices, cx.today);
    let title = cx.i18n.tr_args("finance-issue-title", &[("customer", Arg::from(invoice.customer.name.as_str()))]);
    widgets::dialog_ui(ctx, "confirm_issue", 520.0, &title, |ui| {
        if missing.is_empty() {
            let date = Arg::from(cx.i18n.date(cx.today));
            ui.label(
                cx.i18n.tr_args("finance-issue-explain", &[("number", Arg::from(number.as_str())), ("date", date)]),
            );
        } else {
            ui.label(RichText::new(cx.i18n.tr("finance-issue-missing")).color(theme::palette(ui.visuals()).danger));
            for what in &missing {
                ui.label(format!("• {}", cx.i18n.tr(missing_id(*what))));
            }
        }
        ui.add_space(theme::GAP);
        let confirm = cx.i18n.tr_args("finance-issue-confirm", &[("number", Arg::from(number.as_str()))]);
        let (ok, cancel) = widgets::dialog_buttons(ui, cx.i18n, &confirm, missing.is_empty(), None);
        if ok {
            cx.send(Command::IssueInvoice(id));
        }
        ok || cancel
    })
}

fn missing_id(missing: Missing) -> &'static str {
    match missing {
        Missing::OrganisationName => "finance-missing-organisation-name",
        Missing::OrganisationAddress => "finance-missing-organisation-address",
        Missing::ChamberOfCommerce => "finance-missing-chamber-of-commerce",
        Missing::Iban => "finance-missing-iban",
        Missing::VatNumber => "finance-missing-vat-number",
        Missing::CustomerName => "finance-missing-customer-name",
        Missing::CustomerAddress => "finance-missing-customer-address",
    }
}
