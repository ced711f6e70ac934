//! Settings as key/value rows, so a new setting needs no migration: a key
//! that is missing takes its default from the domain.

use super::{Result, Store};
use crate::domain::circles::CircleDefaults;
use crate::domain::coached::CoachedDefaults;
use crate::domain::finance::InvoiceSettings;
use crate::domain::finance::invoices::Vat;
use crate::domain::incidents::IncidentDefaults;
use crate::domain::networks::NetworkDefaults;
use crate::domain::settings::PrivacySettings;
use crate::domain::{Money, Organisation, Settings};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::{Path, PathBuf};

/// Flags about the database file itself.
const KEY_WELCOMED: &str = "app.welcomed";
const KEY_DEMO: &str = "app.demo";
/// A random name of this database, so that the backups of two databases
/// named alike never mix in one backups folder elsewhere.
const KEY_DATABASE_ID: &str = "app.database_id";
/// Where backups go; empty for beside the database.
pub(super) const KEY_BACKUPS_FOLDER: &str = "privacy.backups_folder";
/// How long ended incident cases are kept.
const KEY_RETENTION: &str = "programme.retention_months";
/// Grows with every save of the settings, so that a save made from older
/// settings is refused instead of overwriting.
const KEY_VERSION: &str = "app.settings_version";

impl Store {
    /// The organisation and the programme defaults.
    pub fn settings(&self) -> Result<Settings> {
        let get = |key: &str| read(&self.conn, key);
        let number =
            |key: &str, default: i64| -> Result<i64> { Ok(get(key)?.and_then(|v| v.parse().ok()).unwrap_or(default)) };
        let text = |key: &str| -> Result<String> { Ok(get(key)?.unwrap_or_default()) };
        Ok(Settings {
            organisation: Organisation {
                name: text("organisation.name")?,
                address: text("organisation.address")?,
                chamber_of_commerce: text("organisation.chamber_of_commerce")?,
                vat_number: text("organisation.vat_number")?,
                iban: text("organisation.iban")?,
                email: text("organisation.email")?,
            },
            coached: {
                let defaults = CoachedDefaults::default();
                CoachedDefaults {
                    hourly_rate: Money::from_cents(number(
                        "programme.hourly_rate_cents",
                        defaults.hourly_rate.cents(),
                    )?),
                    session_minutes: number("programme.session_minutes", defaults.session_minutes)?,
                    sessions_per_group: number("programme.sessions_per_group", defaults.sessions_per_group)?,
                    min_group_size: number("programme.min_group_size", defaults.min_group_size)?,
                    max_group_size: number("programme.max_group_size", defaults.max_group_size)?,
                }
            },
            incidents: incident_defaults(&number)?,
            circles: {
                let defaults = CircleDefaults::default();
                CircleDefaults {
                    circle_size: number("programme.circle_size", defaults.circle_size)?,
                    circle_min: number("programme.circle_min", defaults.circle_min)?,
                    open_threshold: number("programme.open_threshold", defaults.open_threshold)?,
                    mentor_capacity: number("programme.mentor_capacity", defaults.mentor_capacity)?,
                }
            },
            networks: NetworkDefaults {
                absence_run: number("programme.absence_run", NetworkDefaults::default().absence_run)?,
            },
            invoicing: {
                let defaults = InvoiceSettings::default();
                InvoiceSettings {
                    vat: match get("invoice.vat_basis_points")?.and_then(|v| v.parse::<i64>().ok()) {
                        Some(rate) if rate >= 0 => Vat::Rate(rate),
                        Some(_) => Vat::Exempt,
                        None => defaults.vat,
                    },
                    exemption_text: get("invoice.exemption_text")?.unwrap_or(defaults.exemption_text),
                    payment_days: number("invoice.payment_days", defaults.payment_days)?,
                }
            },
            privacy: {
                let defaults = PrivacySettings::default();
                PrivacySettings {
                    auto_lock_minutes: number("privacy.auto_lock_minutes", defaults.auto_lock_minutes)?,
                    backups_daily: number("privacy.backups_daily", defaults.backups_daily)?,
                    backups_weekly: number("privacy.backups_weekly", defaults.backups_weekly)?,
                    backups_monthly: number("privacy.backups_monthly", defaults.backups_monthly)?,
                    backups_folder: text(KEY_BACKUPS_FOLDER)?,
                }
            },
            calendar: calendar(get("calendar.closed")?),
            // Stored as typed; what cannot be read (never saved so) is no clusters.
            clusters: get("organisation.clusters")?
                .and_then(|text| crate::domain::incidents::clusters::Clusters::parse(&text).ok())
                .unwrap_or_default(),
            version: Some(stored_version(&self.conn)?),
        })
    }

    /// Saves all settings in one transaction.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        let mut problems = settings.problems();
        // A new backups folder must exist; the one saved may be away for a
        // while (a network drive) without blocking other settings.
        let folder = settings.privacy.backups_folder.trim();
        if read(&self.conn, KEY_BACKUPS_FOLDER)?.unwrap_or_default() != folder {
            problems.add_if(crate::domain::settings::field::BACKUPS_FOLDER, crate::paths::folder_problem(folder));
        }
        super::check(problems)?;
        let o = &settings.organisation;
        let p = &settings.coached;
        let i = &settings.incidents;
        let pairs: Vec<(&str, String)> = vec![
            ("organisation.name", o.name.clone()),
            ("organisation.address", o.address.clone()),
            ("organisation.chamber_of_commerce", o.chamber_of_commerce.clone()),
            ("organisation.vat_number", o.vat_number.clone()),
            ("organisation.iban", o.iban.clone()),
            ("organisation.email", o.email.clone()),
            ("programme.hourly_rate_cents", p.hourly_rate.cents().to_string()),
            ("programme.session_minutes", p.session_minutes.to_string()),
            ("programme.sessions_per_group", p.sessions_per_group.to_string()),
            ("programme.min_group_size", p.min_group_size.to_string()),
            ("programme.max_group_size", p.max_group_size.to_string()),
            ("programme.first_conversation_hours", i.first_conversation_hours.to_string()),
            ("programme.second_conversation_days", i.second_conversation_days.to_string()),
            ("programme.third_conversation_from_days", i.third_conversation_from_days.to_string()),
            ("programme.third_conversation_until_days", i.third_conversation_until_days.to_string()),
            ("programme.circle_size", settings.circles.circle_size.to_string()),
            ("programme.circle_min", settings.circles.circle_min.to_string()),
            ("programme.open_threshold", settings.circles.open_threshold.to_string()),
            ("programme.mentor_capacity", settings.circles.mentor_capacity.to_string()),
            (KEY_RETENTION, i.retention_months.to_string()),
            ("programme.repeat_offer_days", i.repeat_offer_days.to_string()),
            ("programme.report_threshold", i.report_threshold.to_string()),
            ("programme.absence_run", settings.networks.absence_run.to_string()),
            (
                "invoice.vat_basis_points",
                match settings.invoicing.vat {
                    Vat::Rate(rate) => rate.to_string(),
                    Vat::Exempt => "-1".to_string(),
                },
            ),
            ("invoice.exemption_text", settings.invoicing.exemption_text.clone()),
            ("invoice.payment_days", settings.invoicing.payment_days.to_string()),
            ("privacy.auto_lock_minutes", settings.privacy.auto_lock_minutes.to_string()),
            ("privacy.backups_daily", settings.privacy.backups_daily.to_string()),
            ("privacy.backups_weekly", settings.privacy.backups_weekly.to_string()),
            ("privacy.backups_monthly", settings.privacy.backups_monthly.to_string()),
            (KEY_BACKUPS_FOLDER, settings.privacy.backups_folder.trim().to_string()),
            ("organisation.clusters", settings.clusters.text()),
            ("calendar.closed", {
                let (from, to) = settings.calendar.texts();
                if from.is_empty() { String::new() } else { format!("{from}/{to}") }
            }),
        ];
        self.transact(|tx| {
            let stored = stored_version(tx)?;
            if settings.version.is_some_and(|v| v != stored) {
                return Err(super::StoreError::Conflict("settings"));
            }
            write(tx, KEY_VERSION, &(stored + 1).to_string())?;
            for (key, value) in &pairs {
                write(tx, key, value)?;
            }
            if read(tx, KEY_DATABASE_ID)?.is_none() {
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, lower(hex(randomblob(6))))",
                    [KEY_DATABASE_ID],
                )?;
            }
            Ok(())
        })
    }

    /// Where this database's backups go when a folder elsewhere is set:
    /// a folder of its own in it, named after the file and its random id.
    pub(super) fn backups_elsewhere(&self) -> Result<Option<PathBuf>> {
        backups_elsewhere(&self.conn, &self.path)
    }

    /// True once the user has passed the welcome screen for this file.
    pub fn is_welcomed(&self) -> Result<bool> {
        Ok(read(&self.conn, KEY_WELCOMED)?.is_some())
    }

    /// Records that the welcome screen was passed for this file.
    pub fn mark_welcomed(&mut self) -> Result<()> {
        self.transact(|tx| write(tx, KEY_WELCOMED, "1"))
    }

    /// True when this file holds anything a user entered: saved settings,
    /// people, funding sources, groups, registrations or invoices. Demo
    /// data goes only into a file that holds none of these.
    pub fn holds_data(&self) -> Result<bool> {
        let count: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM settings WHERE key <> ?1)
                  + (SELECT count(*) FROM people)
                  + (SELECT count(*) FROM funding_sources WHERE code IS NULL)
                  + (SELECT count(*) FROM coached_groups)
                  + (SELECT count(*) FROM registrations)
                  + (SELECT count(*) FROM invoices)",
            [KEY_WELCOMED],
            |r| r.get(0),
        )?;
        Ok(count > 0)
    }

    /// True when this file holds demo data.
    pub fn is_demo(&self) -> Result<bool> {
        Ok(read(&self.conn, KEY_DEMO)?.is_some())
    }

    /// Marks this file as holding demo data (and as welcomed).
    pub fn mark_demo(&mut self) -> Result<()> {
        self.transact(|tx| {
            write(tx, KEY_DEMO, "1")?;
            write(tx, KEY_WELCOMED, "1")
        })
    }
}

/// The folder of `db`'s own in the backups folder elsewhere, when one is set.
pub(super) fn backups_elsewhere(conn: &Connection, db: &Path) -> Result<Option<PathBuf>> {
    // Read past the settings' index: in a damaged file, the table's own
    // page may be whole where the index is not.
    let read = |key: &str| -> Result<Option<String>> {
        let mut stmt = conn.prepare_cached("SELECT value FROM settings NOT INDEXED WHERE key = ?1")?;
        Ok(stmt.query_row([key], |r| r.get(0)).optional()?)
    };
    let folder = read(KEY_BACKUPS_FOLDER)?.unwrap_or_default();
    let folder = folder.trim();
    let Some(id) = read(KEY_DATABASE_ID)?.filter(|_| !folder.is_empty()) else { return Ok(None) };
    let stem = db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(Some(Path::new(folder).join(format!("{stem}-{id}"))))
}

/// What a restore keeps as it is now, not as it was in the backup: where
/// backups go, this database's id, and the retention period (so that cases
/// purged since, under a shorter period, are purged again): the pairs to
/// write again afterwards.
pub(super) fn kept_across_restore(conn: &Connection) -> Result<Vec<(&'static str, Option<String>)>> {
    [KEY_BACKUPS_FOLDER, KEY_DATABASE_ID, KEY_RETENTION].into_iter().map(|key| Ok((key, read(conn, key)?))).collect()
}

/// Writes back what [`kept_across_restore`] kept.
pub(super) fn put_back_kept(conn: &Connection, kept: &[(&'static str, Option<String>)]) -> Result<()> {
    for (key, value) in kept {
        match value {
            Some(value) => write(conn, key, value)?,
            None => {
                conn.execute("DELETE FROM settings WHERE key = ?1", [key])?;
            }
        }
    }
    Ok(())
}

/// The settings' version: 0 before they were first saved.
fn stored_version(conn: &Connection) -> Result<i64> {
    Ok(read(conn, KEY_VERSION)?.and_then(|v| v.parse().ok()).unwrap_or(0))
}

fn read(conn: &Connection, key: &str) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached("SELECT value FROM settings WHERE key = ?1")?;
    Ok(stmt.query_row([key], |r| r.get(0)).optional()?)
}

fn write(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key, value])?;
    Ok(())
}

/// The incident programme's numbers, each from its key or its default.
fn incident_defaults(number: &dyn Fn(&str, i64) -> Result<i64>) -> Result<IncidentDefaults> {
    let defaults = IncidentDefaults::default();
    let days = |key: &str, default: i64| number(&format!("programme.{key}"), default);
    Ok(IncidentDefaults {
        first_conversation_hours: days("first_conversation_hours", defaults.first_conversation_hours)?,
        second_conversation_days: days("second_conversation_days", defaults.second_conversation_days)?,
        third_conversation_from_days: days("third_conversation_from_days", defaults.third_conversation_from_days)?,
        third_conversation_until_days: days("third_conversation_until_days", defaults.third_conversation_until_days)?,
        retention_months: days("retention_months", defaults.retention_months)?,
        repeat_offer_days: days("repeat_offer_days", defaults.repeat_offer_days)?,
        report_threshold: days("report_threshold", defaults.report_threshold)?,
    })
}

/// The closed period as stored (`24-12/01-01`, empty for none); the default
/// (the Christmas weeks) when it was never saved.
fn calendar(stored: Option<String>) -> crate::domain::calendar::CalendarSettings {
    use crate::domain::calendar::{CalendarSettings, ClosedPeriod, DayOfYear};
    match stored {
        None => CalendarSettings::default(),
        Some(text) => {
            let closed = text.split_once('/').and_then(|(from, to)| {
                Some(ClosedPeriod { from: DayOfYear::parse(from).ok()?, to: DayOfYear::parse(to).ok()? })
            });
            CalendarSettings { closed }
        }
    }
}
