//! A person's page: their registrations, the groups they are in or coach
//! with their attendance, and the invoices that bill them. Made from data
//! that is already loaded; incident support is never shown here, as its
//! cases are seen only in the Cases tab.

use crate::domain::PersonId;
use crate::domain::coached::groups::{Group, GroupId, GroupStatus, Registration, RegistrationId, RegistrationKind};
use crate::domain::coached::sessions::{Attendance, Session, SessionId, SessionState};
use crate::domain::finance::invoices::{Invoice, InvoiceId};
use crate::domain::funding::FundingSourceId;
use crate::domain::money::Money;
use chrono::NaiveDateTime;
use std::collections::HashMap;

/// Where a registration stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// On the waiting list since the day of registration.
    Waiting,
    /// Placed in a group.
    Placed(GroupId),
    Withdrawn,
}

/// One of the person's registrations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistrationLine {
    pub id: RegistrationId,
    pub registered_on: chrono::NaiveDate,
    pub kind: RegistrationKind,
    pub funding: FundingSourceId,
    pub standing: Standing,
    /// What the registration costs, once placed.
    pub price: Option<Money>,
}

/// How the person takes part in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Member,
    Coach,
}

/// A group the person is in or coaches, with the sessions so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupLine {
    pub id: GroupId,
    pub name: String,
    pub status: GroupStatus,
    pub part: Part,
    /// Sessions that took place.
    pub held: usize,
    /// Of those, how the person was marked (members only).
    pub present: usize,
    pub excused: usize,
    pub absent: usize,
    /// The next session still to come.
    pub next: Option<NaiveDateTime>,
}

/// Everything the person's page shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonPage {
    /// Newest first.
    pub registrations: Vec<RegistrationLine>,
    /// Active groups first, then by name.
    pub groups: Vec<GroupLine>,
    /// Invoices and credit notes that bill one of the person's registrations, newest first.
    pub invoices: Vec<InvoiceId>,
}

/// The data a person's page is made from.
pub struct PageData<'a> {
    pub registrations: &'a [Registration],
    pub groups: &'a [Group],
    pub sessions: &'a [Session],
    pub attendance: &'a HashMap<(SessionId, PersonId), Attendance>,
    pub invoices: &'a [Invoice],
}

impl PersonPage {
    /// The page of `person` at `now`.
    pub fn of(person: PersonId, data: &PageData<'_>, now: NaiveDateTime) -> PersonPage {
        let mut registrations: Vec<RegistrationLine> = data
            .registrations
            .iter()
            .filter(|r| r.people.contains(&person))
            .map(|r| RegistrationLine {
                id: r.id,
                registered_on: r.registered_on,
                kind: r.kind,
                funding: r.funding,
                standing: match (r.group, r.withdrawn) {
                    (Some(group), _) => Standing::Placed(group),
                    (None, true) => Standing::Withdrawn,
                    (None, false) => Standing::Waiting,
                },
                price: r.price,
            })
            .collect();
        registrations.sort_by(|a, b| b.registered_on.cmp(&a.registered_on).then(b.id.cmp(&a.id)));

        let mut groups: Vec<GroupLine> = data
            .groups
            .iter()
            .filter_map(|g| {
                let part = if g.members.contains(&person) {
                    Part::Member
                } else if g.coach == Some(person) {
                    Part::Coach
                } else {
                    return None;
                };
                Some(group_line(g, part, person, data, now))
            })
            .collect();
        groups.sort_by_key(|g| (!g.status.is_active(), crate::domain::search::fold(&g.name)));

        let own: std::collections::HashSet<RegistrationId> = registrations.iter().map(|r| r.id).collect();
        let billed: std::collections::HashSet<InvoiceId> =
            data.invoices.iter().filter(|i| i.registrations.iter().any(|r| own.contains(r))).map(|i| i.id).collect();
        let mut invoices: Vec<&Invoice> = data
            .invoices
            .iter()
            .filter(|i| billed.contains(&i.id) || i.credit_of.is_some_and(|of| billed.contains(&of)))
            .collect();
        invoices.sort_by(|a, b| b.issue_date.cmp(&a.issue_date).then(b.id.cmp(&a.id)));
        PersonPage { registrations, groups, invoices: invoices.into_iter().map(|i| i.id).collect() }
    }
}

fn group_line(group: &Group, part: Part, person: PersonId, data: &PageData<'_>, now: NaiveDateTime) -> GroupLine {
    let mut line = GroupLine {
        id: group.id,
        name: group.name.clone(),
        status: group.status,
        part,
        held: 0,
        present: 0,
        excused: 0,
        absent: 0,
        next: None,
    };
    for session in data.sessions.iter().filter(|s| s.group == group.id) {
        match session.state(now) {
            SessionState::Held => {
                line.held += 1;
                match data.attendance.get(&(session.id, person)) {
                    Some(Attendance::Present) => line.present += 1,
                    Some(Attendance::Excused) => line.excused += 1,
                    Some(Attendance::Absent) => line.absent += 1,
                    None => {}
                }
            }
            SessionState::Planned => {
                line.next = Some(line.next.map_or(session.starts_at, |n| n.min(session.starts_at)));
            }
            SessionState::Cancelled => {}
        }
    }
    line
}
