//! Words for the circles programme, shared by the window, the command line
//! and documents: methods and their phases, cadences, statuses, reasons.

use crate::domain::ListItem;
use crate::domain::circles::circle::{Cadence, CircleStatus};
use crate::domain::circles::mentoring::{EndReason, MatchReason, PairStatus};
use crate::domain::circles::methods::Method;
use crate::domain::circles::signups::Wish;
use crate::i18n::{Arg, I18n};

/// A method's name: typed, or the translation of a shipped method.
pub fn method_name(i18n: &I18n, method: &Method) -> String {
    match &method.code {
        Some(code) => i18n.tr(&format!("method-{code}")),
        None => method.name.clone(),
    }
}

/// A phase's title and what happens in it, in the user's language.
pub fn phase_words(i18n: &I18n, method: &Method, index: usize) -> (String, String) {
    let Some(phase) = method.phases.get(index) else { return (String::new(), String::new()) };
    match &method.code {
        Some(code) if phase.title.is_empty() => {
            let n = index + 1;
            (i18n.tr(&format!("method-{code}-{n}")), i18n.tr(&format!("method-{code}-{n}-what")))
        }
        _ => (phase.title.clone(), phase.what.clone()),
    }
}

/// A career phase's name.
pub fn phase_name(i18n: &I18n, items: &[ListItem], phase: crate::domain::ListItemId) -> String {
    crate::ops::lists::item_label(i18n, items, Some(phase))
}

/// What a sign-up is for.
pub fn wish_text(i18n: &I18n, wish: Wish) -> String {
    i18n.tr(match wish {
        Wish::Circle => "wish-circle",
        Wish::Mentor => "wish-mentor",
        Wish::Both => "wish-both",
        Wish::OffersMentoring => "wish-offers-mentoring",
    })
}

/// How often a circle meets.
pub fn cadence_text(i18n: &I18n, cadence: Cadence) -> String {
    match cadence {
        Cadence::EveryWeeks(weeks) => i18n.tr_args("cadence-weeks", &[("weeks", Arg::from(i64::from(weeks)))]),
        Cadence::AgreedEachTime => i18n.tr("cadence-agreed"),
    }
}

/// A circle's status.
pub fn circle_status_text(i18n: &I18n, status: CircleStatus) -> String {
    i18n.tr(match status {
        CircleStatus::Forming => "circle-status-forming",
        CircleStatus::Meeting => "circle-status-meeting",
        CircleStatus::Ended => "circle-status-ended",
    })
}

/// A pair's status.
pub fn pair_status_text(i18n: &I18n, status: PairStatus) -> String {
    i18n.tr(match status {
        PairStatus::Proposed => "pair-status-proposed",
        PairStatus::Active => "pair-status-active",
        PairStatus::Ended => "pair-status-ended",
    })
}

/// Why a pair ended.
pub fn end_reason_text(i18n: &I18n, reason: EndReason) -> String {
    i18n.tr(&format!("pair-end-{}", reason.code()))
}

/// Why a mentor suits a mentee, in a few words.
pub fn match_reason_text(i18n: &I18n, items: &[ListItem], reason: &MatchReason) -> String {
    match reason {
        MatchReason::SameLanguage(code) => {
            i18n.tr_args("match-language", &[("language", Arg::from(i18n.tr(&format!("spoken-{code}"))))])
        }
        MatchReason::PhasesAhead(n) => i18n.tr_args("match-ahead", &[("count", Arg::from(*n))]),
        MatchReason::SameDepartment(department) => {
            i18n.tr_args("match-department", &[("department", Arg::from(department.as_str()))])
        }
        MatchReason::SamePosition(position) => i18n.tr_args(
            "match-position",
            &[("position", Arg::from(crate::ops::lists::item_label(i18n, items, Some(*position))))],
        ),
        MatchReason::SharedTimes(n) => i18n.tr_args("match-times", &[("count", Arg::from(*n))]),
        MatchReason::CapacityLeft(n) => i18n.tr_args("match-capacity", &[("count", Arg::from(*n))]),
    }
}
