//! The draft invoices of a period, put into words in the document's
//! language: the bridge between the invoicing rule of `domain` and the
//! Finance tab and demo.

use super::documents::Library;
use crate::domain::coached::groups::{Registration, RegistrationKind};
use crate::domain::finance::invoices::{Customer, InvoiceDraft, InvoiceKind, InvoiceStatus};
use crate::domain::finance::invoicing::{Billable, InvoiceTerms, LineFacts, Wording, invoices_for_period};
use crate::domain::funding::FundingSource;
use crate::domain::{Person, PersonId};
use crate::i18n::{Arg, I18n};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// The draft invoices for a period, described in `i18n`'s language.
pub fn invoice_drafts(library: &Library<'_>, from: NaiveDate, to: NaiveDate, i18n: &I18n) -> Vec<InvoiceDraft> {
    let invoiced: HashSet<_> = library
        .invoices
        .iter()
        .filter(|i| i.kind == InvoiceKind::Invoice && i.status != InvoiceStatus::Credited)
        .flat_map(|i| i.registrations.iter().copied())
        .collect();
    let people: HashMap<PersonId, &Person> = library.people.iter().map(|p| (p.id, p)).collect();
    let settings = &library.settings.invoicing;
    let terms = InvoiceTerms {
        vat: settings.vat,
        exemption_text: &settings.exemption_text,
        payment_days: settings.payment_days,
    };
    let data = Billable {
        groups: library.groups,
        registrations: library.registrations,
        sessions: library.sessions,
        sources: library.sources,
        invoiced: &invoiced,
    };
    let wording = Wording {
        describe: &|facts| describe_line(i18n, &people, facts),
        customer_of_source: &|source: &FundingSource| Customer {
            name: source.label(|code| i18n.tr(&format!("funding-{code}"))),
            address: source.billing_address.clone(),
        },
        customer_of_registration: &|registration| self_paying_customer(&people, registration),
    };
    let mut drafts = invoices_for_period(from, to, &data, &terms, &wording);
    for draft in &mut drafts {
        draft.language = Some(i18n.language().code().to_string());
    }
    drafts
}

/// What an invoice line says: the group, its sessions and when they are.
fn describe_line(i18n: &I18n, people: &HashMap<PersonId, &Person>, facts: &LineFacts<'_>) -> String {
    let period = match (facts.first_session, facts.last_session) {
        (Some(first), Some(last)) => format!("{} – {}", i18n.date(first), i18n.date(last)),
        _ => i18n.date(facts.group.formed_on),
    };
    let name = match facts.registration.kind {
        RegistrationKind::Group => String::new(),
        RegistrationKind::Individual => facts
            .registration
            .people
            .first()
            .and_then(|p| people.get(p))
            .map(|p| p.name.to_string())
            .unwrap_or_default(),
    };
    let args = [
        ("group", Arg::from(facts.group.name.as_str())),
        ("sessions", Arg::from(facts.sessions)),
        ("minutes", Arg::from(facts.group.pricing.session_minutes)),
        ("period", Arg::from(period)),
        ("name", Arg::from(name)),
    ];
    let id = match facts.registration.kind {
        RegistrationKind::Group => "invoice-line-group",
        RegistrationKind::Individual => "invoice-line-individual",
    };
    i18n.tr_args(id, &args)
}

/// Someone who pays for themselves: their name, and where they work as the
/// address (PeerDesk keeps no home addresses).
fn self_paying_customer(people: &HashMap<PersonId, &Person>, registration: &Registration) -> Customer {
    let person = registration.contact.or(registration.people.first().copied()).and_then(|p| people.get(&p));
    let Some(person) = person else { return Customer::default() };
    let address = [person.department.as_ref(), person.organisation.as_ref(), person.email.as_ref()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Customer { name: person.name.to_string(), address }
}
