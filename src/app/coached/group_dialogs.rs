//! Dialogs of a group's page: edit its details, plan its sessions, move one
//! session.

use super::Command;
use super::form_group::coach_picker_ui;
use super::labels::{application_label, weekday_label};
use super::status_label;
use super::{busy_elsewhere, conflict_warnings};
use crate::app::widgets::conflict::{Fields, Reconcile, refused_ui};
use crate::app::{Cx, theme, widgets};
use crate::domain::coached::groups::{
    ApplicationStatus, DayPart, Group, GroupDraft, GroupId, GroupStatus, Session, SessionId, field,
};
use crate::domain::coached::schedule::{SessionPlan, default_start, own_overlap, preferred_slot};
use crate::domain::validate::whole_number;
use crate::domain::{Problem, Problems};
use crate::i18n::format::parse_date;
use crate::i18n::{Arg, I18n};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use egui::{RichText, Ui};

fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim().replace('.', ":");
    NaiveTime::parse_from_str(&text, "%H:%M").ok()
}

/// The date and time typed for a session, each with its problem when it
/// cannot be read.
fn date_and_time(date_text: &str, time_text: &str, problems: &mut Problems) -> (Option<NaiveDate>, Option<NaiveTime>) {
    let date = parse_date(date_text);
    if date.is_none() {
        problems.add(field::START, Problem::InvalidDate);
    }
    let time = parse_time(time_text);
    if time.is_none() {
        problems.add(field::TIME, Problem::InvalidTime);
    }
    (date, time)
}

fn save_buttons(ui: &mut Ui, i18n: &I18n, can_save: bool) -> (bool, bool) {
    widgets::dialog_buttons(ui, i18n, &i18n.tr("button-save"), can_save, Some(&i18n.tr("person-fix-problems")))
}

/// Editing a group's name, status, coach, place and central-budget application.
pub struct EditGroupDialog {
    draft: GroupDraft,
    applied_text: String,
    decided_text: String,
    /// Save was pressed: a newer stored version is the change that refused it.
    sent: bool,
}

impl Reconcile for EditGroupDialog {
    type Stored = Group;

    fn refused<'a>(&self, cx: &Cx<'a>) -> Option<&'a Group> {
        let id = self.draft.id.filter(|_| self.sent)?;
        cx.view.groups.groups.iter().find(|g| g.id == id && Some(g.version) != self.draft.version)
    }

    fn reopened(&self, stored: &Group, _: &Cx<'_>) -> Self {
        Self::new(stored)
    }

    fn fields(&self, cx: &Cx<'_>) -> Fields {
        let i18n = cx.i18n;
        let d = &self.draft;
        vec![
            ("group-name", d.name.clone()),
            ("group-status", status_label(i18n, d.status)),
            ("group-coach", d.coach.and_then(|id| cx.view.person(id)).map(|p| p.name.to_string()).unwrap_or_default()),
            ("group-location", d.location.clone()),
            ("group-meeting-link", d.meeting_link.clone()),
            ("group-application", d.application.map(|a| application_label(i18n, a)).unwrap_or_default()),
            ("group-applied-on-label", self.applied_text.clone()),
            ("group-decided-on-label", self.decided_text.clone()),
        ]
    }

    fn keep_mine(&mut self, stored: &Group, cx: &Cx<'_>) {
        self.draft.version = Some(stored.version);
        cx.send(Command::SaveGroup(self.draft.clone()));
    }
}

impl EditGroupDialog {
    /// A dialog for `group`.
    pub fn new(group: &Group) -> Self {
        let text = |d: Option<NaiveDate>| d.map(|d| d.format("%d-%m-%Y").to_string()).unwrap_or_default();
        EditGroupDialog {
            draft: group.to_draft(),
            applied_text: text(group.applied_on),
            decided_text: text(group.decided_on),
            sent: false,
        }
    }

    /// The draft's problems, with the application dates read from their text.
    fn problems(&mut self, today: NaiveDate) -> Problems {
        let mut problems = self.draft.problems();
        let mut optional_date = |text: &str, name: &'static str| -> Option<NaiveDate> {
            if text.trim().is_empty() {
                return None;
            }
            match parse_date(text) {
                Some(date) if date > today => {
                    problems.add(name, Problem::DateInFuture);
                    None
                }
                Some(date) => Some(date),
                None => {
                    problems.add(name, Problem::InvalidDate);
                    None
                }
            }
        };
        self.draft.applied_on = optional_date(&self.applied_text, "applied_on");
        self.draft.decided_on = optional_date(&self.decided_text, "decided_on");
        problems
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let title = cx.i18n.tr("group-edit-title");
        if let Some(close) = refused_ui(self, ctx, "edit_group_dialog", &title, cx) {
            return close;
        }
        let problems = self.problems(cx.today);
        widgets::dialog_ui(ctx, "edit_group_dialog", 700.0, &title, |ui| {
            egui::Grid::new("edit_group_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
                self.fields_ui(ui, cx, &problems);
                if self.draft.application.is_some() {
                    self.application_ui(ui, cx, &problems);
                }
            });
            let (save, cancel) = save_buttons(ui, cx.i18n, problems.is_empty());
            if save {
                self.sent = true;
                cx.send(Command::SaveGroup(self.draft.clone()));
            }
            cancel
        })
    }

    fn fields_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(cx.i18n, p));
        widgets::text_row(ui, &cx.i18n.tr("group-name"), &mut self.draft.name, theme::FIELD_WIDTH, text(field::NAME));
        let label = widgets::form_label(ui, &cx.i18n.tr("group-status"));
        egui::ComboBox::from_id_salt("edit_group_status")
            .selected_text(status_label(cx.i18n, self.draft.status))
            .width(theme::FIELD_WIDTH)
            .show_ui(ui, |ui| {
                for status in GroupStatus::ALL {
                    ui.selectable_value(&mut self.draft.status, status, status_label(cx.i18n, status));
                }
            })
            .response
            .labelled_by(label.id);
        ui.label("");
        ui.end_row();
        let label = widgets::form_label(ui, &cx.i18n.tr("group-coach"));
        coach_picker_ui(ui, "edit_group_coach", label.id, &mut self.draft.coach, cx);
        ui.label("");
        ui.end_row();
        widgets::text_row(ui, &cx.i18n.tr("group-location"), &mut self.draft.location, theme::FIELD_WIDTH, None);
        let link = text(field::LINK);
        let width = theme::FIELD_WIDTH + 100.0;
        widgets::text_row(ui, &cx.i18n.tr("group-meeting-link"), &mut self.draft.meeting_link, width, link);
    }

    /// The central-budget application: its status and dates.
    fn application_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(cx.i18n, p));
        let label = widgets::form_label(ui, &cx.i18n.tr("group-application"));
        let current = self.draft.application.unwrap_or(ApplicationStatus::ToApply);
        egui::ComboBox::from_id_salt("edit_group_application")
            .selected_text(application_label(cx.i18n, current))
            .width(theme::FIELD_WIDTH)
            .show_ui(ui, |ui| {
                for status in ApplicationStatus::ALL {
                    ui.selectable_value(&mut self.draft.application, Some(status), application_label(cx.i18n, status));
                }
            })
            .response
            .labelled_by(label.id);
        ui.label("");
        ui.end_row();
        let applied = cx.i18n.tr("group-applied-on-label");
        widgets::date_row(ui, cx.i18n, &applied, &mut self.applied_text, text("applied_on"));
        let decided = cx.i18n.tr("group-decided-on-label");
        widgets::date_row(ui, cx.i18n, &decided, &mut self.decided_text, text("decided_on"));
    }
}

/// Planning a series of sessions for a group.
pub struct PlanSessionsDialog {
    group: GroupId,
    from_text: String,
    weekday: Weekday,
    time_text: String,
    every_weeks_text: String,
    count_text: String,
    minutes_text: String,
}

impl PlanSessionsDialog {
    /// A plan for the sessions `group` still lacks, starting next week, on
    /// the day and part of the day its people prefer most.
    pub fn new(group: &Group, count: i64, cx: &Cx<'_>) -> Self {
        let from = cx.today + chrono::Days::new(7);
        let slot = preferred_slot(cx.view.groups.registrations.iter().filter(|r| r.group == Some(group.id)));
        PlanSessionsDialog {
            group: group.id,
            from_text: cx.i18n.date(from),
            weekday: slot.map_or(from.weekday(), |s| s.weekday()),
            time_text: slot
                .map_or(default_start(DayPart::Afternoon), |s| default_start(s.part))
                .format("%H:%M")
                .to_string(),
            every_weeks_text: "2".to_string(),
            count_text: count.to_string(),
            minutes_text: group.pricing.session_minutes.to_string(),
        }
    }

    fn plan(&self) -> Result<SessionPlan, Problems> {
        let mut problems = Problems::new();
        let (from, time) = date_and_time(&self.from_text, &self.time_text, &mut problems);
        let mut number = |f: &'static str, text: &str, min: i64, max: i64| match whole_number(text, min, max) {
            Ok(n) => n,
            Err(p) => {
                problems.add(f, p);
                min
            }
        };
        let every_weeks = number(field::INTERVAL, &self.every_weeks_text, 1, 12) as u32;
        let count = number(field::COUNT, &self.count_text, 1, 50) as u32;
        let minutes = number(field::MINUTES, &self.minutes_text, 15, 480);
        match (from, time) {
            (Some(from), Some(time)) if problems.is_empty() => {
                Ok(SessionPlan { from, weekday: self.weekday, time, every_weeks, count, minutes })
            }
            _ => Err(problems),
        }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let plan = self.plan();
        let problems = plan.as_ref().err().cloned().unwrap_or_default();
        let Some(group) = cx.view.groups.groups.iter().find(|g| g.id == self.group) else { return true };
        let title = cx.i18n.tr_args("plan-title", &[("group", Arg::from(group.name.as_str()))]);
        widgets::dialog_ui(ctx, "plan_sessions_dialog", 720.0, &title, |ui| {
            self.fields_ui(ui, cx, &problems);
            if let Ok(plan) = &plan {
                ui.add_space(theme::GAP);
                widgets::section_heading(ui, &cx.i18n.tr("plan-preview"));
                preview_ui(ui, group, &plan.starts(), plan.minutes, cx);
            }
            let (save, cancel) = save_buttons(ui, cx.i18n, plan.is_ok());
            if save && let Ok(plan) = &plan {
                cx.send(Command::AddSessions { group: self.group, starts: plan.starts(), minutes: plan.minutes });
            }
            cancel
        })
    }
    fn fields_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(cx.i18n, p));
        egui::Grid::new("plan_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            widgets::date_row(ui, cx.i18n, &cx.i18n.tr("plan-from"), &mut self.from_text, text(field::START));
            let label = widgets::form_label(ui, &cx.i18n.tr("plan-weekday"));
            const WEEK: [Weekday; 7] =
                [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
            egui::ComboBox::from_id_salt("plan_weekday")
                .selected_text(weekday_label(cx.i18n, self.weekday))
                .show_ui(ui, |ui| {
                    for weekday in WEEK {
                        ui.selectable_value(&mut self.weekday, weekday, weekday_label(cx.i18n, weekday));
                    }
                })
                .response
                .labelled_by(label.id);
            ui.label("");
            ui.end_row();
            let rows = [
                ("plan-time", &mut self.time_text, field::TIME),
                ("plan-every-weeks", &mut self.every_weeks_text, field::INTERVAL),
                ("plan-count", &mut self.count_text, field::COUNT),
                ("plan-minutes", &mut self.minutes_text, field::MINUTES),
            ];
            widgets::text_rows(ui, cx.i18n, problems, theme::NUMBER_WIDTH, rows);
        });
    }
}

fn preview_ui(ui: &mut Ui, group: &Group, starts: &[NaiveDateTime], minutes: i64, cx: &Cx<'_>) {
    let busy = busy_elsewhere(cx.view, group.id);
    let warning = theme::palette(ui.visuals()).warning;
    for (index, start) in starts.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(format!(
                "{}. {} {} {}",
                index + 1,
                weekday_label(cx.i18n, start.weekday()),
                cx.i18n.date(start.date()),
                start.format("%H:%M")
            ));
            let mut warnings = super::day_warnings(cx, start.date());
            warnings.extend(conflict_warnings(cx, group, *start, minutes, &busy));
            for text in warnings {
                ui.label(RichText::new(text).color(warning).small());
            }
        });
    }
}

/// Moving one session to another day or time.
pub struct MoveSessionDialog {
    session: SessionId,
    group: GroupId,
    date_text: String,
    time_text: String,
    minutes_text: String,
}

impl MoveSessionDialog {
    /// A dialog for `session` of `group`.
    pub fn new(group: &Group, session: &Session, i18n: &I18n) -> Self {
        MoveSessionDialog {
            session: session.id,
            group: group.id,
            date_text: i18n.date(session.starts_at.date()),
            time_text: session.starts_at.format("%H:%M").to_string(),
            minutes_text: session.minutes.to_string(),
        }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let mut problems = Problems::new();
        let (date, time) = date_and_time(&self.date_text, &self.time_text, &mut problems);
        let minutes = whole_number(&self.minutes_text, 15, 480).map_err(|p| problems.add(field::MINUTES, p)).ok();
        if let (Some(date), Some(time), Some(minutes)) = (date, time, minutes) {
            let sessions = &cx.view.groups.sessions;
            if own_overlap(sessions, self.group, Some(self.session), date.and_time(time), minutes).is_some() {
                problems.add(field::START, Problem::SessionOverlap);
            }
        }
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(cx.i18n, p));
        let Some(group) = cx.view.groups.groups.iter().find(|g| g.id == self.group) else { return true };
        let title = cx.i18n.tr("move-title");
        widgets::dialog_ui(ctx, "move_session_dialog", 620.0, &title, |ui| {
            egui::Grid::new("move_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
                widgets::date_row(ui, cx.i18n, &cx.i18n.tr("move-date"), &mut self.date_text, text(field::START));
                let rows = [
                    ("plan-time", &mut self.time_text, field::TIME),
                    ("plan-minutes", &mut self.minutes_text, field::MINUTES),
                ];
                widgets::text_rows(ui, cx.i18n, &problems, theme::NUMBER_WIDTH, rows);
            });
            if let (Some(date), Some(time), Some(minutes)) = (date, time, minutes) {
                preview_ui(ui, group, &[date.and_time(time)], minutes, cx);
            }
            let (save, cancel) = save_buttons(ui, cx.i18n, problems.is_empty());
            if save && let (Some(date), Some(time), Some(minutes)) = (date, time, minutes) {
                cx.send(Command::MoveSession { id: self.session, starts_at: date.and_time(time), minutes });
            }
            cancel
        })
    }
}
