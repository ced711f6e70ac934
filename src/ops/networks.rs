//! Words for the networks programme, shared by the window, the command line
//! and documents: the regular meeting in a sentence, statuses, places.

use crate::domain::Person;
use crate::domain::networks::meetings::{Exception, Meeting, MeetingState, host_of, host_organisations};
use crate::domain::networks::recurrence::{Rule, Series};
use crate::domain::networks::{Membership, Network, NetworkStatus, current_members};
use crate::i18n::{Arg, I18n};
use chrono::Weekday;

/// The weekday's name.
pub fn weekday_name(i18n: &I18n, weekday: Weekday) -> String {
    let day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][weekday.num_days_from_monday() as usize];
    i18n.tr(&format!("weekday-{day}"))
}

/// "first", "second", …, "last".
pub fn nth_name(i18n: &I18n, nth: i8) -> String {
    i18n.tr(&match nth {
        n if n < 0 => "network-nth-last".to_string(),
        n => format!("network-nth-{n}"),
    })
}

/// The rule in words: "every second Tuesday of the month".
pub fn rule_text(i18n: &I18n, rule: Rule) -> String {
    match rule {
        Rule::MonthlyWeekday { nth, weekday, months } => i18n.tr_args(
            "network-rule-monthly",
            &[
                ("nth", Arg::from(nth_name(i18n, nth))),
                ("weekday", Arg::from(weekday_name(i18n, weekday))),
                ("months", Arg::from(i64::from(months))),
            ],
        ),
        Rule::Weekly { weeks, weekday } => i18n.tr_args(
            "network-rule-weekly",
            &[("weeks", Arg::from(i64::from(weeks))), ("weekday", Arg::from(weekday_name(i18n, weekday)))],
        ),
    }
}

/// The regular meeting in one sentence: "Every second Tuesday of the month, 10:00–12:00".
pub fn series_text(i18n: &I18n, series: &Series) -> String {
    let rule = rule_text(i18n, series.rule);
    let end = series.time + chrono::Duration::minutes(series.minutes);
    let mut text = format!("{}, {}–{}", capitalised(&rule), series.time.format("%H:%M"), end.format("%H:%M"));
    if let Some(until) = series.until {
        text.push_str(&format!(" ({})", i18n.tr_args("network-until", &[("date", Arg::from(i18n.date(until)))])));
    }
    text
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A network's status in words.
pub fn status_text(i18n: &I18n, status: NetworkStatus) -> String {
    i18n.tr(match status {
        NetworkStatus::Active => "network-status-active",
        NetworkStatus::Paused => "network-status-paused",
        NetworkStatus::Ended => "network-status-ended",
    })
}

/// Where the network meets: the address, "online" with the link, or "the
/// members' organisations in turn".
pub fn place_text(i18n: &I18n, network: &Network) -> String {
    let place = network.place.trim();
    let mut text = match (network.online, place.is_empty()) {
        (true, false) => format!("{} · {place}", i18n.tr("network-online")),
        (true, true) => i18n.tr("network-online"),
        (false, _) => place.to_string(),
    };
    if network.rotating_hosts {
        if !text.is_empty() {
            text.push_str(" · ");
        }
        text.push_str(&i18n.tr("network-hosts-rotate"));
    }
    text
}

/// What is special about a meeting: moved, skipped, and who hosts it.
pub fn meeting_note(i18n: &I18n, meeting: &Meeting, host: Option<&str>) -> String {
    let mut parts = Vec::new();
    match meeting.state {
        MeetingState::Skipped => parts.push(i18n.tr("network-meeting-skipped")),
        MeetingState::Moved => {
            parts.push(i18n.tr_args("network-meeting-moved", &[("date", Arg::from(i18n.date(meeting.original)))]))
        }
        MeetingState::AsPlanned => {}
    }
    if let Some(host) = host {
        parts.push(i18n.tr_args("network-meeting-host", &[("host", Arg::from(host))]));
    }
    parts.join(" · ")
}

/// The organisations that host in turn, from the current members.
pub fn hosts(network: &Network, memberships: &[Membership], people: &[Person]) -> Vec<String> {
    let organisations: Vec<&str> = current_members(memberships, network.id)
        .filter_map(|m| people.iter().find(|p| p.id == m.person))
        .map(|p| p.organisation.as_ref())
        .collect();
    host_organisations(organisations)
}

/// Who hosts `meeting`, when the hosts rotate.
pub fn meeting_host<'a>(
    network: &Network,
    exceptions: &[Exception],
    hosts: &'a [String],
    meeting: &Meeting,
) -> Option<&'a str> {
    host_of(network, exceptions, hosts, meeting.original)
}

/// The time of a meeting: "10:00–12:00".
pub fn meeting_time(meeting: &Meeting) -> String {
    format!("{}–{}", meeting.start.format("%H:%M"), meeting.end().format("%H:%M"))
}
