//! Properties of the rules that must hold for every input, not just examples.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use peerdesk::domain::Money;
use peerdesk::domain::coached::CoachedDefaults;
use peerdesk::domain::search::{fold, matches_all_words};
use peerdesk::i18n::Language;
use peerdesk::i18n::format::{amount, date, money, parse_date};
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_amount_written_in_either_language_reads_back_the_same(cents in -10_000_000_000i64..10_000_000_000) {
        let value = Money::from_cents(cents);
        for language in Language::ALL {
            prop_assert_eq!(Money::parse(&money(language, value)), Some(value));
            prop_assert_eq!(Money::parse(&amount(language, value)), Some(value));
        }
    }

    #[test]
    fn any_date_written_in_either_language_reads_back_the_same(days in 0i64..80_000) {
        let day = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Days::new(days as u64);
        for language in Language::ALL {
            prop_assert_eq!(parse_date(&date(language, day)), Some(day));
        }
    }

    #[test]
    fn reading_arbitrary_text_as_money_never_panics(text in "\\PC{0,24}") {
        let _ = Money::parse(&text);
        let _ = parse_date(&text);
        let _ = peerdesk::domain::validate::iban(&text);
        let _ = peerdesk::domain::validate::vat_number(&text);
        let _ = peerdesk::domain::validate::email(&text);
        let _ = peerdesk::domain::validate::phone(&text);
    }

    #[test]
    fn a_name_is_always_found_by_any_of_its_words(name in "[A-Za-zÀ-ÿ ]{1,30}") {
        let folded = fold(&name);
        for word in name.split_whitespace() {
            prop_assert!(matches_all_words(&folded, &fold(word)));
        }
    }

    #[test]
    fn an_individual_never_pays_more_than_a_share_rounded_to_the_cent(
        rate in 1i64..100_000, minutes in 15i64..480, sessions in 1i64..50, max in 2i64..30
    ) {
        let defaults = CoachedDefaults {
            hourly_rate: Money::from_cents(rate),
            session_minutes: minutes,
            sessions_per_group: sessions,
            max_group_size: max,
            ..CoachedDefaults::default()
        };
        let group = defaults.pricing().group_price().unwrap();
        let individual = defaults.pricing().individual_price().unwrap();
        // The shares of a full group differ from the group price by less than a cent each.
        let shares = individual.times(max).unwrap();
        prop_assert!((shares.cents() - group.cents()).abs() <= max / 2 + 1);
    }
}

mod placement {
    use chrono::NaiveDate;
    use peerdesk::domain::coached::groups::{DayPart, RegistrationId, TimeSlot};
    use peerdesk::domain::coached::placement::{Candidate, propose};
    use peerdesk::domain::{ListItemId, PersonId};
    use proptest::prelude::*;
    use std::collections::HashSet;

    fn candidate() -> impl Strategy<Value = Candidate> {
        (0i64..60, 0i64..4, 0usize..4, 0u32..400, proptest::collection::vec((0u8..5, 0usize..3), 0..3)).prop_map(
            |(person, position, department, waited, slots)| Candidate {
                person: PersonId(person),
                registration: RegistrationId(person),
                waiting_since: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Days::new(waited as u64),
                position: (position > 0).then_some(ListItemId(position)),
                department: ["", "Cardiologie", "Neurologie", "Oncologie"][department].to_string(),
                languages: vec!["nl".into()],
                preferred: slots
                    .into_iter()
                    .map(|(day, part)| TimeSlot { weekday: day, part: DayPart::ALL[part] })
                    .collect(),
            },
        )
    }

    proptest! {
        #[test]
        fn proposals_respect_sizes_never_repeat_anyone_and_skip_active_members(
            candidates in proptest::collection::vec(candidate(), 0..40),
            min in 2usize..6,
            extra in 0usize..3,
            excluded in proptest::collection::hash_set(0i64..60, 0..10),
        ) {
            let max = min + extra;
            let excluded: HashSet<PersonId> = excluded.into_iter().map(PersonId).collect();
            let proposals = propose(&candidates, min, max, &excluded);
            let mut placed = HashSet::new();
            for proposal in &proposals {
                prop_assert!(proposal.members.len() >= min && proposal.members.len() <= max);
                for member in &proposal.members {
                    prop_assert!(placed.insert(member.person), "{:?} proposed twice", member.person);
                    prop_assert!(!excluded.contains(&member.person));
                }
            }
            // Fewer than a group's worth of people are left waiting.
            let available: HashSet<PersonId> =
                candidates.iter().map(|c| c.person).filter(|p| !excluded.contains(p)).collect();
            prop_assert!(available.len() - placed.len() < min);
        }
    }
}

/// One money rule: whatever the numbers in Settings, the price of a group,
/// the cost statement and the invoice lines agree to the cent.
mod money_rule {
    use chrono::NaiveDate;
    use peerdesk::domain::Money;
    use peerdesk::domain::PersonId;
    use peerdesk::domain::coached::costs::{cost_lines, per_funding_source};
    use peerdesk::domain::coached::groups::{
        Group, GroupId, GroupStatus, Registration, RegistrationId, RegistrationKind,
    };
    use peerdesk::domain::coached::{GroupPricing, registration_price};
    use peerdesk::domain::finance::invoices::{Customer, Vat};
    use peerdesk::domain::finance::invoicing::{Billable, InvoiceTerms, Wording, invoices_for_period};
    use peerdesk::domain::funding::{FundingSource, FundingSourceId};
    use proptest::prelude::*;
    use std::collections::HashSet;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
    }

    /// Half away from zero, in wide integers: the stated rounding rule.
    fn rounded(numerator: i128, denominator: i128) -> i64 {
        let twice = 2 * numerator.abs() + denominator;
        let magnitude = twice / (2 * denominator);
        (if numerator < 0 { -magnitude } else { magnitude }) as i64
    }

    fn registration(id: i64, kind: RegistrationKind, placed_price: bool, pricing: &GroupPricing) -> Registration {
        Registration {
            id: RegistrationId(id),
            kind,
            registered_on: day(),
            contact: Some(PersonId(id)),
            people: vec![PersonId(id)],
            preferred: Vec::new(),
            theme: String::new(),
            funding: FundingSourceId(1),
            group: Some(GroupId(1)),
            price: if placed_price { registration_price(pricing, kind) } else { None },
            withdrawn: false,
            version: 1,
        }
    }

    proptest! {
        #[test]
        fn the_invoice_equals_the_cost_statement_equals_the_price_rule(
            rate in 1i64..2_000_000,
            minutes in 1i64..600,
            sessions in 1i64..60,
            max in 1i64..30,
            individuals in 0usize..8,
            with_group in any::<bool>(),
            placed_price in any::<bool>(),
        ) {
            let pricing = GroupPricing { hourly_rate: Money::from_cents(rate), session_minutes: minutes, sessions, max_group_size: max };
            let group_price = registration_price(&pricing, RegistrationKind::Group).unwrap();
            let individual_price = registration_price(&pricing, RegistrationKind::Individual).unwrap();
            // The stated rule: rate × minutes × sessions / 60 rounded once; an
            // individual pays that divided by the largest group size, rounded.
            let exact = i128::from(rate) * i128::from(minutes) * i128::from(sessions);
            prop_assert_eq!(group_price.cents(), rounded(exact, 60));
            prop_assert_eq!(individual_price.cents(), rounded(i128::from(group_price.cents()), i128::from(max)));

            let mut registrations: Vec<Registration> = (0..individuals)
                .map(|i| registration(i as i64 + 2, RegistrationKind::Individual, placed_price, &pricing))
                .collect();
            if with_group {
                registrations.push(registration(1, RegistrationKind::Group, placed_price, &pricing));
            }
            let expected = Money::from_cents(
                individual_price.cents() * individuals as i64 + if with_group { group_price.cents() } else { 0 },
            );
            let source = FundingSource {
                id: FundingSourceId(1),
                code: None,
                name: Some("Cardiologie".into()),
                central_budget: false,
                active: true,
                billing_address: String::new(),
                version: 1,
            };
            let statement: Money = per_funding_source(&cost_lines(&pricing, &registrations, std::slice::from_ref(&source)))
                .into_iter()
                .fold(Money::ZERO, |sum, (_, amount)| sum + amount);
            prop_assert_eq!(statement, expected);

            let group = Group {
                version: 1,
                id: GroupId(1),
                name: "Groep".into(),
                status: GroupStatus::Running,
                coach: None,
                location: String::new(),
                meeting_link: String::new(),
                pricing,
                application: None,
                applied_on: None,
                decided_on: None,
                formed_on: day(),
                members: Vec::new(),
            };
            let data = Billable {
                groups: std::slice::from_ref(&group),
                registrations: &registrations,
                sessions: &[],
                sources: std::slice::from_ref(&source),
                invoiced: &HashSet::new(),
            };
            let terms = InvoiceTerms { vat: Vat::Exempt, exemption_text: "vrijgesteld", payment_days: 30 };
            let wording = Wording {
                describe: &|_| String::new(),
                customer_of_source: &|_| Customer::default(),
                customer_of_registration: &|_| Customer::default(),
            };
            let drafts = invoices_for_period(day(), day(), &data, &terms, &wording);
            let invoiced = drafts.iter().fold(Money::ZERO, |sum, draft| sum + draft.total());
            prop_assert_eq!(invoiced, expected);
        }
    }
}
