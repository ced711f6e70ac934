//! Makes documents from the data: the bridge between the stored records and
//! `export`. Used by the window and the command line alike, from data that
//! is already loaded.

use crate::domain::coached::groups::{Group, GroupId, Registration, Session, SessionStatus};
use crate::domain::finance::invoices::{Invoice, InvoiceId, InvoiceKind};
use crate::domain::funding::{FundingSource, FundingSourceId};
use crate::domain::{Person, PersonId, Settings};
use crate::export::ics::{CalendarEvent, calendar, session_uid};
use crate::export::pdf::layout::Page;
use crate::export::pdf::schedule::{ScheduleEntry, coach_schedule, group_schedule, month_schedule};
use crate::export::pdf::statement::{StatementData, funding_statement, group_statement};
use crate::export::pdf::{DocumentContext, Fonts, invoice::invoice_document};
use crate::export::slug;
use crate::i18n::{Arg, I18n, Language};
use crate::store::Store;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use std::collections::HashMap;

/// A document to make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentRequest {
    GroupSchedule(GroupId),
    CoachSchedule { coach: PersonId, from: NaiveDate, to: NaiveDate },
    MonthSchedule { year: i32, month: u32 },
    GroupStatement(GroupId),
    FundingStatement { source: FundingSourceId, from: NaiveDate, to: NaiveDate },
    Invoice(InvoiceId),
    GroupCalendar(GroupId),
    CoachCalendar { coach: PersonId, from: NaiveDate, to: NaiveDate },
}

/// A finished document: a suggested file name and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("no group with id {0}")]
    NoGroup(i64),
    #[error("no person with id {0}")]
    NoPerson(i64),
    #[error("no funding source with id {0}")]
    NoFundingSource(i64),
    #[error("no invoice with id {0}")]
    NoInvoice(i64),
    #[error("the period ends before it starts")]
    EmptyPeriod,
    #[error(transparent)]
    Fonts(#[from] crate::export::pdf::FontError),
}

/// The data documents are made from.
pub struct Library<'a> {
    pub settings: &'a Settings,
    pub people: &'a [Person],
    pub groups: &'a [Group],
    pub registrations: &'a [Registration],
    pub sessions: &'a [Session],
    pub sources: &'a [FundingSource],
    pub invoices: &'a [Invoice],
}

/// Everything loaded from a store, for the command line.
pub struct LoadedData {
    pub settings: Settings,
    pub people: Vec<Person>,
    pub groups: Vec<Group>,
    pub registrations: Vec<Registration>,
    pub sessions: Vec<Session>,
    pub sources: Vec<FundingSource>,
    pub invoices: Vec<Invoice>,
}

impl LoadedData {
    /// Reads everything documents need.
    pub fn load(store: &Store) -> crate::store::Result<LoadedData> {
        Ok(LoadedData {
            settings: store.settings()?,
            people: store.list_people()?,
            groups: store.groups()?,
            registrations: store.registrations()?,
            sessions: store.sessions()?,
            sources: store.funding_sources()?,
            invoices: store.invoices()?,
        })
    }

    /// A view for making documents.
    pub fn library(&self) -> Library<'_> {
        Library {
            settings: &self.settings,
            people: &self.people,
            groups: &self.groups,
            registrations: &self.registrations,
            sessions: &self.sessions,
            sources: &self.sources,
            invoices: &self.invoices,
        }
    }
}

/// Makes documents in one language with the fonts parsed once.
pub struct DocumentMaker {
    i18n: I18n,
    fonts: Fonts,
    /// When the documents are made: printed on them, and what counts as past.
    made_at: DateTime<FixedOffset>,
}

impl DocumentMaker {
    /// A maker for documents in `language`, made at `made_at`.
    pub fn new(language: Language, made_at: DateTime<FixedOffset>) -> Result<Self, DocumentError> {
        Ok(DocumentMaker { i18n: I18n::new(language), fonts: Fonts::load()?, made_at })
    }

    fn context<'a>(&'a self, organisation: &'a crate::domain::Organisation) -> DocumentContext<'a> {
        DocumentContext { i18n: &self.i18n, organisation, fonts: &self.fonts, now: self.made_at.naive_local() }
    }

    /// Makes the requested document.
    pub fn make(&self, request: &DocumentRequest, library: &Library<'_>) -> Result<Document, DocumentError> {
        let i18n = &self.i18n;
        let ctx = self.context(&library.settings.organisation);
        let names: HashMap<PersonId, &str> = library.people.iter().map(|p| (p.id, p.name.as_str())).collect();
        let name = |id: PersonId| names.get(&id).map(|n| n.to_string()).unwrap_or_default();
        let group = |id: GroupId| library.groups.iter().find(|g| g.id == id).ok_or(DocumentError::NoGroup(id.0));
        let person = |id: PersonId| names.get(&id).copied().ok_or(DocumentError::NoPerson(id.0));
        let check_period =
            |from: NaiveDate, to: NaiveDate| if to < from { Err(DocumentError::EmptyPeriod) } else { Ok(()) };
        match request {
            DocumentRequest::GroupSchedule(id) => {
                let group = group(*id)?;
                let members: Vec<String> = group.members.iter().map(|m| name(*m)).collect();
                let coach = group.coach.map(&name);
                let sessions: Vec<&Session> = library.sessions.iter().filter(|s| s.group == group.id).collect();
                let pages = group_schedule(&ctx, group, &members, coach.as_deref(), &sessions);
                let title = i18n.tr_args("pdf-schedule-group-title", &[("group", Arg::from(group.name.as_str()))]);
                Ok(pdf(format!("schedule-group-{}.pdf", slug(&group.name)), ctx.render(&title, &pages)))
            }
            DocumentRequest::CoachSchedule { coach, from, to } => {
                check_period(*from, *to)?;
                let coach_name = person(*coach)?;
                let entries = coach_entries(library, *coach, *from, *to);
                let pages = coach_schedule(&ctx, coach_name, *from, *to, &entries);
                let title = i18n.tr_args("pdf-schedule-coach-title", &[("coach", Arg::from(coach_name))]);
                Ok(pdf(
                    format!("schedule-coach-{}-{}.pdf", slug(coach_name), from.format("%Y-%m")),
                    ctx.render(&title, &pages),
                ))
            }
            DocumentRequest::MonthSchedule { year, month } => {
                let from = NaiveDate::from_ymd_opt(*year, *month, 1).ok_or(DocumentError::EmptyPeriod)?;
                let to = from.checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(from);
                let mut entries: Vec<ScheduleEntry<'_>> = library
                    .sessions
                    .iter()
                    .filter(|s| s.starts_at.date() >= from && s.starts_at.date() <= to)
                    .filter_map(|s| {
                        library.groups.iter().find(|g| g.id == s.group).map(|g| ScheduleEntry { group: g, session: s })
                    })
                    .collect();
                entries.sort_by_key(|e| e.session.starts_at);
                let coach_of = |g: &Group| g.coach.map(&name);
                let pages = month_schedule(&ctx, *year, *month, &entries, &coach_of);
                Ok(pdf(format!("schedule-{year}-{month:02}.pdf"), ctx.render(&i18n.tr("pdf-schedule"), &pages)))
            }
            DocumentRequest::GroupStatement(id) => {
                let group = group(*id)?;
                let data = StatementData {
                    groups: library.groups,
                    registrations: library.registrations,
                    sources: library.sources,
                    person_name: &name,
                };
                let pages = group_statement(&ctx, &data, *id).ok_or(DocumentError::NoGroup(id.0))?;
                Ok(pdf(
                    format!("cost-statement-group-{}.pdf", slug(&group.name)),
                    ctx.render(&i18n.tr("pdf-statement"), &pages),
                ))
            }
            DocumentRequest::FundingStatement { source, from, to } => {
                check_period(*from, *to)?;
                let found =
                    library.sources.iter().find(|s| s.id == *source).ok_or(DocumentError::NoFundingSource(source.0))?;
                let label = found.label(|code| i18n.tr(&format!("funding-{code}")));
                let data = StatementData {
                    groups: library.groups,
                    registrations: library.registrations,
                    sources: library.sources,
                    person_name: &name,
                };
                let pages = funding_statement(&ctx, &data, *source, *from, *to);
                Ok(pdf(
                    format!("cost-statement-{}-{}.pdf", slug(&label), from.format("%Y-%m")),
                    ctx.render(&i18n.tr("pdf-statement"), &pages),
                ))
            }
            DocumentRequest::Invoice(id) => {
                let invoice = library.invoices.iter().find(|i| i.id == *id).ok_or(DocumentError::NoInvoice(id.0))?;
                Ok(invoice_pdf(&ctx, invoice, library.invoices))
            }
            DocumentRequest::GroupCalendar(id) => {
                let group = group(*id)?;
                let entries: Vec<ScheduleEntry<'_>> = library
                    .sessions
                    .iter()
                    .filter(|s| s.group == group.id)
                    .map(|s| ScheduleEntry { group, session: s })
                    .collect();
                let text = calendar(&group.name, &events(i18n, library, &entries), self.made_at.naive_utc());
                Ok(Document { file_name: format!("sessions-{}.ics", slug(&group.name)), bytes: text.into_bytes() })
            }
            DocumentRequest::CoachCalendar { coach, from, to } => {
                check_period(*from, *to)?;
                let coach_name = person(*coach)?;
                let entries = coach_entries(library, *coach, *from, *to);
                let text = calendar(coach_name, &events(i18n, library, &entries), self.made_at.naive_utc());
                Ok(Document { file_name: format!("sessions-{}.ics", slug(coach_name)), bytes: text.into_bytes() })
            }
        }
    }
}

impl DocumentMaker {
    /// The laid-out pages of one invoice.
    pub fn invoice_pages(
        &self,
        organisation: &crate::domain::Organisation,
        invoice: &Invoice,
        all: &[Invoice],
    ) -> Vec<Page> {
        let ctx = self.context(organisation);
        let credited =
            invoice.credit_of.and_then(|id| all.iter().find(|i| i.id == id)).and_then(|i| i.number.as_deref());
        invoice_document(&ctx, invoice, credited)
    }

    /// Pages of several documents in one PDF, each keeping its page numbers.
    pub fn render_pages(&self, organisation: &crate::domain::Organisation, pages: &[Page]) -> Vec<u8> {
        let ctx = self.context(organisation);
        ctx.render(&self.i18n.tr("finance-invoices"), pages)
    }

    /// One invoice's PDF.
    pub fn invoice(&self, organisation: &crate::domain::Organisation, invoice: &Invoice, all: &[Invoice]) -> Document {
        let ctx = self.context(organisation);
        invoice_pdf(&ctx, invoice, all)
    }
}

fn pdf(file_name: String, bytes: Vec<u8>) -> Document {
    Document { file_name, bytes }
}

/// The PDF of one invoice or credit note, named after its number.
pub fn invoice_pdf(ctx: &DocumentContext<'_>, invoice: &Invoice, all: &[Invoice]) -> Document {
    let credited = invoice.credit_of.and_then(|id| all.iter().find(|i| i.id == id)).and_then(|i| i.number.as_deref());
    let pages = invoice_document(ctx, invoice, credited);
    let kind = match invoice.kind {
        InvoiceKind::Invoice => "invoice",
        InvoiceKind::CreditNote => "credit-note",
    };
    let number = invoice.number.clone().unwrap_or_else(|| format!("draft-{}", invoice.id.0));
    Document { file_name: format!("{kind}-{number}.pdf"), bytes: ctx.render(&format!("{kind} {number}"), &pages) }
}

fn coach_entries<'a>(library: &Library<'a>, coach: PersonId, from: NaiveDate, to: NaiveDate) -> Vec<ScheduleEntry<'a>> {
    let mut entries: Vec<ScheduleEntry<'a>> = library
        .sessions
        .iter()
        .filter(|s| s.starts_at.date() >= from && s.starts_at.date() <= to)
        .filter_map(|s| {
            let group = library.groups.iter().find(|g| g.id == s.group && g.coach == Some(coach))?;
            Some(ScheduleEntry { group, session: s })
        })
        .collect();
    entries.sort_by_key(|e| e.session.starts_at);
    entries
}

fn events(i18n: &I18n, library: &Library<'_>, entries: &[ScheduleEntry<'_>]) -> Vec<CalendarEvent> {
    let organisation = &library.settings.organisation.name;
    entries
        .iter()
        .map(|entry| {
            let index = library
                .sessions
                .iter()
                .filter(|s| {
                    s.group == entry.group.id
                        && s.status == SessionStatus::Planned
                        && s.starts_at <= entry.session.starts_at
                })
                .count();
            CalendarEvent {
                uid: session_uid(entry.session.id.0, organisation),
                sequence: entry.session.sequence,
                start: entry.session.starts_at,
                end: entry.session.ends_at(),
                summary: i18n.tr_args(
                    "ics-summary",
                    &[("group", Arg::from(entry.group.name.as_str())), ("number", Arg::from(index.max(1)))],
                ),
                location: if entry.group.meeting_link.is_empty() {
                    entry.group.location.clone()
                } else {
                    entry.group.meeting_link.clone()
                },
                description: entry.group.meeting_link.clone(),
                cancelled: entry.session.status == SessionStatus::Cancelled,
            }
        })
        .collect()
}

/// The first and last day of the month of `date`.
pub fn month_of(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = date.with_day(1).unwrap_or(date);
    let last = first.checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(first);
    (first, last)
}

/// The draft invoices for a period, described in `i18n`'s language.
pub fn invoice_drafts(
    library: &Library<'_>,
    from: NaiveDate,
    to: NaiveDate,
    i18n: &I18n,
) -> Vec<crate::domain::finance::invoices::InvoiceDraft> {
    use crate::domain::finance::invoices::{Customer, InvoiceStatus};
    use crate::domain::finance::invoicing::{Billable, InvoiceTerms, LineFacts, Wording, invoices_for_period};
    let invoiced: std::collections::HashSet<_> = library
        .invoices
        .iter()
        .filter(|i| i.kind == InvoiceKind::Invoice && i.status != InvoiceStatus::Credited)
        .flat_map(|i| i.registrations.iter().copied())
        .collect();
    let names: HashMap<PersonId, &Person> = library.people.iter().map(|p| (p.id, p)).collect();
    let settings = &library.settings.invoicing;
    let terms = InvoiceTerms {
        vat: settings.vat,
        exemption_text: &settings.exemption_text,
        payment_days: settings.payment_days,
    };
    let describe = |facts: &LineFacts<'_>| {
        let period = match (facts.first_session, facts.last_session) {
            (Some(first), Some(last)) => format!("{} – {}", i18n.date(first), i18n.date(last)),
            _ => i18n.date(facts.group.formed_on),
        };
        let args = |name: String| {
            vec![
                ("group", Arg::from(facts.group.name.as_str())),
                ("sessions", Arg::from(facts.sessions)),
                ("minutes", Arg::from(facts.group.pricing.session_minutes)),
                ("period", Arg::from(period.clone())),
                ("name", Arg::from(name)),
            ]
        };
        match facts.registration.kind {
            crate::domain::coached::groups::RegistrationKind::Group => {
                i18n.tr_args("invoice-line-group", &args(String::new()))
            }
            crate::domain::coached::groups::RegistrationKind::Individual => {
                let name = facts
                    .registration
                    .people
                    .first()
                    .and_then(|p| names.get(p))
                    .map(|p| p.name.clone())
                    .unwrap_or_default();
                i18n.tr_args("invoice-line-individual", &args(name))
            }
        }
    };
    let customer_of_source = |source: &FundingSource| Customer {
        name: source.label(|code| i18n.tr(&format!("funding-{code}"))),
        address: source.billing_address.clone(),
    };
    let customer_of_registration = |registration: &Registration| {
        let person = registration.contact.or(registration.people.first().copied()).and_then(|p| names.get(&p));
        Customer {
            name: person.map(|p| p.name.clone()).unwrap_or_default(),
            address: person
                .map(|p| {
                    [p.department.as_str(), p.organisation.as_str(), p.email.as_str()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default(),
        }
    };
    let data = Billable {
        groups: library.groups,
        registrations: library.registrations,
        sessions: library.sessions,
        sources: library.sources,
        invoiced: &invoiced,
    };
    let wording = Wording {
        describe: &describe,
        customer_of_source: &customer_of_source,
        customer_of_registration: &customer_of_registration,
    };
    invoices_for_period(from, to, &data, &terms, &wording)
}
