//! The incident programme's numbers, edited in Settings.

use serde::{Deserialize, Serialize};

/// The incident programme's numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentDefaults {
    /// First incident conversation preferably within this many hours of the report (72).
    pub first_conversation_hours: i64,
    /// Second conversation this many days after the incident (14).
    pub second_conversation_days: i64,
    /// Third conversation no earlier than this many days after the incident (6 weeks).
    pub third_conversation_from_days: i64,
    /// Third conversation no later than this many days after the incident (3 months).
    pub third_conversation_until_days: i64,
    /// Months after closing an incident case before its identifying data is removed.
    pub retention_months: i64,
    /// A declined or unanswered offer of support is made again after this many days (14).
    #[serde(default = "default_repeat_offer_days")]
    pub repeat_offer_days: i64,
    /// Counts from 1 to this number are hidden in the yearly report (2).
    #[serde(default = "default_report_threshold")]
    pub report_threshold: i64,
}

fn default_report_threshold() -> i64 {
    2
}

fn default_repeat_offer_days() -> i64 {
    14
}

impl Default for IncidentDefaults {
    fn default() -> Self {
        IncidentDefaults {
            first_conversation_hours: 72,
            second_conversation_days: 14,
            third_conversation_from_days: 42,
            third_conversation_until_days: 91,
            retention_months: 12,
            repeat_offer_days: default_repeat_offer_days(),
            report_threshold: default_report_threshold(),
        }
    }
}
