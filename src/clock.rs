//! The one place that reads the wall clock. Everything below the window and
//! the command line takes `now` or `today` as an argument, so a test with a
//! fixed date reaches every rule, record and document. `clippy.toml` forbids
//! reading the clock anywhere else.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};

/// Now, with the local offset: documents print the local time and stamp
/// calendar files in UTC.
#[allow(clippy::disallowed_methods)]
pub fn moment() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

/// Now, in the organisation's local wall-clock time.
pub fn now() -> NaiveDateTime {
    moment().naive_local()
}

/// Today, in the organisation's local time.
pub fn today() -> NaiveDate {
    now().date()
}

/// Runs `work` on a new thread: the one place PeerDesk starts background
/// work (batch printing), so that no other code races the window.
#[allow(clippy::disallowed_methods)]
pub fn spawn_background(work: impl FnOnce() + Send + 'static) {
    std::thread::spawn(work);
}
