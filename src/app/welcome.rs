//! The first start: choose an empty database or the demo. Also the screen
//! shown when a file cannot be opened.

use super::{AppCommand, Command, theme, widgets};
use crate::i18n::{Arg, I18n, Language};
use crate::paths::AppPaths;
use egui::{RichText, Ui};

/// The welcome screen of an empty, new database: `open` is the file it
/// keeps, wherever it is (the default file or one given with `--db`).
pub fn welcome_ui(ui: &mut Ui, i18n: &I18n, open: &std::path::Path, paths: &AppPaths, commands: &mut Vec<Command>) {
    centred_card(ui, |ui| {
        ui.label(RichText::new(i18n.tr("welcome-title")).heading().strong());
        ui.add_space(theme::GAP);
        ui.label(i18n.tr("welcome-intro"));
        ui.add_space(theme::SECTION_GAP);

        ui.horizontal(|ui| {
            ui.label(i18n.tr("welcome-language"));
            for language in Language::ALL {
                if ui.selectable_label(i18n.language() == language, language.native_name()).clicked() {
                    commands.push(AppCommand::SetLanguage(language).into());
                }
            }
        });
        ui.add_space(theme::SECTION_GAP);

        choice_ui(
            ui,
            &i18n.tr("welcome-empty"),
            &i18n.tr_args("welcome-empty-hint", &[("path", Arg::from(open.display().to_string()))]),
            AppCommand::StartEmpty.into(),
            commands,
        );
        ui.add_space(theme::GAP * 1.5);
        choice_ui(
            ui,
            &i18n.tr("welcome-demo"),
            &i18n.tr_args("welcome-demo-hint", &[("path", Arg::from(paths.demo_db().display().to_string()))]),
            AppCommand::OpenDemo.into(),
            commands,
        );
    });
}

fn choice_ui(ui: &mut Ui, title: &str, hint: &str, command: Command, commands: &mut Vec<Command>) {
    let colours = theme::palette(ui.visuals());
    let button = egui::Button::new(RichText::new(title).size(16.0).color(colours.on_accent))
        .fill(colours.accent)
        .min_size(egui::vec2(300.0, 36.0));
    if ui.add(button).clicked() {
        commands.push(command);
    }
    widgets::hint(ui, hint);
}

/// Open my database, the demo, or another file: in the header's menu and
/// on the screen of a file that could not be opened.
pub fn open_database_buttons_ui(ui: &mut Ui, i18n: &I18n, commands: &mut Vec<Command>) {
    let choices = [
        ("menu-open-mine", AppCommand::OpenMyDatabase),
        ("menu-open-demo", AppCommand::OpenDemo),
        ("menu-open-file", AppCommand::PickDatabase),
    ];
    for (id, command) in choices {
        if ui.button(i18n.tr(id)).clicked() {
            commands.push(command.into());
        }
    }
}

/// The screen shown when the requested file cannot be opened.
/// What the screen of an open error may offer besides opening another file.
pub struct Offers<'a> {
    /// Open the file read-only (another window writes to it).
    pub read_only: Option<&'a std::path::Path>,
    /// Restore a damaged file from its newest checked backup.
    pub damaged: Option<&'a super::backups::DamagedOffer>,
}

pub fn open_error_ui(
    ui: &mut Ui,
    i18n: &I18n,
    error: &str,
    offers: Offers<'_>,
    paths: &AppPaths,
    commands: &mut Vec<Command>,
) {
    centred_card(ui, |ui| {
        let colours = theme::palette(ui.visuals());
        ui.label(RichText::new(i18n.tr("open-error-title")).heading().strong().color(colours.danger));
        ui.add_space(theme::GAP);
        ui.label(error);
        ui.add_space(theme::SECTION_GAP);
        if let Some(offer) = offers.damaged {
            super::backups::damaged_offer_ui(ui, i18n, offer, commands);
            ui.add_space(theme::SECTION_GAP);
        }
        if let Some(path) = offers.read_only {
            choice_ui(
                ui,
                &i18n.tr("open-read-only"),
                &i18n.tr("open-read-only-hint"),
                AppCommand::OpenReadOnly(path.to_path_buf()).into(),
                commands,
            );
            ui.add_space(theme::SECTION_GAP);
        }
        ui.horizontal_wrapped(|ui| open_database_buttons_ui(ui, i18n, commands));
        widgets::hint(
            ui,
            &i18n.tr_args("open-error-where", &[("path", Arg::from(paths.data_dir.display().to_string()))]),
        );
    });
}

pub(crate) fn centred_card(ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
    ui.add_space(ui.available_height() * 0.08);
    ui.vertical_centered(|ui| {
        let width = ui.available_width().min(640.0);
        theme::card(ui.visuals()).show(ui, |ui| {
            ui.set_width(width - 28.0);
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), add);
        });
    });
}
