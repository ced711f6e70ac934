//! Two demo networks beside the hospital: the deputy managers of five
//! volunteer centres (monthly on the second Tuesday, hosted in turn) and
//! the ward managers of three regional hospitals (every six weeks, online),
//! with members who did and did not agree to share their details, a
//! skipped and a moved meeting, and attendance.

use crate::domain::networks::meetings::meetings_between;
use crate::domain::networks::recurrence::{Rule, Series};
use crate::domain::networks::{NetworkDraft, NetworkId, NetworkStatus};
use crate::domain::{Person, PersonId};
use crate::store::{Result, Store};
use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime, Weekday};

const CENTRES: [&str; 5] = [
    "Vrijwilligerscentrale Groningen",
    "Vrijwilligerscentrale Assen",
    "Vrijwilligerscentrale Emmen",
    "Vrijwilligerscentrale Hoogeveen",
    "Vrijwilligerscentrale Meppel",
];
const HOSPITALS: [&str; 3] = ["UMC Noord", "Martini Ziekenhuis", "Treant Zorggroep"];

/// Writes the two networks; returns how many were written.
pub fn write_networks_demo(store: &mut Store, people: &[Person], today: NaiveDate) -> Result<usize> {
    let items = store.list_items()?;
    let position = |code: &str| items.iter().find(|i| i.code.as_deref() == Some(code)).map(|i| i.id);
    let manager = position("manager");
    let centre_people =
        assign(store, people, |p| p.organisation.starts_with("Vrijwilligerscentrale"), &CENTRES, manager, 8)?;
    let hospital_people = {
        // The hospital's own managers first, then its staff members.
        let ours = |code: &str| {
            let wanted = position(code);
            people.iter().filter(move |p| p.active && *p.organisation == *HOSPITALS[0] && p.position == wanted)
        };
        let mut chosen: Vec<PersonId> = ours("manager").chain(ours("staff-member")).take(3).map(|p| p.id).collect();
        chosen.extend(assign(
            store,
            people,
            |p| &*p.organisation == "Martini Ziekenhuis",
            &HOSPITALS[1..2],
            manager,
            2,
        )?);
        chosen.extend(assign(
            store,
            people,
            |p| &*p.organisation == "Slachtofferhulp Noord",
            &HOSPITALS[2..3],
            manager,
            2,
        )?);
        chosen
    };
    let [centres, hospitals] = drafts(today, centre_people.first().copied(), hospital_people.first().copied());
    let mut written = 0;
    for (draft, members) in [(centres, centre_people), (hospitals, hospital_people)] {
        if members.len() < 2 {
            continue;
        }
        let id = store.create_network(&draft, draft.series.from)?;
        for (index, person) in members.iter().enumerate() {
            let membership = if index == 0 {
                store.memberships()?.into_iter().find(|m| m.network == id && m.person == *person).map(|m| m.id)
            } else {
                Some(store.add_member(id, *person, joined_on(&draft, index, members.len()))?)
            };
            // Two in three agreed to share their details.
            if let Some(membership) = membership
                && index % 3 != 2
            {
                store.set_consent(membership, Some(draft.series.from + Days::new(7)))?;
            }
        }
        write_meetings(store, id, &draft, &members, today)?;
        written += 1;
    }
    Ok(written)
}

/// Gives up to `count` active people matching `wanted` the organisations
/// `organisations` in turn and the position `position` (the directory's
/// other organisations become the network's); returns who.
fn assign(
    store: &mut Store,
    people: &[Person],
    wanted: impl Fn(&Person) -> bool,
    organisations: &[&str],
    position: Option<crate::domain::ListItemId>,
    count: usize,
) -> Result<Vec<PersonId>> {
    let mut chosen = Vec::new();
    for (index, person) in people.iter().filter(|p| p.active && wanted(p)).take(count).enumerate() {
        let organisation = organisations[index % organisations.len()];
        let mut draft = person.to_draft();
        draft.organisation = organisation.to_string();
        draft.position = position.or(draft.position);
        if draft != person.to_draft() {
            store.save_person(&draft)?;
        }
        chosen.push(person.id);
    }
    Ok(chosen)
}

/// A skipped meeting in the past, the next meeting moved by a week, and
/// attendance for the meetings held (one member has stayed away lately).
fn write_meetings(
    store: &mut Store,
    id: NetworkId,
    draft: &NetworkDraft,
    members: &[PersonId],
    today: NaiveDate,
) -> Result<()> {
    let network = store.networks()?.into_iter().find(|n| n.id == id);
    let Some(network) = network else { return Ok(()) };
    let past: Vec<_> = meetings_between(&network, &[], draft.series.from, today - Days::new(1));
    let coming: Vec<_> = meetings_between(&network, &[], today, today + Days::new(120));
    let skipped = past.len().checked_sub(3).and_then(|i| past.get(i)).map(|m| m.original);
    if let Some(original) = skipped {
        store.skip_meeting(id, original)?;
    }
    if network.rotating_hosts
        && let Some(next) = coming.first()
    {
        let to = next.start + chrono::Duration::days(7);
        store.move_meeting(id, next.original, to, next.minutes)?;
    }
    let quiet = members.get(1).copied();
    for (k, meeting) in past.iter().enumerate() {
        if Some(meeting.original) == skipped {
            continue;
        }
        let recent = k + 5 > past.len();
        for (index, person) in members.iter().enumerate() {
            let joined = joined_on(draft, index, members.len());
            let away = (index + k) % 4 == 3 || (recent && Some(*person) == quiet);
            if meeting.original >= joined && !away {
                store.set_presence(id, meeting.original, *person, true)?;
            }
        }
    }
    Ok(())
}

/// When the member at `index` of `count` joined: the last one a hundred days
/// after the others.
fn joined_on(draft: &NetworkDraft, index: usize, count: usize) -> NaiveDate {
    if index + 1 == count { draft.series.from + Days::new(100) } else { draft.series.from }
}

/// The two networks: the volunteer centres monthly on the second Tuesday,
/// hosted in turn; the hospitals every six weeks online.
fn drafts(
    today: NaiveDate,
    centre_convenor: Option<PersonId>,
    hospital_convenor: Option<PersonId>,
) -> [NetworkDraft; 2] {
    let start = |months_ago: u32| {
        today.with_day(1).and_then(|d| d.checked_sub_months(Months::new(months_ago))).unwrap_or(today)
    };
    let time = |h: u32, m: u32| NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
    let centres = NetworkDraft {
        version: None,
        name: "Adjunct-directeuren vrijwilligerscentrales Noord".into(),
        audience: "Adjunct-directeuren van vijf vrijwilligerscentrales in Groningen en Drenthe".into(),
        convenor: centre_convenor,
        status: NetworkStatus::Active,
        series: Series {
            rule: Rule::MonthlyWeekday { nth: 2, weekday: Weekday::Tue, months: 1 },
            from: start(10),
            until: None,
            time: time(10, 0),
            minutes: 120,
        },
        online: false,
        place: String::new(),
        rotating_hosts: true,
    };
    let hospitals = NetworkDraft {
        version: None,
        name: "Afdelingsmanagers regionale ziekenhuizen".into(),
        audience: "Afdelingsmanagers van drie ziekenhuizen in de regio Noord".into(),
        convenor: hospital_convenor,
        status: NetworkStatus::Active,
        series: Series {
            rule: Rule::Weekly { weeks: 6, weekday: Weekday::Thu },
            from: start(8),
            until: None,
            time: time(15, 0),
            minutes: 90,
        },
        online: true,
        place: "https://meet.example.org/afdelingsmanagers-noord".into(),
        rotating_hosts: false,
    };
    [centres, hospitals]
}
