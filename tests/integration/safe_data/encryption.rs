//! Encryption at rest, passphrases and the locked window.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;

#[test]
fn nothing_of_a_person_is_readable_in_an_encrypted_database_its_log_or_its_backups() {
    use peerdesk::store::{BackupReason, Passphrase};
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("secret.sqlite3");
    let key = Passphrase::new(PASSPHRASE);
    let mut store = Store::create_with(&path, Some(&key)).unwrap();
    store.save_person(&PersonDraft { email: "w.kanarievogel@umc.example".into(), ..person(CANARY) }).unwrap();
    let backup = store.back_up(BackupReason::Regular, Default::default()).unwrap().path;
    let copy = dir.path().join("copy.sqlite3");
    store.back_up_to(&copy).unwrap();
    let wal = dir.path().join("secret.sqlite3-wal");
    assert!(wal.exists(), "the log holds the last change while the file is open");
    for file in [&path, &wal, &backup, &copy] {
        for needle in [CANARY.as_bytes(), b"kanarievogel", b"SQLite format 3"] {
            assert!(!file_contains(file, needle), "{} shows {:?}", file.display(), String::from_utf8_lossy(needle));
        }
    }
    drop(store);

    // The backup opens with the same passphrase, and only with it.
    assert!(peerdesk::store::verify_backup(&backup, Some(&key)).is_ok());
    assert!(peerdesk::store::needs_passphrase(&backup));
    let reopened = Store::open_with(&path, Some(&key)).unwrap();
    assert_eq!(&*reopened.list_people().unwrap()[0].name, CANARY);
}

#[test]
fn a_wrong_passphrase_is_refused_and_the_file_stays_as_it_was() {
    use peerdesk::store::Passphrase;
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("secret.sqlite3");
    drop(Store::create_with(&path, Some(&Passphrase::new(PASSPHRASE))).unwrap());
    let before = std::fs::read(&path).unwrap();
    assert!(matches!(Store::open(&path), Err(StoreError::NeedsPassphrase(_))));
    let wrong = Passphrase::new("dit is het niet echt");
    assert!(matches!(Store::open_with(&path, Some(&wrong)), Err(StoreError::WrongPassphrase(_))));
    assert!(matches!(Store::open_read_only_with(&path, Some(&wrong)), Err(StoreError::WrongPassphrase(_))));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // A passphrase the rules refuse is never used for a new file.
    let short = dir.path().join("short.sqlite3");
    assert!(matches!(Store::create_with(&short, Some(&Passphrase::new("kort"))), Err(StoreError::Invalid(_))));
    assert!(!short.exists());
    // The command line says so in one line, and takes the passphrase from the environment.
    let output =
        peerdesk().args(["check", "--db"]).arg(&path).env("PEERDESK_PASSPHRASE", "dit is het niet echt").output();
    let output = output.unwrap();
    assert!(String::from_utf8_lossy(&output.stderr).contains("This passphrase does not open"));
    let output = peerdesk().args(["check", "--db"]).arg(&path).env("PEERDESK_PASSPHRASE", PASSPHRASE).output();
    assert!(output.unwrap().status.success());
}

#[test]
fn a_changed_passphrase_opens_the_file_and_the_old_one_no_longer_does() {
    use peerdesk::store::Passphrase;
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("secret.sqlite3");
    let (old, new) = (Passphrase::new(PASSPHRASE), Passphrase::new("groene trein naar Zwolle"));
    let mut store = Store::create_with(&path, Some(&old)).unwrap();
    store.save_person(&person(CANARY)).unwrap();
    let wrong = Passphrase::new("niet het huidige wachtwoord");
    assert!(matches!(store.change_passphrase(&wrong, &new, new.text()), Err(StoreError::WrongPassphrase(_))));
    assert!(matches!(store.change_passphrase(&old, &new, "anders"), Err(StoreError::Invalid(_))));
    let backup = store.back_up(peerdesk::store::BackupReason::Regular, Default::default()).unwrap().path;
    store.change_passphrase(&old, &new, new.text()).unwrap();
    store.save_person(&person("Na de wijziging")).unwrap();
    drop(store);
    assert!(matches!(Store::open_with(&path, Some(&old)), Err(StoreError::WrongPassphrase(_))));
    assert_eq!(Store::open_with(&path, Some(&new)).unwrap().count_people().unwrap(), 2);
    // The backup made before the change follows it: the old passphrase no
    // longer reads it, the new one does, and it is whole.
    assert!(peerdesk::store::verify_backup(&backup, Some(&old)).is_err());
    peerdesk::store::verify_backup(&backup, Some(&new)).unwrap();
    assert_eq!(Store::open_read_only_with(&backup, Some(&new)).unwrap().count_people().unwrap(), 1);
}

#[test]
fn the_demo_is_encrypted_when_a_passphrase_is_in_the_environment() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("demo.sqlite3");
    let output = peerdesk().args(["demo", "--db"]).arg(&path).env("PEERDESK_PASSPHRASE", PASSPHRASE).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(peerdesk::store::needs_passphrase(&path));
    let out = dir.path().join("schedule.pdf");
    let output = peerdesk()
        .args(["export", "schedule", "--month", "2026-11", "--db"])
        .arg(&path)
        .arg("--out")
        .arg(&out)
        .env("PEERDESK_PASSPHRASE", PASSPHRASE)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // Without the passphrase (and no terminal to ask on) it says how to give one.
    let output = peerdesk().args(["check", "--db"]).arg(&path).stdin(std::process::Stdio::null()).output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("PEERDESK_PASSPHRASE"));
}

#[test]
fn a_new_encrypted_database_is_made_in_the_window() {
    use egui::accesskit::Role;
    let dir = fixed_folder("encrypted_window");
    let db = dir.join("mine.sqlite3");
    let mut harness = window(&dir, &db, Language::English);
    common::click(&mut harness, Role::Button, "Start with an empty database");
    type_password(&mut harness, "Passphrase", "kort");
    harness.get_by_label("Too short");
    type_password(&mut harness, "Passphrase", " en toch lang genoeg");
    harness.get_by_label("Strong");
    type_password(&mut harness, "Passphrase again", "kort en toch lang genoe");
    harness.get_by_label("Not the same as above");
    assert!(harness.get_by_role_and_label(Role::Button, "Create encrypted database").accesskit_node().is_disabled());
    harness.snapshot("new_passphrase_en_1024");
    type_password(&mut harness, "Passphrase again", "g");
    common::click(&mut harness, Role::Button, "Create encrypted database");
    assert!(harness.state().database().unwrap().store.is_encrypted());
    drop(harness);
    assert!(peerdesk::store::needs_passphrase(&db));
}

#[test]
fn an_encrypted_database_asks_for_its_passphrase_and_says_when_it_is_wrong() {
    use egui::accesskit::Role;
    let dir = fixed_folder("unlock_window");
    let db = dir.join("mine.sqlite3");
    let key = peerdesk::store::Passphrase::new("kort en toch lang genoeg");
    drop(Store::create_with(&db, Some(&key)).unwrap());
    let mut harness = window(&dir, &db, Language::Dutch);
    harness.get_by_label("Deze database is versleuteld. Voer het wachtwoord in om hem te openen.");
    harness.snapshot("unlock_nl_1024");
    type_password(&mut harness, "Wachtwoord", "verkeerd wachtwoord");
    common::click(&mut harness, Role::Button, "Openen");
    harness.get_by_label_contains("Dit wachtwoord opent");
    assert!(harness.state().database().is_none());
    type_password(&mut harness, "Wachtwoord", "kort en toch lang genoeg");
    common::click(&mut harness, Role::Button, "Openen");
    assert!(harness.state().database().is_some());
}

#[test]
fn a_locked_window_hides_the_data_and_keeps_an_unsaved_dialog() {
    use egui::accesskit::Role;
    let dir = TempDir::new().unwrap();
    let db = encrypted_with_canary(dir.path());
    let mut harness = window(dir.path(), &db, Language::English);
    type_password(&mut harness, "Passphrase", PASSPHRASE);
    common::click(&mut harness, Role::Button, "Open");
    harness.get_by_label(CANARY);
    // Start adding someone, then lock.
    common::click(&mut harness, Role::Button, "Add person…");
    harness.get_by_role_and_label(Role::TextInput, "Name").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Name").type_text("Half getypt");
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    harness.get_by_label("PeerDesk is locked");
    assert!(harness.query_by_label(CANARY).is_none(), "nothing of the data shows");
    assert!(harness.query_by_label_contains("Half getypt").is_none());
    type_password(&mut harness, "Passphrase", "not the passphrase");
    common::click(&mut harness, Role::Button, "Unlock");
    harness.get_by_label("That is not the passphrase. Try again.");
    type_password(&mut harness, "Passphrase", PASSPHRASE);
    common::click(&mut harness, Role::Button, "Unlock");
    assert!(harness.query_by_label("PeerDesk is locked").is_none());
    // The dialog and what was typed in it are still there.
    assert_eq!(harness.get_by_role_and_label(Role::TextInput, "Name").value().as_deref(), Some("Half getypt"));
}

#[test]
fn the_lock_button_hides_the_data_in_dutch_too() {
    use egui::accesskit::Role;
    let dir = fixed_folder("locked_nl");
    let db = encrypted_with_canary(&dir);
    let mut harness = window(&dir, &db, Language::Dutch);
    type_password(&mut harness, "Wachtwoord", PASSPHRASE);
    common::click(&mut harness, Role::Button, "Openen");
    harness.get_by_label(CANARY);
    // A notification is showing when the window locks.
    common::click(&mut harness, Role::Button, "Database");
    common::click(&mut harness, Role::Button, "Reservekopieën…");
    common::click(&mut harness, Role::Button, "Nu een reservekopie maken");
    common::click(&mut harness, Role::Button, "Sluiten");
    harness.get_by_label_contains("Reservekopie geschreven");
    common::click(&mut harness, Role::Button, "Vergrendelen");
    harness.get_by_label("PeerDesk is vergrendeld");
    assert!(harness.query_by_label(CANARY).is_none(), "nothing of the data shows");
    assert!(harness.query_by_label_contains("Reservekopie geschreven").is_none(), "nor a notification");
    assert!(harness.query_by_label("Personen").is_none(), "nor the tabs");
    harness.snapshot("locked_nl_1024");
}

#[test]
fn an_unencrypted_database_and_its_backups_are_given_a_passphrase_later() {
    use peerdesk::store::{BackupReason, Passphrase};
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("plain.sqlite3");
    let key = Passphrase::new(PASSPHRASE);
    let mut store = Store::create(&path).unwrap();
    store.save_person(&PersonDraft { email: "w.kanarievogel@umc.example".into(), ..person(CANARY) }).unwrap();
    let backup = store.back_up(BackupReason::Regular, Default::default()).unwrap().path;
    assert!(file_contains(&backup, CANARY.as_bytes()), "an unencrypted backup is readable");
    // A confirmation that differs changes nothing.
    assert!(matches!(store.encrypt(&key, "something else"), Err(StoreError::Invalid(_))));
    assert!(!store.is_encrypted());
    assert_eq!(store.encrypt(&key, PASSPHRASE).unwrap(), peerdesk::store::Encrypted::default());
    assert!(store.is_encrypted());
    // The window goes on with the same store, and writes encrypted.
    store.save_person(&person("Tweede Kanarie")).unwrap();
    assert_eq!(store.list_people().unwrap().len(), 2);
    drop(store);
    let wal = dir.path().join("plain.sqlite3-wal");
    for file in [&path, &backup, &wal] {
        for needle in [CANARY.as_bytes(), b"kanarievogel", b"SQLite format 3"] {
            assert!(!file_contains(file, needle), "{} shows {:?}", file.display(), String::from_utf8_lossy(needle));
        }
    }
    assert!(!dir.path().join("plain.sqlite3.encrypting").exists());
    assert!(peerdesk::store::needs_passphrase(&path));
    assert!(peerdesk::store::verify_backup(&backup, Some(&key)).is_ok());
    let reopened = Store::open_with(&path, Some(&key)).unwrap();
    assert_eq!(reopened.list_people().unwrap().len(), 2);
}
