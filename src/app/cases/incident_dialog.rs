//! Recording an incident: when it happened and was reported, its type,
//! who reported it, where, and everyone involved. There is no field for a
//! description, by design.

use super::Command;
use crate::app::widgets::conflict::{Fields, Reconcile, refused_ui};
use crate::app::{Cx, theme, widgets};
use crate::domain::incidents::cases::{CaseListItemId, CaseListKind, Incident, IncidentDraft, IncidentId, field};
use crate::domain::person::field as person_field;
use crate::domain::{PersonDraft, PersonId, Problem, Problems};
use crate::i18n::format::parse_date;
use crate::ops::cases::case_item;
use chrono::NaiveTime;
use egui::{RichText, Ui};

/// The incident being recorded, as typed.
pub struct IncidentDialog {
    occurred_on: String,
    occurred_time: String,
    reported_on: String,
    reported_time: String,
    incident_type: Option<CaseListItemId>,
    reporter: Option<CaseListItemId>,
    departments: String,
    search: String,
    /// Everyone involved, and whether each asked for someone from another department.
    involved: Vec<(PersonId, bool)>,
    /// Colleagues involved who are not in the directory yet, and their wish.
    new_people: Vec<(PersonDraft, bool)>,
    /// A colleague being typed, to be added to the directory with the incident.
    new_person: Option<PersonDraft>,
    /// The incident whose facts are corrected; `None` for a new one.
    editing: Option<(IncidentId, String)>,
    /// The version of the incident as it was opened: a correction after a
    /// change made meanwhile is refused, not overwritten.
    version: Option<i64>,
    /// Save was pressed: a newer stored version is the change that refused it.
    sent: bool,
}

impl Reconcile for IncidentDialog {
    type Stored = Incident;

    fn refused<'a>(&self, cx: &Cx<'a>) -> Option<&'a Incident> {
        let (id, _) = self.editing.as_ref().filter(|_| self.sent)?;
        cx.view.cases.incidents.iter().find(|i| i.id == *id && Some(i.version) != self.version)
    }

    fn reopened(&self, stored: &Incident, cx: &Cx<'_>) -> Self {
        Self::edit(stored, cx)
    }

    fn fields(&self, cx: &Cx<'_>) -> Fields {
        let (i18n, lists) = (cx.i18n, &cx.view.cases.lists);
        vec![
            ("incident-occurred-on", self.occurred_on.clone()),
            ("incident-occurred-time", self.occurred_time.clone()),
            ("incident-reported-on", self.reported_on.clone()),
            ("incident-reported-time", self.reported_time.clone()),
            ("incident-type", case_item(i18n, lists, self.incident_type)),
            ("incident-reporter", case_item(i18n, lists, self.reporter)),
            ("incident-departments", self.departments.clone()),
        ]
    }

    fn keep_mine(&mut self, stored: &Incident, cx: &Cx<'_>) {
        self.version = Some(stored.version);
        if let Ok(draft) = self.draft(cx) {
            cx.send(Command::UpdateIncident { incident: stored.id, draft });
        }
    }
}

const INVOLVED: &str = "involved";
const NEW_PERSON: &str = "new_person";

impl IncidentDialog {
    /// An empty form: today, now.
    pub fn new(cx: &Cx<'_>) -> Self {
        let first = |kind| cx.view.cases.lists.iter().find(|i| i.kind == kind).map(|i| i.id);
        IncidentDialog {
            occurred_on: cx.i18n.date(cx.today),
            occurred_time: String::new(),
            reported_on: cx.i18n.date(cx.today),
            reported_time: cx.now.format("%H:%M").to_string(),
            incident_type: first(CaseListKind::IncidentType),
            reporter: first(CaseListKind::Reporter),
            departments: String::new(),
            search: String::new(),
            involved: Vec::new(),
            new_people: Vec::new(),
            new_person: None,
            editing: None,
            version: None,
            sent: false,
        }
    }

    /// The recorded facts of `incident`, to correct them. Who was involved
    /// is kept apart: each has a trajectory of their own.
    pub fn edit(incident: &Incident, cx: &Cx<'_>) -> Self {
        IncidentDialog {
            occurred_on: cx.i18n.date(incident.occurred_on),
            occurred_time: incident.occurred_time.map(|t| t.format("%H:%M").to_string()).unwrap_or_default(),
            reported_on: cx.i18n.date(incident.reported_at.date()),
            reported_time: incident.reported_at.format("%H:%M").to_string(),
            incident_type: Some(incident.incident_type),
            reporter: Some(incident.reporter),
            departments: incident.departments.join(", "),
            search: String::new(),
            involved: Vec::new(),
            new_people: Vec::new(),
            new_person: None,
            editing: Some((incident.id, incident.reference.clone())),
            version: Some(incident.version),
            sent: false,
        }
    }

    /// The draft, or the problems of the form.
    fn draft(&self, cx: &Cx<'_>) -> Result<IncidentDraft, Problems> {
        let mut problems = Problems::new();
        let time = |text: &str| NaiveTime::parse_from_str(text.trim(), "%H:%M").ok();
        let occurred_on = parse_date(&self.occurred_on);
        if occurred_on.is_none() {
            problems.add(field::OCCURRED_ON, Problem::InvalidDate);
        }
        let occurred_time = time(&self.occurred_time);
        if !self.occurred_time.trim().is_empty() && occurred_time.is_none() {
            problems.add("occurred_time", Problem::InvalidTime);
        }
        let reported = parse_date(&self.reported_on).zip(time(&self.reported_time));
        if reported.is_none() {
            problems.add(field::REPORTED_AT, Problem::InvalidDate);
        }
        if self.involved.is_empty() && self.new_people.is_empty() && self.editing.is_none() {
            problems.add(INVOLVED, Problem::Required);
        }
        // A colleague being typed is added (or the form closed) before saving:
        // nobody half-typed is left out without a word.
        if self.new_person.is_some() {
            problems.add(NEW_PERSON, Problem::Required);
        }
        let (Some(occurred_on), Some((day, at)), Some(incident_type), Some(reporter)) =
            (occurred_on, reported, self.incident_type, self.reporter)
        else {
            return Err(problems);
        };
        let departments =
            self.departments.split(',').map(str::trim).filter(|d| !d.is_empty()).map(String::from).collect();
        let draft = IncidentDraft {
            occurred_on,
            occurred_time,
            reported_at: day.and_time(at),
            incident_type,
            reporter,
            departments,
            version: self.version,
        };
        for (f, p) in draft.problems(cx.now).iter() {
            problems.add(f, p.clone());
        }
        if problems.is_empty() { Ok(draft) } else { Err(problems) }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let title = match &self.editing {
            Some((_, reference)) => cx.i18n.tr_args("incident-edit-title", &[("reference", reference.as_str().into())]),
            None => cx.i18n.tr("incident-title"),
        };
        if let Some(close) = refused_ui(self, ctx, "incident_dialog", &title, cx) {
            return close;
        }
        let parsed = self.draft(cx);
        let problems = parsed.as_ref().err().cloned().unwrap_or_default();
        widgets::dialog_ui(ctx, "incident_dialog", 760.0, &title, |ui| {
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() - 160.0).show(ui, |ui| {
                widgets::hint(ui, &cx.i18n.tr("incident-no-description"));
                ui.add_space(theme::GAP);
                self.fields_ui(ui, cx, &problems);
                ui.add_space(theme::GAP);
                if self.editing.is_none() {
                    self.involved_ui(ui, cx, &problems);
                } else {
                    widgets::hint(ui, &cx.i18n.tr("incident-edit-hint"));
                }
            });
            ui.add_space(theme::GAP);
            let i18n = cx.i18n;
            let hint = i18n.tr(if self.editing.is_some() { "incident-fix-facts" } else { "incident-fix-problems" });
            let save_label = if self.editing.is_some() { "incident-save-facts" } else { "incident-save" };
            let (save, cancel) = widgets::dialog_buttons(ui, i18n, &i18n.tr(save_label), parsed.is_ok(), Some(&hint));
            if save && let Ok(draft) = &parsed {
                self.sent = true;
                match &self.editing {
                    Some((incident, _)) => {
                        cx.send(Command::UpdateIncident { incident: *incident, draft: draft.clone() })
                    }
                    None => cx.send(Command::RecordIncident {
                        draft: draft.clone(),
                        involved: self.involved.clone(),
                        new_people: self.new_people.clone(),
                    }),
                }
            }
            cancel
        })
    }

    fn fields_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let i18n = cx.i18n;
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(i18n, p));
        egui::Grid::new("incident_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            let width = theme::FIELD_WIDTH;
            widgets::text_row(
                ui,
                &i18n.tr("incident-occurred-on"),
                &mut self.occurred_on,
                width,
                text(field::OCCURRED_ON),
            );
            widgets::text_row(
                ui,
                &i18n.tr("incident-occurred-time"),
                &mut self.occurred_time,
                width,
                text("occurred_time"),
            );
            widgets::text_row(
                ui,
                &i18n.tr("incident-reported-on"),
                &mut self.reported_on,
                width,
                text(field::REPORTED_AT),
            );
            widgets::text_row(ui, &i18n.tr("incident-reported-time"), &mut self.reported_time, width, None);
            let lists = &cx.view.cases.lists;
            for (label, kind, value) in [
                ("incident-type", CaseListKind::IncidentType, &mut self.incident_type),
                ("incident-reporter", CaseListKind::Reporter, &mut self.reporter),
            ] {
                let label = widgets::form_label(ui, &i18n.tr(label));
                egui::ComboBox::from_id_salt(kind.code())
                    .selected_text(case_item(i18n, lists, *value))
                    .width(width)
                    .show_ui(ui, |ui| {
                        for item in lists.iter().filter(|i| i.kind == kind) {
                            ui.selectable_value(value, Some(item.id), case_item(i18n, lists, Some(item.id)));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.label("");
                ui.end_row();
            }
            widgets::text_row(
                ui,
                &i18n.tr("incident-departments"),
                &mut self.departments,
                width,
                text(field::DEPARTMENTS),
            );
        });
    }

    fn involved_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let i18n = cx.i18n;
        widgets::section_heading(ui, &i18n.tr("incident-involved"));
        if let Some(problem) = problems.for_field(INVOLVED) {
            widgets::problem_label(ui, Some(widgets::problem_text(i18n, problem)));
        }
        let mut remove = None;
        for (index, (person, other)) in self.involved.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                let name = cx.view.person(*person).map(|p| p.name.as_ref()).unwrap_or("");
                ui.label(RichText::new(name).strong());
                ui.checkbox(other, i18n.tr("incident-other-department"));
                if ui.small_button(i18n.tr("incident-remove")).clicked() {
                    remove = Some(index);
                }
            });
        }
        if let Some(index) = remove {
            self.involved.remove(index);
        }
        let mut remove = None;
        for (index, (person, other)) in self.new_people.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                ui.label(RichText::new(&person.name).strong());
                widgets::hint(ui, &i18n.tr("incident-new-in-directory"));
                ui.checkbox(other, i18n.tr("incident-other-department"));
                if ui.small_button(i18n.tr("incident-remove")).clicked() {
                    remove = Some(index);
                }
            });
        }
        if let Some(index) = remove {
            self.new_people.remove(index);
        }
        if self.new_person.is_some() {
            self.new_person_ui(ui, cx);
            return;
        }
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("incident-find-person"));
            ui.add(egui::TextEdit::singleline(&mut self.search).desired_width(theme::FIELD_WIDTH))
                .labelled_by(label.id);
            // Someone not in the directory yet is added to it on the spot.
            if ui.button(i18n.tr("registration-new-person")).clicked() {
                let department = self.departments.split(',').next().unwrap_or("").trim().to_string();
                self.new_person =
                    Some(PersonDraft { name: self.search.trim().to_string(), department, ..PersonDraft::default() });
            }
        });
        let exclude: Vec<PersonId> = self.involved.iter().map(|(id, _)| *id).collect();
        let added = widgets::person_matches_ui(ui, cx, &self.search, &exclude, "incident-add");
        if let Some(id) = added {
            self.involved.push((id, false));
            self.search.clear();
        }
    }

    /// A colleague not in the directory: name, department and how to reach
    /// them, checked as the person form checks them.
    fn new_person_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>) {
        let i18n = cx.i18n;
        let Some(person) = &mut self.new_person else { return };
        let problems = person.problems(cx.today);
        egui::Grid::new("incident_new_person").num_columns(3).spacing([theme::GAP * 1.5, 6.0]).show(ui, |ui| {
            let rows = [
                ("person-name", &mut person.name, person_field::NAME),
                ("person-department", &mut person.department, "department"),
                ("person-email", &mut person.email, person_field::EMAIL),
                ("person-phone", &mut person.phone, person_field::PHONE),
            ];
            widgets::text_rows(ui, i18n, &problems, theme::FIELD_WIDTH, rows);
        });
        let (add, back) = ui
            .horizontal(|ui| {
                let add = egui::Button::new(i18n.tr("incident-add-new-person"));
                (
                    ui.add_enabled(problems.is_empty(), add).clicked(),
                    ui.button(i18n.tr("signup-from-directory")).clicked(),
                )
            })
            .inner;
        if add {
            let draft = person.trimmed();
            self.new_people.push((draft, false));
            self.search.clear();
        }
        if add || back {
            self.new_person = None;
        }
    }
}
