//! Intervisie circles and mentoring in the store and in documents: the
//! rules accepted or no sign-up, nobody in two circles, the chair never a
//! member, session plans on the clock in both languages, and mentors whose
//! capacity is respected.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;
use chrono::NaiveDate;
use peerdesk::domain::circles::circle::{Cadence, CircleDraft, CircleStatus, MeetingDraft};
use peerdesk::domain::circles::mentoring::{EndReason, MentorProfile, PairStatus};
use peerdesk::domain::circles::signups::{SignUpDraft, SignUpStatus, Wish};
use peerdesk::domain::{ListItemId, ListKind, PersonDraft, PersonId, Problem, Role, RoleAssignment};
use peerdesk::i18n::Language;
use peerdesk::ops::documents::{DocumentMaker, DocumentRequest, LoadedData};
use peerdesk::store::{Refusal, Store, StoreError};
use proptest::prelude::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.set_clock(|| day(2026, 11, 30).and_hms_opt(9, 0, 0).unwrap());
    store
}

fn person(store: &mut Store, name: &str, roles: &[Role]) -> PersonId {
    store
        .save_person(&PersonDraft {
            name: name.into(),
            email: format!("{}@example.org", name.to_lowercase().replace(' ', ".")),
            languages: vec!["nl".into(), "ar".into()],
            roles: roles.iter().map(|r| RoleAssignment { role: *r, trained_on: None }).collect(),
            ..PersonDraft::default()
        })
        .unwrap()
}

fn phase(store: &Store, index: usize) -> ListItemId {
    store.list_items().unwrap().into_iter().filter(|i| i.kind == ListKind::CareerPhase).nth(index).unwrap().id
}

fn signup(person: PersonId, phase: ListItemId, wish: Wish) -> SignUpDraft {
    SignUpDraft {
        person: Some(person),
        signed_on: Some(day(2026, 10, 1)),
        phase: Some(phase),
        wish,
        languages: vec!["nl".into()],
        preferred: Vec::new(),
        rules_accepted_on: Some(day(2026, 10, 1)),
    }
}

fn circle(phase: ListItemId, chair: Option<PersonId>, members: Vec<PersonId>) -> CircleDraft {
    CircleDraft {
        version: None,
        name: "Beoordeling A".into(),
        phase,
        chair,
        members,
        online: true,
        place: "https://meet.example.org/beoordeling-a".into(),
        cadence: Cadence::EveryWeeks(4),
        status: CircleStatus::Forming,
    }
}

#[test]
fn no_sign_up_without_the_rules_and_a_circle_and_a_mentor_are_two_sign_ups() {
    let mut store = store();
    let anna = person(&mut store, "Anna Haddad", &[Role::Participant]);
    let p = phase(&store, 2);
    let mut draft = signup(anna, p, Wish::Both);
    draft.rules_accepted_on = None;
    match store.record_signup(&draft, 2) {
        Err(StoreError::Invalid(problems)) => {
            assert_eq!(problems.for_field("signup_rules"), Some(&Problem::RulesNotAccepted))
        }
        other => panic!("not refused: {other:?}"),
    }
    assert!(store.signups().unwrap().is_empty());
    draft.rules_accepted_on = Some(day(2026, 10, 1));
    assert_eq!(store.record_signup(&draft, 2).unwrap().len(), 2);
    let wishes: Vec<Wish> = store.signups().unwrap().iter().map(|s| s.wish).collect();
    assert_eq!(wishes, [Wish::Circle, Wish::Mentor]);
    // Waiting once for a circle.
    assert!(matches!(
        store.record_signup(&signup(anna, p, Wish::Circle), 2),
        Err(StoreError::Refused(Refusal::PersonElsewhere))
    ));
}

#[test]
fn forming_a_circle_places_its_sign_ups_and_nobody_is_in_two_circles() {
    let mut store = store();
    let p = phase(&store, 2);
    let chair = person(&mut store, "Voorzitter Een", &[Role::CircleChair]);
    let members: Vec<PersonId> =
        (0..4).map(|i| person(&mut store, &format!("Arts {i}"), &[Role::Participant])).collect();
    for m in &members {
        store.record_signup(&signup(*m, p, Wish::Circle), 2).unwrap();
    }
    // The chair cannot be a member.
    let mut bad = circle(p, Some(members[0]), members.clone());
    assert!(matches!(store.form_circle(&bad, day(2026, 11, 1), 4), Err(StoreError::Invalid(_))));
    bad.chair = Some(chair);
    let id = store.form_circle(&bad, day(2026, 11, 1), 4).unwrap();
    assert!(store.signups().unwrap().iter().all(|s| s.status == SignUpStatus::Placed));
    // Nobody in two active circles.
    let other = circle(p, None, vec![members[1]]);
    assert!(matches!(
        store.form_circle(&other, day(2026, 11, 2), 4),
        Err(StoreError::Refused(Refusal::AlreadyInCircle))
    ));
    assert_eq!(store.circles().unwrap().len(), 1, "the refused circle left nothing behind");
    // The fifth does not fit; someone who leaves waits again.
    let fifth = person(&mut store, "Arts 5", &[Role::Participant]);
    assert!(store.add_circle_member(id, fifth, 4).is_err());
    store.remove_circle_member(id, members[3]).unwrap();
    let waiting: Vec<_> = store.signups().unwrap().into_iter().filter(|s| s.is_waiting()).map(|s| s.person).collect();
    assert_eq!(waiting, [members[3]]);
}

#[test]
fn a_session_plan_puts_each_phase_on_the_clock_in_either_language_and_flags_what_does_not_fit() {
    let mut store = store();
    let p = phase(&store, 0);
    let chair = person(&mut store, "Voorzitter Een", &[Role::CircleChair]);
    let members: Vec<PersonId> =
        (0..3).map(|i| person(&mut store, &format!("Arts {i}"), &[Role::Participant])).collect();
    let id = store.form_circle(&circle(p, Some(chair), members.clone()), day(2026, 11, 1), 4).unwrap();
    let methods = store.methods().unwrap();
    assert_eq!(
        methods.iter().filter_map(|m| m.code.as_deref()).collect::<Vec<_>>(),
        ["incident", "balint", "golden-tips", "ten-steps"]
    );
    let start = day(2026, 12, 1).and_hms_opt(19, 0, 0).unwrap();
    let mut meetings = Vec::new();
    for method in &methods {
        let draft = MeetingDraft {
            starts_at: start,
            minutes: 90,
            method: Some(method.id),
            case_bringer: Some(members[1]),
            version: None,
        };
        meetings.push(store.save_circle_meeting(id, None, &draft).unwrap());
    }
    let data = LoadedData::load(&store).unwrap();
    let text = |language, meeting| {
        let maker = DocumentMaker::new(language, common::moment()).unwrap();
        let pdf = maker.make(&DocumentRequest::SessionPlan(meeting), &data.library()).unwrap().bytes;
        pdf_extract::extract_text_from_mem(&pdf).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let english = text(Language::English, meetings[0]);
    for line in [
        "19:00–19:05 Opening",
        "19:05–19:15 The case in brief",
        "19:15–19:30 Clarifying questions",
        "20:25–20:30 Closing",
    ] {
        assert!(english.contains(line), "{line} missing: {english}");
    }
    assert!(english.contains("What is said in the circle stays in the circle") && english.contains("Arts 1"));
    let dutch = text(Language::Dutch, meetings[1]);
    assert!(dutch.contains("Draaiboek") && dutch.contains("19:30–20:00 De groep associeert"), "{dutch}");
    assert!(!dutch.contains("Session plan") && !dutch.contains("Opening and"), "{dutch}");
    for meeting in &meetings[2..] {
        let plan = text(Language::English, *meeting);
        assert!(plan.contains("19:00–19:05 Opening") && plan.contains("–20:30"), "{plan}");
    }
    // Sixty minutes: the phases past the end are flagged, with the minutes over.
    let short =
        MeetingDraft { starts_at: start, minutes: 60, method: Some(methods[0].id), case_bringer: None, version: None };
    let meeting = store.save_circle_meeting(id, None, &short).unwrap();
    let data = LoadedData::load(&store).unwrap();
    let maker = DocumentMaker::new(Language::English, common::moment()).unwrap();
    let pdf = maker.make(&DocumentRequest::SessionPlan(meeting), &data.library()).unwrap().bytes;
    let plan = pdf_extract::extract_text_from_mem(&pdf).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(plan.contains("30 minutes more than the meeting") && plan.contains("past the end"), "{plan}");
}

#[test]
fn a_mentor_at_capacity_is_refused_and_a_declined_mentee_waits_again() {
    let mut store = store();
    let p = phase(&store, 0);
    let mentor = person(&mut store, "Mentor Een", &[Role::Mentor]);
    store
        .save_mentor_profile(&MentorProfile { person: mentor, capacity: 1, phases: Vec::new(), version: None })
        .unwrap();
    let (a, b) = (person(&mut store, "Mentee A", &[]), person(&mut store, "Mentee B", &[]));
    store.record_signup(&signup(a, p, Wish::Mentor), 2).unwrap();
    store.record_signup(&signup(b, p, Wish::Mentor), 2).unwrap();
    let signups = store.signups().unwrap();
    let pair = store.propose_pair(signups[0].id, mentor, day(2026, 11, 1)).unwrap();
    assert!(matches!(
        store.propose_pair(signups[1].id, mentor, day(2026, 11, 1)),
        Err(StoreError::Refused(Refusal::MentorFull))
    ));
    store.end_pair(pair, day(2026, 11, 2), EndReason::NotAMatch).unwrap();
    assert!(store.signups().unwrap()[0].is_waiting());
    let pair = store.propose_pair(signups[1].id, mentor, day(2026, 11, 3)).unwrap();
    store.start_pair(pair, day(2026, 11, 4)).unwrap();
    store.add_pair_meeting(pair, day(2026, 11, 20)).unwrap();
    let pairs = store.pairs().unwrap();
    let active = pairs.iter().find(|p| p.id == pair).unwrap();
    assert_eq!((active.status, active.meetings.clone()), (PairStatus::Active, vec![day(2026, 11, 20)]));
    assert!(!store.signups().unwrap()[1].is_waiting());
    assert!(store.start_pair(pair, day(2026, 11, 5)).is_err(), "confirmed once");
    // The pair's calendar holds its meeting dates as whole days, nothing more.
    let data = LoadedData::load(&store).unwrap();
    let maker = DocumentMaker::new(Language::Dutch, common::moment()).unwrap();
    let ics =
        String::from_utf8(maker.make(&DocumentRequest::PairCalendar(pair), &data.library()).unwrap().bytes).unwrap();
    assert!(ics.contains("DTSTART;VALUE=DATE:20261120") && ics.contains("Mentor Een begeleidt Mentee B"), "{ics}");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
}

#[derive(Clone, Debug)]
enum Action {
    SignUp(usize),
    Form(Vec<usize>),
    Add(usize, usize),
    Remove(usize, usize),
    Withdraw(usize),
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        (0usize..8).prop_map(Action::SignUp),
        prop::collection::vec(0usize..8, 1..5).prop_map(Action::Form),
        (0usize..3, 0usize..8).prop_map(|(c, p)| Action::Add(c, p)),
        (0usize..3, 0usize..8).prop_map(|(c, p)| Action::Remove(c, p)),
        (0usize..8).prop_map(Action::Withdraw),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]
    /// Whatever a coordinator does, nobody is in two active circles, no
    /// circle grows past its size, and a placed sign-up belongs to someone
    /// in a circle while a waiting one does not.
    #[test]
    fn nobody_is_in_two_circles(actions in prop::collection::vec(action(), 1..25)) {
        let mut store = store();
        let p = phase(&store, 1);
        let people: Vec<PersonId> = (0..8).map(|i| person(&mut store, &format!("Arts {i}"), &[Role::Participant])).collect();
        for action in actions {
            let circles = store.circles().unwrap();
            let _ = match action {
                Action::SignUp(i) => store.record_signup(&signup(people[i], p, Wish::Circle), 2).map(|_| ()),
                Action::Form(members) => {
                    let mut members: Vec<PersonId> = members.iter().map(|i| people[*i]).collect();
                    members.dedup();
                    store.form_circle(&circle(p, None, members), day(2026, 11, 1), 4).map(|_| ())
                }
                Action::Add(c, i) => match circles.get(c) {
                    Some(circle) => store.add_circle_member(circle.id, people[i], 4),
                    None => Ok(()),
                },
                Action::Remove(c, i) => match circles.get(c) {
                    Some(circle) => store.remove_circle_member(circle.id, people[i]),
                    None => Ok(()),
                },
                Action::Withdraw(i) => match store.signups().unwrap().iter().find(|s| s.person == people[i] && s.is_waiting()) {
                    Some(s) => store.set_signup_waiting(s.id, false),
                    None => Ok(()),
                },
            };
            let circles = store.circles().unwrap();
            for person in &people {
                let count = circles.iter().filter(|c| c.is_active() && c.members.contains(person)).count();
                prop_assert!(count <= 1, "{:?} is in {} circles", person, count);
            }
            prop_assert!(circles.iter().all(|c| c.members.len() <= 4));
            for s in store.signups().unwrap() {
                let in_circle = circles.iter().any(|c| c.members.contains(&s.person));
                if s.status == SignUpStatus::Placed {
                    prop_assert!(in_circle, "{:?} placed but in no circle", s.person);
                }
                if s.is_waiting() {
                    prop_assert!(!in_circle, "{:?} waits while in a circle", s.person);
                }
            }
        }
    }
}
