//! The languages a person can be spoken to in.

use serde::{Deserialize, Serialize};

/// Languages a person can be spoken to in, as ISO 639-1 codes. A fixed list
/// keeps matching (same language) reliable.
pub const SPOKEN_LANGUAGES: [&str; 14] =
    ["nl", "en", "de", "fr", "es", "it", "pt", "pl", "tr", "ar", "ru", "uk", "zh", "hi"];

/// The languages a person can be spoken to in: a set of
/// [`SPOKEN_LANGUAGES`], held in two bytes (a directory of 100 000 people
/// would otherwise hold a list and a text per language per person). It is
/// written and read as the list of codes, in the order of that list.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
pub struct Languages(u16);

impl Languages {
    /// The set of `codes`; a code not in [`SPOKEN_LANGUAGES`] is left out
    /// (a draft with one is refused before it is stored).
    pub fn from_codes<S: AsRef<str>>(codes: impl IntoIterator<Item = S>) -> Languages {
        let mut set = Languages::default();
        for code in codes {
            set.insert(code.as_ref());
        }
        set
    }

    /// Adds `code` when it is one of [`SPOKEN_LANGUAGES`].
    pub fn insert(&mut self, code: &str) {
        if let Some(index) = SPOKEN_LANGUAGES.iter().position(|c| *c == code) {
            self.0 |= 1 << index;
        }
    }

    /// The codes, in the order of [`SPOKEN_LANGUAGES`].
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        SPOKEN_LANGUAGES.iter().enumerate().filter(|(index, _)| self.0 & (1 << index) != 0).map(|(_, code)| *code)
    }

    /// True when `code` is in the set.
    pub fn contains(&self, code: &str) -> bool {
        SPOKEN_LANGUAGES.iter().position(|c| *c == code).is_some_and(|index| self.0 & (1 << index) != 0)
    }

    /// How many languages the set holds.
    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    /// True when the set holds none.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The codes as a list, as drafts and sign-ups hold them.
    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }
}

impl std::fmt::Debug for Languages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl From<Vec<String>> for Languages {
    fn from(codes: Vec<String>) -> Languages {
        Languages::from_codes(codes)
    }
}

impl From<Languages> for Vec<String> {
    fn from(languages: Languages) -> Vec<String> {
        languages.to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_holds_listed_codes_once_in_the_order_of_the_list() {
        let set = Languages::from_codes(["fr", "en", "fr", "xx"]);
        assert_eq!(set.to_vec(), vec!["en".to_string(), "fr".to_string()]);
        assert_eq!(set.len(), 2);
        assert!(set.contains("fr") && !set.contains("nl") && !set.contains("xx"));
        assert!(Languages::default().is_empty());
        let json = serde_json::to_string(&set).unwrap();
        assert_eq!(json, r#"["en","fr"]"#);
        assert_eq!(serde_json::from_str::<Languages>(&json).unwrap(), set);
    }
}
