//! A network's meetings: what the rule gives, with single meetings skipped
//! or moved (each keeps the date the rule gave it as its name), the host in
//! turn, attendance and the year's overview.

use super::{Network, NetworkId, field};
use crate::domain::problem::{Problem, Problems};
use chrono::{Days, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// What happened to one meeting of the series.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Skipped,
    /// Held at another date and time (and for another length).
    Moved {
        to: NaiveDateTime,
        minutes: i64,
    },
}

/// One meeting of a series that does not happen as the rule says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exception {
    pub network: NetworkId,
    /// The date the rule gives the meeting: its name.
    pub original: NaiveDate,
    pub change: Change,
}

/// Whether a meeting happens as the rule says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MeetingState {
    AsPlanned,
    Moved,
    Skipped,
}

/// One meeting of a network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    /// The date the rule gives it; it names the meeting even when moved.
    pub original: NaiveDate,
    pub start: NaiveDateTime,
    pub minutes: i64,
    pub state: MeetingState,
}

impl Meeting {
    /// When the meeting ends.
    pub fn end(&self) -> NaiveDateTime {
        self.start + chrono::Duration::minutes(self.minutes)
    }

    /// True unless the meeting was skipped.
    pub fn happens(&self) -> bool {
        self.state != MeetingState::Skipped
    }
}

/// How far a moved meeting may lie from its date, in days.
pub const MOVE_DAYS: u64 = 180;

/// The meeting the rule gives on `original`, with its exception applied.
fn meeting(network: &Network, exceptions: &[Exception], original: NaiveDate) -> Meeting {
    let series = &network.series;
    let change = exceptions.iter().find(|e| e.network == network.id && e.original == original).map(|e| e.change);
    match change {
        Some(Change::Skipped) => Meeting {
            original,
            start: series.start_on(original),
            minutes: series.minutes,
            state: MeetingState::Skipped,
        },
        Some(Change::Moved { to, minutes }) => Meeting { original, start: to, minutes, state: MeetingState::Moved },
        None => Meeting {
            original,
            start: series.start_on(original),
            minutes: series.minutes,
            state: MeetingState::AsPlanned,
        },
    }
}

/// The meetings whose (possibly moved) start falls from `from` up to and
/// including `to`, skipped ones included, in order of start.
pub fn meetings_between(network: &Network, exceptions: &[Exception], from: NaiveDate, to: NaiveDate) -> Vec<Meeting> {
    let wide_from = from.checked_sub_days(Days::new(MOVE_DAYS)).unwrap_or(from);
    let wide_to = to.checked_add_days(Days::new(MOVE_DAYS)).unwrap_or(to);
    let mut meetings: Vec<Meeting> = network
        .series
        .dates_between(wide_from, wide_to)
        .into_iter()
        .map(|original| meeting(network, exceptions, original))
        .filter(|m| (from..=to).contains(&m.start.date()))
        .collect();
    meetings.sort_by_key(|m| (m.start, m.original));
    meetings
}

/// The next `count` meetings that have not yet ended at `now` (skipped ones
/// included, so they can be restored); none while the network does not meet.
pub fn next_meetings(network: &Network, exceptions: &[Exception], now: NaiveDateTime, count: usize) -> Vec<Meeting> {
    if !network.meets() {
        return Vec::new();
    }
    let from = now.date();
    let mut horizon = 366;
    loop {
        let to = from.checked_add_days(Days::new(horizon)).unwrap_or(from);
        let found: Vec<Meeting> =
            meetings_between(network, exceptions, from, to).into_iter().filter(|m| m.end() > now).collect();
        if found.len() >= count || horizon > 366 * 4 {
            return found.into_iter().take(count).collect();
        }
        horizon *= 2;
    }
}

/// What is wrong with skipping the meeting of `original`.
pub fn skip_problems(network: &Network, original: NaiveDate) -> Problems {
    let mut problems = Problems::new();
    if !network.series.gives(original) {
        problems.add(field::DATE, Problem::InvalidDate);
    }
    problems
}

/// What is wrong with moving the meeting of `original` to `to`: the rule
/// must give `original`, the new date must be near it and must not be the
/// day of another meeting of the series.
pub fn move_problems(
    network: &Network,
    exceptions: &[Exception],
    original: NaiveDate,
    to: NaiveDateTime,
    minutes: i64,
) -> Problems {
    let mut problems = skip_problems(network, original);
    if !(15..=480).contains(&minutes) {
        problems.add(super::recurrence::field::MINUTES, Problem::OutOfRange { min: 15, max: 480 });
    }
    let day = to.date();
    let near = original.checked_sub_days(Days::new(MOVE_DAYS)).is_some_and(|d| d <= day)
        && original.checked_add_days(Days::new(MOVE_DAYS)).is_some_and(|d| d >= day);
    if !near {
        problems.add(field::MOVED_TO, Problem::OutOfRange { min: -(MOVE_DAYS as i64), max: MOVE_DAYS as i64 });
        return problems;
    }
    let taken = meetings_between(network, exceptions, day, day)
        .into_iter()
        .any(|m| m.original != original && m.happens() && m.start.date() == day);
    if taken {
        problems.add(field::MOVED_TO, Problem::SessionOverlap);
    }
    problems
}

/// The organisations that host in turn: the current members' organisations,
/// each once, in alphabetical order.
pub fn host_organisations<'a>(organisations: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut hosts: Vec<String> =
        organisations.into_iter().map(str::trim).filter(|o| !o.is_empty()).map(String::from).collect();
    hosts.sort_by_key(|o| crate::domain::search::fold(o));
    hosts.dedup_by_key(|o| crate::domain::search::fold(o));
    hosts
}

/// Who hosts the meeting of `original` when the hosts rotate: the meetings
/// that happen, counted from the first, take the hosts in turn.
pub fn host_of<'a>(
    network: &Network,
    exceptions: &[Exception],
    hosts: &'a [String],
    original: NaiveDate,
) -> Option<&'a str> {
    if !network.rotating_hosts || hosts.is_empty() {
        return None;
    }
    let skipped: HashSet<NaiveDate> = exceptions
        .iter()
        .filter(|e| e.network == network.id && e.change == Change::Skipped)
        .map(|e| e.original)
        .collect();
    let turn = network.series.dates().take_while(|d| *d < original).filter(|d| !skipped.contains(d)).count();
    hosts.get(turn % hosts.len()).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::super::NetworkStatus;
    use super::*;
    use crate::domain::networks::fixtures::{at, day, monthly, skip};
    use chrono::Datelike;
    use proptest::prelude::*;

    #[test]
    fn a_skipped_meeting_stays_in_the_list_and_a_moved_one_keeps_its_name() {
        let n = monthly();
        let moved = Exception {
            network: NetworkId(1),
            original: day(2026, 3, 10),
            change: Change::Moved { to: at(day(2026, 3, 17), 14), minutes: 90 },
        };
        let exceptions = [skip(day(2026, 2, 10)), moved];
        let list = meetings_between(&n, &exceptions, day(2026, 1, 1), day(2026, 4, 30));
        let starts: Vec<_> = list.iter().map(|m| (m.start, m.state)).collect();
        assert_eq!(
            starts,
            [
                (at(day(2026, 1, 13), 10), MeetingState::AsPlanned),
                (at(day(2026, 2, 10), 10), MeetingState::Skipped),
                (at(day(2026, 3, 17), 14), MeetingState::Moved),
                (at(day(2026, 4, 14), 10), MeetingState::AsPlanned),
            ]
        );
        assert_eq!(list[2].original, day(2026, 3, 10));
    }

    #[test]
    fn a_meeting_cannot_be_moved_onto_another_or_far_away() {
        let n = monthly();
        let problems = move_problems(&n, &[], day(2026, 3, 10), at(day(2026, 4, 14), 10), 120);
        assert_eq!(problems.for_field(field::MOVED_TO), Some(&Problem::SessionOverlap));
        // Onto a skipped meeting's day is fine.
        let problems = move_problems(&n, &[skip(day(2026, 4, 14))], day(2026, 3, 10), at(day(2026, 4, 14), 10), 120);
        assert!(problems.is_empty());
        let problems = move_problems(&n, &[], day(2026, 3, 10), at(day(2027, 3, 10), 10), 120);
        assert!(problems.for_field(field::MOVED_TO).is_some());
        assert!(
            move_problems(&n, &[], day(2026, 3, 11), at(day(2026, 3, 12), 10), 120).for_field(field::DATE).is_some()
        );
    }

    #[test]
    fn hosts_take_turns_over_the_meetings_that_happen() {
        let n = monthly();
        let hosts =
            host_organisations(["Vrijwilligerscentrale Assen", "Emmen", "Assen", "vrijwilligerscentrale assen"]);
        assert_eq!(hosts, ["Assen", "Emmen", "Vrijwilligerscentrale Assen"]);
        let exceptions = [skip(day(2026, 2, 10))];
        assert_eq!(host_of(&n, &exceptions, &hosts, day(2026, 1, 13)), Some("Assen"));
        // February is skipped: March is the second turn.
        assert_eq!(host_of(&n, &exceptions, &hosts, day(2026, 3, 10)), Some("Emmen"));
        assert_eq!(host_of(&n, &exceptions, &hosts, day(2026, 4, 14)), Some("Vrijwilligerscentrale Assen"));
        assert_eq!(host_of(&n, &exceptions, &hosts, day(2026, 5, 12)), Some("Assen"));
    }

    #[test]
    fn the_next_meetings_skip_what_has_ended_and_a_paused_network_has_none() {
        let mut n = monthly();
        let next = next_meetings(&n, &[], at(day(2026, 3, 10), 11), 3);
        assert_eq!(
            next.iter().map(|m| m.original).collect::<Vec<_>>(),
            [day(2026, 3, 10), day(2026, 4, 14), day(2026, 5, 12)]
        );
        n.status = NetworkStatus::Paused;
        assert!(next_meetings(&n, &[], at(day(2026, 3, 10), 11), 3).is_empty());
    }

    proptest! {
        #[test]
        fn skipping_and_moving_never_add_or_lose_a_meeting(
            actions in prop::collection::vec((0usize..12, prop::bool::ANY, -20i64..20), 0..12),
        ) {
            let n = monthly();
            let originals = n.series.dates_between(day(2026, 1, 1), day(2026, 12, 31));
            let mut exceptions: Vec<Exception> = Vec::new();
            for (index, skipping, shift) in actions {
                let original = originals[index];
                let change = if skipping {
                    Change::Skipped
                } else {
                    let to = at(original, 10) + chrono::Duration::days(shift);
                    if !move_problems(&n, &exceptions, original, to, 60).is_empty() {
                        continue;
                    }
                    Change::Moved { to, minutes: 60 }
                };
                exceptions.retain(|e| e.original != original);
                exceptions.push(Exception { network: NetworkId(1), original, change });
            }
            let list = meetings_between(&n, &exceptions, day(2025, 6, 1), day(2027, 6, 30));
            let names: Vec<NaiveDate> = list.iter().map(|m| m.original).filter(|d| d.year() == 2026).collect();
            let mut sorted = names.clone();
            sorted.sort();
            sorted.dedup();
            prop_assert_eq!(sorted, originals);
            // No two meetings that happen share a day.
            let days: Vec<NaiveDate> = list.iter().filter(|m| m.happens()).map(|m| m.start.date()).collect();
            let unique: HashSet<NaiveDate> = days.iter().copied().collect();
            prop_assert_eq!(unique.len(), days.len());
        }
    }
}
