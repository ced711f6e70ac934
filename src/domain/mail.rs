//! `mailto:` links, so the coordinator never retypes addresses.

/// Every non-empty address once, in the order given.
pub fn distinct_addresses<'a>(addresses: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for address in addresses.into_iter().map(str::trim).filter(|a| !a.is_empty()) {
        if !seen.iter().any(|s| s.eq_ignore_ascii_case(address)) {
            seen.push(address);
        }
    }
    seen
}

/// A `mailto:` link with every address in Bcc, so that participants do not
/// see each other's addresses, and a subject.
pub fn mailto<'a>(addresses: impl IntoIterator<Item = &'a str>, subject: &str) -> String {
    let bcc: Vec<String> = distinct_addresses(addresses).iter().map(|a| encode(a, true)).collect();
    format!("mailto:?bcc={}&subject={}", bcc.join(","), encode(subject, false))
}

/// Percent-encodes everything but unreserved characters (and `@` in addresses).
fn encode(text: &str, address: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        let keep =
            byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') || (address && byte == b'@');
        if keep {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everyone_is_addressed_once_and_the_subject_is_encoded() {
        let link = mailto(["a.devries@umc.nl", "", "b.smit@umc.nl", "A.deVries@umc.nl"], "PostDocs 2 & co");
        assert_eq!(link, "mailto:?bcc=a.devries@umc.nl,b.smit@umc.nl&subject=PostDocs%202%20%26%20co");
    }

    #[test]
    fn addresses_with_special_characters_are_encoded() {
        assert_eq!(mailto(["zoë+peer@umc.nl"], "x"), "mailto:?bcc=zo%C3%AB%2Bpeer@umc.nl&subject=x");
    }
}
