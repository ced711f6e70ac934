//! Dates, numbers and money the way each language writes them:
//! `€ 937,50` and `22-11-2026` in Dutch, `€937.50` and `22 Nov 2026` in English.

use super::Language;
use crate::domain::Money;
use chrono::{Datelike, NaiveDate, NaiveDateTime};

/// A whole number with thousands separators: `20.000` / `20,000`.
pub fn number(language: Language, n: i64) -> String {
    let separator = match language {
        Language::Dutch => '.',
        Language::English => ',',
    };
    group_thousands(n, separator)
}

fn group_thousands(n: i64, separator: char) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A file's size, rounded up to whole kilobytes: `1.250 kB` / `1,250 kB`.
pub fn file_size(language: Language, bytes: u64) -> String {
    let kilobytes = i64::try_from(bytes.div_ceil(1024)).unwrap_or(i64::MAX);
    format!("{} kB", number(language, kilobytes))
}

/// An amount without the currency sign, as typed in a form: `937,50` / `937.50`.
pub fn amount(language: Language, money: Money) -> String {
    written_amount(language, money, true)
}

/// An amount as a spreadsheet reads it: no currency sign and no thousands
/// separator (`1170,00` / `1170.00`).
pub fn spreadsheet_amount(language: Language, money: Money) -> String {
    written_amount(language, money, false)
}

fn written_amount(language: Language, money: Money, thousands: bool) -> String {
    let cents = money.cents();
    let whole = cents.abs() / 100;
    let whole = if thousands { number(language, whole) } else { whole.to_string() };
    let sign = if cents < 0 { "-" } else { "" };
    let decimal = match language {
        Language::Dutch => ',',
        Language::English => '.',
    };
    format!("{sign}{whole}{decimal}{:02}", cents.abs() % 100)
}

/// Money with the euro sign: `€ 937,50` / `€937.50`.
pub fn money(language: Language, money: Money) -> String {
    match language {
        Language::Dutch => format!("€ {}", amount(language, money)),
        // English puts the minus before the currency sign: -€187.50.
        Language::English if money.cents() < 0 => format!("-€{}", amount(language, Money::from_cents(-money.cents()))),
        Language::English => format!("€{}", amount(language, money)),
    }
}

const ENGLISH_MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A date: `22-11-2026` / `22 Nov 2026`.
pub fn date(language: Language, date: NaiveDate) -> String {
    match language {
        Language::Dutch => date.format("%d-%m-%Y").to_string(),
        Language::English => {
            let month = ENGLISH_MONTHS[date.month0() as usize];
            format!("{} {month} {}", date.day(), date.year())
        }
    }
}

/// A day of the year: `24-12` / `24 Dec`.
pub fn day_month(language: Language, day: crate::domain::calendar::DayOfYear) -> String {
    match language {
        Language::Dutch => day.text(),
        Language::English => {
            let month = ENGLISH_MONTHS.get(day.month().saturating_sub(1) as usize).copied().unwrap_or_default();
            format!("{} {month}", day.day())
        }
    }
}

/// A date and time: `22-11-2026 14:30` / `22 Nov 2026 14:30`.
pub fn date_time(language: Language, at: NaiveDateTime) -> String {
    format!("{} {}", date(language, at.date()), at.format("%H:%M"))
}

/// How a date is typed, shown as a hint in empty date fields.
pub fn date_hint(language: Language) -> &'static str {
    match language {
        Language::Dutch => "dd-mm-jjjj",
        // As English dates are shown; 01-12-2026 is read too.
        Language::English => "1 Dec 2026",
    }
}

/// Reads a typed date: `22-11-2026`, `22/11/2026`, `2026-11-22`,
/// `22 Nov 2026` (English month names in either language).
/// The year is written in full: `01-01-26` is refused, never read as the
/// year 26.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    for pattern in ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %b %Y", "%d %B %Y"] {
        if let Ok(date) = NaiveDate::parse_from_str(text, pattern) {
            return full_year(date);
        }
    }
    None
}

/// A date given as `YYYY-MM-DD` only, as the command line takes them.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let shape = text.len() == 10
        && text.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().and_then(full_year)
}

fn full_year(date: NaiveDate) -> Option<NaiveDate> {
    (1900..=9999).contains(&chrono::Datelike::year(&date)).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_follows_the_language() {
        let price = Money::from_cents(93_750);
        assert_eq!(money(Language::Dutch, price), "€ 937,50");
        assert_eq!(money(Language::English, price), "€937.50");
        assert_eq!(money(Language::Dutch, Money::from_cents(123_456_789)), "€ 1.234.567,89");
        assert_eq!(money(Language::English, Money::from_cents(-5)), "-€0.05");
        assert_eq!(money(Language::Dutch, Money::from_cents(-18_750)), "€ -187,50");
    }

    #[test]
    fn dates_follow_the_language_and_read_back() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(date(Language::Dutch, day), "22-11-2026");
        assert_eq!(date(Language::English, day), "22 Nov 2026");
        for language in Language::ALL {
            assert_eq!(parse_date(&date(language, day)), Some(day));
        }
        assert_eq!(parse_date("2026-11-22"), Some(day));
        assert_eq!(parse_date("31-02-2026"), None);
    }

    #[test]
    fn numbers_group_thousands() {
        assert_eq!(number(Language::Dutch, 20_000), "20.000");
        assert_eq!(number(Language::English, 1_234_567), "1,234,567");
        assert_eq!(number(Language::English, 999), "999");
        assert_eq!(number(Language::Dutch, -1000), "-1.000");
    }
}
