//! Calendar files (RFC 5545) that Outlook and other calendars import. Every
//! session keeps its UID; a moved or cancelled session carries a higher
//! SEQUENCE, so importing the file again updates the event instead of
//! adding a second one.

use chrono::NaiveDateTime;

/// One event in a calendar file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    pub uid: String,
    pub sequence: i64,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub summary: String,
    pub location: String,
    pub description: String,
    pub cancelled: bool,
}

/// The stable UID of a session: the same session always gets the same UID.
pub fn session_uid(session_id: i64, organisation: &str) -> String {
    let domain = super::slug(organisation);
    let domain = if domain.is_empty() { "peerdesk".to_string() } else { domain };
    format!("session-{session_id}@{domain}.peerdesk")
}

/// The times are the organisation's wall-clock time in the Netherlands.
const TIME_ZONE: &str = "Europe/Amsterdam";

const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Amsterdam",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// A regular meeting as one recurring event: the first meeting, the rule
/// (an RRULE value), the meetings skipped (EXDATE) and the meetings moved
/// (each its own VEVENT with the same UID and a RECURRENCE-ID), so that a
/// calendar shows the whole series and a new file updates it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecurringEvent {
    /// The first meeting: its UID, times and texts are the series'.
    pub first: CalendarEvent,
    pub rule: String,
    /// The rule's start of each skipped meeting.
    pub skipped: Vec<NaiveDateTime>,
    /// Each moved meeting: the rule's start, and the new start and end.
    pub moved: Vec<(NaiveDateTime, NaiveDateTime, NaiveDateTime)>,
}

/// The RRULE value of a network's series. UNTIL is the last meeting's start
/// in UTC, as RFC 5545 requires beside a DTSTART with a time zone.
pub fn rrule(series: &crate::domain::networks::recurrence::Series) -> String {
    use crate::domain::networks::recurrence::Rule;
    let day =
        |weekday: chrono::Weekday| ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][weekday.num_days_from_monday() as usize];
    let mut rule = match series.rule {
        Rule::MonthlyWeekday { nth, weekday, months } => {
            format!("FREQ=MONTHLY;INTERVAL={months};BYDAY={nth}{}", day(weekday))
        }
        Rule::Weekly { weeks, weekday } => format!("FREQ=WEEKLY;INTERVAL={weeks};BYDAY={}", day(weekday)),
    };
    if let Some(last) = series.dates().last().filter(|_| series.until.is_some()) {
        let start = series.start_on(last);
        let utc = start - chrono::Duration::hours(amsterdam_offset_hours(start));
        rule.push_str(&format!(";UNTIL={}", utc.format("%Y%m%dT%H%M%SZ")));
    }
    rule
}

/// Hours Amsterdam's wall clock is ahead of UTC at `local`: two in summer
/// time (last Sunday of March 02:00 to last Sunday of October 03:00), else one.
fn amsterdam_offset_hours(local: NaiveDateTime) -> i64 {
    use chrono::Datelike;
    let last_sunday = |month: u32| {
        let next = if month == 12 { (local.year() + 1, 1) } else { (local.year(), month + 1) };
        chrono::NaiveDate::from_ymd_opt(next.0, next.1, 1)
            .and_then(|d| d.pred_opt())
            .map(|last| last - chrono::Duration::days(i64::from(last.weekday().num_days_from_sunday())))
    };
    let (Some(march), Some(october)) = (last_sunday(3), last_sunday(10)) else { return 1 };
    let summer_from = march.and_hms_opt(2, 0, 0).unwrap_or_default();
    let summer_until = october.and_hms_opt(3, 0, 0).unwrap_or_default();
    if local >= summer_from && local < summer_until { 2 } else { 1 }
}

/// The text of a calendar file named `name` with `events`.
///
/// `made_at` is when the file is made (its DTSTAMP), in UTC.
pub fn calendar(name: &str, events: &[CalendarEvent], made_at: NaiveDateTime) -> String {
    let stamp = made_at.format("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = head(name);
    for event in events {
        event_lines(&mut lines, event, &stamp, &[]);
    }
    finish(lines)
}

/// The text of a calendar file named `name` with one recurring event.
pub fn series_calendar(name: &str, series: &RecurringEvent, made_at: NaiveDateTime) -> String {
    let stamp = made_at.format("%Y%m%dT%H%M%SZ").to_string();
    let local = |at: &NaiveDateTime| at.format("%Y%m%dT%H%M%S").to_string();
    let mut lines = head(name);
    let mut extra = vec![format!("RRULE:{}", series.rule)];
    if !series.skipped.is_empty() {
        let dates: Vec<String> = series.skipped.iter().map(local).collect();
        extra.push(format!("EXDATE;TZID={TIME_ZONE}:{}", dates.join(",")));
    }
    event_lines(&mut lines, &series.first, &stamp, &extra);
    for (original, start, end) in &series.moved {
        let moved = CalendarEvent { start: *start, end: *end, ..series.first.clone() };
        event_lines(&mut lines, &moved, &stamp, &[format!("RECURRENCE-ID;TZID={TIME_ZONE}:{}", local(original))]);
    }
    finish(lines)
}

/// A calendar file named `name` of whole-day events: `(uid, day, summary)`.
/// For what is kept as a date only, such as the meetings of a mentor pair.
pub fn day_calendar(name: &str, days: &[(String, chrono::NaiveDate, String)], made_at: NaiveDateTime) -> String {
    let stamp = made_at.format("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = head(name);
    for (uid, day, summary) in days {
        let next = day.succ_opt().unwrap_or(*day);
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{uid}"));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")));
        lines.push(format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
        lines.push(format!("SUMMARY:{}", escape(summary)));
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
    finish(lines)
}

fn head(name: &str) -> Vec<String> {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//PeerDesk//PeerDesk//NL".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    lines.extend(VTIMEZONE.iter().map(|l| l.to_string()));
    lines
}

/// One VEVENT, with `extra` properties (a rule, exceptions) after its start and end.
fn event_lines(lines: &mut Vec<String>, event: &CalendarEvent, stamp: &str, extra: &[String]) {
    lines.push("BEGIN:VEVENT".into());
    lines.push(format!("UID:{}", event.uid));
    lines.push(format!("SEQUENCE:{}", event.sequence));
    lines.push(format!("DTSTAMP:{stamp}"));
    lines.push(format!("DTSTART;TZID={TIME_ZONE}:{}", event.start.format("%Y%m%dT%H%M%S")));
    lines.push(format!("DTEND;TZID={TIME_ZONE}:{}", event.end.format("%Y%m%dT%H%M%S")));
    lines.extend(extra.iter().cloned());
    lines.push(format!("SUMMARY:{}", escape(&event.summary)));
    if !event.location.is_empty() {
        lines.push(format!("LOCATION:{}", escape(&event.location)));
    }
    if !event.description.is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape(&event.description)));
    }
    lines.push(format!("STATUS:{}", if event.cancelled { "CANCELLED" } else { "CONFIRMED" }));
    lines.push("END:VEVENT".into());
}

fn finish(mut lines: Vec<String>) -> String {
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
        out.push_str("\r\n");
    }
    out
}

/// Escapes text values: backslash, semicolon, comma and new lines.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// Folds a line at 75 octets, never inside a character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_folded_within_75_octets_without_splitting_characters() {
        let folded = fold(&format!("SUMMARY:{}", "Zoë ".repeat(40)));
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("SUMMARY:{}", "Zoë ".repeat(40)));
    }

    #[test]
    fn amsterdam_is_two_hours_ahead_in_summer_and_one_in_winter() {
        let at = |y, m, d, h| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, 0, 0).unwrap();
        assert_eq!(amsterdam_offset_hours(at(2026, 3, 29, 1)), 1);
        assert_eq!(amsterdam_offset_hours(at(2026, 3, 29, 3)), 2);
        assert_eq!(amsterdam_offset_hours(at(2026, 10, 25, 2)), 2);
        assert_eq!(amsterdam_offset_hours(at(2026, 10, 25, 4)), 1);
        assert_eq!(amsterdam_offset_hours(at(2026, 12, 8, 10)), 1);
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("Zaal 3, Wenckebach; vleugel\nB"), "Zaal 3\\, Wenckebach\\; vleugel\\nB");
    }
}
