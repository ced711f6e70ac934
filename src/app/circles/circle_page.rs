//! The circles: a list on the left, the chosen circle's page on the right
//! with its chair, members, cadence and meetings, each meeting's session
//! plan printable.

use super::meeting_dialog::MeetingDialog;
use super::{CirclesTab, Command, Dialog, circle_dialog::CircleDialog};
use crate::app::{AppCommand, Cx, theme, widgets};
use crate::domain::circles::circle::{Circle, CircleMeeting};
use crate::i18n::Arg;
use crate::ops::circles::{cadence_text, circle_status_text, method_name, phase_name};
use crate::ops::documents::DocumentRequest;
use egui::{RichText, Ui};

const LIST_WIDTH: f32 = 240.0;

/// Draws the circles part.
pub fn circles_part_ui(ui: &mut Ui, tab: &mut CirclesTab, cx: &Cx<'_>) {
    let circles = &cx.view.circles.circles;
    if circles.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        ui.vertical_centered(|ui| ui.label(RichText::new(cx.i18n.tr("circles-none")).size(16.0)));
        return;
    }
    if tab.selected.is_none_or(|id| !circles.iter().any(|c| c.id == id)) {
        tab.selected = circles.first().map(|c| c.id);
    }
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(LIST_WIDTH, ui.available_height()),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(LIST_WIDTH);
                egui::ScrollArea::vertical().id_salt("circle_list").auto_shrink([false, true]).show(ui, |ui| {
                    for circle in circles {
                        let text = format!(
                            "{}\n{} · {}",
                            circle.name,
                            circle_status_text(cx.i18n, circle.status),
                            cx.i18n.tr_args("network-member-count", &[("count", Arg::from(circle.members.len()))])
                        );
                        let button = egui::Button::selectable(tab.selected == Some(circle.id), text)
                            .wrap()
                            .min_size(egui::vec2(LIST_WIDTH - 8.0, 0.0));
                        if ui.add(button).clicked() {
                            tab.selected = Some(circle.id);
                        }
                    }
                });
            },
        );
        ui.separator();
        ui.vertical(|ui| {
            if let Some(circle) = tab.selected.and_then(|id| circles.iter().find(|c| c.id == id)) {
                circle_ui(ui, tab, circle, cx);
            }
        });
    });
}

fn circle_ui(ui: &mut Ui, tab: &mut CirclesTab, circle: &Circle, cx: &Cx<'_>) {
    widgets::page_ui(ui, "circle_page", |ui| {
        header_ui(ui, tab, circle, cx);
        ui.add_space(theme::GAP);
        details_ui(ui, circle, cx);
        ui.add_space(theme::SECTION_GAP);
        members_ui(ui, tab, circle, cx);
        ui.add_space(theme::SECTION_GAP);
        meetings_ui(ui, tab, circle, cx);
    });
}

fn header_ui(ui: &mut Ui, tab: &mut CirclesTab, circle: &Circle, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    widgets::title_with_status(ui, &circle.name, circle_status_text(i18n, circle.status));
    ui.horizontal_wrapped(|ui| {
        if ui.add_enabled(cx.writable(), egui::Button::new(i18n.tr("network-edit"))).clicked() {
            tab.dialog = Some(Dialog::Circle(CircleDialog::edit(circle)));
        }
        let plan = egui::Button::new(i18n.tr("circle-plan-meeting"));
        if ui.add_enabled(cx.writable() && circle.is_active(), plan).clicked() {
            tab.dialog = Some(Dialog::Meeting(MeetingDialog::new(cx, circle)));
        }
        if ui.button(i18n.tr("network-calendar")).clicked() {
            cx.send(AppCommand::SaveDocument(DocumentRequest::CircleCalendar(circle.id)));
        }
        if ui.button(i18n.tr("circle-member-list")).on_hover_text(i18n.tr("circle-member-list-hint")).clicked() {
            cx.send(AppCommand::SaveDocument(DocumentRequest::CircleMembers(circle.id)));
        }
        let addresses: Vec<&str> = circle
            .members
            .iter()
            .chain(circle.chair.iter())
            .filter_map(|p| cx.view.person(*p))
            .map(|p| p.email.as_ref())
            .filter(|e| !e.is_empty())
            .collect();
        widgets::email_button(ui, cx, &i18n.tr("circle-email"), None, &addresses, &circle.name);
    });
}

fn details_ui(ui: &mut Ui, circle: &Circle, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let chair = circle.chair.and_then(|c| cx.view.person(c)).map(|p| p.name.to_string());
    let place =
        if circle.online { format!("{} · {}", i18n.tr("network-online"), circle.place) } else { circle.place.clone() };
    let rows = [
        ("signup-phase", phase_name(i18n, &cx.view.list_items, circle.phase)),
        ("circle-chair", chair.unwrap_or_else(|| i18n.tr("circles-no-chair"))),
        ("network-where", place),
        ("circle-cadence", cadence_text(i18n, circle.cadence)),
        ("circle-formed-on", i18n.date(circle.formed_on)),
    ];
    widgets::details_card_ui(ui, i18n, "circle_details", &rows);
}

fn members_ui(ui: &mut Ui, tab: &mut CirclesTab, circle: &Circle, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let size = usize::try_from(cx.view.settings.circles.circle_size).unwrap_or(4);
    widgets::section_heading(
        ui,
        &i18n.tr_args("circle-members", &[("count", Arg::from(circle.members.len())), ("max", Arg::from(size))]),
    );
    for member in &circle.members {
        let Some(person) = cx.view.person(*member) else { continue };
        ui.horizontal(|ui| {
            widgets::fixed_label(ui, 320.0, format!("{} · {}", person.name, person.email));
            let remove = egui::Button::new(i18n.tr("circle-remove-member")).small();
            if ui.add_enabled(cx.writable() && circle.is_active(), remove).clicked() {
                cx.send(Command::RemoveMember(circle.id, *member));
            }
        });
    }
    if !cx.writable() || !circle.is_active() || circle.members.len() >= size {
        return;
    }
    let exclude: Vec<_> = circle.members.iter().chain(circle.chair.iter()).copied().collect();
    if let Some(person) = widgets::add_member_ui(ui, cx, &mut tab.member_search, &exclude) {
        cx.send(Command::AddMember(circle.id, person));
    }
}

fn meetings_ui(ui: &mut Ui, tab: &mut CirclesTab, circle: &Circle, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    widgets::section_heading(ui, &i18n.tr("circle-meetings"));
    let mut meetings: Vec<&CircleMeeting> = cx.view.circles.meetings.iter().filter(|m| m.circle == circle.id).collect();
    meetings.sort_by_key(|m| std::cmp::Reverse(m.starts_at));
    if meetings.is_empty() {
        widgets::hint(ui, &i18n.tr("circle-no-meetings"));
        return;
    }
    let colours = theme::palette(ui.visuals());
    let detail_width = (ui.available_width() - 520.0).clamp(140.0, 360.0);
    egui::Grid::new("circle_meetings").num_columns(3).striped(true).spacing([theme::GAP, 4.0]).show(ui, |ui| {
        for meeting in meetings {
            let when = format!("{} ({} min)", i18n.date_time(meeting.starts_at), meeting.minutes);
            let colour = if meeting.cancelled { colours.muted } else { ui.visuals().text_color() };
            ui.label(RichText::new(when).color(colour));
            let method = meeting
                .method
                .and_then(|id| cx.view.circles.methods.iter().find(|m| m.id == id))
                .map(|m| method_name(i18n, m))
                .unwrap_or_default();
            let bringer =
                meeting.case_bringer.and_then(|p| cx.view.person(p)).map(|p| p.name.to_string()).unwrap_or_default();
            let mut detail = [method, bringer].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ");
            if meeting.cancelled {
                detail = i18n.tr("circle-meeting-cancelled");
            }
            widgets::fixed_label(ui, detail_width, RichText::new(detail).color(colour));
            ui.horizontal(|ui| meeting_actions_ui(ui, tab, circle, meeting, cx));
            ui.end_row();
        }
    });
}

fn meeting_actions_ui(ui: &mut Ui, tab: &mut CirclesTab, circle: &Circle, meeting: &CircleMeeting, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let writable = cx.writable();
    let plan = egui::Button::new(i18n.tr("circle-session-plan")).small();
    if ui.add_enabled(meeting.method.is_some() && !meeting.cancelled, plan).clicked() {
        cx.send(AppCommand::SaveDocument(DocumentRequest::SessionPlan(meeting.id)));
    }
    if ui.add_enabled(writable && !meeting.cancelled, egui::Button::new(i18n.tr("network-edit")).small()).clicked() {
        tab.dialog = Some(Dialog::Meeting(MeetingDialog::edit(cx, circle, meeting)));
    }
    let past = meeting.starts_at <= cx.now;
    if past && !meeting.cancelled {
        if ui.add_enabled(writable, egui::Button::new(i18n.tr("network-attendance")).small()).clicked() {
            tab.dialog = Some(Dialog::Attendance(meeting.id));
        }
    } else {
        let (label, cancel) =
            if meeting.cancelled { ("network-restore", false) } else { ("circle-meeting-cancel", true) };
        if ui.add_enabled(writable, egui::Button::new(i18n.tr(label)).small()).clicked() {
            cx.send(Command::SetMeetingCancelled(meeting.id, cancel));
        }
    }
}
