//! "Payments…" of one invoice: what it costs, what came in and what was
//! paid back, the history of every entry (reversed ones struck through but
//! kept), a form for the next payment or refund, and the reversal of a
//! mistaken entry after a confirmation.

use super::Command;
use crate::app::{Cx, theme, widgets};
use crate::domain::Money;
use crate::domain::finance::invoices::{Invoice, InvoiceId};
use crate::domain::finance::payments::{Balance, Payment, PaymentDraft, PaymentId, PaymentKind, field, next_kind};
use crate::i18n::format::{amount, parse_date};
use crate::i18n::{Arg, I18n};
use egui::{RichText, Ui};

/// The payments dialog of one invoice.
pub struct PaymentsDialog {
    invoice: InvoiceId,
    date: String,
    /// `None` until filled with what is open when the dialog opens; left
    /// empty after an entry, so that a double click on the button never
    /// records the rest as a second payment.
    amount: Option<String>,
    /// The entry whose reversal waits for a confirmation.
    reversing: Option<PaymentId>,
}

impl PaymentsDialog {
    /// The dialog of `invoice`, dated today.
    pub fn new(cx: &Cx<'_>, invoice: InvoiceId) -> Self {
        PaymentsDialog { invoice, date: cx.i18n.date(cx.today), amount: None, reversing: None }
    }

    /// An entry was recorded or reversed: the form starts again empty.
    pub fn recorded(&mut self) {
        self.amount = Some(String::new());
        self.reversing = None;
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let Some(invoice) = cx.view.finance.invoices.iter().find(|i| i.id == self.invoice) else { return true };
        let payments: Vec<&Payment> = cx.view.finance.payments.iter().filter(|p| p.invoice == invoice.id).collect();
        // Made when the data was read, not again in every frame.
        let balance = cx.view.finance.balances.get(&invoice.id).copied().unwrap_or_default();
        let number = invoice.number.clone().unwrap_or_default();
        let title = cx.i18n.tr_args("payments-title", &[("number", Arg::from(number.as_str()))]);
        widgets::dialog_ui(ctx, "payments_dialog", 640.0, &title, |ui| {
            summary_ui(ui, cx.i18n, invoice, &balance);
            ui.add_space(theme::GAP);
            self.history_ui(ui, cx, &payments, &balance);
            ui.add_space(theme::GAP);
            match next_kind(invoice, &balance) {
                Some(kind) if cx.writable() => self.form_ui(ui, cx, invoice, &balance, kind),
                _ => {
                    widgets::hint(ui, &cx.i18n.tr(settled_id(&balance)));
                    ui.separator();
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.button(cx.i18n.tr("button-close")).clicked()
                    })
                    .inner
                }
            }
        })
    }

    fn history_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, payments: &[&Payment], balance: &Balance) {
        widgets::section_heading(ui, &cx.i18n.tr("payments-history"));
        if payments.is_empty() {
            widgets::hint(ui, &cx.i18n.tr("payments-none"));
            return;
        }
        let muted = theme::palette(ui.visuals()).muted;
        egui::ScrollArea::vertical().max_height(200.0).show(ui, |ui| {
            egui::Grid::new("payments_history").num_columns(4).striped(true).spacing([theme::GAP * 2.0, 6.0]).show(
                ui,
                |ui| {
                    for payment in payments {
                        let text = |s: String| {
                            let text = RichText::new(s);
                            if payment.counts() { text } else { text.strikethrough().color(muted) }
                        };
                        ui.label(text(cx.i18n.date(payment.date)));
                        ui.label(text(cx.i18n.tr(kind_id(payment.kind))));
                        widgets::amount_cell(ui, text(cx.i18n.money(payment.amount)));
                        match payment.reversed_on {
                            Some(on) => {
                                let when = Arg::from(cx.i18n.date(on));
                                ui.label(
                                    RichText::new(cx.i18n.tr_args("payments-reversed-on", &[("date", when)]))
                                        .color(muted),
                                );
                            }
                            None if cx.writable() && balance.may_reverse(payment) => {
                                let button = ui.small_button(cx.i18n.tr("payments-reverse"));
                                let described =
                                    format!("{} {}", cx.i18n.tr("payments-reverse"), cx.i18n.date(payment.date));
                                button.widget_info(|| {
                                    egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &described)
                                });
                                if button.clicked() {
                                    self.reversing = Some(payment.id);
                                }
                            }
                            None => {
                                ui.label("");
                            }
                        }
                        ui.end_row();
                    }
                },
            );
        });
        if let Some(payment) = self.reversing.and_then(|id| payments.iter().find(|p| p.id == id)) {
            self.confirm_reversal_ui(ui, cx, payment);
        }
    }

    /// Asks before a reversal, and says what it does.
    fn confirm_reversal_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, payment: &Payment) {
        widgets::card_ui(ui, |ui| {
            let args =
                [("amount", Arg::from(cx.i18n.money(payment.amount))), ("date", Arg::from(cx.i18n.date(payment.date)))];
            ui.add(egui::Label::new(cx.i18n.tr_args("payments-reverse-explain", &args)).wrap());
            ui.horizontal(|ui| {
                if ui.button(cx.i18n.tr("payments-reverse-confirm")).clicked() {
                    cx.send(Command::ReversePayment(payment.id));
                }
                if ui.button(cx.i18n.tr("payments-reverse-keep")).clicked() {
                    self.reversing = None;
                }
            });
        });
    }

    /// The next payment or refund: date and amount, each problem beside its
    /// field; the button records it.
    fn form_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, invoice: &Invoice, balance: &Balance, kind: PaymentKind) -> bool {
        let language = cx.i18n.language();
        let amount_text = self.amount.get_or_insert_with(|| amount(language, balance.room_for(kind)));
        let draft = PaymentDraft { kind, date: parse_date(&self.date), amount: Money::parse(amount_text) };
        let problems = draft.problems(invoice, balance, cx.today);
        // An empty amount is not yet a mistake: the button waits for one.
        let untouched = amount_text.trim().is_empty();
        let problem = |name: &str| {
            let shown = !(untouched && name == field::AMOUNT);
            problems.for_field(name).filter(|_| shown).map(|p| widgets::problem_text(cx.i18n, p))
        };
        widgets::section_heading(
            ui,
            &cx.i18n.tr(match kind {
                PaymentKind::Received => "payments-new",
                PaymentKind::Refund => "payments-new-refund",
            }),
        );
        egui::Grid::new("payment_form").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            widgets::date_row(ui, cx.i18n, &cx.i18n.tr("payments-date"), &mut self.date, problem(field::DATE));
            widgets::text_row(ui, &cx.i18n.tr("column-amount"), amount_text, 140.0, problem(field::AMOUNT));
        });
        let confirm = cx.i18n.tr(match kind {
            PaymentKind::Received => "payments-record",
            PaymentKind::Refund => "payments-record-refund",
        });
        let (ok, cancel) = widgets::dialog_buttons(ui, cx.i18n, &confirm, problems.is_empty(), None);
        if ok {
            cx.send(Command::RecordPayment(invoice.id, draft));
        }
        cancel
    }
}

/// Total, received, and what is open or owed back.
fn summary_ui(ui: &mut Ui, i18n: &I18n, invoice: &Invoice, balance: &Balance) {
    egui::Grid::new("payments_summary").num_columns(2).spacing([theme::GAP * 2.0, 4.0]).show(ui, |ui| {
        let mut row = |key: &str, money: Money| {
            ui.label(i18n.tr(key));
            widgets::amount_cell(ui, RichText::new(i18n.money(money)));
            ui.end_row();
        };
        row("payments-total", invoice.totals().total);
        row("payments-received", balance.received);
        if balance.credited {
            row("payments-refunded", balance.refunded);
            row("payments-refund-owed", balance.refund_owed());
        } else {
            row("payments-outstanding", balance.outstanding());
        }
    });
}

fn kind_id(kind: PaymentKind) -> &'static str {
    match kind {
        PaymentKind::Received => "payments-kind-received",
        PaymentKind::Refund => "payments-kind-refund",
    }
}

/// Why there is nothing to record.
fn settled_id(balance: &Balance) -> &'static str {
    if balance.credited { "payments-settled-credited" } else { "payments-settled" }
}
