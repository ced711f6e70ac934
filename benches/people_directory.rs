//! How the People tab holds up with a large directory: loading 20 000 people,
//! an idle frame, and a frame that re-filters on a keystroke; and the Cases
//! tab beside it, with the demo's incidents in proportion (20 000 people:
//! 10 000 trajectories over five years).
//!
//! Run with `cargo bench --bench people_directory` (optionally `-- 50000`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use peerdesk::app::{
    Changed, FileDialogs, PeerDeskApp, SaveChoice, SortColumn, StartOptions, TextOrders, ViewData, sorted_order,
};
use peerdesk::i18n::I18n;
use peerdesk::i18n::Language;
use peerdesk::ops::demo::{DemoOptions, write_demo_file};
use peerdesk::paths::AppPaths;
use peerdesk::store::Store;
use std::path::PathBuf;
use std::time::{Duration, Instant};

struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_database(&self, _title: &str) -> Option<PathBuf> {
        None
    }

    fn save_file(&self, _title: &str, _file_name: &str) -> SaveChoice {
        SaveChoice::Cancelled
    }

    fn pick_folder(&self, _title: &str) -> SaveChoice {
        SaveChoice::Cancelled
    }
}

fn millis(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let people: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(20_000);
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("bench.sqlite3");

    let start = Instant::now();
    write_demo_file(&db, &DemoOptions { people, ..DemoOptions::standard(today) }, None).unwrap();
    println!("write the demo with {people} people (one transaction, as `peerdesk demo`): {}", millis(start.elapsed()));
    headless(&db, people);
    window(&db, dir.path(), people, today);
}

/// Loading, sorting and the protocol clock, without a window.
fn headless(db: &std::path::Path, people: usize) {
    let store = Store::open(db).unwrap();

    let start = Instant::now();
    let loaded = store.list_people().unwrap();
    println!("load {} people with roles and languages: {}", loaded.len(), millis(start.elapsed()));
    let start = Instant::now();
    let mut view = ViewData::default();
    view.reload(&store, Changed::EVERYTHING, &mut 0).unwrap();
    println!("read everything the window shows (in the background): {}", millis(start.elapsed()));
    let mut times: Vec<Duration> = (0..7)
        .map(|_| {
            let start = Instant::now();
            let orders = TextOrders::of(&view.people);
            let took = start.elapsed();
            assert_eq!(orders, view.text_orders);
            took
        })
        .collect();
    times.sort();
    println!(
        "order {people} people by e-mail, phone and department (once per reading, in it): median {} of 7",
        millis(times[3])
    );
    let i18n = I18n::new(Language::English);
    for column in
        [SortColumn::Email, SortColumn::Phone, SortColumn::Department, SortColumn::Position, SortColumn::Status]
    {
        let mut times: Vec<Duration> = (0..7)
            .map(|_| {
                let start = Instant::now();
                let order = sorted_order(&view, &i18n, column, false);
                let took = start.elapsed();
                assert_eq!(order.len(), view.people.len());
                took
            })
            .collect();
        times.sort();
        println!("sort {people} people by {column:?}, descending: median {} of 7", millis(times[3]));
    }
    let cases = &view.cases;
    println!(
        "incident support: {} incidents, {} trajectories with their identity, {} open, {} reduced to figures",
        cases.incidents.len(),
        cases.trajectories.len(),
        cases.trajectories.iter().filter(|t| t.is_open()).count(),
        store.purged_facts().unwrap().len()
    );
    let mut times: Vec<Duration> = (0..7)
        .map(|_| {
            let start = Instant::now();
            let tasks = cases.open_tasks(&view.settings.incidents);
            let took = start.elapsed();
            assert!(!tasks.is_empty());
            took
        })
        .collect();
    times.sort();
    println!("the protocol clock of every open trajectory (once per change): median {} of 7", millis(times[3]));
}

/// The window itself: its first frames, idle frames, typing and sorting.
fn window(db: &std::path::Path, folder: &std::path::Path, people: usize, today: NaiveDate) {
    let options = StartOptions {
        db_path: Some(db.to_path_buf()),
        paths: AppPaths::in_folder(folder),
        language: Some(Language::English),
        today: Some(today),
        file_dialogs: Box::new(NoDialogs),
        open_in_background: false,
        cleared_to_page: false,
    };
    let start = Instant::now();
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(64)
        .build_eframe(move |cc| PeerDeskApp::new(cc, options));
    harness.run();
    println!("open the window on {people} people (first frames): {}", millis(start.elapsed()));

    let frames = 200;
    let start = Instant::now();
    for _ in 0..frames {
        harness.step();
    }
    println!("idle frame of the People tab: {} (mean of {frames})", millis(start.elapsed() / frames));

    let typed = "anna de";
    let (mean, worst) = type_timed(&mut harness, typed);
    println!("frame after a keystroke in search (re-filter {people}): mean {mean}, worst {worst}");

    // Sorting: the click's frame and the next, which sorts everyone once.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.key_press(egui::Key::Backspace);
    harness.run();
    let start = Instant::now();
    harness.get_by_role_and_label(Role::Button, "Email").click();
    harness.step();
    harness.step();
    println!("sort {people} people by e-mail (two frames: the click, the sorted table): {}", millis(start.elapsed()));

    let (mean, worst) = type_timed(&mut harness, typed);
    println!("frame after a keystroke while sorted by e-mail (no re-sort): mean {mean}, worst {worst}");

    // The Cases tab: its list, urgency and counts, and the tab's title with
    // the number overdue, drawn from tasks worked out once.
    harness.get_by_label_contains("Cases").click();
    harness.run();
    harness.get_by_label_contains("overdue ");
    let start = Instant::now();
    for _ in 0..frames {
        harness.step();
    }
    println!("idle frame of the Cases tab: {} (mean of {frames})", millis(start.elapsed() / frames));
}

/// Types `typed` into the search field a key at a time, timing the frame
/// after each key: the mean and the worst.
fn type_timed(harness: &mut Harness<'_, PeerDeskApp>, typed: &str) -> (String, String) {
    harness.get_by_role_and_label(Role::TextInput, "Search").focus();
    harness.run();
    let mut worst = Duration::ZERO;
    let mut total = Duration::ZERO;
    for c in typed.chars() {
        harness.get_by_role_and_label(Role::TextInput, "Search").type_text(&c.to_string());
        let start = Instant::now();
        harness.step();
        let took = start.elapsed();
        worst = worst.max(took);
        total += took;
    }
    (millis(total / typed.len() as u32), millis(worst))
}
