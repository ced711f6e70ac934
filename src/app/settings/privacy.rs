//! Privacy in Settings: when the window locks itself, how many backups are
//! kept, and the database's passphrase.

use crate::app::{AppCommand, Cx, theme, widgets};
use crate::domain::Problems;
use crate::domain::passphrase::{self, field as passphrase_field};
use crate::domain::settings::{SettingsForm, field};
use crate::store::Passphrase;
use egui::Ui;

/// A passphrase change, as typed.
#[derive(Clone, Debug, Default)]
pub struct ChangePassphraseForm {
    pub current: String,
    pub new: String,
    pub confirmation: String,
    /// The user read that a forgotten passphrase cannot be recovered.
    pub understood: bool,
}

/// The privacy card of the Settings tab.
pub fn privacy_ui(
    ui: &mut Ui,
    form: &mut SettingsForm,
    change: &mut ChangePassphraseForm,
    cx: &Cx<'_>,
    problems: &Problems,
) {
    let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(cx.i18n, p));
    widgets::section_card_ui(ui, &cx.i18n.tr("settings-privacy"), &cx.i18n.tr("settings-privacy-hint"), |ui| {
        // Read-only, the backups and the passphrase cannot change; the
        // access log below can still be read.
        ui.add_enabled_ui(cx.writable(), |ui| {
            egui::Grid::new("privacy_settings_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
                let label = |id: &str| cx.i18n.tr(id);
                let width = theme::NUMBER_WIDTH;
                let rows = [
                    ("settings-auto-lock", &mut form.auto_lock_minutes, field::AUTO_LOCK_MINUTES),
                    ("settings-backups-daily", &mut form.backups_daily, field::BACKUPS_DAILY),
                    ("settings-backups-weekly", &mut form.backups_weekly, field::BACKUPS_WEEKLY),
                    ("settings-backups-monthly", &mut form.backups_monthly, field::BACKUPS_MONTHLY),
                ];
                for (id, value, name) in rows {
                    widgets::text_row(ui, &label(id), value, width, text(name));
                }
                backups_folder_ui(ui, form, cx, text(field::BACKUPS_FOLDER));
            });
            widgets::hint(ui, &cx.i18n.tr("settings-backups-folder-hint"));
            ui.add_space(theme::SECTION_GAP);
            widgets::section_heading(ui, &cx.i18n.tr("settings-passphrase"));
            if cx.encrypted {
                change_passphrase_ui(ui, change, cx);
            } else {
                widgets::hint(ui, &cx.i18n.tr("settings-not-encrypted"));
                add_passphrase_ui(ui, change, cx);
            }
        });
        ui.add_space(theme::SECTION_GAP);
        widgets::section_heading(ui, &cx.i18n.tr("access-title"));
        widgets::hint(ui, &cx.i18n.tr("access-intro"));
        if ui.button(cx.i18n.tr("access-show")).clicked() {
            cx.send(AppCommand::ShowAccessLog(true));
        }
    });
}

/// Where backups go, a row of the privacy grid: a full path typed or
/// chosen, empty for beside the database.
fn backups_folder_ui(ui: &mut Ui, form: &mut SettingsForm, cx: &Cx<'_>, problem: Option<String>) {
    let i18n = cx.i18n;
    let label = widgets::form_label(ui, &i18n.tr("settings-backups-folder"));
    ui.horizontal(|ui| {
        let field = egui::TextEdit::singleline(&mut form.backups_folder)
            .hint_text(i18n.tr("settings-backups-folder-beside"))
            .desired_width(theme::FIELD_WIDTH);
        ui.add(field).labelled_by(label.id);
        if ui.add_enabled(cx.writable(), egui::Button::new(i18n.tr("settings-backups-folder-choose"))).clicked() {
            cx.send(AppCommand::ChooseBackupsFolder);
        }
    });
    widgets::problem_label(ui, problem);
    ui.end_row();
}

fn change_passphrase_ui(ui: &mut Ui, change: &mut ChangePassphraseForm, cx: &Cx<'_>) {
    let problems = passphrase_fields_ui(ui, change, cx, true);
    let ready = problems.is_empty() && !change.current.is_empty() && cx.writable();
    if ui.add_enabled(ready, egui::Button::new(cx.i18n.tr("passphrase-change"))).clicked() {
        cx.send(AppCommand::ChangePassphrase {
            current: Passphrase::new(change.current.clone()),
            new: Passphrase::new(change.new.clone()),
            confirmation: change.confirmation.clone(),
        });
    }
    widgets::hint(ui, &cx.i18n.tr("passphrase-change-hint"));
}

/// The passphrase fields (the current one only when `with_current`), each
/// with its problem once typed; the problems of the new passphrase.
fn passphrase_fields_ui(ui: &mut Ui, change: &mut ChangePassphraseForm, cx: &Cx<'_>, with_current: bool) -> Problems {
    let problems = passphrase::problems(&change.new, &change.confirmation);
    let shown = |f: &str, typed: &str| {
        (!typed.is_empty()).then(|| problems.for_field(f).map(|p| widgets::problem_text(cx.i18n, p))).flatten()
    };
    egui::Grid::new("change_passphrase_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
        let new_problem = shown(passphrase_field::PASSPHRASE, &change.new);
        let confirmation_problem = shown(passphrase_field::CONFIRMATION, &change.confirmation);
        let mut rows = vec![
            ("passphrase-new", &mut change.new, new_problem),
            ("passphrase-confirm", &mut change.confirmation, confirmation_problem),
        ];
        if with_current {
            rows.insert(0, ("passphrase-current", &mut change.current, None));
        }
        for (id, value, problem) in rows {
            let label = widgets::form_label(ui, &cx.i18n.tr(id));
            ui.add_sized([theme::FIELD_WIDTH, theme::FIELD_HEIGHT], egui::TextEdit::singleline(value).password(true))
                .labelled_by(label.id);
            widgets::problem_label(ui, problem);
            ui.end_row();
        }
    });
    ui.add_space(theme::GAP);
    problems
}

/// Giving an unencrypted database a passphrase: the file and its backups
/// are rewritten encrypted. Asks first, since a forgotten passphrase
/// cannot be recovered.
fn add_passphrase_ui(ui: &mut Ui, change: &mut ChangePassphraseForm, cx: &Cx<'_>) {
    let problems = passphrase_fields_ui(ui, change, cx, false);
    let ready = problems.is_empty() && cx.writable();
    ui.checkbox(&mut change.understood, cx.i18n.tr("passphrase-add-understood"));
    if ui.add_enabled(ready && change.understood, egui::Button::new(cx.i18n.tr("passphrase-add"))).clicked() {
        cx.send(AppCommand::EncryptDatabase {
            new: Passphrase::new(change.new.clone()),
            confirmation: change.confirmation.clone(),
        });
    }
    widgets::hint(ui, &cx.i18n.tr("passphrase-add-hint"));
}
