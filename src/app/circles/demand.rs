//! Demand per career phase, the waiting sign-ups and the circle proposals.

use super::{CirclesTab, Command, Dialog, circle_dialog::CircleDialog, signup_dialog::SignUpDialog};
use crate::app::{Cx, theme, widgets};
use crate::domain::circles::demand::demand;
use crate::domain::circles::proposals::{CircleProposal, propose_all};
use crate::domain::grouping::Reason;
use crate::domain::{ListItemId, ListKind, PersonId};
use crate::i18n::Arg;
use crate::ops::circles::{phase_name, wish_text};
use egui::{RichText, Ui};
use std::collections::HashSet;

/// The career phases, in their list order.
pub(super) fn phases(cx: &Cx<'_>) -> Vec<ListItemId> {
    cx.view.list_items.iter().filter(|i| i.kind == ListKind::CareerPhase).map(|i| i.id).collect()
}

/// The proposals for every phase where people wait.
pub(super) fn proposals(cx: &Cx<'_>) -> Vec<CircleProposal> {
    let data = &cx.view.circles;
    let numbers = &cx.view.settings.circles;
    let in_circle: HashSet<PersonId> =
        data.circles.iter().filter(|c| c.is_active()).flat_map(|c| c.members.iter().copied()).collect();
    let load = |p: PersonId| data.circles.iter().filter(|c| c.is_active() && c.chair == Some(p)).count();
    let (min, max) =
        (usize::try_from(numbers.circle_min).unwrap_or(3), usize::try_from(numbers.circle_size).unwrap_or(4));
    propose_all(&phases(cx), &data.signups, &cx.view.people, &in_circle, &load, min, max)
}

/// Draws the demand part.
pub fn demand_ui(ui: &mut Ui, tab: &mut CirclesTab, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    ui.horizontal(|ui| {
        let colours = theme::palette(ui.visuals());
        let button =
            egui::Button::new(RichText::new(i18n.tr("circles-sign-up")).color(colours.on_accent)).fill(colours.accent);
        if ui.add_enabled(cx.writable(), button).clicked() {
            tab.dialog = Some(Dialog::SignUp(SignUpDialog::new(cx)));
        }
        widgets::hint(ui, &i18n.tr("circles-intro"));
    });
    ui.add_space(theme::GAP);
    widgets::page_ui(ui, "circles_demand", |ui| {
        phases_ui(ui, cx);
        ui.add_space(theme::SECTION_GAP);
        proposals_ui(ui, tab, cx);
        ui.add_space(theme::SECTION_GAP);
        waiting_ui(ui, cx);
    });
}

fn phases_ui(ui: &mut Ui, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let data = &cx.view.circles;
    let threshold = usize::try_from(cx.view.settings.circles.open_threshold).unwrap_or(3);
    widgets::section_heading(ui, &i18n.tr("circles-demand"));
    let colours = theme::palette(ui.visuals());
    egui::Grid::new("circles_phases").num_columns(4).striped(true).spacing([theme::GAP * 2.0, 6.0]).show(ui, |ui| {
        for row in demand(&phases(cx), &data.signups, &data.circles, cx.today, threshold) {
            ui.label(RichText::new(phase_name(i18n, &cx.view.list_items, row.phase)).strong());
            ui.label(i18n.tr_args(
                "circles-waiting",
                &[("count", Arg::from(row.waiting)), ("days", Arg::from(row.longest_wait_days))],
            ));
            ui.label(i18n.tr_args("circles-count", &[("count", Arg::from(row.circles))]));
            if row.opens() {
                ui.label(RichText::new(i18n.tr("circles-enough-to-open")).color(colours.success).strong());
            } else if row.enough {
                ui.label(RichText::new(i18n.tr("circles-enough")).color(colours.accent));
            } else {
                ui.label("");
            }
            ui.end_row();
        }
    });
}

fn proposals_ui(ui: &mut Ui, tab: &mut CirclesTab, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    widgets::section_heading(ui, &i18n.tr("circles-proposals"));
    let proposals = proposals(cx);
    if proposals.is_empty() {
        widgets::hint(ui, &i18n.tr("circles-no-proposals"));
        return;
    }
    widgets::hint(ui, &i18n.tr("circles-proposals-hint"));
    for (index, proposal) in proposals.iter().enumerate() {
        widgets::card_ui(ui, |ui| {
            let phase = phase_name(i18n, &cx.view.list_items, proposal.phase);
            let names: Vec<String> = proposal
                .members
                .members
                .iter()
                .filter_map(|m| cx.view.person(m.person))
                .map(|p| p.name.to_string())
                .collect();
            ui.label(RichText::new(format!("{phase} · {}", names.join(", "))).strong());
            let reasons: Vec<String> = proposal
                .members
                .reasons
                .iter()
                .filter_map(|r| reason_text(cx, r, proposal.members.members.len()))
                .collect();
            if !reasons.is_empty() {
                widgets::hint(ui, &reasons.join(" · "));
            }
            let chair = match &proposal.chair {
                Some(choice) => {
                    let name = cx.view.person(choice.person).map(|p| p.name.to_string()).unwrap_or_default();
                    let language =
                        choice.language.as_ref().map(|l| i18n.tr(&format!("spoken-{l}"))).unwrap_or_else(|| "–".into());
                    i18n.tr_args(
                        "circles-chair-proposed",
                        &[
                            ("name", Arg::from(name)),
                            ("circles", Arg::from(choice.circles)),
                            ("language", Arg::from(language)),
                        ],
                    )
                }
                None => i18n.tr("circles-no-chair"),
            };
            ui.label(chair);
            let form = egui::Button::new(i18n.tr("circles-form"));
            if ui.add_enabled(cx.writable(), form).clicked() {
                tab.dialog = Some(Dialog::Circle(CircleDialog::from_proposal(cx, proposal, index)));
            }
        });
    }
}

/// A proposal's reason in words; the phase is already in the title.
fn reason_text(cx: &Cx<'_>, reason: &Reason, total: usize) -> Option<String> {
    let i18n = cx.i18n;
    match reason {
        Reason::SamePosition(_) => None,
        Reason::Department { department, count } => Some(i18n.tr_args(
            "reason-department",
            &[
                ("department", Arg::from(department.as_str())),
                ("count", Arg::from(*count)),
                ("total", Arg::from(total)),
            ],
        )),
        Reason::SharedLanguage(code) => {
            Some(i18n.tr_args("reason-language", &[("language", Arg::from(i18n.tr(&format!("spoken-{code}"))))]))
        }
        Reason::CommonSlot { slot, count } => Some(i18n.tr_args(
            "reason-slot",
            &[
                ("slot", Arg::from(widgets::slot_label(i18n, *slot))),
                ("count", Arg::from(*count)),
                ("total", Arg::from(total)),
            ],
        )),
    }
}

fn waiting_ui(ui: &mut Ui, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let waiting: Vec<_> = cx.view.circles.signups.iter().filter(|s| s.is_waiting()).collect();
    widgets::section_heading(ui, &i18n.tr_args("circles-waiting-list", &[("count", Arg::from(waiting.len()))]));
    if waiting.is_empty() {
        widgets::hint(ui, &i18n.tr("circles-nobody-waiting"));
        return;
    }
    let name_width = (ui.available_width() * 0.3).clamp(160.0, 280.0);
    egui::Grid::new("circles_waiting").num_columns(5).striped(true).spacing([theme::GAP, 4.0]).show(ui, |ui| {
        for signup in waiting {
            let name = cx.view.person(signup.person).map(|p| p.name.to_string()).unwrap_or_default();
            widgets::fixed_label(ui, name_width, name);
            let phase = signup.phase.map(|p| phase_name(i18n, &cx.view.list_items, p)).unwrap_or_default();
            widgets::fixed_label(ui, 170.0, phase);
            ui.label(wish_text(i18n, signup.wish));
            let days = (cx.today - signup.signed_on).num_days().max(0);
            ui.label(i18n.tr_args("circles-waiting-days", &[("days", Arg::from(days))]));
            if ui.add_enabled(cx.writable(), egui::Button::new(i18n.tr("circles-withdraw")).small()).clicked() {
                cx.send(Command::SetWaiting(signup.id, false));
            }
            ui.end_row();
        }
    });
}
