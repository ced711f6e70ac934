//! The settings saved elsewhere after the form was filled: both versions
//! where they differ, and the user's choice.

use super::Command;
use crate::app::Cx;
use crate::app::widgets::conflict::{Fields, Reconcile};
use crate::domain::Settings;
use crate::domain::settings::SettingsForm;
use crate::i18n::format::amount;

impl Reconcile for SettingsForm {
    type Stored = Settings;

    /// The form is only ever behind the stored settings after a save was
    /// refused: this window's own save refills it.
    fn refused<'a>(&self, cx: &Cx<'a>) -> Option<&'a Settings> {
        let stored = &cx.view.settings;
        (self.version.is_some() && self.version != stored.version).then_some(stored)
    }

    fn reopened(&self, stored: &Settings, cx: &Cx<'_>) -> Self {
        SettingsForm::new(stored, |m| amount(cx.i18n.language(), m))
    }

    fn fields(&self, _: &Cx<'_>) -> Fields {
        let o = &self.organisation;
        let rows = [
            ("settings-org-name", &o.name),
            ("settings-org-address", &o.address),
            ("settings-org-kvk", &o.chamber_of_commerce),
            ("settings-org-vat", &o.vat_number),
            ("settings-org-iban", &o.iban),
            ("settings-org-email", &o.email),
            ("settings-hourly-rate", &self.hourly_rate),
            ("settings-session-minutes", &self.session_minutes),
            ("settings-sessions-per-group", &self.sessions_per_group),
            ("settings-min-group", &self.min_group_size),
            ("settings-max-group", &self.max_group_size),
            ("settings-first-hours", &self.first_conversation_hours),
            ("settings-second-days", &self.second_conversation_days),
            ("settings-third-from", &self.third_conversation_from_days),
            ("settings-third-until", &self.third_conversation_until_days),
            ("settings-circle-size", &self.circle_size),
            ("settings-circle-min", &self.circle_min),
            ("settings-open-threshold", &self.open_threshold),
            ("settings-mentor-capacity", &self.mentor_capacity),
            ("settings-retention", &self.retention_months),
            ("settings-repeat-offer", &self.repeat_offer_days),
            ("settings-report-threshold", &self.report_threshold),
            ("settings-absence-run", &self.absence_run),
            ("settings-closed-from", &self.closed_from),
            ("settings-closed-to", &self.closed_to),
            ("settings-clusters-field", &self.clusters),
            ("settings-vat-rate", &self.vat_rate),
            ("settings-exemption-text", &self.exemption_text),
            ("settings-payment-days", &self.payment_days),
            ("settings-auto-lock", &self.auto_lock_minutes),
            ("settings-backups-daily", &self.backups_daily),
            ("settings-backups-weekly", &self.backups_weekly),
            ("settings-backups-monthly", &self.backups_monthly),
            ("settings-backups-folder", &self.backups_folder),
        ];
        rows.into_iter().map(|(label, text)| (label, text.clone())).collect()
    }

    fn keep_mine(&mut self, stored: &Settings, cx: &Cx<'_>) {
        self.version = stored.version;
        if let Ok(settings) = self.parse() {
            cx.send(Command::SaveSettings(Box::new(settings)));
        }
    }
}
