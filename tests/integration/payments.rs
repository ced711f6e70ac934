//! Payments of invoices through the store: partial payments that add up,
//! reversals kept in the history, refunds owed after a credit note, the
//! status that follows the payments under any sequence of actions, the
//! older files' paid invoices carried over, and an invoice that keeps its
//! language, units and a credit note sentence a finance office would write.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use chrono::{Days, NaiveDate, NaiveDateTime};
use peerdesk::domain::Money;
use peerdesk::domain::finance::invoices::{Customer, InvoiceDraft, InvoiceId, InvoiceLine, InvoiceStatus, Vat};
use peerdesk::domain::finance::payments::{Balance, PaymentDraft, PaymentKind, balances, net_received};
use peerdesk::domain::{Problem, Settings};
use peerdesk::i18n::Language;
use peerdesk::ops::documents::{DocumentMaker, DocumentRequest, LoadedData};
use peerdesk::store::{Refusal, Store, StoreError, migrations};
use proptest::prelude::*;

fn now() -> NaiveDateTime {
    common::today().and_hms_opt(12, 0, 0).unwrap()
}

fn day(offset: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 1).unwrap() + Days::new(offset)
}

/// A store with the organisation's legal details and a clock at [`common::today`].
fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.set_clock(now);
    let mut settings = Settings::default();
    settings.organisation.name = "UMC Noord".into();
    settings.organisation.address = "Hanzeplein 1\n9713 GZ Groningen".into();
    settings.organisation.chamber_of_commerce = "01173944".into();
    settings.organisation.iban = "NL91 ABNA 0417 1643 00".into();
    store.save_settings(&settings).unwrap();
    store
}

fn draft(euros: i64) -> InvoiceDraft {
    InvoiceDraft {
        customer: Customer { name: "Afdeling Cardiologie".into(), address: "Postbus 30001".into() },
        funding: None,
        period_from: day(0),
        period_to: day(0),
        payment_days: 30,
        lines: vec![InvoiceLine::new("x".into(), 100, Money::from_euros(euros), Vat::Exempt)],
        exemption_text: String::new(),
        registrations: Vec::new(),
        language: Some("en".into()),
    }
}

fn issued(store: &mut Store, euros: i64) -> InvoiceId {
    let id = store.create_invoices(&[draft(euros)]).unwrap()[0];
    store.issue_invoice(id, day(0)).unwrap();
    id
}

fn entry(kind: PaymentKind, on: NaiveDate, cents: i64) -> PaymentDraft {
    PaymentDraft { kind, date: Some(on), amount: Some(Money::from_cents(cents)) }
}

fn status(store: &Store, id: InvoiceId) -> (InvoiceStatus, Option<NaiveDate>) {
    let invoice = store.invoices().unwrap().into_iter().find(|i| i.id == id).unwrap();
    (invoice.status, invoice.paid_on)
}

fn balance(store: &Store, id: InvoiceId) -> Balance {
    let invoices = store.invoices().unwrap();
    balances(&invoices, &store.payments().unwrap())[&id]
}

#[test]
fn partial_payments_make_an_invoice_paid_when_they_add_up_and_a_reversal_opens_it_again() {
    let mut store = store();
    let id = issued(&mut store, 900);
    store.record_payment(id, &entry(PaymentKind::Received, day(5), 40_000)).unwrap();
    assert_eq!(status(&store, id), (InvoiceStatus::Issued, None));
    assert_eq!(balance(&store, id).outstanding(), Money::from_euros(500));

    let last = store.record_payment(id, &entry(PaymentKind::Received, day(9), 50_000)).unwrap();
    assert_eq!(status(&store, id), (InvoiceStatus::Paid, Some(day(9))));

    store.reverse_payment(last, day(10)).unwrap();
    assert_eq!(status(&store, id), (InvoiceStatus::Issued, None), "open again after the reversal");
    let history = store.payments().unwrap();
    assert_eq!(history.len(), 2, "the reversed entry is kept");
    assert_eq!(history.iter().find(|p| p.id == last).unwrap().reversed_on, Some(day(10)));
    assert!(matches!(store.reverse_payment(last, day(11)), Err(StoreError::Refused(Refusal::PaymentKept))));
    assert_eq!(balance(&store, id).outstanding(), Money::from_euros(500));
}

#[test]
fn the_store_refuses_what_the_payment_form_refuses() {
    let mut store = store();
    let id = issued(&mut store, 900);
    let refused = |store: &mut Store, draft: PaymentDraft| match store.record_payment(id, &draft) {
        Err(StoreError::Invalid(problems)) => problems,
        other => panic!("accepted: {other:?}"),
    };
    let too_much = refused(&mut store, entry(PaymentKind::Received, day(5), 90_001));
    assert_eq!(too_much.for_field("amount"), Some(&Problem::AboveAmount { max: Money::from_euros(900) }));
    let future = refused(&mut store, entry(PaymentKind::Received, common::today() + Days::new(1), 100));
    assert_eq!(future.for_field("date"), Some(&Problem::DateInFuture));
    let early = refused(&mut store, entry(PaymentKind::Received, day(0) - Days::new(1), 100));
    assert_eq!(early.for_field("date"), Some(&Problem::BeforeInvoice));
    refused(&mut store, entry(PaymentKind::Received, day(5), 0));
    refused(&mut store, entry(PaymentKind::Refund, day(5), 100));
    let draft_invoice = store.create_invoices(&[draft(10)]).unwrap()[0];
    assert!(store.record_payment(draft_invoice, &entry(PaymentKind::Received, day(5), 100)).is_err());
    assert!(store.payments().unwrap().is_empty(), "nothing half-saved");
}

#[test]
fn a_credited_paid_invoice_owes_the_refund_until_it_is_recorded() {
    let mut store = store();
    let id = issued(&mut store, 975);
    store.record_payment(id, &entry(PaymentKind::Received, day(5), 97_500)).unwrap();
    store.credit_invoice(id, day(8)).unwrap();
    assert_eq!(status(&store, id).0, InvoiceStatus::Credited);
    assert_eq!(balance(&store, id).refund_owed(), Money::from_euros(975));
    let received = store.payments().unwrap()[0].id;
    store.record_payment(id, &entry(PaymentKind::Refund, day(12), 47_500)).unwrap();
    assert_eq!(balance(&store, id).refund_owed(), Money::from_euros(500));
    assert!(
        matches!(store.reverse_payment(received, day(13)), Err(StoreError::Refused(Refusal::PaymentKept))),
        "a payment part of which was refunded stays"
    );
    store.record_payment(id, &entry(PaymentKind::Refund, day(13), 50_000)).unwrap();
    assert_eq!(balance(&store, id).refund_owed(), Money::ZERO);
    assert!(store.record_payment(id, &entry(PaymentKind::Refund, day(13), 1)).is_err(), "nothing more owed");
    assert_eq!(status(&store, id).0, InvoiceStatus::Credited);
}

#[test]
fn payments_cannot_be_deleted_or_changed_in_the_file() {
    let mut store = store();
    let id = issued(&mut store, 100);
    store.record_payment(id, &entry(PaymentKind::Received, day(5), 10_000)).unwrap();
    let conn = store.connection_for_tests();
    assert!(conn.execute("DELETE FROM payments", []).is_err());
    assert!(conn.execute("UPDATE payments SET amount_cents = 1", []).is_err());
    assert!(conn.execute("UPDATE invoices SET language = 'nl'", []).is_err(), "an issued invoice keeps its language");
}

#[test]
fn an_older_file_keeps_its_paid_invoices_paid_and_a_credited_paid_one_owes_its_refund() {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in &migrations::MIGRATIONS[..10] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "INSERT INTO invoices (id, kind, status, customer_name, period_from, period_to, payment_days, created_at)
             VALUES (1, 'invoice', 'draft', 'A', '2026-01-01', '2026-02-01', 30, '2026-03-01'),
                    (2, 'invoice', 'draft', 'B', '2026-01-01', '2026-02-01', 30, '2026-03-01'),
                    (3, 'invoice', 'draft', 'C', '2026-01-01', '2026-02-01', 30, '2026-03-01');
             INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price_cents,
                                        vat_basis_points, amount_cents)
             VALUES (1, 0, 'a', 750, 12500, NULL, 93750), (1, 1, 'b', 100, 18750, 2100, 18750),
                    (2, 0, 'c', 100, 50000, NULL, NULL), (3, 0, 'd', 100, 100, NULL, 100);
             UPDATE invoices SET status = 'paid', year = 2026, sequence = 1, number = '2026-0001',
                                 issue_date = '2026-03-01', paid_on = '2026-03-20' WHERE id = 1;
             UPDATE invoices SET status = 'credited', year = 2026, sequence = 2, number = '2026-0002',
                                 issue_date = '2026-03-02', paid_on = '2026-03-21' WHERE id = 2;
             UPDATE invoices SET status = 'issued', year = 2026, sequence = 3, number = '2026-0003',
                                 issue_date = '2026-03-03' WHERE id = 3;",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 10).unwrap();
        conn.pragma_update(None, "application_id", peerdesk::store::APPLICATION_ID).unwrap();
    }
    let store = Store::open(&path).unwrap();
    let invoices = store.invoices().unwrap();
    let payments = store.payments().unwrap();
    assert_eq!(payments.len(), 2, "{payments:?}");
    let all = balances(&invoices, &payments);
    let first = invoices.iter().find(|i| i.id == InvoiceId(1)).unwrap();
    assert_eq!(all[&InvoiceId(1)].received, first.totals().total, "paid in full, VAT included");
    assert_eq!(all[&InvoiceId(1)].outstanding(), Money::ZERO);
    assert_eq!(all[&InvoiceId(2)].refund_owed(), Money::from_euros(500));
    assert_eq!(all[&InvoiceId(3)].received, Money::ZERO);
    assert_eq!(payments[0].date, NaiveDate::from_ymd_opt(2026, 3, 20).unwrap());
}

#[test]
fn an_invoice_keeps_its_language_with_units_and_a_credit_note_says_what_happens() {
    let (mut store, _) = crate::export::group_store();
    let data = LoadedData::load(&store).unwrap();
    let english = peerdesk::i18n::I18n::new(Language::English);
    let drafts = peerdesk::ops::invoicing::invoice_drafts(&data.library(), common::today(), common::today(), &english);
    let id = store.create_invoices(&drafts).unwrap()[0];
    let number = store.issue_invoice(id, common::today()).unwrap();
    store.record_payment(id, &entry(PaymentKind::Received, common::today(), 93_750)).unwrap();
    let credit = store.credit_invoice(id, common::today()).unwrap();
    let data = LoadedData::load(&store).unwrap();
    // The window's documents are in Dutch; the invoice was made in English.
    let maker = DocumentMaker::new(Language::Dutch, common::moment()).unwrap();
    let invoice = maker.make(&DocumentRequest::Invoice(id), &data.library()).unwrap();
    assert_eq!(invoice.file_name, format!("invoice-{number}.pdf"));
    let text = pdf_extract::extract_text_from_mem(&invoice.bytes).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in ["Invoice", "7.5 hours", "Please pay"] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    for dutch in ["Factuur", "uur", "Betaal", "pagina"] {
        assert!(!text.contains(dutch), "Dutch {dutch:?} in an English invoice: {text}");
    }
    let note = maker.make(&DocumentRequest::Invoice(credit), &data.library()).unwrap();
    let text = pdf_extract::extract_text_from_mem(&note.bytes).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains(&format!("cancels invoice {number} in full")), "{text}");
    assert!(text.contains("-7.5 hours") && text.contains("€937.50") && !text.contains("-€937.50 is"), "{text}");
}

#[test]
fn a_dutch_invoice_has_no_english_word_its_sessions_period_and_a_long_address_whole() {
    let (mut store, group) = crate::export::group_store();
    let at = |days: u64| common::today().checked_add_days(Days::new(days)).unwrap().and_hms_opt(14, 0, 0).unwrap();
    store.add_sessions(group, &[at(10), at(24)], 90).unwrap();
    let source = store
        .funding_sources()
        .unwrap()
        .into_iter()
        .find(|s| s.name.as_deref() == Some("Kostenplaats Cardiologie"))
        .unwrap();
    let department = "AFDELING VERLOSKUNDE EN GYNAECOLOGIE, KINDERGENEESKUNDE EN NEONATOLOGIE LOCATIE NOORD";
    store
        .set_billing_address(
            source.id,
            &format!("{department}\nPostbus 30001\n9700 RB Groningen"),
            Some(source.version),
        )
        .unwrap();
    let data = LoadedData::load(&store).unwrap();
    let dutch = peerdesk::i18n::I18n::new(Language::Dutch);
    let to = common::today().checked_add_days(Days::new(60)).unwrap();
    let drafts = peerdesk::ops::invoicing::invoice_drafts(&data.library(), common::today(), to, &dutch);
    let id = store.create_invoices(&drafts).unwrap()[0];
    let number = store.issue_invoice(id, common::today()).unwrap();
    let data = LoadedData::load(&store).unwrap();
    // The window's documents are in English; the invoice was made in Dutch.
    let maker = DocumentMaker::new(Language::English, common::moment()).unwrap();
    let invoice = maker.make(&DocumentRequest::Invoice(id), &data.library()).unwrap();
    assert_eq!(invoice.file_name, format!("factuur-{number}.pdf"));
    let text = pdf_extract::extract_text_from_mem(&invoice.bytes).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // The period is that of the sessions, not of the run that made it.
    let period = format!("Periode {} – {}", dutch.date(at(10).date()), dutch.date(at(24).date()));
    for expected in ["Factuur", "uur", &period] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    for english in ["Invoice", "hours", "Please", "Period ", "page", "Due date", "Number", "Customer"] {
        assert!(!text.contains(english), "English {english:?} in a Dutch invoice: {text}");
    }
    // The customer block wraps a long department: every word is printed, none cut.
    for word in department.split_whitespace() {
        assert!(text.contains(word), "{word} missing from {text}");
    }
    assert!(!text.contains('…'), "{text}");
}

#[derive(Clone, Debug)]
enum Step {
    Pay(usize, i64, u64),
    Reverse(usize, u64),
    Credit(usize),
    Refund(usize, i64, u64),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0usize..4, 1i64..120_000, 0u64..40).prop_map(|(i, c, d)| Step::Pay(i, c, d)),
        2 => (0usize..12, 0u64..40).prop_map(|(i, d)| Step::Reverse(i, d)),
        1 => (0usize..4).prop_map(Step::Credit),
        2 => (0usize..4, 1i64..120_000, 0u64..40).prop_map(|(i, c, d)| Step::Refund(i, c, d)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Whatever a user records, reverses, credits and refunds, in any order:
    /// nothing is received beyond an invoice's total or refunded beyond what
    /// came in, an invoice is paid exactly when its payments add up, and the
    /// Finance tab's sums are the sums of the entries.
    #[test]
    fn payments_always_add_up(steps in proptest::collection::vec(step(), 1..30)) {
        let mut store = store();
        let ids: Vec<InvoiceId> = [900, 975, 1, 1234].into_iter().map(|e| issued(&mut store, e)).collect();
        for step in steps {
            let _ = match step {
                Step::Pay(i, cents, d) => store.record_payment(ids[i], &entry(PaymentKind::Received, day(d), cents)).map(|_| ()),
                Step::Reverse(i, d) => match store.payments().unwrap().get(i) {
                    Some(payment) => store.reverse_payment(payment.id, payment.date + Days::new(d)),
                    None => Ok(()),
                },
                Step::Credit(i) => store.credit_invoice(ids[i], day(30)).map(|_| ()),
                Step::Refund(i, cents, d) => store.record_payment(ids[i], &entry(PaymentKind::Refund, day(d), cents)).map(|_| ()),
            };
        }
        let invoices = store.invoices().unwrap();
        let payments = store.payments().unwrap();
        let all = balances(&invoices, &payments);
        let mut received = Money::ZERO;
        for id in &ids {
            let invoice = invoices.iter().find(|i| i.id == *id).unwrap();
            let balance = all[id];
            prop_assert!(balance.received <= balance.total, "received more than the total");
            prop_assert!(balance.refunded <= balance.received, "refunded more than received");
            if !balance.credited {
                prop_assert!(balance.refunded == Money::ZERO);
                prop_assert_eq!(invoice.status == InvoiceStatus::Paid, balance.fully_paid());
                prop_assert_eq!(invoice.paid_on.is_some(), balance.fully_paid());
            }
            received += balance.received - balance.refunded;
        }
        prop_assert_eq!(received, net_received(&payments));
    }
}
