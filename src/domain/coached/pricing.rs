//! What coached peer support costs (DOMAIN.md, programme 1). Every amount a
//! screen, a cost statement or an invoice shows for a registration comes from
//! [`registration_price`]: there is no second way to compute a price.

use crate::domain::codes::stored_codes;
use crate::domain::money::Money;
use serde::{Deserialize, Serialize};

/// Registered together as a group, or alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RegistrationKind {
    Group,
    Individual,
}

stored_codes!(RegistrationKind { Group => "group", Individual => "individual" });

/// The coached programme's numbers, edited in Settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachedDefaults {
    /// Price of one coach hour (€125).
    pub hourly_rate: Money,
    /// Length of a coached session in minutes (90).
    pub session_minutes: i64,
    /// Coached sessions per group (5).
    pub sessions_per_group: i64,
    /// Smallest coached group (4).
    pub min_group_size: i64,
    /// Largest coached group (5); an individual pays the group price divided by this.
    pub max_group_size: i64,
}

impl Default for CoachedDefaults {
    fn default() -> Self {
        CoachedDefaults {
            hourly_rate: Money::from_euros(125),
            session_minutes: 90,
            sessions_per_group: 5,
            min_group_size: 4,
            max_group_size: 5,
        }
    }
}

impl CoachedDefaults {
    /// The pricing a group formed today gets.
    pub fn pricing(&self) -> GroupPricing {
        GroupPricing {
            hourly_rate: self.hourly_rate,
            session_minutes: self.session_minutes,
            sessions: self.sessions_per_group,
            max_group_size: self.max_group_size,
        }
    }
}

/// The prices a group was formed with, copied from Settings so that a later
/// change of rate never changes an existing group's cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupPricing {
    pub hourly_rate: Money,
    pub session_minutes: i64,
    pub sessions: i64,
    pub max_group_size: i64,
}

impl GroupPricing {
    /// The coach hours a group gets, in minutes (sessions × session length).
    pub fn coached_minutes(&self) -> Option<i64> {
        self.session_minutes.checked_mul(self.sessions)
    }

    /// What a group registration pays; see [`registration_price`].
    pub fn group_price(&self) -> Option<Money> {
        registration_price(self, RegistrationKind::Group)
    }

    /// What an individual registration pays; see [`registration_price`].
    pub fn individual_price(&self) -> Option<Money> {
        registration_price(self, RegistrationKind::Individual)
    }
}

/// The price rule of coached groups, the one place it is computed:
///
/// - a **group** registration pays the hourly rate × the session length ×
///   the number of sessions, whatever the group's size (€125 × 1,5 h × 5 =
///   €937,50), rounded once, half away from zero, to the cent;
/// - an **individual** registration pays that group price divided by the
///   largest group size (€937,50 / 5 = €187,50), rounded half away from zero
///   to the cent.
///
/// `None` when the numbers do not make a price (overflow, a group size of 0).
pub fn registration_price(pricing: &GroupPricing, kind: RegistrationKind) -> Option<Money> {
    let group = pricing.hourly_rate.for_minutes(pricing.coached_minutes()?)?;
    match kind {
        RegistrationKind::Group => Some(group),
        RegistrationKind::Individual => group.divided_by(pricing.max_group_size),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_price_a_group_at_937_50_and_an_individual_at_187_50() {
        let pricing = CoachedDefaults::default().pricing();
        assert_eq!(pricing.group_price(), Some(Money::from_cents(93_750)));
        assert_eq!(pricing.individual_price(), Some(Money::from_cents(18_750)));
    }

    #[test]
    fn a_changed_rate_and_session_count_change_the_group_price() {
        let defaults = CoachedDefaults {
            hourly_rate: Money::from_euros(110),
            sessions_per_group: 6,
            ..CoachedDefaults::default()
        };
        assert_eq!(defaults.pricing().group_price(), Some(Money::from_cents(99_000)));
        assert_eq!(defaults.pricing().individual_price(), Some(Money::from_cents(19_800)));
    }

    #[test]
    fn the_group_price_is_rounded_once_not_per_session() {
        // €100/h for 7 minutes is 1 166,66… cents a session; five sessions
        // are 5 833,33… cents, not five times a rounded 1 167.
        let pricing =
            GroupPricing { hourly_rate: Money::from_euros(100), session_minutes: 7, sessions: 5, max_group_size: 5 };
        assert_eq!(pricing.group_price(), Some(Money::from_cents(5_833)));
        assert_eq!(pricing.individual_price(), Some(Money::from_cents(1_167)));
    }

    #[test]
    fn a_group_size_of_zero_makes_no_individual_price() {
        let pricing = GroupPricing { max_group_size: 0, ..CoachedDefaults::default().pricing() };
        assert_eq!(pricing.individual_price(), None);
    }
}
