//! Checks of single values: email, phone, IBAN, Chamber of Commerce and VAT
//! numbers, and whole numbers within a range.

use super::problem::Problem;

/// An email address: one `@`, a non-empty local part, a domain with a dot,
/// no spaces. Deliberately lenient: the mail program has the final word.
pub fn email(text: &str) -> Option<Problem> {
    let text = text.trim();
    let Some((local, domain)) = text.split_once('@') else {
        return Some(Problem::InvalidEmail);
    };
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !domain.contains('@');
    let chars_ok = !text.chars().any(|c| c.is_whitespace() || c == ',' || c == ';');
    if local.is_empty() || !domain_ok || !chars_ok { Some(Problem::InvalidEmail) } else { None }
}

/// A phone number: digits with spaces, `-`, `.`, brackets and a leading `+`;
/// between 6 and 15 digits (the international maximum).
pub fn phone(text: &str) -> Option<Problem> {
    let text = text.trim();
    let body = text.strip_prefix('+').unwrap_or(text);
    let allowed = body.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if allowed && (6..=15).contains(&digits) { None } else { Some(Problem::InvalidPhone) }
}

/// An IBAN: country code, check digits and account, with the ISO 13616
/// mod-97 check. Spaces are allowed.
pub fn iban(text: &str) -> Option<Problem> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let compact = compact.to_ascii_uppercase();
    let shape_ok = (15..=34).contains(&compact.len())
        && compact.chars().all(|c| c.is_ascii_alphanumeric())
        && compact[..2].chars().all(|c| c.is_ascii_alphabetic())
        && compact[2..4].chars().all(|c| c.is_ascii_digit());
    if !shape_ok {
        return Some(Problem::InvalidIban);
    }
    let rearranged = format!("{}{}", &compact[4..], &compact[..4]);
    let mut remainder: u32 = 0;
    for c in rearranged.chars() {
        let value = match c.to_digit(36) {
            Some(v) => v,
            None => return Some(Problem::InvalidIban),
        };
        remainder = if value >= 10 { (remainder * 100 + value) % 97 } else { (remainder * 10 + value) % 97 };
    }
    if remainder == 1 { None } else { Some(Problem::InvalidIban) }
}

/// A Dutch Chamber of Commerce (KvK) number: exactly 8 digits.
pub fn chamber_of_commerce(text: &str) -> Option<Problem> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.len() == 8 && compact.chars().all(|c| c.is_ascii_digit()) {
        None
    } else {
        Some(Problem::InvalidChamberOfCommerce)
    }
}

/// A VAT identification number: two letters for the country, then 2 to 13
/// letters and digits; a Dutch one is `NL` + 9 digits + `B` + 2 digits.
pub fn vat_number(text: &str) -> Option<Problem> {
    let compact: String =
        text.chars().filter(|c| !c.is_whitespace() && *c != '.').collect::<String>().to_ascii_uppercase();
    if !compact.is_ascii() {
        return Some(Problem::InvalidVat);
    }
    let ok = if let Some(rest) = compact.strip_prefix("NL") {
        rest.len() == 12
            && rest[..9].chars().all(|c| c.is_ascii_digit())
            && &rest[9..10] == "B"
            && rest[10..].chars().all(|c| c.is_ascii_digit())
    } else {
        compact.len() >= 4
            && compact.len() <= 15
            && compact[..2].chars().all(|c| c.is_ascii_alphabetic())
            && compact[2..].chars().all(|c| c.is_ascii_alphanumeric())
            && compact[2..].chars().any(|c| c.is_ascii_digit())
    };
    if ok { None } else { Some(Problem::InvalidVat) }
}

/// A whole number typed by a person, between `min` and `max` inclusive.
pub fn whole_number(text: &str, min: i64, max: i64) -> Result<i64, Problem> {
    let value: i64 = text
        .trim()
        .parse()
        .map_err(|_| if text.trim().is_empty() { Problem::Required } else { Problem::NotAWholeNumber })?;
    if (min..=max).contains(&value) { Ok(value) } else { Err(Problem::OutOfRange { min, max }) }
}

/// Checks an optional value: empty text is fine, otherwise `check` decides.
pub fn optional(text: &str, check: fn(&str) -> Option<Problem>) -> Option<Problem> {
    if text.trim().is_empty() { None } else { check(text) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_email_addresses_pass_and_broken_ones_do_not() {
        assert_eq!(email("a.de.vries@umcn.nl"), None);
        assert_eq!(email("zoë.müller@example.org"), None);
        for bad in ["", "anna", "anna@", "@umc.nl", "anna@umc", "anna @umc.nl", "a@b..nl", "a@.nl"] {
            assert_eq!(email(bad), Some(Problem::InvalidEmail), "{bad}");
        }
    }

    #[test]
    fn dutch_and_international_phone_numbers_pass() {
        assert_eq!(phone("+31 50 361 2345"), None);
        assert_eq!(phone("06-12345678"), None);
        assert_eq!(phone("(050) 361 23 45"), None);
        assert_eq!(phone("12345"), Some(Problem::InvalidPhone));
        assert_eq!(phone("06-1234abcd"), Some(Problem::InvalidPhone));
        assert_eq!(phone("+31 6 1234 5678 9012 34"), Some(Problem::InvalidPhone));
    }

    #[test]
    fn iban_check_digits_are_verified() {
        assert_eq!(iban("NL91 ABNA 0417 1643 00"), None);
        assert_eq!(iban("nl91abna0417164300"), None);
        assert_eq!(iban("DE89 3704 0044 0532 0130 00"), None);
        assert_eq!(iban("NL92 ABNA 0417 1643 00"), Some(Problem::InvalidIban));
        assert_eq!(iban("NL91"), Some(Problem::InvalidIban));
        assert_eq!(iban("ÅL91 ABNA 0417 1643 00"), Some(Problem::InvalidIban));
    }

    #[test]
    fn chamber_of_commerce_and_vat_numbers_have_their_shape() {
        assert_eq!(chamber_of_commerce("0117 3944"), None);
        assert_eq!(chamber_of_commerce("1234567"), Some(Problem::InvalidChamberOfCommerce));
        assert_eq!(vat_number("NL123456789B01"), None);
        assert_eq!(vat_number("nl 1234.56.789.B01"), None);
        assert_eq!(vat_number("NL123456789"), Some(Problem::InvalidVat));
        assert_eq!(vat_number("DE123456789"), None);
        assert_eq!(vat_number("12"), Some(Problem::InvalidVat));
    }

    #[test]
    fn whole_numbers_are_checked_against_their_range() {
        assert_eq!(whole_number(" 5 ", 1, 10), Ok(5));
        assert_eq!(whole_number("", 1, 10), Err(Problem::Required));
        assert_eq!(whole_number("5,5", 1, 10), Err(Problem::NotAWholeNumber));
        assert_eq!(whole_number("11", 1, 10), Err(Problem::OutOfRange { min: 1, max: 10 }));
    }
}
