//! The Settings tab: the organisation, the programme defaults and the
//! editable lists. The form edits a draft; Save is disabled while anything
//! is wrong, and each problem shows beside its field.

mod case_lists;
mod commands;
mod conflict;
mod lists;
mod privacy;

use crate::app::{AppCommand, Cx, theme, widgets};
use crate::domain::funding::FundingSourceId;
use crate::domain::settings::{SettingsForm, field};
use crate::domain::{Problems, Settings};
use crate::i18n::format::amount;
use crate::i18n::{Arg, I18n, Language};
pub use commands::Command;
use egui::{RichText, Ui};

/// State of the Settings tab between frames.
#[derive(Default)]
pub struct SettingsTab {
    /// The form as typed; `None` until it is filled from the saved settings.
    form: Option<SettingsForm>,
    lists: lists::ListsState,
    case_lists: case_lists::CaseListsState,
    passphrase: privacy::ChangePassphraseForm,
    /// The backups folder last looked up, and what was wrong with it: the
    /// folder is looked up when its text changes, not in every frame.
    folder_checked: Option<(String, Option<crate::domain::Problem>)>,
    /// The tab the user asked for while the form had unsaved changes: the
    /// question what to do with them is open.
    leaving: Option<crate::app::Tab>,
}

impl SettingsTab {
    /// Puts the backups folder chosen in a dialog into the form.
    pub fn set_backups_folder(&mut self, settings: &Settings, language: Language, folder: String) {
        let form = self.form.get_or_insert_with(|| SettingsForm::new(settings, |m| amount(language, m)));
        form.backups_folder = folder;
    }

    /// The saved settings are now the truth: refill the form from them.
    pub fn saved(&mut self) {
        self.form = None;
    }

    /// Whether the form holds changes that are not saved, in a window
    /// showing `language`.
    pub fn unsaved(&self, settings: &Settings, language: Language) -> bool {
        self.form.as_ref().is_some_and(|form| *form != SettingsForm::new(settings, |m| amount(language, m)))
    }

    /// The user asked for another tab while changes are unsaved: ask first.
    pub fn ask_before_leaving(&mut self, tab: crate::app::Tab) {
        self.leaving = Some(tab);
    }

    /// The passphrase was changed: empty what was typed.
    pub fn passphrase_changed(&mut self) {
        self.passphrase = Default::default();
    }

    /// A funding source was added: empty the field it was typed in.
    pub fn funding_added(&mut self) {
        self.lists.new_funding.clear();
        self.lists.new_funding_central = false;
    }

    /// A funding source was renamed: its name field closes.
    pub fn funding_renamed(&mut self, id: FundingSourceId) {
        if self.lists.renaming_funding.as_ref().is_some_and(|edit| edit.id == id) {
            self.lists.renaming_funding = None;
        }
    }

    /// This window saved funding source `id` from `version`: its other
    /// field still open (the name or the billing address) follows, so that
    /// only a change made elsewhere refuses it.
    pub fn funding_saved_here(&mut self, id: FundingSourceId, version: Option<i64>) {
        let Some(from) = version else { return };
        for edit in [&mut self.lists.renaming_funding, &mut self.lists.editing_address].into_iter().flatten() {
            edit.follow(id, from);
        }
    }

    /// A funding source's billing address was saved: its field closes.
    pub fn billing_address_saved(&mut self, id: FundingSourceId) {
        if self.lists.editing_address.as_ref().is_some_and(|edit| edit.id == id) {
            self.lists.editing_address = None;
        }
    }

    /// Amounts are written per language: an untouched form is refilled in
    /// the new language; typed changes are kept (amounts read either way).
    pub fn language_changed(&mut self, settings: &Settings, previous: Language) {
        if self.form.as_ref().is_some_and(|form| *form == SettingsForm::new(settings, |m| amount(previous, m))) {
            self.form = None;
        }
    }
}

/// Adds what the file system says of a new backups folder to the form's
/// problems: the store refuses a new folder that does not exist, so the
/// form says so first. The folder already saved may be away for a while.
fn with_folder_problem(
    parsed: Result<Settings, Problems>,
    folder: &str,
    saved: &str,
    checked: &mut Option<(String, Option<crate::domain::Problem>)>,
) -> Result<Settings, Problems> {
    if folder.trim() == saved.trim() {
        return parsed;
    }
    if checked.as_ref().is_none_or(|(text, _)| text != folder) {
        *checked = Some((folder.to_string(), crate::paths::folder_problem(folder)));
    }
    let Some((_, Some(problem))) = checked else { return parsed };
    let mut problems = parsed.err().unwrap_or_default();
    if problems.for_field(field::BACKUPS_FOLDER).is_none() {
        problems.add(field::BACKUPS_FOLDER, problem.clone());
    }
    Err(problems)
}

/// Draws the Settings tab.
pub fn settings_ui(ui: &mut Ui, tab: &mut SettingsTab, cx: &Cx<'_>) {
    let saved_form = SettingsForm::new(&cx.view.settings, |m| amount(cx.i18n.language(), m));
    let form = tab.form.get_or_insert_with(|| saved_form.clone());
    // A window that only reads shows what the writing window saved.
    if cx.read_only && form.version != cx.view.settings.version {
        *form = saved_form.clone();
    }
    // Saved elsewhere after the form was filled: the user chooses a version.
    widgets::conflict::refused_page_ui(form, ui.ctx(), "settings_conflict", &cx.i18n.tr("tab-settings"), cx);
    let saved_folder = &cx.view.settings.privacy.backups_folder;
    let parsed = with_folder_problem(form.parse(), &form.backups_folder, saved_folder, &mut tab.folder_checked);
    let problems = parsed.as_ref().err().cloned().unwrap_or_default();
    // Save and Revert stay in view above the page, whatever part is scrolled to.
    let revert = save_row_ui(ui, cx, *form != saved_form, &parsed);
    ui.add_space(theme::GAP);
    widgets::page_ui(ui, "settings_page", |ui| {
        interface_ui(ui, cx);
        ui.add_space(theme::SECTION_GAP);
        // A file open read-only shows its settings without offering changes;
        // its access log can still be read.
        let writable = cx.writable();
        ui.add_enabled_ui(writable, |ui| {
            organisation_ui(ui, form, cx, &problems);
            ui.add_space(theme::SECTION_GAP);
            let (title, hint) = (cx.i18n.tr("settings-programme"), cx.i18n.tr("settings-programme-hint"));
            widgets::section_card_ui(ui, &title, &hint, |ui| {
                programme_ui(ui, form, cx.i18n, &problems);
                ui.add_space(theme::GAP);
                if let Ok(settings) = &parsed {
                    price_preview_ui(ui, settings, cx.i18n);
                }
            });
            ui.add_space(theme::SECTION_GAP);
            calendar_ui(ui, form, cx, &problems);
            ui.add_space(theme::SECTION_GAP);
            clusters_ui(ui, form, cx, &problems);
            ui.add_space(theme::SECTION_GAP);
            invoicing_ui(ui, form, cx, &problems);
        });
        ui.add_space(theme::SECTION_GAP);
        privacy::privacy_ui(ui, form, &mut tab.passphrase, cx, &problems);
        ui.add_enabled_ui(writable, |ui| {
            ui.add_space(theme::SECTION_GAP);
            lists::lists_ui(ui, &mut tab.lists, cx);
            ui.add_space(theme::SECTION_GAP);
            lists::funding_ui(ui, &mut tab.lists, cx);
            ui.add_space(theme::SECTION_GAP);
            case_lists::case_lists_ui(ui, &mut tab.case_lists, cx);
        });
    });
    if revert {
        tab.form = None;
    }
    leave_dialog_ui(ui.ctx(), tab, &parsed, cx);
}

/// Asks what to do with unsaved changes when another tab was chosen: save
/// them (when they are valid), throw them away, or stay.
fn leave_dialog_ui(ctx: &egui::Context, tab: &mut SettingsTab, parsed: &Result<Settings, Problems>, cx: &Cx<'_>) {
    let Some(next) = tab.leaving else { return };
    let mut close = false;
    let title = cx.i18n.tr("settings-leave-title");
    let escaped = widgets::dialog_ui(ctx, "settings_leave_dialog", 520.0, &title, |ui| {
        let body = if parsed.is_ok() { "settings-leave-body" } else { "settings-leave-body-invalid" };
        ui.label(cx.i18n.tr(body));
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if let Ok(settings) = parsed
                && cx.writable()
                && ui.button(cx.i18n.tr("settings-leave-save")).clicked()
            {
                cx.send(Command::SaveSettings(Box::new(settings.clone())));
                cx.send(AppCommand::SwitchTab(next));
                close = true;
            }
            if ui.button(cx.i18n.tr("settings-leave-discard")).clicked() {
                tab.form = None;
                cx.send(AppCommand::SwitchTab(next));
                close = true;
            }
            close |= ui.button(cx.i18n.tr("settings-leave-stay")).clicked();
        });
        false
    });
    if close || escaped {
        tab.leaving = None;
    }
}

fn interface_ui(ui: &mut Ui, cx: &Cx<'_>) {
    widgets::card_ui(ui, |ui| {
        widgets::section_heading(ui, &cx.i18n.tr("settings-interface"));
        ui.horizontal(|ui| {
            ui.label(cx.i18n.tr("settings-language"));
            for language in Language::ALL {
                if ui.selectable_label(cx.i18n.language() == language, language.native_name()).clicked()
                    && cx.i18n.language() != language
                {
                    cx.send(AppCommand::SetLanguage(language));
                }
            }
        });
        widgets::hint(ui, &cx.i18n.tr("settings-language-hint"));
    });
}

fn organisation_ui(ui: &mut Ui, form: &mut SettingsForm, cx: &Cx<'_>, problems: &Problems) {
    let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(cx.i18n, p));
    let title = cx.i18n.tr("settings-organisation");
    widgets::section_card_ui(ui, &title, &cx.i18n.tr("settings-organisation-hint"), |ui| {
        egui::Grid::new("organisation_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            let org = &mut form.organisation;
            let label = |id: &str| cx.i18n.tr(id);
            widgets::text_row(
                ui,
                &label("settings-org-name"),
                &mut org.name,
                theme::FIELD_WIDTH,
                text(field::ORG_NAME),
            );
            widgets::multiline_row(ui, &label("settings-org-address"), &mut org.address, None);
            let rows = [
                ("settings-org-kvk", &mut org.chamber_of_commerce, field::ORG_KVK),
                ("settings-org-vat", &mut org.vat_number, field::ORG_VAT),
                ("settings-org-iban", &mut org.iban, field::ORG_IBAN),
                ("settings-org-email", &mut org.email, field::ORG_EMAIL),
            ];
            widgets::text_rows(ui, cx.i18n, problems, theme::FIELD_WIDTH, rows);
        });
    });
}

/// The closed period: planning warns for it, as for public holidays.
fn calendar_ui(ui: &mut Ui, form: &mut SettingsForm, cx: &Cx<'_>, problems: &Problems) {
    use crate::domain::calendar::field;
    widgets::section_card_ui(ui, &cx.i18n.tr("settings-calendar"), &cx.i18n.tr("settings-calendar-hint"), |ui| {
        egui::Grid::new("calendar_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            let rows = [
                ("settings-closed-from", &mut form.closed_from, field::CLOSED_FROM),
                ("settings-closed-to", &mut form.closed_to, field::CLOSED_TO),
            ];
            widgets::text_rows(ui, cx.i18n, problems, theme::NUMBER_WIDTH * 1.5, rows);
        });
    });
}

/// Departments that work closely together, one cluster per line: matching
/// prefers a peer supporter from the same cluster.
fn clusters_ui(ui: &mut Ui, form: &mut SettingsForm, cx: &Cx<'_>, problems: &Problems) {
    let problem = problems.for_field(field::CLUSTERS).map(|p| widgets::problem_text(cx.i18n, p));
    widgets::section_card_ui(ui, &cx.i18n.tr("settings-clusters"), &cx.i18n.tr("settings-clusters-hint"), |ui| {
        // Wide and tall enough that a cluster reads as one line.
        let label = ui.label(cx.i18n.tr("settings-clusters-field"));
        let size = [ui.available_width().min(760.0), theme::FIELD_HEIGHT * 6.0];
        ui.add_sized(size, egui::TextEdit::multiline(&mut form.clusters)).labelled_by(label.id);
        widgets::problem_label(ui, problem);
    });
}

fn invoicing_ui(ui: &mut Ui, form: &mut SettingsForm, cx: &Cx<'_>, problems: &Problems) {
    let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(cx.i18n, p));
    widgets::section_card_ui(ui, &cx.i18n.tr("settings-invoices"), &cx.i18n.tr("settings-invoices-hint"), |ui| {
        egui::Grid::new("invoice_settings_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            let label = |id: &str| cx.i18n.tr(id);
            let width = theme::NUMBER_WIDTH;
            widgets::text_row(ui, &label("settings-vat-rate"), &mut form.vat_rate, width, text(field::VAT_RATE));
            let exemption = text(field::EXEMPTION_TEXT);
            widgets::multiline_row(ui, &label("settings-exemption-text"), &mut form.exemption_text, exemption);
            let payment = text(field::PAYMENT_DAYS);
            widgets::text_row(ui, &label("settings-payment-days"), &mut form.payment_days, width, payment);
        });
    });
}

/// Save and Revert; true when the user asked to revert.
fn save_row_ui(ui: &mut Ui, cx: &Cx<'_>, changed: bool, parsed: &Result<Settings, Problems>) -> bool {
    ui.horizontal(|ui| {
        let save = egui::Button::new(cx.i18n.tr("settings-save"));
        if ui.add_enabled(changed && parsed.is_ok() && cx.writable(), save).clicked()
            && let Ok(settings) = parsed
        {
            cx.send(Command::SaveSettings(Box::new(settings.clone())));
        }
        let revert = ui.add_enabled(changed, egui::Button::new(cx.i18n.tr("settings-revert"))).clicked();
        if parsed.is_err() {
            widgets::hint(ui, &cx.i18n.tr("settings-fix-problems"));
        } else if changed {
            widgets::hint(ui, &cx.i18n.tr("settings-unsaved"));
        }
        revert
    })
    .inner
}

fn programme_ui(ui: &mut Ui, form: &mut SettingsForm, i18n: &I18n, problems: &Problems) {
    egui::Grid::new("programme_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
        let rows = [
            ("settings-hourly-rate", &mut form.hourly_rate, field::HOURLY_RATE),
            ("settings-session-minutes", &mut form.session_minutes, field::SESSION_MINUTES),
            ("settings-sessions-per-group", &mut form.sessions_per_group, field::SESSIONS_PER_GROUP),
            ("settings-min-group", &mut form.min_group_size, field::MIN_GROUP_SIZE),
            ("settings-max-group", &mut form.max_group_size, field::MAX_GROUP_SIZE),
            ("settings-first-hours", &mut form.first_conversation_hours, field::FIRST_HOURS),
            ("settings-second-days", &mut form.second_conversation_days, field::SECOND_DAYS),
            ("settings-third-from", &mut form.third_conversation_from_days, field::THIRD_FROM_DAYS),
            ("settings-third-until", &mut form.third_conversation_until_days, field::THIRD_UNTIL_DAYS),
            ("settings-circle-size", &mut form.circle_size, field::CIRCLE_SIZE),
            ("settings-circle-min", &mut form.circle_min, field::CIRCLE_MIN),
            ("settings-open-threshold", &mut form.open_threshold, field::OPEN_THRESHOLD),
            ("settings-mentor-capacity", &mut form.mentor_capacity, field::MENTOR_CAPACITY),
            ("settings-retention", &mut form.retention_months, field::RETENTION_MONTHS),
            ("settings-repeat-offer", &mut form.repeat_offer_days, field::REPEAT_OFFER_DAYS),
            ("settings-report-threshold", &mut form.report_threshold, field::REPORT_THRESHOLD),
            ("settings-absence-run", &mut form.absence_run, field::ABSENCE_RUN),
        ];
        widgets::text_rows(ui, i18n, problems, theme::NUMBER_WIDTH, rows);
    });
}

fn price_preview_ui(ui: &mut Ui, settings: &Settings, i18n: &I18n) {
    let p = &settings.coached;
    let pricing = p.pricing();
    if let (Some(group), Some(individual)) = (pricing.group_price(), pricing.individual_price()) {
        let colours = theme::palette(ui.visuals());
        let text = i18n.tr_args(
            "settings-price-preview",
            &[
                ("group", Arg::from(i18n.money(group))),
                ("individual", Arg::from(i18n.money(individual))),
                ("sessions", Arg::from(p.sessions_per_group)),
                ("minutes", Arg::from(p.session_minutes)),
                ("max", Arg::from(p.max_group_size)),
            ],
        );
        ui.label(RichText::new(text).color(colours.accent));
    }
}
