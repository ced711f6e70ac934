//! The About dialog: version, commit, build date and where the data is.

use super::{AppCommand, PeerDeskApp, theme, widgets};
use crate::build_info;
use egui::RichText;

/// Draws the About dialog.
pub fn about_ui(ctx: &egui::Context, app: &mut PeerDeskApp) {
    let i18n = &app.i18n;
    let path = app.db.as_ref().map(|db| db.store.path().display().to_string()).unwrap_or_default();
    let close = widgets::dialog_ui(ctx, "about", 460.0, "PeerDesk", |ui| {
        ui.label(i18n.tr("about-tagline"));
        ui.add_space(theme::GAP);
        egui::Grid::new("about_grid").num_columns(2).spacing([theme::GAP * 2.0, 4.0]).show(ui, |ui| {
            ui.label(i18n.tr("about-version"));
            ui.label(build_info::VERSION);
            ui.end_row();
            ui.label(i18n.tr("about-commit"));
            ui.label(build_info::COMMIT);
            ui.end_row();
            ui.label(i18n.tr("about-built"));
            ui.label(build_info::BUILD_DATE);
            ui.end_row();
            ui.label(i18n.tr("about-database"));
            ui.add(egui::Label::new(path).wrap());
            ui.end_row();
        });
        ui.add_space(theme::GAP);
        ui.label(RichText::new(i18n.tr("about-confidential")).small());
        ui.add_space(theme::GAP);
        ui.vertical_centered(|ui| ui.button(i18n.tr("button-close")).clicked()).inner
    });
    if close {
        app.commands.get_mut().push(AppCommand::ShowAbout(false).into());
    }
}
