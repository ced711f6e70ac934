//! Makes documents from the data: the bridge between the stored records and
//! `export`. Used by the window and the command line alike, from data that
//! is already loaded.

mod cases;
mod circles;
mod invoices;
mod networks;
mod report;
mod schedules;
mod statements;
mod tables;

pub use invoices::invoice_pdf;
pub use networks::network_uid;
pub use report::{report_of, report_text};
use schedules::CoachPeriod;
pub use tables::active_people_by_name;

use crate::domain::circles::circle::{Circle, CircleId, CircleMeeting, CircleMeetingId};
use crate::domain::circles::methods::Method;
use crate::domain::coached::groups::{Group, GroupId, Registration, Session};
use crate::domain::finance::invoices::{Invoice, InvoiceId};
use crate::domain::funding::{FundingSource, FundingSourceId};
use crate::domain::incidents::cases::{Conversation, Trajectory};
use crate::domain::networks::meetings::Exception;
use crate::domain::networks::{Membership, Network, NetworkId};
use crate::domain::{ListItem, Person, PersonId, Settings};
use crate::export::pdf::{DocumentContext, Fonts};
use crate::export::slug;
use crate::i18n::{Arg, I18n, Language};
use crate::store::Store;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use std::collections::HashMap;

/// A document to make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentRequest {
    GroupSchedule(GroupId),
    CoachSchedule {
        coach: PersonId,
        from: NaiveDate,
        to: NaiveDate,
    },
    MonthSchedule {
        year: i32,
        month: u32,
    },
    GroupStatement(GroupId),
    FundingStatement {
        source: FundingSourceId,
        from: NaiveDate,
        to: NaiveDate,
    },
    Invoice(InvoiceId),
    GroupCalendar(GroupId),
    CoachCalendar {
        coach: PersonId,
        from: NaiveDate,
        to: NaiveDate,
    },
    /// A peer supporter's planned conversations, with neutral titles only.
    SupporterCalendar(PersonId),
    /// A network's regular meeting as one recurring calendar event.
    NetworkCalendar(NetworkId),
    /// A network's contact sheet (PDF).
    NetworkContacts(NetworkId),
    /// A network's member list (CSV).
    NetworkMembers(NetworkId),
    /// A circle meeting's session plan (PDF).
    SessionPlan(CircleMeetingId),
    /// A circle's meetings (ICS).
    CircleCalendar(CircleId),
    /// A circle's members with contact details, for its chair (PDF).
    CircleMembers(CircleId),
    /// The anonymous yearly report of incident peer support (PDF).
    IncidentReport(i32),
    /// A mentor pair's meeting dates (ICS, whole days).
    PairCalendar(crate::domain::circles::mentoring::PairId),
    /// The people list for a spreadsheet (CSV): these people in this order.
    PeopleList(Vec<PersonId>),
    /// Everyone waiting for a coached group, for a spreadsheet (CSV).
    WaitingList,
    /// The invoice list for a spreadsheet (CSV): these invoices in this order.
    InvoiceList(Vec<InvoiceId>),
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
    #[error("no mentor pair with id {0}")]
    NoPair(i64),
    #[error("no circle with id {0}")]
    NoCircle(i64),
    #[error("no circle meeting with id {0}")]
    NoMeeting(i64),
    #[error("circle meeting {0} has no method")]
    NoMethod(i64),
    #[error("no network with id {0}")]
    NoNetwork(i64),
    #[error("the list could not be written: {0}")]
    Csv(String),
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
    pub payments: &'a [crate::domain::finance::payments::Payment],
    pub trajectories: &'a [Trajectory],
    pub conversations: &'a [Conversation],
    pub list_items: &'a [ListItem],
    pub networks: &'a [Network],
    pub memberships: &'a [Membership],
    pub meeting_changes: &'a [Exception],
    pub circles: &'a [Circle],
    pub circle_meetings: &'a [CircleMeeting],
    pub methods: &'a [Method],
    pub pairs: &'a [crate::domain::circles::mentoring::Pair],
    pub incidents: &'a [crate::domain::incidents::cases::Incident],
    pub offers: &'a HashMap<crate::domain::incidents::cases::TrajectoryId, crate::domain::incidents::protocol::Offers>,
    pub case_lists: &'a [crate::domain::incidents::cases::CaseListItem],
    /// The anonymous figures of purged trajectories.
    pub purged: &'a [crate::domain::incidents::report::CaseFact],
}

impl<'a> Library<'a> {
    /// The incident records the protocol clock and the report read.
    pub fn case_records(&self) -> crate::ops::cases::CaseRecords<'a> {
        crate::ops::cases::CaseRecords {
            incidents: self.incidents,
            trajectories: self.trajectories,
            conversations: self.conversations,
            offers: self.offers,
        }
    }
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
    pub payments: Vec<crate::domain::finance::payments::Payment>,
    pub trajectories: Vec<Trajectory>,
    pub conversations: Vec<Conversation>,
    pub list_items: Vec<ListItem>,
    pub networks: Vec<Network>,
    pub memberships: Vec<Membership>,
    pub meeting_changes: Vec<Exception>,
    pub circles: Vec<Circle>,
    pub circle_meetings: Vec<CircleMeeting>,
    pub methods: Vec<Method>,
    pub pairs: Vec<crate::domain::circles::mentoring::Pair>,
    pub incidents: Vec<crate::domain::incidents::cases::Incident>,
    pub offers: HashMap<crate::domain::incidents::cases::TrajectoryId, crate::domain::incidents::protocol::Offers>,
    pub case_lists: Vec<crate::domain::incidents::cases::CaseListItem>,
    pub purged: Vec<crate::domain::incidents::report::CaseFact>,
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
            payments: store.payments()?,
            trajectories: store.trajectories()?,
            conversations: store.conversations()?,
            list_items: store.list_items()?,
            networks: store.networks()?,
            memberships: store.memberships()?,
            meeting_changes: store.meeting_changes()?,
            circles: store.circles()?,
            circle_meetings: store.circle_meetings()?,
            methods: store.methods()?,
            pairs: store.pairs()?,
            incidents: store.incidents()?,
            offers: store.all_offers()?,
            case_lists: store.case_list_items()?,
            purged: store.purged_facts()?,
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
            payments: &self.payments,
            trajectories: &self.trajectories,
            conversations: &self.conversations,
            list_items: &self.list_items,
            networks: &self.networks,
            memberships: &self.memberships,
            meeting_changes: &self.meeting_changes,
            circles: &self.circles,
            circle_meetings: &self.circle_meetings,
            methods: &self.methods,
            pairs: &self.pairs,
            incidents: &self.incidents,
            offers: &self.offers,
            case_lists: &self.case_lists,
            purged: &self.purged,
        }
    }
}

/// Makes documents in one language with the fonts parsed once.
pub struct DocumentMaker {
    i18n: I18n,
    /// The other languages, for invoices written in one of them.
    others: Vec<I18n>,
    fonts: Fonts,
    /// When the documents are made: printed on them, and what counts as past.
    made_at: DateTime<FixedOffset>,
}

impl DocumentMaker {
    /// A maker for documents in `language`, made at `made_at`.
    pub fn new(language: Language, made_at: DateTime<FixedOffset>) -> Result<Self, DocumentError> {
        let others = Language::ALL.into_iter().filter(|l| *l != language).map(I18n::new).collect();
        Ok(DocumentMaker { i18n: I18n::new(language), others, fonts: Fonts::load()?, made_at })
    }

    fn context<'a>(&'a self, organisation: &'a crate::domain::Organisation) -> DocumentContext<'a> {
        DocumentContext { i18n: &self.i18n, organisation, fonts: &self.fonts, now: self.made_at.naive_local() }
    }

    /// The context of a document written in the language with `code` (an
    /// invoice keeps the language it was made in); the maker's own language
    /// when the code is `None` or unknown.
    fn context_in<'a>(
        &'a self,
        organisation: &'a crate::domain::Organisation,
        code: Option<&str>,
    ) -> DocumentContext<'a> {
        let wanted = code.and_then(Language::from_code);
        let i18n = self.others.iter().find(|i| Some(i.language()) == wanted).unwrap_or(&self.i18n);
        DocumentContext { i18n, ..self.context(organisation) }
    }

    /// Makes the requested document.
    pub fn make(&self, request: &DocumentRequest, library: &Library<'_>) -> Result<Document, DocumentError> {
        let names = Names::of(library);
        let check_period =
            |from: NaiveDate, to: NaiveDate| if to < from { Err(DocumentError::EmptyPeriod) } else { Ok(()) };
        match request {
            DocumentRequest::GroupSchedule(id) => self.group_schedule(library, &names, library.group(*id)?),
            DocumentRequest::CoachSchedule { coach, from, to } => {
                check_period(*from, *to)?;
                let name = names.person(*coach)?;
                self.coach_schedule(library, &CoachPeriod { name, coach: *coach, from: *from, to: *to })
            }
            DocumentRequest::MonthSchedule { year, month } => self.month_schedule(library, &names, *year, *month),
            DocumentRequest::GroupStatement(id) => self.group_statement(library, &names, library.group(*id)?),
            DocumentRequest::FundingStatement { source, from, to } => {
                check_period(*from, *to)?;
                self.funding_statement(library, &names, *source, *from, *to)
            }
            DocumentRequest::Invoice(id) => {
                let invoice = library.invoices.iter().find(|i| i.id == *id).ok_or(DocumentError::NoInvoice(id.0))?;
                let ctx = self.context_in(&library.settings.organisation, invoice.language.as_deref());
                Ok(invoice_pdf(&ctx, invoice, library.invoices))
            }
            DocumentRequest::GroupCalendar(id) => Ok(self.group_calendar(library, library.group(*id)?)),
            DocumentRequest::CoachCalendar { coach, from, to } => {
                check_period(*from, *to)?;
                let name = names.person(*coach)?;
                Ok(self.coach_calendar(library, &CoachPeriod { name, coach: *coach, from: *from, to: *to }))
            }
            DocumentRequest::SupporterCalendar(supporter) => {
                Ok(self.supporter_calendar(library, names.person(*supporter)?, *supporter))
            }
            DocumentRequest::NetworkCalendar(id) => Ok(self.network_calendar(library, library.network(*id)?)),
            DocumentRequest::NetworkContacts(id) => Ok(self.network_contacts(library, library.network(*id)?)),
            DocumentRequest::NetworkMembers(id) => self.network_members_csv(library, library.network(*id)?),
            DocumentRequest::SessionPlan(id) => self.session_plan(library, library.circle_meeting(*id)?),
            DocumentRequest::CircleCalendar(id) => Ok(self.circle_calendar(library, library.circle(*id)?)),
            DocumentRequest::CircleMembers(id) => Ok(self.circle_member_list(library, library.circle(*id)?)),
            DocumentRequest::PairCalendar(id) => Ok(self.pair_calendar(library, library.pair(*id)?)),
            DocumentRequest::IncidentReport(year) => Ok(self.incident_report(library, *year)),
            DocumentRequest::PeopleList(ids) => self.people_csv(library, ids),
            DocumentRequest::WaitingList => self.waiting_csv(library),
            DocumentRequest::InvoiceList(ids) => self.invoices_csv(library, ids),
        }
    }
}

/// People's names by id, looked up once per document.
struct Names<'a>(HashMap<PersonId, &'a str>);

impl<'a> Names<'a> {
    fn of(library: &Library<'a>) -> Self {
        Names(library.people.iter().map(|p| (p.id, p.name.as_ref())).collect())
    }

    /// The name of `id`, empty when unknown.
    fn name(&self, id: PersonId) -> String {
        self.0.get(&id).map(|n| n.to_string()).unwrap_or_default()
    }

    /// The name of `id`, or the error that there is no such person.
    fn person(&self, id: PersonId) -> Result<&'a str, DocumentError> {
        self.0.get(&id).copied().ok_or(DocumentError::NoPerson(id.0))
    }
}

impl Library<'_> {
    fn group(&self, id: GroupId) -> Result<&Group, DocumentError> {
        self.groups.iter().find(|g| g.id == id).ok_or(DocumentError::NoGroup(id.0))
    }
}

impl DocumentMaker {
    /// The file name of a document in the document's language: the text of
    /// `id` with `parts` filled in (each made safe for a file name) and `extension`.
    fn file_name(&self, id: &str, parts: &[(&str, &str)], extension: &str) -> String {
        let args: Vec<(&str, Arg)> = parts.iter().map(|(name, value)| (*name, Arg::from(slug(value)))).collect();
        format!("{}.{extension}", self.i18n.tr_args(id, &args))
    }
}

fn pdf(file_name: String, bytes: Vec<u8>) -> Document {
    Document { file_name, bytes }
}

/// The first and last day of the month of `date`.
pub fn month_of(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = date.with_day(1).unwrap_or(date);
    let last = first.checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(first);
    (first, last)
}
