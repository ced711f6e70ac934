//! Money as whole euro cents. Never floating point: 5 sessions × 90 min ×
//! €125/h must be exactly 93 750 cents.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::{Add, AddAssign, Sub};

/// An amount in euro cents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Money(i64);

impl Money {
    /// Zero euros.
    pub const ZERO: Money = Money(0);

    /// An amount of `cents` euro cents.
    pub const fn from_cents(cents: i64) -> Self {
        Money(cents)
    }

    /// A whole number of euros.
    pub const fn from_euros(euros: i64) -> Self {
        Money(euros * 100)
    }

    /// The amount in cents.
    pub const fn cents(self) -> i64 {
        self.0
    }

    /// The price of `minutes` at an hourly rate of `self`, rounded half away
    /// from zero to the cent.
    pub fn for_minutes(self, minutes: i64) -> Option<Money> {
        let total = self.0.checked_mul(minutes)?;
        Some(Money(div_round(total, 60)))
    }

    /// `self` split into `parts` equal shares, rounded to the cent.
    pub fn divided_by(self, parts: i64) -> Option<Money> {
        if parts <= 0 {
            return None;
        }
        Some(Money(div_round(self.0, parts)))
    }

    /// `self` times a whole number.
    pub fn times(self, factor: i64) -> Option<Money> {
        self.0.checked_mul(factor).map(Money)
    }

    /// Reads an amount typed by a person: `125`, `125,00`, `€ 1.250,50`,
    /// `1,250.50`. Whichever of `,` and `.` comes last with one or two digits
    /// after it is the decimal separator; the other groups thousands.
    pub fn parse(text: &str) -> Option<Money> {
        // The minus may stand before or after the euro sign: -€5,00 or € -5,00.
        let cleaned: String = text.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '€').collect();
        let (negative, body) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.as_str()),
        };
        if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
            return None;
        }
        let (whole, fraction) = match body.rfind([',', '.']) {
            Some(pos) if body.len() - pos - 1 <= 2 => (&body[..pos], &body[pos + 1..]),
            _ => (body, ""),
        };
        let whole_digits = parse_grouped(whole)?;
        let fraction_cents: i64 = match fraction.len() {
            0 => 0,
            1 => fraction.parse::<i64>().ok()? * 10,
            _ => fraction.parse::<i64>().ok()?,
        };
        let cents = whole_digits.checked_mul(100)?.checked_add(fraction_cents)?;
        Some(Money(if negative { -cents } else { cents }))
    }
}

/// Digits with optional thousands separators in groups of three.
fn parse_grouped(whole: &str) -> Option<i64> {
    if whole.is_empty() {
        return Some(0);
    }
    let groups: Vec<&str> = whole.split([',', '.']).collect();
    if groups.len() > 1 {
        let first_ok = !groups[0].is_empty() && groups[0].len() <= 3;
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    groups.concat().parse::<i64>().ok()
}

fn div_round(numerator: i64, denominator: i64) -> i64 {
    let quotient = numerator / denominator;
    let remainder = numerator % denominator;
    if remainder.abs() * 2 >= denominator.abs() {
        quotient + numerator.signum() * denominator.signum()
    } else {
        quotient
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money(self.0 + other.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        self.0 += other.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, other: Money) -> Money {
        Money(self.0 - other.0)
    }
}

impl fmt::Display for Money {
    /// A neutral form for logs and the command line; the window and documents
    /// format money through `i18n`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}€{}.{:02}", self.0.abs() / 100, self.0.abs() % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_sessions_of_ninety_minutes_at_125_cost_937_50() {
        let per_session = Money::from_euros(125).for_minutes(90).unwrap();
        assert_eq!(per_session.times(5).unwrap(), Money::from_cents(93_750));
    }

    #[test]
    fn an_individual_pays_a_fifth_of_the_group_price() {
        assert_eq!(Money::from_cents(93_750).divided_by(5), Some(Money::from_cents(18_750)));
        assert_eq!(Money::from_cents(100).divided_by(3), Some(Money::from_cents(33)));
        assert_eq!(Money::from_cents(200).divided_by(3), Some(Money::from_cents(67)));
        assert_eq!(Money::from_cents(100).divided_by(0), None);
    }

    #[test]
    fn amounts_are_read_in_dutch_and_english_notation() {
        assert_eq!(Money::parse("125"), Some(Money::from_euros(125)));
        assert_eq!(Money::parse("125,00"), Some(Money::from_euros(125)));
        assert_eq!(Money::parse("€ 937,50"), Some(Money::from_cents(93_750)));
        assert_eq!(Money::parse("€937.50"), Some(Money::from_cents(93_750)));
        assert_eq!(Money::parse("1.250,5"), Some(Money::from_cents(125_050)));
        assert_eq!(Money::parse("1,250.50"), Some(Money::from_cents(125_050)));
        assert_eq!(Money::parse("1.250"), Some(Money::from_euros(1250)));
        assert_eq!(Money::parse(""), None);
        assert_eq!(Money::parse("12a"), None);
        assert_eq!(Money::parse("1.2.3"), None);
        assert_eq!(Money::parse("12,345"), Some(Money::from_euros(12_345)));
        assert_eq!(Money::parse("-€187.50"), Some(Money::from_cents(-18_750)));
        assert_eq!(Money::parse("€ -187,50"), Some(Money::from_cents(-18_750)));
    }
}
