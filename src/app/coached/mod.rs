//! The Groups tab: coached peer-support groups from registration to costs.
//! A list on the left (the waiting list and every group); the chosen page on
//! the right.

mod commands;
mod costs;
mod form_group;
mod group_dialogs;
mod group_page;
mod labels;
mod registration_dialog;
mod sessions;
mod waiting;

use crate::app::{Cx, ViewData, theme};
use crate::domain::coached::groups::{Group, GroupId, Registration, SessionStatus};
use crate::domain::coached::schedule::{Busy, conflicts};
use crate::domain::{PersonDraft, PersonId};
use crate::i18n::{Arg, I18n};
use chrono::NaiveDateTime;
pub use commands::Command;
use egui::{RichText, Ui};

pub use form_group::{FormGroupDialog, FormGroupRequest};
pub use labels::{funding_label, status_label};
pub use registration_dialog::RegistrationDialog;

/// Which page of the Groups tab is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Waiting,
    Group(GroupId),
}

/// An open dialog of the Groups tab.
pub enum Dialog {
    Registration(Box<RegistrationDialog>),
    FormGroup(Box<FormGroupDialog>),
    EditGroup(Box<group_dialogs::EditGroupDialog>),
    PlanSessions(Box<group_dialogs::PlanSessionsDialog>),
    MoveSession(Box<group_dialogs::MoveSessionDialog>),
}

/// State of the Groups tab between frames.
#[derive(Default)]
pub struct GroupsTab {
    pub(crate) page: Page,
    pub(crate) dialog: Option<Dialog>,
    waiting: waiting::WaitingState,
    show_closed: bool,
}

impl GroupsTab {
    /// A dialog's command succeeded: close it.
    pub fn saved(&mut self) {
        self.dialog = None;
    }

    /// Shows the page of `group`.
    pub fn show_group(&mut self, group: GroupId) {
        self.page = Page::Group(group);
    }

    /// A group was formed: show it.
    pub fn group_formed(&mut self, id: GroupId) {
        self.dialog = None;
        self.page = Page::Group(id);
    }

    /// A person was added from the registration dialog: put them in it.
    pub fn person_created(&mut self, id: PersonId) {
        if let Some(Dialog::Registration(dialog)) = &mut self.dialog {
            dialog.add_person(id);
        }
    }
}

/// The waiting registrations: not placed, not withdrawn.
pub fn waiting_registrations(view: &ViewData) -> impl Iterator<Item = &Registration> {
    view.groups.registrations.iter().filter(|r| r.group.is_none() && !r.withdrawn)
}

/// Draws the Groups tab.
pub fn groups_ui(ui: &mut Ui, tab: &mut GroupsTab, cx: &Cx<'_>) {
    if let Page::Group(id) = tab.page
        && !cx.view.groups.groups.iter().any(|g| g.id == id)
    {
        tab.page = Page::Waiting;
    }
    egui::Panel::left("groups_nav").resizable(false).exact_size(250.0).show(ui, |ui| nav_ui(ui, tab, cx));
    egui::CentralPanel::default().show(ui, |ui| match tab.page {
        Page::Waiting => waiting::waiting_ui(ui, tab, cx),
        Page::Group(id) => {
            if let Some(group) = cx.view.groups.groups.iter().find(|g| g.id == id) {
                group_page::group_ui(ui, tab, group, cx);
            }
        }
    });
    show_dialog(ui.ctx(), tab, cx);
}

fn nav_ui(ui: &mut Ui, tab: &mut GroupsTab, cx: &Cx<'_>) {
    ui.add_space(theme::GAP);
    let colours = theme::palette(ui.visuals());
    let new = egui::Button::new(RichText::new(cx.i18n.tr("groups-new-registration")).color(colours.on_accent))
        .fill(colours.accent);
    if ui.add_enabled_ui(cx.writable(), |ui| ui.add_sized([ui.available_width(), 28.0], new)).inner.clicked() {
        tab.dialog = Some(Dialog::Registration(Box::new(RegistrationDialog::new(cx.today))));
    }
    ui.add_space(theme::GAP);
    let waiting = waiting_registrations(cx.view).count();
    let label = cx.i18n.tr_args("groups-nav-waiting", &[("count", Arg::from(waiting))]);
    if ui.selectable_label(tab.page == Page::Waiting, label).clicked() {
        tab.page = Page::Waiting;
    }
    ui.add_space(theme::GAP);
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        let (active, closed): (Vec<&Group>, Vec<&Group>) =
            cx.view.groups.groups.iter().partition(|g| g.status.is_active());
        ui.label(RichText::new(cx.i18n.tr("groups-nav-active")).strong());
        if active.is_empty() {
            ui.label(RichText::new(cx.i18n.tr("groups-none")).color(colours.muted).small());
        }
        for group in active {
            group_link_ui(ui, tab, group, cx.i18n);
        }
        ui.add_space(theme::GAP);
        let header = cx.i18n.tr_args("groups-nav-closed", &[("count", Arg::from(closed.len()))]);
        ui.checkbox(&mut tab.show_closed, header);
        if tab.show_closed {
            for group in closed {
                group_link_ui(ui, tab, group, cx.i18n);
            }
        }
    });
}

fn group_link_ui(ui: &mut Ui, tab: &mut GroupsTab, group: &Group, i18n: &I18n) {
    let selected = tab.page == Page::Group(group.id);
    ui.horizontal(|ui| {
        if ui.selectable_label(selected, &group.name).clicked() {
            tab.page = Page::Group(group.id);
        }
        let muted = theme::palette(ui.visuals()).muted;
        ui.label(RichText::new(status_label(i18n, group.status)).color(muted).small());
    });
}

fn show_dialog(ctx: &egui::Context, tab: &mut GroupsTab, cx: &Cx<'_>) {
    let Some(dialog) = &mut tab.dialog else { return };
    let close = match dialog {
        Dialog::Registration(d) => d.show(ctx, cx),
        Dialog::FormGroup(d) => d.show(ctx, cx),
        Dialog::EditGroup(d) => d.show(ctx, cx),
        Dialog::PlanSessions(d) => d.show(ctx, cx),
        Dialog::MoveSession(d) => d.show(ctx, cx),
    };
    if close {
        tab.dialog = None;
    }
}

/// A new person typed into the registration dialog.
pub fn new_person_command(draft: PersonDraft) -> Command {
    Command::SavePersonForRegistration(draft)
}

/// Registrations of a group.
pub fn registrations_of(view: &ViewData, group: GroupId) -> Vec<&Registration> {
    view.groups.registrations.iter().filter(|r| r.group == Some(group)).collect()
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

/// What to say about a session on `date`: a Dutch public holiday, the
/// organisation's closed period.
pub fn day_warnings(cx: &Cx<'_>, date: chrono::NaiveDate) -> Vec<String> {
    use crate::domain::calendar::DayNote;
    cx.view
        .settings
        .calendar
        .notes(date)
        .into_iter()
        .map(|note| match note {
            DayNote::Holiday(holiday) => cx
                .i18n
                .tr_args("day-holiday", &[("holiday", Arg::from(crate::ops::lists::holiday_name(cx.i18n, holiday)))]),
            DayNote::Closed(period) => cx.i18n.tr_args(
                "day-closed",
                &[("from", Arg::from(cx.i18n.day_month(period.from))), ("to", Arg::from(cx.i18n.day_month(period.to)))],
            ),
        })
        .collect()
}

/// A sentence per person of `group` who is busy in another group at `start`.
pub fn conflict_warnings(cx: &Cx<'_>, group: &Group, start: NaiveDateTime, minutes: i64, busy: &[Busy]) -> Vec<String> {
    let people: Vec<PersonId> = group.members.iter().copied().chain(group.coach).collect();
    conflicts(group.id, &people, start, minutes, busy)
        .into_iter()
        .map(|conflict| {
            let other = cx.view.groups.groups.iter().find(|g| g.id == conflict.other_group).map(|g| g.name.as_str());
            cx.i18n.tr_args(
                "session-conflict",
                &[
                    ("name", Arg::from(labels::person_name(cx.view, conflict.person))),
                    ("group", Arg::from(other.unwrap_or(""))),
                ],
            )
        })
        .collect()
}
