//! Properties of the rules that must hold for every input, not just examples.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use peerdesk::domain::search::{fold, matches_all_words};
use peerdesk::domain::{Money, ProgrammeDefaults};
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
        let defaults = ProgrammeDefaults {
            hourly_rate: Money::from_cents(rate),
            session_minutes: minutes,
            sessions_per_group: sessions,
            max_group_size: max,
            ..ProgrammeDefaults::default()
        };
        let group = defaults.group_price().unwrap();
        let individual = defaults.individual_price().unwrap();
        // The shares of a full group differ from the group price by less than a cent each.
        let shares = individual.times(max).unwrap();
        prop_assert!((shares.cents() - group.cents()).abs() <= max / 2 + 1);
    }
}

mod placement {
    use chrono::NaiveDate;
    use peerdesk::domain::groups::{DayPart, RegistrationId, TimeSlot};
    use peerdesk::domain::placement::{Candidate, propose};
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
