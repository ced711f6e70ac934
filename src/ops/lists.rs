//! The words for stored codes in the user's language: list items, roles,
//! time slots, funding sources and invoice statuses. Used by the window and
//! by documents alike, so that a list saved for Excel says what the screen says.

use crate::domain::finance::invoices::{Invoice, InvoiceKind, InvoiceStatus};
use crate::domain::finance::payments::Balance;
use crate::domain::funding::{FundingSource, FundingSourceId};
use crate::domain::slots::{DayPart, TimeSlot};
use crate::domain::{ListItem, ListItemId, Money, Role};
use crate::i18n::{Arg, I18n};
use chrono::NaiveDate;

/// The label of the list item `id` among `items`: its typed name, or the
/// translation of its code; empty when there is none.
pub fn item_label(i18n: &I18n, items: &[ListItem], id: Option<ListItemId>) -> String {
    id.and_then(|id| items.iter().find(|i| i.id == id))
        .map(|item| item.label(|code| i18n.tr(&format!("list-{code}"))))
        .unwrap_or_default()
}

/// The translated name of a role.
pub fn role_name(i18n: &I18n, role: Role) -> String {
    i18n.tr(match role {
        Role::Participant => "role-participant",
        Role::Coach => "role-coach",
        Role::PeerSupporter => "role-peer-supporter",
        Role::CircleChair => "role-circle-chair",
        Role::Mentor => "role-mentor",
    })
}

/// The translated short name of a weekday and part of the day.
pub fn slot_label(i18n: &I18n, slot: TimeSlot) -> String {
    let day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][(slot.weekday as usize).min(6)];
    let part = match slot.part {
        DayPart::Morning => "morning",
        DayPart::Afternoon => "afternoon",
        DayPart::Evening => "evening",
    };
    i18n.tr(&format!("slot-{day}-{part}"))
}

/// The translated full name of a weekday.
pub fn weekday_label(i18n: &I18n, weekday: chrono::Weekday) -> String {
    let day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][weekday.num_days_from_monday() as usize];
    i18n.tr(&format!("weekday-{day}"))
}

/// The translated name of a part of the day.
pub fn day_part_label(i18n: &I18n, part: DayPart) -> String {
    i18n.tr(match part {
        DayPart::Morning => "day-part-morning",
        DayPart::Afternoon => "day-part-afternoon",
        DayPart::Evening => "day-part-evening",
    })
}

/// Several time slots, separated by commas.
pub fn slots_label(i18n: &I18n, slots: &[TimeSlot]) -> String {
    slots.iter().map(|s| slot_label(i18n, *s)).collect::<Vec<_>>().join(", ")
}

/// The label of a funding source in the user's language.
pub fn funding_label(i18n: &I18n, sources: &[FundingSource], id: FundingSourceId) -> String {
    sources.iter().find(|s| s.id == id).map(|s| s.label(|code| i18n.tr(&format!("funding-{code}")))).unwrap_or_default()
}

/// The translated name of a public holiday.
pub fn holiday_name(i18n: &I18n, holiday: crate::domain::calendar::Holiday) -> String {
    use crate::domain::calendar::Holiday;
    i18n.tr(match holiday {
        Holiday::NewYearsDay => "holiday-new-year",
        Holiday::GoodFriday => "holiday-good-friday",
        Holiday::EasterSunday => "holiday-easter-sunday",
        Holiday::EasterMonday => "holiday-easter-monday",
        Holiday::KingsDay => "holiday-kings-day",
        Holiday::LiberationDay => "holiday-liberation-day",
        Holiday::AscensionDay => "holiday-ascension-day",
        Holiday::WhitSunday => "holiday-whit-sunday",
        Holiday::WhitMonday => "holiday-whit-monday",
        Holiday::ChristmasDay => "holiday-christmas-day",
        Holiday::BoxingDay => "holiday-boxing-day",
    })
}

/// The translated name of a group status.
pub fn group_status_label(i18n: &I18n, status: crate::domain::coached::groups::GroupStatus) -> String {
    use crate::domain::coached::groups::GroupStatus;
    i18n.tr(match status {
        GroupStatus::Forming => "group-status-forming",
        GroupStatus::Running => "group-status-running",
        GroupStatus::Completed => "group-status-completed",
        GroupStatus::Cancelled => "group-status-cancelled",
    })
}

/// The translated name of an invoice status.
pub fn invoice_status_label(i18n: &I18n, status: InvoiceStatus) -> String {
    i18n.tr(match status {
        InvoiceStatus::Draft => "finance-status-draft",
        InvoiceStatus::Issued => "finance-status-issued",
        InvoiceStatus::Paid => "finance-status-paid",
        InvoiceStatus::Credited => "finance-status-credited",
    })
}

/// How an invoice's status should catch the eye.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Plain,
    /// Something to do: a draft, a part still open, a refund owed.
    Attention,
    /// Overdue.
    Danger,
    /// Paid.
    Done,
}

/// What an invoice's status says on `today`: overdue, partly paid with the
/// amount still open, paid on a date, refund owed, draft, …
pub fn invoice_status(i18n: &I18n, invoice: &Invoice, balance: &Balance, today: NaiveDate) -> (String, Tone) {
    let overdue = invoice.status == InvoiceStatus::Issued
        && invoice.kind == InvoiceKind::Invoice
        && invoice.due_date().is_some_and(|d| d < today);
    let open = Arg::from(i18n.money(balance.outstanding()));
    let partly = invoice.status == InvoiceStatus::Issued && balance.received > Money::ZERO;
    match invoice.status {
        _ if overdue && partly => (i18n.tr_args("finance-status-overdue-part", &[("amount", open)]), Tone::Danger),
        _ if overdue => (i18n.tr("finance-status-overdue"), Tone::Danger),
        _ if partly => (i18n.tr_args("finance-status-partly-paid", &[("amount", open)]), Tone::Attention),
        InvoiceStatus::Credited if balance.refund_owed() > Money::ZERO => (
            i18n.tr_args("finance-status-refund-owed", &[("amount", Arg::from(i18n.money(balance.refund_owed())))]),
            Tone::Attention,
        ),
        InvoiceStatus::Paid => (
            invoice
                .paid_on
                .map(|d| i18n.tr_args("finance-paid-on", &[("date", Arg::from(i18n.date(d)))]))
                .unwrap_or_else(|| invoice_status_label(i18n, InvoiceStatus::Paid)),
            Tone::Done,
        ),
        InvoiceStatus::Draft => (invoice_status_label(i18n, invoice.status), Tone::Attention),
        InvoiceStatus::Issued if invoice.kind == InvoiceKind::CreditNote => {
            (i18n.tr("finance-status-credit-issued"), Tone::Plain)
        }
        status => (invoice_status_label(i18n, status), Tone::Plain),
    }
}
