//! A group's sessions and its attendance grid.

use super::Command;
use super::group_dialogs::MoveSessionDialog;
use super::labels::{marked_name, person_name, weekday_label};
use super::{Dialog, GroupsTab, busy_elsewhere, conflict_warnings};
use crate::app::{Cx, theme, widgets};
use crate::domain::coached::groups::{Attendance, Group, Session, SessionStatus};
use crate::domain::coached::sessions::SessionState;
use crate::i18n::Arg;
use chrono::Datelike;
use egui::{RichText, Ui};

pub fn sessions_ui(ui: &mut Ui, tab: &mut GroupsTab, group: &Group, sessions: &[&Session], cx: &Cx<'_>) {
    let busy = busy_elsewhere(cx.view, group.id);
    let mut action = None;
    widgets::card_ui(ui, |ui| {
        let planned = sessions.iter().filter(|s| s.status == SessionStatus::Planned).count();
        widgets::section_heading(
            ui,
            &cx.i18n.tr_args(
                "group-sessions",
                &[("count", Arg::from(planned)), ("total", Arg::from(group.pricing.sessions))],
            ),
        );
        if sessions.is_empty() {
            widgets::hint(ui, &cx.i18n.tr("group-no-sessions"));
            return;
        }
        // On a narrow window Move and Cancel share one menu, so that neither
        // is cut off beside a session's warnings.
        let compact = ui.available_width() < 900.0;
        egui::Grid::new("group_sessions").num_columns(6).striped(true).spacing([theme::GAP * 2.0, 6.0]).show(
            ui,
            |ui| {
                for key in ["column-number", "column-date", "column-time", "column-length", "column-status", ""] {
                    ui.label(RichText::new(if key.is_empty() { String::new() } else { cx.i18n.tr(key) }).strong());
                }
                ui.end_row();
                for (index, session) in sessions.iter().enumerate() {
                    let warnings = if session.status == SessionStatus::Cancelled {
                        Vec::new()
                    } else {
                        let mut warnings = conflict_warnings(cx, group, session.starts_at, session.minutes, &busy);
                        if session.status == SessionStatus::Planned {
                            warnings.extend(super::day_warnings(cx, session.starts_at.date()));
                        }
                        warnings
                    };
                    let row = SessionRow { index, session, warnings: &warnings, compact };
                    if let Some(dialog) = session_row_ui(ui, group, &row, cx) {
                        action = Some(dialog);
                    }
                    ui.end_row();
                }
            },
        );
    });
    if let Some(dialog) = action {
        tab.dialog = Some(dialog);
    }
}

/// One session: number, day, time, length, status with its warnings, and
/// Move and Cancel (or Restore). Returns the dialog Move asks for.
struct SessionRow<'a> {
    index: usize,
    session: &'a Session,
    warnings: &'a [String],
    compact: bool,
}

fn session_row_ui(ui: &mut Ui, group: &Group, row: &SessionRow<'_>, cx: &Cx<'_>) -> Option<Dialog> {
    let (index, session, warnings) = (row.index, row.session, row.warnings);
    let colours = theme::palette(ui.visuals());
    let cancelled = session.status == SessionStatus::Cancelled;
    let style = |text: String| {
        if cancelled { RichText::new(text).strikethrough().color(colours.muted) } else { RichText::new(text) }
    };
    ui.label(style((index + 1).to_string()));
    let weekday = weekday_label(cx.i18n, session.starts_at.weekday());
    ui.label(style(format!("{weekday} {}", cx.i18n.date(session.starts_at.date()))));
    ui.label(style(format!("{} – {}", session.starts_at.format("%H:%M"), session.ends_at().format("%H:%M"))));
    ui.label(style(cx.i18n.tr_args("minutes", &[("minutes", Arg::from(session.minutes))])));
    let start_of_today = cx.today.and_hms_opt(0, 0, 0).unwrap_or_default();
    let status = style(cx.i18n.tr(session.state(start_of_today).message_id()));
    if warnings.is_empty() {
        ui.add(egui::Label::new(status).extend());
    } else {
        ui.vertical(|ui| {
            // Wide enough that a warning reads as a line or two, not a column of words.
            ui.set_min_width(200.0);
            ui.set_max_width(200.0);
            ui.add(egui::Label::new(status).extend());
            for warning in warnings {
                ui.label(RichText::new(warning).color(colours.warning).small());
            }
        });
    }
    if session.state(start_of_today) == SessionState::Held {
        // A session that took place is history: it is not moved or cancelled.
        ui.label("");
        return None;
    }
    let actions = |ui: &mut Ui| {
        if !cx.writable() {
            ui.disable();
        }
        let mut dialog = None;
        if ui.small_button(cx.i18n.tr("session-move")).clicked() {
            dialog = Some(Dialog::MoveSession(Box::new(MoveSessionDialog::new(group, session, cx.i18n))));
        }
        let (label, status) = if cancelled {
            ("session-restore", SessionStatus::Planned)
        } else {
            ("session-cancel", SessionStatus::Cancelled)
        };
        if ui.small_button(cx.i18n.tr(label)).clicked() {
            cx.send(Command::SetSessionStatus(session.id, status));
        }
        dialog
    };
    if row.compact {
        ui.menu_button(cx.i18n.tr("session-actions"), actions).inner.flatten()
    } else {
        ui.horizontal(actions).inner
    }
}

/// The sessions that get an attendance column, each with its number in the
/// list of sessions: a cancelled one leaves a gap instead of renumbering
/// the rest (column 2 is never session 3).
fn attendance_columns<'a>(sessions: &[&'a Session]) -> Vec<(usize, &'a Session)> {
    sessions.iter().enumerate().filter(|(_, s)| s.status == SessionStatus::Planned).map(|(i, s)| (i + 1, *s)).collect()
}

pub fn attendance_ui(ui: &mut Ui, group: &Group, sessions: &[&Session], cx: &Cx<'_>) {
    let held = attendance_columns(sessions);
    if held.is_empty() || group.members.is_empty() {
        return;
    }
    let colours = theme::palette(ui.visuals());
    let mut change = None;
    widgets::card_ui(ui, |ui| {
        widgets::section_heading(ui, &cx.i18n.tr("group-attendance"));
        widgets::hint(ui, &cx.i18n.tr("group-attendance-hint"));
        egui::Grid::new("attendance_grid").num_columns(held.len() + 1).spacing([theme::GAP, 4.0]).show(ui, |ui| {
            ui.label("");
            for (index, session) in &held {
                ui.allocate_ui_with_layout(
                    egui::vec2(ATTENDANCE_CELL_WIDTH, 36.0),
                    egui::Layout::top_down(egui::Align::Center),
                    |ui| {
                        ui.set_width(ATTENDANCE_CELL_WIDTH);
                        ui.label(RichText::new(index.to_string()).strong());
                        ui.label(
                            RichText::new(session.starts_at.format("%d-%m").to_string()).small().color(colours.muted),
                        );
                    },
                );
            }
            ui.end_row();
            for member in &group.members {
                ui.label(marked_name(cx.i18n, cx.view, *member));
                for (_, session) in &held {
                    let mark = cx.view.groups.attendance.get(&(session.id, *member)).copied();
                    let (key, colour) = match mark {
                        Some(Attendance::Present) => ("attendance-present", colours.success),
                        Some(Attendance::Excused) => ("attendance-excused", colours.warning),
                        Some(Attendance::Absent) => ("attendance-absent", colours.danger),
                        None => ("attendance-none", colours.muted),
                    };
                    let future = session.starts_at.date() > cx.today;
                    let button = egui::Button::new(RichText::new(cx.i18n.tr(key)).color(colour))
                        .min_size(egui::vec2(ATTENDANCE_CELL_WIDTH, 22.0));
                    let described = cx.i18n.tr_args(
                        "attendance-cell",
                        &[
                            ("name", Arg::from(person_name(cx.view, *member))),
                            ("date", Arg::from(cx.i18n.date(session.starts_at.date()))),
                            ("mark", Arg::from(cx.i18n.tr(key))),
                        ],
                    );
                    let response = ui.add_enabled(!future && cx.writable(), button).on_hover_text(&described);
                    // Screen readers (and tests) hear whose cell it is, not just the mark.
                    response
                        .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, !future, &described));
                    if response.clicked() {
                        change = Some(Command::SetAttendance(session.id, *member, Attendance::cycle(mark)));
                    }
                }
                ui.end_row();
            }
        });
    });
    if let Some(command) = change {
        cx.send(command);
    }
}

/// Width of one cell of the attendance grid.
const ATTENDANCE_CELL_WIDTH: f32 = 76.0;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::coached::groups::{GroupId, SessionId};

    #[test]
    fn a_cancelled_session_leaves_a_gap_in_the_attendance_numbers() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let session = |n: i64, status| Session {
            id: SessionId(n),
            group: GroupId(1),
            starts_at: day.and_hms_opt(14, 0, 0).unwrap_or_default() + chrono::Duration::weeks(n),
            minutes: 90,
            status,
            sequence: 1,
        };
        let sessions = [
            session(1, SessionStatus::Planned),
            session(2, SessionStatus::Cancelled),
            session(3, SessionStatus::Planned),
        ];
        let refs: Vec<&Session> = sessions.iter().collect();
        let numbers: Vec<(usize, i64)> = attendance_columns(&refs).iter().map(|(n, s)| (*n, s.id.0)).collect();
        assert_eq!(numbers, vec![(1, 1), (3, 3)]);
    }
}
