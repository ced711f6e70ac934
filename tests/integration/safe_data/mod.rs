//! Safe data: PeerDesk creates a file only when asked, never adopts or
//! damages a file that is not its own, lets one writer in at a time (and
//! others read), keeps its files private, and writes the demo whole or not
//! at all.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)]

mod access;
mod backups;
mod backups_elsewhere;
mod compare;
mod conflicts;
mod encryption;
mod files;
mod idle;
mod other_language;

use crate::common;
use egui_kittest::kittest::{NodeT, Queryable};
use peerdesk::domain::{PersonDraft, Settings};
use peerdesk::i18n::Language;
use peerdesk::store::{Store, StoreError, lock_path, migrations};
use std::path::Path;
use tempfile::TempDir;

pub fn person(name: &str) -> PersonDraft {
    PersonDraft { name: name.into(), ..PersonDraft::default() }
}

/// The bytes of a file and of its write-ahead log, if any: "unchanged" means
/// both are the same afterwards.
pub fn snapshot(path: &Path) -> (Vec<u8>, bool) {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    (std::fs::read(path).unwrap(), Path::new(&wal).exists())
}

pub use crate::common::peerdesk;

/// The demo in `dir`, held by a writing store, and a window of `size` opened
/// on it after: that window is offered to open the file read-only.
pub fn second_window(
    dir: &Path,
    size: [f32; 2],
) -> (Store, egui_kittest::Harness<'static, peerdesk::app::PeerDeskApp>) {
    let db = dir.join("demo.sqlite3");
    common::demo_database(&db);
    let writer = Store::open(&db).unwrap();
    let options = common::start_options(dir, &db, Language::English);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(size)
        .with_max_steps(16)
        .build_eframe(move |cc| peerdesk::app::PeerDeskApp::new(cc, options));
    harness.run();
    (writer, harness)
}

/// Overwrites the first page of the people, sessions and attendance tables
/// of the database at `path` (after folding its log into it, so that the
/// damage is all there is) and returns the damaged bytes. The schema and
/// the settings stay whole: a damaged file whose settings can be read
/// still finds its backups folder.
pub fn damage(path: &Path) -> Vec<u8> {
    let pages: Vec<usize> = {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        let mut stmt = conn
            .prepare("SELECT rootpage FROM sqlite_schema WHERE name IN ('people', 'sessions', 'attendance')")
            .unwrap();
        stmt.query_map([], |r| r.get::<_, i64>(0)).unwrap().map(|p| p.unwrap() as usize).collect()
    };
    assert_eq!(pages.len(), 3);
    let mut bytes = std::fs::read(path).unwrap();
    // Pages count from 1: page n starts at (n - 1) * 4096.
    for page in pages {
        bytes[(page - 1) * 4096..page * 4096].fill(0x5a);
    }
    std::fs::write(path, &bytes).unwrap();
    bytes
}

/// A clock the backup tests move by hand: minutes since 1 November 2026.
pub static MINUTES: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

pub fn test_clock() -> chrono::NaiveDateTime {
    let start = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap().and_hms_opt(0, 0, 0).unwrap();
    start + chrono::Duration::minutes(MINUTES.load(std::sync::atomic::Ordering::SeqCst))
}

/// A checked backup of `db` in its backups folder, named as made at `stamp`
/// (`YYYY-MM-DD-HHMMSS`), so that dates on screen are fixed.
pub fn backup_at(db: &Path, stamp: &str) -> std::path::PathBuf {
    let folder = peerdesk::store::backups_beside(db);
    std::fs::create_dir_all(&folder).unwrap();
    let stem = db.file_stem().unwrap().to_string_lossy().into_owned();
    let target = folder.join(format!("{stem}-{stamp}.sqlite3"));
    Store::open_read_only(db).unwrap().back_up_to(&target).unwrap();
    target
}

/// A folder with the same relative name on every machine, so that paths
/// shown on screen (and in snapshots) do not depend on where the clone is.
pub fn fixed_folder(name: &str) -> std::path::PathBuf {
    let folder = Path::new("target").join("ui-tests").join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

pub fn window(dir: &Path, db: &Path, language: Language) -> egui_kittest::Harness<'static, peerdesk::app::PeerDeskApp> {
    let options = common::start_options(dir, db, language);
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1024.0, 700.0])
        .with_max_steps(16)
        .build_eframe(move |cc| peerdesk::app::PeerDeskApp::new(cc, options));
    harness.run();
    harness
}

/// Runs PeerDesk's own `import` of numbered people `kills` times and kills
/// it with SIGKILL after a random moment each time. It says each person's
/// id as soon as they are saved; every id it said must be in the file
/// afterwards, and the file whole. Each run passes over the people the
/// runs before it saved.
pub fn kill_and_check(kills: usize) -> usize {
    use peerdesk::domain::random::SplitMix64;
    use std::io::{BufRead, Read};
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("crash.sqlite3");
    drop(Store::create(&path).unwrap());
    let csv = dir.path().join("people.csv");
    let rows: String = (0..kills * 100).map(|n| format!("Crash test {n};crash{n}@example.org\n")).collect();
    std::fs::write(&csv, format!("name;email\n{rows}")).unwrap();
    let mut rng = SplitMix64::new(2026);
    let mut acknowledged = Vec::new();
    for _ in 0..kills {
        let mut child = common::peerdesk()
            .args(["import", "--lang", "en", "--db"])
            .arg(&path)
            .arg(&csv)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut out = String::new();
        // Mostly while it writes (after its first line, however slow the
        // machine is to start it), sometimes while it starts.
        if rng.below(5) > 0 {
            stdout.read_line(&mut out).unwrap();
        }
        std::thread::sleep(std::time::Duration::from_millis(rng.below(40) as u64));
        child.kill().unwrap();
        child.wait().unwrap();
        stdout.read_to_string(&mut out).unwrap();
        // "Line 12: added as person 11: Crash test 10."
        let added =
            out.lines().filter_map(|l| l.split(": added as person ").nth(1)?.split(':').next()?.parse::<i64>().ok());
        acknowledged.extend(added);
    }
    assert!(Store::check_file(&path, None).unwrap().is_empty(), "integrity_check");
    let store = Store::open(&path).unwrap();
    let stored: std::collections::HashSet<i64> = store.list_people().unwrap().iter().map(|p| p.id.0).collect();
    let lost: Vec<&i64> = acknowledged.iter().filter(|id| !stored.contains(id)).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    assert!(!acknowledged.is_empty(), "the import got to save someone");
    acknowledged.len()
}

/// Types `text` into the password field labelled `label`.
pub fn type_password(harness: &mut egui_kittest::Harness<'_, peerdesk::app::PeerDeskApp>, label: &str, text: &str) {
    use egui::accesskit::Role;
    common::click(harness, Role::PasswordInput, label);
    harness.get_by_role_and_label(Role::PasswordInput, label).type_text(text);
    harness.run();
}

/// True when any bytes of `needle` occur in the file at `path` (if it exists).
pub fn file_contains(path: &Path, needle: &[u8]) -> bool {
    std::fs::read(path).map(|bytes| bytes.windows(needle.len()).any(|w| w == needle)).unwrap_or(false)
}

pub const CANARY: &str = "Wilhelmina Kanarievogel";
pub const PASSPHRASE: &str = "paarse fiets onder de brug";

/// A welcomed, encrypted database in `dir` holding one person, the canary.
pub fn encrypted_with_canary(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("secret.sqlite3");
    let key = peerdesk::store::Passphrase::new(PASSPHRASE);
    let mut store = Store::create_with(&db, Some(&key)).unwrap();
    store.save_person(&person(CANARY)).unwrap();
    store.mark_welcomed().unwrap();
    db
}

/// A PeerDesk file as an older PeerDesk left it: the first three migrations.
pub fn database_of_schema_3(path: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    for sql in &migrations::MIGRATIONS[..3] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", 3).unwrap();
    conn.pragma_update(None, "application_id", peerdesk::store::APPLICATION_ID).unwrap();
    conn
}

/// A window that edits Anna's phone number while her e-mail address is
/// changed elsewhere, then saves: the conflict dialog. `labels` are the
/// Edit button, the phone field and the Save button in `language`.
pub fn conflict_window(
    folder: &str,
    language: Language,
    labels: [&str; 3],
) -> egui_kittest::Harness<'static, peerdesk::app::PeerDeskApp> {
    use egui::accesskit::Role;
    let [edit, phone, save] = labels;
    let dir = fixed_folder(folder);
    let db = dir.join("people.sqlite3");
    {
        let mut store = Store::create(&db).unwrap();
        store.save_person(&PersonDraft { email: "anna@umc.example".into(), ..person("Anna de Vries") }).unwrap();
        store.mark_welcomed().unwrap();
    }
    let mut harness = window(&dir, &db, language);
    harness.get_by_label("Anna de Vries").click();
    harness.run();
    common::click(&mut harness, Role::Button, edit);
    harness.get_by_role_and_label(Role::TextInput, phone).focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, phone).type_text("050 123 4567");
    harness.run();
    // Meanwhile the person's email address changes.
    {
        let store = &mut harness.state_mut().database_mut_for_tests().unwrap().store;
        let id = store.list_people().unwrap()[0].id;
        let mut draft = store.person(id).unwrap().to_draft();
        draft.email = "a.devries@umc.example".into();
        store.save_person(&draft).unwrap();
    }
    common::click(&mut harness, Role::Button, save);
    harness
}
