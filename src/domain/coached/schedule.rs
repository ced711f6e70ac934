//! Planning sessions and spotting double bookings. Times are the
//! organisation's wall-clock time: a session at 14:00 stays at 14:00 across
//! a change to or from summer time.

use super::groups::{DayPart, GroupId, Registration, TimeSlot, field};
use super::sessions::{Session, SessionId, SessionStatus};
use crate::domain::person::PersonId;
use crate::domain::problem::{Problem, Problems};
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// How to lay out a group's sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionPlan {
    /// The first session is on the first `weekday` on or after this date.
    pub from: NaiveDate,
    pub weekday: Weekday,
    pub time: NaiveTime,
    /// Weeks between sessions (1 = weekly, 2 = fortnightly, …).
    pub every_weeks: u32,
    pub count: u32,
    pub minutes: i64,
}

impl SessionPlan {
    /// What is wrong with the plan.
    pub fn problems(&self) -> Problems {
        let mut problems = Problems::new();
        if !(1..=12).contains(&self.every_weeks) {
            problems.add(field::INTERVAL, Problem::OutOfRange { min: 1, max: 12 });
        }
        if !(1..=50).contains(&self.count) {
            problems.add(field::COUNT, Problem::OutOfRange { min: 1, max: 50 });
        }
        if !(15..=480).contains(&self.minutes) {
            problems.add(field::MINUTES, Problem::OutOfRange { min: 15, max: 480 });
        }
        problems
    }

    /// The start of every session.
    pub fn starts(&self) -> Vec<NaiveDateTime> {
        let offset = (7 + self.weekday.num_days_from_monday() - self.from.weekday().num_days_from_monday()) % 7;
        let Some(first) = self.from.checked_add_days(Days::new(offset as u64)) else {
            return Vec::new();
        };
        (0..self.count)
            .filter_map(|n| first.checked_add_days(Days::new(7 * self.every_weeks as u64 * n as u64)))
            .map(|day| day.and_time(self.time))
            .collect()
    }
}

/// Time someone is already taken: a session of a group they coach or attend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Busy {
    pub person: PersonId,
    pub group: GroupId,
    pub starts_at: NaiveDateTime,
    pub minutes: i64,
}

/// A person who would be in two places at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub person: PersonId,
    pub other_group: GroupId,
    pub starts_at: NaiveDateTime,
}

/// The people of a session at `starts_at` for `minutes` who already have a
/// session of another group that overlaps it.
pub fn conflicts(
    group: GroupId,
    people: &[PersonId],
    starts_at: NaiveDateTime,
    minutes: i64,
    busy: &[Busy],
) -> Vec<Conflict> {
    let ends_at = starts_at + chrono::Duration::minutes(minutes);
    let mut found: Vec<Conflict> = busy
        .iter()
        .filter(|b| b.group != group && people.contains(&b.person))
        .filter(|b| b.starts_at < ends_at && starts_at < b.starts_at + chrono::Duration::minutes(b.minutes))
        .map(|b| Conflict { person: b.person, other_group: b.group, starts_at: b.starts_at })
        .collect();
    found.sort_by_key(|c| (c.starts_at, c.person));
    found.dedup();
    found
}

/// The slot most of a group's registrations prefer (the earliest of equals),
/// to plan its sessions on.
pub fn preferred_slot<'a>(registrations: impl IntoIterator<Item = &'a Registration>) -> Option<TimeSlot> {
    let mut counts: Vec<(TimeSlot, usize)> = Vec::new();
    for slot in registrations.into_iter().flat_map(|r| r.preferred.iter().copied()) {
        match counts.iter_mut().find(|(s, _)| *s == slot) {
            Some((_, n)) => *n += 1,
            None => counts.push((slot, 1)),
        }
    }
    counts.sort_by(|(a, n), (b, m)| m.cmp(n).then(a.cmp(b)));
    counts.first().map(|(slot, _)| *slot)
}

/// The time a session in `part` of the day starts by default.
pub fn default_start(part: DayPart) -> NaiveTime {
    let hour = match part {
        DayPart::Morning => 10,
        DayPart::Afternoon => 14,
        DayPart::Evening => 19,
    };
    NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default()
}

/// A planned session of `group` (other than `except`) that a session at
/// `starts_at` for `minutes` would overlap: a group meets once at a time.
pub fn own_overlap(
    sessions: &[Session],
    group: GroupId,
    except: Option<SessionId>,
    starts_at: NaiveDateTime,
    minutes: i64,
) -> Option<&Session> {
    let ends_at = starts_at + chrono::Duration::minutes(minutes);
    sessions.iter().find(|s| {
        s.group == group
            && Some(s.id) != except
            && s.status == SessionStatus::Planned
            && s.starts_at < ends_at
            && starts_at < s.ends_at()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_plans_on_the_slot_most_of_its_people_prefer() {
        let registration = |slots: Vec<TimeSlot>| Registration {
            id: super::super::groups::RegistrationId(1),
            kind: super::super::groups::RegistrationKind::Individual,
            registered_on: date(2026, 11, 1),
            contact: None,
            people: Vec::new(),
            preferred: slots,
            theme: String::new(),
            funding: crate::domain::funding::FundingSourceId(1),
            group: None,
            price: None,
            withdrawn: false,
            version: 1,
        };
        let tuesday = TimeSlot::new(Weekday::Tue, DayPart::Afternoon);
        let thursday = TimeSlot::new(Weekday::Thu, DayPart::Morning);
        let all = [registration(vec![thursday, tuesday]), registration(vec![tuesday])];
        assert_eq!(preferred_slot(&all), Some(tuesday));
        assert_eq!(preferred_slot(&[] as &[Registration]), None);
    }

    #[test]
    fn a_session_moved_onto_another_of_its_group_is_an_overlap() {
        let at = |d: u32, h: u32| date(2026, 12, d).and_hms_opt(h, 0, 0).unwrap();
        let session = |id: i64, start: NaiveDateTime| Session {
            id: SessionId(id),
            group: GroupId(1),
            starts_at: start,
            minutes: 90,
            status: SessionStatus::Planned,
            sequence: 0,
        };
        let sessions = [session(1, at(2, 14)), session(2, at(16, 14))];
        assert!(own_overlap(&sessions, GroupId(1), Some(SessionId(1)), at(16, 15), 90).is_some());
        assert!(own_overlap(&sessions, GroupId(1), Some(SessionId(1)), at(9, 14), 90).is_none());
        assert!(own_overlap(&sessions, GroupId(1), Some(SessionId(2)), at(16, 14), 90).is_none(), "itself");
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn plan(from: NaiveDate, weekday: Weekday, every_weeks: u32) -> SessionPlan {
        SessionPlan {
            from,
            weekday,
            time: NaiveTime::from_hms_opt(14, 0, 0).unwrap(),
            every_weeks,
            count: 5,
            minutes: 90,
        }
    }

    #[test]
    fn five_sessions_every_two_weeks_start_on_the_first_matching_weekday() {
        let starts = plan(date(2026, 11, 22), Weekday::Tue, 2).starts();
        let days: Vec<NaiveDate> = starts.iter().map(|s| s.date()).collect();
        assert_eq!(
            days,
            vec![date(2026, 11, 24), date(2026, 12, 8), date(2026, 12, 22), date(2027, 1, 5), date(2027, 1, 19)]
        );
        assert!(starts.iter().all(|s| s.time() == NaiveTime::from_hms_opt(14, 0, 0).unwrap()));
    }

    #[test]
    fn sessions_cross_month_ends_and_keep_the_weekday() {
        let starts = plan(date(2027, 1, 29), Weekday::Fri, 1).starts();
        let days: Vec<NaiveDate> = starts.iter().map(|s| s.date()).collect();
        assert_eq!(
            days,
            vec![date(2027, 1, 29), date(2027, 2, 5), date(2027, 2, 12), date(2027, 2, 19), date(2027, 2, 26)]
        );
    }

    #[test]
    fn a_change_to_summer_time_keeps_the_wall_clock_time() {
        // Summer time starts in the Netherlands on 28 March 2027.
        let starts = plan(date(2027, 3, 15), Weekday::Thu, 1).starts();
        assert!(starts.iter().any(|s| s.date() > date(2027, 3, 28)));
        assert!(starts.iter().all(|s| s.time() == NaiveTime::from_hms_opt(14, 0, 0).unwrap()));
    }

    #[test]
    fn a_plan_outside_its_limits_is_refused() {
        let mut bad = plan(date(2026, 11, 22), Weekday::Mon, 0);
        bad.count = 0;
        let problems = bad.problems();
        assert!(problems.for_field(field::INTERVAL).is_some());
        assert!(problems.for_field(field::COUNT).is_some());
    }

    #[test]
    fn an_overlapping_session_of_another_group_is_a_conflict_and_touching_ones_are_not() {
        let at = |h, m| date(2026, 12, 1).and_hms_opt(h, m, 0).unwrap();
        let coach = PersonId(1);
        let busy = vec![
            Busy { person: coach, group: GroupId(2), starts_at: at(13, 0), minutes: 90 },
            Busy { person: coach, group: GroupId(3), starts_at: at(16, 0), minutes: 60 },
            Busy { person: coach, group: GroupId(1), starts_at: at(14, 0), minutes: 90 },
            Busy { person: PersonId(9), group: GroupId(4), starts_at: at(14, 0), minutes: 90 },
        ];
        let found = conflicts(GroupId(1), &[coach, PersonId(5)], at(14, 0), 90, &busy);
        assert_eq!(found, vec![Conflict { person: coach, other_group: GroupId(2), starts_at: at(13, 0) }]);
        let touching = conflicts(GroupId(1), &[coach], at(14, 30), 90, &busy);
        assert!(touching.is_empty(), "{touching:?}");
    }
}
