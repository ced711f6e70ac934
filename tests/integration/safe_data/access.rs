//! The access log: append-only, kept over a restore, shown and saved as CSV.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use peerdesk::domain::access::AccessAction;

#[test]
fn the_access_log_is_append_only_and_survives_a_restore() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("logged.sqlite3");
    let mut store = Store::create(&path).unwrap();
    store.log_access(AccessAction::Open, "logged.sqlite3").unwrap();
    let backup = dir.path().join("backup.sqlite3");
    store.back_up_to(&backup).unwrap();
    store.log_access(AccessAction::ViewPerson, "person 7").unwrap();
    let conn = store.connection_for_tests();
    assert!(conn.execute("UPDATE access_log SET user = 'someone else'", []).is_err());
    assert!(conn.execute("DELETE FROM access_log", []).is_err());

    store.restore_from(&backup, Default::default()).unwrap();
    store.log_access(AccessAction::Restore, "backup.sqlite3").unwrap();
    let actions: Vec<AccessAction> = store.access_log().unwrap().iter().map(|e| e.action).collect();
    assert_eq!(actions, [AccessAction::Restore, AccessAction::ViewPerson, AccessAction::Open]);
    let entry = &store.access_log().unwrap()[1];
    assert_eq!((entry.user.as_str(), entry.subject.as_str()), (peerdesk::host::user_name().as_str(), "person 7"));
}

#[test]
fn an_erased_persons_name_leaves_the_log_its_lines_stay_and_a_restore_does_not_bring_it_back() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("logged.sqlite3");
    let mut store = Store::create(&path).unwrap();
    let jan = store.save_person(&person("Jan de Vries")).unwrap();
    let anna = store.save_person(&person("Anna Bakker")).unwrap();
    let file = "/home/coordinator/Rooster coach jan-de-vries 2026-11.pdf";
    store.log_access(AccessAction::Export, file).unwrap();
    store.log_access(AccessAction::Export, "/home/coordinator/Brief Jan de Vries en anna-bakker.pdf").unwrap();
    store.log_access(AccessAction::ViewPerson, &format!("person {}", jan.0)).unwrap();
    let backup = dir.path().join("backup.sqlite3");
    store.back_up_to(&backup).unwrap();

    store.delete_person(jan).unwrap();
    let subjects = |store: &Store| store.access_log().unwrap().into_iter().map(|e| e.subject).collect::<Vec<_>>();
    let expected = [
        format!("person {}", jan.0),
        "/home/coordinator/Brief … en anna-bakker.pdf".to_string(),
        "/home/coordinator/Rooster coach … 2026-11.pdf".to_string(),
    ];
    assert_eq!(subjects(&store), expected);
    // Nothing else of a line can change, and no line can go.
    let conn = store.connection_for_tests();
    assert!(conn.execute("UPDATE access_log SET subject = subject || ' …'", []).is_err());
    assert!(conn.execute("UPDATE access_log SET subject = '…' , action = 'backup'", []).is_err());
    assert!(conn.execute("UPDATE access_log SET subject = 'else'", []).is_err());
    assert!(conn.execute("DELETE FROM access_log WHERE id = 1", []).is_err());

    // The backup still holds Jan and the lines with his name: a restore
    // erases him again, from the log too.
    store.restore_from(&backup, Default::default()).unwrap();
    assert!(store.person(jan).is_err());
    assert_eq!(subjects(&store), expected);
    assert!(store.person(anna).is_ok());
    // The file holds the name nowhere, as bytes.
    drop(store);
    for name in [path.clone(), dir.path().join("logged.sqlite3-wal")] {
        if let Ok(bytes) = std::fs::read(&name) {
            let text = String::from_utf8_lossy(&bytes).to_lowercase();
            assert!(!text.contains("jan-de-vries") && !text.contains("jan de vries"), "{}", name.display());
        }
    }
}

#[test]
fn opening_unlocking_and_viewing_a_person_are_logged_and_saved_as_csv() {
    use egui::accesskit::Role;
    let dir = TempDir::new().unwrap();
    let db = encrypted_with_canary(dir.path());
    std::fs::create_dir_all(dir.path().join("saved")).unwrap();
    let mut harness = window(dir.path(), &db, Language::English);
    type_password(&mut harness, "Passphrase", "not the right one");
    common::click(&mut harness, Role::Button, "Open");
    type_password(&mut harness, "Passphrase", PASSPHRASE);
    common::click(&mut harness, Role::Button, "Open");
    harness.get_by_label(CANARY).click();
    harness.run();
    common::click(&mut harness, Role::Button, "Edit…");
    common::click(&mut harness, Role::Button, "Cancel");
    common::click(&mut harness, Role::Button, "Settings");
    common::click(&mut harness, Role::Button, "Show the access log…");
    harness.get_by_label("Opened a person's details");
    harness.get_by_label("Typed a wrong passphrase");
    common::click(&mut harness, Role::Button, "Save as CSV…");

    let csv = std::fs::read_to_string(dir.path().join("saved").join("access-log-2026-11-22.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "When,User,Computer,What,Which record or file");
    assert!(lines.iter().any(|l| l.contains("Opened a person's details") && l.ends_with(",Person 1")), "{csv}");
    assert!(lines.iter().any(|l| l.contains("Typed a wrong passphrase") && l.contains("(1)")), "{csv}");
    assert!(lines.iter().any(|l| l.contains("Opened the file")), "{csv}");
    assert!(!csv.contains(CANARY), "the log names records, not people");
}

#[test]
fn an_export_from_the_command_line_is_in_the_access_log_even_while_a_window_writes() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("logged.sqlite3");
    common::demo_database(&path);
    // A window has the file open for writing.
    let window = Store::open(&path).unwrap();
    let out = dir.path().join("month.pdf");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_peerdesk"))
        .env("LANG", "en_GB.UTF-8")
        .args(["export", "schedule", "--month", "2026-11", "--out"])
        .arg(&out)
        .arg("--db")
        .arg(&path)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let log = window.access_log().unwrap();
    let last = log.first().unwrap();
    assert_eq!(last.action, AccessAction::Export);
    assert_eq!(last.subject, out.display().to_string());
}

#[test]
fn an_older_files_log_is_kept_whole_when_it_learns_to_record_opened_cases() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in &migrations::MIGRATIONS[..12] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "INSERT INTO access_log (id, at, user, computer, action, subject)
             VALUES (4, '2026-10-01T09:00:00', 'anna', 'ws-12', 'open', 'old.sqlite3'),
                    (9, '2026-10-01T09:05:00', 'anna', 'ws-12', 'view-person', 'person 3');",
        )
        .unwrap();
        assert!(
            conn.execute("INSERT INTO access_log (at, user, computer, action) VALUES ('x', 'a', 'b', 'view-case')", [])
                .is_err()
        );
        conn.pragma_update(None, "user_version", 12).unwrap();
        conn.pragma_update(None, "application_id", peerdesk::store::APPLICATION_ID).unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    store.log_access(AccessAction::ViewCase, "case 2").unwrap();
    let log = store.access_log().unwrap();
    let lines: Vec<(AccessAction, &str, &str)> =
        log.iter().map(|e| (e.action, e.user.as_str(), e.subject.as_str())).collect();
    let me = peerdesk::host::user_name();
    assert_eq!(
        lines,
        [
            (AccessAction::ViewCase, me.as_str(), "case 2"),
            (AccessAction::ViewPerson, "anna", "person 3"),
            (AccessAction::Open, "anna", "old.sqlite3")
        ]
    );
    assert!(store.connection_for_tests().execute("DELETE FROM access_log", []).is_err());
}

#[test]
fn a_window_reading_a_file_another_writes_still_shows_its_access_log() {
    use egui::accesskit::Role;
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let _writer = Store::open(&db).unwrap();
    let mut harness = window(dir.path(), &db, Language::English);
    common::click(&mut harness, Role::Button, "Open read-only");
    common::click(&mut harness, Role::Button, "Settings");
    // The settings cannot change here, the log can be read.
    assert!(harness.get_by_role_and_label(Role::TextInput, "Lock after (minutes)").accesskit_node().is_disabled());
    let show = harness.get_by_role_and_label(Role::Button, "Show the access log…");
    assert!(!show.accesskit_node().is_disabled());
    common::click(&mut harness, Role::Button, "Show the access log…");
    harness.get_by_label("Opened the file read-only");
}
