//! Small dialogs of the Networks tab: moving one meeting, a member leaving,
//! and who came to a meeting.

use super::Command;
use crate::app::{Cx, theme, widgets};
use crate::domain::networks::meetings::{Meeting, move_problems};
use crate::domain::networks::recurrence::field as series_field;
use crate::domain::networks::{Membership, Network, NetworkId, field, leave_problems};
use crate::domain::{PersonId, Problem, Problems, validate};
use crate::i18n::Arg;
use crate::i18n::format::parse_date;
use chrono::{NaiveDate, NaiveTime};
use egui::RichText;
use std::collections::HashSet;

/// Moving one meeting of the series to another day or time.
pub struct MoveDialog {
    pub network: NetworkId,
    pub original: NaiveDate,
    date: String,
    time: String,
    minutes: String,
    /// Where the meeting is now: saving it there again changes nothing.
    now: (chrono::NaiveDateTime, i64),
}

impl MoveDialog {
    /// The form for `meeting`, showing where it is now.
    pub fn new(cx: &Cx<'_>, network: NetworkId, meeting: &Meeting) -> Self {
        MoveDialog {
            network,
            original: meeting.original,
            date: cx.i18n.date(meeting.start.date()),
            time: meeting.start.format("%H:%M").to_string(),
            minutes: meeting.minutes.to_string(),
            now: (meeting.start, meeting.minutes),
        }
    }

    fn parsed(&self, network: &Network, cx: &Cx<'_>) -> Result<Command, Problems> {
        let mut problems = Problems::new();
        let date = parse_date(&self.date);
        if date.is_none() {
            problems.add(field::MOVED_TO, Problem::InvalidDate);
        }
        let time = NaiveTime::parse_from_str(self.time.trim(), "%H:%M").ok();
        if time.is_none() {
            problems.add(series_field::TIME, Problem::InvalidTime);
        }
        let minutes = validate::whole_number(&self.minutes, 15, 480);
        if let Err(p) = &minutes {
            problems.add(series_field::MINUTES, p.clone());
        }
        let (Some(date), Some(time), Ok(minutes)) = (date, time, minutes) else { return Err(problems) };
        let to = date.and_time(time);
        let changes = &cx.view.networks.changes;
        let problems = move_problems(network, changes, self.original, to, minutes);
        if problems.is_empty() {
            Ok(Command::Move { network: self.network, original: self.original, to, minutes })
        } else {
            Err(problems)
        }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>, network: &Network) -> bool {
        let i18n = cx.i18n;
        let parsed = self.parsed(network, cx);
        let problems = parsed.as_ref().err().cloned().unwrap_or_default();
        let text = |f: &str| problems.for_field(f).map(|p| move_problem_text(cx, p));
        let title = i18n.tr_args("network-move-title", &[("date", Arg::from(i18n.date(self.original)))]);
        widgets::dialog_ui(ctx, "network_move", 560.0, &title, |ui| {
            widgets::hint(ui, &i18n.tr("network-move-hint"));
            ui.add_space(theme::GAP);
            egui::Grid::new("network_move_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
                widgets::date_row(ui, i18n, &i18n.tr("network-move-date"), &mut self.date, text(field::MOVED_TO));
                widgets::text_row(ui, &i18n.tr("network-time"), &mut self.time, 80.0, text(series_field::TIME));
                widgets::text_row(
                    ui,
                    &i18n.tr("network-minutes"),
                    &mut self.minutes,
                    80.0,
                    text(series_field::MINUTES),
                );
            });
            let unchanged = matches!(&parsed, Ok(Command::Move { to, minutes, .. }) if (*to, *minutes) == self.now);
            let hint = i18n.tr("network-move-unchanged");
            let ok = parsed.is_ok() && !unchanged;
            let (save, cancel) = widgets::dialog_buttons(
                ui,
                i18n,
                &i18n.tr("network-move-save"),
                ok,
                unchanged.then_some(hint.as_str()),
            );
            if save
                && ok
                && let Ok(command) = &parsed
            {
                cx.send(command.clone());
            }
            cancel
        })
    }
}

/// A moved meeting's date problem, said for this dialog.
fn move_problem_text(cx: &Cx<'_>, problem: &Problem) -> String {
    match problem {
        Problem::SessionOverlap => cx.i18n.tr("problem-network-meeting-taken"),
        Problem::OutOfRange { max, .. } => cx.i18n.tr_args("problem-network-move-far", &[("days", Arg::from(*max))]),
        other => widgets::problem_text(cx.i18n, other),
    }
}

/// A member leaves the network on a date; the history stays.
pub struct LeaveDialog {
    pub membership: Membership,
    date: String,
}

impl LeaveDialog {
    /// Leaving today, by default.
    pub fn new(cx: &Cx<'_>, membership: Membership) -> Self {
        LeaveDialog { membership, date: cx.i18n.date(cx.today) }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let i18n = cx.i18n;
        let name = cx.view.person(self.membership.person).map(|p| p.name.clone()).unwrap_or_default();
        let date = parse_date(&self.date);
        let problem = match date {
            None => Some(widgets::problem_text(i18n, &Problem::InvalidDate)),
            Some(d) => leave_problems(self.membership.joined_on, d, cx.today).for_field(field::DATE).map(|p| match p {
                Problem::EndBeforeStart => i18n.tr_args(
                    "problem-left-before-joined",
                    &[("date", Arg::from(i18n.date(self.membership.joined_on)))],
                ),
                other => widgets::problem_text(i18n, other),
            }),
        };
        let title = i18n.tr_args("network-leave-title", &[("name", Arg::from(name.as_ref()))]);
        widgets::dialog_ui(ctx, "network_leave", 520.0, &title, |ui| {
            widgets::hint(ui, &i18n.tr("network-leave-hint"));
            ui.add_space(theme::GAP);
            egui::Grid::new("network_leave_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
                widgets::date_row(ui, i18n, &i18n.tr("network-left-on"), &mut self.date, problem.clone());
            });
            let ok = problem.is_none();
            let (save, cancel) = widgets::dialog_buttons(ui, i18n, &i18n.tr("network-leave-save"), ok, None);
            if save && let Some(left_on) = date.filter(|_| ok) {
                cx.send(Command::Leave { membership: self.membership.id, left_on });
            }
            cancel
        })
    }
}

/// Who came to one meeting: a tick per member of that day.
pub struct AttendanceDialog {
    pub network: NetworkId,
    pub original: NaiveDate,
    pub start: chrono::NaiveDateTime,
}

impl AttendanceDialog {
    /// Draws the dialog; each tick is saved at once. True when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let i18n = cx.i18n;
        let networks = &cx.view.networks;
        let present: HashSet<PersonId> = networks
            .presences
            .iter()
            .filter(|p| p.network == self.network && p.original == self.original)
            .map(|p| p.person)
            .collect();
        let members: Vec<&Membership> =
            networks.memberships.iter().filter(|m| m.network == self.network && m.member_on(self.original)).collect();
        let title = i18n.tr_args("network-attendance-title", &[("date", Arg::from(i18n.date_time(self.start)))]);
        widgets::dialog_ui(ctx, "network_attendance", 520.0, &title, |ui| {
            widgets::hint(
                ui,
                &i18n.tr_args(
                    "network-attendance-count",
                    &[("count", Arg::from(present.len())), ("members", Arg::from(members.len()))],
                ),
            );
            ui.add_space(theme::GAP);
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() - 220.0).show(ui, |ui| {
                for membership in &members {
                    let Some(person) = cx.view.person(membership.person) else { continue };
                    let mut here = present.contains(&person.id);
                    let label = format!("{} · {}", person.name, person.organisation);
                    if ui.add_enabled(cx.writable(), egui::Checkbox::new(&mut here, label)).changed() {
                        cx.send(Command::SetPresence {
                            network: self.network,
                            original: self.original,
                            person: person.id,
                            present: here,
                        });
                    }
                }
            });
            ui.separator();
            let mut close = false;
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                close = ui.button(RichText::new(i18n.tr("button-close"))).clicked();
            });
            close
        })
    }
}
