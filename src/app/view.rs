//! Everything the screens draw from, loaded from the store. After a command
//! only the parts it changed are read again.

use super::Changed;
use crate::domain::coached::groups::{Attendance, Group, Registration, Session, SessionId};
use crate::domain::funding::FundingSource;
use crate::domain::{ListItem, Person, PersonId, Settings};
use crate::store::Store;
use std::collections::HashMap;

/// The coached groups and everything around them.
#[derive(Default)]
pub struct GroupsData {
    pub funding_sources: Vec<FundingSource>,
    pub registrations: Vec<Registration>,
    pub groups: Vec<Group>,
    pub sessions: Vec<Session>,
    pub attendance: HashMap<(SessionId, PersonId), Attendance>,
}

/// Incident support: incidents, trajectories and their conversations.
#[derive(Default)]
pub struct CasesData {
    pub incidents: Vec<crate::domain::incidents::cases::Incident>,
    pub trajectories: Vec<crate::domain::incidents::cases::Trajectory>,
    pub conversations: Vec<crate::domain::incidents::cases::Conversation>,
    pub offers: HashMap<crate::domain::incidents::cases::TrajectoryId, crate::domain::incidents::protocol::Offers>,
    pub lists: Vec<crate::domain::incidents::cases::CaseListItem>,
    /// The anonymous figures of purged trajectories, for the yearly report.
    pub purged: Vec<crate::domain::incidents::report::CaseFact>,
}

impl CasesData {
    /// A supporter's conversations still to come, soonest first, each with
    /// its incident's reference (no names, nothing of the incident).
    pub fn coming_for(&self, supporter: PersonId) -> Vec<(chrono::NaiveDateTime, &str)> {
        let theirs: HashMap<_, _> = self
            .trajectories
            .iter()
            .filter(|t| t.is_open() && t.supporter() == Some(supporter))
            .map(|t| (t.id, t.incident))
            .collect();
        let reference =
            |incident| self.incidents.iter().find(|i| i.id == incident).map(|i| i.reference.as_str()).unwrap_or("");
        let mut coming: Vec<_> = self
            .conversations
            .iter()
            .filter(|c| c.held_on.is_none() && !c.not_held)
            .filter_map(|c| theirs.get(&c.trajectory).map(|incident| (c.planned_at, reference(*incident))))
            .collect();
        coming.sort();
        coming
    }

    /// How many open trajectories `supporter` supports.
    pub fn open_for(&self, supporter: PersonId) -> usize {
        self.trajectories.iter().filter(|t| t.is_open() && t.supporter() == Some(supporter)).count()
    }

    /// The next step of every open trajectory on the protocol clock.
    pub fn open_tasks(&self, numbers: &crate::domain::incidents::IncidentDefaults) -> Vec<crate::ops::cases::Due> {
        crate::ops::cases::CaseRecords {
            incidents: &self.incidents,
            trajectories: &self.trajectories,
            conversations: &self.conversations,
            offers: &self.offers,
        }
        .open_tasks(numbers)
    }
}

/// Peer networks: networks, members, meetings skipped or moved, who came.
#[derive(Default)]
pub struct NetworksData {
    pub networks: Vec<crate::domain::networks::Network>,
    pub memberships: Vec<crate::domain::networks::Membership>,
    pub changes: Vec<crate::domain::networks::meetings::Exception>,
    pub presences: Vec<crate::domain::networks::attendance::Presence>,
}

/// Intervisie circles and mentoring.
#[derive(Default)]
pub struct CirclesData {
    pub signups: Vec<crate::domain::circles::signups::SignUp>,
    pub circles: Vec<crate::domain::circles::circle::Circle>,
    pub meetings: Vec<crate::domain::circles::circle::CircleMeeting>,
    pub attendance: std::collections::HashSet<(crate::domain::circles::circle::CircleMeetingId, PersonId)>,
    pub methods: Vec<crate::domain::circles::methods::Method>,
    pub profiles: Vec<crate::domain::circles::mentoring::MentorProfile>,
    pub pairs: Vec<crate::domain::circles::mentoring::Pair>,
}

/// Invoices and credit notes.
#[derive(Default)]
pub struct FinanceData {
    pub invoices: Vec<crate::domain::finance::invoices::Invoice>,
    /// Every payment and refund, reversed ones included.
    pub payments: Vec<crate::domain::finance::payments::Payment>,
    /// What came in and went out per invoice.
    pub balances: HashMap<crate::domain::finance::invoices::InvoiceId, crate::domain::finance::payments::Balance>,
}

/// Everything the screens draw from, loaded after each change.
#[derive(Default)]
pub struct ViewData {
    pub people: Vec<Person>,
    /// Where each person is in `people`, in the order of their ids: four
    /// bytes a person where a map would take seventeen.
    person_index: Vec<u32>,
    pub groups: GroupsData,
    pub finance: FinanceData,
    pub cases: CasesData,
    pub networks: NetworksData,
    pub circles: CirclesData,
    /// Folded name, email and department per person, for search.
    pub search_keys: crate::domain::search::SearchKeys,
    /// Everyone sorted by e-mail, phone and department.
    pub text_orders: super::people::TextOrders,
    pub list_items: Vec<ListItem>,
    pub settings: Settings,
    pub welcomed: bool,
    pub is_demo: bool,
    /// Increases with every reload, so screens know their caches are stale.
    pub generation: u64,
}

impl ViewData {
    /// The loaded data as documents see it.
    pub fn library(&self) -> crate::ops::documents::Library<'_> {
        crate::ops::documents::Library {
            settings: &self.settings,
            people: &self.people,
            groups: &self.groups.groups,
            registrations: &self.groups.registrations,
            sessions: &self.groups.sessions,
            sources: &self.groups.funding_sources,
            invoices: &self.finance.invoices,
            payments: &self.finance.payments,
            trajectories: &self.cases.trajectories,
            conversations: &self.cases.conversations,
            list_items: &self.list_items,
            networks: &self.networks.networks,
            memberships: &self.networks.memberships,
            meeting_changes: &self.networks.changes,
            circles: &self.circles.circles,
            circle_meetings: &self.circles.meetings,
            methods: &self.circles.methods,
            pairs: &self.circles.pairs,
            incidents: &self.cases.incidents,
            offers: &self.cases.offers,
            case_lists: &self.cases.lists,
            purged: &self.cases.purged,
        }
    }

    /// The person with `id`.
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        let people = &self.people;
        let id_at = |place: &u32| people.get(*place as usize).map(|p| p.id);
        let found = self.person_index.binary_search_by(|place| id_at(place).cmp(&Some(id))).ok()?;
        self.person_index.get(found).and_then(|&place| people.get(place as usize))
    }
}

impl ViewData {
    /// Reads again the parts named in `changed`; `generation` counts reloads
    /// so that screens know their caches are stale.
    pub fn reload(&mut self, store: &Store, changed: Changed, generation: &mut u64) -> crate::store::Result<()> {
        if changed.contains(Changed::PEOPLE) {
            self.people = store.list_people()?;
            let length = self.people.iter().map(|p| p.name.len() + p.email.len() + p.department.len() + 2).sum();
            self.search_keys = crate::domain::search::SearchKeys::build(
                self.people.iter().map(|p| [p.name.as_ref(), p.email.as_ref(), p.department.as_ref()]),
                length,
            );
            self.text_orders = super::people::TextOrders::of(&self.people);
            let mut index: Vec<u32> = (0..self.people.len()).filter_map(|i| u32::try_from(i).ok()).collect();
            index.sort_unstable_by_key(|&i| self.people[i as usize].id);
            self.person_index = index;
        }
        if changed.contains(Changed::LISTS) {
            self.list_items = store.list_items()?;
        }
        if changed.contains(Changed::SETTINGS) {
            self.settings = store.settings()?;
        }
        if changed.contains(Changed::FUNDING) {
            self.groups.funding_sources = store.funding_sources()?;
        }
        if changed.contains(Changed::GROUPS) {
            self.groups.registrations = store.registrations()?;
            self.groups.groups = store.groups()?;
            self.groups.sessions = store.sessions()?;
            self.groups.attendance = store.attendance()?.into_iter().map(|m| ((m.session, m.person), m.mark)).collect();
        }
        if changed.contains(Changed::FINANCE) {
            self.finance.invoices = store.invoices()?;
            self.finance.payments = store.payments()?;
            self.finance.balances =
                crate::domain::finance::payments::balances(&self.finance.invoices, &self.finance.payments);
        }
        if changed.contains(Changed::CASES) {
            self.cases.incidents = store.incidents()?;
            self.cases.trajectories = store.trajectories()?;
            self.cases.conversations = store.conversations()?;
            self.cases.offers = store.all_offers()?;
            self.cases.lists = store.case_list_items()?;
            self.cases.purged = store.purged_facts()?;
        }
        if changed.contains(Changed::NETWORKS) {
            self.networks.networks = store.networks()?;
            self.networks.memberships = store.memberships()?;
            self.networks.changes = store.meeting_changes()?;
            self.networks.presences = store.presences()?;
        }
        if changed.contains(Changed::CIRCLES) {
            self.circles.signups = store.signups()?;
            self.circles.circles = store.circles()?;
            self.circles.meetings = store.circle_meetings()?;
            self.circles.attendance = store.circle_attendance()?.into_iter().collect();
            self.circles.methods = store.methods()?;
            self.circles.profiles = store.mentor_profiles()?;
            self.circles.pairs = store.pairs()?;
        }
        if changed.contains(Changed::FILE) {
            self.welcomed = store.is_welcomed()?;
            self.is_demo = store.is_demo()?;
        }
        *generation += 1;
        self.generation = *generation;
        Ok(())
    }
}
