//! Search-as-you-type: text is compared lower-case and without accents, so
//! "zoe" finds "Zoë" and "muller" finds "Müller".

/// `text` in lower case with the accents of Latin letters removed.
pub fn fold(text: &str) -> String {
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
}
