//! Demo incidents in every state: fresh ones with the first conversation
//! due today, overdue ones, a declined offer with its repeat due, referred
//! and closed trajectories, and old ones already reduced to anonymous
//! figures by the retention purge. About 25 over fifteen months for the
//! standard demo; a large directory gets them in proportion over five
//! years (20 000 people: 8 000 incidents, about 10 000 trajectories).

use super::DemoOptions;
use crate::domain::incidents::cases::{
    CaseListItemId, CaseListKind, ConversationStep, IncidentDraft, Outcome, TrajectoryId,
};
use crate::domain::incidents::matching::{Candidate, Need, is_trained_supporter, rank};
use crate::domain::incidents::protocol::{Answer, ConversationPlan};
use crate::domain::random::SplitMix64;
use crate::domain::settings::Settings;
use crate::domain::{Person, Role};
use crate::store::{Result, Store};
use chrono::{Duration, NaiveDate, NaiveTime};
use std::collections::HashMap;

/// How many incidents and trajectories the demo wrote.
pub struct IncidentsDemo {
    pub incidents: usize,
    pub trajectories: usize,
}

/// How many incidents the demo writes, and over how many days before today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub incidents: usize,
    pub days: i64,
}

impl Span {
    /// About 25 incidents over fifteen months for a directory of up to a
    /// thousand; a larger one gets two incidents for every five people over
    /// five years, as a large hospital would record.
    pub fn for_people(people: usize) -> Span {
        if people <= 1000 {
            Span { incidents: (people / 12).max(25), days: 450 }
        } else {
            Span { incidents: people * 2 / 5, days: 5 * 365 }
        }
    }
}

/// Writes `span.incidents` incidents spread over `span.days` before today.
pub fn write_incidents_demo(
    store: &mut Store,
    people: &[Person],
    options: &DemoOptions,
    span: Span,
) -> Result<IncidentsDemo> {
    let mut rng = SplitMix64::new(options.seed ^ 0x1C1D);
    let employees: Vec<&Person> =
        people.iter().filter(|p| p.active && !p.has_role(Role::PeerSupporter) && !p.department.is_empty()).collect();
    let lists = store.case_list_items()?;
    let of_kind = |kind| lists.iter().filter(|i| i.kind == kind).map(|i| i.id).collect::<Vec<_>>();
    let (types, reporters) = (of_kind(CaseListKind::IncidentType), of_kind(CaseListKind::Reporter));
    // Who may be matched at all, found once: matching then ranks only them.
    let supporters: Vec<usize> = (0..people.len()).filter(|&i| is_trained_supporter(&people[i])).collect();
    let mut by_department: HashMap<&str, Vec<usize>> = HashMap::new();
    for &i in &supporters {
        by_department.entry(people[i].department.as_ref()).or_default().push(i);
    }
    let mut cx = Context {
        people,
        supporters,
        by_department,
        open: vec![0; people.len()],
        settings: store.settings()?,
        referral: of_kind(CaseListKind::Referral).first().copied(),
        today: options.today,
    };
    let mut trajectories = 0;
    let spacing = span.days as f64 / span.incidents.max(1) as f64;
    for k in 0..span.incidents {
        let (Some(&employee), Some(&kind), Some(&reporter)) =
            (rng.pick(&employees), types.get(k % types.len().max(1)), reporters.get(k % reporters.len().max(1)))
        else {
            continue;
        };
        let mut involved = vec![employee];
        if k % 4 == 0
            && let Some(&colleague) =
                employees.iter().find(|p| p.department == employee.department && p.id != employee.id)
        {
            involved.push(colleague);
        }
        let age = (k as f64 * spacing) as i64;
        trajectories += write_incident(store, &mut cx, &mut rng, Incident { k, age, kind, reporter, involved })?;
    }
    // The oldest cases have passed their retention period.
    store.purge(options.today, false)?;
    Ok(IncidentsDemo { incidents: span.incidents, trajectories })
}

/// What the demo's incidents share: who may support, how many open
/// trajectories each supporter has, the settings.
struct Context<'a> {
    people: &'a [Person],
    supporters: Vec<usize>,
    by_department: HashMap<&'a str, Vec<usize>>,
    open: Vec<usize>,
    settings: Settings,
    referral: Option<CaseListItemId>,
    today: NaiveDate,
}

/// One demo incident: its number in the run, its age in days, its type and
/// reporter, and the employees involved.
struct Incident<'a> {
    k: usize,
    age: i64,
    kind: CaseListItemId,
    reporter: CaseListItemId,
    involved: Vec<&'a Person>,
}

/// Records one incident and the trajectory of each employee involved; how
/// many trajectories it opened.
fn write_incident(
    store: &mut Store,
    cx: &mut Context<'_>,
    rng: &mut SplitMix64,
    incident: Incident<'_>,
) -> Result<usize> {
    let Incident { k, age, kind, reporter, involved } = incident;
    // Reported three days or more before today, so that the newest
    // incident's first conversation is due today; nothing lies ahead.
    let reported_on = cx.today - Duration::days(age + 3);
    let occurred_on = reported_on - Duration::days(i64::from(k % 2 == 0) + i64::from(k % 3 == 1));
    // The newest is reported late in the evening: its first conversation is due today.
    let hour = if k == 0 { 23 } else { 9 + (k as u32 * 5) % 8 };
    let reported_at = reported_on.and_time(NaiveTime::from_hms_opt(hour, 15, 0).unwrap_or_default());
    let id = store.record_incident(&IncidentDraft {
        version: None,
        occurred_on,
        // Before the report, also on the same day.
        occurred_time: (k % 3 != 0).then(|| NaiveTime::from_hms_opt(6 + (k as u32) % 3, 30, 0)).flatten(),
        reported_at,
        incident_type: kind,
        reporter,
        departments: vec![involved[0].department.to_string()],
    })?;
    let plan = crate::domain::incidents::protocol::conversation_plan(occurred_on, reported_at, &cx.settings.incidents);
    let involved_ids: Vec<_> = involved.iter().map(|p| p.id).collect();
    for (index, person) in involved.iter().enumerate() {
        let trajectory = store.add_involved(id, person.id, k % 5 == 2)?;
        let offered = reported_at.date();
        if age < 2 && index == 0 {
            // Fresh: offered, the first conversation due today.
            store.record_offer(trajectory, offered, None)?;
            continue;
        }
        if k % 7 == 3 && index == 0 {
            if age < 100 {
                // Declined ten days ago: the repeat offer is due this week.
                store.record_offer(trajectory, cx.today - Duration::days(10), Some(Answer::Declined))?;
            } else {
                // Long ago: declined again, ended without further prompting.
                store.record_offer(trajectory, offered, Some(Answer::Declined))?;
                store.record_offer(trajectory, offered + Duration::days(14), Some(Answer::Declined))?;
            }
            continue;
        }
        store.record_offer(trajectory, offered, Some(Answer::Accepted))?;
        let need = Need { employee: person, involved: &involved_ids, other_department: k % 5 == 2 };
        let pool = pool(&cx.supporters, &cx.by_department, person, k);
        let candidates: Vec<Candidate> =
            pool.iter().map(|&i| Candidate { person: &cx.people[i], open_trajectories: cx.open[i] }).collect();
        let Some(best) = rank(&candidates, &need, &cx.settings.clusters).into_iter().next() else { continue };
        if let Some(&i) = pool.iter().find(|&&i| cx.people[i].id == best.supporter.id) {
            cx.open[i] += 1;
        }
        store.assign_supporter(trajectory, best.supporter.id, offered)?;
        let held_late = k % 6 == 1 && age < 20;
        write_conversations(store, cx, rng, trajectory, &plan, Story { age, k, held_late })?;
    }
    Ok(involved.len())
}

/// How far a demo trajectory got: its incident's age and number, and
/// whether its first conversation is still to be recorded.
#[derive(Clone, Copy)]
struct Story {
    age: i64,
    k: usize,
    held_late: bool,
}

/// Plans and records a matched trajectory's conversations as far as its
/// age allows, some overdue, and ends it closed or referred after the third.
fn write_conversations(
    store: &mut Store,
    cx: &Context<'_>,
    rng: &mut SplitMix64,
    trajectory: TrajectoryId,
    plan: &ConversationPlan,
    story: Story,
) -> Result<()> {
    let today = cx.today;
    let first_at = plan.first_due - Duration::hours(20);
    let first = store.plan_conversation(trajectory, ConversationStep::First, first_at)?;
    if first_at.date() < today && !story.held_late {
        store.record_conversation(first, Some(first_at.date()))?;
    }
    if story.age < 10 {
        return Ok(());
    }
    let second_at = plan.second_due.and_time(NaiveTime::from_hms_opt(14, 0, 0).unwrap_or_default());
    let second = store.plan_conversation(trajectory, ConversationStep::Second, second_at)?;
    // Some second conversations are overdue: planned, passed, not recorded.
    if second_at.date() < today && story.k % 4 != 1 {
        store.record_conversation(second, Some(second_at.date()))?;
    }
    if story.age < 50 {
        return Ok(());
    }
    let third_at = plan.third_from.and_time(NaiveTime::from_hms_opt(11, 0, 0).unwrap_or_default());
    let third = store.plan_conversation(trajectory, ConversationStep::Third, third_at)?;
    if third_at.date() < today {
        store.record_conversation(third, Some(third_at.date()))?;
        let (outcome, referral) =
            if rng.chance(30) { (Outcome::Referred, cx.referral) } else { (Outcome::Closed, None) };
        store.end_trajectory(trajectory, outcome, referral, third_at.date())?;
    }
    Ok(())
}

/// Whom the demo matches `employee` among: every supporter of a small
/// directory; in a large one, up to [`POOL`] of the employee's own
/// department and [`POOL`] others, as a coordinator looks near first. (Ranking every
/// employee against a thousand supporters would take most of the demo.)
fn pool(supporters: &[usize], by_department: &HashMap<&str, Vec<usize>>, employee: &Person, k: usize) -> Vec<usize> {
    if supporters.len() <= POOL {
        return supporters.to_vec();
    }
    // At most POOL of the department's own, so that a larger directory
    // costs no more per incident: the demo stays linear in its size.
    let department = by_department.get(employee.department.as_ref()).map(Vec::as_slice).unwrap_or_default();
    let near_stride = (department.len() / POOL).max(1);
    let near: Vec<usize> = department.iter().skip(k % near_stride).step_by(near_stride).take(POOL).copied().collect();
    let stride = supporters.len() / POOL;
    let others = supporters.iter().skip(k % stride).step_by(stride).take(POOL).filter(|i| !near.contains(i));
    near.iter().copied().chain(others.copied()).collect()
}

/// How many supporters from elsewhere a large demo matches among.
const POOL: usize = 64;

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn the_standard_demo_keeps_about_25_incidents_and_a_large_one_gets_them_in_proportion() {
        assert_eq!(Span::for_people(300), Span { incidents: 25, days: 450 });
        assert_eq!(Span::for_people(1000), Span { incidents: 83, days: 450 });
        assert_eq!(Span::for_people(20_000), Span { incidents: 8000, days: 1825 });
    }
}
