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

/// The text of a calendar file named `name` with `events`.
///
/// `made_at` is when the file is made (its DTSTAMP), in UTC.
pub fn calendar(name: &str, events: &[CalendarEvent], made_at: NaiveDateTime) -> String {
    let stamp = made_at.format("%Y%m%dT%H%M%SZ").to_string();
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//PeerDesk//PeerDesk//NL".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    lines.extend(VTIMEZONE.iter().map(|l| l.to_string()));
    for event in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", event.uid));
        lines.push(format!("SEQUENCE:{}", event.sequence));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;TZID={TIME_ZONE}:{}", event.start.format("%Y%m%dT%H%M%S")));
        lines.push(format!("DTEND;TZID={TIME_ZONE}:{}", event.end.format("%Y%m%dT%H%M%S")));
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
    fn text_values_are_escaped() {
        assert_eq!(escape("Zaal 3, Wenckebach; vleugel\nB"), "Zaal 3\\, Wenckebach\\; vleugel\\nB");
    }
}
