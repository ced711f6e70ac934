//! Safe data: PeerDesk creates a file only when asked, never adopts or
//! damages a file that is not its own, lets one writer in at a time (and
//! others read), keeps its files private, and writes the demo whole or not
//! at all.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;
use egui_kittest::kittest::{NodeT, Queryable};
use peerdesk::domain::{PersonDraft, Settings};
use peerdesk::i18n::Language;
use peerdesk::store::{Store, StoreError, lock_path, migrations};
use std::path::Path;
use tempfile::TempDir;

fn person(name: &str) -> PersonDraft {
    PersonDraft { name: name.into(), ..PersonDraft::default() }
}

/// The bytes of a file and of its write-ahead log, if any: "unchanged" means
/// both are the same afterwards.
fn snapshot(path: &Path) -> (Vec<u8>, bool) {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    (std::fs::read(path).unwrap(), Path::new(&wal).exists())
}

fn peerdesk() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_peerdesk"));
    command.env("LANG", "en_GB.UTF-8").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    command
}

/// Overwrites three pages in the middle of the database at `path` (after
/// folding its log into it, so that the damage is all there is) and
/// returns the damaged bytes.
fn damage(path: &Path) -> Vec<u8> {
    {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let mut bytes = std::fs::read(path).unwrap();
    let middle = bytes.len() / 2 / 4096 * 4096;
    bytes[middle..middle + 3 * 4096].fill(0x5a);
    std::fs::write(path, &bytes).unwrap();
    bytes
}

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
        assert!(stderr.contains("is empty (0 bytes)") || stderr.contains("unexpected argument"), "{args:?}: {stderr}");
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
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in &migrations::MIGRATIONS[..3] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 3).unwrap();
        conn.pragma_update(None, "application_id", peerdesk::store::APPLICATION_ID).unwrap();
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
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let mut writer = Store::open(&db).unwrap();
    let options = common::start_options(dir.path(), &db, Language::English);
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1400.0, 900.0])
        .with_max_steps(16)
        .build_eframe(move |cc| peerdesk::app::PeerDeskApp::new(cc, options));
    harness.run();
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

    // Once the writer has gone, the reading window may take over.
    drop(writer);
    harness.step();
    harness.run();
    common::click(&mut harness, egui::accesskit::Role::Button, "Open for changes");
    assert!(!harness.state().database().unwrap().store.is_read_only());
    assert!(!harness.state().window_title().contains("read-only"));
}

/// A clock the backup tests move by hand: minutes since 1 November 2026.
static MINUTES: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

fn test_clock() -> chrono::NaiveDateTime {
    let start = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap().and_hms_opt(0, 0, 0).unwrap();
    start + chrono::Duration::minutes(MINUTES.load(std::sync::atomic::Ordering::SeqCst))
}

#[test]
fn backups_are_thinned_out_by_day_week_and_month() {
    use peerdesk::domain::backups::BackupPolicy;
    use peerdesk::store::{BackupReason, list_backups};
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
    let kept: Vec<String> = list_backups(&path).iter().map(|b| b.made_at.format("%d %H").to_string()).collect();
    // The last seven days by their evening backup, and the Sunday ending the
    // oldest week; November by its newest.
    assert_eq!(kept, ["10 17", "09 17", "08 17", "07 17", "06 17", "05 17", "04 17", "01 17"]);
}

#[test]
fn a_damaged_backup_is_never_offered_and_the_newest_good_one_is() {
    use peerdesk::store::{list_backups, verify_backup};
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("d.sqlite3");
    common::demo_database(&path);
    let store = Store::open_read_only(&path).unwrap();
    let folder = peerdesk::store::backups_folder(&path);
    std::fs::create_dir_all(&folder).unwrap();
    let good = folder.join("d-2026-11-20-090000.sqlite3");
    let bad = folder.join("d-2026-11-21-090000.sqlite3");
    store.back_up_to(&good).unwrap();
    let mut bytes = std::fs::read(&good).unwrap();
    let middle = bytes.len() / 2 / 4096 * 4096;
    bytes[middle..middle + 3 * 4096].fill(0x5a);
    std::fs::write(&bad, &bytes).unwrap();
    assert_eq!(list_backups(&path).len(), 2);
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
    let names: Vec<String> = store.list_people().unwrap().into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Bram Jansen"], "Anna stays erased; Cas was added after the backup");
    let before = Store::open_read_only(&restored.before).unwrap();
    let names: Vec<String> = before.list_people().unwrap().into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Bram Jansen", "Cas Visser"]);
    // Restoring again, from the same backup, still keeps Anna erased.
    assert_eq!(store.restore_from(&backup, BackupPolicy::default()).unwrap().erased_again, 1);
    assert_eq!(store.count_people().unwrap(), 1);
}

#[test]
fn an_upgrade_is_preceded_by_a_checked_backup_of_the_old_file() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in &migrations::MIGRATIONS[..3] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 3).unwrap();
        conn.pragma_update(None, "application_id", peerdesk::store::APPLICATION_ID).unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), migrations::latest_version());
    let backups = peerdesk::store::list_backups(&path);
    assert_eq!(backups.len(), 1);
    assert!(backups[0].path.to_string_lossy().ends_with("-before-upgrade.sqlite3"));
    let conn = rusqlite::Connection::open(&backups[0].path).unwrap();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 3);
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
    assert_eq!((stored.email.as_str(), stored.phone.as_str()), ("anna@umc.example", ""));
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
    assert!(!peerdesk().args(["check", "--db"]).arg(&db).status().unwrap().success());
    let output = peerdesk().args(["restore", "--db"]).arg(&db).arg("--from").arg(&copy).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("The damaged file was kept"));
    assert_eq!(Store::open(&db).unwrap().count_people().unwrap(), 300);
}

/// A checked backup of `db` in its backups folder, named as made at `stamp`
/// (`YYYY-MM-DD-HHMMSS`), so that dates on screen are fixed.
fn backup_at(db: &Path, stamp: &str) -> std::path::PathBuf {
    let folder = peerdesk::store::backups_folder(db);
    std::fs::create_dir_all(&folder).unwrap();
    let stem = db.file_stem().unwrap().to_string_lossy().into_owned();
    let target = folder.join(format!("{stem}-{stamp}.sqlite3"));
    Store::open_read_only(db).unwrap().back_up_to(&target).unwrap();
    target
}

/// A folder with the same relative name on every machine, so that paths
/// shown on screen (and in snapshots) do not depend on where the clone is.
fn fixed_folder(name: &str) -> std::path::PathBuf {
    let folder = Path::new("target").join("ui-tests").join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

fn window(dir: &Path, db: &Path, language: Language) -> egui_kittest::Harness<'static, peerdesk::app::PeerDeskApp> {
    let options = common::start_options(dir, db, language);
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1024.0, 700.0])
        .with_max_steps(16)
        .build_eframe(move |cc| peerdesk::app::PeerDeskApp::new(cc, options));
    harness.run();
    harness
}

#[test]
fn the_backups_dialog_backs_up_and_restores_after_asking() {
    use egui::accesskit::Role;
    let dir = fixed_folder("backups_dialog");
    let db = dir.join("demo.sqlite3");
    common::demo_database(&db);
    backup_at(&db, "2026-11-21-170000");
    let mut harness = window(&dir, &db, Language::English);
    common::click(&mut harness, Role::Button, "demo.sqlite3 (demo data)");
    common::click(&mut harness, Role::Button, "Backups…");
    harness.get_by_label("21 Nov 2026 17:00");
    harness.snapshot("backups_en_1024");
    common::click(&mut harness, Role::Button, "Back up now");
    assert_eq!(peerdesk::store::list_backups(&db).len(), 2);
    assert!(harness.state().notifications().iter().any(|n| n.starts_with("Backup written and checked")));

    // Restoring asks first and says what happens; Cancel changes nothing.
    let people = harness.state().database().unwrap().view.people.len();
    harness.get_all_by_label("Restore…").last().unwrap().click();
    harness.run();
    harness.get_by_label_contains("will be replaced by the data of 21 Nov 2026 17:00");
    common::click(&mut harness, Role::Button, "Cancel");
    assert_eq!(peerdesk::store::list_backups(&db).len(), 2);
    harness.get_all_by_label("Restore…").last().unwrap().click();
    harness.run();
    common::click(&mut harness, Role::Button, "Restore");
    assert!(harness.state().notifications().iter().any(|n| n.starts_with("The backup was restored")));
    assert_eq!(harness.state().database().unwrap().view.people.len(), people);
    assert!(
        peerdesk::store::list_backups(&db)
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

/// The crash writer example, built beside the test binary.
fn crash_writer() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    let debug = exe.parent().unwrap().parent().unwrap();
    debug.join("examples").join(format!("crash_writer{}", std::env::consts::EXE_SUFFIX))
}

/// Starts the crash writer `kills` times, kills it with SIGKILL after a
/// random moment each time, and checks that every id it acknowledged is in
/// the file and that the file is whole.
fn kill_and_check(kills: usize) -> usize {
    use peerdesk::domain::random::SplitMix64;
    use std::io::Read;
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("crash.sqlite3");
    let mut rng = SplitMix64::new(2026);
    let mut acknowledged = Vec::new();
    for _ in 0..kills {
        let mut child =
            std::process::Command::new(crash_writer()).arg(&path).stdout(std::process::Stdio::piped()).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5 + rng.below(60) as u64));
        child.kill().unwrap();
        child.wait().unwrap();
        let mut out = String::new();
        child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
        acknowledged.extend(out.lines().filter_map(|l| l.parse::<i64>().ok()));
    }
    assert!(Store::check_file(&path, None).unwrap().is_empty(), "integrity_check");
    let store = Store::open(&path).unwrap();
    let stored: std::collections::HashSet<i64> = store.list_people().unwrap().iter().map(|p| p.id.0).collect();
    let lost: Vec<&i64> = acknowledged.iter().filter(|id| !stored.contains(id)).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    assert!(!acknowledged.is_empty(), "the writer got to commit something");
    acknowledged.len()
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

/// Types `text` into the password field labelled `label`.
fn type_password(harness: &mut egui_kittest::Harness<'_, peerdesk::app::PeerDeskApp>, label: &str, text: &str) {
    use egui::accesskit::Role;
    common::click(harness, Role::PasswordInput, label);
    harness.get_by_role_and_label(Role::PasswordInput, label).type_text(text);
    harness.run();
}

/// True when any bytes of `needle` occur in the file at `path` (if it exists).
fn file_contains(path: &Path, needle: &[u8]) -> bool {
    std::fs::read(path).map(|bytes| bytes.windows(needle.len()).any(|w| w == needle)).unwrap_or(false)
}

const CANARY: &str = "Wilhelmina Kanarievogel";
const PASSPHRASE: &str = "paarse fiets onder de brug";

#[test]
fn nothing_of_a_person_is_readable_in_an_encrypted_database_its_log_or_its_backups() {
    use peerdesk::store::{BackupReason, Passphrase};
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("secret.sqlite3");
    let key = Passphrase::new(PASSPHRASE);
    let mut store = Store::create_with(&path, Some(&key)).unwrap();
    store.save_person(&PersonDraft { email: "w.kanarievogel@umc.example".into(), ..person(CANARY) }).unwrap();
    let backup = store.back_up(BackupReason::Regular, Default::default()).unwrap();
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
    assert_eq!(reopened.list_people().unwrap()[0].name, CANARY);
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
    store.change_passphrase(&old, &new, new.text()).unwrap();
    store.save_person(&person("Na de wijziging")).unwrap();
    drop(store);
    assert!(matches!(Store::open_with(&path, Some(&old)), Err(StoreError::WrongPassphrase(_))));
    assert_eq!(Store::open_with(&path, Some(&new)).unwrap().count_people().unwrap(), 2);
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
    let db = dir.path().join("secret.sqlite3");
    {
        let key = peerdesk::store::Passphrase::new(PASSPHRASE);
        let mut store = Store::create_with(&db, Some(&key)).unwrap();
        store.save_person(&person(CANARY)).unwrap();
        store.mark_welcomed().unwrap();
    }
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
