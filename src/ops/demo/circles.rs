//! Demo intervisie circles and mentoring: an association of foreign-trained
//! doctors beside the hospital, with two cohorts (clinical rotations;
//! working as a doctor) of two circles each at different cadences, meetings
//! past and coming with methods and attendance, five sign-ups waiting in the
//! assessment phase (enough to open a third cohort), and a mentor pool of
//! eight with six active pairs and three mentees waiting.

use crate::domain::circles::circle::{Cadence, CircleDraft, CircleStatus, MeetingDraft, suggest_case_bringer};
use crate::domain::circles::signups::{SignUpDraft, Wish};
use crate::domain::slots::{DayPart, TimeSlot};
use crate::domain::{ListItemId, Person, PersonId, Role};
use crate::store::{Result, Store};
use chrono::{Days, NaiveDate, NaiveTime, Weekday};

/// Writes the association's circles and mentoring; returns how many circles.
pub fn write_circles_demo(store: &mut Store, people: &[Person], today: NaiveDate) -> Result<usize> {
    let items = store.list_items()?;
    let phase = |code: &str| items.iter().find(|i| i.code.as_deref() == Some(code)).map(|i| i.id);
    let (Some(rotations), Some(doctors), Some(assessment)) =
        (phase("clinical-rotations"), phase("working-as-doctor"), phase("assessment-procedure"))
    else {
        return Ok(0);
    };
    // The association's doctors: international colleagues without another role.
    let mut pool: Vec<&Person> = people
        .iter()
        .filter(|p| p.active && p.roles.iter().all(|r| r.role == Role::Participant))
        .filter(|p| p.languages.iter().any(|l| l != "nl"))
        .collect();
    let seniors: Vec<&Person> = people
        .iter()
        .filter(|p| p.active && !p.has_role(Role::Coach) && !p.has_role(Role::CircleChair))
        .filter(|p| p.languages.len() >= 2)
        .rev()
        .take(8)
        .collect();
    pool.retain(|p| !seniors.iter().any(|s| s.id == p.id));
    if pool.len() < 8 + 8 + 5 + 3 {
        return Ok(0);
    }
    let mut next = pool.into_iter();
    let mut take = |n: usize| next.by_ref().take(n).map(|p| (p.id, p.languages.to_vec())).collect::<Vec<_>>();
    let cohorts = [(rotations, take(8), 270u64), (doctors, take(8), 200)];
    let waiting = take(5);
    let mentees = take(9);
    let chairs: Vec<PersonId> =
        people.iter().filter(|p| p.active && p.has_role(Role::CircleChair)).map(|p| p.id).collect();
    let mut circles = 0;
    for (index, (phase, members, ago)) in cohorts.iter().enumerate() {
        let signed_on = today - Days::new(*ago);
        for (person, languages) in members {
            sign_up(store, *person, *phase, languages, Wish::Circle, signed_on)?;
        }
        for (half, group) in members.chunks(4).enumerate() {
            let cadence =
                [Cadence::EveryWeeks(4), Cadence::EveryWeeks(6), Cadence::EveryWeeks(3), Cadence::AgreedEachTime]
                    [(index * 2 + half) % 4];
            let chair = chairs.get((index * 2 + half) % chairs.len().max(1)).copied();
            let formed_on = signed_on + Days::new(30);
            let draft = CircleDraft {
                version: None,
                name: format!("{} {}", if index == 0 { "Coschappen" } else { "Werkend als arts" }, ['A', 'B'][half]),
                phase: *phase,
                chair,
                members: group.iter().map(|(p, _)| *p).collect(),
                online: true,
                place: format!("https://meet.example.org/intervisie-{}{}", index + 1, ['a', 'b'][half]),
                cadence,
                status: CircleStatus::Meeting,
            };
            let id = store.form_circle(&draft, formed_on, 4)?;
            meetings(store, id, &draft, formed_on, today, index * 2 + half)?;
            circles += 1;
        }
    }
    for (k, (person, languages)) in waiting.iter().enumerate() {
        sign_up(store, *person, assessment, languages, Wish::Circle, today - Days::new(10 + 9 * k as u64))?;
    }
    mentoring(store, &seniors, &mentees, [rotations, doctors, assessment], today)?;
    Ok(circles)
}

fn sign_up(
    store: &mut Store,
    person: PersonId,
    phase: ListItemId,
    languages: &[String],
    wish: Wish,
    on: NaiveDate,
) -> Result<()> {
    let draft = SignUpDraft {
        person: Some(person),
        signed_on: Some(on),
        phase: Some(phase),
        wish,
        languages: if languages.is_empty() { vec!["en".into()] } else { languages.to_vec() },
        preferred: vec![TimeSlot::new(Weekday::Tue, DayPart::Evening), TimeSlot::new(Weekday::Thu, DayPart::Evening)],
        rules_accepted_on: Some(on),
    };
    store.record_signup(&draft, 2)?;
    Ok(())
}

/// Meetings from the circle's forming up to today at its cadence (at most
/// six), each with a method, a case bringer and attendance, and one coming.
fn meetings(
    store: &mut Store,
    circle: crate::domain::circles::circle::CircleId,
    draft: &CircleDraft,
    formed_on: NaiveDate,
    today: NaiveDate,
    seed: usize,
) -> Result<()> {
    let methods = store.methods()?;
    let weeks = match draft.cadence {
        Cadence::EveryWeeks(w) => u64::from(w),
        Cadence::AgreedEachTime => 5,
    };
    let evening = NaiveTime::from_hms_opt(19, 0, 0).unwrap_or_default();
    let mut day = formed_on + Days::new(14);
    let mut past = Vec::new();
    while day < today {
        past.push(day);
        day = day + Days::new(7 * weeks);
    }
    let first = past.len().saturating_sub(6);
    let dates: Vec<NaiveDate> = past[first..].iter().copied().chain(std::iter::once(day)).collect();
    for (k, date) in dates.iter().enumerate() {
        let starts_at = date.and_time(evening);
        let held = store.circle_meetings()?.into_iter().filter(|m| m.circle == circle).collect::<Vec<_>>();
        let case_bringer = suggest_case_bringer(&draft.members, &held, starts_at);
        let method = methods.get((k + seed) % methods.len().max(1)).map(|m| m.id);
        let id = store.save_circle_meeting(
            circle,
            None,
            &MeetingDraft { starts_at, minutes: 90, method, case_bringer, version: None },
        )?;
        if *date < today {
            for (m, member) in draft.members.iter().enumerate() {
                if (m + k + seed) % 5 != 4 {
                    store.set_circle_presence(id, *member, true)?;
                }
            }
        }
    }
    Ok(())
}

/// Eight mentors (capacity two), six active pairs and three mentees waiting.
fn mentoring(
    store: &mut Store,
    mentors: &[&Person],
    mentees: &[(PersonId, Vec<String>)],
    phases: [ListItemId; 3],
    today: NaiveDate,
) -> Result<()> {
    for mentor in mentors {
        let draft = SignUpDraft {
            person: Some(mentor.id),
            signed_on: Some(today - Days::new(300)),
            phase: None,
            wish: Wish::OffersMentoring,
            languages: mentor.languages.to_vec(),
            preferred: Vec::new(),
            rules_accepted_on: Some(today - Days::new(300)),
        };
        store.record_signup(&draft, 2)?;
    }
    for (k, (person, languages)) in mentees.iter().enumerate() {
        let on = today - Days::new(if k < 6 { 150 - 10 * k as u64 } else { 20 + 5 * k as u64 });
        sign_up(store, *person, phases[k % 3], languages, Wish::Mentor, on)?;
    }
    let signups = store.signups()?;
    for (k, (person, _)) in mentees.iter().take(6).enumerate() {
        let Some(signup) = signups.iter().find(|s| s.person == *person && s.is_waiting()) else { continue };
        let Some(mentor) = mentors.get(k % mentors.len().max(1)) else { continue };
        let proposed_on = signup.signed_on + Days::new(7);
        let pair = store.propose_pair(signup.id, mentor.id, proposed_on)?;
        store.start_pair(pair, proposed_on + Days::new(7))?;
        for month in 1..=3u64 {
            let met = proposed_on + Days::new(14 + 30 * month);
            if met < today {
                store.add_pair_meeting(pair, met)?;
            }
        }
    }
    Ok(())
}
