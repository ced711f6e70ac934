//! The waiting list, waiting group registrations and the group proposals.

use super::Command;
use super::labels::{marked_name, person_name, slot_label, slots_label};
use super::{Dialog, FormGroupDialog, GroupsTab, RegistrationDialog, funding_label, waiting_registrations};
use crate::app::people::person_dialog::list_item_label;
use crate::app::{AppCommand, Cx, ViewData, theme, widgets};
use crate::domain::coached::groups::{Registration, RegistrationId, RegistrationKind};
use crate::domain::coached::placement::{Candidate, Proposal, Reason, propose};
use crate::domain::{PersonId, search::fold};
use crate::i18n::Arg;
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder, TableRow};
use std::collections::HashSet;

/// Proposals are recomputed only when the data changes.
#[derive(Default)]
pub struct WaitingState {
    proposals: Vec<Proposal>,
    proposals_for: Option<u64>,
    /// Proposals the coordinator chose to ignore, by their registrations.
    ignored: HashSet<Vec<RegistrationId>>,
    sort_by_name: bool,
}

fn refresh_proposals(state: &mut WaitingState, view: &ViewData) {
    if state.proposals_for == Some(view.generation) {
        return;
    }
    let settings = &view.settings.coached;
    let in_active_groups: HashSet<PersonId> =
        view.groups.groups.iter().filter(|g| g.status.is_active()).flat_map(|g| g.members.iter().copied()).collect();
    let candidates: Vec<Candidate> = waiting_registrations(view)
        .filter(|r| r.kind == RegistrationKind::Individual)
        .filter_map(|r| {
            let person = view.person(*r.people.first()?)?;
            Some(Candidate {
                person: person.id,
                registration: r.id,
                waiting_since: r.registered_on,
                position: person.position,
                department: person.department.to_string(),
                languages: person.languages.to_vec(),
                preferred: r.preferred.clone(),
            })
        })
        .collect();
    let min = settings.min_group_size.max(1) as usize;
    let max = settings.max_group_size.max(1) as usize;
    state.proposals = propose(&candidates, min, max, &in_active_groups);
    state.proposals_for = Some(view.generation);
}

/// Draws the waiting page.
pub fn waiting_ui(ui: &mut Ui, tab: &mut GroupsTab, cx: &Cx<'_>) {
    refresh_proposals(&mut tab.waiting, cx.view);
    let individuals: Vec<&Registration> =
        waiting_registrations(cx.view).filter(|r| r.kind == RegistrationKind::Individual).collect();
    let group_registrations: Vec<&Registration> =
        waiting_registrations(cx.view).filter(|r| r.kind == RegistrationKind::Group).collect();

    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        ui.label(RichText::new(cx.i18n.tr("waiting-title")).heading().strong());
        let longest = individuals.iter().map(|r| (cx.today - r.registered_on).num_days()).max().unwrap_or(0);
        let summary = if individuals.is_empty() {
            cx.i18n.tr("waiting-nobody")
        } else {
            cx.i18n.tr_args("waiting-summary", &[("count", Arg::from(individuals.len())), ("days", Arg::from(longest))])
        };
        ui.horizontal(|ui| {
            widgets::hint(ui, &summary);
            let csv = ui
                .add_enabled(
                    !individuals.is_empty() || !group_registrations.is_empty(),
                    egui::Button::new(cx.i18n.tr("csv-save")),
                )
                .on_hover_text(cx.i18n.tr("csv-save-waiting-hover"));
            if csv.clicked() {
                cx.send(AppCommand::SaveDocument(crate::ops::documents::DocumentRequest::WaitingList));
            }
        });
        ui.add_space(theme::GAP);

        if !group_registrations.is_empty() {
            widgets::card_ui(ui, |ui| {
                widgets::section_heading(ui, &cx.i18n.tr("waiting-group-registrations"));
                for registration in &group_registrations {
                    ui.horizontal(|ui| {
                        let names: Vec<String> =
                            registration.people.iter().map(|p| marked_name(cx.i18n, cx.view, *p)).collect();
                        ui.label(names.join(", "));
                        widgets::hint(ui, &cx.i18n.date(registration.registered_on));
                        if ui.add_enabled(cx.writable(), egui::Button::new(cx.i18n.tr("waiting-form-group"))).clicked()
                        {
                            tab.dialog =
                                Some(Dialog::FormGroup(Box::new(FormGroupDialog::new(cx, vec![registration.id]))));
                        }
                        if ui.add_enabled(cx.writable(), egui::Button::new(cx.i18n.tr("button-edit"))).clicked() {
                            tab.dialog = Some(Dialog::Registration(Box::new(RegistrationDialog::edit(registration))));
                        }
                    });
                }
            });
            ui.add_space(theme::SECTION_GAP);
        }

        proposals_ui(ui, tab, cx);
        ui.add_space(theme::SECTION_GAP);

        if !individuals.is_empty() {
            widgets::section_heading(ui, &cx.i18n.tr("waiting-individuals"));
            ui.horizontal(|ui| {
                ui.label(cx.i18n.tr("waiting-sort"));
                ui.selectable_value(&mut tab.waiting.sort_by_name, false, cx.i18n.tr("waiting-sort-longest"));
                ui.selectable_value(&mut tab.waiting.sort_by_name, true, cx.i18n.tr("waiting-sort-name"));
            });
            let mut rows = individuals.clone();
            if tab.waiting.sort_by_name {
                rows.sort_by_cached_key(|r| {
                    fold(person_name(cx.view, r.people.first().copied().unwrap_or(PersonId(0))))
                });
            }
            individuals_table_ui(ui, tab, &rows, cx);
        }
    });
}

fn proposals_ui(ui: &mut Ui, tab: &mut GroupsTab, cx: &Cx<'_>) {
    widgets::section_heading(ui, &cx.i18n.tr("proposals-title"));
    let visible: Vec<&Proposal> = tab
        .waiting
        .proposals
        .iter()
        .filter(|p| !tab.waiting.ignored.contains(&p.members.iter().map(|m| m.registration).collect::<Vec<_>>()))
        .collect();
    if visible.is_empty() {
        widgets::hint(ui, &cx.i18n.tr("proposals-none"));
        return;
    }
    widgets::hint(ui, &cx.i18n.tr("proposals-hint"));
    let mut open = None;
    let mut ignore = None;
    for (index, proposal) in visible.iter().enumerate() {
        widgets::card_ui(ui, |ui| {
            let title = cx.i18n.tr_args(
                "proposal-title",
                &[("number", Arg::from(index + 1)), ("count", Arg::from(proposal.members.len()))],
            );
            ui.label(RichText::new(title).strong());
            let names: Vec<String> = proposal
                .members
                .iter()
                .map(|m| {
                    let position = cx
                        .view
                        .person(m.person)
                        .map(|p| list_item_label(cx.i18n, &cx.view.list_items, p.position))
                        .unwrap_or_default();
                    if position.is_empty() {
                        person_name(cx.view, m.person).to_string()
                    } else {
                        format!("{} ({position})", person_name(cx.view, m.person))
                    }
                })
                .collect();
            ui.label(names.join(", "));
            let colours = theme::palette(ui.visuals());
            ui.label(RichText::new(explain(cx, proposal)).color(colours.accent));
            ui.horizontal(|ui| {
                if !cx.writable() {
                    ui.disable();
                }
                if ui.button(cx.i18n.tr("proposal-form")).clicked() {
                    open = Some(proposal.members.iter().map(|m| m.registration).collect::<Vec<_>>());
                }
                if ui.button(cx.i18n.tr("proposal-ignore")).clicked() {
                    ignore = Some(proposal.members.iter().map(|m| m.registration).collect::<Vec<_>>());
                }
            });
        });
        ui.add_space(theme::GAP);
    }
    if let Some(registrations) = open {
        tab.dialog = Some(Dialog::FormGroup(Box::new(FormGroupDialog::new(cx, registrations))));
    }
    if let Some(registrations) = ignore {
        tab.waiting.ignored.insert(registrations);
    }
}

/// Why a proposal fits: "same position: PostDoc · 3 of 4 Tuesday afternoon · all speak English".
pub fn explain(cx: &Cx<'_>, proposal: &Proposal) -> String {
    let n = proposal.members.len();
    let parts: Vec<String> = proposal
        .reasons
        .iter()
        .map(|reason| match reason {
            Reason::SamePosition(position) => cx.i18n.tr_args(
                "reason-position",
                &[("position", Arg::from(list_item_label(cx.i18n, &cx.view.list_items, Some(*position))))],
            ),
            Reason::Department { department, count } => cx.i18n.tr_args(
                "reason-department",
                &[
                    ("count", Arg::from(*count)),
                    ("total", Arg::from(n)),
                    ("department", Arg::from(department.as_str())),
                ],
            ),
            Reason::CommonSlot { slot, count } => cx.i18n.tr_args(
                "reason-slot",
                &[
                    ("count", Arg::from(*count)),
                    ("total", Arg::from(n)),
                    ("slot", Arg::from(slot_label(cx.i18n, *slot))),
                ],
            ),
            Reason::SharedLanguage(language) => cx
                .i18n
                .tr_args("reason-language", &[("language", Arg::from(cx.i18n.tr(&format!("spoken-{language}"))))]),
        })
        .collect();
    parts.join("  ·  ")
}

fn individuals_table_ui(ui: &mut Ui, tab: &mut GroupsTab, rows: &[&Registration], cx: &Cx<'_>) {
    let mut edit = None;
    // Edit and Withdraw stay in view: the text columns give way, their
    // texts shortened with "…" and shown whole on hover.
    const ACTIONS: f32 = 180.0;
    const WAITING: f32 = 80.0;
    let room = ui.available_width() - ACTIONS - WAITING - 7.0 * ui.spacing().item_spacing.x;
    let [name, position, department, preferred, funding] =
        widgets::fitted_widths(room, [190.0, 130.0, 150.0, 190.0, 190.0]);
    widgets::truncated_cells(ui);
    TableBuilder::new(ui)
        .id_salt("waiting_table")
        .vscroll(false)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(name))
        .column(Column::exact(position))
        .column(Column::exact(department))
        .column(Column::exact(preferred))
        .column(Column::exact(funding))
        .column(Column::exact(WAITING))
        .column(Column::remainder().at_least(ACTIONS))
        .header(theme::ROW_HEIGHT, |header| {
            let ids = [
                "column-name",
                "column-position",
                "column-department",
                "column-preferred",
                "column-funding",
                "column-waiting",
                "",
            ];
            widgets::table_header(header, cx.i18n, &ids);
        })
        .body(|body| {
            crate::app::widgets::ruled_rows(body, theme::ROW_HEIGHT, rows.len(), |row| {
                let Some(registration) = rows.get(row.index()) else { return };
                if waiting_row_ui(row, registration, cx) {
                    edit = Some(registration.id);
                }
            });
        });
    if let Some(id) = edit
        && let Some(registration) = cx.view.groups.registrations.iter().find(|r| r.id == id)
    {
        tab.dialog = Some(Dialog::Registration(Box::new(RegistrationDialog::edit(registration))));
    }
}

/// One individual waiting: the name opens their page; Edit and Withdraw.
/// True when Edit was clicked.
fn waiting_row_ui(row: &mut TableRow<'_, '_>, registration: &Registration, cx: &Cx<'_>) -> bool {
    let mut edit = false;
    let person = registration.people.first().and_then(|p| cx.view.person(*p));
    row.col(|ui| {
        // The name opens the person's page: their registrations, groups and invoices.
        if let Some(person) = person
            && ui.link(person.name.as_ref()).on_hover_text(cx.i18n.tr("people-overview-hint")).clicked()
        {
            cx.send(AppCommand::OpenPerson(person.id));
        }
    });
    row.col(|ui| {
        ui.label(person.map(|p| list_item_label(cx.i18n, &cx.view.list_items, p.position)).unwrap_or_default());
    });
    row.col(|ui| {
        ui.label(person.map(|p| p.department.as_ref()).unwrap_or(""));
    });
    row.col(|ui| {
        ui.label(slots_label(cx.i18n, &registration.preferred));
    });
    row.col(|ui| {
        ui.label(funding_label(cx.i18n, &cx.view.groups.funding_sources, registration.funding));
    });
    row.col(|ui| {
        let days = (cx.today - registration.registered_on).num_days();
        ui.label(cx.i18n.tr_args("waiting-days", &[("days", Arg::from(days))]))
            .on_hover_text(cx.i18n.date(registration.registered_on));
    });
    row.col(|ui| {
        if !cx.writable() {
            ui.disable();
        }
        if ui.small_button(cx.i18n.tr("button-edit")).clicked() {
            edit = true;
        }
        if ui.small_button(cx.i18n.tr("waiting-withdraw")).clicked() {
            cx.send(Command::WithdrawRegistration(registration.id));
        }
    });
    edit
}
