//! Peer networks in the store and in documents: the rule and its
//! exceptions stored and read back, members who leave without losing the
//! history, consent, attendance, the calendar file read back by calendar
//! crates, and the contact sheet and member list that show only what
//! members agreed to share.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use peerdesk::domain::networks::attendance::year_overview;
use peerdesk::domain::networks::meetings::{meetings_between, next_meetings};
use peerdesk::domain::networks::recurrence::{Rule, Series};
use peerdesk::domain::networks::{NetworkDraft, NetworkId, NetworkStatus, field};
use peerdesk::domain::{PersonDraft, PersonId, Problem};
use peerdesk::i18n::Language;
use peerdesk::ops::documents::{DocumentMaker, DocumentRequest, LoadedData};
use peerdesk::store::{Refusal, Store, StoreError};
use proptest::prelude::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(date: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap())
}

fn draft(rule: Rule) -> NetworkDraft {
    NetworkDraft {
        version: None,
        name: "Adjunct-directeuren vrijwilligerscentrales".into(),
        audience: "deputy managers of volunteer centres in the north".into(),
        convenor: None,
        status: NetworkStatus::Active,
        series: Series {
            rule,
            from: day(2026, 1, 1),
            until: None,
            time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            minutes: 120,
        },
        online: false,
        place: "Stationsweg 1, Assen".into(),
        rotating_hosts: false,
    }
}

const MONTHLY: Rule = Rule::MonthlyWeekday { nth: 2, weekday: Weekday::Tue, months: 1 };

fn person(store: &mut Store, name: &str, organisation: &str, email: &str) -> PersonId {
    store
        .save_person(&PersonDraft {
            name: name.into(),
            organisation: organisation.into(),
            email: email.into(),
            phone: "06-12345678".into(),
            ..PersonDraft::default()
        })
        .unwrap()
}

fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.set_clock(|| day(2026, 11, 30).and_hms_opt(9, 0, 0).unwrap());
    store
}

#[test]
fn a_network_is_read_back_with_its_rule_place_and_convenor_as_a_member() {
    let mut store = store();
    let convenor = person(&mut store, "Marieke Bos", "Vrijwilligerscentrale Assen", "m.bos@example.org");
    let mut quarterly = draft(Rule::MonthlyWeekday { nth: 1, weekday: Weekday::Mon, months: 3 });
    quarterly.convenor = Some(convenor);
    quarterly.series.until = Some(day(2027, 12, 31));
    let id = store.create_network(&quarterly, day(2026, 1, 1)).unwrap();
    let network = store.networks().unwrap().into_iter().find(|n| n.id == id).unwrap();
    assert_eq!(network.to_draft(), NetworkDraft { version: Some(network.version), ..quarterly.clone() });
    let members = store.memberships().unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!((members[0].person, members[0].joined_on), (convenor, day(2026, 1, 1)));

    let mut online = quarterly.clone();
    online.online = true;
    online.place = "https://meet.example.org/noord".into();
    online.series.rule = Rule::Weekly { weeks: 6, weekday: Weekday::Thu };
    store.update_network(id, &online, day(2026, 2, 1)).unwrap();
    let network = store.networks().unwrap().into_iter().find(|n| n.id == id).unwrap();
    assert_eq!(network.series.rule, Rule::Weekly { weeks: 6, weekday: Weekday::Thu });
    assert!(network.online);
    // The convenor is a member already: not added twice.
    assert_eq!(store.memberships().unwrap().len(), 1);
    // A skip the new rule no longer gives goes with the old rule.
    let mut monthly = online.clone();
    monthly.series.rule = MONTHLY;
    store.update_network(id, &monthly, day(2026, 2, 1)).unwrap();
    store.skip_meeting(id, day(2026, 3, 10)).unwrap();
    store.update_network(id, &online, day(2026, 2, 1)).unwrap();
    assert!(store.meeting_changes().unwrap().is_empty());
}

#[test]
fn the_store_refuses_what_the_form_refuses_and_saves_nothing() {
    let mut store = store();
    let mut bad = draft(MONTHLY);
    bad.name = "   ".into();
    bad.online = true;
    bad.place = "meet.example.org".into();
    bad.series.minutes = 5;
    match store.create_network(&bad, day(2026, 1, 1)) {
        Err(StoreError::Invalid(problems)) => {
            assert_eq!(problems.for_field(field::NAME), Some(&Problem::Required));
            assert_eq!(problems.for_field(field::PLACE), Some(&Problem::InvalidLink));
            assert!(problems.for_field("series_minutes").is_some());
        }
        other => panic!("not refused: {other:?}"),
    }
    assert!(store.networks().unwrap().is_empty());
}

#[test]
fn a_member_is_in_once_leaves_with_a_date_and_keeps_the_history() {
    let mut store = store();
    let id = store.create_network(&draft(MONTHLY), day(2026, 1, 1)).unwrap();
    let anna = person(&mut store, "Anna de Vries", "Vrijwilligerscentrale Emmen", "anna@example.org");
    let joined = store.add_member(id, anna, day(2026, 1, 1)).unwrap();
    assert!(matches!(store.add_member(id, anna, day(2026, 2, 1)), Err(StoreError::Refused(Refusal::AlreadyMember))));
    store.set_presence(id, day(2026, 1, 13), anna, true).unwrap();
    assert!(matches!(store.leave_network(joined, day(2025, 12, 1)), Err(StoreError::Invalid(_))));
    store.leave_network(joined, day(2026, 3, 1)).unwrap();
    assert!(matches!(store.set_consent(joined, Some(day(2026, 4, 1))), Err(StoreError::Refused(Refusal::NotAMember))));
    // After leaving she was not there: her attendance in April is refused;
    // January's stays.
    assert!(matches!(
        store.set_presence(id, day(2026, 4, 14), anna, true),
        Err(StoreError::Refused(Refusal::NotAMember))
    ));
    assert_eq!(store.presences().unwrap().len(), 1);
    // She comes back: a new membership beside the old one.
    store.add_member(id, anna, day(2026, 6, 1)).unwrap();
    let memberships = store.memberships().unwrap();
    assert_eq!(memberships.len(), 2);
    assert_eq!(memberships.iter().filter(|m| m.is_current()).count(), 1);
    // A meeting the rule does not give, or one skipped, takes no attendance.
    assert!(store.set_presence(id, day(2026, 6, 10), anna, true).is_err());
    store.skip_meeting(id, day(2026, 7, 14)).unwrap();
    assert!(store.set_presence(id, day(2026, 7, 14), anna, true).is_err());
    assert!(matches!(store.skip_meeting(id, day(2026, 7, 15)), Err(StoreError::Invalid(_))));
}

#[derive(Clone, Debug)]
enum Action {
    Join(usize),
    Leave(usize),
    Undo(usize),
    Consent(usize, bool),
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        (0usize..4).prop_map(Action::Join),
        (0usize..4).prop_map(Action::Leave),
        (0usize..4).prop_map(Action::Undo),
        (0usize..4, any::<bool>()).prop_map(|(p, c)| Action::Consent(p, c)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    /// Whatever a convenor does with joins, leaves, undos and consent, nobody
    /// is a current member twice, nobody who left shares details, and the
    /// history of memberships only grows.
    #[test]
    fn nobody_is_a_current_member_twice(actions in prop::collection::vec(action(), 1..30)) {
        let mut store = store();
        let network = store.create_network(&draft(MONTHLY), day(2026, 1, 1)).unwrap();
        let people: Vec<PersonId> = (0..4)
            .map(|i| person(&mut store, &format!("Lid {i}"), &format!("Centrale {i}"), &format!("lid{i}@example.org")))
            .collect();
        let mut history = 0;
        for action in actions {
            let memberships = store.memberships().unwrap();
            let current = |p: PersonId| memberships.iter().find(|m| m.person == p && m.is_current()).map(|m| m.id);
            let last = |p: PersonId| memberships.iter().rfind(|m| m.person == p).map(|m| m.id);
            let _ = match action {
                Action::Join(i) => store.add_member(network, people[i], day(2026, 2, 1)).map(|_| ()),
                Action::Leave(i) => match current(people[i]) {
                    Some(m) => store.leave_network(m, day(2026, 3, 1)),
                    None => Ok(()),
                },
                Action::Undo(i) => match last(people[i]) {
                    Some(m) => store.rejoin_network(m),
                    None => Ok(()),
                },
                Action::Consent(i, yes) => match last(people[i]) {
                    Some(m) => store.set_consent(m, yes.then(|| day(2026, 2, 2))),
                    None => Ok(()),
                },
            };
            let after = store.memberships().unwrap();
            prop_assert!(after.len() >= history);
            history = after.len();
            for p in &people {
                let open = after.iter().filter(|m| m.person == *p && m.is_current()).count();
                prop_assert!(open <= 1, "{:?} is a current member {} times", p, open);
            }
            prop_assert!(after.iter().all(|m| !m.shares_contact() || m.is_current()));
        }
    }
}

/// A network of four members from two organisations, two of whom agreed to
/// share their details; the March meeting skipped and April's moved.
fn network_with_members(store: &mut Store) -> (NetworkId, Vec<PersonId>) {
    let mut d = draft(MONTHLY);
    d.rotating_hosts = true;
    let id = store.create_network(&d, day(2026, 1, 1)).unwrap();
    let people = vec![
        person(store, "Anna de Vries", "Vrijwilligerscentrale Emmen", "anna.devries@example.org"),
        person(store, "Joost Postma", "Vrijwilligerscentrale Meppel", "joost.postma@example.org"),
        person(store, "Ingrid Hoekstra", "Vrijwilligerscentrale Emmen", "ingrid.hoekstra@example.org"),
        person(store, "Sjoerd Dijkstra", "Vrijwilligerscentrale Meppel", "sjoerd.dijkstra@example.org"),
    ];
    for (index, p) in people.iter().enumerate() {
        let m = store.add_member(id, *p, day(2026, 1, 1)).unwrap();
        if index < 2 {
            store.set_consent(m, Some(day(2026, 1, 5))).unwrap();
        }
    }
    store.skip_meeting(id, day(2026, 3, 10)).unwrap();
    store.move_meeting(id, day(2026, 4, 14), at(day(2026, 4, 16), 14, 30), 90).unwrap();
    (id, people)
}

fn make(store: &Store, language: Language, request: DocumentRequest) -> Vec<u8> {
    let data = LoadedData::load(store).unwrap();
    DocumentMaker::new(language, common::moment()).unwrap().make(&request, &data.library()).unwrap().bytes
}

/// The start of every meeting the calendar file holds, as a calendar reads
/// it: the rule expanded without its EXDATEs, moved meetings in place of
/// their RECURRENCE-ID.
fn calendar_meetings(ics: &[u8], year: i32) -> Vec<NaiveDateTime> {
    let calendar = ical::IcalParser::new(std::io::BufReader::new(ics)).next().unwrap().unwrap();
    let property = |event: &ical::parser::ical::component::IcalEvent, name: &str| {
        event.properties.iter().find(|p| p.name == name).map(|p| {
            let tz = p.params.as_ref().and_then(|ps| ps.iter().find(|(k, _)| k == "TZID")).map(|(_, v)| v[0].clone());
            (tz, p.value.clone().unwrap_or_default())
        })
    };
    let master = calendar.events.iter().find(|e| property(e, "RRULE").is_some()).unwrap();
    let (tz, start) = property(master, "DTSTART").unwrap();
    let tz = tz.unwrap();
    let mut text = format!("DTSTART;TZID={tz}:{start}\nRRULE:{}", property(master, "RRULE").unwrap().1);
    if let Some((Some(tz), dates)) = property(master, "EXDATE") {
        text.push_str(&format!("\nEXDATE;TZID={tz}:{dates}"));
    }
    let set: rrule::RRuleSet = text.parse().unwrap();
    let parse = |s: &str| NaiveDateTime::parse_from_str(s, "%Y%m%dT%H%M%S").unwrap();
    let overrides: Vec<(NaiveDateTime, NaiveDateTime)> = calendar
        .events
        .iter()
        .filter_map(|e| Some((parse(&property(e, "RECURRENCE-ID")?.1), parse(&property(e, "DTSTART")?.1))))
        .collect();
    let mut starts: Vec<NaiveDateTime> = set
        .all(200)
        .dates
        .into_iter()
        .map(|d| d.naive_local())
        .map(|d| overrides.iter().find(|(id, _)| *id == d).map(|(_, moved)| *moved).unwrap_or(d))
        .filter(|d| chrono::Datelike::year(d) == year)
        .collect();
    starts.sort();
    starts
}

#[test]
fn the_calendar_file_read_back_by_calendar_crates_gives_the_dates_peerdesk_shows() {
    let mut store = store();
    let (id, _) = network_with_members(&mut store);
    // A second series every six weeks, across the change to summer time.
    let mut weekly = draft(Rule::Weekly { weeks: 6, weekday: Weekday::Thu });
    weekly.series.from = day(2026, 2, 10);
    weekly.series.until = Some(day(2026, 12, 31));
    let six_weeks = store.create_network(&weekly, day(2026, 1, 1)).unwrap();
    store.skip_meeting(six_weeks, day(2026, 3, 26)).unwrap();
    for network in [id, six_weeks] {
        let ics = make(&store, Language::Dutch, DocumentRequest::NetworkCalendar(network));
        let text = String::from_utf8(ics.clone()).unwrap();
        assert_eq!(text.matches("BEGIN:VEVENT").count(), if network == id { 2 } else { 1 }, "{text}");
        let n = store.networks().unwrap().into_iter().find(|n| n.id == network).unwrap();
        let changes = store.meeting_changes().unwrap();
        let shown: Vec<NaiveDateTime> = meetings_between(&n, &changes, day(2026, 1, 1), day(2026, 12, 31))
            .into_iter()
            .filter(|m| m.happens())
            .map(|m| m.start)
            .collect();
        assert!(shown.len() >= 7);
        assert_eq!(calendar_meetings(&ics, 2026), shown, "{text}");
    }
    // Every meeting stays at 10:00 wall-clock time on both sides of summer time.
    let n = store.networks().unwrap().into_iter().find(|n| n.id == six_weeks).unwrap();
    let times: Vec<String> = meetings_between(&n, &[], day(2026, 1, 1), day(2026, 12, 31))
        .iter()
        .map(|m| m.start.format("%H:%M").to_string())
        .collect();
    assert!(times.iter().all(|t| t == "10:00"));
}

#[test]
fn a_change_to_the_series_raises_the_calendar_sequence_so_it_updates() {
    let mut store = store();
    let (id, _) = network_with_members(&mut store);
    let sequence = |store: &Store| {
        let text = String::from_utf8(make(store, Language::English, DocumentRequest::NetworkCalendar(id))).unwrap();
        text.lines().find_map(|l| l.strip_prefix("SEQUENCE:")).unwrap().trim().parse::<i64>().unwrap()
    };
    let before = sequence(&store);
    store.skip_meeting(id, day(2026, 5, 12)).unwrap();
    assert!(sequence(&store) > before);
}

#[test]
fn the_contact_sheet_shows_details_only_of_members_who_agreed_in_either_language() {
    let mut store = store();
    let (id, _) = network_with_members(&mut store);
    for (language, not_shared, other_language) in [
        (Language::English, "not shared", ["Leden", "niet gedeeld", "Volgende bijeenkomsten"]),
        (Language::Dutch, "niet gedeeld", ["Members", "not shared", "Next meetings"]),
    ] {
        let pdf = make(&store, language, DocumentRequest::NetworkContacts(id));
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for name in ["Anna de Vries", "Joost Postma", "Ingrid Hoekstra", "Sjoerd Dijkstra"] {
            assert!(flat.contains(name), "{name} missing: {flat}");
        }
        let joined = flat.replace(' ', "");
        assert!(joined.contains("anna.devries@example.org") && joined.contains("joost.postma@example.org"));
        assert!(!joined.contains("ingrid.hoekstra@example.org") && !joined.contains("sjoerd.dijkstra@example.org"));
        assert_eq!(flat.matches(not_shared).count(), 2, "{flat}");
        for word in other_language {
            assert!(!flat.contains(word), "{word} in the {language:?} sheet: {flat}");
        }
    }
    let csv = String::from_utf8(make(&store, Language::English, DocumentRequest::NetworkMembers(id))).unwrap();
    let ingrid = csv.lines().find(|l| l.starts_with("Ingrid Hoekstra")).unwrap();
    assert!(!ingrid.contains("@") && !ingrid.contains("06-"), "{ingrid}");
    assert!(csv.lines().any(|l| l.starts_with("Anna de Vries") && l.contains("anna.devries@example.org")));
}

#[test]
fn the_year_overview_counts_held_meetings_and_names_who_stayed_away() {
    let mut store = store();
    let (id, people) = network_with_members(&mut store);
    // January, February, May, June, July: Anna comes, Joost only in January.
    for (month, d) in [(1, 13), (2, 10), (5, 12), (6, 9), (7, 14)] {
        store.set_presence(id, day(2026, month, d), people[0], true).unwrap();
    }
    store.set_presence(id, day(2026, 1, 13), people[1], true).unwrap();
    let network = store.networks().unwrap().into_iter().find(|n| n.id == id).unwrap();
    let (changes, members, presences) =
        (store.meeting_changes().unwrap(), store.memberships().unwrap(), store.presences().unwrap());
    let overview = year_overview(&network, &changes, &members, &presences, 2026, at(day(2026, 8, 1), 9, 0), 3);
    // January to July, without the skipped March: six held, five recorded.
    assert_eq!((overview.held, overview.recorded), (6, 5));
    assert_eq!(overview.average_tenths, Some(12));
    assert_eq!(overview.absent, people[1..].to_vec());
    let next = next_meetings(&network, &changes, at(day(2026, 4, 1), 9, 0), 2);
    assert_eq!(next[0].start, at(day(2026, 4, 16), 14, 30));
}
