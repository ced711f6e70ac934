//! Coached groups in the database: registrations, groups, sessions and
//! attendance.

mod groups;
mod registrations;
mod sessions;

pub use groups::NewGroup;
pub use sessions::AttendanceMark;
