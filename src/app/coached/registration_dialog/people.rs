//! The people of a registration: who is in it, where they already are, and
//! finding or adding someone.

use super::RegistrationDialog;
use crate::app::coached::labels::person_name;
use crate::app::people::person_dialog::list_item_label;
use crate::app::{Cx, theme, widgets};
use crate::domain::coached::groups::RegistrationId;
use crate::domain::coached::occupancy::{self, Place};
use crate::domain::person::field as person_field;
use crate::domain::search::{fold, matches_all_words};
use crate::domain::{ListKind, PersonDraft, PersonId, Role};
use crate::i18n::Arg;
use egui::{RichText, Ui};

impl RegistrationDialog {
    /// The people of the registration, each removable, and a search to add more.
    pub(super) fn people_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>) {
        let mut remove = None;
        for person in &self.draft.people {
            ui.horizontal(|ui| {
                let name = cx.view.person(*person).map(|p| p.name.to_string()).unwrap_or_default();
                let position = cx
                    .view
                    .person(*person)
                    .map(|p| list_item_label(cx.i18n, &cx.view.list_items, p.position))
                    .unwrap_or_default();
                ui.label(RichText::new(name).strong());
                widgets::hint(ui, &position);
                if ui.small_button(cx.i18n.tr("button-remove")).clicked() {
                    remove = Some(*person);
                }
                if let Some(note) = self.place_note(*person, cx) {
                    ui.label(RichText::new(note).color(theme::palette(ui.visuals()).warning).small());
                }
            });
        }
        if let Some(person) = remove {
            self.draft.people.retain(|p| *p != person);
        }
        if !self.earlier_waiting(cx).is_empty() {
            ui.checkbox(&mut self.replace_earlier, cx.i18n.tr("registration-replace"));
        }
        self.person_search_ui(ui, cx);
    }

    /// The other waiting registrations of this registration's people.
    pub(super) fn earlier_waiting(&self, cx: &Cx<'_>) -> Vec<RegistrationId> {
        let (registrations, groups) = (&cx.view.groups.registrations, &cx.view.groups.groups);
        let mut earlier: Vec<RegistrationId> = self
            .draft
            .people
            .iter()
            .filter_map(|p| match occupancy::place_of(*p, registrations, groups, self.draft.id) {
                Some(Place::Waiting(id)) => Some(id),
                _ => None,
            })
            .collect();
        earlier.sort();
        earlier.dedup();
        earlier
    }

    /// Where a person of this registration already is, in words: waiting
    /// (and with whom), or in a group.
    fn place_note(&self, person: PersonId, cx: &Cx<'_>) -> Option<String> {
        let (registrations, groups) = (&cx.view.groups.registrations, &cx.view.groups.groups);
        let place = occupancy::place_of(person, registrations, groups, self.draft.id)?;
        let registration = registrations.iter().find(|r| r.id == place.registration())?;
        Some(match place {
            Place::Waiting(_) => {
                let others: Vec<&str> =
                    registration.people.iter().filter(|p| **p != person).map(|p| person_name(cx.view, *p)).collect();
                let date = Arg::from(cx.i18n.date(registration.registered_on));
                if others.is_empty() {
                    cx.i18n.tr_args("registration-place-waiting", &[("date", date)])
                } else {
                    let names = Arg::from(others.join(", "));
                    cx.i18n.tr_args("registration-place-waiting-with", &[("date", date), ("names", names)])
                }
            }
            Place::InGroup { group, .. } => {
                let name = groups.iter().find(|g| g.id == group).map(|g| g.name.as_str()).unwrap_or("");
                cx.i18n.tr_args("registration-place-group", &[("group", Arg::from(name))])
            }
        })
    }

    fn person_search_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>) {
        ui.horizontal(|ui| {
            let label = ui.label(cx.i18n.tr("registration-find"));
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text(cx.i18n.tr("people-search-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
            if ui.button(cx.i18n.tr("registration-new-person")).clicked() {
                self.new_person = Some(PersonDraft {
                    name: self.search.trim().to_string(),
                    roles: vec![crate::domain::RoleAssignment { role: Role::Participant, trained_on: None }],
                    ..PersonDraft::default()
                });
            }
        });
        let query = fold(self.search.trim());
        if query.is_empty() {
            return;
        }
        let mut shown = 0;
        let mut chosen = None;
        for (index, person) in cx.view.people.iter().enumerate() {
            if shown >= 6 {
                break;
            }
            if !person.active
                || self.draft.people.contains(&person.id)
                || !matches_all_words(cx.view.search_keys.get(index), &query)
            {
                continue;
            }
            shown += 1;
            let text = if person.department.is_empty() {
                person.name.to_string()
            } else {
                format!("{} · {}", person.name, person.department)
            };
            if ui.button(format!("+ {text}")).clicked() {
                chosen = Some(person.id);
            }
        }
        if shown == 0 {
            widgets::hint(ui, &cx.i18n.tr("people-no-match"));
        }
        if let Some(id) = chosen {
            self.add_person(id);
        }
    }
}

/// A small form to add someone to the directory without leaving the dialog.
pub(super) fn new_person_ui(ui: &mut Ui, draft: &mut PersonDraft, cx: &Cx<'_>) {
    let problems = draft.problems(cx.today);
    theme::card(ui.visuals()).show(ui, |ui| {
        widgets::section_heading(ui, &cx.i18n.tr("registration-new-person-title"));
        egui::Grid::new("new_person_grid").num_columns(3).spacing([theme::GAP * 1.5, 6.0]).show(ui, |ui| {
            let rows = [
                ("person-name", &mut draft.name, person_field::NAME),
                ("person-email", &mut draft.email, person_field::EMAIL),
            ];
            widgets::text_rows(ui, cx.i18n, &problems, theme::FIELD_WIDTH, rows);
            widgets::text_row(ui, &cx.i18n.tr("person-department"), &mut draft.department, theme::FIELD_WIDTH, None);
            let label = widgets::form_label(ui, &cx.i18n.tr("person-position"));
            let shown = list_item_label(cx.i18n, &cx.view.list_items, draft.position);
            egui::ComboBox::from_id_salt("new_person_position")
                .selected_text(if shown.is_empty() { cx.i18n.tr("choice-none") } else { shown })
                .width(theme::FIELD_WIDTH)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut draft.position, None, cx.i18n.tr("choice-none"));
                    for item in cx.view.list_items.iter().filter(|i| i.kind == ListKind::Position) {
                        ui.selectable_value(
                            &mut draft.position,
                            Some(item.id),
                            list_item_label(cx.i18n, &cx.view.list_items, Some(item.id)),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.label("");
            ui.end_row();
        });
        if ui.add_enabled(problems.is_empty(), egui::Button::new(cx.i18n.tr("registration-add-to-directory"))).clicked()
        {
            cx.send(crate::app::coached::new_person_command(draft.trimmed()));
        }
    });
}
