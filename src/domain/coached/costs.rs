//! What a coached group costs and who pays (DOMAIN.md, programme 1): a group
//! registration pays the group price whatever its size; an individual pays
//! the group price divided by the largest group size; a registration funded
//! by a central budget costs its department nothing.

use super::groups::{Registration, RegistrationId};
use super::{GroupPricing, registration_price};
use crate::domain::funding::{FundingSource, FundingSourceId};
use crate::domain::money::Money;

/// The charge of one registration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostLine {
    pub registration: RegistrationId,
    pub funding: FundingSourceId,
    pub amount: Money,
    /// True when a central budget pays, not the participant's department.
    pub central: bool,
}

/// The charge of each registration in a group. A registration uses the
/// price copied into it when the group was formed; without one (not yet
/// formed) the group's pricing decides.
pub fn cost_lines(pricing: &GroupPricing, registrations: &[Registration], sources: &[FundingSource]) -> Vec<CostLine> {
    registrations
        .iter()
        .map(|registration| {
            let amount =
                registration.price.or_else(|| registration_price(pricing, registration.kind)).unwrap_or_default();
            let central = sources.iter().any(|s| s.id == registration.funding && s.central_budget);
            CostLine { registration: registration.id, funding: registration.funding, amount, central }
        })
        .collect()
}

/// The total per funding source, in the order the sources first appear.
pub fn per_funding_source(lines: &[CostLine]) -> Vec<(FundingSourceId, Money)> {
    let mut totals: Vec<(FundingSourceId, Money)> = Vec::new();
    for line in lines {
        match totals.iter_mut().find(|(id, _)| *id == line.funding) {
            Some((_, total)) => *total += line.amount,
            None => totals.push((line.funding, line.amount)),
        }
    }
    totals
}

/// What departments pay and what central budgets pay.
pub fn department_and_central(lines: &[CostLine]) -> (Money, Money) {
    lines.iter().fold((Money::ZERO, Money::ZERO), |(department, central), line| {
        if line.central { (department, central + line.amount) } else { (department + line.amount, central) }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::coached::CoachedDefaults;
    use crate::domain::coached::fixtures;
    use crate::domain::coached::groups::RegistrationKind;

    fn source(id: i64, central: bool) -> FundingSource {
        fixtures::source(id, None, central)
    }

    fn registration(id: i64, kind: RegistrationKind, funding: i64, people: usize) -> Registration {
        let people: Vec<i64> = (0..people as i64).collect();
        fixtures::registration(id, kind, &people, funding)
    }

    fn default_pricing() -> GroupPricing {
        CoachedDefaults::default().pricing()
    }

    #[test]
    fn a_group_registration_pays_937_50_whether_four_or_five_people() {
        let sources = [source(1, false)];
        for size in [4, 5] {
            let lines = cost_lines(&default_pricing(), &[registration(1, RegistrationKind::Group, 1, size)], &sources);
            assert_eq!(lines[0].amount, Money::from_cents(93_750));
        }
    }

    #[test]
    fn individual_registration_costs_one_fifth_of_a_group() {
        let lines =
            cost_lines(&default_pricing(), &[registration(1, RegistrationKind::Individual, 1, 1)], &[source(1, false)]);
        assert_eq!(lines[0].amount, Money::from_cents(18_750));
    }

    #[test]
    fn a_postdoc_group_costs_the_department_nothing_and_the_central_budget_937_50() {
        let sources = [source(1, false), source(2, true)];
        let lines = cost_lines(&default_pricing(), &[registration(1, RegistrationKind::Group, 2, 4)], &sources);
        let (department, central) = department_and_central(&lines);
        assert_eq!(department, Money::ZERO);
        assert_eq!(central, Money::from_cents(93_750));
        assert_eq!(per_funding_source(&lines), vec![(FundingSourceId(2), Money::from_cents(93_750))]);
    }

    #[test]
    fn a_mixed_group_of_individuals_is_split_per_funding_source() {
        let sources = [source(1, false), source(2, true), source(3, false)];
        let registrations = [
            registration(1, RegistrationKind::Individual, 1, 1),
            registration(2, RegistrationKind::Individual, 2, 1),
            registration(3, RegistrationKind::Individual, 2, 1),
            registration(4, RegistrationKind::Individual, 3, 1),
        ];
        let lines = cost_lines(&default_pricing(), &registrations, &sources);
        assert_eq!(
            per_funding_source(&lines),
            vec![
                (FundingSourceId(1), Money::from_cents(18_750)),
                (FundingSourceId(2), Money::from_cents(37_500)),
                (FundingSourceId(3), Money::from_cents(18_750)),
            ]
        );
        assert_eq!(department_and_central(&lines), (Money::from_cents(37_500), Money::from_cents(37_500)));
    }

    #[test]
    fn a_non_default_rate_and_session_count_change_the_price() {
        let pricing =
            GroupPricing { hourly_rate: Money::from_euros(140), session_minutes: 120, sessions: 6, max_group_size: 6 };
        let lines = cost_lines(
            &pricing,
            &[registration(1, RegistrationKind::Group, 1, 5), registration(2, RegistrationKind::Individual, 1, 1)],
            &[source(1, false)],
        );
        assert_eq!(lines[0].amount, Money::from_cents(168_000));
        assert_eq!(lines[1].amount, Money::from_cents(28_000));
    }

    #[test]
    fn a_price_copied_into_a_registration_wins_over_todays_rate() {
        let mut formed = registration(1, RegistrationKind::Group, 1, 4);
        formed.price = Some(Money::from_cents(93_750));
        let raised = GroupPricing { hourly_rate: Money::from_euros(150), ..default_pricing() };
        let lines = cost_lines(&raised, &[formed], &[source(1, false)]);
        assert_eq!(lines[0].amount, Money::from_cents(93_750));
    }
}
