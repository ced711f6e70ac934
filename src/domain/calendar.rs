//! Days on which sessions are better not planned: the Dutch public holidays
//! and the organisation's closed period (every year, such as the Christmas
//! weeks). Planning warns for them; it never refuses.

use super::problem::Problem;
use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// A Dutch public holiday (algemeen erkende feestdag, and Good Friday and
/// Liberation Day, on which many organisations close).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Holiday {
    NewYearsDay,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    KingsDay,
    LiberationDay,
    AscensionDay,
    WhitSunday,
    WhitMonday,
    ChristmasDay,
    BoxingDay,
}

/// Easter Sunday of `year` (the Gregorian computus of Meeus, Jones and Butcher).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The Dutch public holidays on `date`: none, or one, or two when Ascension
/// Day falls on Liberation Day (5 May).
pub fn dutch_holidays(date: NaiveDate) -> Vec<Holiday> {
    let fixed = match (date.month(), date.day()) {
        (1, 1) => Some(Holiday::NewYearsDay),
        (5, 5) => Some(Holiday::LiberationDay),
        (12, 25) => Some(Holiday::ChristmasDay),
        (12, 26) => Some(Holiday::BoxingDay),
        // King's Day is 27 April, or the 26th when the 27th is a Sunday.
        (4, 27) if date.weekday() != chrono::Weekday::Sun => Some(Holiday::KingsDay),
        (4, 26) if date.weekday() == chrono::Weekday::Sat => Some(Holiday::KingsDay),
        _ => None,
    };
    let moving = easter_sunday(date.year()).and_then(|easter| match (date - easter).num_days() {
        -2 => Some(Holiday::GoodFriday),
        0 => Some(Holiday::EasterSunday),
        1 => Some(Holiday::EasterMonday),
        39 => Some(Holiday::AscensionDay),
        49 => Some(Holiday::WhitSunday),
        50 => Some(Holiday::WhitMonday),
        _ => None,
    });
    fixed.into_iter().chain(moving).collect()
}

/// A day of the year: month and day, 29 February included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DayOfYear {
    month: u32,
    day: u32,
}

impl DayOfYear {
    /// The day `day` of `month`, if such a day exists in a leap year.
    pub fn new(month: u32, day: u32) -> Option<DayOfYear> {
        NaiveDate::from_ymd_opt(2000, month, day).map(|_| DayOfYear { month, day })
    }

    pub fn month(self) -> u32 {
        self.month
    }

    pub fn day(self) -> u32 {
        self.day
    }

    fn of(date: NaiveDate) -> DayOfYear {
        DayOfYear { month: date.month(), day: date.day() }
    }

    /// As stored and typed: `24-12`.
    pub fn text(self) -> String {
        format!("{:02}-{:02}", self.day, self.month)
    }

    /// Reads a day and month as a user types it: `24-12`, `24/12`, `24.12`,
    /// `24 dec`, `24 December`, `24 december` (English or Dutch names).
    pub fn parse(text: &str) -> Result<DayOfYear, Problem> {
        let parts: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()).collect();
        let [day, month] = parts.as_slice() else { return Err(Problem::InvalidDayMonth) };
        let day: u32 = day.parse().map_err(|_| Problem::InvalidDayMonth)?;
        let month = match month.parse::<u32>() {
            Ok(number) => number,
            Err(_) => month_by_name(month).ok_or(Problem::InvalidDayMonth)?,
        };
        DayOfYear::new(month, day).ok_or(Problem::InvalidDayMonth)
    }
}

/// The month whose English or Dutch name starts with `name` (three letters at least).
fn month_by_name(name: &str) -> Option<u32> {
    const NAMES: [[&str; 2]; 12] = [
        ["january", "januari"],
        ["february", "februari"],
        ["march", "maart"],
        ["april", "april"],
        ["may", "mei"],
        ["june", "juni"],
        ["july", "juli"],
        ["august", "augustus"],
        ["september", "september"],
        ["october", "oktober"],
        ["november", "november"],
        ["december", "december"],
    ];
    let name = name.to_lowercase();
    if name.chars().count() < 3 {
        return None;
    }
    let found = NAMES.iter().position(|names| names.iter().any(|full| full.starts_with(&name)))?;
    u32::try_from(found + 1).ok()
}

/// A period the organisation is closed every year, from one day to another
/// (both included); it may run over the new year, as the Christmas weeks do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosedPeriod {
    pub from: DayOfYear,
    pub to: DayOfYear,
}

impl ClosedPeriod {
    /// The Christmas weeks: 24 December to 1 January.
    pub fn christmas() -> ClosedPeriod {
        ClosedPeriod { from: DayOfYear { month: 12, day: 24 }, to: DayOfYear { month: 1, day: 1 } }
    }

    /// Whether `date` falls in the period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        let day = DayOfYear::of(date);
        if self.from <= self.to { self.from <= day && day <= self.to } else { day >= self.from || day <= self.to }
    }
}

/// The organisation's calendar: its closed period, if it has one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarSettings {
    pub closed: Option<ClosedPeriod>,
}

impl Default for CalendarSettings {
    fn default() -> Self {
        CalendarSettings { closed: Some(ClosedPeriod::christmas()) }
    }
}

/// Field names of the closed period in the settings form.
pub mod field {
    pub const CLOSED_FROM: &str = "closed_from";
    pub const CLOSED_TO: &str = "closed_to";
}

impl CalendarSettings {
    /// The closed period as typed in two fields (`24-12`, `1 jan`); both
    /// empty means the organisation never closes. Each problem is tied to
    /// its field.
    pub fn parse(from: &str, to: &str, problems: &mut super::problem::Problems) -> CalendarSettings {
        let read = |text: &str| if text.trim().is_empty() { None } else { Some(DayOfYear::parse(text)) };
        let closed = match (read(from), read(to)) {
            (None, None) => None,
            (Some(Ok(from)), Some(Ok(to))) => Some(ClosedPeriod { from, to }),
            (from, to) => {
                for (field, value) in [(field::CLOSED_FROM, from), (field::CLOSED_TO, to)] {
                    match value {
                        None => problems.add(field, Problem::Required),
                        Some(Err(problem)) => problems.add(field, problem),
                        Some(Ok(_)) => {}
                    }
                }
                None
            }
        };
        CalendarSettings { closed }
    }

    /// The two fields' texts.
    pub fn texts(&self) -> (String, String) {
        self.closed.map(|c| (c.from.text(), c.to.text())).unwrap_or_default()
    }
}

/// Why a day is better avoided for a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayNote {
    Holiday(Holiday),
    Closed(ClosedPeriod),
}

impl CalendarSettings {
    /// What to say about planning on `date`: a holiday, the closed period, or both.
    pub fn notes(&self, date: NaiveDate) -> Vec<DayNote> {
        let mut notes: Vec<DayNote> = dutch_holidays(date).into_iter().map(DayNote::Holiday).collect();
        if let Some(closed) = self.closed.filter(|c| c.contains(date)) {
            notes.push(DayNote::Closed(closed));
        }
        notes
    }
}

/// The first day on or after `date` that is neither a holiday nor closed,
/// within a year; `date` itself when there is none.
pub fn next_open_day(calendar: &CalendarSettings, date: NaiveDate) -> NaiveDate {
    (0..366).map(|n| date + Duration::days(n)).find(|d| calendar.notes(*d).is_empty()).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn easter_and_the_days_that_follow_it() {
        assert_eq!(easter_sunday(2026), Some(date(2026, 4, 5)));
        assert_eq!(easter_sunday(2027), Some(date(2027, 3, 28)));
        assert_eq!(easter_sunday(2019), Some(date(2019, 4, 21)));
        assert_eq!(dutch_holidays(date(2026, 4, 3)), [Holiday::GoodFriday]);
        assert_eq!(dutch_holidays(date(2026, 4, 6)), [Holiday::EasterMonday]);
        assert_eq!(dutch_holidays(date(2026, 5, 14)), [Holiday::AscensionDay]);
        assert_eq!(dutch_holidays(date(2026, 5, 25)), [Holiday::WhitMonday]);
        assert_eq!(dutch_holidays(date(2026, 12, 26)), [Holiday::BoxingDay]);
        assert_eq!(dutch_holidays(date(2026, 12, 28)), []);
    }

    #[test]
    fn easter_is_always_a_sunday_between_22_march_and_25_april() {
        for year in 1900..=2400 {
            let easter = easter_sunday(year).unwrap_or_default();
            assert_eq!(easter.weekday(), chrono::Weekday::Sun, "{year}");
            assert!(date(year, 3, 22) <= easter && easter <= date(year, 4, 25), "{year}: {easter}");
            assert!(dutch_holidays(easter + Duration::days(39)).contains(&Holiday::AscensionDay));
            assert_eq!((easter + Duration::days(39)).weekday(), chrono::Weekday::Thu);
        }
    }

    #[test]
    fn ascension_day_on_liberation_day_is_both() {
        assert_eq!(dutch_holidays(date(2005, 5, 5)), [Holiday::LiberationDay, Holiday::AscensionDay]);
    }

    #[test]
    fn kings_day_moves_to_saturday_when_the_27th_is_a_sunday() {
        assert_eq!(dutch_holidays(date(2025, 4, 26)), [Holiday::KingsDay]);
        assert_eq!(dutch_holidays(date(2025, 4, 27)), []);
        assert_eq!(dutch_holidays(date(2026, 4, 27)), [Holiday::KingsDay]);
        assert_eq!(dutch_holidays(date(2026, 4, 26)), []);
    }

    #[test]
    fn a_closed_period_may_run_over_the_new_year() {
        let christmas = ClosedPeriod::christmas();
        assert!(christmas.contains(date(2026, 12, 24)) && christmas.contains(date(2027, 1, 1)));
        assert!(!christmas.contains(date(2026, 12, 23)) && !christmas.contains(date(2027, 1, 2)));
        let summer = ClosedPeriod { from: DayOfYear::parse("20 jul").unwrap(), to: DayOfYear::parse("14-08").unwrap() };
        assert!(summer.contains(date(2027, 8, 1)) && !summer.contains(date(2027, 8, 15)));
        let calendar = CalendarSettings::default();
        assert_eq!(next_open_day(&calendar, date(2026, 12, 22)), date(2026, 12, 22));
        assert_eq!(next_open_day(&calendar, date(2026, 12, 24)), date(2027, 1, 2));
    }

    #[test]
    fn a_day_and_month_is_read_as_typed() {
        assert_eq!(DayOfYear::parse("24-12"), Ok(DayOfYear { month: 12, day: 24 }));
        assert_eq!(DayOfYear::parse(" 1 jan "), Ok(DayOfYear { month: 1, day: 1 }));
        assert_eq!(DayOfYear::parse("3 okt"), Ok(DayOfYear { month: 10, day: 3 }));
        assert_eq!(DayOfYear::parse("29/2"), Ok(DayOfYear { month: 2, day: 29 }));
        for wrong in ["", "24", "31-4", "24-13", "1 ja", "24-12-2026", "x-y"] {
            assert_eq!(DayOfYear::parse(wrong), Err(Problem::InvalidDayMonth), "{wrong}");
        }
        assert_eq!(DayOfYear::parse("05-03").map(DayOfYear::text).as_deref(), Ok("05-03"));
    }
}
