//! Demand per career phase: how many wait for a circle and for how long,
//! and whether a phase without a circle has enough people to open one.

use super::circle::Circle;
use super::signups::SignUp;
use crate::domain::lists::ListItemId;
use chrono::NaiveDate;

/// One career phase's demand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhaseDemand {
    pub phase: ListItemId,
    /// Sign-ups waiting for a circle.
    pub waiting: usize,
    /// Days the longest-waiting sign-up has waited.
    pub longest_wait_days: i64,
    /// Circles of this phase that have not ended.
    pub circles: usize,
    /// Enough people wait to start a circle.
    pub enough: bool,
}

impl PhaseDemand {
    /// A phase without a circle where enough people wait: time to open it.
    pub fn opens(&self) -> bool {
        self.circles == 0 && self.enough
    }
}

/// The demand of each phase in `phases` (in their order) on `today`;
/// `threshold` is how many must wait for a circle to start.
pub fn demand(
    phases: &[ListItemId],
    signups: &[SignUp],
    circles: &[Circle],
    today: NaiveDate,
    threshold: usize,
) -> Vec<PhaseDemand> {
    phases
        .iter()
        .map(|&phase| {
            let waiting: Vec<&SignUp> =
                signups.iter().filter(|s| s.is_waiting() && s.wish.wants_circle() && s.phase == Some(phase)).collect();
            let longest_wait_days = waiting.iter().map(|s| (today - s.signed_on).num_days()).max().unwrap_or(0).max(0);
            PhaseDemand {
                phase,
                waiting: waiting.len(),
                longest_wait_days,
                circles: circles.iter().filter(|c| c.phase == phase && c.is_active()).count(),
                enough: threshold > 0 && waiting.len() >= threshold,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::circles::fixtures::{circle, day, signup};

    #[test]
    fn a_phase_without_a_circle_opens_when_three_wait() {
        let signups =
            [signup(1, 10, 3, day(2026, 9, 1)), signup(2, 11, 3, day(2026, 10, 1)), signup(3, 12, 2, day(2026, 11, 1))];
        let circles = [circle(1, 2, &[20, 21, 22])];
        let phases = [ListItemId(1), ListItemId(2), ListItemId(3)];
        let mut found = demand(&phases, &signups, &circles, day(2026, 11, 30), 3);
        assert_eq!(
            found[0],
            PhaseDemand { phase: ListItemId(1), waiting: 0, longest_wait_days: 0, circles: 0, enough: false }
        );
        assert_eq!((found[1].waiting, found[1].circles, found[1].opens()), (1, 1, false));
        assert_eq!((found[2].waiting, found[2].longest_wait_days, found[2].opens()), (2, 90, false));
        let more = [signups.to_vec(), vec![signup(4, 13, 3, day(2026, 11, 20))]].concat();
        found = demand(&phases, &more, &circles, day(2026, 11, 30), 3);
        assert!(found[2].enough && found[2].opens());
    }
}
