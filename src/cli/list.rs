//! `peerdesk list incidents|supporters|networks|circles|meetings`: what a coordinator looks up from a
//! terminal, one line each, with a header in the user's language. The
//! incidents list names no employee.

use super::{CliError, Outcome};
use crate::domain::incidents::matching::is_trained_supporter;
use crate::domain::incidents::protocol::urgency;
use crate::i18n::I18n;
use crate::ops::cases::{CaseRecords, case_item_label, task_text, urgency_text};
use crate::ops::messages::store_error_text;
use crate::store::Store;
use std::path::PathBuf;

/// What `peerdesk list` lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListWhat {
    // Dutch names too. (No doc comments: clap would show them untranslated
    // in the help; the argument's help names the values.)
    #[value(alias = "incidenten")]
    Incidents,
    Supporters,
    #[value(alias = "netwerken")]
    Networks,
    #[value(alias = "intervisiegroepen")]
    Circles,
    #[value(alias = "bijeenkomsten")]
    Meetings,
    // The numbers `export schedule --group`, `--coach` and `export
    // statement --funding` ask for.
    #[value(alias = "groepen")]
    Groups,
    Coaches,
    #[value(alias = "financiering")]
    Funding,
}

/// Prints the list.
pub fn run(i18n: &I18n, db: Option<PathBuf>, what: ListWhat) -> Result<Outcome, CliError> {
    let path = db.unwrap_or_else(|| crate::paths::AppPaths::platform().default_db());
    let key = super::key_for(i18n, &path)?;
    let failed = |e| CliError::Message(store_error_text(i18n, &e));
    let store = Store::open_read_only_with(&path, key.as_ref()).map_err(failed)?;
    let trajectories = store.trajectories().map_err(failed)?;
    let mut lines = Vec::new();
    match what {
        ListWhat::Incidents => {
            let items = store.case_list_items().map_err(failed)?;
            let numbers = store.settings().map_err(failed)?.incidents;
            let conversations = store.conversations().map_err(failed)?;
            let offers = store.all_offers().map_err(failed)?;
            let incidents = store.incidents().map_err(failed)?;
            let records = CaseRecords {
                incidents: &incidents,
                trajectories: &trajectories,
                conversations: &conversations,
                offers: &offers,
            };
            let tasks = records.open_tasks(&numbers);
            let now = crate::clock::now();
            lines.push(i18n.tr("cli-list-incidents-header"));
            for incident in &incidents {
                let involved = trajectories.iter().filter(|t| t.incident == incident.id).count();
                let open = trajectories.iter().filter(|t| t.incident == incident.id && t.is_open()).count();
                let kind = items.iter().find(|i| i.id == incident.incident_type).map(|i| case_item_label(i18n, i));
                // The most pressing next step among its open trajectories.
                let next = tasks
                    .iter()
                    .filter(|due| due.incident == incident.id)
                    .min_by_key(|due| due.deadline)
                    .map(|due| {
                        let when = due.deadline.format("%Y-%m-%d %H:%M");
                        format!(
                            "{}: {when} ({})",
                            task_text(i18n, due.task),
                            urgency_text(i18n, urgency(due.deadline, now))
                        )
                    })
                    .unwrap_or_default();
                lines.push(format!(
                    "{}\t{}\t{}\t{involved}\t{open}\t{next}",
                    incident.reference,
                    incident.occurred_on.format("%Y-%m-%d"),
                    kind.unwrap_or_default(),
                ));
            }
        }
        ListWhat::Networks => lines.extend(networks(i18n, &store).map_err(failed)?),
        ListWhat::Circles => lines.extend(circles(i18n, &store).map_err(failed)?),
        ListWhat::Meetings => lines.extend(circle_meetings(i18n, &store).map_err(failed)?),
        ListWhat::Groups => lines.extend(groups(i18n, &store).map_err(failed)?),
        ListWhat::Coaches => lines.extend(coaches(i18n, &store).map_err(failed)?),
        ListWhat::Funding => lines.extend(funding(i18n, &store).map_err(failed)?),
        ListWhat::Supporters => {
            lines.push(i18n.tr("cli-list-supporters-header"));
            for person in store.list_people().map_err(failed)?.iter().filter(|p| is_trained_supporter(p)) {
                let open = trajectories.iter().filter(|t| t.is_open() && t.supporter() == Some(person.id)).count();
                let trained = person.roles.iter().find_map(|r| r.trained_on).map(|d| d.format("%Y-%m-%d").to_string());
                lines.push(format!(
                    "{}\t{}\t{}\t{}\t{open}",
                    person.id.0,
                    person.name,
                    person.department,
                    trained.unwrap_or_default()
                ));
            }
        }
    }
    Ok(Outcome::Done(lines.join("\n")))
}

/// One line per network: its number, name, status, members, the regular
/// meeting and the next meeting.
fn networks(i18n: &I18n, store: &Store) -> crate::store::Result<Vec<String>> {
    use crate::domain::networks::current_members;
    use crate::domain::networks::meetings::next_meetings;
    use crate::ops::networks::{series_text, status_text};
    let (memberships, changes) = (store.memberships()?, store.meeting_changes()?);
    let now = crate::clock::now();
    let mut lines = vec![i18n.tr("cli-list-networks-header")];
    for network in store.networks()? {
        let members = current_members(&memberships, network.id).count();
        let next = next_meetings(&network, &changes, now, 4)
            .into_iter()
            .find(|m| m.happens())
            .map(|m| m.start.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        lines.push(format!(
            "{}\t{}\t{}\t{members}\t{}\t{next}",
            network.id.0,
            network.name,
            status_text(i18n, network.status),
            series_text(i18n, &network.series),
        ));
    }
    Ok(lines)
}

/// One line per circle: number, name, phase, status, chair, members, cadence.
fn circles(i18n: &I18n, store: &Store) -> crate::store::Result<Vec<String>> {
    use crate::ops::circles::{cadence_text, circle_status_text, phase_name};
    let (people, items) = (store.list_people()?, store.list_items()?);
    let name = |id| people.iter().find(|p| p.id == id).map(|p| p.name.clone()).unwrap_or_default();
    let mut lines = vec![i18n.tr("cli-list-circles-header")];
    for circle in store.circles()? {
        lines.push(format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            circle.id.0,
            circle.name,
            phase_name(i18n, &items, circle.phase),
            circle_status_text(i18n, circle.status),
            circle.chair.map(name).unwrap_or_default(),
            circle.members.len(),
            cadence_text(i18n, circle.cadence),
        ));
    }
    Ok(lines)
}

/// One line per circle meeting, coming ones first: number, circle, start,
/// length, method, and whether it was cancelled.
fn circle_meetings(i18n: &I18n, store: &Store) -> crate::store::Result<Vec<String>> {
    use crate::ops::circles::method_name;
    let (circles, methods) = (store.circles()?, store.methods()?);
    let mut meetings = store.circle_meetings()?;
    meetings.sort_by_key(|m| std::cmp::Reverse(m.starts_at));
    let mut lines = vec![i18n.tr("cli-list-meetings-header")];
    for meeting in meetings {
        let circle = circles.iter().find(|c| c.id == meeting.circle).map(|c| c.name.as_str()).unwrap_or_default();
        let method = meeting.method.and_then(|id| methods.iter().find(|m| m.id == id)).map(|m| method_name(i18n, m));
        let cancelled = if meeting.cancelled { i18n.tr("circle-meeting-cancelled") } else { String::new() };
        lines.push(format!(
            "{}\t{circle}\t{}\t{}\t{}\t{cancelled}",
            meeting.id.0,
            meeting.starts_at.format("%Y-%m-%d %H:%M"),
            meeting.minutes,
            method.unwrap_or_default(),
        ));
    }
    Ok(lines)
}

/// One line per coached group, active ones first: number, name, status,
/// coach, members, sessions planned of the number agreed, the next session.
fn groups(i18n: &I18n, store: &Store) -> crate::store::Result<Vec<String>> {
    use crate::domain::coached::groups::SessionStatus;
    let (people, sessions) = (store.list_people()?, store.sessions()?);
    let now = crate::clock::now();
    let mut groups = store.groups()?;
    groups.sort_by_key(|g| (!g.status.is_active(), crate::domain::search::fold(&g.name)));
    let mut lines = vec![i18n.tr("cli-list-groups-header")];
    for group in groups {
        let coach = group.coach.and_then(|c| people.iter().find(|p| p.id == c)).map(|p| p.name.as_ref());
        let planned: Vec<_> =
            sessions.iter().filter(|s| s.group == group.id && s.status == SessionStatus::Planned).collect();
        let next = planned.iter().map(|s| s.starts_at).filter(|at| *at > now).min();
        lines.push(format!(
            "{}\t{}\t{}\t{}\t{}\t{}/{}\t{}",
            group.id.0,
            group.name,
            crate::ops::lists::group_status_label(i18n, group.status),
            coach.unwrap_or_default(),
            group.members.len(),
            planned.len(),
            group.pricing.sessions,
            next.map(|at| at.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default(),
        ));
    }
    Ok(lines)
}

/// One line per active coach: number, name, department, active groups.
fn coaches(i18n: &I18n, store: &Store) -> crate::store::Result<Vec<String>> {
    use crate::domain::Role;
    let groups = store.groups()?;
    let mut lines = vec![i18n.tr("cli-list-coaches-header")];
    for person in store.list_people()?.iter().filter(|p| p.active && p.has_role(Role::Coach)) {
        let active = groups.iter().filter(|g| g.coach == Some(person.id) && g.status.is_active()).count();
        lines.push(format!("{}\t{}\t{}\t{active}", person.id.0, person.name, person.department));
    }
    Ok(lines)
}

/// One line per funding source: number, name, central budget or not, in use.
fn funding(i18n: &I18n, store: &Store) -> crate::store::Result<Vec<String>> {
    let sources = store.funding_sources()?;
    let mut lines = vec![i18n.tr("cli-list-funding-header")];
    for source in &sources {
        lines.push(format!(
            "{}\t{}\t{}\t{}",
            source.id.0,
            crate::ops::lists::funding_label(i18n, &sources, source.id),
            i18n.tr(if source.central_budget { "cli-yes" } else { "cli-no" }),
            i18n.tr(if source.active { "status-active" } else { "status-inactive" }),
        ));
    }
    Ok(lines)
}
