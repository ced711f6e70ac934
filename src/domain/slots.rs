//! When someone can meet: a weekday and a part of the day. Shared by the
//! programmes that gather preferred times (groups, circles, mentoring).

use crate::domain::codes::stored_codes;
use chrono::Weekday;
use serde::{Deserialize, Serialize};

/// Part of a day someone can meet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
}

stored_codes!(DayPart { Morning => "morning", Afternoon => "afternoon", Evening => "evening" });

impl DayPart {
    /// The part of the day a session starting at `hour` falls in.
    pub fn of_hour(hour: u32) -> DayPart {
        match hour {
            0..=11 => DayPart::Morning,
            12..=17 => DayPart::Afternoon,
            _ => DayPart::Evening,
        }
    }
}

/// A weekday and part of the day, like "Tuesday afternoon".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TimeSlot {
    pub weekday: u8,
    pub part: DayPart,
}

/// The working days offered as preferred times, Monday to Friday.
pub const WORKDAYS: [Weekday; 5] = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];

impl TimeSlot {
    /// A slot on `weekday`.
    pub fn new(weekday: Weekday, part: DayPart) -> Self {
        TimeSlot { weekday: weekday.num_days_from_monday() as u8, part }
    }

    /// The weekday of the slot.
    pub fn weekday(self) -> Weekday {
        match self.weekday {
            0 => Weekday::Mon,
            1 => Weekday::Tue,
            2 => Weekday::Wed,
            3 => Weekday::Thu,
            4 => Weekday::Fri,
            5 => Weekday::Sat,
            _ => Weekday::Sun,
        }
    }

    /// The stable code: `tue-afternoon`.
    pub fn code(self) -> String {
        let day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][(self.weekday as usize).min(6)];
        format!("{day}-{}", self.part.code())
    }

    /// The slot for a code such as `tue-afternoon`.
    pub fn from_code(code: &str) -> Option<TimeSlot> {
        let (day, part) = code.trim().split_once('-')?;
        let weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].iter().position(|d| *d == day)? as u8;
        let part = DayPart::ALL.into_iter().find(|p| p.code() == part)?;
        Some(TimeSlot { weekday, part })
    }

    /// Slots as stored: codes separated by commas.
    pub fn encode_all(slots: &[TimeSlot]) -> String {
        slots.iter().map(|s| s.code()).collect::<Vec<_>>().join(",")
    }

    /// Slots from their stored form; unknown codes are skipped.
    pub fn decode_all(text: &str) -> Vec<TimeSlot> {
        let mut slots: Vec<TimeSlot> = text.split(',').filter_map(TimeSlot::from_code).collect();
        slots.sort();
        slots.dedup();
        slots
    }
}
