//! Every text the program asks for exists in both languages.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use peerdesk::i18n::{I18n, Language, SOURCES, message_ids};
use std::collections::BTreeSet;
use std::path::Path;

fn string_literals(source: &str) -> Vec<String> {
    let mut literals = Vec::new();
    let mut rest = source;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('"') else { break };
        literals.push(after[..end].to_string());
        rest = &after[end + 1..];
    }
    literals
}

/// The ids of a translation file.
fn ids_of(source: &str) -> BTreeSet<String> {
    message_ids(source).into_iter().collect()
}

/// Every first word of a message id ("group" of "group-status-forming"):
/// a literal in the code that starts with one of these and looks like an
/// id is one, however it reaches `tr` (directly, through a helper, or from
/// a table of ids).
fn id_prefixes() -> BTreeSet<String> {
    SOURCES
        .iter()
        .flat_map(|(_, source)| ids_of(source))
        .filter_map(|id| id.split_once('-').map(|(first, _)| format!("{first}-")))
        .collect()
}

fn looks_like_an_id(literal: &str) -> bool {
    literal.contains('-')
        && !literal.starts_with('-')
        && !literal.ends_with('-')
        && !literal.contains("--")
        && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The literals of the shipped code (unit tests may ask for a missing id on purpose).
fn shipped_literals() -> Vec<(String, std::path::PathBuf)> {
    let mut files = Vec::new();
    crate::common::rust_files(Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(), &mut files);
    let mut literals = Vec::new();
    for file in files {
        let code = std::fs::read_to_string(&file).unwrap();
        let shipped = code.split("#[cfg(test)]").next().unwrap_or_default();
        literals.extend(string_literals(shipped).into_iter().map(|l| (l, file.clone())));
    }
    literals
}

/// Literals that look like ids but are not texts: codes stored in the
/// database, file name parts and the like.
const NOT_IDS: &[&str] = &["self-paid", "utf-8"];

#[test]
fn every_message_id_used_in_the_code_exists_in_both_languages() {
    let prefixes = id_prefixes();
    let mut missing = BTreeSet::new();
    let mut checked = 0;
    for (literal, file) in shipped_literals() {
        if !looks_like_an_id(&literal)
            || NOT_IDS.contains(&literal.as_str())
            || !prefixes.iter().any(|p| literal.starts_with(p.as_str()))
        {
            continue;
        }
        checked += 1;
        for (language, source) in SOURCES {
            if !ids_of(source).contains(&literal) {
                missing.insert(format!("{language:?}: {literal} ({})", file.display()));
            }
        }
    }
    assert!(checked > 300, "only {checked} ids found in the code: the scan is broken");
    assert!(missing.is_empty(), "message ids used but not defined: {missing:#?}");
}

#[test]
fn dutch_and_english_define_the_same_ids() {
    let (first_language, first) = SOURCES[0];
    for (language, source) in &SOURCES[1..] {
        let (a, b) = (ids_of(first), ids_of(source));
        let only_first: Vec<_> = a.difference(&b).collect();
        let only_other: Vec<_> = b.difference(&a).collect();
        assert!(only_first.is_empty(), "only in {first_language:?}: {only_first:?}");
        assert!(only_other.is_empty(), "only in {language:?}: {only_other:?}");
    }
}

#[test]
fn ids_made_from_codes_exist_in_both_languages() {
    let store = peerdesk::store::Store::open_in_memory().unwrap();
    let mut ids: Vec<String> =
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].iter().map(|day| format!("weekday-{day}")).collect();
    ids.extend((1..=12).map(|month| format!("month-{month}")));
    for day in ["mon", "tue", "wed", "thu", "fri"] {
        for part in ["morning", "afternoon", "evening"] {
            ids.push(format!("slot-{day}-{part}"));
        }
    }
    ids.extend(store.funding_sources().unwrap().into_iter().filter_map(|s| s.code).map(|c| format!("funding-{c}")));
    assert!(ids.len() > 7, "no built-in funding sources found");
    for language in Language::ALL {
        let i18n = I18n::new(language);
        for id in &ids {
            assert_ne!(i18n.tr(id), *id, "{language:?} lacks {id}");
        }
    }
}

/// The first string literal after each `tr(` or `tr_args(` call.
fn translated_ids(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for call in [".tr(", ".tr_args("] {
        for (position, _) in source.match_indices(call) {
            let after = source[position + call.len()..].trim_start();
            if let Some(rest) = after.strip_prefix('"')
                && let Some(end) = rest.find('"')
            {
                ids.push(rest[..end].to_string());
            }
        }
    }
    ids
}

#[test]
fn every_literal_passed_to_tr_is_a_message_id() {
    let mut files = Vec::new();
    crate::common::rust_files(Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(), &mut files);
    let (_, source) = SOURCES[0];
    let ids: BTreeSet<String> = message_ids(source).into_iter().collect();
    let mut missing = Vec::new();
    for file in &files {
        let code = std::fs::read_to_string(file).unwrap();
        // Unit tests may ask for a missing id on purpose.
        let shipped = code.split("#[cfg(test)]").next().unwrap_or_default();
        missing.extend(
            translated_ids(shipped)
                .into_iter()
                .filter(|id| !ids.contains(id))
                .map(|id| format!("{id} ({})", file.display())),
        );
    }
    assert!(missing.is_empty(), "tr() with an unknown id: {missing:#?}");
}

#[test]
fn every_spoken_language_has_a_name_in_both_languages() {
    for language in Language::ALL {
        let i18n = I18n::new(language);
        for code in peerdesk::domain::person::SPOKEN_LANGUAGES {
            let id = format!("spoken-{code}");
            assert_ne!(i18n.tr(&id), id, "{language:?} lacks {id}");
        }
    }
}

#[test]
fn dutch_and_english_differ_where_they_should() {
    let dutch = I18n::new(Language::Dutch);
    let english = I18n::new(Language::English);
    assert_eq!(dutch.tr("tab-people"), "Personen");
    assert_eq!(english.tr("tab-people"), "People");
    assert_eq!(dutch.money(peerdesk::domain::Money::from_cents(93_750)), "€ 937,50");
    assert_eq!(english.money(peerdesk::domain::Money::from_cents(93_750)), "€937.50");
}

#[test]
fn every_built_in_list_choice_has_a_name_in_both_languages() {
    let store = peerdesk::store::Store::open_in_memory().unwrap();
    let items = store.list_items().unwrap();
    assert!(items.len() >= 10);
    for language in Language::ALL {
        let i18n = I18n::new(language);
        for item in &items {
            let code = item.code.as_deref().unwrap();
            let id = format!("list-{code}");
            assert_ne!(i18n.tr(&id), id, "{language:?} lacks {id}");
        }
    }
}
