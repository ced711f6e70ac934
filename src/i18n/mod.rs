//! Dutch and English texts (Fluent files in `assets/i18n/`) and the
//! formatting of dates, numbers and money per language.

pub mod format;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::langid;

/// The languages PeerDesk speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    Dutch,
    English,
}

impl Language {
    /// Both languages, Dutch first (the programmes are Dutch).
    pub const ALL: [Language; 2] = [Language::Dutch, Language::English];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Dutch => "nl",
            Language::English => "en",
        }
    }

    /// The language for a code such as `nl` or `en`.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language's own name, as shown in a language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Dutch => "Nederlands",
            Language::English => "English",
        }
    }
}

/// The Fluent source of each language, compiled into the program.
pub const SOURCES: [(Language, &str); 2] = [
    (Language::Dutch, include_str!("../../assets/i18n/nl.ftl")),
    (Language::English, include_str!("../../assets/i18n/en.ftl")),
];

/// Translated texts in the chosen language.
pub struct I18n {
    language: Language,
    dutch: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
}

impl I18n {
    /// Texts in `language`. The Fluent files are part of the program and
    /// checked by tests, so a syntax error there shows as the message id.
    pub fn new(language: Language) -> Self {
        I18n { language, dutch: bundle(Language::Dutch), english: bundle(Language::English) }
    }

    /// The language texts are given in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Switches the language.
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
    }

    fn bundle(&self) -> &FluentBundle<FluentResource> {
        match self.language {
            Language::Dutch => &self.dutch,
            Language::English => &self.english,
        }
    }

    /// The text for `id`; the id itself when it is missing.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text for `id` with `{ $name }` placeables filled in.
    pub fn tr_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        self.format(id, Some(&fluent_args))
    }

    /// The text for `id` in `language`, whatever the chosen one: to compare
    /// what a user types with a name as either language shows it.
    pub fn tr_in(&self, language: Language, id: &str) -> String {
        let bundle = match language {
            Language::Dutch => &self.dutch,
            Language::English => &self.english,
        };
        bundle
            .get_message(id)
            .and_then(|m| m.value())
            .map(|pattern| bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned())
            .unwrap_or_else(|| id.to_string())
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = self.bundle();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// Formats money as the user reads it: `€ 937,50` or `€937.50`.
    pub fn money(&self, amount: crate::domain::Money) -> String {
        format::money(self.language, amount)
    }

    /// Formats a date: `22-11-2026` or `22 Nov 2026`.
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        format::date(self.language, date)
    }

    /// Formats a day of the year: `24-12` or `24 Dec`.
    pub fn day_month(&self, day: crate::domain::calendar::DayOfYear) -> String {
        format::day_month(self.language, day)
    }

    /// Formats a date and time: `22-11-2026 14:00` or `22 Nov 2026 14:00`.
    pub fn date_time(&self, at: chrono::NaiveDateTime) -> String {
        format::date_time(self.language, at)
    }

    /// Formats a whole number with thousands separators.
    pub fn number(&self, n: i64) -> String {
        format::number(self.language, n)
    }
}

/// A value for a placeable.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<Box<str>> for Arg {
    fn from(text: Box<str>) -> Self {
        Arg::Text(text.into())
    }
}

impl From<std::sync::Arc<str>> for Arg {
    fn from(text: std::sync::Arc<str>) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as i64)
    }
}

/// Dutch unless the system asks for English.
pub fn system_language() -> Language {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(value) = std::env::var(var)
            && !value.is_empty()
        {
            return if value.to_ascii_lowercase().starts_with("nl") { Language::Dutch } else { Language::English };
        }
    }
    Language::Dutch
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let locale = match language {
        Language::Dutch => langid!("nl"),
        Language::English => langid!("en"),
    };
    let mut bundle = FluentBundle::new(vec![locale]);
    // Unicode isolation marks would show as boxes in the window and in PDFs.
    bundle.set_use_isolating(false);
    let source = SOURCES.iter().find(|(l, _)| *l == language).map(|(_, s)| *s).unwrap_or_default();
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(resource) => resource,
        Err((partial, _errors)) => partial,
    };
    // A duplicate id keeps its first text; tests reject duplicates.
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message ids defined in a Fluent source.
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn both_languages_parse_and_define_the_same_messages() {
        let mut sets = Vec::new();
        for (language, source) in SOURCES {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("{language:?} has Fluent syntax errors: {errors:?}");
            }
            let ids = message_ids(source);
            let set: BTreeSet<String> = ids.iter().cloned().collect();
            assert_eq!(set.len(), ids.len(), "{language:?} defines a message twice");
            sets.push((language, set));
        }
        let (_, dutch) = &sets[0];
        let (_, english) = &sets[1];
        let only_dutch: Vec<_> = dutch.difference(english).collect();
        let only_english: Vec<_> = english.difference(dutch).collect();
        assert!(only_dutch.is_empty(), "only in Dutch: {only_dutch:?}");
        assert!(only_english.is_empty(), "only in English: {only_english:?}");
    }

    #[test]
    fn placeables_are_filled_without_isolation_marks() {
        let i18n = I18n::new(Language::English);
        let text = i18n.tr_args("people-count", &[("count", Arg::Number(3)), ("total", Arg::from("3"))]);
        assert_eq!(text, "3 people");
        let dutch = I18n::new(Language::Dutch);
        assert_eq!(dutch.tr_args("people-count", &[("count", Arg::Number(1))]), "1 persoon");
        let many = [("count", Arg::Number(20_000)), ("total", Arg::from(dutch.number(20_000)))];
        assert_eq!(dutch.tr_args("people-count", &many), "20.000 personen");
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(I18n::new(Language::Dutch).tr("no-such-message"), "no-such-message");
    }
}
