//! Demo invoices for this year and last year in every state: paid, issued,
//! one draft, and one corrected by a credit note.

use crate::i18n::{I18n, Language};
use crate::ops::documents::LoadedData;
use crate::ops::invoicing::invoice_drafts;
use crate::store::{Result, Store};
use chrono::{Datelike, Days, NaiveDate};

/// How many invoices the demo wrote.
pub fn write_invoices_demo(store: &mut Store, today: NaiveDate) -> Result<usize> {
    let i18n = I18n::new(Language::Dutch);
    let mut written = 0;
    for year in [today.year() - 1, today.year()] {
        let (Some(from), Some(end)) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31))
        else {
            continue;
        };
        let to = end.min(today);
        let data = LoadedData::load(store)?;
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
            let paid = !current || index % 3 == 0;
            if index == 1 {
                store.credit_invoice(*id, issued_on.checked_add_days(Days::new(5)).unwrap_or(issued_on).min(today))?;
            } else if paid {
                store.mark_invoice_paid(
                    *id,
                    issued_on.checked_add_days(Days::new(21)).unwrap_or(issued_on).min(today),
                )?;
            }
        }
    }
    Ok(written)
}
