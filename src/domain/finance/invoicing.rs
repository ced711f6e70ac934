//! Which invoices a period needs (DOMAIN.md, programme 1): one per funding
//! source for the registrations of groups formed in the period, and one per
//! registration for people who pay themselves. Nothing is invoiced twice.

use super::invoices::{Customer, InvoiceDraft, InvoiceLine, Unit, Vat};
use crate::domain::coached::groups::{
    Group, GroupStatus, Registration, RegistrationId, RegistrationKind, Session, SessionStatus,
};
use crate::domain::coached::registration_price;
use crate::domain::funding::FundingSource;
use chrono::NaiveDate;
use std::collections::HashSet;

/// The code of the built-in funding source for people who pay themselves:
/// they get an invoice each.
pub const SELF_PAID: &str = "self-paid";

/// What a line describes, for the caller to put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineFacts<'a> {
    pub group: &'a Group,
    pub registration: &'a Registration,
    pub first_session: Option<NaiveDate>,
    pub last_session: Option<NaiveDate>,
    pub sessions: i64,
}

/// How invoices are written.
pub struct InvoiceTerms<'a> {
    pub vat: Vat,
    pub exemption_text: &'a str,
    pub payment_days: i64,
}

/// What the invoices of a period are made from.
pub struct Billable<'a> {
    pub groups: &'a [Group],
    pub registrations: &'a [Registration],
    pub sessions: &'a [Session],
    pub sources: &'a [FundingSource],
    /// Registrations already on an invoice that was not credited.
    pub invoiced: &'a HashSet<RegistrationId>,
}

/// How lines and customers are put into words (in the document's language).
pub struct Wording<'a> {
    pub describe: &'a dyn Fn(&LineFacts<'_>) -> String,
    pub customer_of_source: &'a dyn Fn(&FundingSource) -> Customer,
    pub customer_of_registration: &'a dyn Fn(&Registration) -> Customer,
}

/// The draft invoices for registrations of groups formed between `from` and
/// `to` (inclusive) that are not on an invoice yet. Cancelled groups are
/// not invoiced.
pub fn invoices_for_period(
    from: NaiveDate,
    to: NaiveDate,
    data: &Billable<'_>,
    terms: &InvoiceTerms<'_>,
    wording: &Wording<'_>,
) -> Vec<InvoiceDraft> {
    let Billable { groups, registrations, sessions, sources, invoiced } = *data;
    let Wording { describe, customer_of_source, customer_of_registration } = *wording;
    let mut drafts: Vec<InvoiceDraft> = Vec::new();
    let mut charged: Vec<(&Group, &Registration)> = registrations
        .iter()
        .filter(|r| !invoiced.contains(&r.id))
        .filter_map(|r| {
            let group = groups.iter().find(|g| Some(g.id) == r.group)?;
            let in_period = group.formed_on >= from && group.formed_on <= to;
            (in_period && group.status != GroupStatus::Cancelled).then_some((group, r))
        })
        .collect();
    charged.sort_by_key(|(g, r)| (g.formed_on, g.id, r.id));
    for (group, registration) in charged {
        let Some(source) = sources.iter().find(|s| s.id == registration.funding) else { continue };
        let planned: Vec<&Session> =
            sessions.iter().filter(|s| s.group == group.id && s.status == SessionStatus::Planned).collect();
        let facts = LineFacts {
            group,
            registration,
            first_session: planned.iter().map(|s| s.starts_at.date()).min(),
            last_session: planned.iter().map(|s| s.starts_at.date()).max(),
            sessions: group.pricing.sessions,
        };
        // The invoice's period is when its sessions take place.
        let start = facts.first_session.unwrap_or(group.formed_on);
        let end = facts.last_session.unwrap_or(group.formed_on).max(start);
        let line = invoice_line(describe(&facts), group, registration, terms.vat);
        let per_registration = source.code.as_deref() == Some(SELF_PAID);
        let existing = if per_registration {
            None
        } else {
            drafts
                .iter_mut()
                .find(|d| d.funding == Some(source.id) && d.registrations.iter().all(|r| *r != registration.id))
        };
        match existing {
            Some(draft) => {
                draft.lines.push(line);
                draft.registrations.push(registration.id);
                draft.period_from = draft.period_from.min(start);
                draft.period_to = draft.period_to.max(end);
            }
            None => drafts.push(InvoiceDraft {
                customer: if per_registration {
                    customer_of_registration(registration)
                } else {
                    customer_of_source(source)
                },
                funding: Some(source.id),
                period_from: start,
                period_to: end,
                payment_days: terms.payment_days,
                lines: vec![line],
                exemption_text: if terms.vat == Vat::Exempt { terms.exemption_text.to_string() } else { String::new() },
                registrations: vec![registration.id],
                language: None,
            }),
        }
    }
    drafts
}

/// The line of one registration. Its amount is the price copied into the
/// registration when it was placed, or else the group's [`registration_price`]:
/// the same amount the cost statement shows. A group line reads as coach
/// hours × the hourly rate (the hours rounded to two decimals for reading).
fn invoice_line(description: String, group: &Group, registration: &Registration, vat: Vat) -> InvoiceLine {
    let pricing = &group.pricing;
    let amount = registration.price.or_else(|| registration_price(pricing, registration.kind)).unwrap_or_default();
    match registration.kind {
        RegistrationKind::Group => {
            let minutes = pricing.coached_minutes().unwrap_or_default();
            let hours_in_hundredths = (minutes.saturating_mul(100) + 30) / 60;
            InvoiceLine {
                description,
                quantity: hours_in_hundredths,
                unit_price: pricing.hourly_rate,
                amount,
                vat,
                unit: Some(Unit::Hour),
            }
        }
        RegistrationKind::Individual => {
            InvoiceLine { description, quantity: 100, unit_price: amount, amount, vat, unit: Some(Unit::Participant) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Money;
    use crate::domain::coached::fixtures::{self, day};
    use crate::domain::coached::groups::GroupId;

    fn source(id: i64, code: Option<&str>) -> FundingSource {
        fixtures::source(id, code, false)
    }

    fn group(id: i64, formed_on: NaiveDate, status: GroupStatus) -> Group {
        fixtures::group(id, status, formed_on)
    }

    fn registration(id: i64, kind: RegistrationKind, group: i64, funding: i64) -> Registration {
        let price = Money::from_cents(if kind == RegistrationKind::Group { 93_750 } else { 18_750 });
        Registration {
            group: Some(GroupId(group)),
            price: Some(price),
            ..fixtures::registration(id, kind, &[id], funding)
        }
    }

    fn run(groups: &[Group], registrations: &[Registration], invoiced: &HashSet<RegistrationId>) -> Vec<InvoiceDraft> {
        let sources = [source(1, None), source(2, Some(SELF_PAID))];
        let terms = InvoiceTerms { vat: Vat::Exempt, exemption_text: "exempt", payment_days: 30 };
        let data = Billable { groups, registrations, sessions: &[], sources: &sources, invoiced };
        let wording = Wording {
            describe: &|facts| facts.group.name.clone(),
            customer_of_source: &|s| Customer { name: s.name.clone().unwrap_or_default(), address: String::new() },
            customer_of_registration: &|r| Customer { name: format!("person {}", r.id.0), address: String::new() },
        };
        invoices_for_period(day(1, 1), day(6, 30), &data, &terms, &wording)
    }

    #[test]
    fn one_invoice_per_funding_source_and_one_per_self_paid_registration() {
        let groups = [group(1, day(3, 1), GroupStatus::Running), group(2, day(5, 1), GroupStatus::Completed)];
        let registrations = [
            registration(1, RegistrationKind::Group, 1, 1),
            registration(2, RegistrationKind::Individual, 2, 1),
            registration(3, RegistrationKind::Individual, 2, 2),
            registration(4, RegistrationKind::Individual, 2, 2),
        ];
        let drafts = run(&groups, &registrations, &HashSet::new());
        assert_eq!(drafts.len(), 3);
        assert_eq!(drafts[0].lines.len(), 2);
        assert_eq!(drafts[0].total(), Money::from_cents(93_750 + 18_750));
        assert_eq!(drafts[0].lines[0].quantity, 750, "7.5 coach hours");
        assert_eq!(drafts[1].customer.name, "person 3");
        assert_eq!(drafts[2].total(), Money::from_cents(18_750));
    }

    #[test]
    fn invoiced_cancelled_and_out_of_period_registrations_are_left_out() {
        let groups = [
            group(1, day(3, 1), GroupStatus::Cancelled),
            group(2, day(8, 1), GroupStatus::Running),
            group(3, day(2, 1), GroupStatus::Running),
        ];
        let registrations = [
            registration(1, RegistrationKind::Group, 1, 1),
            registration(2, RegistrationKind::Group, 2, 1),
            registration(3, RegistrationKind::Group, 3, 1),
        ];
        let invoiced: HashSet<RegistrationId> = [RegistrationId(3)].into();
        assert!(run(&groups, &registrations, &invoiced).is_empty());
    }
}
