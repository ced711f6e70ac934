//! Lists out to Excel: the people list, the waiting list and the invoice
//! list as CSV (UTF-8 with a byte order mark, `;` between cells), from the
//! window and from `peerdesk export csv`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::click;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use peerdesk::i18n::Language;
use std::path::Path;
use tempfile::TempDir;

const BOM: &str = "\u{feff}";

/// The rows of a saved list, without the byte order mark, split into cells.
fn rows(text: &str) -> Vec<Vec<String>> {
    assert!(text.starts_with(BOM), "no byte order mark: {text:.80}");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(text.trim_start_matches(BOM).as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

fn saved(folder: &Path, name: &str) -> String {
    let path = folder.join("saved").join(name);
    String::from_utf8(std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

/// An amount as the list writes it in Dutch (`1170,00`), in cents.
fn cents(text: &str) -> i64 {
    assert!(!text.contains('.'), "Dutch amounts have a decimal comma: {text}");
    let (whole, part) = text.split_once(',').unwrap_or_else(|| panic!("not an amount: {text}"));
    let sign = if whole.starts_with('-') { -1 } else { 1 };
    sign * (whole.trim_start_matches('-').parse::<i64>().unwrap() * 100 + part.parse::<i64>().unwrap())
}

#[test]
fn the_people_shown_are_saved_in_their_order_for_excel() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1400.0, 900.0], egui::Theme::Light);
    common::type_into(&mut harness, "Search", "van");
    let node = harness.get_by_label_contains(" of 300 people");
    let count = node.accesskit_node().label().or(node.accesskit_node().value()).unwrap().to_string();
    let shown: usize = count.split(' ').next().unwrap().parse().unwrap();
    assert!(shown > 1 && shown < 300, "{count}");
    click(&mut harness, Role::Button, "Save as CSV…");

    let rows = rows(&saved(dir.path(), "people-2026-11-22.csv"));
    assert_eq!(
        rows[0],
        ["Name", "Email", "Phone", "Organisation", "Department", "Position", "Roles", "Languages spoken", "Status"]
    );
    assert_eq!(rows.len(), shown + 1, "one row per person shown");
    let names: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    let view = &harness.state().database().unwrap().view;
    for row in &rows[1..] {
        assert_eq!(row.len(), 9);
        assert!(row.join(" ").to_lowercase().contains("van"), "{row:?}");
        let person = view.people.iter().find(|p| *p.name == row[0] && *p.email == row[1]).unwrap();
        assert!(person.active && row[8] == "Active", "{row:?}");
    }
    // Sorted by name as on screen.
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| peerdesk::domain::search::fold(n));
    assert_eq!(names, sorted);
}

#[test]
fn the_people_toolbar_is_tabbed_through_in_reading_order() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::English, [1400.0, 900.0], egui::Theme::Light);
    // Select a coach, so that Edit, Delete and Schedule are enabled.
    click(&mut harness, Role::ComboBox, "Role");
    click(&mut harness, Role::Button, "Coach");
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    click(&mut harness, Role::TextInput, "Search");
    let mut order = Vec::new();
    for _ in 0..7 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        let focused = harness.query_all(egui_kittest::kittest::By::new().predicate(|n| n.is_focused()));
        order.extend(focused.filter_map(|n| n.accesskit_node().label().map(|l| l.to_string())));
    }
    let at = |label: &str| order.iter().position(|l| l == label).unwrap_or_else(|| panic!("{label} in {order:?}"));
    assert!(at("Add person…") < at("Edit…"), "{order:?}");
    assert!(at("Edit…") < at("Delete…"), "{order:?}");
    assert!(at("Delete…") < at("Schedule…"), "{order:?}");
}

#[test]
fn the_invoice_list_adds_up_in_dutch() {
    let dir = TempDir::new().unwrap();
    let mut harness = common::demo_harness(dir.path(), Language::Dutch, [1400.0, 900.0], egui::Theme::Light);
    click(&mut harness, Role::Button, "Financiën");
    click(&mut harness, Role::Button, "Opslaan als CSV…");
    let rows = rows(&saved(dir.path(), "factuurlijst-2026-11-22.csv"));
    assert_eq!(rows[0][0], "Nummer");
    assert_eq!(rows[0].len(), 12);
    assert!(rows[0].iter().any(|c| c == "Openstaand"), "{:?}", rows[0]);
    assert!(rows.len() > 2, "{rows:?}");
    let (mut partly, mut refunds) = (0, 0);
    for row in &rows[1..] {
        let (net, vat, total) = (cents(&row[6]), cents(&row[7]), cents(&row[8]));
        assert_eq!(net + vat, total, "{row:?}");
        if row[0] == "concept" {
            assert!(row[9].is_empty() && row[10].is_empty(), "a draft is not sent yet: {row:?}");
            continue;
        }
        let (received, open) = (cents(&row[9]), cents(&row[10]));
        if row[11].starts_with("terug te betalen") {
            // A credited invoice that was paid: what was received is owed back.
            assert_eq!(open, -received, "{row:?}");
            refunds += 1;
            continue;
        }
        if row[11].contains("gecrediteerd") || row[1] == "creditnota" {
            continue;
        }
        // What was received and what is open make the total of an issued invoice.
        assert_eq!(received + open, total, "{row:?}");
        partly += usize::from(received > 0 && open > 0);
    }
    assert!(partly >= 1, "the demo has a partly paid invoice: {rows:?}");
    assert!(refunds >= 1, "the demo has a refund owed: {rows:?}");
    let text = rows.concat().join(" ");
    for english in ["Open", "Received", "paid", "draft", "invoice"] {
        assert!(!text.split(' ').any(|w| w == english), "English word {english} in a Dutch list");
    }
}

use crate::common::peerdesk;

#[test]
fn export_csv_writes_each_list_in_the_chosen_language() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let export = |list: &str, language: &str| {
        let out = dir.path().join(format!("{list}-{language}.csv"));
        let output = peerdesk()
            .args(["export", "csv", list, "--lang", language, "--out"])
            .arg(&out)
            .arg("--db")
            .arg(&db)
            .output()
            .unwrap();
        assert!(output.status.success(), "{list}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(std::fs::read(out).unwrap()).unwrap()
    };
    let store = peerdesk::store::Store::open(&db).unwrap();
    let people = store.list_people().unwrap();
    let active = people.iter().filter(|p| p.active).count();
    assert_eq!(rows(&export("people", "en")).len(), active + 1);
    assert_eq!(rows(&export("personen", "nl"))[0][0], "Naam");

    let registrations = store.registrations().unwrap();
    let waiting: Vec<_> = registrations.iter().filter(|r| r.group.is_none() && !r.withdrawn).collect();
    let expected: usize = waiting.iter().map(|r| r.people.len()).sum();
    let list = rows(&export("waiting", "nl"));
    assert_eq!(list.len(), expected + 1, "one row per person waiting");
    assert_eq!(list[0][6], "Aangemeld op");
    let dates: Vec<&str> = list[1..].iter().map(|r| r[6].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "longest waiting first: {dates:?}");

    let invoices = rows(&export("invoices", "en"));
    assert_eq!(invoices.len(), store.invoices().unwrap().len() + 1);
    assert!(invoices[1..].iter().all(|r| !r[8].contains(',')), "English amounts have a decimal point");

    let output = peerdesk()
        .args(["export", "csv", "everything", "--lang", "nl", "--out"])
        .arg(dir.path().join("x.csv"))
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim(),
        "peerdesk: 'everything' is geen lijst; kies personen, wachtlijst of facturen."
    );
    assert!(!dir.path().join("x.csv").exists());
}
