//! Dialogs of the Finance tab: invoices for a period (previewed before
//! anything is created), a cost statement, a month schedule, and the
//! confirmation before crediting an invoice.

use crate::app::groups::funding_label;
use crate::app::{Command, ViewData, theme, widgets};
use crate::documents::{DocumentRequest, invoice_drafts};
use crate::domain::Money;
use crate::domain::groups::FundingSourceId;
use crate::domain::invoices::InvoiceDraft;
use crate::domain::invoices::InvoiceId;
use crate::i18n::{Arg, I18n};
use chrono::{Datelike, NaiveDate};
use egui::RichText;

/// An open dialog of the Finance tab.
pub enum FinanceDialog {
    Make(Box<MakeInvoicesDialog>),
    Statement(Box<StatementDialog>),
    MonthSchedule(Box<MonthScheduleDialog>),
    ConfirmCredit(InvoiceId),
}

impl FinanceDialog {
    /// Draws the dialog; true when it should close.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        view: &ViewData,
        i18n: &I18n,
        today: NaiveDate,
        commands: &mut Vec<Command>,
    ) -> bool {
        match self {
            FinanceDialog::Make(d) => d.show(ctx, view, i18n, commands),
            FinanceDialog::Statement(d) => d.show(ctx, view, i18n, commands),
            FinanceDialog::MonthSchedule(d) => d.show(ctx, i18n, commands),
            FinanceDialog::ConfirmCredit(id) => confirm_credit_ui(ctx, view, i18n, today, *id, commands),
        }
    }
}

/// "Make invoices for period…": shows what will be created first.
pub struct MakeInvoicesDialog {
    from: String,
    to: String,
    /// The preview, made again only when the period or the data changes.
    preview: Option<(NaiveDate, NaiveDate, u64, Vec<InvoiceDraft>)>,
}

impl MakeInvoicesDialog {
    /// From the first day of this year until today.
    pub fn new(today: NaiveDate, i18n: &I18n) -> Self {
        let first = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
        MakeInvoicesDialog { from: i18n.date(first), to: i18n.date(today), preview: None }
    }

    fn show(&mut self, ctx: &egui::Context, view: &ViewData, i18n: &I18n, commands: &mut Vec<Command>) -> bool {
        let mut close = false;
        let response = egui::Modal::new(egui::Id::unique("make_invoices")).show(ctx, |ui| {
            ui.set_width(760.0);
            ui.label(RichText::new(i18n.tr("finance-make-title")).heading().strong());
            widgets::hint(ui, &i18n.tr("finance-make-hint"));
            ui.add_space(theme::GAP);
            let period = widgets::period_rows(ui, i18n, &mut self.from, &mut self.to);
            let drafts: &[InvoiceDraft] = match period {
                Some((from, to)) => {
                    let fresh = self
                        .preview
                        .as_ref()
                        .is_some_and(|(f, t, generation, _)| (*f, *t, *generation) == (from, to, view.generation));
                    if !fresh {
                        let drafts = invoice_drafts(&view.library(), from, to, i18n);
                        self.preview = Some((from, to, view.generation, drafts));
                    }
                    self.preview.as_ref().map(|(_, _, _, drafts)| drafts.as_slice()).unwrap_or_default()
                }
                None => &[],
            };
            ui.add_space(theme::GAP);
            if period.is_some() && drafts.is_empty() {
                widgets::hint(ui, &i18n.tr("finance-make-nothing"));
            }
            egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                egui::Grid::new("make_preview").num_columns(3).striped(true).spacing([theme::GAP * 2.0, 6.0]).show(
                    ui,
                    |ui| {
                        if !drafts.is_empty() {
                            for key in ["finance-customer", "finance-lines", "column-amount"] {
                                ui.label(RichText::new(i18n.tr(key)).strong());
                            }
                            ui.end_row();
                        }
                        for draft in drafts {
                            ui.label(&draft.customer.name);
                            ui.label(draft.lines.len().to_string());
                            widgets::amount_cell(ui, RichText::new(i18n.money(draft.total())));
                            ui.end_row();
                        }
                    },
                );
            });
            let total = drafts.iter().fold(Money::ZERO, |sum, d| sum + d.total());
            if !drafts.is_empty() {
                ui.label(
                    RichText::new(i18n.tr_args(
                        "finance-make-total",
                        &[("count", Arg::from(drafts.len())), ("amount", Arg::from(i18n.money(total)))],
                    ))
                    .strong(),
                );
            }
            let confirm = i18n.tr_args("finance-make-confirm", &[("count", Arg::from(drafts.len()))]);
            let (ok, cancel) = widgets::dialog_buttons(ui, i18n, &confirm, !drafts.is_empty(), None);
            if ok {
                commands.push(Command::CreateInvoices(drafts.to_vec()));
            }
            close = cancel;
        });
        close || response.should_close()
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
    pub fn new(today: NaiveDate, i18n: &I18n) -> Self {
        let first = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
        StatementDialog { source: None, from: i18n.date(first), to: i18n.date(today) }
    }

    fn show(&mut self, ctx: &egui::Context, view: &ViewData, i18n: &I18n, commands: &mut Vec<Command>) -> bool {
        let mut close = false;
        let response = egui::Modal::new(egui::Id::unique("statement_dialog")).show(ctx, |ui| {
            ui.set_width(620.0);
            ui.label(RichText::new(i18n.tr("finance-statement-title")).heading().strong());
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                let label = ui.label(i18n.tr("column-funding"));
                let sources = &view.groups.funding_sources;
                let shown = self
                    .source
                    .map(|s| funding_label(i18n, sources, s))
                    .unwrap_or_else(|| i18n.tr("form-group-choose"));
                egui::ComboBox::from_id_salt("statement_source")
                    .selected_text(shown)
                    .width(theme::FIELD_WIDTH)
                    .show_ui(ui, |ui| {
                        for source in sources {
                            ui.selectable_value(
                                &mut self.source,
                                Some(source.id),
                                funding_label(i18n, sources, source.id),
                            );
                        }
                    })
                    .response
                    .labelled_by(label.id);
            });
            let period = widgets::period_rows(ui, i18n, &mut self.from, &mut self.to);
            let (ok, cancel) = widgets::dialog_buttons(
                ui,
                i18n,
                &i18n.tr("finance-save-pdf"),
                period.is_some() && self.source.is_some(),
                None,
            );
            if ok && let (Some((from, to)), Some(source)) = (period, self.source) {
                commands.push(Command::SaveDocument(DocumentRequest::FundingStatement { source, from, to }));
                close = true;
            }
            close |= cancel;
        });
        close || response.should_close()
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

    fn show(&mut self, ctx: &egui::Context, i18n: &I18n, commands: &mut Vec<Command>) -> bool {
        let mut close = false;
        let response = egui::Modal::new(egui::Id::unique("month_dialog")).show(ctx, |ui| {
            ui.set_width(460.0);
            ui.label(RichText::new(i18n.tr("finance-month-title")).heading().strong());
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                let label = ui.label(i18n.tr("finance-month"));
                egui::ComboBox::from_id_salt("month_pick")
                    .selected_text(i18n.tr(&format!("month-{}", self.month)))
                    .show_ui(ui, |ui| {
                        for month in 1..=12 {
                            ui.selectable_value(&mut self.month, month, i18n.tr(&format!("month-{month}")));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                let label = ui.label(i18n.tr("finance-year"));
                ui.add(egui::DragValue::new(&mut self.year).range(2000..=2100)).labelled_by(label.id);
            });
            let (ok, cancel) = widgets::dialog_buttons(ui, i18n, &i18n.tr("finance-save-pdf"), true, None);
            if ok {
                commands
                    .push(Command::SaveDocument(DocumentRequest::MonthSchedule { year: self.year, month: self.month }));
                close = true;
            }
            close |= cancel;
        });
        close || response.should_close()
    }
}

fn confirm_credit_ui(
    ctx: &egui::Context,
    view: &ViewData,
    i18n: &I18n,
    today: NaiveDate,
    id: InvoiceId,
    commands: &mut Vec<Command>,
) -> bool {
    let number = view.finance.invoices.iter().find(|i| i.id == id).and_then(|i| i.number.clone()).unwrap_or_default();
    let mut close = false;
    let response = egui::Modal::new(egui::Id::unique("confirm_credit")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.label(
            RichText::new(i18n.tr_args("finance-credit-title", &[("number", Arg::from(number.as_str()))]))
                .strong()
                .size(16.0),
        );
        ui.add_space(theme::GAP);
        ui.label(i18n.tr_args("finance-credit-explain", &[("date", Arg::from(i18n.date(today)))]));
        let (ok, cancel) = widgets::dialog_buttons(ui, i18n, &i18n.tr("finance-credit-confirm"), true, None);
        if ok {
            commands.push(Command::CreditInvoice(id));
            close = true;
        }
        close |= cancel;
    });
    close || response.should_close()
}
