//! Search-as-you-type: text is compared lower-case and without accents, so
//! "zoe" finds "Zoë" and "muller" finds "Müller".

/// `text` in lower case with the accents of Latin letters removed.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        for lower in c.to_lowercase() {
            match strip_accent(lower) {
                Some(plain) => out.push_str(plain),
                None => out.push(lower),
            }
        }
    }
    out
}

/// A file name made safe: letters, digits and dashes, lower case.
pub fn slug(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

fn strip_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ś' | 'š' | 'ş' => "s",
        'ź' | 'ż' | 'ž' => "z",
        'ł' => "l",
        'ř' => "r",
        'ğ' => "g",
        'ß' => "ss",
        _ => return None,
    })
}

/// The first `N` bytes of `text` folded (zeros after a shorter text): they
/// sort as the folded texts' beginnings do, so sorting by them first and by
/// the whole folded text only where they are equal sorts by the text.
pub fn folded_prefix<const N: usize>(text: &str) -> [u8; N] {
    let mut bytes = [0u8; N];
    if text.is_ascii() {
        for (slot, byte) in bytes.iter_mut().zip(text.bytes()) {
            *slot = byte.to_ascii_lowercase();
        }
    } else {
        for (slot, byte) in bytes.iter_mut().zip(fold(text).bytes()) {
            *slot = byte;
        }
    }
    bytes
}

/// True when every word of `query` occurs in `haystack`; both folded
/// already. An empty query matches everything.
pub fn matches_all_words(haystack: &str, folded_query: &str) -> bool {
    folded_query.split_whitespace().all(|word| haystack.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_do_not_matter_when_searching() {
        assert_eq!(fold("Zoë Müller-Łukasik"), "zoe muller-lukasik");
        assert!(matches_all_words(&fold("Anaïs Dubois cardiologie"), &fold("anais CARDIO")));
        assert!(!matches_all_words(&fold("Anaïs Dubois"), "anais jansen"));
        assert!(matches_all_words("anything", ""));
    }

    #[test]
    fn prefixes_sort_as_the_folded_texts_begin() {
        let texts = ["Émile", "emma", "Zoë", "anna.de.vries@example.org", "anna.de.vries@example.net", "", "b"];
        let mut by_prefix: Vec<&str> = texts.to_vec();
        by_prefix.sort_by_key(|t| (folded_prefix::<16>(t), fold(t)));
        let mut by_text: Vec<&str> = texts.to_vec();
        by_text.sort_by_key(|t| fold(t));
        assert_eq!(by_prefix, by_text);
    }
}
