//! The screens of safe data in the other language: each is snapshot in
//! Dutch and in English (the first language is in the test that uses it).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use egui::accesskit::Role;

#[test]
fn the_new_passphrase_screen_in_dutch() {
    let dir = fixed_folder("encrypted_window_nl");
    let mut harness = window(&dir, &dir.join("mijn.sqlite3"), Language::Dutch);
    common::click(&mut harness, Role::Button, "Beginnen met een lege database");
    type_password(&mut harness, "Wachtwoord", "kort en toch lang genoeg");
    type_password(&mut harness, "Wachtwoord nogmaals", "kort en toch lang genoe");
    harness.get_by_label("Niet hetzelfde als hierboven");
    harness.snapshot("new_passphrase_nl_1024");
}

#[test]
fn the_unlock_and_lock_screens_in_english() {
    let dir = fixed_folder("unlock_window_en");
    let db = encrypted_with_canary(&dir);
    let mut harness = window(&dir, &db, Language::English);
    harness.get_by_label("This database is encrypted. Enter its passphrase to open it.");
    harness.snapshot("unlock_en_1024");
    type_password(&mut harness, "Passphrase", PASSPHRASE);
    common::click(&mut harness, Role::Button, "Open");
    harness.get_by_label(CANARY);
    common::click(&mut harness, Role::Button, "Lock");
    harness.get_by_label("PeerDesk is locked");
    harness.snapshot("locked_en_1024");
}

#[test]
fn the_backups_dialog_in_dutch() {
    let dir = fixed_folder("backups_dialog_nl");
    let db = dir.join("demo.sqlite3");
    common::demo_database(&db);
    backup_at(&db, "2026-11-21-170000");
    let mut harness = window(&dir, &db, Language::Dutch);
    common::click(&mut harness, Role::Button, "Database");
    common::click(&mut harness, Role::Button, "Reservekopieën…");
    harness.get_by_label("21-11-2026 17:00");
    let options = egui_kittest::SnapshotOptions::new().max_failed_pixels(400);
    harness.snapshot_options("backups_nl_1024", &options);
}

#[test]
fn a_damaged_file_in_english() {
    let dir = fixed_folder("damaged_file_en");
    let db = dir.join("demo.sqlite3");
    common::demo_database(&db);
    backup_at(&db, "2026-11-21-170000");
    damage(&db);
    let mut harness = window(&dir, &db, Language::English);
    harness.get_by_label_contains("is damaged and cannot be read safely");
    harness.snapshot("damaged_en_1024");
}

#[test]
fn the_conflict_dialog_in_dutch() {
    let mut harness = conflict_window("person_conflict_nl", Language::Dutch, ["Bewerken…", "Telefoon", "Opslaan"]);
    harness.get_by_label_contains("Iemand heeft deze persoon gewijzigd nadat je hem opende");
    harness.snapshot("person_conflict_nl_1024");
}
