//! A coach's schedule for a chosen period, as a PDF or a calendar file,
//! started from the People tab.

use super::{Command, theme, widgets};
use crate::documents::{DocumentRequest, month_of};
use crate::domain::{PersonId, Problem};
use crate::i18n::format::{date_hint, parse_date};
use crate::i18n::{Arg, I18n};
use chrono::NaiveDate;
use egui::RichText;

/// An open coach schedule dialog.
pub struct CoachScheduleDialog {
    coach: PersonId,
    name: String,
    from: String,
    to: String,
}

impl CoachScheduleDialog {
    /// Next month's schedule of `coach`.
    pub fn new(coach: PersonId, name: String, today: NaiveDate, i18n: &I18n) -> Self {
        let next = today.checked_add_months(chrono::Months::new(1)).unwrap_or(today);
        let (from, to) = month_of(next);
        CoachScheduleDialog { coach, name, from: i18n.date(from), to: i18n.date(to) }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, i18n: &I18n, commands: &mut Vec<Command>) -> bool {
        let from = parse_date(&self.from);
        let to = parse_date(&self.to);
        let period = match (from, to) {
            (Some(from), Some(to)) if from <= to => Some((from, to)),
            _ => None,
        };
        let mut close = false;
        let response = egui::Modal::new(egui::Id::unique("coach_schedule")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.label(
                RichText::new(i18n.tr_args("coach-schedule-title", &[("coach", Arg::from(self.name.as_str()))]))
                    .heading()
                    .strong(),
            );
            widgets::hint(ui, &i18n.tr("coach-schedule-hint"));
            ui.add_space(theme::GAP);
            egui::Grid::new("coach_period").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
                for (key, text, parsed) in [("finance-from", &mut self.from, from), ("finance-to", &mut self.to, to)] {
                    let label = widgets::form_label(ui, &i18n.tr(key));
                    ui.add_sized(
                        [140.0, theme::FIELD_HEIGHT],
                        egui::TextEdit::singleline(text).hint_text(date_hint(i18n.language())),
                    )
                    .labelled_by(label.id);
                    widgets::problem_label(
                        ui,
                        parsed.is_none().then(|| widgets::problem_text(i18n, &Problem::InvalidDate)),
                    );
                    ui.end_row();
                }
            });
            if from.is_some() && to.is_some() && period.is_none() {
                widgets::problem_label(ui, Some(widgets::problem_text(i18n, &Problem::EndBeforeStart)));
            }
            ui.separator();
            ui.horizontal(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.add_enabled(period.is_some(), egui::Button::new(i18n.tr("coach-schedule-ics"))).clicked()
                        && let Some((from, to)) = period
                    {
                        commands.push(Command::SaveDocument(DocumentRequest::CoachCalendar {
                            coach: self.coach,
                            from,
                            to,
                        }));
                        close = true;
                    }
                    if ui.add_enabled(period.is_some(), egui::Button::new(i18n.tr("coach-schedule-pdf"))).clicked()
                        && let Some((from, to)) = period
                    {
                        commands.push(Command::SaveDocument(DocumentRequest::CoachSchedule {
                            coach: self.coach,
                            from,
                            to,
                        }));
                        close = true;
                    }
                    if ui.button(i18n.tr("button-cancel")).clicked() {
                        close = true;
                    }
                });
            });
        });
        close || response.should_close()
    }
}
