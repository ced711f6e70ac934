//! The anonymous yearly report on screen: the same figures as the PDF, for
//! the year chosen, with small numbers hidden.

use crate::app::{AppCommand, Cx, theme, widgets};
use crate::i18n::Arg;
use crate::ops::documents::{DocumentRequest, report_of, report_text};
use chrono::Datelike;
use egui::RichText;

/// The report dialog's state: the year shown.
pub struct ReportDialog {
    year: i32,
}

impl ReportDialog {
    /// This year's report; the dialog chooses another year.
    pub fn new(cx: &Cx<'_>) -> Self {
        ReportDialog { year: cx.today.year() }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let i18n = cx.i18n;
        let library = cx.view.library();
        let report = report_of(&library, self.year);
        let text = report_text(i18n, &library, self.year, &report);
        widgets::dialog_ui(ctx, "incident_report", 720.0, &text.title, |ui| {
            ui.horizontal(|ui| {
                let label = ui.label(i18n.tr("report-year"));
                egui::ComboBox::from_id_salt("report_year")
                    .selected_text(self.year.to_string())
                    .show_ui(ui, |ui| {
                        for year in (cx.today.year() - 5..=cx.today.year()).rev() {
                            ui.selectable_value(&mut self.year, year, year.to_string());
                        }
                    })
                    .response
                    .labelled_by(label.id);
            });
            widgets::hint(ui, &text.note);
            ui.add_space(theme::GAP);
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() - 220.0).show(ui, |ui| {
                widgets::section_heading(ui, &i18n.tr("report-incidents"));
                egui::Grid::new("report_grid").num_columns(6).striped(true).spacing([theme::GAP * 2.0, 4.0]).show(
                    ui,
                    |ui| {
                        ui.label(RichText::new(i18n.tr("report-type")).strong());
                        for id in ["report-q1", "report-q2", "report-q3", "report-q4", "report-year"] {
                            ui.label(RichText::new(i18n.tr(id)).strong());
                        }
                        ui.end_row();
                        for row in text.rows.iter().chain(std::iter::once(&text.totals)) {
                            for cell in row {
                                ui.label(cell);
                            }
                            ui.end_row();
                        }
                    },
                );
                ui.add_space(theme::GAP);
                widgets::section_heading(ui, &i18n.tr("report-support"));
                egui::Grid::new("report_figures").num_columns(2).spacing([theme::GAP * 2.0, 4.0]).show(ui, |ui| {
                    for (label, value) in &text.figures {
                        ui.label(label);
                        ui.label(RichText::new(value).strong());
                        ui.end_row();
                    }
                });
            });
            ui.separator();
            let mut close = false;
            ui.horizontal(|ui| {
                let save = i18n.tr_args("report-save", &[("year", Arg::from(self.year.to_string()))]);
                if ui.button(save).clicked() {
                    cx.send(AppCommand::SaveDocument(DocumentRequest::IncidentReport(self.year)));
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    close = ui.button(i18n.tr("button-close")).clicked();
                });
            });
            close
        })
    }
}
