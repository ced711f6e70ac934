//! Planning a circle's meeting: when, how long, the method and who brings
//! the case (PeerDesk suggests who has gone longest without), with the
//! session plan on the clock and the phases that do not fit flagged. And
//! who came to a meeting.

use super::Command;
use crate::app::widgets::conflict::{Fields, Reconcile, refused_ui};
use crate::app::{Cx, theme, widgets};
use crate::domain::PersonId;
use crate::domain::circles::circle::{
    Circle, CircleMeeting, CircleMeetingId, MeetingDraft, field, next_by_cadence, suggest_case_bringer,
};
use crate::domain::circles::methods::{MethodId, overflow_minutes, session_plan};
use crate::domain::{Problem, Problems, validate};
use crate::i18n::Arg;
use crate::i18n::format::parse_date;
use crate::ops::circles::{method_name, phase_words};
use chrono::NaiveTime;
use egui::{RichText, Ui};

/// A meeting being planned or changed.
pub struct MeetingDialog {
    circle: Circle,
    meeting: Option<CircleMeetingId>,
    date: String,
    time: String,
    minutes: String,
    method: Option<MethodId>,
    case_bringer: Option<PersonId>,
    /// The version of the meeting as it was opened: a save after a change
    /// made meanwhile is refused, not overwritten.
    version: Option<i64>,
    /// Save was pressed: a newer stored version is the change that refused it.
    sent: bool,
}

impl Reconcile for MeetingDialog {
    type Stored = CircleMeeting;

    fn refused<'a>(&self, cx: &Cx<'a>) -> Option<&'a CircleMeeting> {
        let id = self.meeting.filter(|_| self.sent)?;
        cx.view.circles.meetings.iter().find(|m| m.id == id && Some(m.version) != self.version)
    }

    fn reopened(&self, stored: &CircleMeeting, cx: &Cx<'_>) -> Self {
        Self::edit(cx, &self.circle, stored)
    }

    fn fields(&self, cx: &Cx<'_>) -> Fields {
        let i18n = cx.i18n;
        let methods = &cx.view.circles.methods;
        let method = self.method.and_then(|id| methods.iter().find(|m| m.id == id)).map(|m| method_name(i18n, m));
        let bringer = self.case_bringer.and_then(|p| cx.view.person(p)).map(|p| p.name.to_string());
        vec![
            ("circle-meeting-date", self.date.clone()),
            ("network-time", self.time.clone()),
            ("network-minutes", self.minutes.clone()),
            ("circle-meeting-method", method.unwrap_or_default()),
            ("circle-meeting-case-bringer", bringer.unwrap_or_default()),
        ]
    }

    fn keep_mine(&mut self, stored: &CircleMeeting, cx: &Cx<'_>) {
        self.version = Some(stored.version);
        if let Ok(draft) = self.parsed() {
            cx.send(Command::SaveMeeting { circle: self.circle.id, meeting: self.meeting, draft });
        }
    }
}

impl MeetingDialog {
    /// A new meeting: after the last one at the circle's cadence, or in a week.
    pub fn new(cx: &Cx<'_>, circle: &Circle) -> Self {
        let meetings: Vec<CircleMeeting> =
            cx.view.circles.meetings.iter().filter(|m| m.circle == circle.id && !m.cancelled).cloned().collect();
        let last = meetings.iter().map(|m| m.starts_at).max();
        let start = last
            .and_then(|l| next_by_cadence(circle.cadence, l))
            .filter(|s| *s > cx.now)
            .unwrap_or_else(|| (cx.today + chrono::Days::new(7)).and_hms_opt(19, 0, 0).unwrap_or(cx.now));
        let method = cx.view.circles.methods.first().map(|m| m.id);
        MeetingDialog {
            circle: circle.clone(),
            meeting: None,
            date: cx.i18n.date(start.date()),
            time: start.format("%H:%M").to_string(),
            minutes: "90".into(),
            method,
            case_bringer: suggest_case_bringer(&circle.members, &meetings, start),
            version: None,
            sent: false,
        }
    }

    /// The form for an existing meeting.
    pub fn edit(cx: &Cx<'_>, circle: &Circle, meeting: &CircleMeeting) -> Self {
        MeetingDialog {
            circle: circle.clone(),
            meeting: Some(meeting.id),
            date: cx.i18n.date(meeting.starts_at.date()),
            time: meeting.starts_at.format("%H:%M").to_string(),
            minutes: meeting.minutes.to_string(),
            method: meeting.method,
            case_bringer: meeting.case_bringer,
            version: Some(meeting.version),
            sent: false,
        }
    }

    fn parsed(&self) -> Result<MeetingDraft, Problems> {
        let mut problems = Problems::new();
        let date = parse_date(&self.date);
        if date.is_none() {
            problems.add(field::STARTS_AT, Problem::InvalidDate);
        }
        let time = NaiveTime::parse_from_str(self.time.trim(), "%H:%M").ok();
        if time.is_none() {
            problems.add("meeting_time", Problem::InvalidTime);
        }
        let minutes = validate::whole_number(&self.minutes, 30, 240).map_err(|p| problems.add(field::MINUTES, p)).ok();
        let (Some(date), Some(time), Some(minutes)) = (date, time, minutes) else { return Err(problems) };
        let draft = MeetingDraft {
            starts_at: date.and_time(time),
            minutes,
            method: self.method,
            case_bringer: self.case_bringer,
            version: self.version,
        };
        let problems = draft.problems(&self.circle.members);
        if problems.is_empty() { Ok(draft) } else { Err(problems) }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let i18n = cx.i18n;
        let title = i18n.tr_args("circle-meeting-title", &[("circle", Arg::from(self.circle.name.as_str()))]);
        if let Some(close) = refused_ui(self, ctx, "circle_meeting", &title, cx) {
            return close;
        }
        let parsed = self.parsed();
        let problems = parsed.as_ref().err().cloned().unwrap_or_default();
        widgets::dialog_ui(ctx, "circle_meeting", 700.0, &title, |ui| {
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() - 170.0).show(ui, |ui| {
                self.fields_ui(ui, cx, &problems);
                if let Ok(draft) = &parsed {
                    plan_ui(ui, cx, draft);
                }
            });
            let (save, cancel) =
                widgets::dialog_buttons(ui, i18n, &i18n.tr("circle-meeting-save"), parsed.is_ok(), None);
            if save && let Ok(draft) = &parsed {
                self.sent = true;
                cx.send(Command::SaveMeeting { circle: self.circle.id, meeting: self.meeting, draft: draft.clone() });
            }
            cancel
        })
    }

    fn fields_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let i18n = cx.i18n;
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(i18n, p));
        egui::Grid::new("circle_meeting_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            widgets::date_row(ui, i18n, &i18n.tr("circle-meeting-date"), &mut self.date, text(field::STARTS_AT));
            widgets::text_row(ui, &i18n.tr("network-time"), &mut self.time, 80.0, text("meeting_time"));
            widgets::text_row(ui, &i18n.tr("network-minutes"), &mut self.minutes, 80.0, text(field::MINUTES));
            let label = widgets::form_label(ui, &i18n.tr("circle-meeting-method"));
            let methods = &cx.view.circles.methods;
            let shown = self.method.and_then(|id| methods.iter().find(|m| m.id == id)).map(|m| method_name(i18n, m));
            egui::ComboBox::from_id_salt("circle_meeting_method")
                .selected_text(shown.unwrap_or_else(|| i18n.tr("choice-none")))
                .width(theme::FIELD_WIDTH)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.method, None, i18n.tr("choice-none"));
                    for method in methods {
                        ui.selectable_value(&mut self.method, Some(method.id), method_name(i18n, method));
                    }
                })
                .response
                .labelled_by(label.id);
            ui.label("");
            ui.end_row();
            let label = widgets::form_label(ui, &i18n.tr("circle-meeting-case-bringer"));
            let shown = self.case_bringer.and_then(|p| cx.view.person(p)).map(|p| p.name.to_string());
            egui::ComboBox::from_id_salt("circle_meeting_bringer")
                .selected_text(shown.unwrap_or_else(|| i18n.tr("choice-none")))
                .width(theme::FIELD_WIDTH)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.case_bringer, None, i18n.tr("choice-none"));
                    for member in &self.circle.members {
                        let name = cx.view.person(*member).map(|p| p.name.to_string()).unwrap_or_default();
                        ui.selectable_value(&mut self.case_bringer, Some(*member), name);
                    }
                })
                .response
                .labelled_by(label.id);
            ui.label(RichText::new(i18n.tr("circle-meeting-suggested")).small());
            ui.end_row();
        });
    }
}

/// The method's phases on the clock; phases that run past the end in the
/// danger colour, with the minutes over.
fn plan_ui(ui: &mut Ui, cx: &Cx<'_>, draft: &MeetingDraft) {
    let i18n = cx.i18n;
    let Some(method) = draft.method.and_then(|id| cx.view.circles.methods.iter().find(|m| m.id == id)) else { return };
    ui.add_space(theme::GAP);
    widgets::section_heading(ui, &i18n.tr("circle-plan"));
    let colours = theme::palette(ui.visuals());
    for step in session_plan(method, draft.starts_at, draft.minutes) {
        let (title, _) = phase_words(i18n, method, step.index);
        let line = format!("{}–{}  {title}", step.from.format("%H:%M"), step.to.format("%H:%M"));
        let text = if step.overflows { RichText::new(line).color(colours.danger) } else { RichText::new(line) };
        ui.label(text);
    }
    let over = overflow_minutes(method, draft.minutes);
    if over > 0 {
        let warning = i18n.tr_args("circle-plan-overflow", &[("minutes", Arg::from(over))]);
        ui.label(RichText::new(warning).color(colours.danger).strong());
    }
}

/// Who came to a meeting: a tick per member. True when it should close.
pub fn attendance_ui(ctx: &egui::Context, cx: &Cx<'_>, meeting: CircleMeetingId) -> bool {
    let i18n = cx.i18n;
    let data = &cx.view.circles;
    let Some(found) = data.meetings.iter().find(|m| m.id == meeting) else { return true };
    let Some(circle) = data.circles.iter().find(|c| c.id == found.circle) else { return true };
    let title = i18n.tr_args("network-attendance-title", &[("date", Arg::from(i18n.date_time(found.starts_at)))]);
    widgets::dialog_ui(ctx, "circle_attendance", 480.0, &title, |ui| {
        for member in &circle.members {
            let Some(person) = cx.view.person(*member) else { continue };
            let mut here = data.attendance.contains(&(meeting, *member));
            if ui.add_enabled(cx.writable(), egui::Checkbox::new(&mut here, &person.name)).changed() {
                cx.send(Command::SetPresence { meeting, person: *member, present: here });
            }
        }
        ui.separator();
        let mut close = false;
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            close = ui.button(i18n.tr("button-close")).clicked();
        });
        close
    })
}
