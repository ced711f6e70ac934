//! A network's regular meeting: a rule people actually use ("every second
//! Tuesday of the month", "every six weeks on Thursday", "the first Monday
//! of every quarter") from a first date, at a wall-clock time. A meeting is
//! named by the date the rule gives it, so a skipped or moved meeting keeps
//! its name and the series is never broken.

use crate::domain::problem::{Problem, Problems};
use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// Field names of the recurrence in a form's problems.
pub mod field {
    pub const FROM: &str = "series_from";
    pub const UNTIL: &str = "series_until";
    pub const TIME: &str = "series_time";
    pub const MINUTES: &str = "series_minutes";
    pub const INTERVAL: &str = "series_interval";
    pub const NTH: &str = "series_nth";
}

/// Which weekday of the month: the first to the fourth, or the last.
pub const NTH_CHOICES: [i8; 5] = [1, 2, 3, 4, -1];

/// How often a network meets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rule {
    /// The `nth` `weekday` (1–4, or −1 for the last) of every `months` months:
    /// monthly (1), every quarter (3).
    MonthlyWeekday { nth: i8, weekday: Weekday, months: u32 },
    /// Every `weeks` weeks on `weekday`.
    Weekly { weeks: u32, weekday: Weekday },
}

impl Rule {
    /// The weekday the network meets on.
    pub fn weekday(self) -> Weekday {
        match self {
            Rule::MonthlyWeekday { weekday, .. } | Rule::Weekly { weekday, .. } => weekday,
        }
    }

    /// Months or weeks between meetings.
    pub fn interval(self) -> u32 {
        match self {
            Rule::MonthlyWeekday { months, .. } => months,
            Rule::Weekly { weeks, .. } => weeks,
        }
    }
}

/// A regular meeting: the rule, from a first date (and until a last one),
/// at a time of day, for a number of minutes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Series {
    pub rule: Rule,
    /// The first meeting is the first date on or after this one that the rule gives.
    pub from: NaiveDate,
    /// No meeting after this date.
    pub until: Option<NaiveDate>,
    pub time: NaiveTime,
    pub minutes: i64,
}

/// The most meetings looked at in one go (ten years of weekly meetings).
const MAX_MEETINGS: usize = 520;

impl Series {
    /// What is wrong with the series.
    pub fn problems(&self) -> Problems {
        let mut problems = Problems::new();
        match self.rule {
            Rule::MonthlyWeekday { nth, months, .. } => {
                if !NTH_CHOICES.contains(&nth) {
                    problems.add(field::NTH, Problem::OutOfRange { min: 1, max: 4 });
                }
                if !(1..=12).contains(&months) {
                    problems.add(field::INTERVAL, Problem::OutOfRange { min: 1, max: 12 });
                }
            }
            Rule::Weekly { weeks, .. } => {
                if !(1..=52).contains(&weeks) {
                    problems.add(field::INTERVAL, Problem::OutOfRange { min: 1, max: 52 });
                }
            }
        }
        if !(15..=480).contains(&self.minutes) {
            problems.add(field::MINUTES, Problem::OutOfRange { min: 15, max: 480 });
        }
        if self.until.is_some_and(|until| until < self.from) {
            problems.add(field::UNTIL, Problem::EndBeforeStart);
        }
        problems
    }

    /// The `n`th date of the rule's cycle counted from the first month or week
    /// (before `from` for the first cycle, possibly).
    fn cycle_date(&self, n: u32) -> Option<NaiveDate> {
        match self.rule {
            Rule::MonthlyWeekday { nth, weekday, months } => {
                let first_of_month = self.from.with_day(1)?.checked_add_months(Months::new(n.checked_mul(months)?))?;
                nth_weekday(first_of_month, nth, weekday)
            }
            Rule::Weekly { weeks, weekday } => {
                let offset = (7 + weekday.num_days_from_monday() - self.from.weekday().num_days_from_monday()) % 7;
                let days = u64::from(offset) + 7 * u64::from(weeks) * u64::from(n);
                self.from.checked_add_days(Days::new(days))
            }
        }
    }

    /// Every date the rule gives, in order, from the first meeting on.
    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        (0..)
            .map_while(|n| self.cycle_date(n))
            .filter(|date| *date >= self.from)
            .take_while(|date| self.until.is_none_or(|until| *date <= until))
            .take(MAX_MEETINGS)
    }

    /// The first meeting's date.
    pub fn first(&self) -> Option<NaiveDate> {
        self.dates().next()
    }

    /// The dates the rule gives from `from` up to and including `to`.
    pub fn dates_between(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        self.dates().skip_while(|d| *d < from).take_while(|d| *d <= to).collect()
    }

    /// True when the rule gives `date`.
    pub fn gives(&self, date: NaiveDate) -> bool {
        self.dates().take_while(|d| *d <= date).any(|d| d == date)
    }

    /// When the meeting of `date` starts, as the rule has it.
    pub fn start_on(&self, date: NaiveDate) -> NaiveDateTime {
        date.and_time(self.time)
    }
}

/// The `nth` `weekday` of the month that starts at `first_of_month`; −1 is the last.
fn nth_weekday(first_of_month: NaiveDate, nth: i8, weekday: Weekday) -> Option<NaiveDate> {
    if nth < 0 {
        let next_month = first_of_month.checked_add_months(Months::new(1))?;
        let last = next_month.pred_opt()?;
        let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
        return last.checked_sub_days(Days::new(u64::from(back)));
    }
    let offset = (7 + weekday.num_days_from_monday() - first_of_month.weekday().num_days_from_monday()) % 7;
    let days = u64::from(offset) + 7 * u64::try_from(nth - 1).ok()?;
    let date = first_of_month.checked_add_days(Days::new(days))?;
    (date.month() == first_of_month.month()).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn series(rule: Rule, from: NaiveDate) -> Series {
        Series { rule, from, until: None, time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(), minutes: 120 }
    }

    #[test]
    fn second_tuesday_of_every_month_across_month_ends_and_the_year_end() {
        let s = series(Rule::MonthlyWeekday { nth: 2, weekday: Weekday::Tue, months: 1 }, day(2026, 10, 20));
        // October's second Tuesday (the 13th) is before the first date: November is the first.
        let dates: Vec<_> = s.dates().take(4).collect();
        assert_eq!(dates, [day(2026, 11, 10), day(2026, 12, 8), day(2027, 1, 12), day(2027, 2, 9)]);
    }

    #[test]
    fn first_monday_of_every_quarter_and_the_last_friday() {
        let quarter = series(Rule::MonthlyWeekday { nth: 1, weekday: Weekday::Mon, months: 3 }, day(2027, 1, 1));
        let dates: Vec<_> = quarter.dates().take(4).collect();
        assert_eq!(dates, [day(2027, 1, 4), day(2027, 4, 5), day(2027, 7, 5), day(2027, 10, 4)]);
        let last = series(Rule::MonthlyWeekday { nth: -1, weekday: Weekday::Fri, months: 1 }, day(2026, 1, 1));
        let dates: Vec<_> = last.dates().take(3).collect();
        assert_eq!(dates, [day(2026, 1, 30), day(2026, 2, 27), day(2026, 3, 27)]);
    }

    #[test]
    fn every_six_weeks_on_thursday_keeps_its_wall_clock_time_across_summer_time() {
        let s = series(Rule::Weekly { weeks: 6, weekday: Weekday::Thu }, day(2026, 2, 10));
        let dates: Vec<_> = s.dates().take(3).collect();
        // Summer time starts on 29 March 2026: both sides meet at 10:00.
        assert_eq!(dates, [day(2026, 2, 12), day(2026, 3, 26), day(2026, 5, 7)]);
        assert_eq!(s.start_on(dates[2]).format("%H:%M").to_string(), "10:00");
    }

    #[test]
    fn the_series_stops_at_its_last_date_and_refuses_an_end_before_its_start() {
        let mut s = series(Rule::Weekly { weeks: 1, weekday: Weekday::Mon }, day(2026, 6, 1));
        s.until = Some(day(2026, 6, 15));
        assert_eq!(s.dates().count(), 3);
        s.until = Some(day(2026, 5, 1));
        assert!(s.problems().for_field(field::UNTIL).is_some());
        s.rule = Rule::MonthlyWeekday { nth: 5, weekday: Weekday::Mon, months: 13 };
        assert!(s.problems().for_field(field::NTH).is_some());
        assert!(s.problems().for_field(field::INTERVAL).is_some());
    }

    fn rule() -> impl Strategy<Value = Rule> {
        let weekday = (0u8..7).prop_map(|n| Weekday::try_from(n).unwrap());
        prop_oneof![
            (prop::sample::select(NTH_CHOICES.to_vec()), weekday.clone(), 1u32..=12)
                .prop_map(|(nth, weekday, months)| Rule::MonthlyWeekday { nth, weekday, months }),
            (weekday, 1u32..=52).prop_map(|(weekday, weeks)| Rule::Weekly { weeks, weekday }),
        ]
    }

    proptest! {
        #[test]
        fn every_date_is_on_the_weekday_after_the_start_and_strictly_increasing(
            rule in rule(), offset in 0u64..3000,
        ) {
            let from = day(2024, 1, 1) + Days::new(offset);
            let s = series(rule, from);
            let dates: Vec<_> = s.dates().take(30).collect();
            prop_assert_eq!(dates.len(), 30);
            prop_assert!(dates[0] >= from);
            for pair in dates.windows(2) {
                prop_assert!(pair[0] < pair[1]);
            }
            for date in &dates {
                prop_assert_eq!(date.weekday(), rule.weekday());
                prop_assert!(s.gives(*date));
                if let Rule::MonthlyWeekday { nth, .. } = rule {
                    let week = (date.day() - 1) / 7 + 1;
                    if nth > 0 {
                        prop_assert_eq!(week as i8, nth);
                    } else {
                        prop_assert!(date.day() + 7 > date.with_day(1).unwrap().checked_add_months(Months::new(1)).unwrap().pred_opt().unwrap().day());
                    }
                }
            }
            if let Rule::Weekly { weeks, .. } = rule {
                for pair in dates.windows(2) {
                    prop_assert_eq!((pair[1] - pair[0]).num_days(), 7 * i64::from(weeks));
                }
            }
        }
    }
}
