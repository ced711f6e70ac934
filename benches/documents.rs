//! How fast documents are made: a 1 000-session schedule and 500 invoices
//! (targets: under 0.3 s and under 5 s in a release build).
//!
//! Run with `cargo bench --bench documents`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use peerdesk::domain::coached::CoachedDefaults;
use peerdesk::domain::coached::groups::{GroupId, RegistrationDraft, RegistrationKind};
use peerdesk::domain::finance::invoices::{Customer, InvoiceDraft, InvoiceId, InvoiceLine, Vat};
use peerdesk::domain::{Money, PersonDraft, Settings};
use peerdesk::i18n::Language;
use peerdesk::ops::batch::{BatchJob, BatchOutcome, BatchRequest, Destination};
use peerdesk::ops::documents::{DocumentMaker, DocumentRequest, LoadedData};
use peerdesk::store::{NewGroup, Store};
use std::time::Instant;

fn main() {
    let (store, group, ids) = fixture();
    let data = LoadedData::load(&store).unwrap();
    let made_at = peerdesk::clock::moment();
    let maker = DocumentMaker::new(Language::Dutch, made_at).unwrap();
    schedule(&maker, &data, group);
    invoices_in_memory(&maker, &data, &ids);
    batches(&data, ids, made_at);
}

/// 500 issued invoices and a group with 1 000 sessions.
fn fixture() -> (Store, GroupId, Vec<InvoiceId>) {
    let mut store = Store::open_in_memory().unwrap();
    let mut settings = Settings::default();
    settings.organisation.name = "UMC Noord — Wenckebach Instituut".into();
    settings.organisation.address = "Hanzeplein 1\n9713 GZ Groningen".into();
    settings.organisation.iban = "NL91 ABNA 0417 1643 00".into();
    // Issuing requires the organisation's legal details.
    settings.organisation.chamber_of_commerce = "01173944".into();
    settings.organisation.vat_number = "NL001234567B01".into();
    store.save_settings(&settings).unwrap();
    let people = store
        .insert_people(
            &(0..5)
                .map(|i| PersonDraft { name: format!("Zoë Müller {i}"), ..PersonDraft::default() })
                .collect::<Vec<_>>(),
        )
        .unwrap();
    let source = store.add_funding_source("Kostenplaats Cardiologie", false).unwrap();
    let registration = store
        .save_registration(&RegistrationDraft {
            people,
            funding: Some(source),
            ..RegistrationDraft::new(RegistrationKind::Group, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
        })
        .unwrap();
    let pricing = CoachedDefaults::default().pricing();
    let formed_on = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let group = store
        .form_group(&NewGroup {
            name: "PostDocs 1".into(),
            registrations: vec![registration],
            coach: None,
            pricing,
            formed_on,
        })
        .unwrap();
    let starts: Vec<_> =
        (0..1000u64).map(|i| (formed_on + chrono::Days::new(i)).and_hms_opt(14, 0, 0).unwrap()).collect();
    store.add_sessions(group, &starts, 90).unwrap();

    let draft = InvoiceDraft {
        customer: Customer {
            name: "Kostenplaats Cardiologie".into(),
            address: "Postbus 30001\n9700 RB Groningen".into(),
        },
        funding: Some(source),
        period_from: formed_on,
        period_to: formed_on,
        payment_days: 30,
        lines: (0..3)
            .map(|i| {
                let description = format!("PostDocs {i} · begeleide intervisie, 5 bijeenkomsten van 90 min");
                InvoiceLine::new(description, 750, Money::from_euros(125), Vat::Exempt)
            })
            .collect(),
        exemption_text: "Vrijgesteld van btw.".into(),
        registrations: Vec::new(),
        language: Some("nl".into()),
    };
    let ids = store.create_invoices(&vec![draft; 500]).unwrap();
    for id in &ids {
        store.issue_invoice(*id, formed_on).unwrap();
    }
    (store, group, ids)
}

fn schedule(maker: &DocumentMaker, data: &LoadedData, group: GroupId) {
    let runs = 5;
    let mut best = f64::MAX;
    let mut size = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let document = maker.make(&DocumentRequest::GroupSchedule(group), &data.library()).unwrap();
        best = best.min(start.elapsed().as_secs_f64());
        size = document.bytes.len();
    }
    println!("1 000-session schedule PDF: {:.3} s (best of {runs}), {} KB", best, size / 1024);
}

fn invoices_in_memory(maker: &DocumentMaker, data: &LoadedData, ids: &[InvoiceId]) {
    // The documents themselves, without writing: one by one with the fonts
    // subset per file, and as a batch with the fonts reduced once.
    let organisation = &data.settings.organisation;
    let invoices: Vec<_> = data.invoices.iter().filter(|i| ids.contains(&i.id)).collect();
    let start = Instant::now();
    for invoice in &invoices {
        std::hint::black_box(maker.invoice(organisation, invoice, &data.invoices));
    }
    let each = start.elapsed().as_secs_f64() / invoices.len() as f64;
    let start = Instant::now();
    let laid_out: Vec<_> = invoices.iter().map(|i| maker.invoice_laid_out(organisation, i, &data.invoices)).collect();
    let fonts = maker.fonts_for(&laid_out).unwrap();
    let reduced = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let mut bytes = 0;
    for document in &laid_out {
        bytes += maker.render_laid_out(organisation, &fonts, document).bytes.len();
    }
    let batch = start.elapsed().as_secs_f64() / invoices.len() as f64;
    println!(
        "an invoice PDF in memory: {:.2} ms alone, {:.2} ms in a batch (fonts reduced once in {:.1} ms; {} KB each)",
        each * 1000.0,
        batch * 1000.0,
        reduced * 1000.0,
        bytes / invoices.len() / 1024
    );
}

fn batches(data: &LoadedData, ids: Vec<InvoiceId>, made_at: chrono::DateTime<chrono::FixedOffset>) {
    let folder = tempfile::TempDir::new().unwrap();
    let start = Instant::now();
    let job = BatchJob::start(BatchRequest {
        language: Language::Dutch,
        made_at,
        organisation: data.settings.organisation.clone(),
        all: data.invoices.clone(),
        selection: ids.clone(),
        destination: Destination::Folder(folder.path().to_path_buf()),
    });
    match job.wait() {
        BatchOutcome::Done { documents, .. } => {
            println!("500 invoices, one PDF each: {:.3} s ({documents} files)", start.elapsed().as_secs_f64())
        }
        other => println!("500 invoices failed: {other:?}"),
    }
    let start = Instant::now();
    let job = BatchJob::start(BatchRequest {
        language: Language::Dutch,
        made_at,
        organisation: data.settings.organisation.clone(),
        all: data.invoices.clone(),
        selection: ids,
        destination: Destination::OneFile(folder.path().join("all.pdf")),
    });
    match job.wait() {
        BatchOutcome::Done { .. } => {
            let size = std::fs::metadata(folder.path().join("all.pdf")).map(|m| m.len()).unwrap_or(0);
            println!("500 invoices in one PDF: {:.3} s ({} KB)", start.elapsed().as_secs_f64(), size / 1024);
        }
        other => println!("500 invoices failed: {other:?}"),
    }
}
