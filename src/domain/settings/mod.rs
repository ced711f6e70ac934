//! The organisation and every programme's defaults (DOMAIN.md), as stored
//! and as typed in the Settings tab. Each programme keeps its own defaults
//! struct in its folder; this file only puts them together.

use super::circles::CircleDefaults;
use super::coached::CoachedDefaults;
use super::finance::InvoiceSettings;
use super::finance::invoices::Vat;
use super::incidents::IncidentDefaults;
use super::money::Money;
use super::networks::NetworkDefaults;
use super::problem::{Problem, Problems};
use super::validate;
use serde::{Deserialize, Serialize};

/// The organisation that runs the programmes; printed on documents.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub name: String,
    pub address: String,
    pub chamber_of_commerce: String,
    pub vat_number: String,
    pub iban: String,
    pub email: String,
}

pub use super::privacy::PrivacySettings;

mod form;
pub use form::SettingsForm;

/// Everything in the Settings tab that is stored with the data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub organisation: Organisation,
    pub coached: CoachedDefaults,
    pub incidents: IncidentDefaults,
    pub circles: CircleDefaults,
    #[serde(default)]
    pub networks: NetworkDefaults,
    pub invoicing: InvoiceSettings,
    pub privacy: PrivacySettings,
    /// When the organisation is closed: planning warns for it.
    #[serde(default)]
    pub calendar: super::calendar::CalendarSettings,
    /// Departments that work closely together (for matching peer supporters).
    #[serde(default)]
    pub clusters: super::incidents::clusters::Clusters,
    /// The version of the stored settings these were read from: a save is
    /// refused when they were saved since. `None` saves regardless.
    #[serde(default)]
    pub version: Option<i64>,
}

/// Field names used in [`Problems`] of the settings form.
pub mod field {
    pub const ORG_NAME: &str = "org_name";
    pub const ORG_KVK: &str = "org_kvk";
    pub const ORG_VAT: &str = "org_vat";
    pub const ORG_IBAN: &str = "org_iban";
    pub const ORG_EMAIL: &str = "org_email";
    pub const HOURLY_RATE: &str = "hourly_rate";
    pub const SESSION_MINUTES: &str = "session_minutes";
    pub const SESSIONS_PER_GROUP: &str = "sessions_per_group";
    pub const MIN_GROUP_SIZE: &str = "min_group_size";
    pub const MAX_GROUP_SIZE: &str = "max_group_size";
    pub const FIRST_HOURS: &str = "first_conversation_hours";
    pub const SECOND_DAYS: &str = "second_conversation_days";
    pub const THIRD_FROM_DAYS: &str = "third_conversation_from_days";
    pub const THIRD_UNTIL_DAYS: &str = "third_conversation_until_days";
    pub const CIRCLE_SIZE: &str = "circle_size";
    pub const RETENTION_MONTHS: &str = "retention_months";
    pub const REPEAT_OFFER_DAYS: &str = "repeat_offer_days";
    pub const ABSENCE_RUN: &str = "absence_run";
    pub const REPORT_THRESHOLD: &str = "report_threshold";
    pub const CIRCLE_MIN: &str = "circle_min";
    pub const OPEN_THRESHOLD: &str = "open_threshold";
    pub const MENTOR_CAPACITY: &str = "mentor_capacity";
    pub const VAT_RATE: &str = "vat_rate";
    pub const EXEMPTION_TEXT: &str = "exemption_text";
    pub const PAYMENT_DAYS: &str = "payment_days";
    pub const AUTO_LOCK_MINUTES: &str = "auto_lock_minutes";
    pub const BACKUPS_DAILY: &str = "backups_daily";
    pub const BACKUPS_WEEKLY: &str = "backups_weekly";
    pub const BACKUPS_MONTHLY: &str = "backups_monthly";
    pub const BACKUPS_FOLDER: &str = "backups_folder";
    pub const CLUSTERS: &str = "clusters";
}

impl Settings {
    /// What is wrong with these settings, per field: the rule the Settings
    /// form shows and the store enforces.
    pub fn problems(&self) -> Problems {
        let mut problems = Problems::new();
        let org = &self.organisation;
        if org.name.trim().is_empty() {
            problems.add(field::ORG_NAME, Problem::Required);
        }
        problems.add_if(field::ORG_KVK, validate::optional(&org.chamber_of_commerce, validate::chamber_of_commerce));
        problems.add_if(field::ORG_VAT, validate::optional(&org.vat_number, validate::vat_number));
        problems.add_if(field::ORG_IBAN, validate::optional(&org.iban, validate::iban));
        problems.add_if(field::ORG_EMAIL, validate::optional(&org.email, validate::email));
        if self.coached.hourly_rate <= Money::ZERO || self.coached.hourly_rate > Money::from_euros(10_000) {
            problems.add(field::HOURLY_RATE, Problem::OutOfRange { min: 0, max: 10_000 });
        }
        let mut range = |field: &'static str, value: i64, min: i64, max: i64| {
            if !(min..=max).contains(&value) {
                problems.add(field, Problem::OutOfRange { min, max });
            }
        };
        let (c, i) = (&self.coached, &self.incidents);
        range(field::SESSION_MINUTES, c.session_minutes, 15, 480);
        range(field::SESSIONS_PER_GROUP, c.sessions_per_group, 1, 50);
        range(field::MIN_GROUP_SIZE, c.min_group_size, 2, 30);
        range(field::MAX_GROUP_SIZE, c.max_group_size, 2, 30);
        range(field::FIRST_HOURS, i.first_conversation_hours, 1, 720);
        range(field::SECOND_DAYS, i.second_conversation_days, 1, 90);
        range(field::THIRD_FROM_DAYS, i.third_conversation_from_days, 1, 365);
        range(field::THIRD_UNTIL_DAYS, i.third_conversation_until_days, 1, 365);
        range(field::RETENTION_MONTHS, i.retention_months, 1, 240);
        range(field::REPEAT_OFFER_DAYS, i.repeat_offer_days, 1, 90);
        range(field::REPORT_THRESHOLD, i.report_threshold, 0, 20);
        range(field::CIRCLE_SIZE, self.circles.circle_size, 2, 30);
        range(field::CIRCLE_MIN, self.circles.circle_min, 2, 30);
        range(field::OPEN_THRESHOLD, self.circles.open_threshold, 1, 30);
        range(field::MENTOR_CAPACITY, self.circles.mentor_capacity, 1, 20);
        range(field::ABSENCE_RUN, self.networks.absence_run, 1, 20);
        range(field::PAYMENT_DAYS, self.invoicing.payment_days, 0, 365);
        let privacy = &self.privacy;
        range(field::AUTO_LOCK_MINUTES, privacy.auto_lock_minutes, 1, 240);
        range(field::BACKUPS_DAILY, privacy.backups_daily, 1, 60);
        range(field::BACKUPS_WEEKLY, privacy.backups_weekly, 0, 52);
        range(field::BACKUPS_MONTHLY, privacy.backups_monthly, 0, 120);
        problems.add_if(field::BACKUPS_FOLDER, privacy.backups_folder_problem());
        if let Vat::Rate(rate) = self.invoicing.vat
            && !(0..=10_000).contains(&rate)
        {
            problems.add(field::VAT_RATE, Problem::OutOfRange { min: 0, max: 100 });
        }
        problems.add_if(field::CLUSTERS, self.clusters.problem());
        self.relation_problems(&mut problems);
        problems
    }

    /// Numbers that must agree with each other, once each is in range.
    fn relation_problems(&self, problems: &mut Problems) {
        let (c, i) = (&self.coached, &self.incidents);
        if problems.for_field(field::MIN_GROUP_SIZE).is_none()
            && problems.for_field(field::MAX_GROUP_SIZE).is_none()
            && c.min_group_size > c.max_group_size
        {
            problems.add(field::MAX_GROUP_SIZE, Problem::MinimumAboveMaximum);
        }
        if problems.for_field(field::CIRCLE_MIN).is_none()
            && problems.for_field(field::CIRCLE_SIZE).is_none()
            && self.circles.circle_min > self.circles.circle_size
        {
            problems.add(field::CIRCLE_MIN, Problem::MinimumAboveMaximum);
        }
        if problems.for_field(field::THIRD_FROM_DAYS).is_none()
            && problems.for_field(field::THIRD_UNTIL_DAYS).is_none()
            && i.third_conversation_until_days < i.third_conversation_from_days
        {
            problems.add(field::THIRD_UNTIL_DAYS, Problem::EndBeforeStart);
        }
        if self.invoicing.vat == Vat::Exempt && self.invoicing.exemption_text.trim().is_empty() {
            problems.add(field::EXEMPTION_TEXT, Problem::Required);
        }
    }
}

fn trimmed(org: &Organisation) -> Organisation {
    Organisation {
        name: org.name.trim().to_string(),
        address: org.address.trim().to_string(),
        chamber_of_commerce: org.chamber_of_commerce.trim().to_string(),
        vat_number: org.vat_number.trim().to_string(),
        iban: org.iban.trim().to_string(),
        email: org.email.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> SettingsForm {
        let settings = Settings {
            organisation: Organisation { name: "UMC Noord".into(), ..Organisation::default() },
            ..Settings::default()
        };
        SettingsForm::new(&settings, |m| format!("{},{:02}", m.cents() / 100, m.cents() % 100))
    }

    #[test]
    fn the_default_form_reads_back_as_the_defaults() {
        let settings = form().parse().unwrap();
        assert_eq!(settings, Settings { organisation: settings.organisation.clone(), ..Settings::default() });
    }

    #[test]
    fn a_vat_rate_reads_back_and_an_empty_one_means_exempt() {
        let mut form = form();
        assert_eq!(form.parse().unwrap().invoicing.vat, Vat::Exempt);
        form.vat_rate = "21".into();
        let settings = form.parse().unwrap();
        assert_eq!(settings.invoicing.vat, Vat::Rate(2100));
        let again = SettingsForm::new(&settings, |m| format!("{},{:02}", m.cents() / 100, m.cents() % 100));
        assert_eq!(again.vat_rate, "21");
        form.vat_rate = "120".into();
        assert!(form.parse().unwrap_err().for_field(field::VAT_RATE).is_some());
    }

    #[test]
    fn a_minimum_group_size_above_the_maximum_is_refused() {
        let mut form = form();
        form.min_group_size = "6".into();
        let problems = form.parse().unwrap_err();
        assert_eq!(problems.for_field(field::MAX_GROUP_SIZE), Some(&Problem::MinimumAboveMaximum));
    }

    #[test]
    fn bad_numbers_and_organisation_details_are_named_per_field() {
        let mut form = form();
        form.hourly_rate = "abc".into();
        form.session_minutes = "0".into();
        form.organisation.iban = "NL00 BANK 0000 0000 00".into();
        form.organisation.name.clear();
        form.third_conversation_until_days = "30".into();
        let problems = form.parse().unwrap_err();
        assert_eq!(problems.for_field(field::HOURLY_RATE), Some(&Problem::InvalidAmount));
        assert_eq!(problems.for_field(field::SESSION_MINUTES), Some(&Problem::OutOfRange { min: 15, max: 480 }));
        assert_eq!(problems.for_field(field::ORG_IBAN), Some(&Problem::InvalidIban));
        assert_eq!(problems.for_field(field::ORG_NAME), Some(&Problem::Required));
        assert_eq!(problems.for_field(field::THIRD_UNTIL_DAYS), Some(&Problem::EndBeforeStart));
    }
}
