//! Backups: checked, thinned out, restored after asking; erasure survives a
//! restore; a killed writer loses nothing it acknowledged.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;

#[test]
fn a_damaged_file_is_refused_and_left_as_it_is() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("damaged.sqlite3");
    common::demo_database(&path);
    let bytes = damage(&path);
    for result in [Store::open(&path).err(), Store::open_read_only(&path).err()] {
        assert!(matches!(result, Some(StoreError::Damaged(_))), "{result:?}");
    }
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn backups_are_thinned_out_by_day_week_and_month() {
    use peerdesk::domain::backups::BackupPolicy;
    use peerdesk::store::{BackupReason, all_backups};
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("rotating.sqlite3");
    let mut store = Store::create(&path).unwrap();
    store.set_clock(test_clock);
    // Two backups a day, 1 to 10 November 2026 (the 1st is a Sunday).
    for day in 0..10 {
        for hour in [8, 17] {
            MINUTES.store((day * 24 + hour) * 60, std::sync::atomic::Ordering::SeqCst);
            store.back_up(BackupReason::Regular, BackupPolicy::default()).unwrap();
        }
    }
    let kept: Vec<String> = all_backups(&path, None).iter().map(|b| b.made_at.format("%d %H").to_string()).collect();
    // The last seven days by their evening backup, and the Sunday ending the
    // oldest week; November by its newest.
    assert_eq!(kept, ["10 17", "09 17", "08 17", "07 17", "06 17", "05 17", "04 17", "01 17"]);
}

#[test]
fn a_damaged_backup_is_never_offered_and_the_newest_good_one_is() {
    use peerdesk::store::{all_backups, verify_backup};
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("d.sqlite3");
    common::demo_database(&path);
    let store = Store::open_read_only(&path).unwrap();
    let folder = peerdesk::store::backups_beside(&path);
    std::fs::create_dir_all(&folder).unwrap();
    let good = folder.join("d-2026-11-20-090000.sqlite3");
    let bad = folder.join("d-2026-11-21-090000.sqlite3");
    store.back_up_to(&good).unwrap();
    let mut bytes = std::fs::read(&good).unwrap();
    let middle = bytes.len() / 2 / 4096 * 4096;
    bytes[middle..middle + 3 * 4096].fill(0x5a);
    std::fs::write(&bad, &bytes).unwrap();
    assert_eq!(all_backups(&path, None).len(), 2);
    assert!(verify_backup(&good, None).is_ok());
    assert!(matches!(verify_backup(&bad, None), Err(StoreError::Damaged(_))));
    let i18n = peerdesk::i18n::I18n::new(Language::English);
    let text = peerdesk::ops::messages::newest_backup_text(&i18n, &path, None);
    assert!(text.contains("d-2026-11-20-090000") && !text.contains("d-2026-11-21"), "{text}");
    // A backup is never written over an existing file.
    assert!(matches!(store.back_up_to(&good), Err(StoreError::Exists(_))));
}

#[test]
fn a_restore_keeps_the_data_it_replaces_and_erases_again_who_was_erased() {
    use peerdesk::domain::backups::BackupPolicy;
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("people.sqlite3");
    let mut store = Store::create(&path).unwrap();
    let anna = store.save_person(&person("Anna Erasmus")).unwrap();
    store.save_person(&person("Bram Jansen")).unwrap();
    let backup = dir.path().join("last-month.sqlite3");
    store.back_up_to(&backup).unwrap();
    store.delete_person(anna).unwrap();
    store.save_person(&person("Cas Visser")).unwrap();

    let restored = store.restore_from(&backup, BackupPolicy::default()).unwrap();
    assert_eq!(restored.erased_again, 1);
    let names: Vec<String> = store.list_people().unwrap().into_iter().map(|p| p.name.into()).collect();
    assert_eq!(names, ["Bram Jansen"], "Anna stays erased; Cas was added after the backup");
    let staged: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".restoring"))
        .collect();
    assert!(staged.is_empty(), "the restored data was made beside the file and moved in whole");
    let before = Store::open_read_only(&restored.before).unwrap();
    let names: Vec<String> = before.list_people().unwrap().into_iter().map(|p| p.name.into()).collect();
    assert_eq!(names, ["Bram Jansen", "Cas Visser"]);
    // Restoring again, from the same backup, still keeps Anna erased.
    assert_eq!(store.restore_from(&backup, BackupPolicy::default()).unwrap().erased_again, 1);
    assert_eq!(store.count_people().unwrap(), 1);
}

#[test]
fn an_upgrade_is_preceded_by_a_checked_backup_of_the_old_file() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("old.sqlite3");
    drop(database_of_schema_3(&path));
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), migrations::latest_version());
    let backups = peerdesk::store::all_backups(&path, None);
    assert_eq!(backups.len(), 1);
    assert!(backups[0].path.to_string_lossy().ends_with("-before-upgrade.sqlite3"));
    let conn = rusqlite::Connection::open(&backups[0].path).unwrap();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 3);
}

#[test]
fn backup_check_and_restore_on_the_command_line() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let copy = dir.path().join("copy.sqlite3");
    let output = peerdesk().args(["backup", "--db"]).arg(&db).arg("--to").arg(&copy).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Backup written and checked"));
    let output = peerdesk().args(["backup", "--db"]).arg(&db).arg("--to").arg(&copy).output().unwrap();
    assert!(String::from_utf8_lossy(&output.stderr).contains("exists already"));
    let output = peerdesk().args(["check", "--lang", "nl", "--db"]).arg(&db).output().unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("is heel"));

    // Damage the database, then restore it from the copy.
    damage(&db);
    let output = peerdesk().args(["check", "--lang", "nl", "--db"]).arg(&db).output().unwrap();
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("is beschadigd"), "{said}");
    // One sentence in the user's language; never the engine's own lines.
    for engine in ["btree", "Page ", "row ", "index", "wrong # of entries", "Tree "] {
        assert!(!said.contains(engine), "{said}");
    }
    let output = peerdesk().args(["restore", "--db"]).arg(&db).arg("--from").arg(&copy).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("The damaged file was kept"), "{said}");
    assert!(!said.contains("erased"), "the journal was read: {said}");
    let store = Store::open(&db).unwrap();
    assert_eq!(store.count_people().unwrap(), 300);
    // Both are in the access log: the backup (kept from the damaged file) and the restore.
    let actions: Vec<_> = store.access_log().unwrap().into_iter().map(|line| line.action).collect();
    use peerdesk::domain::access::AccessAction;
    assert!(actions.contains(&AccessAction::Backup) && actions.contains(&AccessAction::Restore), "{actions:?}");
}

#[test]
fn the_backups_dialog_backs_up_and_restores_after_asking() {
    use egui::accesskit::Role;
    let dir = fixed_folder("backups_dialog");
    let db = dir.join("demo.sqlite3");
    common::demo_database(&db);
    backup_at(&db, "2026-11-21-170000");
    let mut harness = window(&dir, &db, Language::English);
    common::click(&mut harness, Role::Button, "Database");
    common::click(&mut harness, Role::Button, "Backups…");
    harness.get_by_label("21 Nov 2026 17:00");
    // The backup's size changes with every new table; a few hundred pixels
    // of its digits may differ, the dialog itself may not.
    let options = egui_kittest::SnapshotOptions::new().max_failed_pixels(400);
    harness.snapshot_options("backups_en_1024", &options);
    common::click(&mut harness, Role::Button, "Back up now");
    assert_eq!(peerdesk::store::all_backups(&db, None).len(), 2);
    assert!(harness.state().notifications().iter().any(|n| n.starts_with("Backup written and checked")));

    // Restoring asks first and says what happens; Cancel changes nothing.
    let people = harness.state().database().unwrap().view.people.len();
    harness.get_all_by_label("Restore…").last().unwrap().click();
    harness.run();
    harness.get_by_label_contains("will be replaced by the data of 21 Nov 2026 17:00");
    common::click(&mut harness, Role::Button, "Cancel");
    assert_eq!(peerdesk::store::all_backups(&db, None).len(), 2);
    harness.get_all_by_label("Restore…").last().unwrap().click();
    harness.run();
    common::click(&mut harness, Role::Button, "Restore");
    assert!(harness.state().notifications().iter().any(|n| n.starts_with("The backup was restored")));
    assert_eq!(harness.state().database().unwrap().view.people.len(), people);
    assert!(
        peerdesk::store::all_backups(&db, None)
            .iter()
            .any(|b| b.path.to_string_lossy().ends_with("-before-restore.sqlite3"))
    );
}

#[test]
fn a_damaged_file_is_restored_from_its_newest_backup_in_two_clicks() {
    use egui::accesskit::Role;
    let dir = fixed_folder("damaged_file");
    let db = dir.join("demo.sqlite3");
    common::demo_database(&db);
    backup_at(&db, "2026-11-21-170000");
    let bytes = damage(&db);

    let mut harness = window(&dir, &db, Language::Dutch);
    harness.get_by_label_contains("is beschadigd en kan niet veilig worden gelezen");
    harness.snapshot("damaged_nl_1024");
    common::click(&mut harness, Role::Button, "De reservekopie van 21-11-2026 17:00 terugzetten…");
    common::click(&mut harness, Role::Button, "Terugzetten");
    assert_eq!(harness.state().database().unwrap().view.people.len(), 300);
    let aside: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("demo-damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged file is kept, renamed");
    assert_eq!(std::fs::read(aside[0].path()).unwrap(), bytes);
}

#[test]
fn killing_a_writer_at_random_moments_loses_nothing_it_acknowledged() {
    kill_and_check(30);
}

/// The long version: `cargo test -- --ignored crash`.
#[test]
#[ignore]
fn crash_a_thousand_times() {
    let acknowledged = kill_and_check(1000);
    println!("1000 kills: {acknowledged} acknowledged saves, none lost, integrity ok");
}

#[test]
fn the_backup_made_before_a_restore_outlives_the_later_backups_of_its_day() {
    use peerdesk::domain::backups::BackupPolicy;
    use peerdesk::store::{BackupReason, all_backups};
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("r.sqlite3");
    let mut store = Store::create(&path).unwrap();
    let folder = peerdesk::store::backups_beside(&path);
    std::fs::create_dir_all(&folder).unwrap();
    for name in ["r-2026-11-20-090000-before-restore.sqlite3", "r-2026-11-20-120000.sqlite3"] {
        store.back_up_to(&folder.join(name)).unwrap();
    }
    let kept = |path: &Path| -> Vec<String> {
        all_backups(path, None).iter().map(|b| b.path.file_name().unwrap().to_string_lossy().into_owned()).collect()
    };
    store.set_clock(|| chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(18, 0, 0).unwrap());
    store.back_up(BackupReason::Regular, BackupPolicy::default()).unwrap();
    // The evening's backup is the day's; the one holding the data a restore
    // replaced stays beside it.
    assert_eq!(kept(&path), ["r-2026-11-20-180000.sqlite3", "r-2026-11-20-090000-before-restore.sqlite3"]);
    // Kept as long as daily backups are (7 days), then rotated like any other.
    store.set_clock(|| chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap().and_hms_opt(18, 0, 0).unwrap());
    store.back_up(BackupReason::Regular, BackupPolicy::default()).unwrap();
    assert!(!kept(&path).iter().any(|name| name.contains("before-restore")), "{:?}", kept(&path));
}

#[test]
fn a_damaged_file_replaced_by_a_backup_keeps_its_erasures_and_its_log() {
    use peerdesk::domain::access::AccessAction;
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let mut store = Store::open(&db).unwrap();
    let anna = store.save_person(&person("Anna Erasmus")).unwrap();
    let old = dir.path().join("with-anna.sqlite3");
    store.back_up_to(&old).unwrap();
    store.delete_person(anna).unwrap();
    store.log_access(AccessAction::Export, "after the backup").unwrap();
    drop(store);
    damage(&db);
    let replaced = peerdesk::store::replace_damaged(&db, &old, common::moment().naive_local(), None).unwrap();
    assert!(!replaced.erasures_unread);
    let store = Store::open(&db).unwrap();
    let names: Vec<String> = store.list_people().unwrap().into_iter().map(|p| p.name.into()).collect();
    assert!(!names.iter().any(|n| n == "Anna Erasmus"), "erased after the backup: erased again");
    assert_eq!(names.len(), 300);
    assert!(store.access_log().unwrap().iter().any(|line| line.subject == "after the backup"));
    // Made whole beside the file and moved in: nothing of it is left over.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".restoring"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn restoring_this_mornings_backup_never_removes_it_first() {
    use peerdesk::domain::backups::BackupPolicy;
    use peerdesk::store::{BackupReason, all_backups};
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("morning.sqlite3");
    let mut store = Store::create(&path).unwrap();
    store.save_person(&person("Anna Erasmus")).unwrap();
    store.set_clock(|| chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(9, 0, 0).unwrap());
    let morning = store.back_up(BackupReason::Regular, BackupPolicy::default()).unwrap().path;
    store.save_person(&person("Bram Jansen")).unwrap();
    // Later the same day: the backup made before the restore is the newest
    // of the day, and must not push out the one being restored.
    store.set_clock(|| chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap().and_hms_opt(11, 0, 0).unwrap());
    let restored = store.restore_from(&morning, BackupPolicy::default()).unwrap();
    assert_eq!(store.count_people().unwrap(), 1);
    let kept: Vec<_> = all_backups(&path, None).into_iter().map(|b| b.path).collect();
    assert!(kept.contains(&morning) && kept.contains(&restored.before), "{kept:?}");
}

#[test]
fn a_damaged_file_whose_erasures_cannot_be_read_is_restored_with_a_warning() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let old = dir.path().join("older.sqlite3");
    Store::open(&db).unwrap().back_up_to(&old).unwrap();
    // The page of the erasure journal is overwritten.
    let page = {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.query_row("SELECT rootpage FROM sqlite_schema WHERE name = 'erasures'", [], |r| r.get::<_, i64>(0))
            .unwrap() as usize
    };
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[(page - 1) * 4096..page * 4096].fill(0x5a);
    std::fs::write(&db, &bytes).unwrap();
    let copy = db.with_file_name("copy.sqlite3");
    std::fs::copy(&db, &copy).unwrap();

    let replaced = peerdesk::store::replace_damaged(&db, &old, common::moment().naive_local(), None).unwrap();
    assert!(replaced.erasures_unread);
    // The command line says it, in the user's language.
    std::fs::copy(&copy, &db).unwrap();
    let output =
        peerdesk().args(["restore", "--lang", "nl", "--db"]).arg(&db).arg("--from").arg(&old).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("wie sindsdien is gewist, staat er weer in"), "{said}");
}
