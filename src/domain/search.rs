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

/// How many folded bytes of a text one level of [`sort_by_folded`] compares.
const CHUNK: usize = 16;

/// One level's key of a text: the folded bytes from `offset` on, `CHUNK` of
/// them as two integers (zeros after the end), then how many bytes are left
/// from `offset`, counted up to one past the chunk: a text that ends sorts
/// before a longer one with the same bytes, and only texts that go on past
/// the chunk need another level.
fn chunk_key(text: &str, offset: usize) -> (u64, u64, u8) {
    let mut bytes = [0u8; CHUNK];
    let left = if text.is_ascii() {
        for (slot, byte) in bytes.iter_mut().zip(text.bytes().skip(offset)) {
            *slot = byte.to_ascii_lowercase();
        }
        text.len().saturating_sub(offset)
    } else {
        let folded = fold(text);
        for (slot, byte) in bytes.iter_mut().zip(folded.bytes().skip(offset)) {
            *slot = byte;
        }
        folded.len().saturating_sub(offset)
    };
    let [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p] = bytes;
    let high = u64::from_be_bytes([a, b, c, d, e, f, g, h]);
    let low = u64::from_be_bytes([i, j, k, l, m, n, o, p]);
    // At most CHUNK + 1 (17): fits a byte.
    (high, low, left.min(CHUNK + 1) as u8)
}

/// Sorts `order` by a text of each index without case or accents, ties by
/// index. Texts are compared sixteen folded bytes at a time, as integers:
/// everyone by their first sixteen, then each run that is equal so far and
/// goes on by the next sixteen, and so on. No text is folded whole unless it
/// has accents, and nothing is kept after the sort.
pub fn sort_by_folded<'a>(order: &mut [usize], text: impl Fn(usize) -> &'a str) {
    sort_from(order, &text, 0);
}

fn sort_from<'a>(order: &mut [usize], text: &impl Fn(usize) -> &'a str, offset: usize) {
    let mut ranked: Vec<((u64, u64, u8), usize)> = order.iter().map(|&i| (chunk_key(text(i), offset), i)).collect();
    ranked.sort_unstable();
    for (slot, &(_, index)) in order.iter_mut().zip(&ranked) {
        *slot = index;
    }
    let goes_on = CHUNK as u8 + 1;
    let mut start = 0;
    while start < ranked.len() {
        let key = ranked[start].0;
        let mut end = start + 1;
        while end < ranked.len() && ranked[end].0 == key {
            end += 1;
        }
        if end - start > 1 && key.2 == goes_on {
            sort_from(&mut order[start..end], text, offset + CHUNK);
        }
        start = end;
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
        /// Sorting sixteen folded bytes at a time, as deep as ties go,
        /// gives the order of the whole folded texts, ties by index; a
        /// directory put in that order holds the same records, each once.
        #[test]
        fn sorting_a_chunk_at_a_time_is_sorting_by_the_texts(
            texts in proptest::collection::vec("[aAéÉzZ \\x00ß]{0,40}", 0..40)
        ) {
            let mut order: Vec<usize> = (0..texts.len()).collect();
            sort_by_folded(&mut order, |i| &texts[i]);
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
    fn long_texts_equal_for_a_while_sort_by_where_they_differ() {
        let texts = [
            "anna.de.vries@example.org",
            "Anna.de.Vries@example.net",
            "anna.de.vries@example.org",
            "anna.de.vries",
            "Émile",
            "emma",
            "anna.de.vries@example.org\0",
            "",
        ];
        let mut order: Vec<usize> = (0..texts.len()).collect();
        sort_by_folded(&mut order, |i| texts[i]);
        assert_eq!(order, vec![7, 3, 1, 0, 2, 6, 4, 5]);
    }
}
