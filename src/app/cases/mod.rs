//! The Cases tab: incident peer support. Open trajectories are listed by
//! urgency (overdue, due today, this week, on track), coloured and counted;
//! a trajectory opens in a dialog with the offer, the matched supporter and
//! the conversations. Nothing here has a field for what was said.

mod commands;
mod conversations;
mod incident_dialog;
mod report;
mod trajectory;

pub use commands::Command;

use crate::app::{Cx, ViewData, theme, widgets};
use crate::domain::access::{AccessAction, RecordKind, record_subject};
use crate::domain::incidents::cases::TrajectoryId;
use crate::domain::incidents::protocol::{Task, Urgency, urgency};
use crate::i18n::Arg;
use crate::ops::cases::{task_text, urgency_text};
use chrono::NaiveDateTime;
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};
use std::collections::HashMap;

/// State of the Cases tab between frames.
#[derive(Default)]
pub struct CasesTab {
    /// The trajectory open in its dialog.
    selected: Option<TrajectoryId>,
    trajectory: trajectory::TrajectoryState,
    new_incident: Option<incident_dialog::IncidentDialog>,
    report: Option<report::ReportDialog>,
    /// The open trajectories' next tasks, worked out once per change.
    rows: Vec<Row>,
    rows_for: Option<u64>,
}

impl CasesTab {
    /// An incident was recorded: the dialog closes.
    pub fn incident_recorded(&mut self) {
        self.new_incident = None;
    }

    /// Works the open trajectories' next tasks out again, only after a change.
    fn refresh_rows(&mut self, view: &ViewData) {
        if self.rows_for != Some(view.generation) {
            self.rows = rows(view);
            self.rows_for = Some(view.generation);
        }
    }

    /// How many open trajectories are overdue now: the tab's title carries it.
    pub fn overdue_count(&mut self, view: &ViewData, now: NaiveDateTime) -> usize {
        self.refresh_rows(view);
        // Sorted by deadline: the overdue ones come first.
        self.rows.partition_point(|r| urgency(r.deadline, now) == Urgency::Overdue)
    }

    /// A trajectory ended: its dialog closes.
    pub fn trajectory_ended(&mut self) {
        self.selected = None;
    }
}

/// An open trajectory as the list shows it.
#[derive(Clone, Debug)]
struct Row {
    trajectory: TrajectoryId,
    reference: String,
    employee: String,
    supporter: String,
    task: Task,
    deadline: NaiveDateTime,
}

/// The open trajectories with their next task, from the loaded data.
fn rows(view: &ViewData) -> Vec<Row> {
    let cases = &view.cases;
    let tasks = cases.open_tasks(&view.settings.incidents);
    let name = |id| view.person(id).map(|p| p.name.to_string()).unwrap_or_default();
    let trajectories: HashMap<_, _> = cases.trajectories.iter().map(|t| (t.id, t)).collect();
    let incidents: HashMap<_, _> = cases.incidents.iter().map(|i| (i.id, i)).collect();
    let mut rows: Vec<Row> = tasks
        .into_iter()
        .filter_map(|due| {
            let trajectory = trajectories.get(&due.trajectory)?;
            let incident = incidents.get(&due.incident)?;
            Some(Row {
                trajectory: due.trajectory,
                reference: incident.reference.clone(),
                employee: name(trajectory.employee),
                supporter: trajectory.supporter().map(name).unwrap_or_default(),
                task: due.task,
                deadline: due.deadline,
            })
        })
        .collect();
    // The earlier the deadline, the more urgent at any moment: in this order
    // the list is sorted by urgency too, without sorting per frame.
    rows.sort_by_key(|r| r.deadline);
    rows
}

/// The references and names of what is overdue, for the banner on opening.
pub fn overdue_summary(view: &ViewData, now: NaiveDateTime) -> Vec<String> {
    rows(view)
        .into_iter()
        .filter(|r| urgency(r.deadline, now) == Urgency::Overdue)
        .map(|r| format!("{} ({})", r.reference, r.employee))
        .collect()
}

fn urgency_colour(ui: &Ui, urgency: Urgency) -> egui::Color32 {
    let colours = theme::palette(ui.visuals());
    match urgency {
        Urgency::Overdue => colours.danger,
        Urgency::DueToday => colours.warning,
        Urgency::DueThisWeek => colours.accent,
        Urgency::OnTrack => colours.success,
    }
}

/// Draws the Cases tab.
pub fn cases_ui(ui: &mut Ui, tab: &mut CasesTab, cx: &Cx<'_>) {
    let now = cx.now;
    tab.refresh_rows(cx.view);
    let rows = &tab.rows;
    ui.horizontal(|ui| {
        let colours = theme::palette(ui.visuals());
        let new = egui::Button::new(RichText::new(cx.i18n.tr("cases-new-incident")).color(colours.on_accent))
            .fill(colours.accent);
        if ui.add_enabled(cx.writable(), new).clicked() {
            tab.new_incident = Some(incident_dialog::IncidentDialog::new(cx));
        }
        if ui.button(cx.i18n.tr("report-open")).clicked() {
            tab.report = Some(report::ReportDialog::new(cx));
        }
        ui.add_space(theme::SECTION_GAP);
        for level in [Urgency::Overdue, Urgency::DueToday, Urgency::DueThisWeek, Urgency::OnTrack] {
            let count = rows.iter().filter(|r| urgency(r.deadline, now) == level).count();
            let text = format!("{} {count}", urgency_text(cx.i18n, level));
            ui.label(RichText::new(text).color(urgency_colour(ui, level)).strong());
            ui.add_space(theme::GAP);
        }
    });
    ui.add_space(theme::GAP);
    if rows.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        ui.vertical_centered(|ui| ui.label(RichText::new(cx.i18n.tr("cases-empty")).size(16.0)));
    } else if let Some(id) = table_ui(ui, cx, rows) {
        tab.selected = Some(id);
        // The access log notes who opened which case.
        let subject = record_subject(RecordKind::Case, id.0);
        cx.send(crate::app::AppCommand::LogAccess(AccessAction::ViewCase, subject));
        tab.trajectory = trajectory::TrajectoryState::default();
    }
    if let Some(dialog) = &mut tab.report
        && dialog.show(ui.ctx(), cx)
    {
        tab.report = None;
    }
    if let Some(id) = tab.selected
        && trajectory::trajectory_ui(ui.ctx(), &mut tab.trajectory, id, cx)
    {
        tab.selected = None;
    }
    // Correcting the facts opens over the trajectory it was asked from.
    if std::mem::take(&mut tab.trajectory.edit_incident)
        && let Some(incident) = tab
            .selected
            .and_then(|id| cx.view.cases.trajectories.iter().find(|t| t.id == id))
            .and_then(|t| cx.view.cases.incidents.iter().find(|i| i.id == t.incident))
    {
        tab.new_incident = Some(incident_dialog::IncidentDialog::edit(incident, cx));
    }
    if let Some(dialog) = &mut tab.new_incident
        && dialog.show(ui.ctx(), cx)
    {
        tab.new_incident = None;
    }
}

/// The open trajectories, most urgent first; the one clicked, if any.
fn table_ui(ui: &mut Ui, cx: &Cx<'_>, rows: &[Row]) -> Option<TrajectoryId> {
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    // A click anywhere on a row opens it: labels do not take the click.
    ui.style_mut().interaction.selectable_labels = false;
    let room = ui.available_width() - 6.0 * ui.spacing().item_spacing.x - 16.0;
    let [state, reference, employee, task, due, supporter] =
        widgets::fitted_widths(room, [110.0, 110.0, 220.0, 230.0, 150.0, 200.0]);
    let mut open = None;
    widgets::truncated_cells(ui);
    TableBuilder::new(ui)
        .id_salt("cases_table")
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(state))
        .column(Column::exact(reference))
        .column(Column::exact(employee))
        .column(Column::exact(task))
        .column(Column::exact(due))
        .column(Column::remainder().at_least(supporter.min(120.0)))
        .header(theme::ROW_HEIGHT, |header| {
            let ids =
                ["cases-urgency", "cases-reference", "cases-employee", "cases-next", "cases-due", "cases-supporter"];
            widgets::table_header(header, cx.i18n, &ids);
        })
        .body(|body| {
            crate::app::widgets::ruled_rows(body, theme::ROW_HEIGHT, rows.len(), |row| {
                let Some(data) = rows.get(row.index()) else { return };
                let level = urgency(data.deadline, cx.now);
                row.col(|ui| {
                    ui.label(RichText::new(urgency_text(cx.i18n, level)).color(urgency_colour(ui, level)));
                });
                row.col(|ui| {
                    ui.label(&data.reference);
                });
                row.col(|ui| {
                    ui.label(&data.employee);
                });
                row.col(|ui| {
                    ui.label(task_text(cx.i18n, data.task));
                });
                row.col(|ui| {
                    ui.label(cx.i18n.date_time(data.deadline));
                });
                row.col(|ui| {
                    let none = cx.i18n.tr("cases-no-supporter");
                    ui.label(if data.supporter.is_empty() { none } else { data.supporter.clone() });
                });
                if row.response().clicked() {
                    open = Some(data.trajectory);
                }
            });
        });
    widgets::hint(ui, &cx.i18n.tr_args("cases-open-hint", &[("count", Arg::from(rows.len()))]));
    open
}
