//! One network's page: what it is, its members and their consent, the next
//! meetings, and the year's attendance.

use super::meeting_dialogs::{AttendanceDialog, LeaveDialog, MoveDialog};
use super::network_dialog::NetworkDialog;
use super::{Command, Dialog, NetworksTab};
use crate::app::{AppCommand, Cx, theme, widgets};
use crate::domain::networks::attendance::{year_overview, years};
use crate::domain::networks::meetings::{Exception, Meeting, MeetingState, meetings_between, next_meetings};
use crate::domain::networks::{Membership, Network, current_members};
use crate::domain::{PersonId, search::fold};
use crate::i18n::Arg;
use crate::ops::documents::DocumentRequest;
use crate::ops::networks::{
    hosts, meeting_host, meeting_note, meeting_time, place_text, series_text, status_text, weekday_name,
};
use chrono::{Datelike, NaiveDate};
use egui::{RichText, Ui};

/// How many coming meetings the page lists.
const NEXT_MEETINGS: usize = 6;

/// Draws a network's page.
pub fn network_ui(ui: &mut Ui, tab: &mut NetworksTab, network: &Network, cx: &Cx<'_>) {
    let changes: Vec<Exception> =
        cx.view.networks.changes.iter().filter(|e| e.network == network.id).copied().collect();
    widgets::page_ui(ui, "network_page", |ui| {
        header_ui(ui, tab, network, cx);
        ui.add_space(theme::GAP);
        details_ui(ui, network, cx);
        ui.add_space(theme::SECTION_GAP);
        members_ui(ui, tab, network, cx);
        ui.add_space(theme::SECTION_GAP);
        meetings_ui(ui, tab, network, &changes, cx);
        ui.add_space(theme::SECTION_GAP);
        year_ui(ui, tab, network, &changes, cx);
    });
}

fn header_ui(ui: &mut Ui, tab: &mut NetworksTab, network: &Network, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    widgets::title_with_status(ui, &network.name, status_text(i18n, network.status));
    ui.horizontal_wrapped(|ui| {
        if ui.add_enabled(cx.writable(), egui::Button::new(i18n.tr("network-edit"))).clicked() {
            tab.dialog = Some(Dialog::Network(NetworkDialog::edit(cx, network)));
        }
        if ui.button(i18n.tr("network-calendar")).on_hover_text(i18n.tr("network-calendar-hint")).clicked() {
            cx.send(AppCommand::SaveDocument(DocumentRequest::NetworkCalendar(network.id)));
        }
        if ui.button(i18n.tr("network-contact-sheet")).on_hover_text(i18n.tr("network-consent-hint")).clicked() {
            cx.send(AppCommand::SaveDocument(DocumentRequest::NetworkContacts(network.id)));
        }
        if ui.button(i18n.tr("network-member-list")).on_hover_text(i18n.tr("network-consent-hint")).clicked() {
            cx.send(AppCommand::SaveDocument(DocumentRequest::NetworkMembers(network.id)));
        }
        // Only members who agreed to share their details are written to.
        let addresses: Vec<&str> = current_members(&cx.view.networks.memberships, network.id)
            .filter(|m| m.shares_contact())
            .filter_map(|m| cx.view.person(m.person))
            .map(|p| p.email.as_ref())
            .filter(|e| !e.is_empty())
            .collect();
        let hint = i18n.tr("network-email-hint");
        widgets::email_button(ui, cx, &i18n.tr("network-email"), Some(&hint), &addresses, &network.name);
    });
}

fn details_ui(ui: &mut Ui, network: &Network, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let mut rows = Vec::new();
    if !network.audience.is_empty() {
        rows.push(("network-audience", network.audience.clone()));
    }
    let convenor = network.convenor.and_then(|id| cx.view.person(id)).map(|p| p.name.to_string());
    rows.push(("network-convenor", convenor.unwrap_or_else(|| i18n.tr("network-no-convenor"))));
    rows.push(("network-when", series_text(i18n, &network.series)));
    rows.push(("network-where", place_text(i18n, network)));
    widgets::details_card_ui(ui, i18n, "network_details", &rows);
}

fn members_ui(ui: &mut Ui, tab: &mut NetworksTab, network: &Network, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let mut members: Vec<&Membership> = current_members(&cx.view.networks.memberships, network.id).collect();
    members.sort_by_cached_key(|m| cx.view.person(m.person).map(|p| fold(&p.name)).unwrap_or_default());
    let sharing = members.iter().filter(|m| m.shares_contact()).count();
    widgets::section_heading(
        ui,
        &i18n.tr_args("network-members", &[("count", Arg::from(members.len())), ("sharing", Arg::from(sharing))]),
    );
    widgets::hint(ui, &i18n.tr("network-consent-hint"));
    let name_width = (ui.available_width() * 0.45).clamp(180.0, 360.0);
    egui::Grid::new("network_members").num_columns(3).striped(true).spacing([theme::GAP, 4.0]).show(ui, |ui| {
        for membership in &members {
            let Some(person) = cx.view.person(membership.person) else { continue };
            let organisation = if person.organisation.is_empty() {
                i18n.tr("person-no-organisation")
            } else {
                person.organisation.to_string()
            };
            widgets::fixed_label(ui, name_width, format!("{} · {organisation}", person.name));
            let mut shares = membership.consent_on.is_some();
            let consent = match membership.consent_on {
                Some(on) => i18n.tr_args("network-shares-since", &[("date", Arg::from(i18n.date(on)))]),
                None => i18n.tr("network-shares"),
            };
            if ui.add_enabled(cx.writable(), egui::Checkbox::new(&mut shares, consent)).changed() {
                let on = shares.then_some(cx.today);
                cx.send(Command::SetConsent { membership: membership.id, on });
            }
            if ui.add_enabled(cx.writable(), egui::Button::new(i18n.tr("network-leave")).small()).clicked() {
                tab.dialog = Some(Dialog::Leave(LeaveDialog::new(cx, (*membership).clone())));
            }
            ui.end_row();
        }
    });
    former_members_ui(ui, network, cx);
    if !cx.writable() {
        return;
    }
    ui.add_space(theme::GAP);
    let current: Vec<PersonId> = members.iter().map(|m| m.person).collect();
    if let Some(person) = widgets::add_member_ui(ui, cx, &mut tab.member_search, &current) {
        cx.send(Command::AddMember { network: network.id, person, joined_on: cx.today });
    }
}

/// Who was a member and left, with the dates: the network's history.
fn former_members_ui(ui: &mut Ui, network: &Network, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let former: Vec<(&Membership, &crate::domain::Person)> = cx
        .view
        .networks
        .memberships
        .iter()
        .filter(|m| m.network == network.id && !m.is_current())
        .filter_map(|m| cx.view.person(m.person).map(|p| (m, p)))
        .collect();
    if former.is_empty() {
        return;
    }
    let title = i18n.tr_args("network-former-members", &[("count", Arg::from(former.len()))]);
    egui::CollapsingHeader::new(title).id_salt(("network_former", network.id)).show(ui, |ui| {
        for (membership, person) in former {
            let left = membership.left_on.map(|d| i18n.date(d)).unwrap_or_default();
            ui.label(i18n.tr_args(
                "network-former-member",
                &[
                    ("name", Arg::from(person.name.as_ref())),
                    ("organisation", Arg::from(person.organisation.as_ref())),
                    ("joined", Arg::from(i18n.date(membership.joined_on))),
                    ("left", Arg::from(left)),
                ],
            ));
        }
    });
}

fn meetings_ui(ui: &mut Ui, tab: &mut NetworksTab, network: &Network, changes: &[Exception], cx: &Cx<'_>) {
    let i18n = cx.i18n;
    widgets::section_heading(ui, &i18n.tr("network-next-meetings"));
    let meetings = next_meetings(network, changes, cx.now, NEXT_MEETINGS);
    if meetings.is_empty() {
        widgets::hint(ui, &i18n.tr("network-no-meetings"));
        return;
    }
    let hosts = hosts(network, &cx.view.networks.memberships, &cx.view.people);
    let colours = theme::palette(ui.visuals());
    let note_width = (ui.available_width() - 600.0).clamp(120.0, 420.0);
    egui::Grid::new("network_meetings").num_columns(4).striped(true).spacing([theme::GAP, 4.0]).show(ui, |ui| {
        for meeting in &meetings {
            let day = meeting.start.date();
            let when = format!("{} {}", weekday_name(i18n, day.weekday()), i18n.date(day));
            let skipped = meeting.state == MeetingState::Skipped;
            let colour = if skipped { colours.muted } else { ui.visuals().text_color() };
            let when = RichText::new(when).color(colour);
            ui.label(if skipped { when.strikethrough() } else { when });
            ui.label(RichText::new(meeting_time(meeting)).color(colour));
            let note = meeting_note(i18n, meeting, meeting_host(network, changes, &hosts, meeting));
            widgets::fixed_label(ui, note_width, RichText::new(note).color(colour));
            ui.horizontal(|ui| meeting_actions_ui(ui, tab, network, meeting, cx));
            ui.end_row();
        }
    });
}

/// Skip, Move… and Restore, always in the same places (the one that does
/// not apply is disabled), so that a double click never undoes the first.
fn meeting_actions_ui(ui: &mut Ui, tab: &mut NetworksTab, network: &Network, meeting: &Meeting, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let (network, original) = (network.id, meeting.original);
    let planned = meeting.state == MeetingState::AsPlanned;
    let writable = cx.writable();
    if ui.add_enabled(writable && planned, egui::Button::new(i18n.tr("network-skip")).small()).clicked() {
        cx.send(Command::Skip { network, original });
    }
    let movable = writable && meeting.state != MeetingState::Skipped;
    if ui.add_enabled(movable, egui::Button::new(i18n.tr("network-move")).small()).clicked() {
        tab.dialog = Some(Dialog::Move(MoveDialog::new(cx, network, meeting)));
    }
    if ui.add_enabled(writable && !planned, egui::Button::new(i18n.tr("network-restore")).small()).clicked() {
        cx.send(Command::Restore { network, original });
    }
}

fn year_ui(ui: &mut Ui, tab: &mut NetworksTab, network: &Network, changes: &[Exception], cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let year = tab.year.unwrap_or(cx.today.year());
    ui.horizontal(|ui| {
        widgets::section_heading(ui, &i18n.tr("network-year"));
        let mut chosen = year;
        egui::ComboBox::from_id_salt("network_year")
            .selected_text(year.to_string())
            .show_ui(ui, |ui| {
                for y in years(network, cx.today) {
                    ui.selectable_value(&mut chosen, y, y.to_string());
                }
            })
            .response
            .widget_info(|| widgets::named_combo(&i18n.tr("network-year")));
        if chosen != year {
            tab.year = Some(chosen);
        }
    });
    let networks = &cx.view.networks;
    let run = usize::try_from(cx.view.settings.networks.absence_run).unwrap_or(3);
    let overview = year_overview(network, changes, &networks.memberships, &networks.presences, year, cx.now, run);
    let average = overview
        .average_tenths
        .map(|t| format!("{},{}", t / 10, t % 10))
        .map(|t| if i18n.language() == crate::i18n::Language::English { t.replace(',', ".") } else { t })
        .unwrap_or_else(|| "–".into());
    ui.label(i18n.tr_args(
        "network-year-summary",
        &[
            ("held", Arg::from(overview.held)),
            ("recorded", Arg::from(overview.recorded)),
            ("average", Arg::from(average)),
        ],
    ));
    if !overview.absent.is_empty() {
        let names: Vec<String> =
            overview.absent.iter().filter_map(|id| cx.view.person(*id)).map(|p| p.name.to_string()).collect();
        let colours = theme::palette(ui.visuals());
        let text = i18n.tr_args("network-absent", &[("run", Arg::from(run)), ("names", Arg::from(names.join(", ")))]);
        ui.add(egui::Label::new(RichText::new(text).color(colours.warning)).wrap());
    }
    held_meetings_ui(ui, tab, network, changes, year, cx);
}

/// The meetings of `year` that took place, newest first, each with its attendance.
fn held_meetings_ui(
    ui: &mut Ui,
    tab: &mut NetworksTab,
    network: &Network,
    changes: &[Exception],
    year: i32,
    cx: &Cx<'_>,
) {
    let i18n = cx.i18n;
    let (Some(first), Some(last)) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31)) else {
        return;
    };
    let mut held: Vec<Meeting> = meetings_between(network, changes, first, last)
        .into_iter()
        .filter(|m| m.happens() && m.start <= cx.now)
        .collect();
    held.reverse();
    if held.is_empty() {
        widgets::hint(ui, &i18n.tr("network-none-held"));
        return;
    }
    let networks = &cx.view.networks;
    egui::Grid::new("network_held").num_columns(3).striped(true).spacing([theme::GAP, 4.0]).show(ui, |ui| {
        for meeting in &held {
            ui.label(i18n.date_time(meeting.start));
            let came =
                networks.presences.iter().filter(|p| p.network == network.id && p.original == meeting.original).count();
            let members = networks
                .memberships
                .iter()
                .filter(|m| m.network == network.id && m.member_on(meeting.original))
                .count();
            ui.label(
                i18n.tr_args(
                    "network-attendance-count",
                    &[("count", Arg::from(came)), ("members", Arg::from(members))],
                ),
            );
            if ui.add_enabled(cx.writable(), egui::Button::new(i18n.tr("network-attendance")).small()).clicked() {
                tab.dialog = Some(Dialog::Attendance(AttendanceDialog {
                    network: network.id,
                    original: meeting.original,
                    start: meeting.start,
                }));
            }
            ui.end_row();
        }
    });
}
