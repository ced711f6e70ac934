//! A backups folder elsewhere (a network drive): each database has a folder
//! of its own in it, a folder that cannot be reached never stops a backup,
//! and a damaged file still finds its backups there.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use peerdesk::domain::Problem;
use peerdesk::domain::backups::BackupPolicy;
use peerdesk::domain::settings::field;
use peerdesk::store::{BackupReason, all_backups, backups_beside};

/// A folder standing for a network drive.
fn network_drive(dir: &TempDir) -> std::path::PathBuf {
    let shared = dir.path().join("network-drive");
    std::fs::create_dir(&shared).unwrap();
    shared
}

/// Sends the backups of the database at `db` to `folder`.
fn send_backups_to(db: &Path, folder: &Path) -> Store {
    let mut store = Store::open(db).unwrap();
    let mut settings = store.settings().unwrap();
    settings.organisation.name = "UMC Noord".into();
    settings.privacy.backups_folder = folder.display().to_string();
    store.save_settings(&settings).unwrap();
    store
}

#[test]
fn two_databases_named_alike_keep_their_backups_apart_in_one_folder() {
    let dir = TempDir::new().unwrap();
    let shared = network_drive(&dir);
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    let mut made = Vec::new();
    for folder in [&a, &b] {
        std::fs::create_dir(folder).unwrap();
        let db = folder.join("peerdesk.sqlite3");
        drop(Store::create(&db).unwrap());
        let store = send_backups_to(&db, &shared);
        let backup = store.back_up(BackupReason::Regular, BackupPolicy::default()).unwrap();
        assert_eq!(backup.unreachable, None);
        assert_eq!(backup.path.parent().unwrap().parent().unwrap(), shared);
        assert_eq!(store.backups_folder(), backup.path.parent().unwrap());
        assert!(!backups_beside(&db).exists(), "nothing is written beside the database");
        made.push((db, backup.path));
    }
    assert_ne!(made[0].1.parent(), made[1].1.parent(), "a folder of its own for each database");
    for (db, backup) in &made {
        let listed: Vec<_> = all_backups(db, None).into_iter().map(|b| b.path).collect();
        assert_eq!(&listed, std::slice::from_ref(backup));
    }
}

#[test]
fn the_store_refuses_a_backups_folder_the_form_refuses() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("refuse.sqlite3");
    let mut store = Store::create(&db).unwrap();
    let before = store.settings().unwrap();
    let missing = dir.path().join("not-there").display().to_string();
    for (typed, problem) in [("backups/elsewhere", Problem::NotAFullPath), (missing.as_str(), Problem::FolderMissing)] {
        let mut settings = before.clone();
        settings.organisation.name = "UMC Noord".into();
        settings.privacy.backups_folder = typed.into();
        match store.save_settings(&settings) {
            Err(StoreError::Invalid(problems)) => assert_eq!(problems.for_field(field::BACKUPS_FOLDER), Some(&problem)),
            other => panic!("{typed}: {other:?}"),
        }
        assert_eq!(store.settings().unwrap(), before, "nothing was saved");
    }
}

#[test]
fn a_folder_that_cannot_be_reached_does_not_stop_a_backup() {
    let dir = TempDir::new().unwrap();
    let shared = network_drive(&dir);
    let db = dir.path().join("away.sqlite3");
    drop(Store::create(&db).unwrap());
    let store = send_backups_to(&db, &shared);
    let own = store.backups_folder();
    // The drive is gone (unmounted, say): the folder is not made anew.
    std::fs::remove_dir_all(&shared).unwrap();
    let backup = store.back_up(BackupReason::Regular, BackupPolicy::default()).unwrap();
    assert_eq!(backup.unreachable.as_deref(), Some(own.as_path()));
    assert_eq!(backup.path.parent().unwrap(), backups_beside(&db));
    assert!(!shared.exists());
    assert_eq!(all_backups(&db, None).len(), 1);
    // Said on the command line too, in the user's language.
    let output = peerdesk().args(["backup", "--lang", "nl", "--db"]).arg(&db).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("was niet bereikbaar") && said.contains(&own.display().to_string()), "{said}");
}

#[test]
fn a_restore_keeps_where_backups_go_and_a_damaged_file_finds_them() {
    let dir = TempDir::new().unwrap();
    let shared = network_drive(&dir);
    let db = dir.path().join("kept.sqlite3");
    let old = dir.path().join("before-the-folder.sqlite3");
    common::demo_database(&db);
    Store::open(&db).unwrap().back_up_to(&old).unwrap();
    let mut store = send_backups_to(&db, &shared);
    let own = store.backups_folder();
    let restored = store.restore_from(&old, BackupPolicy::default()).unwrap();
    assert_eq!(restored.before.parent(), Some(own.as_path()));
    assert_eq!(store.settings().unwrap().privacy.backups_folder, shared.display().to_string());
    assert_eq!(store.backups_folder(), own);
    store.back_up(BackupReason::Regular, BackupPolicy::default()).unwrap();
    drop(store);
    // A damaged file still names its newest backup in the folder elsewhere
    // (its settings are read from it where they are whole).
    damage(&db);
    let i18n = peerdesk::i18n::I18n::new(Language::English);
    let text = peerdesk::ops::messages::newest_backup_text(&i18n, &db, None);
    assert!(text.contains(&own.display().to_string()), "{text}");
}

#[test]
fn the_backups_folder_is_chosen_in_settings_and_a_missing_one_is_said_beside_it() {
    use egui::accesskit::Role;
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let shared = network_drive(&dir);
    let mut harness = window(dir.path(), &db, Language::Dutch);
    harness.get_by_label("Instellingen").click();
    harness.run();
    let save = |harness: &egui_kittest::Harness<'_, peerdesk::app::PeerDeskApp>| {
        harness.get_by_role_and_label(Role::Button, "Instellingen opslaan").accesskit_node().is_disabled()
    };
    common::replace_text(&mut harness, "Map voor reservekopieën", &dir.path().join("gone").display().to_string());
    harness.get_by_label("Deze map bestaat niet of is niet bereikbaar");
    assert!(save(&harness), "Save waits for a folder that exists");
    common::replace_text(&mut harness, "Map voor reservekopieën", "backups");
    harness.get_by_label("Geef het hele pad van de map, vanaf het begin van de schijf");
    common::replace_text(&mut harness, "Map voor reservekopieën", &shared.display().to_string());
    assert!(harness.query_by_label("Deze map bestaat niet of is niet bereikbaar").is_none());
    common::click(&mut harness, Role::Button, "Instellingen opslaan");
    let store_folder = harness.state().database().unwrap().store.backups_folder();
    assert_eq!(store_folder.parent(), Some(shared.as_path()));
    // The Backups dialog names where they go, and Back up now writes there.
    common::click(&mut harness, Role::Button, "Database");
    common::click(&mut harness, Role::Button, "Reservekopieën…");
    harness.get_by_label_contains(&store_folder.display().to_string());
    common::click(&mut harness, Role::Button, "Nu een reservekopie maken");
    let listed = all_backups(&db, None);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].path.parent(), Some(store_folder.as_path()));
}

#[test]
fn a_saved_folder_that_is_away_for_a_while_does_not_block_other_settings() {
    let dir = TempDir::new().unwrap();
    let shared = network_drive(&dir);
    let db = dir.path().join("away-a-while.sqlite3");
    drop(Store::create(&db).unwrap());
    let mut store = send_backups_to(&db, &shared);
    std::fs::remove_dir_all(&shared).unwrap();
    let mut settings = store.settings().unwrap();
    settings.privacy.auto_lock_minutes = 10;
    store.save_settings(&settings).unwrap();
    assert_eq!(store.settings().unwrap().privacy.auto_lock_minutes, 10);
    // Another folder that does not exist is still refused.
    settings.privacy.backups_folder = dir.path().join("elsewhere").display().to_string();
    assert!(matches!(store.save_settings(&settings), Err(StoreError::Invalid(_))));
}

#[test]
fn encrypting_says_so_when_backups_elsewhere_stay_readable() {
    use peerdesk::store::Passphrase;
    let dir = TempDir::new().unwrap();
    let shared = network_drive(&dir);
    let db = dir.path().join("plain.sqlite3");
    drop(Store::create(&db).unwrap());
    let mut store = send_backups_to(&db, &shared);
    store.back_up(BackupReason::Regular, BackupPolicy::default()).unwrap();
    let own = store.backups_folder();
    // The drive is away (unmounted, say) while the passphrase is given.
    let away = dir.path().join("away");
    std::fs::rename(&shared, &away).unwrap();
    let outcome = store.encrypt(&Passphrase::new("lang genoeg en geheim"), "lang genoeg en geheim").unwrap();
    assert_eq!(outcome.unreachable.as_deref(), Some(own.as_path()));
    assert_eq!(outcome.left_readable, 0);
}

#[test]
fn changing_the_passphrase_says_so_when_backups_elsewhere_keep_the_old_one() {
    use peerdesk::store::Passphrase;
    let dir = TempDir::new().unwrap();
    let shared = network_drive(&dir);
    let db = dir.path().join("secret.sqlite3");
    let old = Passphrase::new("lang genoeg en geheim");
    let mut store = Store::create_with(&db, Some(&old)).unwrap();
    let mut settings = store.settings().unwrap();
    settings.organisation.name = "UMC Noord".into();
    settings.privacy.backups_folder = shared.display().to_string();
    store.save_settings(&settings).unwrap();
    store.back_up(BackupReason::Regular, BackupPolicy::default()).unwrap();
    let own = store.backups_folder();
    let away = dir.path().join("away");
    std::fs::rename(&shared, &away).unwrap();
    let new = Passphrase::new("groene trein naar Zwolle");
    let outcome = store.change_passphrase(&old, &new, new.text()).unwrap();
    assert_eq!(outcome.unreachable.as_deref(), Some(own.as_path()));
    assert_eq!(outcome.not_rekeyed, 0);
    // With the folder back, nothing is reported.
    std::fs::rename(&away, &shared).unwrap();
    let newer = Passphrase::new("blauwe bus naar Assen");
    assert_eq!(store.change_passphrase(&new, &newer, newer.text()).unwrap().unreachable, None);
}

#[test]
fn the_window_says_which_backups_keep_the_old_passphrase() {
    use egui::accesskit::Role;
    use peerdesk::store::Passphrase;
    let dir = TempDir::new().unwrap();
    let shared = network_drive(&dir);
    let db = encrypted_with_canary(dir.path());
    let own = {
        let mut store = Store::open_with(&db, Some(&Passphrase::new(PASSPHRASE))).unwrap();
        let mut settings = store.settings().unwrap();
        settings.organisation.name = "UMC Noord".into();
        settings.privacy.backups_folder = shared.display().to_string();
        store.save_settings(&settings).unwrap();
        store.back_up(BackupReason::Regular, BackupPolicy::default()).unwrap();
        store.backups_folder()
    };
    std::fs::rename(&shared, dir.path().join("away")).unwrap();
    let mut harness = window(dir.path(), &db, Language::English);
    type_password(&mut harness, "Passphrase", PASSPHRASE);
    common::click(&mut harness, Role::Button, "Open");
    common::click(&mut harness, Role::Button, "Settings");
    let new = "groene trein naar Zwolle";
    for (label, text) in [("Current passphrase", PASSPHRASE), ("New passphrase", new), ("Passphrase again", new)] {
        type_password(&mut harness, label, text);
    }
    common::click(&mut harness, Role::Button, "Change passphrase");
    let notes = harness.state().notifications();
    assert!(notes.iter().any(|n| n.starts_with("The passphrase was changed.")), "{notes:?}");
    let away = format!("The backups folder {} could not be reached: the backups in it still open", own.display());
    assert!(notes.iter().any(|n| n.starts_with(&away)), "{notes:?}");
}
