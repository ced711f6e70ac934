//! What happens while nobody is at the window: it locks itself after the
//! set minutes without input (with or without a passphrase), and backs up
//! every half hour while something changed, and when it closes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use egui::accesskit::Role;
use std::time::Duration;

const MINUTE: Duration = Duration::from_secs(60);

/// Lets `time` pass with nobody at the window, then draws it (as the
/// window's own wake-up would).
fn pass(harness: &mut egui_kittest::Harness<'_, peerdesk::app::PeerDeskApp>, time: Duration) {
    harness.state_mut().let_time_pass_for_tests(time);
    harness.step();
    harness.run();
}

#[test]
fn an_idle_window_locks_itself_after_the_set_minutes_and_not_before() {
    let dir = TempDir::new().unwrap();
    let db = encrypted_with_canary(dir.path());
    {
        let key = peerdesk::store::Passphrase::new(PASSPHRASE);
        let mut store = Store::open_with(&db, Some(&key)).unwrap();
        let mut settings = store.settings().unwrap();
        settings.organisation.name = "Testziekenhuis".into();
        settings.privacy.auto_lock_minutes = 10;
        store.save_settings(&settings).unwrap();
    }
    let mut harness = window(dir.path(), &db, Language::English);
    type_password(&mut harness, "Passphrase", PASSPHRASE);
    common::click(&mut harness, Role::Button, "Open");
    harness.get_by_label(CANARY);

    pass(&mut harness, 9 * MINUTE);
    harness.get_by_label(CANARY);
    // A click counts as use: the ten minutes start again.
    harness.get_by_label(CANARY).click();
    harness.run();
    pass(&mut harness, 9 * MINUTE);
    assert!(harness.query_by_label("PeerDesk is locked").is_none(), "used nine minutes ago");

    pass(&mut harness, 2 * MINUTE);
    harness.get_by_label("PeerDesk is locked");
    assert!(harness.query_by_label(CANARY).is_none(), "nothing of the data shows");
    type_password(&mut harness, "Passphrase", PASSPHRASE);
    common::click(&mut harness, Role::Button, "Unlock");
    harness.get_by_label(CANARY);
}

#[test]
fn a_window_without_a_passphrase_locks_too_and_unlocks_without_one() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("plain.sqlite3");
    {
        let mut store = Store::create(&db).unwrap();
        store.save_person(&person(CANARY)).unwrap();
        store.mark_welcomed().unwrap();
    }
    let mut harness = window(dir.path(), &db, Language::Dutch);
    harness.get_by_label(CANARY);
    // The default is five minutes.
    pass(&mut harness, 5 * MINUTE);
    harness.get_by_label("PeerDesk is vergrendeld");
    assert!(harness.query_by_label(CANARY).is_none(), "the screen is hidden");
    assert!(harness.query_by_role(Role::PasswordInput).is_none(), "no passphrase is asked for");
    common::click(&mut harness, Role::Button, "Ontgrendelen");
    harness.get_by_label(CANARY);
}

/// The window's own backups of `db`, beside it.
fn backups_of(db: &Path) -> Vec<std::path::PathBuf> {
    let folder = peerdesk::store::backups_beside(db);
    let mut found: Vec<_> =
        std::fs::read_dir(folder).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    found.sort();
    found
}

/// A window on a new file with one person, and a change made in it.
fn window_with_a_change(
    dir: &Path,
) -> (std::path::PathBuf, egui_kittest::Harness<'static, peerdesk::app::PeerDeskApp>) {
    let db = dir.join("changed.sqlite3");
    {
        let mut store = Store::create(&db).unwrap();
        store.save_person(&person("Anna de Vries")).unwrap();
        store.mark_welcomed().unwrap();
    }
    let mut harness = window(dir, &db, Language::English);
    harness.get_by_label("Anna de Vries").click();
    harness.run();
    common::click(&mut harness, Role::Button, "Edit…");
    common::replace_text(&mut harness, "Phone", "050 123 4567");
    common::click(&mut harness, Role::Button, "Save");
    (db, harness)
}

#[test]
fn a_window_backs_up_every_half_hour_while_something_changed_and_only_then() {
    let dir = TempDir::new().unwrap();
    let (db, mut harness) = window_with_a_change(dir.path());
    assert!(backups_of(&db).is_empty());
    pass(&mut harness, 29 * MINUTE);
    assert!(backups_of(&db).is_empty(), "not before half an hour");
    pass(&mut harness, 2 * MINUTE);
    let made = backups_of(&db);
    assert_eq!(made.len(), 1, "{made:?}");
    peerdesk::store::verify_backup(&made[0], None).unwrap();
    let restored = Store::open_read_only(&made[0]).unwrap();
    assert_eq!(&*restored.list_people().unwrap()[0].phone, "050 123 4567");
    // Nothing changed since: the next half hour makes none.
    pass(&mut harness, 31 * MINUTE);
    assert_eq!(backups_of(&db).len(), 1);
}

#[test]
fn a_window_that_closes_backs_up_what_changed() {
    use eframe::App;
    let dir = TempDir::new().unwrap();
    let (db, mut harness) = window_with_a_change(dir.path());
    assert!(backups_of(&db).is_empty());
    harness.state_mut().on_exit(None);
    let made = backups_of(&db);
    assert_eq!(made.len(), 1, "{made:?}");
    assert_eq!(&*Store::open_read_only(&made[0]).unwrap().list_people().unwrap()[0].phone, "050 123 4567");
}

#[test]
fn a_window_that_closes_without_a_change_makes_no_backup() {
    use eframe::App;
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("unchanged.sqlite3");
    {
        let mut store = Store::create(&db).unwrap();
        store.mark_welcomed().unwrap();
    }
    let mut harness = window(dir.path(), &db, Language::English);
    harness.state_mut().on_exit(None);
    assert!(backups_of(&db).is_empty());
}
