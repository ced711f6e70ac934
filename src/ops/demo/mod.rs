//! Realistic demo data: a Dutch university hospital with departments and
//! people of Dutch and international origin, in every role. The demo lives
//! in its own file and is never written into a database that holds data.

mod circles;
mod group_plans;
mod groups;
mod incidents;
mod invoices;
mod networks;

use crate::domain::random::SplitMix64;
use crate::domain::search::fold;
use crate::domain::{ListItem, ListKind, Organisation, PersonDraft, Role, RoleAssignment, Settings};
use crate::store::{Refusal, Store, StoreError};
use chrono::{Days, NaiveDate};
use std::collections::HashSet;

/// How much demo data to write.
#[derive(Clone, Debug)]
pub struct DemoOptions {
    /// How many people the directory gets.
    pub people: usize,
    /// Dates (training, …) are placed relative to this day.
    pub today: NaiveDate,
    /// The same seed gives the same organisation.
    pub seed: u64,
}

impl DemoOptions {
    /// The standard demo: about 300 people.
    pub fn standard(today: NaiveDate) -> Self {
        DemoOptions { people: 300, today, seed: 2026 }
    }
}

/// What the demo wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoSummary {
    pub people: usize,
    pub coaches: usize,
    pub peer_supporters: usize,
    pub circle_chairs: usize,
    pub mentors: usize,
    pub groups: usize,
    pub waiting: usize,
    pub invoices: usize,
    pub incidents: usize,
    pub trajectories: usize,
}

const HOSPITAL: &str = "UMC Noord";
const EMAIL_DOMAIN: &str = "umcnoord.example";

const DUTCH_FIRST: &[&str] = &[
    "Anna", "Sanne", "Lotte", "Femke", "Iris", "Eva", "Noor", "Fleur", "Marieke", "Anouk", "Linda", "Ingrid",
    "Marloes", "Esther", "Judith", "Maaike", "Wietske", "Hilde", "Joost", "Daan", "Bram", "Sven", "Thijs", "Ruben",
    "Jeroen", "Maarten", "Pieter", "Wouter", "Gerrit", "Hendrik", "Sjoerd", "Tjeerd", "Koen", "Lars", "Niels",
    "Jasper", "Auke", "Remco", "Bart", "Erik",
];
const DUTCH_LAST: &[&str] = &[
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van der Heijden",
    "Schouten",
    "Hoekstra",
    "Postma",
    "Bosma",
    "Veenstra",
    "Kuipers",
    "Wiersma",
    "Huisman",
    "Boersma",
    "van Leeuwen",
    "Koster",
    "Prins",
    "Blom",
];
/// International colleagues by mother tongue: first names and family names
/// are combined within a group, so names stay plausible.
const INTERNATIONAL: &[(&str, &[&str], &[&str])] = &[
    ("de", &["Zoë", "Jürgen", "Lena", "Matthias", "Anja"], &["Müller", "Schäfer", "Becker", "Weiß", "Hoffmann"]),
    ("fr", &["Anaïs", "Élodie", "Julien", "Camille", "Noël"], &["Dubois", "Lefèvre", "Moreau", "Girard", "Fournier"]),
    ("es", &["Lucía", "Javier", "Inés", "Andrés"], &["García", "Fernández", "Muñoz", "Ortega"]),
    ("it", &["Giulia", "Matteo", "Chiara", "Lorenzo"], &["Rossi", "Bianchi", "Ricci", "Esposito"]),
    ("pt", &["João", "Inês", "Tiago", "Beatriz"], &["Ferreira", "Gonçalves", "Araújo", "Costa"]),
    ("pl", &["Agnieszka", "Tomasz", "Katarzyna", "Paweł"], &["Kowalska", "Nowak", "Wiśniewska", "Lewandowski"]),
    ("tr", &["Mehmet", "Elif", "Ayşe", "Emre"], &["Yılmaz", "Demir", "Kaya", "Çelik"]),
    ("ar", &["Youssef", "Fatima", "Karim", "Nadia"], &["El Amrani", "Benali", "Haddad", "Bouzid"]),
    ("uk", &["Olena", "Andriy", "Iryna"], &["Shevchenko", "Kovalenko", "Bondarenko"]),
    ("zh", &["Wei", "Mei", "Jun", "Xiu"], &["Chen", "Zhang", "Wang", "Liu"]),
    ("hi", &["Priya", "Arjun", "Ananya", "Rahul"], &["Sharma", "Patel", "Gupta", "Iyer"]),
    (
        "en",
        &["Siobhan", "Emily", "Ngozi", "Hamid", "Søren", "Tomás"],
        &["O'Brien", "Clarke", "Okafor", "Rahimi", "Nielsen", "Novák"],
    ),
];
const DEPARTMENTS: &[&str] = &[
    "Cardiologie",
    "Neurologie",
    "Intensive Care",
    "Spoedeisende Hulp",
    "Kindergeneeskunde",
    "Oncologie",
    "Heelkunde",
    "Radiologie",
    "Psychiatrie",
    "Verloskunde en Gynaecologie",
    "Interne Geneeskunde",
    "Anesthesiologie",
    "Epidemiologie",
    "Genetica",
    "Longziekten",
    "Medische Microbiologie",
    "Wenckebach Instituut",
    "Farmacie",
    "Dermatologie",
    "Orthopedie",
];
const OTHER_ORGANISATIONS: &[&str] =
    &["Vrijwilligerscentrale Groningen", "Vrijwilligerscentrale Assen", "Slachtofferhulp Noord", "Martini Ziekenhuis"];
/// Positions with their share in percent, by the codes of the built-in list.
const POSITION_SHARES: &[(&str, u32)] = &[
    ("postdoc", 15),
    ("phd-candidate", 20),
    ("nurse", 20),
    ("resident", 12),
    ("medical-specialist", 12),
    ("staff-member", 12),
    ("researcher", 5),
    ("manager", 4),
];

/// Makes sure the demo file at `path` holds the demo: creates it when it
/// does not exist, and fills it when it holds nothing yet. A file holding
/// other data is left as it is.
pub fn ensure_demo(path: &std::path::Path, today: NaiveDate) -> Result<(), StoreError> {
    match write_demo_file(path, &DemoOptions::standard(today), None) {
        Ok(_) | Err(StoreError::Refused(Refusal::NotEmpty)) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Writes the demo into the file at `path`: a new file, or a PeerDesk file
/// that holds no data yet. The demo is written in one transaction, so a
/// demo that fails or is killed half-way leaves no data behind; a file it
/// created is removed again when it fails.
pub fn write_demo_file(
    path: &std::path::Path,
    options: &DemoOptions,
    key: Option<&crate::store::Passphrase>,
) -> Result<DemoSummary, StoreError> {
    let existed = std::fs::symlink_metadata(path).is_ok();
    let mut store = if existed { Store::open_with(path, key)? } else { Store::create_with(path, key)? };
    let written = store.all_or_nothing(|store| write_demo(store, options));
    drop(store);
    if written.is_err() && !existed {
        crate::store::remove_database_files(path);
    }
    written
}

/// Writes the demo organisation into `store`, which must hold no people.
/// Marks the file as a demo.
pub fn write_demo(store: &mut Store, options: &DemoOptions) -> Result<DemoSummary, StoreError> {
    if store.holds_data()? {
        return Err(StoreError::Refused(Refusal::NotEmpty));
    }
    store.save_settings(&demo_settings())?;
    let items = store.list_items()?;
    let drafts = demo_people(options, &items);
    store.insert_people(&drafts)?;
    // Everyone, read once: each programme's demo picks its people from them.
    let people = store.list_people()?;
    let groups = groups::write_groups_demo(store, &people, options.today, options.seed)?;
    let invoices = invoices::write_invoices_demo(store, options.today)?;
    let incidents =
        incidents::write_incidents_demo(store, &people, options, incidents::Span::for_people(options.people))?;
    networks::write_networks_demo(store, &people, options.today)?;
    circles::write_circles_demo(store, &people, options.today)?;
    store.mark_demo()?;
    let count = |role: Role| drafts.iter().filter(|d| d.has_role(role)).count();
    Ok(DemoSummary {
        people: drafts.len(),
        coaches: count(Role::Coach),
        peer_supporters: count(Role::PeerSupporter),
        circle_chairs: count(Role::CircleChair),
        mentors: count(Role::Mentor),
        groups: groups.groups,
        waiting: groups.waiting,
        invoices,
        incidents: incidents.incidents,
        trajectories: incidents.trajectories,
    })
}

fn demo_settings() -> Settings {
    Settings {
        organisation: Organisation {
            name: format!("{HOSPITAL} — Wenckebach Instituut"),
            address: "Hanzeplein 1\n9713 GZ Groningen".to_string(),
            chamber_of_commerce: "01173944".to_string(),
            vat_number: "NL001234567B01".to_string(),
            iban: "NL91 ABNA 0417 1643 00".to_string(),
            email: format!("peersupport@{EMAIL_DOMAIN}"),
        },
        clusters: crate::domain::incidents::clusters::Clusters(
            [
                ("Acute zorg", &["Spoedeisende Hulp", "Intensive Care", "Anesthesiologie"][..]),
                ("Moeder en kind", &["Verloskunde en Gynaecologie", "Kindergeneeskunde"][..]),
                ("Beschouwend", &["Interne Geneeskunde", "Cardiologie", "Longziekten", "Neurologie"][..]),
            ]
            .into_iter()
            .map(|(name, departments)| (name.to_string(), departments.iter().map(|d| d.to_string()).collect()))
            .collect(),
        ),
        ..Settings::default()
    }
}

/// The demo people, deterministic for a seed.
pub fn demo_people(options: &DemoOptions, items: &[ListItem]) -> Vec<PersonDraft> {
    let mut rng = SplitMix64::new(options.seed);
    let mut emails = HashSet::new();
    let item = |kind: ListKind, code: &str| {
        items.iter().find(|i| i.kind == kind && i.code.as_deref() == Some(code)).map(|i| i.id)
    };
    let phases: Vec<_> = items.iter().filter(|i| i.kind == ListKind::CareerPhase).map(|i| i.id).collect();
    let mut people = Vec::with_capacity(options.people);
    for index in 0..options.people {
        let international = rng.chance(22);
        let (first, last, mother_tongue) = if international {
            let (lang, firsts, lasts) = INTERNATIONAL[rng.below(INTERNATIONAL.len())];
            (firsts[rng.below(firsts.len())], lasts[rng.below(lasts.len())], lang)
        } else {
            (DUTCH_FIRST[rng.below(DUTCH_FIRST.len())], DUTCH_LAST[rng.below(DUTCH_LAST.len())], "nl")
        };
        let name = format!("{first} {last}");
        let position_name = pick_share(&mut rng, POSITION_SHARES);
        let other_org = rng.chance(4);
        let organisation = if other_org {
            OTHER_ORGANISATIONS[rng.below(OTHER_ORGANISATIONS.len())].to_string()
        } else {
            HOSPITAL.to_string()
        };
        let department = if other_org { String::new() } else { DEPARTMENTS[rng.below(DEPARTMENTS.len())].to_string() };
        let email = unique_email(&mut emails, first, last, if other_org { "example.org" } else { EMAIL_DOMAIN });
        let phone = if rng.chance(50) {
            format!("+31 50 361 {:04}", rng.below(10_000))
        } else {
            format!("06-{:08}", rng.below(100_000_000))
        };
        let mut languages = vec![mother_tongue.to_string()];
        if mother_tongue != "en" && (international || rng.chance(70)) {
            languages.push("en".to_string());
        }
        if international && rng.chance(40) {
            languages.push("nl".to_string());
        }
        let career_phase = if international && matches!(position_name, "resident" | "medical-specialist") {
            phases.get(rng.below(3)).copied()
        } else if rng.chance(60) {
            // Early, mid or senior career, as fits the position.
            let (first, spread) = match position_name {
                "postdoc" | "phd-candidate" => (3, 1),
                "nurse" | "resident" | "researcher" | "staff-member" => (3, 2),
                _ => (4, 2),
            };
            phases.get(first + rng.below(spread)).copied()
        } else {
            None
        };
        let roles = demo_roles(&mut rng, index, position_name, options.today);
        people.push(PersonDraft {
            id: None,
            name,
            email,
            phone,
            organisation,
            department,
            position: item(ListKind::Position, position_name),
            career_phase,
            languages,
            roles,
            active: !rng.chance(4),
            version: None,
        });
    }
    people
}

fn demo_roles(rng: &mut SplitMix64, index: usize, position: &str, today: NaiveDate) -> Vec<RoleAssignment> {
    let mut roles = Vec::new();
    let senior = matches!(position, "medical-specialist" | "staff-member" | "manager");
    let clinical = matches!(position, "nurse" | "resident" | "medical-specialist");
    // Every 40th person coaches; coaches come from the institute's pool of seniors.
    let coach = index % 40 == 7 || (senior && rng.chance(3));
    if coach {
        roles.push(RoleAssignment { role: Role::Coach, trained_on: None });
    } else {
        roles.push(RoleAssignment { role: Role::Participant, trained_on: None });
    }
    if clinical && rng.chance(14) {
        let days_ago = 30 + rng.below(5 * 365) as u64;
        let trained_on = today.checked_sub_days(Days::new(days_ago));
        roles.push(RoleAssignment { role: Role::PeerSupporter, trained_on });
    }
    if index % 75 == 11 {
        roles.push(RoleAssignment { role: Role::CircleChair, trained_on: None });
    }
    if senior && rng.chance(8) {
        roles.push(RoleAssignment { role: Role::Mentor, trained_on: None });
    }
    roles.sort_by_key(|r| r.role);
    roles
}

fn pick_share<'a>(rng: &mut SplitMix64, shares: &[(&'a str, u32)]) -> &'a str {
    let total: u32 = shares.iter().map(|(_, s)| s).sum();
    let mut roll = rng.below(total as usize) as u32;
    for (name, share) in shares {
        if roll < *share {
            return name;
        }
        roll -= share;
    }
    shares.first().map(|(n, _)| *n).unwrap_or_default()
}

fn unique_email(taken: &mut HashSet<String>, first: &str, last: &str, domain: &str) -> String {
    let local = |s: &str| -> String {
        fold(s)
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == ' ')
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("")
    };
    let base = format!("{}.{}", local(first), local(last));
    let mut candidate = format!("{base}@{domain}");
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{base}{n}@{domain}");
        n += 1;
    }
    candidate
}
