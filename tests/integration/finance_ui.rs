//! The Finance tab driven like an administrator would, on the demo database.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::click;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use peerdesk::app::PeerDeskApp;
use peerdesk::domain::finance::invoices::{InvoiceKind, InvoiceStatus};
use peerdesk::i18n::Language;
use peerdesk::store::Store;
use tempfile::TempDir;

fn demo(dir: &TempDir, language: Language) -> Harness<'static, PeerDeskApp> {
    common::demo_harness(dir.path(), language, [1400.0, 900.0], egui::Theme::Dark)
}

fn invoices(harness: &Harness<'_, PeerDeskApp>) -> Vec<peerdesk::domain::finance::invoices::Invoice> {
    harness.state().database().unwrap().view.finance.invoices.clone()
}

/// The window, in English, on a demo database whose groups have not been
/// invoiced yet.
fn uninvoiced_demo(dir: &TempDir) -> Harness<'static, PeerDeskApp> {
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    {
        let store = Store::open(&db).unwrap();
        let conn = store.connection_for_tests();
        conn.execute_batch(
            "DROP TRIGGER invoices_no_delete; DROP TRIGGER invoice_lines_frozen_delete; DROP TRIGGER payments_kept;
             DELETE FROM payments; DELETE FROM invoices;",
        )
        .unwrap();
    }
    std::fs::create_dir_all(dir.path().join("saved")).unwrap();
    let options = common::start_options(dir.path(), &db, Language::English);
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .with_max_steps(16)
        .build_eframe(move |cc| PeerDeskApp::new(cc, options));
    harness.run();
    harness
}

#[test]
fn make_issue_pay_and_credit_invoices_from_the_finance_tab() {
    let dir = TempDir::new().unwrap();
    let mut harness = uninvoiced_demo(&dir);
    click(&mut harness, Role::Button, "Finance");
    harness.get_by_label("No invoices match these filters. Use Make invoices for period… to start.");

    click(&mut harness, Role::Button, "Make invoices for period…");
    let create = harness
        .get_all_by_role(Role::Button)
        .find(|b| b.accesskit_node().label().is_some_and(|l| l.starts_with("Create ")))
        .unwrap();
    let label = create.accesskit_node().label().unwrap();
    click(&mut harness, Role::Button, &label);
    let drafts = invoices(&harness);
    assert!(drafts.len() >= 5, "{} drafts", drafts.len());
    assert!(
        drafts.iter().all(|i| i.status == InvoiceStatus::Draft && i.number.is_none()),
        "nothing is numbered before issuing"
    );

    let issue = harness
        .get_all_by_role(Role::Button)
        .find(|b| b.accesskit_node().label().is_some_and(|l| l.starts_with("Issue ")))
        .unwrap();
    let label = issue.accesskit_node().label().unwrap();
    click(&mut harness, Role::Button, &label);
    let next = format!("{}-0001", common::today().format("%Y"));
    harness.get_by_label_contains(&format!("It gets number {next}"));
    assert!(invoices(&harness).iter().all(|i| i.number.is_none()), "nothing is issued before confirming");
    click(&mut harness, Role::Button, &format!("Issue as {next}"));
    let issued: Vec<_> = invoices(&harness).into_iter().filter(|i| i.status == InvoiceStatus::Issued).collect();
    assert_eq!(issued.len(), 1);
    let number = issued[0].number.clone().unwrap();
    assert!(number.ends_with("-0001"), "{number}");

    click(&mut harness, Role::Button, &format!("Payments… {number}"));
    let total = issued[0].totals().total;
    let half = total.divided_by(2).unwrap();
    common::replace_text(&mut harness, "Amount", &peerdesk::i18n::format::amount(Language::English, half));
    click(&mut harness, Role::Button, "Record payment");
    let open = invoices(&harness).into_iter().find(|i| i.number.as_deref() == Some(&number)).unwrap();
    assert_eq!(open.status, InvoiceStatus::Issued, "half paid is still open");
    harness.get_by_label_contains("still open");
    // After an entry the amount starts empty (a double click records once);
    // typing what is still open and recording it makes the invoice paid.
    let rest = total - half;
    common::replace_text(&mut harness, "Amount", &peerdesk::i18n::format::amount(Language::English, rest));
    click(&mut harness, Role::Button, "Record payment");
    let paid = invoices(&harness).into_iter().find(|i| i.number.as_deref() == Some(&number)).unwrap();
    assert_eq!((paid.status, paid.paid_on), (InvoiceStatus::Paid, Some(common::today())));
    harness.get_by_label("Paid in full: nothing is open.");
    click(&mut harness, Role::Button, "Close");

    click(&mut harness, Role::Button, &format!("Credit… {number}"));
    harness.get_by_label_contains("is owed back");
    click(&mut harness, Role::Button, "Issue credit note");
    harness.get_by_label_contains("refund owed");
    let all = invoices(&harness);
    let credited = all.iter().find(|i| i.number.as_deref() == Some(&number)).unwrap();
    assert_eq!(credited.status, InvoiceStatus::Credited);
    let note = all.iter().find(|i| i.kind == InvoiceKind::CreditNote).unwrap();
    assert_eq!(note.credit_of, Some(credited.id));
    assert!(note.number.as_deref().unwrap().ends_with("-0002"));

    click(&mut harness, Role::Button, &format!("PDF… {}", note.number.clone().unwrap()));
    let saved = dir.path().join("saved").join(format!("credit-note-{}.pdf", note.number.clone().unwrap()));
    assert!(std::fs::read(&saved).unwrap().starts_with(b"%PDF"));
    harness.get_by_role_and_label(Role::Button, "Open");
}

#[test]
fn snapshot_the_finance_tab_with_demo_invoices() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English);
    click(&mut harness, Role::Button, "Finance");
    harness.snapshot("finance_en_light");
}

#[test]
fn batch_printing_writes_every_shown_invoice_into_one_pdf() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::Dutch);
    click(&mut harness, Role::Button, "Financiën");
    let count = invoices(&harness).iter().filter(|i| i.status != InvoiceStatus::Draft).count();
    click(&mut harness, Role::Button, &format!("De {count} getoonde uitgegeven facturen afdrukken…"));
    click(&mut harness, Role::Button, "Alles in één PDF…");
    for _ in 0..200 {
        if harness.state().notifications().iter().any(|n| n.contains("afgedrukt")) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    assert!(
        harness.state().notifications().iter().any(|n| n.contains(&format!("{count} documenten afgedrukt"))),
        "{:?}",
        harness.state().notifications()
    );
    let file = std::fs::read_dir(dir.path().join("saved")).unwrap().next().unwrap().unwrap().path();
    let pages = pdf_extract::extract_text_from_mem_by_pages(&std::fs::read(file).unwrap()).unwrap();
    assert!(pages.len() >= count);
    assert!(pages.iter().any(|p| p.contains("Creditnota")));
}

#[test]
fn a_coach_saves_next_months_schedule_and_a_group_its_calendar_file() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English);
    let coach = {
        let view = &harness.state().database().unwrap().view;
        let running = view.groups.groups.iter().find(|g| g.status.is_active() && g.coach.is_some()).unwrap();
        view.person(running.coach.unwrap()).unwrap().name.clone()
    };
    click(&mut harness, Role::TextInput, "Search");
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text(&coach);
    harness.run();
    harness.get_by_label(&coach).hover();
    harness.run();
    harness.get_by_label(&coach).click();
    harness.run();
    click(&mut harness, Role::Button, "Schedule…");
    click(&mut harness, Role::Button, "Save PDF…");
    let saved: Vec<_> = std::fs::read_dir(dir.path().join("saved")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(&saved[0]).unwrap()).unwrap();
    assert!(text.contains(&format!("Sessions of {coach}")), "{text}");

    click(&mut harness, Role::Button, "Groups");
    let group = {
        let view = &harness.state().database().unwrap().view;
        let with_sessions =
            |g: &&peerdesk::domain::coached::groups::Group| view.groups.sessions.iter().any(|s| s.group == g.id);
        view.groups.groups.iter().filter(|g| g.status.is_active()).find(with_sessions).unwrap().name.clone()
    };
    click(&mut harness, Role::Button, &group);
    click(&mut harness, Role::Button, "Documents");
    click(&mut harness, Role::Button, "Calendar file (ICS)…");
    let ics = std::fs::read_dir(dir.path().join("saved"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "ics"))
        .unwrap();
    assert!(std::fs::read_to_string(ics).unwrap().contains("BEGIN:VEVENT"));
}

#[test]
fn invoices_are_written_in_the_language_chosen_for_documents() {
    let dir = TempDir::new().unwrap();
    let mut harness = uninvoiced_demo(&dir);
    click(&mut harness, Role::Button, "Finance");
    harness.get_all_by_label("Nederlands").last().unwrap().click();
    harness.run();
    click(&mut harness, Role::Button, "Make invoices for period…");
    harness.get_by_label_contains("The invoices are written in Nederlands");
    let create = harness
        .get_all_by_role(Role::Button)
        .find(|b| b.accesskit_node().label().is_some_and(|l| l.starts_with("Create ")))
        .unwrap();
    let label = create.accesskit_node().label().unwrap();
    click(&mut harness, Role::Button, &label);
    let lines: Vec<String> =
        invoices(&harness).iter().flat_map(|i| i.lines.iter().map(|l| l.description.clone())).collect();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l.contains("bijeenkomsten") && !l.contains("sessions")), "{lines:?}");
}

#[test]
fn a_mistaken_payment_is_reversed_after_asking_and_stays_in_the_history() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::Dutch);
    click(&mut harness, Role::Button, "Financiën");
    let partly = invoices(&harness)
        .into_iter()
        .find(|i| {
            let data = harness.state().database().unwrap();
            let balance = data.view.finance.balances[&i.id];
            i.status == InvoiceStatus::Issued && balance.received > peerdesk::domain::Money::ZERO
        })
        .expect("the demo has a partly paid invoice");
    let number = partly.number.clone().unwrap();
    click(&mut harness, Role::Button, &format!("Betalingen… {number}"));
    harness.get_by_label(&format!("Betalingen van factuur {number}"));
    let reverse = harness
        .get_all_by_role(Role::Button)
        .find(|b| b.accesskit_node().label().is_some_and(|l| l.starts_with("Terugdraaien… ")))
        .unwrap();
    let label = reverse.accesskit_node().label().unwrap();
    click(&mut harness, Role::Button, &label);
    harness.get_by_label_contains("blijft in de geschiedenis staan");
    assert!(
        harness.state().database().unwrap().view.finance.payments.iter().all(|p| p.reversed_on.is_none()),
        "nothing is reversed before confirming"
    );
    harness.snapshot("payments_nl");
    click(&mut harness, Role::Button, "Terugdraaien");
    let data = harness.state().database().unwrap();
    let own: Vec<_> = data.view.finance.payments.iter().filter(|p| p.invoice == partly.id).collect();
    assert_eq!(own.len(), 1, "kept in the history");
    assert_eq!(own[0].reversed_on, Some(common::today()));
    assert_eq!(data.view.finance.balances[&partly.id].received, peerdesk::domain::Money::ZERO);
    harness.get_by_label_contains("teruggedraaid");
}

#[test]
fn a_period_that_ends_before_it_starts_is_said_beside_its_last_day() {
    let dir = TempDir::new().unwrap();
    let mut harness = demo(&dir, Language::English);
    click(&mut harness, Role::Button, "Finance");
    click(&mut harness, Role::Button, "Make invoices for period…");
    common::replace_text(&mut harness, "From", "01-12-2026");
    common::replace_text(&mut harness, "To", "01-11-2026");
    let problem = harness.get_by_label("Before the first day").rect();
    let to = harness.get_by_role_and_label(Role::TextInput, "To").rect();
    // Beside the field it is about: on its row, to its right.
    assert!(problem.left() > to.right() && problem.center().y > to.top() && problem.center().y < to.bottom() + 8.0);
    common::replace_text(&mut harness, "To", "31-12-2026");
    assert!(harness.query_by_label("Before the first day").is_none());
}
