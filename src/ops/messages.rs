//! Sentences for what went wrong below the window and the command line, in
//! the user's language.

use crate::i18n::{Arg, I18n};
use crate::store::{Refusal, StoreError};

/// The sentence for a store error, in the user's language.
pub fn store_error_text(i18n: &I18n, error: &StoreError) -> String {
    let path = |p: &std::path::Path| Arg::from(p.display().to_string());
    match error {
        StoreError::NoSuchFolder(p) => i18n.tr_args("error-no-folder", &[("path", path(p))]),
        StoreError::NotPeerDesk(p) => i18n.tr_args("error-not-peerdesk", &[("path", path(p))]),
        StoreError::TooNew { path: p, .. } => i18n.tr_args("error-too-new", &[("path", path(p))]),
        StoreError::Busy => i18n.tr("error-busy"),
        StoreError::NotFound(_) => i18n.tr("error-not-found"),
        StoreError::Invalid(problems) => {
            i18n.tr_args("error-invalid", &[("fields", Arg::from(problems.fields().join(", ")))])
        }
        StoreError::Refused(Refusal::ListItemExists) => i18n.tr("error-list-item-exists"),
        StoreError::Refused(Refusal::ListItemInUse) => i18n.tr("error-list-item-in-use"),
        StoreError::Refused(Refusal::NotEmpty) => i18n.tr("error-not-empty"),
        StoreError::Refused(Refusal::RegistrationPlaced) => i18n.tr("error-registration-placed"),
        StoreError::Refused(Refusal::InvoiceFrozen) => i18n.tr("error-invoice-frozen"),
        StoreError::Refused(Refusal::AlreadyInvoiced) => i18n.tr("error-already-invoiced"),
        StoreError::Refused(Refusal::PersonElsewhere) => i18n.tr("error-person-elsewhere"),
        StoreError::Refused(Refusal::GroupEnded) => i18n.tr("error-group-ended"),
        StoreError::Refused(Refusal::InvoiceIncomplete) => i18n.tr("error-invoice-incomplete"),
        StoreError::BadRow { table, id, reason } => i18n.tr_args(
            "error-bad-row",
            &[("table", Arg::from(*table)), ("id", Arg::from(*id)), ("reason", Arg::from(reason.as_str()))],
        ),
        StoreError::Database(e) => i18n.tr_args("error-database", &[("reason", Arg::from(e.to_string()))]),
    }
}
