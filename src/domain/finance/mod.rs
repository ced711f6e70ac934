//! Finance (DOMAIN.md): invoices and credit notes for what the programmes
//! cost, and how they are written.

pub mod invoices;
pub mod invoicing;
pub mod issuing;
pub mod payments;

use invoices::Vat;
use serde::{Deserialize, Serialize};

/// How invoices are written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceSettings {
    /// VAT on invoice lines, or exempt.
    pub vat: Vat,
    /// Printed on invoices whose lines are exempt from VAT.
    pub exemption_text: String,
    /// Days between the invoice date and the due date.
    pub payment_days: i64,
}

impl Default for InvoiceSettings {
    fn default() -> Self {
        InvoiceSettings {
            vat: Vat::Exempt,
            exemption_text: "Vrijgesteld van btw op grond van artikel 11, lid 1, onderdeel o, Wet OB 1968.".to_string(),
            payment_days: 30,
        }
    }
}
