//! The sentence for each [`Problem`] a form or the store reports.

use crate::domain::Problem;
use crate::i18n::{Arg, I18n};

/// The sentence for a problem, in the user's language.
pub fn problem_text(i18n: &I18n, problem: &Problem) -> String {
    match problem {
        Problem::Required => i18n.tr("problem-required"),
        Problem::InvalidEmail => i18n.tr("problem-email"),
        Problem::InvalidPhone => i18n.tr("problem-phone"),
        Problem::InvalidIban => i18n.tr("problem-iban"),
        Problem::InvalidChamberOfCommerce => i18n.tr("problem-kvk"),
        Problem::InvalidVat => i18n.tr("problem-vat"),
        Problem::NotAWholeNumber => i18n.tr("problem-whole-number"),
        Problem::InvalidAmount => i18n.tr("problem-amount"),
        Problem::InvalidDate => {
            i18n.tr_args("problem-date", &[("hint", Arg::from(crate::i18n::format::date_hint(i18n.language())))])
        }
        Problem::DateInFuture => i18n.tr("problem-date-future"),
        Problem::OutOfRange { min, max } => i18n
            .tr_args("problem-range", &[("min", Arg::from(i18n.number(*min))), ("max", Arg::from(i18n.number(*max)))]),
        Problem::MinimumAboveMaximum => i18n.tr("problem-min-above-max"),
        Problem::EndBeforeStart => i18n.tr("problem-end-before-start"),
        Problem::Duplicate => i18n.tr("problem-duplicate"),
        Problem::GroupSize { min, max } => {
            i18n.tr_args("problem-group-size", &[("min", Arg::from(*min)), ("max", Arg::from(*max))])
        }
        Problem::ExactlyOnePerson => i18n.tr("problem-one-person"),
        Problem::TooLong { max } => i18n.tr_args("problem-too-long", &[("max", Arg::from(*max))]),
        Problem::InvalidLink => i18n.tr("problem-link"),
        Problem::InvalidTime => i18n.tr("problem-time"),
        Problem::AlreadyWaiting => i18n.tr("problem-already-waiting"),
        Problem::AlreadyInGroup => i18n.tr("problem-already-in-group"),
        Problem::SessionOverlap => i18n.tr("problem-session-overlap"),
        Problem::TooShort { min } => i18n.tr_args("problem-too-short", &[("min", Arg::from(*min))]),
        Problem::NotTheSame => i18n.tr("problem-not-the-same"),
        Problem::BeforeIncident => i18n.tr("problem-before-incident"),
        Problem::RulesNotAccepted => i18n.tr("problem-rules-not-accepted"),
        Problem::ChairIsMember => i18n.tr("problem-chair-is-member"),
        Problem::BeforeInvoice => i18n.tr("problem-before-invoice"),
        Problem::AboveAmount { max } if *max == crate::domain::Money::ZERO => i18n.tr("problem-nothing-open"),
        Problem::AboveAmount { max } => i18n.tr_args("problem-above-amount", &[("max", Arg::from(i18n.money(*max)))]),
        Problem::InvalidDayMonth => i18n.tr("problem-day-month"),
        Problem::NotAFullPath => i18n.tr("problem-not-a-full-path"),
        Problem::FolderMissing => i18n.tr("problem-folder-missing"),
        Problem::ClusterLine { line } => i18n.tr_args("problem-cluster-line", &[("line", Arg::from(*line))]),
        Problem::DuplicateCluster { name } => {
            i18n.tr_args("problem-cluster-twice", &[("name", Arg::from(name.as_str()))])
        }
        Problem::AfterConversation { held } => {
            i18n.tr_args("problem-after-conversation", &[("date", Arg::from(i18n.date(*held)))])
        }
        Problem::InTwoClusters { department } => {
            i18n.tr_args("problem-department-twice", &[("department", Arg::from(department.as_str()))])
        }
    }
}
