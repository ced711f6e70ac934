//! The binary on temporary files: demo data, bad paths, exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::Datelike;
use peerdesk::domain::Role;
use peerdesk::domain::coached::groups::GroupStatus;
use peerdesk::store::Store;
use tempfile::TempDir;

use crate::common::peerdesk;

#[test]
fn demo_writes_a_realistic_directory_to_the_given_file() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("demo.sqlite3");
    let output = peerdesk().args(["demo", "--db"]).arg(&path).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("300 people"), "{stdout}");

    let store = Store::open(&path).unwrap();
    let people = store.list_people().unwrap();
    assert_eq!(people.len(), 300);
    assert!(store.is_demo().unwrap());
    let with = |role: Role| people.iter().filter(|p| p.has_role(role)).count();
    assert!(with(Role::Coach) >= 5, "coaches: {}", with(Role::Coach));
    assert!(with(Role::PeerSupporter) >= 10, "peer supporters: {}", with(Role::PeerSupporter));
    assert!(with(Role::CircleChair) >= 2);
    assert!(with(Role::Mentor) >= 2);
    assert!(with(Role::Participant) >= 250);
    assert!(people.iter().any(|p| p.name.contains('ë') || p.name.contains('ü') || p.name.contains('ï')));
    assert!(people.iter().all(|p| !p.email.is_empty()));
    assert!(store.settings().unwrap().organisation.name.contains("UMC"));

    // Coached groups in every state, and a waiting list with proposals to make.
    let groups = store.groups().unwrap();
    assert!(groups.len() >= 10, "groups: {}", groups.len());
    for status in GroupStatus::ALL {
        assert!(groups.iter().any(|g| g.status == status), "no {status:?} group");
    }
    let waiting = store.registrations().unwrap().into_iter().filter(|r| r.group.is_none() && !r.withdrawn).count();
    assert!(waiting >= 12, "waiting: {waiting}");
    let sessions = store.sessions().unwrap();
    let today = peerdesk::clock::now();
    assert!(sessions.iter().any(|s| s.starts_at < today) && sessions.iter().any(|s| s.starts_at > today));
    assert!(!store.attendance().unwrap().is_empty());
}

#[test]
fn demo_makes_a_larger_directory_on_request() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("big.sqlite3");
    let output = peerdesk().args(["demo", "--people", "2000", "--lang", "en", "--db"]).arg(&path).output().unwrap();
    assert!(output.status.success());
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("2,000 people") && said.contains("800 incidents with 1,00"), "{said}");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.count_people().unwrap(), 2000);
    // Incidents in proportion over five years: two for every five people,
    // about one and a quarter trajectories each; the older ones are
    // already reduced to anonymous figures, the newest still open.
    let (incidents, trajectories) = (store.incidents().unwrap(), store.trajectories().unwrap());
    let figures = store.purged_facts().unwrap();
    assert!((950..=1050).contains(&(trajectories.len() + figures.len())), "{} + {}", trajectories.len(), figures.len());
    assert!(figures.len() > trajectories.len(), "five years, one of retention: {}", figures.len());
    assert!(trajectories.iter().filter(|t| t.is_open()).count() > 20);
    let oldest = figures.iter().map(|f| f.year).min().unwrap();
    assert!(oldest <= peerdesk::clock::today().year() - 4, "over five years: {oldest}");
    assert!(incidents.len() < 800, "old incidents are gone with their trajectories: {}", incidents.len());
}

#[test]
fn demo_refuses_a_database_that_already_holds_data() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("real.sqlite3");
    peerdesk().args(["demo", "--people", "5", "--db"]).arg(&path).status().unwrap();
    let output = peerdesk().args(["demo", "--db"]).arg(&path).output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("already holds data"), "{stderr}");
    assert_eq!(Store::open(&path).unwrap().count_people().unwrap(), 5);
}

#[test]
fn a_bad_db_path_gives_one_clear_line_and_a_failing_exit() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("missing/folder/data.sqlite3");
    for args in [vec!["demo"], vec![]] {
        let output = peerdesk().args(&args).arg("--db").arg(&path).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
        assert!(stderr.contains("does not exist"), "{stderr}");
        assert!(!path.exists());
    }
}

#[test]
fn a_foreign_file_is_refused_on_the_command_line_in_dutch_too() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "not a database at all, just some words ".repeat(100)).unwrap();
    let output = peerdesk().args(["--lang", "nl", "--db"]).arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is geen PeerDesk-database"), "{stderr}");
}

#[test]
fn help_is_available_for_every_command_and_in_both_languages() {
    let output = peerdesk().arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("demo") && help.contains("--db"), "{help}");
    let output = peerdesk().args(["demo", "--help", "--lang", "nl"]).output().unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("Hoeveel personen"));
}

#[test]
fn an_unknown_option_fails_with_usage() {
    let output = peerdesk().arg("--frobnicate").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn every_export_on_the_demo_database_writes_a_valid_file() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    assert!(peerdesk().args(["demo", "--db"]).arg(&db).status().unwrap().success());
    let store = Store::open(&db).unwrap();
    let sessions = store.sessions().unwrap();
    let group = store.groups().unwrap().into_iter().find(|g| sessions.iter().any(|s| s.group == g.id)).unwrap();
    let coach = group.coach.unwrap();
    let source = store.funding_sources().unwrap().into_iter().find(|s| s.central_budget).unwrap();
    let year = store
        .invoices()
        .unwrap()
        .iter()
        .filter_map(|i| i.issue_date)
        .map(|d| chrono::Datelike::year(&d))
        .max()
        .unwrap();
    drop(store);
    let run = |args: Vec<String>, out: &std::path::Path| {
        let output = peerdesk().arg("export").args(&args).arg("--out").arg(out).arg("--db").arg(&db).output().unwrap();
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        std::fs::read(out).unwrap()
    };
    let s = |x: &str| x.to_string();
    let pdf = run(vec![s("schedule"), s("--group"), group.id.0.to_string()], &dir.path().join("group.pdf"));
    assert!(pdf.starts_with(b"%PDF"));
    let pdf = run(
        vec![
            s("schedule"),
            s("--coach"),
            coach.0.to_string(),
            s("--from"),
            s("2020-01-01"),
            s("2030-12-31"),
            s("--lang"),
            s("nl"),
        ]
        .into_iter()
        .enumerate()
        .flat_map(|(i, a)| if i == 5 { vec![s("--to"), a] } else { vec![a] })
        .collect(),
        &dir.path().join("coach.pdf"),
    );
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(text.contains("Week") && text.contains("pagina 1 van"), "{text}");
    let pdf = run(vec![s("schedule"), s("--month"), s("2026-10")], &dir.path().join("month.pdf"));
    assert!(pdf.starts_with(b"%PDF"));
    let pdf = run(
        vec![
            s("statement"),
            s("--funding"),
            source.id.0.to_string(),
            s("--from"),
            s("2020-01-01"),
            s("--to"),
            s("2030-12-31"),
        ],
        &dir.path().join("statement.pdf"),
    );
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(text.contains("Central PostDoc budget") && text.contains("€937.50"), "{text}");
    let ics = run(vec![s("ics"), s("--group"), group.id.0.to_string()], &dir.path().join("group.ics"));
    assert!(String::from_utf8(ics).unwrap().starts_with("BEGIN:VCALENDAR"));

    let folder = dir.path().join("invoices");
    std::fs::create_dir(&folder).unwrap();
    let output = peerdesk()
        .args(["export", "invoices", "--year", &year.to_string(), "--out"])
        .arg(&folder)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let files: Vec<String> =
        std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    // The demo's invoices were made in Dutch: each keeps its own language.
    assert!(files.iter().any(|f| f == &format!("factuur-{year}-0001.pdf")), "{files:?}");
    assert!(files.iter().any(|f| f.starts_with("creditnota-")), "{files:?}");
    a_blocked_batch_leaves_no_new_file(&db, year, dir.path());
}

#[test]
fn a_bad_id_or_date_exits_with_one_line_and_leaves_no_file() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    assert!(peerdesk().args(["demo", "--people", "40", "--db"]).arg(&db).status().unwrap().success());
    let out = dir.path().join("out.pdf");
    let cases: Vec<Vec<&str>> = vec![
        vec!["export", "schedule", "--group", "9999"],
        vec!["export", "schedule", "--group", "abc"],
        vec!["export", "schedule", "--coach", "1", "--from", "2026-13-01", "--to", "2026-12-31"],
        vec!["export", "statement", "--funding", "1", "--from", "2026-12-31", "--to", "2026-01-01"],
        vec!["export", "ics", "--group", "1", "--coach", "1"],
        vec!["export", "invoices", "--year", "20x6"],
    ];
    for args in cases {
        let output = peerdesk().args(&args).arg("--out").arg(&out).arg("--db").arg(&db).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim().lines().count(), 1, "{args:?}: {stderr}");
        assert!(!out.exists(), "{args:?} left a file");
    }
}

#[test]
fn networks_are_listed_and_their_calendar_contacts_and_members_exported_from_the_command_line() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    assert!(peerdesk().args(["demo", "--db"]).arg(&db).status().unwrap().success());
    let output = peerdesk().args(["list", "networks", "--lang", "nl", "--db"]).arg(&db).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let list = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 3, "{list}");
    assert!(lines[0].starts_with("Nr\tNaam"), "{list}");
    assert!(list.contains("Elke tweede dinsdag van de maand, 10:00–12:00"), "{list}");
    assert!(list.contains("Om de 6 weken op donderdag, 15:00–16:30"), "{list}");
    let id = lines[1].split('\t').next().unwrap().to_string();

    let export = |what: &str, file: &str, language: &str| {
        let out = dir.path().join(file);
        let output = peerdesk()
            .args(["export", what, "--network", &id, "--lang", language, "--out"])
            .arg(&out)
            .arg("--db")
            .arg(&db)
            .output()
            .unwrap();
        assert!(output.status.success(), "{what}: {}", String::from_utf8_lossy(&output.stderr));
        std::fs::read(out).unwrap()
    };
    let ics = String::from_utf8(export("ics", "network.ics", "en")).unwrap();
    assert!(ics.contains("RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU") && ics.contains("EXDATE;TZID="), "{ics}");
    assert!(ics.contains("RECURRENCE-ID;TZID=Europe/Amsterdam:"), "{ics}");
    let pdf = export("contacts", "contacts.pdf", "nl");
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(text.contains("Contactlijst") && text.contains("niet gedeeld"), "{text}");
    let csv = String::from_utf8(export("members", "members.csv", "en")).unwrap();
    assert!(csv.starts_with("\u{feff}Name;Organisation;Phone;Email"), "{csv}");

    // An unknown network is one line, and nothing is written.
    let out = dir.path().join("none.ics");
    let output = peerdesk()
        .args(["export", "ics", "--network", "999", "--out"])
        .arg(&out)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stderr).trim(), "peerdesk: There is no network with number 999.");
    assert!(!out.exists());
}

#[test]
fn the_export_help_is_translated_down_to_each_document() {
    let output = peerdesk().args(["export", "contacts", "--help", "--lang", "nl"]).output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("De contactlijst (PDF) van een netwerk"), "{help}");
    assert!(help.contains("Het nummer van het netwerk (zie: peerdesk list netwerken)"), "{help}");
    let output = peerdesk().args(["export", "--help", "--lang", "nl"]).output().unwrap();
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("Een agendabestand (ICS)"), "{help}");
}

#[test]
fn the_yearly_report_of_the_demo_hides_small_numbers_in_both_languages() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    assert!(peerdesk().args(["demo", "--db"]).arg(&db).status().unwrap().success());
    let year = chrono::Datelike::year(&peerdesk::clock::today()).to_string();
    for (language, words) in [
        ("en", ["anonymous yearly report", "Employees involved"]),
        ("nl", ["anoniem jaarverslag", "Betrokken medewerkers"]),
    ] {
        let out = dir.path().join(format!("report-{language}.pdf"));
        let output = peerdesk()
            .args(["export", "report", "--year", &year, "--lang", language, "--out"])
            .arg(&out)
            .arg("--db")
            .arg(&db)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let text = pdf_extract::extract_text_from_mem(&std::fs::read(&out).unwrap()).unwrap();
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for word in words {
            assert!(flat.contains(word), "{word}: {flat}");
        }
        assert!(flat.contains("< 3"), "small counts hidden: {flat}");
        // Nothing that names anyone: no incident reference, no employee.
        assert!(!flat.contains("I-20"), "{flat}");
    }
}

#[test]
fn list_groups_coaches_and_funding_give_the_numbers_export_asks_for() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    assert!(peerdesk().args(["demo", "--db"]).arg(&db).status().unwrap().success());
    let list = |what: &str, language: &str| {
        let output = peerdesk().args(["list", what, "--lang", language, "--db"]).arg(&db).output().unwrap();
        assert!(output.status.success(), "{what}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    let store = Store::open(&db).unwrap();
    let groups = list("groups", "nl");
    let lines: Vec<&str> = groups.lines().collect();
    assert!(lines[0].starts_with("Nr\tNaam\tStatus\tCoach"), "{groups}");
    assert_eq!(lines.len(), store.groups().unwrap().len() + 1, "{groups}");
    assert!(lines[1].contains("in vorming") || lines[1].contains("loopt"), "active groups first: {groups}");
    let coaches = list("coaches", "en");
    let active = store.list_people().unwrap().iter().filter(|p| p.active && p.has_role(Role::Coach)).count();
    assert_eq!(coaches.lines().count(), active + 1, "{coaches}");
    let funding = list("funding", "en");
    assert!(funding.contains("Central PostDoc budget\tyes"), "{funding}");

    // The numbers listed are the ones export takes.
    let export = |args: &[&str], file: &str| {
        let out = dir.path().join(file);
        let output = peerdesk().arg("export").args(args).arg("--out").arg(&out).arg("--db").arg(&db).output().unwrap();
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    };
    export(&["schedule", "--group", lines[1].split('\t').next().unwrap()], "schedule.pdf");
    let source = funding.lines().nth(1).unwrap().split('\t').next().unwrap();
    export(&["statement", "--funding", source, "--from", "2026-01-01", "--to", "2026-12-31"], "statement.pdf");
}

#[test]
fn people_are_imported_from_a_spreadsheet_once_and_a_bad_row_is_named() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("people.sqlite3");
    drop(peerdesk::store::Store::create(&db).unwrap());
    // As a Dutch spreadsheet saves it: semicolons, Windows text ("Zoë").
    let csv = dir.path().join("medewerkers.csv");
    std::fs::write(
        &csv,
        [
            b"Naam;E-mailadres;Afdeling;Functie\r\nZo\xeb Bakker;zoe@umc.example;IC;arts\r\nPiet Jansen;piet@;SEH;\r\n"
                .as_slice(),
            &[b'X'; 101],
            b";;;\r\n",
        ]
        .concat(),
    )
    .unwrap();
    let import = || peerdesk().args(["import", "--lang", "nl", "--db"]).arg(&db).arg(&csv).output().unwrap();
    let first = import();
    let said = String::from_utf8_lossy(&first.stdout);
    assert!(!first.status.success(), "a refused row fails the command");
    assert!(said.contains("Niet gelezen (geen veld met die naam): Functie."), "{said}");
    assert!(said.contains("Regel 2: toegevoegd als persoon 1: Zoë Bakker."), "{said}");
    assert!(said.contains("Regel 3: niet toegevoegd. E-mail: "), "{said}");
    assert!(said.contains("Regel 4: niet toegevoegd. Naam: Hoogstens 100 tekens"), "{said}");
    let summary = String::from_utf8_lossy(&first.stderr);
    assert!(summary.contains("1 persoon toegevoegd, 0 al aanwezig, 2 niet toegevoegd."), "{summary}");
    let people = peerdesk::store::Store::open(&db).unwrap().list_people().unwrap();
    assert_eq!(people.len(), 1);
    assert_eq!((&*people[0].name, &*people[0].department), ("Zoë Bakker", "IC"));

    // Run again after the address is put right: Zoë is passed over.
    // A namesake with another address is added, and said.
    std::fs::write(
        &csv,
        "naam,email\nZoë Bakker,ZOE@umc.example\nPiet Jansen,piet@umc.example\nZoe Bakker,zoe@elders.example\n",
    )
    .unwrap();
    let again = import();
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
    let said = String::from_utf8_lossy(&again.stdout);
    assert!(said.contains("Regel 2: staat al in het adresboek als persoon 1: Zoë Bakker. Overgeslagen."), "{said}");
    assert!(said.contains("Regel 4: toegevoegd als persoon 3: Zoe Bakker. Persoon 1 heeft dezelfde naam"), "{said}");
    assert_eq!(peerdesk::store::Store::open(&db).unwrap().list_people().unwrap().len(), 3);

    // A file without a name column changes nothing.
    std::fs::write(&csv, "email\nx@umc.example\n").unwrap();
    let output = import();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("geen kolom met de kop “naam”"));
    assert_eq!(peerdesk::store::Store::open(&db).unwrap().list_people().unwrap().len(), 3);
}

/// A batch that meets a file it may not replace (here a folder of the
/// second invoice's name) stops, says so and leaves no new file behind.
fn a_blocked_batch_leaves_no_new_file(db: &std::path::Path, year: i32, dir: &std::path::Path) {
    let blocked = dir.join("blocked");
    std::fs::create_dir_all(blocked.join(format!("factuur-{year}-0002.pdf"))).unwrap();
    let output = peerdesk()
        .args(["export", "invoices", "--year", &year.to_string(), "--lang", "en", "--out"])
        .arg(&blocked)
        .arg("--db")
        .arg(db)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains(&format!("factuur-{year}-0002.pdf")) && !said.contains("replaced"), "{said}");
    assert_eq!(std::fs::read_dir(&blocked).unwrap().count(), 1, "only the folder that was there");
}
