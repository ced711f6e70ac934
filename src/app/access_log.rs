//! The access log in the window: who did what and when, newest first, and
//! saved as CSV for a privacy officer.

use super::{AppCommand, PeerDeskApp, files::SaveChoice, theme, widgets};
use crate::domain::access::RecordKind;
use crate::domain::person::PersonId;
use crate::i18n::{Arg, format};
use crate::ops::access::{action_text, csv, file_name, subject_text};
use crate::ops::messages::store_error_text;
use egui_extras::{Column, TableBuilder};

impl PeerDeskApp {
    /// Reads the log and shows it, or closes it.
    pub(crate) fn show_access_log(&mut self, open: bool) {
        self.access_log = None;
        if !open {
            return;
        }
        let Some(db) = &self.db else { return };
        match db.store.access_log() {
            Ok(entries) => self.access_log = Some(entries),
            Err(e) => self.toasts.error(store_error_text(&self.i18n, &e)),
        }
    }

    /// Saves the whole log as CSV where the user chooses.
    pub(crate) fn save_access_log(&mut self) {
        let Some(entries) = &self.access_log else { return };
        let bytes = match csv(&self.i18n, entries) {
            Ok(bytes) => bytes,
            Err(e) => {
                self.toasts.error(self.i18n.tr_args("document-failed", &[("reason", Arg::from(e.to_string()))]));
                return;
            }
        };
        let name = file_name(&self.i18n, self.today());
        let path = match self.file_dialogs.save_file(&self.i18n.tr("save-title"), &name) {
            SaveChoice::Path(path) => path,
            SaveChoice::Cancelled => return,
            SaveChoice::Unavailable => super::files::fallback_folder(&self.paths.data_dir).join(&name),
        };
        match crate::export::write_file(&path, &bytes) {
            Ok(()) => {
                self.log(crate::domain::access::AccessAction::Export, &path.display().to_string());
                self.toasts.success(self.i18n.tr_args("save-done", &[("path", Arg::from(name))]));
                self.saved_file = Some(path);
            }
            Err(e) => self.toasts.error(crate::ops::messages::write_error_text(&self.i18n, &path, &e)),
        }
    }
}

/// The access log dialog.
pub fn access_log_ui(ctx: &egui::Context, app: &mut PeerDeskApp) {
    let Some(entries) = &app.access_log else { return };
    let i18n = &app.i18n;
    let view = app.db.as_ref().map(|db| &db.view);
    // A record is named by what it is now: a person's name, a case's reference.
    let describe = |kind: RecordKind, id: i64| {
        let view = view?;
        match kind {
            RecordKind::Person => view.person(PersonId(id)).map(|p| p.name.to_string()),
            RecordKind::Case => {
                let trajectory = view.cases.trajectories.iter().find(|t| t.id.0 == id)?;
                view.cases.incidents.iter().find(|i| i.id == trajectory.incident).map(|i| i.reference.clone())
            }
        }
    };
    let commands = app.commands.get_mut();
    let close = widgets::dialog_ui(ctx, "access_log", 760.0, &i18n.tr("access-title"), |ui| {
        widgets::hint(ui, &i18n.tr("access-intro"));
        ui.add_space(theme::GAP);
        widgets::truncated_cells(ui);
        TableBuilder::new(ui)
            .max_scroll_height(360.0)
            .column(Column::exact(130.0))
            .column(Column::exact(80.0))
            .column(Column::exact(80.0))
            .column(Column::exact(230.0))
            .column(Column::remainder())
            .header(theme::ROW_HEIGHT, |header| {
                let ids = ["access-when", "access-user", "access-computer", "access-action", "access-subject"];
                widgets::table_header(header, i18n, &ids);
            })
            .body(|body| {
                crate::app::widgets::ruled_rows(body, theme::ROW_HEIGHT, entries.len(), |row| {
                    let Some(entry) = entries.get(row.index()) else { return };
                    row.col(|ui| {
                        ui.label(format::date_time(i18n.language(), entry.at));
                    });
                    row.col(|ui| {
                        ui.label(&entry.user);
                    });
                    row.col(|ui| {
                        ui.label(&entry.computer);
                    });
                    row.col(|ui| {
                        ui.label(action_text(i18n, entry.action));
                    });
                    row.col(|ui| {
                        let subject = subject_text(i18n, &entry.subject, describe);
                        ui.label(&subject).on_hover_text(&subject);
                    });
                });
            });
        ui.add_space(theme::GAP);
        let mut close = false;
        ui.horizontal(|ui| {
            if ui.button(i18n.tr("access-save-csv")).clicked() {
                commands.push(AppCommand::SaveAccessLog.into());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                close = ui.button(i18n.tr("button-close")).clicked();
            });
        });
        close
    });
    if close {
        commands.push(AppCommand::ShowAccessLog(false).into());
    }
}
