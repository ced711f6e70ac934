//! The Settings form as typed: numbers are text until they are checked, and
//! read back into [`Settings`] with a problem per field.

use super::{Organisation, PrivacySettings, Settings, field, trimmed};
use crate::domain::circles::CircleDefaults;
use crate::domain::coached::CoachedDefaults;
use crate::domain::finance::InvoiceSettings;
use crate::domain::finance::invoices::Vat;
use crate::domain::incidents::IncidentDefaults;
use crate::domain::money::Money;
use crate::domain::networks::NetworkDefaults;
use crate::domain::problem::{Problem, Problems};
use crate::domain::validate;

/// The settings as typed: numbers are text until they are checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SettingsForm {
    pub organisation: Organisation,
    pub hourly_rate: String,
    pub session_minutes: String,
    pub sessions_per_group: String,
    pub min_group_size: String,
    pub max_group_size: String,
    pub first_conversation_hours: String,
    pub second_conversation_days: String,
    pub third_conversation_from_days: String,
    pub third_conversation_until_days: String,
    pub circle_size: String,
    pub retention_months: String,
    pub repeat_offer_days: String,
    pub absence_run: String,
    pub report_threshold: String,
    pub circle_min: String,
    pub open_threshold: String,
    pub mentor_capacity: String,
    /// Percent, like `21`; empty when exempt.
    pub vat_rate: String,
    pub exemption_text: String,
    pub payment_days: String,
    pub auto_lock_minutes: String,
    pub backups_daily: String,
    pub backups_weekly: String,
    pub backups_monthly: String,
    /// A full path, or empty for the folder beside the database.
    pub backups_folder: String,
    pub closed_from: String,
    pub closed_to: String,
    pub clusters: String,
    /// The version of the settings the form was filled from.
    pub version: Option<i64>,
}

impl SettingsForm {
    /// A form showing `settings`; `amount` writes money as the user reads it.
    pub fn new(settings: &Settings, amount: impl Fn(Money) -> String) -> Self {
        let p = &settings.coached;
        let i = &settings.incidents;
        let (closed_from, closed_to) = settings.calendar.texts();
        SettingsForm {
            closed_from,
            closed_to,
            clusters: settings.clusters.text(),
            version: settings.version,
            organisation: settings.organisation.clone(),
            hourly_rate: amount(p.hourly_rate),
            session_minutes: p.session_minutes.to_string(),
            sessions_per_group: p.sessions_per_group.to_string(),
            min_group_size: p.min_group_size.to_string(),
            max_group_size: p.max_group_size.to_string(),
            first_conversation_hours: i.first_conversation_hours.to_string(),
            second_conversation_days: i.second_conversation_days.to_string(),
            third_conversation_from_days: i.third_conversation_from_days.to_string(),
            third_conversation_until_days: i.third_conversation_until_days.to_string(),
            circle_size: settings.circles.circle_size.to_string(),
            retention_months: i.retention_months.to_string(),
            repeat_offer_days: i.repeat_offer_days.to_string(),
            report_threshold: i.report_threshold.to_string(),
            absence_run: settings.networks.absence_run.to_string(),
            circle_min: settings.circles.circle_min.to_string(),
            open_threshold: settings.circles.open_threshold.to_string(),
            mentor_capacity: settings.circles.mentor_capacity.to_string(),
            vat_rate: match settings.invoicing.vat {
                Vat::Rate(basis_points) => {
                    let text = amount(Money::from_cents(basis_points));
                    text.trim_end_matches(['0']).trim_end_matches([',', '.']).to_string()
                }
                Vat::Exempt => String::new(),
            },
            exemption_text: settings.invoicing.exemption_text.clone(),
            payment_days: settings.invoicing.payment_days.to_string(),
            auto_lock_minutes: settings.privacy.auto_lock_minutes.to_string(),
            backups_daily: settings.privacy.backups_daily.to_string(),
            backups_weekly: settings.privacy.backups_weekly.to_string(),
            backups_monthly: settings.privacy.backups_monthly.to_string(),
            backups_folder: settings.privacy.backups_folder.clone(),
        }
    }

    /// The checked settings, or every problem found.
    pub fn parse(&self) -> Result<Settings, Problems> {
        let mut problems = Problems::new();
        let number =
            |field: &'static str, text: &str| validate::whole_number(text, i64::MIN, i64::MAX).map_err(|p| (field, p));
        let mut read = |field: &'static str, text: &str| match number(field, text) {
            Ok(value) => value,
            Err((field, problem)) => {
                problems.add(field, problem);
                0
            }
        };
        let coached = CoachedDefaults {
            hourly_rate: Money::default(),
            session_minutes: read(field::SESSION_MINUTES, &self.session_minutes),
            sessions_per_group: read(field::SESSIONS_PER_GROUP, &self.sessions_per_group),
            min_group_size: read(field::MIN_GROUP_SIZE, &self.min_group_size),
            max_group_size: read(field::MAX_GROUP_SIZE, &self.max_group_size),
        };
        let incidents = IncidentDefaults {
            first_conversation_hours: read(field::FIRST_HOURS, &self.first_conversation_hours),
            second_conversation_days: read(field::SECOND_DAYS, &self.second_conversation_days),
            third_conversation_from_days: read(field::THIRD_FROM_DAYS, &self.third_conversation_from_days),
            third_conversation_until_days: read(field::THIRD_UNTIL_DAYS, &self.third_conversation_until_days),
            retention_months: read(field::RETENTION_MONTHS, &self.retention_months),
            repeat_offer_days: read(field::REPEAT_OFFER_DAYS, &self.repeat_offer_days),
            report_threshold: read(field::REPORT_THRESHOLD, &self.report_threshold),
        };
        let circles = CircleDefaults {
            circle_size: read(field::CIRCLE_SIZE, &self.circle_size),
            circle_min: read(field::CIRCLE_MIN, &self.circle_min),
            open_threshold: read(field::OPEN_THRESHOLD, &self.open_threshold),
            mentor_capacity: read(field::MENTOR_CAPACITY, &self.mentor_capacity),
        };
        let networks = NetworkDefaults { absence_run: read(field::ABSENCE_RUN, &self.absence_run) };
        let payment_days = read(field::PAYMENT_DAYS, &self.payment_days);
        let privacy = PrivacySettings {
            auto_lock_minutes: read(field::AUTO_LOCK_MINUTES, &self.auto_lock_minutes),
            backups_daily: read(field::BACKUPS_DAILY, &self.backups_daily),
            backups_weekly: read(field::BACKUPS_WEEKLY, &self.backups_weekly),
            backups_monthly: read(field::BACKUPS_MONTHLY, &self.backups_monthly),
            backups_folder: self.backups_folder.trim().to_string(),
        };
        let settings = Settings {
            organisation: trimmed(&self.organisation),
            coached: CoachedDefaults { hourly_rate: self.read_rate(&mut problems), ..coached },
            incidents,
            circles,
            networks,
            invoicing: InvoiceSettings {
                vat: self.read_vat(&mut problems),
                exemption_text: self.exemption_text.trim().to_string(),
                payment_days,
            },
            privacy,
            calendar: crate::domain::calendar::CalendarSettings::parse(
                &self.closed_from,
                &self.closed_to,
                &mut problems,
            ),
            clusters: crate::domain::incidents::clusters::Clusters::from_form(
                &self.clusters,
                field::CLUSTERS,
                &mut problems,
            ),
            version: self.version,
        };
        // What was typed is read; whether the values make sense is one rule,
        // the one the store applies too.
        for (field, problem) in settings.problems().iter() {
            if problems.for_field(field).is_none() {
                problems.add(field, problem.clone());
            }
        }
        if problems.is_empty() { Ok(settings) } else { Err(problems) }
    }

    fn read_rate(&self, problems: &mut Problems) -> Money {
        match Money::parse(&self.hourly_rate) {
            Some(rate) => rate,
            None => {
                let problem =
                    if self.hourly_rate.trim().is_empty() { Problem::Required } else { Problem::InvalidAmount };
                problems.add(field::HOURLY_RATE, problem);
                Money::from_euros(1)
            }
        }
    }

    fn read_vat(&self, problems: &mut Problems) -> Vat {
        if self.vat_rate.trim().is_empty() {
            return Vat::Exempt;
        }
        match Money::parse(&self.vat_rate) {
            Some(rate) => Vat::Rate(rate.cents()),
            None => {
                problems.add(field::VAT_RATE, Problem::OutOfRange { min: 0, max: 100 });
                Vat::Exempt
            }
        }
    }
}
