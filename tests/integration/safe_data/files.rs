//! Files: created only on request, never adopted or damaged when they are
//! not PeerDesk's, one writer at a time, private to their owner.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;

#[test]
fn a_zero_byte_file_is_refused_everywhere_and_stays_empty() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("empty.sqlite3");
    std::fs::write(&path, b"").unwrap();
    assert!(matches!(Store::open(&path), Err(StoreError::EmptyFile(_))));
    assert!(matches!(Store::open_read_only(&path), Err(StoreError::EmptyFile(_))));
    for args in [vec!["export", "ics", "--group", "1"], vec!["demo"]] {
        let output = peerdesk().args(&args).arg("--db").arg(&path).arg("--out").arg(dir.path().join("x.ics")).output();
        let output = output.unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{args:?}");
        assert!(
            stderr.contains("is empty (0 bytes)") || stderr.contains("--out is not an option of this command"),
            "{args:?}: {stderr}"
        );
    }
    let output = peerdesk().args(["demo", "--db"]).arg(&path).output().unwrap();
    assert!(String::from_utf8_lossy(&output.stderr).contains("is empty (0 bytes)"));
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    assert!(!dir.path().join("empty.sqlite3-wal").exists());
}

#[test]
fn another_programs_empty_sqlite_file_with_a_user_version_is_never_migrated() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }
    let before = snapshot(&path);
    assert!(matches!(Store::open(&path), Err(StoreError::NotPeerDesk(_))));
    assert!(matches!(Store::open_read_only(&path), Err(StoreError::NotPeerDesk(_))));
    let output = peerdesk().args(["demo", "--db"]).arg(&path).output().unwrap();
    assert!(!output.status.success());
    assert_eq!(snapshot(&path), before);
    // Nothing of PeerDesk's is left beside it either: no lock, no log.
    let beside: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(beside, ["other.db"], "{beside:?}");
}

#[test]
fn a_file_is_created_only_on_request_and_never_over_another() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("new.sqlite3");
    assert!(matches!(Store::open(&path), Err(StoreError::Missing(_))));
    assert!(!path.exists());
    drop(Store::create(&path).unwrap());
    assert!(matches!(Store::create(&path), Err(StoreError::Exists(_))));
    assert_eq!(Store::open(&path).unwrap().count_people().unwrap(), 0);
}

#[cfg(unix)]
#[test]
fn a_new_database_and_its_log_are_private_to_their_owner() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("private.sqlite3");
    let mut store = Store::create(&path).unwrap();
    store.save_person(&person("Anna de Vries")).unwrap();
    for suffix in ["", "-wal", ".lock"] {
        let file = dir.path().join(format!("private.sqlite3{suffix}"));
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
    let folder = dir.path().join("data").join("peerdesk");
    peerdesk::paths::AppPaths::in_folder(&folder).ensure_data_dir().unwrap();
    assert_eq!(std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777, 0o700);
    // A data folder something else made first (open to others) is made private too.
    let shared = dir.path().join("made-by-someone-else");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o755)).unwrap();
    peerdesk::paths::AppPaths::in_folder(&shared).ensure_data_dir().unwrap();
    assert_eq!(std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777, 0o700);
}

#[test]
fn a_second_writer_is_refused_by_name_and_may_read() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("shared.sqlite3");
    let mut first = Store::create(&path).unwrap();
    first.save_person(&person("Anna de Vries")).unwrap();
    match Store::open(&path) {
        Err(StoreError::LockedBy(Some(holder))) => {
            assert_eq!(holder.user, peerdesk::host::user_name());
            assert_eq!(holder.computer, peerdesk::host::computer_name());
        }
        other => panic!("expected LockedBy, got {:?}", other.err()),
    }
    let mut reader = Store::open_read_only(&path).unwrap();
    assert!(reader.is_read_only());
    assert_eq!(reader.count_people().unwrap(), 1);
    assert!(matches!(reader.save_person(&person("Bram")), Err(StoreError::ReadOnly)));
    // The reader notices what the writer saves.
    let seen = reader.data_version().unwrap();
    first.save_person(&person("Bram Jansen")).unwrap();
    assert_ne!(reader.data_version().unwrap(), seen);
    assert_eq!(reader.count_people().unwrap(), 2);
    drop(first);
    let second = Store::open(&path).unwrap();
    assert!(second.lock_taken_over().is_none(), "a closed window leaves no lock behind");
}

#[test]
fn a_lock_left_by_a_crashed_process_is_taken_over() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("crashed.sqlite3");
    drop(Store::create(&path).unwrap());
    // What a killed process leaves: a lock file naming it, but no lock held.
    std::fs::write(lock_path(&path), r#"{"user":"marieke","computer":"ws-0412","since":"2026-11-20T08:15:00"}"#)
        .unwrap();
    let store = Store::open(&path).unwrap();
    let holder = store.lock_taken_over().unwrap();
    assert_eq!((holder.user.as_str(), holder.computer.as_str()), ("marieke", "ws-0412"));
}

#[test]
fn reading_an_older_file_upgrades_it_in_memory_only() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let conn = database_of_schema_3(&path);
        conn.execute("INSERT INTO people (name, created_at, updated_at) VALUES ('Anna', 'x', 'x')", []).unwrap();
    }
    let before = snapshot(&path);
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), migrations::latest_version());
    assert_eq!(store.count_people().unwrap(), 1);
    drop(store);
    assert_eq!(snapshot(&path), before, "reading never writes");
}

#[test]
fn the_demo_refuses_a_file_that_holds_only_settings() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("ours.sqlite3");
    {
        let mut store = Store::create(&path).unwrap();
        let mut settings = Settings::default();
        settings.organisation.name = "Vrijwilligerscentrale Assen".into();
        settings.organisation.iban = "NL02 ABNA 0123 4567 89".into();
        store.save_settings(&settings).unwrap();
    }
    let output = peerdesk().args(["demo", "--db"]).arg(&path).output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("already holds data"));
    let store = Store::open(&path).unwrap();
    assert_eq!(store.settings().unwrap().organisation.name, "Vrijwilligerscentrale Assen");
    assert_eq!(store.count_people().unwrap(), 0);
}

#[test]
fn operations_run_all_or_nothing_keep_nothing_when_one_fails() {
    let mut store = Store::open_in_memory().unwrap();
    let result: Result<(), StoreError> = store.all_or_nothing(|store| {
        store.save_person(&person("Anna de Vries"))?;
        store.save_person(&person("Bram Jansen"))?;
        Err(StoreError::NotFound("something"))
    });
    assert!(result.is_err());
    assert_eq!(store.count_people().unwrap(), 0);
    store.all_or_nothing(|store| store.save_person(&person("Cas Visser"))).unwrap();
    assert_eq!(store.count_people().unwrap(), 1);
}

#[test]
fn dates_on_the_command_line_are_iso_only() {
    assert_eq!(peerdesk::i18n::format::parse_date("01-01-26"), None);
    assert_eq!(peerdesk::i18n::format::parse_iso_date("01-01-2026"), None);
    assert!(peerdesk::i18n::format::parse_iso_date("2026-01-01").is_some());
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let output = peerdesk()
        .args(["export", "statement", "--funding", "1", "--from", "01-01-26", "--to", "2026-12-31", "--db"])
        .arg(&db)
        .arg("--out")
        .arg(dir.path().join("s.pdf"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("'01-01-26' is not a date"));
}

#[cfg(unix)]
#[test]
fn an_export_replaces_only_an_ordinary_file_and_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let target = dir.path().join("precious.txt");
    std::fs::write(&target, b"keep me").unwrap();
    let link = dir.path().join("link.ics");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let error = peerdesk::export::write_file(&link, b"BEGIN:VCALENDAR").unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidInput);
    assert_eq!(std::fs::read(&target).unwrap(), b"keep me");
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());

    let shared = dir.path().join("shared.ics");
    std::fs::write(&shared, b"old").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o640)).unwrap();
    peerdesk::export::write_file(&shared, b"new").unwrap();
    assert_eq!(std::fs::read(&shared).unwrap(), b"new");
    assert_eq!(std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777, 0o640);
}

#[test]
fn a_second_window_names_the_first_and_opens_read_only_on_request() {
    let dir = TempDir::new().unwrap();
    let (mut writer, mut harness) = second_window(dir.path(), [1400.0, 900.0]);
    let user = peerdesk::host::user_name();
    harness.get_by_label_contains(&format!("This file is open in PeerDesk for {user}"));
    common::click(&mut harness, egui::accesskit::Role::Button, "Open read-only");
    assert!(harness.state().window_title().ends_with("(read-only)"), "{}", harness.state().window_title());
    let people = harness.state().database().unwrap().view.people.len();

    // What the writer saves appears in the reading window.
    writer.save_person(&person("Zeynep Yılmaz")).unwrap();
    harness.step();
    harness.run();
    assert_eq!(harness.state().database().unwrap().view.people.len(), people + 1);
    // Actions that change data are not offered while reading.
    assert!(harness.get_by_role_and_label(egui::accesskit::Role::Button, "Add person…").accesskit_node().is_disabled());

    // Once the writer has gone, the reading window may take over (it looks
    // at the lock every two seconds).
    drop(writer);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    harness.step();
    harness.run();
    common::click(&mut harness, egui::accesskit::Role::Button, "Open for changes");
    assert!(!harness.state().database().unwrap().store.is_read_only());
    assert!(!harness.state().window_title().contains("read-only"));
}

#[test]
fn a_save_from_an_older_version_of_a_person_is_refused_not_overwritten() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.save_person(&person("Anna de Vries")).unwrap();
    let first = store.person(id).unwrap().to_draft();
    let second = store.person(id).unwrap().to_draft();
    store.save_person(&PersonDraft { email: "anna@umc.example".into(), ..first }).unwrap();
    let result = store.save_person(&PersonDraft { phone: "050 123 4567".into(), ..second });
    assert!(matches!(result, Err(StoreError::Conflict("person"))), "{result:?}");
    let stored = store.person(id).unwrap();
    assert_eq!((&*stored.email, &*stored.phone), ("anna@umc.example", ""));
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_named_as_such_not_as_missing() {
    use std::os::unix::fs::PermissionsExt;
    if peerdesk::host::user_name() == "root" {
        // The superuser may write anywhere: there is no read-only folder to show.
        return;
    }
    let dir = TempDir::new().unwrap();
    let folder = dir.path().join("locked");
    std::fs::create_dir(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o500)).unwrap();
    let result = Store::create(&folder.join("new.sqlite3"));
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(matches!(result, Err(StoreError::ReadOnlyFile(_))), "{:?}", result.err());
}

#[test]
fn a_truncated_file_or_a_bad_schema_number_gets_a_sentence_not_engine_text() {
    let i18n = peerdesk::i18n::I18n::new(Language::English);
    let dir = TempDir::new().unwrap();
    let truncated = dir.path().join("truncated.sqlite3");
    common::demo_database(&truncated);
    {
        let conn = rusqlite::Connection::open(&truncated).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let bytes = std::fs::read(&truncated).unwrap();
    std::fs::write(&truncated, &bytes[..bytes.len() / 2 / 4096 * 4096]).unwrap();
    let error = Store::open(&truncated).err().unwrap();
    let text = peerdesk::ops::messages::store_error_text(&i18n, &error);
    assert!(text.contains("is damaged"), "{text}");

    // A file whose schema number claims migrations its tables do not have.
    let odd = dir.path().join("odd.sqlite3");
    {
        let conn = rusqlite::Connection::open(&odd).unwrap();
        conn.execute_batch(migrations::MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 2).unwrap();
        conn.pragma_update(None, "application_id", peerdesk::store::APPLICATION_ID).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&odd).unwrap();
    let error = Store::open(&odd).err().unwrap();
    let text = peerdesk::ops::messages::store_error_text(&i18n, &error);
    assert!(text.contains("could not be upgraded"), "{text}");
    let sentence = text.replace(&odd.display().to_string(), "");
    for engine_word in ["CREATE", "TABLE", "SQL", "sqlite", "no such"] {
        assert!(!sentence.contains(engine_word), "{text}");
    }
    assert_eq!(std::fs::read(&odd).unwrap(), before, "the failed upgrade left the file as it was");
}

#[test]
fn a_deleted_person_is_gone_from_the_files_once_the_database_is_closed() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("plain.sqlite3");
    let mut store = Store::create(&path).unwrap();
    for n in 0..50 {
        store.save_person(&person(&format!("Someone Else {n}"))).unwrap();
    }
    let id = store
        .save_person(&PersonDraft {
            email: "w.kanarievogel@umc.example".into(),
            phone: "06 1234 5678".into(),
            ..person(CANARY)
        })
        .unwrap();
    store.delete_person(id).unwrap();
    drop(store);
    for suffix in ["", "-wal", "-shm"] {
        let file = dir.path().join(format!("plain.sqlite3{suffix}"));
        for needle in [CANARY.as_bytes(), b"kanarievogel", b"06 1234 5678"] {
            assert!(!file_contains(&file, needle), "{} still holds {:?}", file.display(), needle);
        }
    }
}

#[test]
fn a_person_changed_while_being_edited_shows_both_versions_and_the_user_chooses() {
    use egui::accesskit::Role;
    let mut harness = conflict_window("person_conflict", Language::English, ["Edit…", "Phone", "Save"]);
    harness.get_by_label_contains("Someone changed this person after you opened it");
    // The stored version shows in the dialog, and in the table behind it;
    // no notification covers the dialog to say the same again.
    assert_eq!(harness.query_all_by_label("a.devries@umc.example").count(), 2);
    assert!(harness.query_by_label_contains("changed elsewhere").is_none());
    harness.snapshot("person_conflict_en_1024");
    let stored = |harness: &egui_kittest::Harness<'_, peerdesk::app::PeerDeskApp>| {
        let person = harness.state().database().unwrap().store.list_people().unwrap().remove(0);
        (person.email, person.phone)
    };
    assert_eq!(stored(&harness), ("a.devries@umc.example".into(), "".into()), "nothing overwritten yet");

    common::click(&mut harness, Role::Button, "Save my version");
    assert_eq!(stored(&harness), ("anna@umc.example".into(), "050 123 4567".into()));
}

#[test]
fn a_conflict_in_every_field_keeps_its_choice_on_screen_at_1024_by_700() {
    use egui::accesskit::Role;
    let mut harness = conflict_window("person_conflict_all", Language::English, ["Edit…", "Phone", "Save"]);
    // While the comparison is open, every other field changes too, and
    // "Save my version" meets that newer change: six rows to compare.
    {
        let store = &mut harness.state_mut().database_mut_for_tests().unwrap().store;
        let id = store.list_people().unwrap()[0].id;
        let mut draft = store.person(id).unwrap().to_draft();
        draft.name = "Anna de Vries-Bakker".into();
        draft.phone = "06 9876 5432".into();
        draft.organisation = "UMC Noord".into();
        draft.department = "Intensive Care".into();
        draft.active = false;
        store.save_person(&draft).unwrap();
    }
    common::click(&mut harness, Role::Button, "Save my version");
    harness.get_by_label("UMC Noord");
    for label in ["Save my version", "Use the saved version", "Cancel"] {
        let rect = harness.get_by_role_and_label(Role::Button, label).rect();
        assert!(rect.bottom() <= 700.0, "{label} is off screen: {rect:?}");
    }
    common::click(&mut harness, Role::Button, "Use the saved version");
    assert_eq!(harness.get_by_role_and_label(Role::TextInput, "Name").value().as_deref(), Some("Anna de Vries-Bakker"));
}

#[test]
fn a_database_is_made_whole_under_another_name_before_it_takes_its_own() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("new.sqlite3");
    // What a creation killed half-way leaves: only the file being made.
    let making = dir.path().join("new.sqlite3.creating");
    std::fs::write(&making, b"").unwrap();
    assert!(!path.exists(), "nothing where the database should be");
    let store = Store::create(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), migrations::latest_version());
    assert!(!making.exists(), "the half-made file is gone");
    drop(store);
    Store::open(&path).unwrap();
    // Creating never replaces what is there.
    assert!(matches!(Store::create(&path), Err(StoreError::Exists(_))));
}

#[test]
fn the_look_before_a_window_opens_refuses_what_is_not_ours_and_leaves_the_full_check_to_the_window() {
    let dir = TempDir::new().unwrap();
    let foreign = dir.path().join("other.db");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    assert!(matches!(Store::identify(&foreign), Err(StoreError::NotPeerDesk(_))));
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    Store::identify(&db).unwrap();
    // A damaged file looks like ours at a glance; opening it finds the damage.
    let damaged = damage(&db);
    Store::identify(&db).unwrap();
    assert!(matches!(Store::open_read_only(&db), Err(StoreError::Damaged(_))));
    assert_eq!(std::fs::read(&db).unwrap(), damaged, "looked at, never written");
}
