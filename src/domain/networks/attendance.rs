//! Who came to a network's meetings, and the year's overview: meetings
//! held, average attendance, and who has not come for a number of
//! meetings in a row.

use super::meetings::{Exception, Meeting, meetings_between};
use super::{Membership, Network, NetworkId};
use crate::domain::person::PersonId;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Someone was at a meeting (named by the date the rule gives it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Presence {
    pub network: NetworkId,
    pub original: NaiveDate,
    pub person: PersonId,
}

/// A network's year: meetings held, how many came on average, and who has
/// not come for a number of meetings in a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearOverview {
    pub year: i32,
    /// Meetings of the year that took place (not skipped, started before now).
    pub held: usize,
    /// Meetings held for which attendance was recorded.
    pub recorded: usize,
    /// Average attendance over the recorded meetings, in tenths of a person.
    pub average_tenths: Option<i64>,
    /// Current members absent from each of the last `absence_run` recorded
    /// meetings they were a member for.
    pub absent: Vec<PersonId>,
}

/// The overview of `year` at `now`; `absence_run` is the number of recorded
/// meetings in a row after which an absent member is named.
pub fn year_overview(
    network: &Network,
    exceptions: &[Exception],
    memberships: &[Membership],
    presences: &[Presence],
    year: i32,
    now: NaiveDateTime,
    absence_run: usize,
) -> YearOverview {
    let present: HashSet<(NaiveDate, PersonId)> =
        presences.iter().filter(|p| p.network == network.id).map(|p| (p.original, p.person)).collect();
    let recorded_dates: HashSet<NaiveDate> = present.iter().map(|(d, _)| *d).collect();
    let (Some(first), Some(last)) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31)) else {
        return YearOverview { year, held: 0, recorded: 0, average_tenths: None, absent: Vec::new() };
    };
    let held: Vec<Meeting> = meetings_between(network, exceptions, first, last)
        .into_iter()
        .filter(|m| m.happens() && m.start <= now)
        .collect();
    let recorded: Vec<&Meeting> = held.iter().filter(|m| recorded_dates.contains(&m.original)).collect();
    let attendance: usize = recorded.iter().map(|m| present.iter().filter(|(d, _)| *d == m.original).count()).sum();
    let average_tenths = (!recorded.is_empty()).then(|| {
        let n = recorded.len() as i64;
        (attendance as i64 * 10 + n / 2) / n
    });
    // Absence looks back over every recorded meeting so far, not only this year's.
    let start = network.series.first().unwrap_or(first);
    let all_recorded: Vec<Meeting> = meetings_between(network, exceptions, start, now.date())
        .into_iter()
        .filter(|m| m.happens() && m.start <= now && recorded_dates.contains(&m.original))
        .collect();
    let mut absent: Vec<PersonId> = super::current_members(memberships, network.id)
        .filter(|membership| {
            let theirs: Vec<&Meeting> = all_recorded.iter().filter(|m| membership.member_on(m.start.date())).collect();
            absence_run > 0
                && theirs.len() >= absence_run
                && theirs.iter().rev().take(absence_run).all(|m| !present.contains(&(m.original, membership.person)))
        })
        .map(|m| m.person)
        .collect();
    absent.dedup();
    YearOverview { year, held: held.len(), recorded: recorded.len(), average_tenths, absent }
}

/// The years in which a network has had meetings up to `today`, newest first.
pub fn years(network: &Network, today: NaiveDate) -> Vec<i32> {
    let Some(first) = network.series.first() else { return vec![today.year()] };
    let mut years: Vec<i32> = (first.year().min(today.year())..=today.year()).rev().collect();
    if years.is_empty() {
        years.push(today.year());
    }
    years
}

#[cfg(test)]
mod tests {
    use super::super::MembershipId;
    use super::*;
    use crate::domain::networks::fixtures::{at, day, monthly, skip};

    fn member(id: i64, person: i64, joined_on: NaiveDate) -> Membership {
        Membership {
            id: MembershipId(id),
            network: NetworkId(1),
            person: PersonId(person),
            joined_on,
            left_on: None,
            consent_on: None,
        }
    }

    #[test]
    fn the_year_counts_meetings_held_average_attendance_and_who_stayed_away_three_times() {
        let n = monthly();
        let members =
            [member(1, 10, day(2025, 12, 1)), member(2, 20, day(2025, 12, 1)), member(3, 30, day(2026, 3, 1))];
        let here = |d: NaiveDate, p: i64| Presence { network: NetworkId(1), original: d, person: PersonId(p) };
        let presences = [
            here(day(2026, 1, 13), 10),
            here(day(2026, 1, 13), 20),
            here(day(2026, 3, 10), 10),
            here(day(2026, 4, 14), 10),
            here(day(2026, 5, 12), 10),
        ];
        let exceptions = [skip(day(2026, 2, 10))];
        let overview = year_overview(&n, &exceptions, &members, &presences, 2026, at(day(2026, 6, 1), 9), 3);
        // January, March, April, May held (February skipped).
        assert_eq!(overview.held, 4);
        assert_eq!(overview.recorded, 4);
        assert_eq!(overview.average_tenths, Some(13));
        // Person 20 missed March, April and May; person 30 joined in March
        // and missed all three too; person 10 came.
        assert_eq!(overview.absent, [PersonId(20), PersonId(30)]);
        let overview = year_overview(&n, &exceptions, &members, &presences, 2026, at(day(2026, 5, 1), 9), 3);
        assert_eq!(overview.absent, Vec::<PersonId>::new());
    }
}
