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

/// Everyone's folded search text, in one string: a directory of 100 000
/// people holds one allocation instead of one per person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchKeys {
    text: String,
    /// Where each key ends in `text`.
    ends: Vec<u32>,
}

impl SearchKeys {
    /// The keys of `parts` (each folded and joined by spaces), in order;
    /// `text_length` is about how long all keys are together: sized once,
    /// the text is not copied while it grows.
    pub fn build<'a, P: IntoIterator<Item = &'a str>>(
        records: impl IntoIterator<Item = P>,
        text_length: usize,
    ) -> SearchKeys {
        let records = records.into_iter();
        let (count, _) = records.size_hint();
        let mut keys = SearchKeys { text: String::with_capacity(text_length), ends: Vec::with_capacity(count) };
        for parts in records {
            for (index, part) in parts.into_iter().enumerate() {
                if index > 0 {
                    keys.text.push(' ');
                }
                if part.is_ascii() {
                    keys.text.extend(part.chars().map(|c| c.to_ascii_lowercase()));
                } else {
                    keys.text.push_str(&fold(part));
                }
            }
            // A text beyond 4 GB cannot be held anyway; the key stays empty.
            keys.ends.push(u32::try_from(keys.text.len()).unwrap_or(u32::MAX));
        }
        keys.text.shrink_to_fit();
        keys.ends.shrink_to_fit();
        keys
    }

    /// The key of record `index`; empty beyond the last.
    pub fn get(&self, index: usize) -> &str {
        let Some(&end) = self.ends.get(index) else { return "" };
        let start = if index == 0 { 0 } else { self.ends[index - 1] };
        self.text.get(start as usize..end as usize).unwrap_or("")
    }

    /// How many records have a key.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when no record has a key.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// Compares two texts without case or accents, copying nothing when both
/// are plain ASCII.
fn folded_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    if a.is_ascii() && b.is_ascii() {
        a.bytes().map(|c| c.to_ascii_lowercase()).cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
    } else {
        fold(a).cmp(&fold(b))
    }
}

/// Sorts `order` by a text of each index without case or accents, ties by
/// index: first by the text's first `N` folded bytes (made once per sort and
/// dropped after it, so the directory holds nothing for sorting), then each
/// run of equal beginnings by the whole folded `text(i)`, unless the
/// beginnings hold every text whole.
pub fn sort_by_folded<'a, const N: usize>(order: &mut [usize], text: impl Fn(usize) -> &'a str) {
    let mut ranked: Vec<([u8; N], usize)> = order.iter().map(|&i| (folded_prefix(text(i)), i)).collect();
    ranked.sort_unstable();
    let mut start = 0;
    while start < ranked.len() {
        let mut end = start + 1;
        while end < ranked.len() && ranked[end].0 == ranked[start].0 {
            end += 1;
        }
        // Texts the prefix holds whole are equal in a run: ties stay by index.
        let whole = |i: usize| {
            let t = text(i);
            t.is_ascii() && t.len() <= N
        };
        if end - start > 1 && !ranked[start..end].iter().all(|&(_, i)| whole(i)) {
            ranked[start..end].sort_unstable_by(|a, b| folded_cmp(text(a.1), text(b.1)).then(a.1.cmp(&b.1)));
        }
        start = end;
    }
    for (slot, (_, index)) in order.iter_mut().zip(ranked) {
        *slot = index;
    }
}

/// Puts `items` in `order` (the index each place takes its item from), in
/// place: a directory is reordered without a second copy of it.
pub fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len().min(order.len()) {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = order[at];
            if from == start || from >= items.len() {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
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
    fn each_record_finds_its_own_key() {
        let keys = SearchKeys::build([["Zoë", "zoe@example.org"], ["", ""], ["Anna", "ANNA@X"]], 0);
        assert_eq!(keys.len(), 3);
        assert_eq!(keys.get(0), "zoe zoe@example.org");
        assert_eq!(keys.get(1), " ");
        assert_eq!(keys.get(2), "anna anna@x");
        assert_eq!(keys.get(3), "");
        assert!(SearchKeys::default().is_empty());
    }

    #[test]
    fn items_are_put_in_the_order_given() {
        let mut items = vec!['a', 'b', 'c', 'd', 'e'];
        permute(&mut items, &[3, 0, 4, 1, 2]);
        assert_eq!(items, vec!['d', 'a', 'e', 'b', 'c']);
        let mut one = vec![1];
        permute(&mut one, &[0]);
        assert_eq!(one, vec![1]);
    }

    proptest::proptest! {
        /// Sorting by short beginnings first and whole texts in ties gives
        /// the order of the whole folded texts, ties by index; a directory
        /// put in that order holds the same records, each once.
        #[test]
        fn sorting_by_beginnings_is_sorting_by_the_texts(
            texts in proptest::collection::vec("[aAéÉzZ ]{0,6}", 0..40)
        ) {
            let mut order: Vec<usize> = (0..texts.len()).collect();
            sort_by_folded::<2>(&mut order, |i| &texts[i]);
            let mut expected: Vec<usize> = (0..texts.len()).collect();
            expected.sort_by_key(|&i| (fold(&texts[i]), i));
            proptest::prop_assert_eq!(&order, &expected);
            let mut records = texts.clone();
            permute(&mut records, &order);
            let wanted: Vec<String> = order.iter().map(|&i| texts[i].clone()).collect();
            proptest::prop_assert_eq!(records, wanted);
        }
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
