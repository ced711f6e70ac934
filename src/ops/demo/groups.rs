//! Demo data for coached groups: department cost centres, about a dozen
//! groups in every state with sessions and attendance, and a waiting list
//! with enough PostDocs and PhD candidates for proposals to appear.

use super::group_plans::{COST_CENTRE_DEPARTMENTS, PLANS, Plan, THEMES, WAITING};
use crate::domain::coached::CoachedDefaults;
use crate::domain::coached::groups::{
    ApplicationStatus, Attendance, DayPart, GroupDraft, GroupId, GroupStatus, RegistrationDraft, RegistrationId,
    RegistrationKind, SessionStatus, TimeSlot, WORKDAYS,
};
use crate::domain::coached::schedule::SessionPlan;
use crate::domain::funding::FundingSourceId;
use crate::domain::random::SplitMix64;
use crate::domain::{ListItem, ListKind, Person, PersonId, Role};
use crate::store::{NewGroup, Result, Store};
use chrono::{Days, NaiveDate, NaiveTime};
use std::collections::HashSet;

/// What the groups demo wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupsSummary {
    pub groups: usize,
    pub waiting: usize,
}

/// Writes the groups demo. `people` are the directory just written.
pub fn write_groups_demo(store: &mut Store, people: &[Person], today: NaiveDate, seed: u64) -> Result<GroupsSummary> {
    let mut rng = SplitMix64::new(seed ^ 0x6772_6f75_7073);
    let items = store.list_items()?;
    let defaults = store.settings()?.coached;
    let (department_sources, central, self_paid) = write_funding_sources(store)?;
    let coaches: Vec<PersonId> = people.iter().filter(|p| p.active && p.has_role(Role::Coach)).map(|p| p.id).collect();
    let used: HashSet<PersonId> = coaches.iter().copied().collect();
    let mut writer = Writer {
        store,
        rng: &mut rng,
        today,
        people,
        items: &items,
        defaults,
        department_sources,
        central,
        self_paid,
        coaches,
        used,
    };
    let mut summary = GroupsSummary::default();
    for (index, plan) in PLANS.iter().enumerate() {
        if writer.group(index, plan)? {
            summary.groups += 1;
        }
    }
    summary.waiting = writer.waiting_list()?;
    Ok(summary)
}

/// A cost centre per department with its billing address, and the address of
/// the central budget; returns the cost centres, the central budget and the
/// self-paid source.
#[allow(clippy::type_complexity)]
fn write_funding_sources(
    store: &mut Store,
) -> Result<(Vec<(String, FundingSourceId)>, Option<FundingSourceId>, Option<FundingSourceId>)> {
    let mut department_sources = Vec::new();
    for department in COST_CENTRE_DEPARTMENTS {
        let code = 4100 + department_sources.len() * 7;
        let id = store.add_funding_source(&format!("Kostenplaats {department} ({code})"), false)?;
        let address = format!(
            "UMC Noord, afdeling {department}\nt.a.v. financiële administratie\nPostbus 30001\n9700 RB Groningen"
        );
        store.set_billing_address(id, &address, None)?;
        department_sources.push((department.to_string(), id));
    }
    let sources = store.funding_sources()?;
    let central = sources.iter().find(|s| s.central_budget);
    if let Some(central) = central {
        store.set_billing_address(
            central.id,
            "UMC Noord, Raad van Bestuur\nCentraal PostDoc-budget\nPostbus 30001\n9700 RB Groningen",
            Some(central.version),
        )?;
    }
    let central = central.map(|s| s.id);
    let self_paid = sources.iter().find(|s| s.code.as_deref() == Some("self-paid")).map(|s| s.id);
    Ok((department_sources, central, self_paid))
}

/// What writing the groups demo needs at hand. The random draws happen in a
/// fixed order, so a seed always gives the same demo.
struct Writer<'a> {
    store: &'a mut Store,
    rng: &'a mut SplitMix64,
    today: NaiveDate,
    people: &'a [Person],
    items: &'a [ListItem],
    defaults: CoachedDefaults,
    department_sources: Vec<(String, FundingSourceId)>,
    central: Option<FundingSourceId>,
    self_paid: Option<FundingSourceId>,
    coaches: Vec<PersonId>,
    /// People already in a group or on the waiting list (and the coaches).
    used: HashSet<PersonId>,
}

impl Writer<'_> {
    /// The person's own department's cost centre, else self-paid or a random one.
    fn funding_for(&mut self, person: Option<PersonId>) -> Option<FundingSourceId> {
        let person = person.and_then(|id| self.people.iter().find(|p| p.id == id))?;
        let own = self.department_sources.iter().find(|(d, _)| **d == *person.department).map(|(_, id)| *id);
        own.or_else(|| {
            if self.rng.chance(50) {
                self.self_paid
            } else {
                self.department_sources.get(self.rng.below(self.department_sources.len())).map(|(_, id)| *id)
            }
        })
    }

    /// Up to `count` unused participants with `position`.
    fn pick(&mut self, position: &str, count: usize) -> Vec<PersonId> {
        let position = position_id(self.items, position);
        let chosen: Vec<PersonId> = self
            .people
            .iter()
            .filter(|p| p.active && p.has_role(Role::Participant) && p.position == position)
            .filter(|p| !self.used.contains(&p.id))
            .take(count)
            .map(|p| p.id)
            .collect();
        self.used.extend(chosen.iter().copied());
        chosen
    }

    /// The group of `plan`, with its registrations and sessions; false when
    /// there were not enough people left for it.
    fn group(&mut self, index: usize, plan: &Plan) -> Result<bool> {
        let formed_on = days_before(self.today, plan.formed_days_ago);
        // Drawn for every plan, so that the demo stays the same for a seed.
        let individuals = 4 + self.rng.below(2);
        let size = plan.group_registration.unwrap_or(individuals);
        let members = self.pick(plan.position, size);
        if members.len() < self.defaults.min_group_size as usize {
            return Ok(false);
        }
        let slot = TimeSlot::new(
            WORKDAYS[index % WORKDAYS.len()],
            if index.is_multiple_of(3) { DayPart::Morning } else { DayPart::Afternoon },
        );
        let registrations = self.register(plan, &members, slot, formed_on)?;
        let coach = self.coaches.get(index % self.coaches.len().max(1)).copied();
        let pricing = self.defaults.pricing();
        let new = NewGroup { name: plan.name.to_string(), registrations, coach, pricing, formed_on };
        let group = self.store.form_group(&new)?;
        self.store.save_group(&group_details(index, plan, group, coach, formed_on))?;
        if plan.status != GroupStatus::Cancelled || plan.formed_days_ago < 200 {
            self.sessions(group, plan, formed_on, slot, &members)?;
        }
        Ok(true)
    }

    /// One group registration of `members`, or one individual registration each.
    fn register(
        &mut self,
        plan: &Plan,
        members: &[PersonId],
        slot: TimeSlot,
        formed_on: NaiveDate,
    ) -> Result<Vec<RegistrationId>> {
        let registered_on = days_before(formed_on, 10 + self.rng.below(40) as u64);
        let theme = THEMES[self.rng.below(THEMES.len())].to_string();
        if plan.group_registration.is_some() {
            let funding =
                if plan.central.is_some() { self.central } else { self.funding_for(members.first().copied()) };
            let draft = RegistrationDraft {
                people: members.to_vec(),
                contact: members.first().copied(),
                preferred: vec![slot],
                theme,
                funding,
                ..RegistrationDraft::new(RegistrationKind::Group, registered_on)
            };
            return Ok(vec![self.store.save_registration(&draft)?]);
        }
        let mut registrations = Vec::new();
        for member in members {
            let funding = if plan.central.is_some() { self.central } else { self.funding_for(Some(*member)) };
            let registered = days_before(registered_on, self.rng.below(30) as u64);
            let draft = RegistrationDraft {
                people: vec![*member],
                contact: Some(*member),
                preferred: vec![slot],
                funding,
                ..RegistrationDraft::new(RegistrationKind::Individual, registered)
            };
            registrations.push(self.store.save_registration(&draft)?);
        }
        Ok(registrations)
    }

    /// The individuals waiting for a group; returns how many.
    fn waiting_list(&mut self) -> Result<usize> {
        let mut waiting = 0;
        for (position, count) in WAITING {
            for member in self.pick(position, *count) {
                let funding = if *position == "postdoc" { self.central } else { self.funding_for(Some(member)) };
                let preferred = vec![
                    TimeSlot::new(WORKDAYS[self.rng.below(WORKDAYS.len())], DayPart::Afternoon),
                    TimeSlot::new(WORKDAYS[self.rng.below(WORKDAYS.len())], DayPart::ALL[self.rng.below(2)]),
                ];
                let theme =
                    if self.rng.chance(50) { THEMES[self.rng.below(THEMES.len())].to_string() } else { String::new() };
                let registered = days_before(self.today, 3 + self.rng.below(45) as u64);
                let draft = RegistrationDraft {
                    people: vec![member],
                    contact: Some(member),
                    preferred,
                    theme,
                    funding,
                    ..RegistrationDraft::new(RegistrationKind::Individual, registered)
                };
                self.store.save_registration(&draft)?;
                waiting += 1;
            }
        }
        Ok(waiting)
    }

    /// The sessions of a group planned from its slot; past ones with attendance.
    fn sessions(
        &mut self,
        group: GroupId,
        plan: &Plan,
        formed_on: NaiveDate,
        slot: TimeSlot,
        members: &[PersonId],
    ) -> Result<()> {
        if plan.status == GroupStatus::Forming && plan.formed_days_ago < 5 {
            return Ok(());
        }
        let hour = if slot.part == DayPart::Morning { 10 } else { 14 };
        let session_plan = SessionPlan {
            from: days_after(formed_on, 7),
            weekday: slot.weekday(),
            time: NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default(),
            every_weeks: 2,
            count: self.defaults.sessions_per_group as u32,
            minutes: self.defaults.session_minutes,
        };
        let starts = session_plan.starts();
        let ids = self.store.add_sessions(group, &starts, session_plan.minutes)?;
        for (index, (id, start)) in ids.iter().zip(&starts).enumerate() {
            if plan.status == GroupStatus::Cancelled && index >= 1 {
                self.store.set_session_status(*id, SessionStatus::Cancelled)?;
                continue;
            }
            if start.date() >= self.today {
                // One upcoming session was moved, as happens.
                if index == 3 && self.rng.chance(50) {
                    self.store.move_session(*id, *start + chrono::Duration::days(1), session_plan.minutes)?;
                }
                continue;
            }
            for member in members {
                let mark = match self.rng.below(20) {
                    0 => Attendance::Absent,
                    1 | 2 => Attendance::Excused,
                    _ => Attendance::Present,
                };
                self.store.set_attendance(*id, *member, Some(mark))?;
            }
        }
        Ok(())
    }
}

/// The place, status and central-budget application of a demo group.
fn group_details(
    index: usize,
    plan: &Plan,
    group: GroupId,
    coach: Option<PersonId>,
    formed_on: NaiveDate,
) -> GroupDraft {
    let (applied_on, decided_on) = match plan.central {
        Some(ApplicationStatus::Applied) => (Some(days_after(formed_on, 3)), None),
        Some(ApplicationStatus::Approved | ApplicationStatus::Refused) => {
            (Some(days_after(formed_on, 3)), Some(days_after(formed_on, 17)))
        }
        _ => (None, None),
    };
    GroupDraft {
        version: None,
        id: Some(group),
        name: plan.name.to_string(),
        status: plan.status,
        coach,
        location: if plan.online { String::new() } else { format!("Wenckebach Instituut, zaal {}", 2 + index % 5) },
        meeting_link: if plan.online {
            format!("https://meet.umcnoord.example/peer-{}", 1000 + index * 37)
        } else {
            String::new()
        },
        application: plan.central,
        applied_on,
        decided_on,
    }
}

fn position_id(items: &[ListItem], code: &str) -> Option<crate::domain::ListItemId> {
    items.iter().find(|i| i.kind == ListKind::Position && i.code.as_deref() == Some(code)).map(|i| i.id)
}

fn days_before(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days)).unwrap_or(date)
}

fn days_after(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap_or(date)
}
