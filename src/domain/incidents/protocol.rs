//! The protocol clock: when each conversation of a support trajectory is
//! due, how urgent it is now, and what an offer that was declined or not
//! answered leads to. All the numbers come from [`IncidentDefaults`].
//!
//! **Hours are counted on the wall clock.** "Within 72 hours of the report"
//! means the same time of day three days later, as a coordinator reads it
//! (reported Friday 15:00, first conversation due Monday 15:00), also across
//! a change to or from daylight-saving time, when that is 71 or 73 hours of
//! elapsed time. Times are the organisation's local times, without a zone.

use super::IncidentDefaults;
use chrono::{Duration, NaiveDate, NaiveDateTime};

/// The conversations of a trajectory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Within the first hours after the report to the peer-support team.
    First,
    /// Some days (two weeks) after the incident.
    Second,
    /// In a window (six weeks to three months) after the incident; then the
    /// trajectory is closed or the employee referred.
    Third,
}

/// When the protocol's conversations are due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConversationPlan {
    /// The first conversation is due by this moment.
    pub first_due: NaiveDateTime,
    /// The second conversation is due on this day.
    pub second_due: NaiveDate,
    /// The third conversation takes place in this window (both days included).
    pub third_from: NaiveDate,
    pub third_until: NaiveDate,
}

/// The plan of a trajectory: the first conversation counted from the
/// moment the incident was **reported to the peer-support team**, the
/// second and third from the **day of the incident**. This is the one place
/// where "72 hours", "two weeks" and "six weeks to three months" live.
pub fn conversation_plan(
    incident_on: NaiveDate,
    reported_at: NaiveDateTime,
    numbers: &IncidentDefaults,
) -> ConversationPlan {
    ConversationPlan {
        first_due: reported_at + Duration::hours(numbers.first_conversation_hours),
        second_due: incident_on + Duration::days(numbers.second_conversation_days),
        third_from: incident_on + Duration::days(numbers.third_conversation_from_days),
        third_until: incident_on + Duration::days(numbers.third_conversation_until_days),
    }
}

impl ConversationPlan {
    /// The last moment by which `step` should have taken place.
    pub fn deadline(&self, step: Step) -> NaiveDateTime {
        let end_of = |day: NaiveDate| day.and_hms_opt(23, 59, 59).unwrap_or_default();
        match step {
            Step::First => self.first_due,
            Step::Second => end_of(self.second_due),
            Step::Third => end_of(self.third_until),
        }
    }
}

/// How urgent the next conversation is, most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    Overdue,
    DueToday,
    DueThisWeek,
    OnTrack,
}

/// The urgency of something due by `deadline`, seen at `now`: overdue once
/// the deadline has passed, due today on its day, due this week within the
/// next seven days.
pub fn urgency(deadline: NaiveDateTime, now: NaiveDateTime) -> Urgency {
    if deadline < now {
        Urgency::Overdue
    } else if deadline.date() == now.date() {
        Urgency::DueToday
    } else if deadline.date() <= now.date() + Duration::days(7) {
        Urgency::DueThisWeek
    } else {
        Urgency::OnTrack
    }
}

/// What the employee answered to an offer of peer support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Accepted,
    Declined,
    NoAnswer,
}

crate::domain::codes::stored_codes!(Answer { Accepted => "accepted", Declined => "declined", NoAnswer => "no-answer" });

/// A trajectory's offers, oldest first: the day each was made and the answer, once known.
pub type Offers = Vec<(NaiveDate, Option<Answer>)>;

/// Where the offer stands after the answers so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferState {
    /// Not offered yet.
    ToOffer,
    /// Offered on this day, no answer recorded yet.
    Offered(NaiveDate),
    /// Accepted: the conversations follow the plan.
    Accepted,
    /// Declined or unanswered once: offered again on this day.
    RepeatDue(NaiveDate),
    /// Declined or unanswered twice: ended, no further prompting.
    EndedDeclined,
}

/// The offer's state after `answers` (each with the day the offer was made
/// and what came of it, oldest first). A declined or unanswered first offer
/// is repeated after the set number of days; a second refusal ends it.
pub fn offer_state(answers: &[(NaiveDate, Option<Answer>)], numbers: &IncidentDefaults) -> OfferState {
    let mut refusals = 0;
    let mut state = OfferState::ToOffer;
    for (offered_on, answer) in answers {
        state = match answer {
            None => OfferState::Offered(*offered_on),
            Some(Answer::Accepted) => return OfferState::Accepted,
            Some(Answer::Declined | Answer::NoAnswer) => {
                refusals += 1;
                if refusals >= 2 {
                    return OfferState::EndedDeclined;
                }
                OfferState::RepeatDue(*offered_on + Duration::days(numbers.repeat_offer_days))
            }
        };
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_report_on_friday_afternoon_is_due_on_monday_afternoon() {
        let plan = conversation_plan(day(2026, 11, 20), at(2026, 11, 20, 15, 30), &IncidentDefaults::default());
        assert_eq!(plan.first_due, at(2026, 11, 23, 15, 30));
    }

    #[test]
    fn an_incident_reported_days_later_counts_the_first_from_the_report_and_the_rest_from_the_incident() {
        let plan = conversation_plan(day(2026, 11, 2), at(2026, 11, 9, 10, 0), &IncidentDefaults::default());
        assert_eq!(plan.first_due, at(2026, 11, 12, 10, 0));
        assert_eq!(plan.second_due, day(2026, 11, 16));
        assert_eq!((plan.third_from, plan.third_until), (day(2026, 12, 14), day(2027, 2, 1)));
    }

    #[test]
    fn seventy_two_hours_are_wall_clock_hours_across_daylight_saving() {
        // Summer time starts on Sunday 29 March 2026 (02:00 becomes 03:00):
        // due Monday 09:00 on the clock, 71 hours of elapsed time later.
        let plan = conversation_plan(day(2026, 3, 27), at(2026, 3, 27, 9, 0), &IncidentDefaults::default());
        assert_eq!(plan.first_due, at(2026, 3, 30, 9, 0));
        // Winter time starts on Sunday 25 October 2026: again Monday 09:00.
        let plan = conversation_plan(day(2026, 10, 23), at(2026, 10, 23, 9, 0), &IncidentDefaults::default());
        assert_eq!(plan.first_due, at(2026, 10, 26, 9, 0));
    }

    #[test]
    fn urgency_goes_from_on_track_to_overdue() {
        let due = at(2026, 11, 23, 15, 30);
        assert_eq!(urgency(due, at(2026, 11, 10, 9, 0)), Urgency::OnTrack);
        assert_eq!(urgency(due, at(2026, 11, 18, 9, 0)), Urgency::DueThisWeek);
        assert_eq!(urgency(due, at(2026, 11, 23, 9, 0)), Urgency::DueToday);
        assert_eq!(urgency(due, at(2026, 11, 23, 15, 31)), Urgency::Overdue);
        assert!(Urgency::Overdue < Urgency::DueToday && Urgency::DueThisWeek < Urgency::OnTrack);
    }

    #[test]
    fn a_declined_offer_is_repeated_once_and_a_second_refusal_ends_it() {
        let numbers = IncidentDefaults::default();
        assert_eq!(offer_state(&[], &numbers), OfferState::ToOffer);
        let first = (day(2026, 11, 2), Some(Answer::Declined));
        assert_eq!(offer_state(&[first], &numbers), OfferState::RepeatDue(day(2026, 11, 16)));
        let again = (day(2026, 11, 16), None);
        assert_eq!(offer_state(&[first, again], &numbers), OfferState::Offered(day(2026, 11, 16)));
        let refused = (day(2026, 11, 16), Some(Answer::NoAnswer));
        assert_eq!(offer_state(&[first, refused], &numbers), OfferState::EndedDeclined);
        let accepted = (day(2026, 11, 16), Some(Answer::Accepted));
        assert_eq!(offer_state(&[first, accepted], &numbers), OfferState::Accepted);
    }
}

/// What a running trajectory needs next, and by when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    /// Support is to be offered (first, or again after a refusal).
    Offer,
    /// Offered: the employee's answer is awaited.
    AwaitAnswer,
    /// A peer supporter is to be matched.
    Match,
    /// A conversation of the protocol is to be held.
    Hold(Step),
    /// The third conversation was held: close or refer.
    Conclude,
}

/// The next task of a running trajectory and its deadline, from its offers
/// (oldest first), whether a supporter is matched, which of the protocol's
/// conversations were held, and its plan.
pub fn next_task(
    offers: &[(NaiveDate, Option<Answer>)],
    matched: bool,
    held: &[Step],
    plan: &ConversationPlan,
    numbers: &IncidentDefaults,
) -> (Task, NaiveDateTime) {
    let start_of = |day: NaiveDate| day.and_hms_opt(0, 0, 0).unwrap_or_default();
    match offer_state(offers, numbers) {
        // Offering support is the first thing, before the first conversation is due.
        OfferState::ToOffer => (Task::Offer, plan.first_due),
        OfferState::Offered(on) => (Task::AwaitAnswer, start_of(on + Duration::days(3)).max(plan.first_due)),
        OfferState::RepeatDue(on) => (Task::Offer, start_of(on)),
        OfferState::EndedDeclined => (Task::Conclude, start_of(plan.third_until)),
        OfferState::Accepted if !matched => (Task::Match, plan.first_due),
        OfferState::Accepted => [Step::First, Step::Second, Step::Third]
            .into_iter()
            .find(|step| !held.contains(step))
            .map(|step| (Task::Hold(step), plan.deadline(step)))
            .unwrap_or((Task::Conclude, plan.deadline(Step::Third))),
    }
}

#[cfg(test)]
mod next_task_tests {
    use super::*;

    #[test]
    fn a_trajectory_moves_from_offer_to_match_to_the_conversations_to_its_end() {
        let numbers = IncidentDefaults::default();
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let plan = conversation_plan(day(2), day(2).and_hms_opt(16, 0, 0).unwrap(), &numbers);
        assert_eq!(next_task(&[], false, &[], &plan, &numbers), (Task::Offer, plan.first_due));
        let accepted = [(day(2), Some(Answer::Accepted))];
        assert_eq!(next_task(&accepted, false, &[], &plan, &numbers).0, Task::Match);
        assert_eq!(next_task(&accepted, true, &[], &plan, &numbers), (Task::Hold(Step::First), plan.first_due));
        let (task, due) = next_task(&accepted, true, &[Step::First], &plan, &numbers);
        assert_eq!((task, due.date()), (Task::Hold(Step::Second), day(16)));
        let all = [Step::First, Step::Second, Step::Third];
        assert_eq!(next_task(&accepted, true, &all, &plan, &numbers).0, Task::Conclude);
        let declined = [(day(2), Some(Answer::Declined))];
        assert_eq!(next_task(&declined, false, &[], &plan, &numbers).0, Task::Offer);
    }
}
