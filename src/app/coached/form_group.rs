//! Forming a group from a proposal or a group registration. The coordinator
//! can add or remove people before anything is saved.

use super::Command;
use super::labels::{marked_name, person_name};
use super::{funding_label, waiting_registrations};
use crate::app::people::person_dialog::list_item_label;
use crate::app::{Cx, ViewData, theme, widgets};
use crate::domain::coached::groups::{RegistrationId, RegistrationKind, field};
use crate::domain::coached::registration_price;
use crate::domain::{Money, PersonId, Problem, Problems, Role};
use crate::i18n::{Arg, I18n};

/// What forming a group needs from the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormGroupRequest {
    pub name: String,
    pub registrations: Vec<RegistrationId>,
    pub coach: Option<PersonId>,
}

/// An open form-group dialog.
pub struct FormGroupDialog {
    request: FormGroupRequest,
}

impl FormGroupDialog {
    /// A dialog for the given registrations, with a suggested name.
    pub fn new(cx: &Cx<'_>, registrations: Vec<RegistrationId>) -> Self {
        let first_person = registrations
            .first()
            .and_then(|id| cx.view.groups.registrations.iter().find(|r| r.id == *id))
            .and_then(|r| r.people.first())
            .and_then(|p| cx.view.person(*p));
        let base = first_person
            .map(|p| list_item_label(cx.i18n, &cx.view.list_items, p.position))
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| cx.i18n.tr("group-default-name"));
        let number = cx.view.groups.groups.iter().filter(|g| g.name.starts_with(&base)).count() + 1;
        FormGroupDialog { request: FormGroupRequest { name: format!("{base} {number}"), registrations, coach: None } }
    }

    fn people(&self, view: &ViewData) -> Vec<PersonId> {
        self.request
            .registrations
            .iter()
            .filter_map(|id| view.groups.registrations.iter().find(|r| r.id == *id))
            .flat_map(|r| r.people.iter().copied())
            .collect()
    }

    fn problems(&self, view: &ViewData) -> Problems {
        let mut problems = Problems::new();
        if self.request.name.trim().is_empty() {
            problems.add(field::NAME, Problem::Required);
        }
        let settings = &view.settings.coached;
        let count = self.people(view).len() as i64;
        if count < settings.min_group_size || count > settings.max_group_size {
            problems
                .add(field::PEOPLE, Problem::GroupSize { min: settings.min_group_size, max: settings.max_group_size });
        }
        problems
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let problems = self.problems(cx.view);
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(cx.i18n, p));
        let pricing = cx.view.settings.coached.pricing();
        let title = cx.i18n.tr("form-group-title");
        widgets::dialog_ui(ctx, "form_group_dialog", 720.0, &title, |ui| {
            egui::Grid::new("form_group_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
                widgets::text_row(
                    ui,
                    &cx.i18n.tr("group-name"),
                    &mut self.request.name,
                    theme::FIELD_WIDTH,
                    text(field::NAME),
                );
                let label = widgets::form_label(ui, &cx.i18n.tr("group-coach"));
                coach_picker_ui(ui, "form_group_coach", label.id, &mut self.request.coach, cx);
                ui.label("");
                ui.end_row();
            });
            ui.add_space(theme::GAP);
            widgets::section_heading(ui, &cx.i18n.tr("form-group-members"));
            let mut remove = None;
            let mut total = Money::ZERO;
            egui::Grid::new("form_group_members").num_columns(4).striped(true).spacing([theme::GAP * 2.0, 6.0]).show(
                ui,
                |ui| {
                    for id in &self.request.registrations {
                        let Some(registration) = cx.view.groups.registrations.iter().find(|r| r.id == *id) else {
                            continue;
                        };
                        let names: Vec<String> =
                            registration.people.iter().map(|p| marked_name(cx.i18n, cx.view, *p)).collect();
                        ui.label(names.join(", "));
                        ui.label(funding_label(cx.i18n, &cx.view.groups.funding_sources, registration.funding));
                        let price = registration_price(&pricing, registration.kind).unwrap_or_default();
                        total += price;
                        ui.label(cx.i18n.money(price));
                        if ui.small_button(cx.i18n.tr("button-remove")).clicked() {
                            remove = Some(*id);
                        }
                        ui.end_row();
                    }
                },
            );
            if let Some(id) = remove {
                self.request.registrations.retain(|r| *r != id);
            }
            widgets::problem_label(ui, text(field::PEOPLE));
            self.add_waiting_ui(ui, cx);
            ui.add_space(theme::GAP);
            ui.label(cx.i18n.tr_args("form-group-total", &[("amount", Arg::from(cx.i18n.money(total)))]));
            widgets::hint(ui, &cx.i18n.tr("form-group-prices-hint"));
            let (confirmed, cancelled) =
                widgets::dialog_buttons(ui, cx.i18n, &cx.i18n.tr("form-group-confirm"), problems.is_empty(), None);
            if confirmed {
                cx.send(Command::FormGroup(self.request.clone()));
            }
            cancelled
        })
    }

    fn add_waiting_ui(&mut self, ui: &mut egui::Ui, cx: &Cx<'_>) {
        let others: Vec<_> = waiting_registrations(cx.view)
            .filter(|r| r.kind == RegistrationKind::Individual && !self.request.registrations.contains(&r.id))
            .collect();
        if others.is_empty() {
            return;
        }
        let mut chosen = None;
        add_from_waiting_ui(ui, "form_group_add", cx.i18n, |ui| {
            for registration in others {
                let name = registration.people.first().map(|p| person_name(cx.view, *p)).unwrap_or("");
                if ui.selectable_label(false, name).clicked() {
                    chosen = Some(registration.id);
                }
            }
        });
        if let Some(id) = chosen {
            self.request.registrations.push(id);
        }
    }
}

/// A choice of coach among the active people with the coach role.
pub fn coach_picker_ui(ui: &mut egui::Ui, id: &str, label: egui::Id, coach: &mut Option<PersonId>, cx: &Cx<'_>) {
    let none = cx.i18n.tr("choice-none");
    let shown = coach.and_then(|c| cx.view.person(c)).map(|p| p.name.to_string()).unwrap_or(none.clone());
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(theme::FIELD_WIDTH)
        .show_ui(ui, |ui| {
            ui.selectable_value(coach, None, none);
            for person in cx.view.people.iter().filter(|p| p.active && p.has_role(Role::Coach)) {
                ui.selectable_value(coach, Some(person.id), &person.name);
            }
        })
        .response
        .labelled_by(label);
}

/// "Add someone from the waiting list" with a choice of waiting people.
pub fn add_from_waiting_ui(ui: &mut egui::Ui, id: &str, i18n: &I18n, add: impl FnOnce(&mut egui::Ui)) {
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("form-group-add"));
        egui::ComboBox::from_id_salt(id)
            .selected_text(i18n.tr("form-group-choose"))
            .width(theme::FIELD_WIDTH)
            .show_ui(ui, add)
            .response
            .labelled_by(label.id);
    });
}
