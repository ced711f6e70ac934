//! What the Finance tab asks for, applied through the store after the frame.

use super::FinanceTab;
use crate::app::outcome::{Changed, Env, Outcome};
use crate::domain::finance::invoices::{InvoiceDraft, InvoiceId};
use crate::domain::finance::payments::{PaymentDraft, PaymentId, PaymentKind};
use crate::i18n::Arg;
use crate::store::StoreError;

/// One thing the user asked for on the Finance tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    CreateInvoices(Vec<InvoiceDraft>),
    IssueInvoice(InvoiceId),
    DeleteDraftInvoice(InvoiceId),
    RecordPayment(InvoiceId, PaymentDraft),
    ReversePayment(PaymentId),
    CreditInvoice(InvoiceId),
}

impl Command {
    /// Applies the command; the tab hears of a success.
    pub(crate) fn apply(self, tab: &mut FinanceTab, env: Env<'_>) -> Result<Outcome, StoreError> {
        let (store, i18n, today) = (env.store, env.i18n, env.today);
        let message = match self {
            Command::CreateInvoices(drafts) => {
                let ids = store.create_invoices(&drafts)?;
                tab.saved();
                i18n.tr_args("toast-invoices-created", &[("count", Arg::from(ids.len()))])
            }
            Command::IssueInvoice(id) => {
                let number = store.issue_invoice(id, today)?;
                i18n.tr_args("toast-invoice-issued", &[("number", Arg::from(number))])
            }
            Command::DeleteDraftInvoice(id) => {
                store.delete_draft_invoice(id)?;
                i18n.tr("toast-draft-deleted")
            }
            Command::RecordPayment(id, draft) => {
                store.record_payment(id, &draft)?;
                tab.payment_recorded();
                let amount = Arg::from(draft.amount.map(|a| i18n.money(a)).unwrap_or_default());
                match draft.kind {
                    PaymentKind::Received => i18n.tr_args("toast-invoice-paid", &[("amount", amount)]),
                    PaymentKind::Refund => i18n.tr_args("toast-invoice-refunded", &[("amount", amount)]),
                }
            }
            Command::ReversePayment(id) => {
                store.reverse_payment(id, today)?;
                tab.payment_recorded();
                i18n.tr("toast-payment-reversed")
            }
            Command::CreditInvoice(id) => {
                store.credit_invoice(id, today)?;
                i18n.tr("toast-invoice-credited")
            }
        };
        Ok(Outcome::new(message, Changed::FINANCE))
    }
}
