//! One group's page: details, members and costs, sessions, attendance.

use super::Command;
use super::group_dialogs::{EditGroupDialog, MoveSessionDialog, PlanSessionsDialog};
use super::waiting::person_name;
use super::{Dialog, GroupsTab, funding_label, registrations_of, status_label, waiting_registrations};
use crate::app::people::person_dialog::list_item_label;
use crate::app::{AppCommand, Cx, ViewData, theme, widgets};
use crate::domain::coached::costs::{cost_lines, department_and_central, per_funding_source};
use crate::domain::coached::groups::{
    ApplicationStatus, Attendance, Group, GroupId, RegistrationKind, Session, SessionStatus,
};
use crate::domain::coached::schedule::{Busy, conflicts};
use crate::domain::mail::mailto;
use crate::domain::{Money, PersonId};
use crate::i18n::{Arg, I18n};
use chrono::Datelike;
use egui::{RichText, Ui};

/// Width of one cell of the attendance grid.
const ATTENDANCE_CELL_WIDTH: f32 = 76.0;

/// The translated name of an application status.
pub fn application_label(i18n: &I18n, status: ApplicationStatus) -> String {
    i18n.tr(match status {
        ApplicationStatus::ToApply => "application-to-apply",
        ApplicationStatus::Applied => "application-applied",
        ApplicationStatus::Approved => "application-approved",
        ApplicationStatus::Refused => "application-refused",
    })
}

/// The translated full name of a weekday.
pub fn weekday_label(i18n: &I18n, weekday: chrono::Weekday) -> String {
    let day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][weekday.num_days_from_monday() as usize];
    i18n.tr(&format!("weekday-{day}"))
}

/// Everyone busy in sessions of other active groups, for conflict warnings.
pub fn busy_elsewhere(view: &ViewData, group: GroupId) -> Vec<Busy> {
    let mut busy = Vec::new();
    for other in view.groups.groups.iter().filter(|g| g.id != group && g.status.is_active()) {
        let people: Vec<PersonId> = other.members.iter().copied().chain(other.coach).collect();
        for session in view.groups.sessions.iter().filter(|s| s.group == other.id && s.status == SessionStatus::Planned)
        {
            for person in &people {
                busy.push(Busy {
                    person: *person,
                    group: other.id,
                    starts_at: session.starts_at,
                    minutes: session.minutes,
                });
            }
        }
    }
    busy
}

/// Draws a group's page.
pub fn group_ui(ui: &mut Ui, tab: &mut GroupsTab, group: &Group, cx: &Cx<'_>) {
    let sessions: Vec<&Session> = cx.view.groups.sessions.iter().filter(|s| s.group == group.id).collect();
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        ui.set_max_width(ui.available_width().min(theme::CONTENT_MAX_WIDTH + 120.0));
        header_ui(ui, tab, group, cx, sessions.len());
        ui.add_space(theme::GAP);
        details_ui(ui, group, cx);
        ui.add_space(theme::SECTION_GAP);
        costs_ui(ui, group, cx);
        ui.add_space(theme::SECTION_GAP);
        sessions_ui(ui, tab, group, &sessions, cx);
        ui.add_space(theme::SECTION_GAP);
        attendance_ui(ui, group, &sessions, cx);
    });
}

#[allow(clippy::too_many_arguments)]
fn header_ui(ui: &mut Ui, tab: &mut GroupsTab, group: &Group, cx: &Cx<'_>, planned: usize) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(&group.name).heading().strong());
        let colours = theme::palette(ui.visuals());
        ui.label(RichText::new(status_label(cx.i18n, group.status)).color(colours.accent));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(cx.i18n.tr("group-edit")).clicked() {
                tab.dialog = Some(Dialog::EditGroup(Box::new(EditGroupDialog::new(group))));
            }
            if ui.button(cx.i18n.tr("group-plan-sessions")).clicked() {
                let remaining = (group.pricing.sessions - planned as i64).max(1);
                tab.dialog = Some(Dialog::PlanSessions(Box::new(PlanSessionsDialog::new(group, remaining, cx))));
            }
            ui.menu_button(cx.i18n.tr("group-documents"), |ui| {
                use crate::ops::documents::DocumentRequest;
                if ui.button(cx.i18n.tr("group-schedule-pdf")).clicked() {
                    cx.send(AppCommand::SaveDocument(DocumentRequest::GroupSchedule(group.id)));
                }
                if ui.button(cx.i18n.tr("group-statement-pdf")).clicked() {
                    cx.send(AppCommand::SaveDocument(DocumentRequest::GroupStatement(group.id)));
                }
                if ui.button(cx.i18n.tr("group-calendar-file")).clicked() {
                    cx.send(AppCommand::SaveDocument(DocumentRequest::GroupCalendar(group.id)));
                }
            });
            let addresses: Vec<&str> = group
                .members
                .iter()
                .copied()
                .chain(group.coach)
                .filter_map(|p| cx.view.person(p))
                .map(|p| p.email.as_str())
                .collect();
            let email = egui::Button::new(cx.i18n.tr("group-email"));
            if ui.add_enabled(addresses.iter().any(|a| !a.is_empty()), email).clicked() {
                ui.ctx().open_url(egui::OpenUrl::new_tab(mailto(addresses, &group.name)));
            }
        });
    });
}

fn details_ui(ui: &mut Ui, group: &Group, cx: &Cx<'_>) {
    theme::card(ui.visuals()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        egui::Grid::new("group_details").num_columns(2).spacing([theme::GAP * 2.0, 6.0]).show(ui, |ui| {
            ui.label(cx.i18n.tr("group-coach"));
            match group.coach.and_then(|c| cx.view.person(c)) {
                Some(coach) => ui.label(&coach.name),
                None => {
                    ui.label(RichText::new(cx.i18n.tr("group-no-coach")).color(theme::palette(ui.visuals()).warning))
                }
            };
            ui.end_row();
            ui.label(cx.i18n.tr("group-where"));
            ui.horizontal(|ui| {
                if !group.location.is_empty() {
                    ui.label(&group.location);
                }
                if !group.meeting_link.is_empty() {
                    ui.hyperlink_to(cx.i18n.tr("group-meeting-link"), &group.meeting_link);
                }
                if group.location.is_empty() && group.meeting_link.is_empty() {
                    ui.label(RichText::new(cx.i18n.tr("group-no-location")).color(theme::palette(ui.visuals()).muted));
                }
            });
            ui.end_row();
            ui.label(cx.i18n.tr("group-formed-on"));
            ui.label(cx.i18n.date(group.formed_on));
            ui.end_row();
            ui.label(cx.i18n.tr("group-price-basis"));
            let p = &group.pricing;
            ui.label(cx.i18n.tr_args(
                "group-price-basis-value",
                &[
                    ("rate", Arg::from(cx.i18n.money(p.hourly_rate))),
                    ("minutes", Arg::from(p.session_minutes)),
                    ("sessions", Arg::from(p.sessions)),
                    ("price", Arg::from(cx.i18n.money(p.group_price().unwrap_or_default()))),
                ],
            ));
            ui.end_row();
            if let Some(application) = group.application {
                ui.label(cx.i18n.tr("group-application"));
                let mut text = application_label(cx.i18n, application);
                if let Some(applied) = group.applied_on {
                    text.push_str(&format!(
                        " · {}",
                        cx.i18n.tr_args("group-applied-on", &[("date", Arg::from(cx.i18n.date(applied)))])
                    ));
                }
                if let Some(decided) = group.decided_on {
                    text.push_str(&format!(
                        " · {}",
                        cx.i18n.tr_args("group-decided-on", &[("date", Arg::from(cx.i18n.date(decided)))])
                    ));
                }
                let colour = match application {
                    ApplicationStatus::ToApply => theme::palette(ui.visuals()).warning,
                    ApplicationStatus::Refused => theme::palette(ui.visuals()).danger,
                    _ => ui.visuals().text_color(),
                };
                ui.label(RichText::new(text).color(colour));
                ui.end_row();
            }
        });
    });
}

fn costs_ui(ui: &mut Ui, group: &Group, cx: &Cx<'_>) {
    let registrations = registrations_of(cx.view, group.id);
    let owned: Vec<_> = registrations.iter().map(|r| (*r).clone()).collect();
    let lines = cost_lines(&group.pricing, &owned, &cx.view.groups.funding_sources);
    let mut commands_out = None;
    theme::card(ui.visuals()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        widgets::section_heading(ui, &cx.i18n.tr_args("group-members", &[("count", Arg::from(group.members.len()))]));
        egui::Grid::new("group_members").num_columns(5).striped(true).spacing([theme::GAP * 2.0, 6.0]).show(ui, |ui| {
            for key in ["column-name", "column-registration", "column-funding", "column-amount"] {
                ui.label(RichText::new(cx.i18n.tr(key)).strong());
            }
            ui.label("");
            ui.end_row();
            for (registration, line) in registrations.iter().zip(&lines) {
                let names: Vec<String> = registration
                    .people
                    .iter()
                    .map(|p| {
                        let position = cx
                            .view
                            .person(*p)
                            .map(|x| list_item_label(cx.i18n, &cx.view.list_items, x.position))
                            .unwrap_or_default();
                        if position.is_empty() {
                            person_name(cx.view, *p).to_string()
                        } else {
                            format!("{} ({position})", person_name(cx.view, *p))
                        }
                    })
                    .collect();
                ui.label(names.join("\n"));
                ui.label(cx.i18n.tr(match registration.kind {
                    RegistrationKind::Group => "registration-kind-group",
                    RegistrationKind::Individual => "registration-kind-individual",
                }));
                ui.label(funding_label(cx.i18n, &cx.view.groups.funding_sources, registration.funding));
                widgets::amount_cell(ui, RichText::new(cx.i18n.money(line.amount)));
                if group.status.is_active() && ui.small_button(cx.i18n.tr("group-remove-registration")).clicked() {
                    commands_out = Some(Command::RemoveFromGroup(registration.id));
                }
                ui.end_row();
            }
        });
        if group.status.is_active() && (group.members.len() as i64) < cx.view.settings.coached.max_group_size {
            let waiting: Vec<_> =
                waiting_registrations(cx.view).filter(|r| r.kind == RegistrationKind::Individual).collect();
            if !waiting.is_empty() {
                super::form_group::add_from_waiting_ui(ui, "group_add_waiting", cx.i18n, |ui| {
                    for registration in waiting {
                        let name = registration.people.first().map(|p| person_name(cx.view, *p)).unwrap_or("");
                        if ui.selectable_label(false, name).clicked() {
                            commands_out = Some(Command::AddToGroup(group.id, registration.id));
                        }
                    }
                });
            }
        }
        ui.add_space(theme::GAP);
        widgets::section_heading(ui, &cx.i18n.tr("group-costs-per-source"));
        egui::Grid::new("group_costs").num_columns(2).spacing([theme::GAP * 4.0, 6.0]).show(ui, |ui| {
            for (source, amount) in per_funding_source(&lines) {
                ui.label(funding_label(cx.i18n, &cx.view.groups.funding_sources, source));
                widgets::amount_cell(ui, RichText::new(cx.i18n.money(amount)));
                ui.end_row();
            }
            let (department, central) = department_and_central(&lines);
            ui.label(RichText::new(cx.i18n.tr("group-total")).strong());
            widgets::amount_cell(ui, RichText::new(cx.i18n.money(department + central)).strong());
            ui.end_row();
            if central > Money::ZERO {
                widgets::hint(
                    ui,
                    &cx.i18n.tr_args(
                        "group-central-share",
                        &[
                            ("central", Arg::from(cx.i18n.money(central))),
                            ("department", Arg::from(cx.i18n.money(department))),
                        ],
                    ),
                );
                ui.end_row();
            }
        });
    });
    if let Some(command) = commands_out {
        cx.send(command);
    }
}

#[allow(clippy::too_many_arguments)]
fn sessions_ui(ui: &mut Ui, tab: &mut GroupsTab, group: &Group, sessions: &[&Session], cx: &Cx<'_>) {
    let busy = busy_elsewhere(cx.view, group.id);
    let people: Vec<PersonId> = group.members.iter().copied().chain(group.coach).collect();
    let mut action = None;
    theme::card(ui.visuals()).show(ui, |ui| {
        ui.set_width(ui.available_width());
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
        let colours = theme::palette(ui.visuals());
        egui::Grid::new("group_sessions").num_columns(6).striped(true).spacing([theme::GAP * 2.0, 6.0]).show(
            ui,
            |ui| {
                for key in ["column-number", "column-date", "column-time", "column-length", "column-status", ""] {
                    ui.label(RichText::new(if key.is_empty() { String::new() } else { cx.i18n.tr(key) }).strong());
                }
                ui.end_row();
                for (index, session) in sessions.iter().enumerate() {
                    let cancelled = session.status == SessionStatus::Cancelled;
                    let style = |text: String| {
                        if cancelled {
                            RichText::new(text).strikethrough().color(colours.muted)
                        } else {
                            RichText::new(text)
                        }
                    };
                    ui.label(style((index + 1).to_string()));
                    let date = format!(
                        "{} {}",
                        weekday_label(cx.i18n, session.starts_at.weekday()),
                        cx.i18n.date(session.starts_at.date())
                    );
                    ui.label(style(date));
                    let time = format!("{} – {}", session.starts_at.format("%H:%M"), session.ends_at().format("%H:%M"));
                    ui.label(style(time));
                    ui.label(style(cx.i18n.tr_args("minutes", &[("minutes", Arg::from(session.minutes))])));
                    let warnings: Vec<String> = if cancelled {
                        Vec::new()
                    } else {
                        conflicts(group.id, &people, session.starts_at, session.minutes, &busy)
                            .into_iter()
                            .map(|conflict| {
                                let other = cx
                                    .view
                                    .groups
                                    .groups
                                    .iter()
                                    .find(|g| g.id == conflict.other_group)
                                    .map(|g| g.name.as_str())
                                    .unwrap_or("");
                                cx.i18n.tr_args(
                                    "session-conflict",
                                    &[
                                        ("name", Arg::from(person_name(cx.view, conflict.person))),
                                        ("group", Arg::from(other)),
                                    ],
                                )
                            })
                            .collect()
                    };
                    let start_of_today = cx.today.and_hms_opt(0, 0, 0).unwrap_or_default();
                    let status = style(cx.i18n.tr(session.state(start_of_today).message_id()));
                    if warnings.is_empty() {
                        ui.add(egui::Label::new(status).extend());
                    } else {
                        ui.vertical(|ui| {
                            ui.add(egui::Label::new(status).extend());
                            for warning in warnings {
                                ui.label(RichText::new(warning).color(colours.warning).small());
                            }
                        });
                    }
                    ui.horizontal(|ui| {
                        if ui.small_button(cx.i18n.tr("session-move")).clicked() {
                            action =
                                Some(Dialog::MoveSession(Box::new(MoveSessionDialog::new(group, session, cx.i18n))));
                        }
                        let (label, status) = if cancelled {
                            ("session-restore", SessionStatus::Planned)
                        } else {
                            ("session-cancel", SessionStatus::Cancelled)
                        };
                        if ui.small_button(cx.i18n.tr(label)).clicked() {
                            cx.send(Command::SetSessionStatus(session.id, status));
                        }
                    });
                    ui.end_row();
                }
            },
        );
    });
    if let Some(dialog) = action {
        tab.dialog = Some(dialog);
    }
}

fn attendance_ui(ui: &mut Ui, group: &Group, sessions: &[&Session], cx: &Cx<'_>) {
    let held: Vec<&&Session> = sessions.iter().filter(|s| s.status == SessionStatus::Planned).collect();
    if held.is_empty() || group.members.is_empty() {
        return;
    }
    let colours = theme::palette(ui.visuals());
    let mut change = None;
    theme::card(ui.visuals()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        widgets::section_heading(ui, &cx.i18n.tr("group-attendance"));
        widgets::hint(ui, &cx.i18n.tr("group-attendance-hint"));
        egui::Grid::new("attendance_grid").num_columns(held.len() + 1).spacing([theme::GAP, 4.0]).show(ui, |ui| {
            ui.label("");
            for (index, session) in held.iter().enumerate() {
                ui.allocate_ui_with_layout(
                    egui::vec2(ATTENDANCE_CELL_WIDTH, 36.0),
                    egui::Layout::top_down(egui::Align::Center),
                    |ui| {
                        ui.set_width(ATTENDANCE_CELL_WIDTH);
                        ui.label(RichText::new((index + 1).to_string()).strong());
                        ui.label(
                            RichText::new(session.starts_at.format("%d-%m").to_string()).small().color(colours.muted),
                        );
                    },
                );
            }
            ui.end_row();
            for member in &group.members {
                ui.label(person_name(cx.view, *member));
                for session in &held {
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
                    let response = ui.add_enabled(!future, button).on_hover_text(&described);
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
