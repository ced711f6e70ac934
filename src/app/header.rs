//! The bar at the top: the tabs, the open database and the language.

use super::{AppCommand, PeerDeskApp, Tab, theme};
use crate::i18n::Language;
use egui::{RichText, Ui};

/// Draws the header bar.
pub fn header_ui(ui: &mut Ui, app: &mut PeerDeskApp) {
    let colours = theme::palette(ui.visuals());
    let frame = egui::Frame::new().fill(colours.header_fill).inner_margin(egui::Margin::symmetric(14, 8));
    egui::Panel::top("header").frame(frame).show(ui, |ui| {
        // In a narrow window (1024 points) the right side shrinks to short
        // labels, so that every tab stays in view.
        let compact = ui.available_width() < COMPACT_BELOW;
        let tab_size = if compact { 14.0 } else { 15.0 };
        ui.horizontal(|ui| {
            if compact {
                ui.spacing_mut().item_spacing.x = 4.0;
            }
            ui.label(RichText::new("PeerDesk").strong().size(18.0).color(colours.accent));
            ui.add_space(if compact { theme::GAP } else { theme::SECTION_GAP });
            let show_tabs = app.open_error.is_none()
                && app.locked.is_none()
                && app.unlock.is_none()
                && app.db.as_ref().is_some_and(|db| db.view.welcomed || !db.view.people.is_empty());
            if show_tabs {
                let now = app.moment().naive_local();
                let overdue = app.db.as_ref().map(|db| app.cases.overdue_count(&db.view, now)).unwrap_or(0);
                for tab in Tab::ALL {
                    let mut text = RichText::new(app.i18n.tr(tab.label_id())).size(tab_size);
                    if tab == Tab::Cases && overdue > 0 {
                        // Overdue work is impossible to miss: counted, in red.
                        let count = crate::i18n::Arg::from(overdue);
                        text = RichText::new(app.i18n.tr_args("tab-cases-overdue", &[("count", count)]))
                            .size(tab_size)
                            .color(colours.danger);
                    }
                    if ui.selectable_label(app.tab == tab, text).clicked() {
                        app.commands.get_mut().push(AppCommand::SwitchTab(tab).into());
                    }
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                language_picker_ui(ui, app, compact);
                if app.locked.is_some() || app.unlock.is_some() {
                    return;
                }
                ui.add_space(theme::GAP);
                database_menu_ui(ui, app, compact);
                if app.db.is_some() {
                    let lock = ui.button(app.i18n.tr("header-lock")).on_hover_text(app.i18n.tr("header-lock-hint"));
                    if lock.clicked() {
                        app.commands.get_mut().push(AppCommand::LockWindow.into());
                    }
                }
            });
        });
    });
}

/// Below this width of the header the right side uses short labels.
const COMPACT_BELOW: f32 = 1180.0;

fn language_picker_ui(ui: &mut Ui, app: &mut PeerDeskApp, compact: bool) {
    let current = app.i18n.language();
    let label = app.i18n.tr("header-language");
    let selected = if compact { current.code().to_uppercase() } else { current.native_name().to_string() };
    egui::ComboBox::from_id_salt("language")
        .selected_text(selected)
        .width(if compact { 56.0 } else { 110.0 })
        .show_ui(ui, |ui| {
            for language in Language::ALL {
                if ui.selectable_label(language == current, language.native_name()).clicked() && language != current {
                    app.commands.get_mut().push(AppCommand::SetLanguage(language).into());
                }
            }
        })
        .response
        .on_hover_text(label);
}

fn database_menu_ui(ui: &mut Ui, app: &mut PeerDeskApp, compact: bool) {
    let i18n = &app.i18n;
    let file = app
        .db
        .as_ref()
        .map(|db| db.store.path())
        .or(app.new_file.as_deref())
        .and_then(|path| path.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let read_only = app.db.as_ref().is_some_and(|db| db.store.is_read_only());
    let has_database = app.db.is_some();
    // The window's title says when the demo is open; the button stays short.
    // In a narrow window the button says "Database"; the title bar names the file.
    let hover =
        if file.is_empty() { i18n.tr("menu-database") } else { format!("{}: {file}", i18n.tr("menu-database")) };
    let button = if file.is_empty() || compact { i18n.tr("menu-database") } else { file };
    let button = match button.char_indices().nth(28) {
        Some((cut, _)) => format!("{}…", &button[..cut]),
        None => button,
    };
    let commands = app.commands.get_mut();
    if read_only {
        let colours = theme::palette(ui.visuals());
        ui.label(RichText::new(i18n.tr("title-read-only")).strong().color(colours.danger))
            .on_hover_text(i18n.tr("read-only-hint"));
    }
    ui.menu_button(button, |ui| {
        super::welcome::open_database_buttons_ui(ui, i18n, commands);
        ui.separator();
        if has_database && ui.button(i18n.tr("menu-backups")).clicked() {
            commands.push(AppCommand::ShowBackups(true).into());
        }
        if ui.button(i18n.tr("menu-about")).clicked() {
            commands.push(AppCommand::ShowAbout(true).into());
        }
    })
    .response
    .on_hover_text(hover);
}
