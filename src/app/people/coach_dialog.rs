//! A coach's schedule for a chosen period, as a PDF or a calendar file,
//! started from the People tab.

use crate::app::{AppCommand, Cx, widgets};
use crate::domain::PersonId;
use crate::i18n::Arg;
use crate::ops::documents::{DocumentRequest, month_of};

/// An open coach schedule dialog.
pub struct CoachScheduleDialog {
    coach: PersonId,
    name: String,
    from: String,
    to: String,
}

impl CoachScheduleDialog {
    /// Next month's schedule of `coach`.
    pub fn new(coach: PersonId, name: String, cx: &Cx<'_>) -> Self {
        let next = cx.today.checked_add_months(chrono::Months::new(1)).unwrap_or(cx.today);
        let (from, to) = month_of(next);
        CoachScheduleDialog { coach, name, from: cx.i18n.date(from), to: cx.i18n.date(to) }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let title = cx.i18n.tr_args("coach-schedule-title", &[("coach", Arg::from(self.name.as_str()))]);
        widgets::dialog_ui(ctx, "coach_schedule", 560.0, &title, |ui| {
            widgets::hint(ui, &cx.i18n.tr("coach-schedule-hint"));
            let mut close = false;
            let period = widgets::period_rows(ui, cx.i18n, &mut self.from, &mut self.to);
            ui.separator();
            ui.horizontal(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let coach = self.coach;
                    let documents = [
                        (
                            "coach-schedule-ics",
                            period.map(|(from, to)| DocumentRequest::CoachCalendar { coach, from, to }),
                        ),
                        (
                            "coach-schedule-pdf",
                            period.map(|(from, to)| DocumentRequest::CoachSchedule { coach, from, to }),
                        ),
                    ];
                    for (label, request) in documents {
                        let button = egui::Button::new(cx.i18n.tr(label));
                        if ui.add_enabled(request.is_some(), button).clicked()
                            && let Some(request) = request
                        {
                            cx.send(AppCommand::SaveDocument(request));
                            close = true;
                        }
                    }
                    if ui.button(cx.i18n.tr("button-cancel")).clicked() {
                        close = true;
                    }
                });
            });
            close
        })
    }
}
