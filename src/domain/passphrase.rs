//! The rules of a database's passphrase: long enough to resist guessing,
//! typed twice the same, and a hint of how strong it is while it is typed.

use super::{Problem, Problems};

/// The fewest characters a passphrase may have.
pub const MIN_LENGTH: usize = 10;

/// The field names a passphrase form reports problems under.
pub mod field {
    pub const PASSPHRASE: &str = "passphrase";
    pub const CONFIRMATION: &str = "confirmation";
}

/// How hard a passphrase is to guess, as a hint while typing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    TooShort,
    Weak,
    Fair,
    Strong,
}

/// The strength of `text`: its length, and how many kinds of characters
/// (lower case, upper case, digits, others) it mixes. Four or more words
/// make a strong passphrase too.
pub fn strength(text: &str) -> Strength {
    let length = text.chars().count();
    if length < MIN_LENGTH {
        return Strength::TooShort;
    }
    let kinds = [
        text.chars().any(char::is_lowercase),
        text.chars().any(char::is_uppercase),
        text.chars().any(|c| c.is_ascii_digit()),
        text.chars().any(|c| !c.is_alphanumeric()),
    ]
    .iter()
    .filter(|k| **k)
    .count();
    let words = text.split_whitespace().filter(|w| w.chars().count() >= 3).count();
    match (length, kinds) {
        _ if words >= 4 && length >= 20 => Strength::Strong,
        (16.., 3..) | (24.., _) => Strength::Strong,
        (12.., 2..) | (16.., _) => Strength::Fair,
        _ => Strength::Weak,
    }
}

/// What is wrong with a new passphrase and its confirmation.
pub fn problems(passphrase: &str, confirmation: &str) -> Problems {
    let mut problems = Problems::new();
    if passphrase.chars().count() < MIN_LENGTH {
        problems.add(field::PASSPHRASE, Problem::TooShort { min: MIN_LENGTH as i64 });
    }
    if confirmation != passphrase {
        problems.add(field::CONFIRMATION, Problem::NotTheSame);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strength_grows_with_length_and_variety() {
        assert_eq!(strength("geheim"), Strength::TooShort);
        assert_eq!(strength("wachtwoord"), Strength::Weak);
        assert_eq!(strength("Wachtwoord12"), Strength::Fair);
        assert_eq!(strength("Koffie-om-10-uur!"), Strength::Strong);
        assert_eq!(strength("paarse fiets onder brug"), Strength::Strong);
    }

    #[test]
    fn a_short_or_mistyped_passphrase_is_refused_beside_its_field() {
        let p = problems("kort", "kort");
        assert_eq!(p.for_field(field::PASSPHRASE), Some(&Problem::TooShort { min: 10 }));
        let p = problems("lang genoeg hoor", "lang genoeg hor");
        assert_eq!(p.for_field(field::CONFIRMATION), Some(&Problem::NotTheSame));
        assert!(problems("lang genoeg hoor", "lang genoeg hoor").is_empty());
    }
}
