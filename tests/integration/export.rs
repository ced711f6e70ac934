//! Documents parsed back: PDF text and pages, invoice numbering and
//! freezing, calendar files and their updates.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use chrono::{NaiveDate, NaiveDateTime};
use peerdesk::domain::coached::CoachedDefaults;
use peerdesk::domain::coached::groups::{GroupId, RegistrationDraft, RegistrationKind};
use peerdesk::domain::finance::invoices::{InvoiceDraft, InvoiceLine, InvoiceStatus, Vat};
use peerdesk::domain::{Money, PersonDraft, Settings};
use peerdesk::i18n::Language;
use peerdesk::ops::documents::{DocumentMaker, DocumentRequest, LoadedData};
use peerdesk::store::{NewGroup, Refusal, Store, StoreError};
use proptest::prelude::*;

fn at(day: NaiveDate, hour: u32) -> NaiveDateTime {
    day.and_hms_opt(hour, 0, 0).unwrap()
}

/// A database with one group of four people with accented names.
pub(crate) fn group_store() -> (Store, GroupId) {
    let mut store = Store::open_in_memory().unwrap();
    let mut settings = Settings::default();
    settings.organisation.name = "UMC Noord — Wenckebach Instituut".into();
    settings.organisation.iban = "NL91 ABNA 0417 1643 00".into();
    settings.organisation.chamber_of_commerce = "01173944".into();
    settings.organisation.vat_number = "NL001234567B01".into();
    settings.organisation.address = "Hanzeplein 1\n9713 GZ Groningen".into();
    store.save_settings(&settings).unwrap();
    let names = ["Zoë Müller", "Anaïs Dubois", "Søren Nielsen", "Jürgen Weiß"];
    let drafts: Vec<PersonDraft> =
        names.iter().map(|n| PersonDraft { name: n.to_string(), ..PersonDraft::default() }).collect();
    let people = store.insert_people(&drafts).unwrap();
    let source = store.add_funding_source("Kostenplaats Cardiologie", false).unwrap();
    store.set_billing_address(source, "Postbus 30001\n9700 RB Groningen", None).unwrap();
    let registration = store
        .save_registration(&RegistrationDraft {
            people,
            funding: Some(source),
            ..RegistrationDraft::new(RegistrationKind::Group, common::today())
        })
        .unwrap();
    let pricing = CoachedDefaults::default().pricing();
    let group = store
        .form_group(&NewGroup {
            name: "PostDocs 3".into(),
            registrations: vec![registration],
            coach: None,
            pricing,
            formed_on: common::today(),
        })
        .unwrap();
    (store, group)
}

fn make(store: &Store, language: Language, request: DocumentRequest) -> Vec<u8> {
    let data = LoadedData::load(store).unwrap();
    DocumentMaker::new(language, common::moment()).unwrap().make(&request, &data.library()).unwrap().bytes
}

#[test]
fn an_invoice_prints_names_with_accents_the_euro_amount_and_its_number() {
    let (mut store, _) = group_store();
    let data = LoadedData::load(&store).unwrap();
    let drafts = peerdesk::ops::invoicing::invoice_drafts(
        &data.library(),
        common::today(),
        common::today(),
        &peerdesk::i18n::I18n::new(Language::Dutch),
    );
    assert_eq!(drafts.len(), 1);
    let id = store.create_invoices(&drafts).unwrap()[0];
    let number = store.issue_invoice(id, common::today()).unwrap();
    assert_eq!(number, "2026-0001");

    let bytes = make(&store, Language::Dutch, DocumentRequest::Invoice(id));
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    for expected in [
        "Factuur 2026-0001",
        "€ 937,50",
        "Kostenplaats Cardiologie",
        "NL91 ABNA 0417 1643 00",
        "KvK 01173944",
        "pagina 1 van 1",
        "vrijgesteld",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    let schedule = make(&store, Language::English, DocumentRequest::GroupStatement(GroupId(1)));
    let text = pdf_extract::extract_text_from_mem(&schedule).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in ["Zoë Müller", "Anaïs Dubois", "Søren Nielsen", "Jürgen Weiß", "€937.50", "page 1 of 1"] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
}

#[test]
fn a_200_session_schedule_breaks_pages_with_the_header_repeated() {
    let (mut store, group) = group_store();
    let first = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let starts: Vec<NaiveDateTime> = (0..200).map(|i| at(first + chrono::Days::new(i * 2), 14)).collect();
    store.add_sessions(group, &starts, 90).unwrap();
    let bytes = make(&store, Language::English, DocumentRequest::GroupSchedule(group));
    let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap();
    assert!(pages.len() >= 4, "{} pages", pages.len());
    let total = pages.len();
    for (index, page) in pages.iter().enumerate() {
        assert!(
            page.contains("Date") && page.contains("Time") && page.contains("Status"),
            "page {} lacks the header",
            index + 1
        );
        assert!(page.contains(&format!("page {} of {total}", index + 1)), "page {} lacks its number", index + 1);
        assert!(page.contains("UMC Noord"));
    }
    assert!(pages[total - 1].contains("200"));
}

#[test]
fn an_issued_invoice_cannot_be_changed_through_the_store() {
    let (mut store, _) = group_store();
    let draft = InvoiceDraft {
        customer: peerdesk::domain::finance::invoices::Customer {
            name: "Afdeling Cardiologie".into(),
            address: "Postbus 30001".into(),
        },
        funding: None,
        period_from: common::today(),
        period_to: common::today(),
        payment_days: 30,
        lines: vec![InvoiceLine::new("x".into(), 100, Money::from_euros(10), Vat::Exempt)],
        exemption_text: String::new(),
        registrations: Vec::new(),
        language: None,
    };
    let id = store.create_invoices(&[draft]).unwrap()[0];
    store.issue_invoice(id, common::today()).unwrap();
    assert!(matches!(store.delete_draft_invoice(id), Err(StoreError::Refused(Refusal::InvoiceFrozen))));
    assert!(matches!(store.issue_invoice(id, common::today()), Err(StoreError::Refused(Refusal::InvoiceFrozen))));
    let conn = store.connection_for_tests();
    assert!(conn.execute("UPDATE invoice_lines SET unit_price_cents = 1 WHERE invoice_id = ?1", [id.0]).is_err());
    assert!(conn.execute("UPDATE invoices SET customer_name = 'someone else' WHERE id = ?1", [id.0]).is_err());
    assert!(conn.execute("DELETE FROM invoices WHERE id = ?1", [id.0]).is_err());
    let invoice = store.invoices().unwrap().into_iter().find(|i| i.id == id).unwrap();
    assert_eq!(invoice.lines[0].unit_price, Money::from_euros(10));
}

#[test]
fn crediting_an_invoice_issues_a_numbered_credit_note_and_frees_its_registrations() {
    let (mut store, _) = group_store();
    let data = LoadedData::load(&store).unwrap();
    let drafts = peerdesk::ops::invoicing::invoice_drafts(
        &data.library(),
        common::today(),
        common::today(),
        &peerdesk::i18n::I18n::new(Language::English),
    );
    let id = store.create_invoices(&drafts).unwrap()[0];
    store.issue_invoice(id, common::today()).unwrap();
    assert!(matches!(store.create_invoices(&drafts), Err(StoreError::Refused(Refusal::AlreadyInvoiced))));
    let credit = store.credit_invoice(id, common::today()).unwrap();
    let invoices = store.invoices().unwrap();
    let original = invoices.iter().find(|i| i.id == id).unwrap();
    let note = invoices.iter().find(|i| i.id == credit).unwrap();
    assert_eq!(original.status, InvoiceStatus::Credited);
    assert_eq!(note.number.as_deref(), Some("2026-0002"));
    assert_eq!(note.credit_of, Some(id));
    assert_eq!(note.totals().total + original.totals().total, Money::ZERO);
    assert!(store.invoiced_registrations().unwrap().is_empty(), "a credited registration can be invoiced again");
    let bytes = make(&store, Language::English, DocumentRequest::Invoice(credit));
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    assert!(text.contains("Credit note 2026-0002") && text.contains("2026-0001"), "{text}");
}

#[derive(Clone, Debug)]
enum Step {
    Draft,
    DeleteDraft(usize),
    Issue(usize, u32),
    Credit(usize, u32),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => Just(Step::Draft),
        1 => (0usize..20).prop_map(Step::DeleteDraft),
        3 => (0usize..20, 0u32..700).prop_map(|(i, d)| Step::Issue(i, d)),
        1 => (0usize..20, 0u32..700).prop_map(|(i, d)| Step::Credit(i, d)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn numbers_run_without_gaps_per_year_through_deletions_and_credit_notes(steps in proptest::collection::vec(step(), 1..40)) {
        let mut store = Store::open_in_memory().unwrap();
        let start = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        let draft = InvoiceDraft {
            customer: peerdesk::domain::finance::invoices::Customer { name: "Afdeling Cardiologie".into(), address: "Postbus 30001".into() },
            funding: None,
            period_from: start,
            period_to: start,
            payment_days: 30,
            lines: vec![InvoiceLine::new("x".into(), 100, Money::from_euros(1), Vat::Exempt)],
            exemption_text: String::new(),
            registrations: Vec::new(),
            language: None,
        };
        let mut ids = Vec::new();
        for step in steps {
            match step {
                Step::Draft => ids.extend(store.create_invoices(std::slice::from_ref(&draft)).unwrap()),
                Step::DeleteDraft(i) => if let Some(id) = ids.get(i % ids.len().max(1)) { let _ = store.delete_draft_invoice(*id); },
                Step::Issue(i, d) => if let Some(id) = ids.get(i % ids.len().max(1)) { let _ = store.issue_invoice(*id, start + chrono::Days::new(d as u64)); },
                Step::Credit(i, d) => if let Some(id) = ids.get(i % ids.len().max(1)) { let _ = store.credit_invoice(*id, start + chrono::Days::new(d as u64)); },
            }
        }
        let invoices = store.invoices().unwrap();
        let mut per_year: std::collections::BTreeMap<String, Vec<u32>> = Default::default();
        for invoice in &invoices {
            match &invoice.number {
                Some(number) => {
                    let (year, sequence) = number.split_once('-').unwrap();
                    per_year.entry(year.to_string()).or_default().push(sequence.parse().unwrap());
                    prop_assert!(invoice.status != InvoiceStatus::Draft);
                }
                None => prop_assert_eq!(invoice.status, InvoiceStatus::Draft),
            }
        }
        for (year, mut sequences) in per_year {
            sequences.sort();
            let expected: Vec<u32> = (1..=sequences.len() as u32).collect();
            prop_assert_eq!(sequences, expected, "gap in {}", year);
        }
    }
}

#[test]
fn a_calendar_file_keeps_each_sessions_uid_and_raises_its_sequence_when_moved() {
    let (mut store, group) = group_store();
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let ids = store.add_sessions(group, &[at(day, 14), at(day + chrono::Days::new(14), 14)], 90).unwrap();
    let parse = |bytes: Vec<u8>| {
        let calendar = ical::IcalParser::new(std::io::BufReader::new(bytes.as_slice())).next().unwrap().unwrap();
        calendar
            .events
            .iter()
            .map(|e| {
                let get = |name: &str| {
                    e.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default()
                };
                (get("UID"), get("SEQUENCE"), get("DTSTART"), get("LOCATION"))
            })
            .collect::<Vec<_>>()
    };
    let before = parse(make(&store, Language::English, DocumentRequest::GroupCalendar(group)));
    assert_eq!(before.len(), 2);
    assert_eq!(before[0].2, "20261201T140000");
    assert_ne!(before[0].0, before[1].0);

    store.move_session(ids[0], at(day, 16), 90).unwrap();
    let after = parse(make(&store, Language::English, DocumentRequest::GroupCalendar(group)));
    let moved = after.iter().find(|e| e.0 == before[0].0).unwrap();
    assert_eq!(moved.1, "1", "the sequence rose");
    assert_eq!(moved.2, "20261201T160000");
    assert_eq!(after.iter().find(|e| e.0 == before[1].0).unwrap().1, "0");
}

#[test]
fn documents_carry_the_moment_they_are_made_at_not_the_wall_clock() {
    let (mut store, group) = group_store();
    store.add_sessions(group, &[at(common::today() + chrono::Days::new(7), 10)], 90).unwrap();
    let schedule = make(&store, Language::English, DocumentRequest::GroupSchedule(group));
    let text = pdf_extract::extract_text_from_mem(&schedule).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("22 Nov 2026"), "the fixed day is printed: {text}");
    let calendar = make(&store, Language::English, DocumentRequest::GroupCalendar(group));
    let calendar = String::from_utf8(calendar).unwrap();
    assert!(calendar.contains("DTSTAMP:20261122T090000Z"), "{calendar}");
}

#[test]
fn an_invoice_without_the_legal_details_is_not_issued_and_keeps_no_number() {
    let (mut store, _) = group_store();
    let mut settings = store.settings().unwrap();
    settings.organisation.iban.clear();
    store.save_settings(&settings).unwrap();
    let data = LoadedData::load(&store).unwrap();
    let drafts = peerdesk::ops::invoicing::invoice_drafts(
        &data.library(),
        common::today(),
        common::today(),
        &peerdesk::i18n::I18n::new(Language::English),
    );
    let id = store.create_invoices(&drafts).unwrap()[0];
    assert!(matches!(store.issue_invoice(id, common::today()), Err(StoreError::Refused(Refusal::InvoiceIncomplete))));
    let invoice = store.invoices().unwrap().into_iter().find(|i| i.id == id).unwrap();
    assert_eq!((invoice.status, invoice.number), (InvoiceStatus::Draft, None));
}

#[test]
fn documents_are_named_in_their_own_language() {
    let (store, group) = group_store();
    let data = LoadedData::load(&store).unwrap();
    let name = |language, request: DocumentRequest| {
        DocumentMaker::new(language, common::moment()).unwrap().make(&request, &data.library()).unwrap().file_name
    };
    assert_eq!(name(Language::Dutch, DocumentRequest::GroupSchedule(group)), "rooster-groep-postdocs-3.pdf");
    assert_eq!(name(Language::English, DocumentRequest::GroupSchedule(group)), "schedule-group-postdocs-3.pdf");
    assert_eq!(name(Language::Dutch, DocumentRequest::GroupStatement(group)), "kostenoverzicht-groep-postdocs-3.pdf");
    assert_eq!(name(Language::Dutch, DocumentRequest::GroupCalendar(group)), "bijeenkomsten-postdocs-3.ics");
    let month = DocumentRequest::MonthSchedule { year: 2026, month: 12 };
    assert_eq!(name(Language::Dutch, month), "rooster-2026-12.pdf");
}

/// Prints `issued` into `folder`, one file each, and waits for the outcome.
fn print_into(
    data: &LoadedData,
    issued: &[peerdesk::domain::finance::invoices::InvoiceId],
    folder: &std::path::Path,
) -> peerdesk::ops::batch::BatchOutcome {
    use peerdesk::ops::batch::{BatchJob, BatchRequest, Destination};
    BatchJob::start(BatchRequest {
        language: Language::English,
        made_at: common::moment(),
        organisation: data.settings.organisation.clone(),
        all: data.invoices.clone(),
        selection: issued.to_vec(),
        destination: Destination::Folder(folder.to_path_buf()),
    })
    .wait()
}

/// The demo's data and its issued invoices, in a folder of their own.
fn demo_invoices() -> (tempfile::TempDir, LoadedData, Vec<peerdesk::domain::finance::invoices::InvoiceId>) {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite3");
    common::demo_database(&db);
    let data = LoadedData::load(&Store::open(&db).unwrap()).unwrap();
    let issued = data.invoices.iter().filter(|i| i.status != InvoiceStatus::Draft).map(|i| i.id).collect();
    (dir, data, issued)
}

#[test]
fn invoices_printed_into_a_folder_read_as_each_invoice_alone() {
    use peerdesk::ops::batch::BatchOutcome;
    let (dir, data, issued) = demo_invoices();
    assert!(issued.len() > 10);
    let folder = dir.path().join("printed");
    std::fs::create_dir_all(&folder).unwrap();
    assert!(
        matches!(print_into(&data, &issued, &folder), BatchOutcome::Done { documents, .. } if documents == issued.len())
    );
    // The fonts were reduced once for the batch: every letter is still there.
    let maker = DocumentMaker::new(Language::English, common::moment()).unwrap();
    let library = data.library();
    for id in issued {
        let alone = maker.make(&DocumentRequest::Invoice(id), &library).unwrap();
        let printed = std::fs::read(folder.join(&alone.file_name)).unwrap();
        let text = |bytes: &[u8]| pdf_extract::extract_text_from_mem(bytes).unwrap();
        assert_eq!(text(&printed), text(&alone.bytes), "{}", alone.file_name);
    }
}

#[test]
fn a_batch_into_a_folder_that_fails_half_way_leaves_no_new_file_and_names_what_it_replaced() {
    use peerdesk::ops::batch::BatchOutcome;
    let (dir, data, issued) = demo_invoices();
    let maker = DocumentMaker::new(Language::English, common::moment()).unwrap();
    let name = |id| maker.make(&DocumentRequest::Invoice(id), &data.library()).unwrap().file_name;
    let folder = dir.path().join("printed");
    std::fs::create_dir_all(&folder).unwrap();
    // The first invoice's file is there already; the fourth's name is taken
    // by a folder, which PeerDesk never replaces.
    std::fs::write(folder.join(name(issued[0])), b"old").unwrap();
    std::fs::create_dir(folder.join(name(issued[3]))).unwrap();
    match print_into(&data, &issued, &folder) {
        BatchOutcome::WriteFailed { path, replaced, .. } => {
            assert_eq!(path, folder.join(name(issued[3])));
            assert_eq!(replaced, [folder.join(name(issued[0]))]);
        }
        other => panic!("{other:?}"),
    }
    let left: Vec<_> = std::fs::read_dir(&folder).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(left.len(), 2, "only the replaced file and the folder: {left:?}");
}
