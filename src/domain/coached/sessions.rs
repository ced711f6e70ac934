//! Sessions of a group and who came to them.

use super::GroupId;
use crate::domain::codes::{record_id, stored_codes};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

record_id!(
    /// The database id of a session.
    SessionId
);

/// Whether a session takes place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SessionStatus {
    Planned,
    Cancelled,
}

stored_codes!(SessionStatus { Planned => "planned", Cancelled => "cancelled" });

/// One meeting of a group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: SessionId,
    pub group: GroupId,
    pub starts_at: NaiveDateTime,
    pub minutes: i64,
    pub status: SessionStatus,
    /// Raised on every change, so calendar files update instead of duplicate.
    pub sequence: i64,
}

/// What a session is to a reader: still to come, over, or called off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionState {
    Planned,
    Held,
    Cancelled,
}

impl SessionState {
    /// The message id naming the state.
    pub fn message_id(self) -> &'static str {
        match self {
            SessionState::Planned => "session-planned",
            SessionState::Held => "session-held",
            SessionState::Cancelled => "session-cancelled",
        }
    }
}

impl Session {
    /// The state at `now`: a planned session that has ended was held.
    pub fn state(&self, now: NaiveDateTime) -> SessionState {
        match self.status {
            SessionStatus::Cancelled => SessionState::Cancelled,
            SessionStatus::Planned if self.ends_at() <= now => SessionState::Held,
            SessionStatus::Planned => SessionState::Planned,
        }
    }

    /// When the session ends.
    pub fn ends_at(&self) -> NaiveDateTime {
        self.starts_at + chrono::Duration::minutes(self.minutes)
    }
}

/// Whether a member came to a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Attendance {
    Present,
    Excused,
    Absent,
}

stored_codes!(Attendance { Present => "present", Excused => "excused", Absent => "absent" });

impl Attendance {
    /// The next mark when a cell is clicked: unmarked → present → excused →
    /// absent → unmarked.
    pub fn cycle(current: Option<Attendance>) -> Option<Attendance> {
        match current {
            None => Some(Attendance::Present),
            Some(Attendance::Present) => Some(Attendance::Excused),
            Some(Attendance::Excused) => Some(Attendance::Absent),
            Some(Attendance::Absent) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_planned_session_that_has_ended_was_held() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let session = Session {
            id: SessionId(1),
            group: GroupId(1),
            starts_at: day.and_hms_opt(14, 0, 0).unwrap(),
            minutes: 90,
            status: SessionStatus::Planned,
            sequence: 0,
        };
        assert_eq!(session.state(day.and_hms_opt(15, 0, 0).unwrap()), SessionState::Planned);
        assert_eq!(session.state(day.and_hms_opt(15, 30, 0).unwrap()), SessionState::Held);
        let cancelled = Session { status: SessionStatus::Cancelled, ..session };
        assert_eq!(cancelled.state(day.and_hms_opt(9, 0, 0).unwrap()), SessionState::Cancelled);
    }

    #[test]
    fn attendance_cycles_through_every_mark_and_back_to_none() {
        let mut mark = None;
        let mut seen = Vec::new();
        for _ in 0..4 {
            mark = Attendance::cycle(mark);
            seen.push(mark);
        }
        assert_eq!(seen, vec![Some(Attendance::Present), Some(Attendance::Excused), Some(Attendance::Absent), None]);
    }
}
