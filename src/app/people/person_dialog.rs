//! The dialog that adds or edits a person. It edits a draft; Save stays
//! disabled while the draft is invalid, and each problem shows beside its
//! field.

use super::Command;
use crate::app::widgets::conflict::Choice;
use crate::app::{Cx, ViewData, theme, widgets};
use crate::domain::person::{Duplicate, field, find_duplicates};
use crate::domain::{ListItem, ListItemId, ListKind, Person, PersonDraft, Problem, Problems, Role};
use crate::i18n::format::{date_hint, parse_date};
use crate::i18n::{Arg, I18n};
use chrono::NaiveDate;
use egui::{RichText, Ui};

/// The translated name of a role.
pub use crate::ops::lists::role_name as role_names;

/// The name of a list item as shown: typed names as they are, built-in
/// choices in the user's language.
pub fn list_item_label(i18n: &I18n, items: &[ListItem], id: Option<ListItemId>) -> String {
    crate::ops::lists::item_label(i18n, items, id)
}

/// An open person dialog.
pub struct PersonDialog {
    draft: PersonDraft,
    trained_on_text: String,
    duplicates: Vec<Duplicate>,
    duplicates_for: Option<(String, String, u64)>,
    /// The name field takes the focus once, when the dialog opens.
    focus_name: bool,
    /// The person as stored now, when someone changed them after the dialog
    /// opened: shown beside the draft until the user chooses.
    pub conflict: Option<Person>,
}

impl PersonDialog {
    /// A dialog editing `draft` (a new person when its id is `None`).
    pub fn new(draft: PersonDraft) -> Self {
        let trained_on_text =
            draft.roles.iter().find_map(|r| r.trained_on).map(|d| d.format("%d-%m-%Y").to_string()).unwrap_or_default();
        PersonDialog {
            draft,
            trained_on_text,
            duplicates: Vec::new(),
            duplicates_for: None,
            focus_name: true,
            conflict: None,
        }
    }

    fn refresh_duplicates(&mut self, view: &ViewData) {
        let key = (self.draft.name.clone(), self.draft.email.clone(), view.generation);
        if self.duplicates_for.as_ref() == Some(&key) {
            return;
        }
        let people = view.people.iter().map(|r| (r.id, r.name.as_ref(), r.email.as_ref()));
        self.duplicates = find_duplicates(&self.draft, people);
        self.duplicates_for = Some(key);
    }

    /// The draft's problems, including a training date that cannot be read.
    fn problems(&mut self, today: NaiveDate) -> Problems {
        let typed = self.trained_on_text.trim();
        let parsed = if typed.is_empty() { None } else { parse_date(typed) };
        for assignment in &mut self.draft.roles {
            if assignment.role.needs_training_date() {
                assignment.trained_on = parsed;
            }
        }
        let mut problems = Problems::new();
        if !typed.is_empty() && parsed.is_none() && self.draft.has_role(Role::PeerSupporter) {
            problems.add(field::TRAINED_ON, Problem::InvalidDate);
        }
        for (f, p) in self.draft.problems(today).iter() {
            if problems.for_field(f).is_none() {
                problems.add(f, p.clone());
            }
        }
        problems
    }

    /// Draws the dialog; true when it should close. Save sends the person
    /// to the store; the tab closes the dialog once the store has saved it.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        self.refresh_duplicates(cx.view);
        let problems = self.problems(cx.today);
        let title = cx.i18n.tr(if self.draft.id.is_some() { "person-edit-title" } else { "person-add-title" });
        // The comparison of a conflict takes room below the fields: they
        // scroll in less, so that its choice stays on screen at any height.
        let below =
            self.conflict.as_ref().map_or(0.0, |stored| widgets::conflict::height(self.differences(stored, cx).len()));
        widgets::dialog_ui(ctx, "person_dialog", 760.0, &title, |ui| {
            egui::ScrollArea::vertical().max_height((ctx.content_rect().height() - 160.0 - below).max(120.0)).show(
                ui,
                |ui| {
                    self.fields_ui(ui, cx, &problems);
                },
            );
            ui.add_space(theme::GAP);
            if self.conflict.is_some() {
                return self.conflict_ui(ui, cx);
            }
            self.buttons_ui(ui, cx, &problems)
        })
    }

    fn fields_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(cx.i18n, p));
        let warning = theme::palette(ui.visuals()).warning;
        // A duplicate is a warning under the field, unless the field has a problem of its own.
        let duplicate_row = |ui: &mut Ui, field: &str, message: Option<String>| {
            if let (None, Some(message)) = (text(field), message) {
                ui.label("");
                ui.label(RichText::new(message).color(warning));
                ui.end_row();
            }
        };
        let (name_warning, email_warning) = self.duplicate_warnings(cx);
        egui::Grid::new("person_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            let label = |id: &str| cx.i18n.tr(id);
            let width = theme::FIELD_WIDTH;
            let name = widgets::text_row(ui, &label("person-name"), &mut self.draft.name, width, text(field::NAME));
            if std::mem::take(&mut self.focus_name) {
                name.request_focus();
            }
            duplicate_row(ui, field::NAME, name_warning);
            widgets::text_row(ui, &label("person-email"), &mut self.draft.email, width, text(field::EMAIL));
            duplicate_row(ui, field::EMAIL, email_warning);
            widgets::text_row(ui, &label("person-phone"), &mut self.draft.phone, width, text(field::PHONE));
            let (organisation, department) = (text(field::ORGANISATION), text(field::DEPARTMENT));
            widgets::text_row(ui, &label("person-organisation"), &mut self.draft.organisation, width, organisation);
            widgets::text_row(ui, &label("person-department"), &mut self.draft.department, width, department);
            list_row(ui, cx, ListKind::Position, "person-position", &mut self.draft.position);
            list_row(ui, cx, ListKind::CareerPhase, "person-career-phase", &mut self.draft.career_phase);
        });
        ui.add_space(theme::GAP);
        // Languages and roles are wider than a field: a grid of their own keeps
        // the problems of the fields above right beside them.
        egui::Grid::new("person_choices_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            widgets::form_label(ui, &cx.i18n.tr("person-languages"));
            self.languages_ui(ui, cx);
            ui.label("");
            ui.end_row();

            widgets::form_label(ui, &cx.i18n.tr("person-roles"));
            self.roles_ui(ui, cx);
            widgets::problem_label(ui, text(field::TRAINED_ON));
            ui.end_row();

            widgets::form_label(ui, &cx.i18n.tr("person-status"));
            ui.checkbox(&mut self.draft.active, cx.i18n.tr("person-active"));
            ui.label("");
            ui.end_row();
        });
    }

    /// Warnings for someone with the same name, and the same email address.
    fn duplicate_warnings(&self, cx: &Cx<'_>) -> (Option<String>, Option<String>) {
        let mut name_warning = None;
        let mut email_warning = None;
        for duplicate in &self.duplicates {
            match duplicate {
                Duplicate::SameName { name, .. } if name_warning.is_none() => {
                    name_warning =
                        Some(cx.i18n.tr_args("person-duplicate-name", &[("name", Arg::from(name.as_str()))]));
                }
                Duplicate::SameEmail { name, .. } if email_warning.is_none() => {
                    email_warning =
                        Some(cx.i18n.tr_args("person-duplicate-email", &[("name", Arg::from(name.as_str()))]));
                }
                _ => {}
            }
        }
        (name_warning, email_warning)
    }

    fn languages_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>) {
        widgets::languages_ui(ui, cx.i18n, "languages_grid", &mut self.draft.languages);
    }

    /// A checkbox per role, with the training date beside a role that needs one.
    fn roles_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>) {
        ui.vertical(|ui| {
            for role in Role::ALL {
                ui.horizontal(|ui| {
                    let mut held = self.draft.has_role(role);
                    if ui.checkbox(&mut held, role_names(cx.i18n, role)).changed() {
                        self.draft.set_role(role, held);
                    }
                    if role.needs_training_date() && held {
                        let label = ui.label(cx.i18n.tr("person-trained-on"));
                        ui.add(
                            egui::TextEdit::singleline(&mut self.trained_on_text)
                                .hint_text(date_hint(cx.i18n.language()))
                                .desired_width(110.0),
                        )
                        .labelled_by(label.id);
                    }
                });
            }
        });
    }

    /// The fields where the stored version and the one being typed
    /// differ: the field's label key, the stored value, the typed value.
    fn differences(&self, stored: &Person, cx: &Cx<'_>) -> Vec<(&'static str, String, String)> {
        let yes_no = |b: bool| cx.i18n.tr(if b { "person-active" } else { "status-inactive" });
        let fields = |d: PersonDraft| -> widgets::conflict::Fields {
            vec![
                ("person-name", d.name),
                ("person-email", d.email),
                ("person-phone", d.phone),
                ("person-organisation", d.organisation),
                ("person-department", d.department),
                ("person-status", yes_no(d.active)),
            ]
        };
        widgets::conflict::differences(fields(stored.to_draft()), fields(self.draft.trimmed()))
    }

    /// Both versions, field by field where they differ, and the choice.
    fn conflict_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>) -> bool {
        let Some(stored) = self.conflict.clone() else { return false };
        let rows = self.differences(&stored, cx);
        let intro = cx.i18n.tr("conflict-person");
        match widgets::conflict::conflict_ui(ui, cx.i18n, &intro, &rows, f32::INFINITY, true) {
            Some(Choice::KeepMine) => {
                self.draft.version = Some(stored.version);
                self.conflict = None;
                cx.send(Command::SavePerson(Box::new(self.draft.trimmed())));
            }
            Some(Choice::TakeTheirs) => *self = PersonDialog::new(stored.to_draft()),
            Some(Choice::Cancel) => return true,
            None => {}
        }
        false
    }

    fn buttons_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) -> bool {
        let i18n = cx.i18n;
        let (save, cancel) = widgets::dialog_buttons(
            ui,
            i18n,
            &i18n.tr("button-save"),
            problems.is_empty(),
            Some(&i18n.tr("person-fix-problems")),
        );
        let enter = ui.input(|i| i.modifiers.command && i.key_pressed(egui::Key::Enter));
        if (save || enter) && problems.is_empty() {
            cx.send(Command::SavePerson(Box::new(self.draft.trimmed())));
        }
        cancel
    }
}

fn list_row(ui: &mut Ui, cx: &Cx<'_>, kind: ListKind, label_id: &str, value: &mut Option<ListItemId>) {
    let label = widgets::form_label(ui, &cx.i18n.tr(label_id));
    let none = cx.i18n.tr("choice-none");
    let current = list_item_label(cx.i18n, &cx.view.list_items, *value);
    let shown = if current.is_empty() { none.clone() } else { current };
    egui::ComboBox::from_id_salt(label_id)
        .selected_text(shown)
        .width(theme::FIELD_WIDTH)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, none);
            for item in cx.view.list_items.iter().filter(|i| i.kind == kind) {
                ui.selectable_value(value, Some(item.id), list_item_label(cx.i18n, &cx.view.list_items, Some(item.id)));
            }
        })
        .response
        .labelled_by(label.id);
    ui.label("");
    ui.end_row();
}
