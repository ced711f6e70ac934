//! One group's page: details, members and costs, sessions, attendance.

use super::costs::costs_ui;
use super::group_dialogs::{EditGroupDialog, PlanSessionsDialog};
use super::labels::{application_label, marked_name};
use super::sessions::{attendance_ui, sessions_ui};
use super::{Dialog, GroupsTab, status_label};
use crate::app::{AppCommand, Cx, theme, widgets};
use crate::domain::coached::groups::{ApplicationStatus, Group, Session};
use crate::domain::mail::{distinct_addresses, mailto};
use crate::i18n::Arg;
use egui::{RichText, Ui};

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

fn header_ui(ui: &mut Ui, tab: &mut GroupsTab, group: &Group, cx: &Cx<'_>, planned: usize) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(&group.name).heading().strong());
        let colours = theme::palette(ui.visuals());
        ui.label(RichText::new(status_label(cx.i18n, group.status)).color(colours.accent));
        widgets::number_label(ui, cx.i18n, group.id.0, "peerdesk export schedule --group");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.add_enabled(cx.writable(), egui::Button::new(cx.i18n.tr("group-edit"))).clicked() {
                tab.dialog = Some(Dialog::EditGroup(Box::new(EditGroupDialog::new(group))));
            }
            if ui.add_enabled(cx.writable(), egui::Button::new(cx.i18n.tr("group-plan-sessions"))).clicked() {
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
                .map(|p| p.email.as_ref())
                .collect();
            let email = egui::Button::new(cx.i18n.tr("group-email"));
            if ui.add_enabled(addresses.iter().any(|a| !a.is_empty()), email).clicked() {
                // Without a mail program the link does nothing visible: the
                // addresses are on the clipboard too, and the notice says so.
                ui.ctx().copy_text(distinct_addresses(addresses.iter().copied()).join("; "));
                ui.ctx().open_url(egui::OpenUrl::new_tab(mailto(addresses, &group.name)));
                cx.send(AppCommand::Notify(cx.i18n.tr("toast-mail-opened")));
            }
        });
    });
}

fn details_ui(ui: &mut Ui, group: &Group, cx: &Cx<'_>) {
    widgets::card_ui(ui, |ui| {
        egui::Grid::new("group_details").num_columns(2).spacing([theme::GAP * 2.0, 6.0]).show(ui, |ui| {
            ui.label(cx.i18n.tr("group-coach"));
            match group.coach.filter(|c| cx.view.person(*c).is_some()) {
                Some(coach) => ui.label(marked_name(cx.i18n, cx.view, coach)),
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
