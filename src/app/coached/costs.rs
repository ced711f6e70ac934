//! What a group costs, per funding source, and its central-budget application.

use super::labels::{funding_label, marked_name, person_name};
use super::{Command, registrations_of, waiting_registrations};
use crate::app::people::person_dialog::list_item_label;
use crate::app::{Cx, theme, widgets};
use crate::domain::Money;
use crate::domain::PersonId;
use crate::domain::coached::costs::{CostLine, cost_lines, department_and_central, per_funding_source};
use crate::domain::coached::groups::{Group, RegistrationKind};
use crate::domain::coached::occupancy;
use crate::i18n::Arg;
use egui::{RichText, Ui};

pub fn costs_ui(ui: &mut Ui, group: &Group, cx: &Cx<'_>) {
    let registrations = registrations_of(cx.view, group.id);
    let owned: Vec<_> = registrations.iter().map(|r| (*r).clone()).collect();
    let lines = cost_lines(&group.pricing, &owned, &cx.view.groups.funding_sources);
    let mut commands_out = None;
    widgets::card_ui(ui, |ui| {
        widgets::section_heading(ui, &cx.i18n.tr_args("group-members", &[("count", Arg::from(group.members.len()))]));
        egui::Grid::new("group_members").num_columns(5).striped(true).spacing([theme::GAP * 2.0, 6.0]).show(ui, |ui| {
            for key in ["column-name", "column-registration", "column-funding", "column-amount"] {
                ui.label(RichText::new(cx.i18n.tr(key)).strong());
            }
            ui.label("");
            ui.end_row();
            for (registration, line) in registrations.iter().zip(&lines) {
                let names: Vec<String> = registration.people.iter().map(|p| name_and_position(cx, *p)).collect();
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
        if let Some(command) = add_from_waiting_ui(ui, group, cx) {
            commands_out = Some(command);
        }
        ui.add_space(theme::GAP);
        widgets::section_heading(ui, &cx.i18n.tr("group-costs-per-source"));
        per_source_ui(ui, &lines, cx);
    });
    if let Some(command) = commands_out {
        cx.send(command);
    }
}

/// The individuals waiting, offered while the group has room.
fn add_from_waiting_ui(ui: &mut Ui, group: &Group, cx: &Cx<'_>) -> Option<Command> {
    let mut command = None;
    if group.status.is_active() && (group.members.len() as i64) < cx.view.settings.coached.max_group_size {
        let (registrations, groups) = (&cx.view.groups.registrations, &cx.view.groups.groups);
        // Only people who are in no other place and not in this group already.
        let waiting: Vec<_> = waiting_registrations(cx.view)
            .filter(|r| r.kind == RegistrationKind::Individual)
            .filter(|r| occupancy::may_join(r, &group.members, registrations, groups))
            .collect();
        if !waiting.is_empty() {
            super::form_group::add_from_waiting_ui(ui, "group_add_waiting", cx.i18n, |ui| {
                for registration in waiting {
                    let name = registration.people.first().map(|p| person_name(cx.view, *p)).unwrap_or("");
                    if ui.selectable_label(false, name).clicked() {
                        command = Some(Command::AddToGroup(group.id, registration.id));
                    }
                }
            });
        }
    }
    command
}

/// What each funding source pays, the total and the central budget's share.
fn per_source_ui(ui: &mut Ui, lines: &[CostLine], cx: &Cx<'_>) {
    egui::Grid::new("group_costs").num_columns(2).spacing([theme::GAP * 4.0, 6.0]).show(ui, |ui| {
        for (source, amount) in per_funding_source(lines) {
            ui.label(funding_label(cx.i18n, &cx.view.groups.funding_sources, source));
            widgets::amount_cell(ui, RichText::new(cx.i18n.money(amount)));
            ui.end_row();
        }
        let (department, central) = department_and_central(lines);
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
}

/// A member's name with their position, when known.
fn name_and_position(cx: &Cx<'_>, person: PersonId) -> String {
    let position =
        cx.view.person(person).map(|x| list_item_label(cx.i18n, &cx.view.list_items, x.position)).unwrap_or_default();
    let name = marked_name(cx.i18n, cx.view, person);
    if position.is_empty() { name } else { format!("{name} ({position})") }
}
