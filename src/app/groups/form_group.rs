//! Forming a group from a proposal or a group registration. The coordinator
//! can add or remove people before anything is saved.

use super::waiting::person_name;
use super::{funding_label, waiting_registrations};
use crate::app::person_dialog::list_item_label;
use crate::app::{Command, ViewData, theme, widgets};
use crate::domain::groups::{GroupPricing, RegistrationId, RegistrationKind, field};
use crate::domain::{Money, PersonId, Problem, Problems, Role};
use crate::i18n::{Arg, I18n};
use egui::RichText;

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
    pub fn new(view: &ViewData, i18n: &I18n, registrations: Vec<RegistrationId>) -> Self {
        let first_person = registrations
            .first()
            .and_then(|id| view.groups.registrations.iter().find(|r| r.id == *id))
            .and_then(|r| r.people.first())
            .and_then(|p| view.person(*p));
        let base = first_person
            .map(|p| list_item_label(i18n, &view.list_items, p.position))
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| i18n.tr("group-default-name"));
        let number = view.groups.groups.iter().filter(|g| g.name.starts_with(&base)).count() + 1;
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
        let settings = &view.settings.programme;
        let count = self.people(view).len() as i64;
        if count < settings.min_group_size || count > settings.max_group_size {
            problems
                .add(field::PEOPLE, Problem::GroupSize { min: settings.min_group_size, max: settings.max_group_size });
        }
        problems
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, view: &ViewData, i18n: &I18n, commands: &mut Vec<Command>) -> bool {
        let problems = self.problems(view);
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(i18n, p));
        let pricing = GroupPricing::from_defaults(&view.settings.programme);
        let mut close = false;
        let response = egui::Modal::new(egui::Id::unique("form_group_dialog")).show(ctx, |ui| {
            ui.set_width(720.0);
            ui.label(RichText::new(i18n.tr("form-group-title")).heading().strong());
            ui.add_space(theme::GAP);
            egui::Grid::new("form_group_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
                widgets::text_row(
                    ui,
                    &i18n.tr("group-name"),
                    &mut self.request.name,
                    theme::FIELD_WIDTH,
                    text(field::NAME),
                );
                let label = widgets::form_label(ui, &i18n.tr("group-coach"));
                coach_picker_ui(ui, "form_group_coach", label.id, &mut self.request.coach, view, i18n);
                ui.label("");
                ui.end_row();
            });
            ui.add_space(theme::GAP);
            widgets::section_heading(ui, &i18n.tr("form-group-members"));
            let mut remove = None;
            let mut total = Money::ZERO;
            egui::Grid::new("form_group_members").num_columns(4).striped(true).spacing([theme::GAP * 2.0, 6.0]).show(
                ui,
                |ui| {
                    for id in &self.request.registrations {
                        let Some(registration) = view.groups.registrations.iter().find(|r| r.id == *id) else {
                            continue;
                        };
                        let names: Vec<&str> = registration.people.iter().map(|p| person_name(view, *p)).collect();
                        ui.label(names.join(", "));
                        ui.label(funding_label(i18n, &view.groups.funding_sources, registration.funding));
                        let price = pricing.price_of(registration.kind).unwrap_or_default();
                        total += price;
                        ui.label(i18n.money(price));
                        if ui.small_button(i18n.tr("button-remove")).clicked() {
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
            self.add_waiting_ui(ui, view, i18n);
            ui.add_space(theme::GAP);
            ui.label(i18n.tr_args("form-group-total", &[("amount", Arg::from(i18n.money(total)))]));
            widgets::hint(ui, &i18n.tr("form-group-prices-hint"));
            let (confirmed, cancelled) =
                widgets::dialog_buttons(ui, i18n, &i18n.tr("form-group-confirm"), problems.is_empty(), None);
            if confirmed {
                commands.push(Command::FormGroup(self.request.clone()));
            }
            close = cancelled;
        });
        close || response.should_close()
    }

    fn add_waiting_ui(&mut self, ui: &mut egui::Ui, view: &ViewData, i18n: &I18n) {
        let others: Vec<_> = waiting_registrations(view)
            .filter(|r| r.kind == RegistrationKind::Individual && !self.request.registrations.contains(&r.id))
            .collect();
        if others.is_empty() {
            return;
        }
        let mut chosen = None;
        add_from_waiting_ui(ui, "form_group_add", i18n, |ui| {
            for registration in others {
                let name = registration.people.first().map(|p| person_name(view, *p)).unwrap_or("");
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
pub fn coach_picker_ui(
    ui: &mut egui::Ui,
    id: &str,
    label: egui::Id,
    coach: &mut Option<PersonId>,
    view: &ViewData,
    i18n: &I18n,
) {
    let none = i18n.tr("choice-none");
    let shown = coach.and_then(|c| view.person(c)).map(|p| p.name.clone()).unwrap_or(none.clone());
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(theme::FIELD_WIDTH)
        .show_ui(ui, |ui| {
            ui.selectable_value(coach, None, none);
            for person in view.people.iter().filter(|p| p.active && p.has_role(Role::Coach)) {
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
