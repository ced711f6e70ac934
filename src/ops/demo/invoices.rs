//! Demo invoices for this year and last year in every state: paid, partly
//! paid, issued, one draft, and one that was paid and then corrected by a
//! credit note (its refund owed).

use crate::domain::Money;
use crate::domain::finance::invoices::InvoiceId;
use crate::domain::finance::payments::{PaymentDraft, PaymentKind};
use crate::i18n::{I18n, Language};
use crate::ops::documents::LoadedData;
use crate::ops::invoicing::invoice_drafts;
use crate::store::{Result, Store, StoreError};
use chrono::{Datelike, Days, NaiveDate};

/// How many invoices the demo wrote.
pub fn write_invoices_demo(store: &mut Store, today: NaiveDate) -> Result<usize> {
    let i18n = I18n::new(Language::Dutch);
    let mut written = 0;
    // Read once: the two years' groups are apart, so last year's invoices
    // do not change what this year's drafts hold.
    let data = LoadedData::load(store)?;
    for year in [today.year() - 1, today.year()] {
        let (Some(from), Some(end)) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31))
        else {
            continue;
        };
        let to = end.min(today);
        let drafts = invoice_drafts(&data.library(), from, to, &i18n);
        let ids = store.create_invoices(&drafts)?;
        written += ids.len();
        let current = year == today.year();
        for (index, id) in ids.iter().enumerate() {
            // This year's newest invoice stays a draft, to show that state too.
            if current && index + 1 == ids.len() {
                continue;
            }
            let issued_on = if current {
                to.checked_sub_days(Days::new(40 - (index as u64 * 3).min(35))).unwrap_or(to)
            } else {
                NaiveDate::from_ymd_opt(year, 12, 10).unwrap_or(to)
            };
            store.issue_invoice(*id, issued_on)?;
            let after = |days: u64| issued_on.checked_add_days(Days::new(days)).unwrap_or(issued_on).min(today);
            let paid = !current || index % 3 == 0;
            if index == 1 {
                pay(store, *id, after(3), 1)?;
                store.credit_invoice(*id, after(5))?;
            } else if paid {
                pay(store, *id, after(21), 1)?;
            } else if index == 2 {
                pay(store, *id, after(14), 2)?;
            }
        }
    }
    Ok(written)
}

/// Records a payment of the `1 / part`-th of what `id` has outstanding.
fn pay(store: &mut Store, id: InvoiceId, on: NaiveDate, part: i64) -> Result<()> {
    let invoice = store.invoices()?.into_iter().find(|i| i.id == id).ok_or(StoreError::NotFound("invoice"))?;
    let amount = invoice.totals().total.divided_by(part).unwrap_or(Money::ZERO);
    if amount > Money::ZERO {
        let draft = PaymentDraft { kind: PaymentKind::Received, date: Some(on), amount: Some(amount) };
        store.record_payment(id, &draft)?;
    }
    Ok(())
}
