//! The registration dialog: a group of people who signed up together, or one
//! individual; their preferred times, a theme and who pays. A person who is
//! not in the directory yet can be added on the spot.

mod people;

use super::Command;
use super::funding_label;
use crate::app::widgets::conflict::{Fields, Reconcile, refused_ui};
use crate::app::{Cx, ViewData, theme, widgets};
use crate::domain::coached::groups::{Registration, RegistrationDraft, RegistrationKind, field};
use crate::domain::coached::occupancy::{self};
use crate::domain::{ListKind, PersonDraft, PersonId, Problem};
use crate::i18n::Arg;
use crate::i18n::format::parse_date;
use chrono::NaiveDate;
use egui::Ui;
use people::new_person_ui;

/// An open registration dialog.
pub struct RegistrationDialog {
    draft: RegistrationDraft,
    date_text: Option<String>,
    search: String,
    new_person: Option<PersonDraft>,
    /// The funding source was chosen by hand: no longer follow the people.
    funding_chosen: bool,
    /// The coordinator chose to replace the earlier waiting registrations of
    /// these people (they are withdrawn when this one is saved).
    replace_earlier: bool,
    /// Save was pressed: a newer stored version is the change that refused it.
    sent: bool,
}

impl Reconcile for RegistrationDialog {
    type Stored = Registration;

    fn refused<'a>(&self, cx: &Cx<'a>) -> Option<&'a Registration> {
        let id = self.draft.id.filter(|_| self.sent)?;
        cx.view.groups.registrations.iter().find(|r| r.id == id && Some(r.version) != self.draft.version)
    }

    fn reopened(&self, stored: &Registration, _: &Cx<'_>) -> Self {
        Self::edit(stored)
    }

    fn fields(&self, cx: &Cx<'_>) -> Fields {
        let (i18n, d) = (cx.i18n, &self.draft);
        let name = |p: PersonId| cx.view.person(p).map(|p| p.name.to_string()).unwrap_or_default();
        let kind = match d.kind {
            RegistrationKind::Individual => i18n.tr("registration-individual"),
            RegistrationKind::Group => i18n.tr("registration-kind-group"),
        };
        let slots: Vec<String> = d.preferred.iter().map(|s| widgets::slot_label(i18n, *s)).collect();
        let sources = &cx.view.groups.funding_sources;
        vec![
            ("registration-kind", kind),
            ("registration-date", self.date_text.clone().unwrap_or_else(|| i18n.date(d.registered_on))),
            ("registration-people", d.people.iter().map(|p| name(*p)).collect::<Vec<_>>().join(", ")),
            ("registration-contact", d.contact.map(name).unwrap_or_default()),
            ("registration-preferred", slots.join(", ")),
            ("registration-theme", d.theme.clone()),
            ("registration-funding", d.funding.map(|f| funding_label(i18n, sources, f)).unwrap_or_default()),
        ]
    }

    fn keep_mine(&mut self, stored: &Registration, cx: &Cx<'_>) {
        self.draft.version = Some(stored.version);
        cx.send(Command::SaveRegistration(self.draft.clone()));
    }
}

impl RegistrationDialog {
    /// A new individual registration dated today.
    pub fn new(today: NaiveDate) -> Self {
        RegistrationDialog {
            draft: RegistrationDraft::new(RegistrationKind::Individual, today),
            date_text: None,
            search: String::new(),
            new_person: None,
            funding_chosen: false,
            replace_earlier: false,
            sent: false,
        }
    }

    /// A dialog editing a waiting registration.
    pub fn edit(registration: &Registration) -> Self {
        RegistrationDialog {
            draft: registration.to_draft(),
            date_text: None,
            search: String::new(),
            new_person: None,
            funding_chosen: true,
            replace_earlier: false,
            sent: false,
        }
    }

    /// Adds a person (chosen, or just created).
    pub fn add_person(&mut self, id: PersonId) {
        if !self.draft.people.contains(&id) {
            if self.draft.kind == RegistrationKind::Individual {
                self.draft.people.clear();
            }
            self.draft.people.push(id);
        }
        self.new_person = None;
        self.search.clear();
    }

    /// PostDocs are paid from the central budget (DOMAIN.md) unless the
    /// coordinator chose otherwise.
    fn follow_funding(&mut self, view: &ViewData) {
        if self.funding_chosen {
            return;
        }
        let postdoc =
            view.list_items.iter().find(|i| i.kind == ListKind::Position && i.code.as_deref() == Some("postdoc"));
        let all_postdocs = !self.draft.people.is_empty()
            && self
                .draft
                .people
                .iter()
                .all(|p| view.person(*p).is_some_and(|p| postdoc.is_some_and(|d| p.position == Some(d.id))));
        let central = view.groups.funding_sources.iter().find(|s| s.central_budget && s.active).map(|s| s.id);
        if all_postdocs {
            self.draft.funding = central.or(self.draft.funding);
        } else if self.draft.funding == central {
            self.draft.funding = None;
        }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let title = if self.draft.id.is_some() { "registration-edit-title" } else { "registration-new-title" };
        let title = cx.i18n.tr(title);
        if let Some(close) = refused_ui(self, ctx, "registration_dialog", &title, cx) {
            return close;
        }
        self.follow_funding(cx.view);
        let date_text = self.date_text.get_or_insert_with(|| cx.i18n.date(self.draft.registered_on)).clone();
        let date = parse_date(&date_text);
        if let Some(date) = date {
            self.draft.registered_on = date;
        }
        let (registrations, groups) = (&cx.view.groups.registrations, &cx.view.groups.groups);
        self.draft.replaces = if self.replace_earlier { self.earlier_waiting(cx) } else { Vec::new() };
        let mut problems = self.draft.problems(&cx.view.settings.coached, cx.today);
        if date.is_none() {
            problems.add(field::DATE, Problem::InvalidDate);
        }
        for (name, problem) in occupancy::registration_problems(&self.draft, registrations, groups).iter() {
            if problems.for_field(name).is_none() {
                problems.add(name, problem.clone());
            }
        }
        widgets::dialog_ui(ctx, "registration_dialog", 820.0, &title, |ui| {
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() - 170.0).show(ui, |ui| {
                self.fields_ui(ui, cx, &problems);
            });
            let (save, cancel) = widgets::dialog_buttons(
                ui,
                cx.i18n,
                &cx.i18n.tr("button-save"),
                problems.is_empty(),
                Some(&cx.i18n.tr("person-fix-problems")),
            );
            if save {
                self.sent = true;
                cx.send(Command::SaveRegistration(self.draft.clone()));
            }
            cancel
        })
    }

    fn fields_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &crate::domain::Problems) {
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(cx.i18n, p));
        let settings = &cx.view.settings.coached;
        egui::Grid::new("registration_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            widgets::form_label(ui, &cx.i18n.tr("registration-kind"));
            ui.horizontal(|ui| {
                ui.radio_value(
                    &mut self.draft.kind,
                    RegistrationKind::Individual,
                    cx.i18n.tr("registration-individual"),
                );
                let group = cx.i18n.tr_args(
                    "registration-group",
                    &[("min", Arg::from(settings.min_group_size)), ("max", Arg::from(settings.max_group_size))],
                );
                ui.radio_value(&mut self.draft.kind, RegistrationKind::Group, group);
            });
            ui.label("");
            ui.end_row();

            if let Some(date_text) = &mut self.date_text {
                widgets::date_row(ui, cx.i18n, &cx.i18n.tr("registration-date"), date_text, text(field::DATE));
            }

            widgets::form_label(ui, &cx.i18n.tr("registration-people"));
            ui.vertical(|ui| self.people_ui(ui, cx));
            widgets::problem_label(ui, text(field::PEOPLE));
            ui.end_row();
        });
        if let Some(draft) = &mut self.new_person {
            new_person_ui(ui, draft, cx);
        }
        ui.add_space(theme::GAP);
        egui::Grid::new("registration_grid_2").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            self.contact_ui(ui, cx);
            ui.label("");
            ui.end_row();

            widgets::form_label(ui, &cx.i18n.tr("registration-preferred"));
            self.slots_ui(ui, cx);
            ui.label("");
            ui.end_row();

            widgets::text_row(
                ui,
                &cx.i18n.tr("registration-theme"),
                &mut self.draft.theme,
                theme::FIELD_WIDTH + 120.0,
                text(field::THEME),
            );

            self.funding_ui(ui, cx);
            widgets::problem_label(ui, text(field::FUNDING));
            ui.end_row();
        });
    }

    /// Who to contact about the registration: one of its people, or nobody.
    fn contact_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>) {
        let label = widgets::form_label(ui, &cx.i18n.tr("registration-contact"));
        let none = cx.i18n.tr("choice-none");
        let shown =
            self.draft.contact.and_then(|c| cx.view.person(c)).map(|p| p.name.to_string()).unwrap_or(none.clone());
        egui::ComboBox::from_id_salt("registration_contact")
            .selected_text(shown)
            .width(theme::FIELD_WIDTH)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.draft.contact, None, none);
                for person in &self.draft.people {
                    let name = cx.view.person(*person).map(|p| p.name.to_string()).unwrap_or_default();
                    ui.selectable_value(&mut self.draft.contact, Some(*person), name);
                }
            })
            .response
            .labelled_by(label.id);
    }

    /// A checkbox per workday and part of the day.
    fn slots_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>) {
        widgets::slots_ui(ui, cx.i18n, "slots_grid", &mut self.draft.preferred);
    }

    fn funding_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>) {
        let label = widgets::form_label(ui, &cx.i18n.tr("registration-funding"));
        let shown = self
            .draft
            .funding
            .map(|f| funding_label(cx.i18n, &cx.view.groups.funding_sources, f))
            .unwrap_or(cx.i18n.tr("choice-none"));
        let before = self.draft.funding;
        egui::ComboBox::from_id_salt("registration_funding")
            .selected_text(shown)
            .width(theme::FIELD_WIDTH)
            .show_ui(ui, |ui| {
                for source in cx.view.groups.funding_sources.iter().filter(|s| s.active) {
                    ui.selectable_value(
                        &mut self.draft.funding,
                        Some(source.id),
                        funding_label(cx.i18n, &cx.view.groups.funding_sources, source.id),
                    );
                }
            })
            .response
            .labelled_by(label.id);
        if self.draft.funding != before {
            self.funding_chosen = true;
        }
    }
}
