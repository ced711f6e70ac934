//! Which backups to keep: the newest of each of the last days, weeks and
//! months that have one (by default 7 daily, 4 weekly, 12 monthly), and
//! always the newest of all.

use chrono::{Datelike, NaiveDateTime};
use std::collections::HashSet;

/// How many backups are kept per period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BackupPolicy {
    pub daily: usize,
    pub weekly: usize,
    pub monthly: usize,
}

impl Default for BackupPolicy {
    fn default() -> Self {
        BackupPolicy { daily: 7, weekly: 4, monthly: 12 }
    }
}

/// Whether a backup made at `made`, just before a restore, an upgrade or a
/// purge, is still kept at `now` whatever the rotation says: it holds the
/// data that step replaced, so it stays as many days as daily backups do
/// (at least one), even when a later backup of the same day would take its
/// place.
pub fn safeguard_kept(made: NaiveDateTime, now: NaiveDateTime, policy: BackupPolicy) -> bool {
    let days = i64::try_from(policy.daily.max(1)).unwrap_or(i64::MAX);
    now.signed_duration_since(made) < chrono::Duration::days(days)
}

/// The period a moment falls in: a day, an ISO week or a month.
type PeriodOf = fn(&NaiveDateTime) -> (i32, u32, u32);

/// For each backup made at `made[i]`, whether `policy` keeps it.
pub fn backups_to_keep(made: &[NaiveDateTime], policy: BackupPolicy) -> Vec<bool> {
    let mut newest_first: Vec<usize> = (0..made.len()).collect();
    newest_first.sort_by(|a, b| made[*b].cmp(&made[*a]));
    let mut keep = vec![false; made.len()];
    if let Some(&newest) = newest_first.first() {
        keep[newest] = true;
    }
    let periods: [(usize, PeriodOf); 3] = [
        (policy.daily, |t| (t.year(), t.ordinal(), 0)),
        (policy.weekly, |t| (t.iso_week().year(), t.iso_week().week(), 1)),
        (policy.monthly, |t| (t.year(), t.month(), 2)),
    ];
    for (count, period_of) in periods {
        let mut seen = HashSet::new();
        for &index in &newest_first {
            if seen.len() >= count {
                break;
            }
            if seen.insert(period_of(&made[index])) {
                keep[index] = true;
            }
        }
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate};

    fn at(day: u32, month: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, month, day).unwrap().and_hms_opt(hour, 0, 0).unwrap()
    }

    #[test]
    fn two_backups_a_day_for_a_year_keep_the_newest_per_day_week_and_month() {
        let start = at(1, 1, 8);
        let made: Vec<NaiveDateTime> = (0..365)
            .flat_map(|d| [start + Duration::days(d), start + Duration::days(d) + Duration::hours(9)])
            .collect();
        let keep = backups_to_keep(&made, BackupPolicy::default());
        let kept: Vec<NaiveDateTime> = made.iter().zip(&keep).filter(|(_, k)| **k).map(|(t, _)| *t).collect();
        let last = *made.last().unwrap();
        // The last seven days, each by its evening backup.
        for d in 0..7 {
            assert!(kept.contains(&(last - Duration::days(d))), "day {d}");
        }
        assert!(!kept.contains(&(last - Duration::hours(9))), "the morning of the last day goes");
        // Twelve months, each by its last backup; weeks add at most three more.
        assert!(kept.contains(&at(31, 1, 17)) && kept.contains(&at(30, 6, 17)));
        assert!(kept.len() <= 7 + 4 + 12 && kept.len() >= 12 + 6, "{}", kept.len());
    }

    #[test]
    fn a_single_backup_is_always_kept_and_nothing_is_kept_twice() {
        assert_eq!(backups_to_keep(&[at(3, 3, 3)], BackupPolicy { daily: 0, weekly: 0, monthly: 0 }), vec![true]);
        assert!(backups_to_keep(&[], BackupPolicy::default()).is_empty());
    }
}
