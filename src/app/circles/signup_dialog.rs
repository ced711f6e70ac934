//! Signing someone up: who (from the directory, or added on the spot), for
//! what, in which career phase, languages, preferred times, and the two
//! rules accepted with the date. Save stays disabled until they are.

use super::Command;
use crate::app::{Cx, theme, widgets};
use crate::domain::circles::signups::{SignUpDraft, Wish, field};
use crate::domain::person::field as person_field;
use crate::domain::{ListKind, PersonDraft, Problems, Role, RoleAssignment};
use crate::i18n::format::parse_date;
use crate::ops::circles::{phase_name, wish_text};
use egui::{RichText, Ui};

/// The sign-up being typed.
pub struct SignUpDialog {
    draft: SignUpDraft,
    signed_on: String,
    search: String,
    /// Someone new, added to the directory with the sign-up.
    new_person: Option<PersonDraft>,
    rules_accepted: bool,
    rules_on: String,
}

impl SignUpDialog {
    /// An empty sign-up of today.
    pub fn new(cx: &Cx<'_>) -> Self {
        SignUpDialog {
            draft: SignUpDraft { signed_on: Some(cx.today), ..SignUpDraft::default() },
            signed_on: cx.i18n.date(cx.today),
            search: String::new(),
            new_person: None,
            rules_accepted: false,
            rules_on: cx.i18n.date(cx.today),
        }
    }

    /// The draft as typed, and everything wrong with it.
    fn parsed(&self, cx: &Cx<'_>) -> (SignUpDraft, Problems) {
        let mut draft = self.draft.clone();
        draft.signed_on = parse_date(&self.signed_on);
        draft.rules_accepted_on = if self.rules_accepted { parse_date(&self.rules_on) } else { None };
        let mut problems = draft.problems(cx.today);
        if let Some(person) = &self.new_person {
            problems = draft_problems_with_new(&draft, person, cx);
        }
        (draft, problems)
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let i18n = cx.i18n;
        let (draft, problems) = self.parsed(cx);
        widgets::dialog_ui(ctx, "signup_dialog", 720.0, &i18n.tr("signup-title"), |ui| {
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() - 170.0).show(ui, |ui| {
                self.person_ui(ui, cx, &problems);
                ui.add_space(theme::GAP);
                self.details_ui(ui, cx, &problems);
                ui.add_space(theme::GAP);
                widgets::section_heading(ui, &i18n.tr("signup-languages"));
                widgets::problem_label(
                    ui,
                    problems.for_field(field::LANGUAGES).map(|p| widgets::problem_text(i18n, p)),
                );
                widgets::languages_ui(ui, i18n, "signup_languages", &mut self.draft.languages);
                ui.add_space(theme::GAP);
                widgets::section_heading(ui, &i18n.tr("signup-times"));
                widgets::slots_ui(ui, i18n, "signup_slots", &mut self.draft.preferred);
                ui.add_space(theme::GAP);
                self.rules_ui(ui, cx, &problems);
            });
            let hint = i18n.tr("signup-fix-problems");
            let ok = problems.is_empty();
            let (save, cancel) = widgets::dialog_buttons(ui, i18n, &i18n.tr("signup-save"), ok, Some(&hint));
            if save && ok {
                cx.send(Command::SignUp {
                    new_person: self.new_person.clone().map(|p| Box::new(p.trimmed())),
                    draft: Box::new(draft),
                });
            }
            cancel
        })
    }

    fn person_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let i18n = cx.i18n;
        widgets::section_heading(ui, &i18n.tr("signup-person"));
        if let Some(person) = self.draft.person.and_then(|id| cx.view.person(id)) {
            ui.horizontal(|ui| {
                ui.label(RichText::new(&*person.name).strong());
                if ui.small_button(i18n.tr("network-change")).clicked() {
                    self.draft.person = None;
                }
            });
            return;
        }
        if let Some(person) = &mut self.new_person {
            let person_problems = person.problems(cx.today);
            egui::Grid::new("signup_new_person").num_columns(3).spacing([theme::GAP * 1.5, 6.0]).show(ui, |ui| {
                let rows = [
                    ("person-name", &mut person.name, person_field::NAME),
                    ("person-email", &mut person.email, person_field::EMAIL),
                    ("person-phone", &mut person.phone, person_field::PHONE),
                    ("person-organisation", &mut person.organisation, "organisation"),
                ];
                widgets::text_rows(ui, i18n, &person_problems, theme::FIELD_WIDTH, rows);
            });
            if ui.small_button(i18n.tr("signup-from-directory")).clicked() {
                self.new_person = None;
            }
            return;
        }
        widgets::problem_label(ui, problems.for_field(field::PERSON).map(|p| widgets::problem_text(i18n, p)));
        ui.horizontal(|ui| {
            let label = ui.label(i18n.tr("signup-find"));
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text(i18n.tr("network-find-person"))
                    .desired_width(theme::FIELD_WIDTH),
            )
            .labelled_by(label.id);
            if ui.button(i18n.tr("registration-new-person")).clicked() {
                self.new_person = Some(PersonDraft {
                    name: self.search.trim().to_string(),
                    roles: vec![RoleAssignment { role: Role::Participant, trained_on: None }],
                    ..PersonDraft::default()
                });
            }
        });
        if let Some(id) = widgets::person_matches_ui(ui, cx, &self.search, &[], "network-choose") {
            self.draft.person = Some(id);
            if let Some(person) = cx.view.person(id) {
                if self.draft.languages.is_empty() {
                    self.draft.languages = person.languages.to_vec();
                }
                if self.draft.phase.is_none() {
                    self.draft.phase = person.career_phase;
                }
            }
            self.search.clear();
        }
    }

    fn details_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let i18n = cx.i18n;
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(i18n, p));
        egui::Grid::new("signup_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            let label = widgets::form_label(ui, &i18n.tr("signup-wish"));
            egui::ComboBox::from_id_salt("signup_wish")
                .selected_text(wish_text(i18n, self.draft.wish))
                .width(theme::FIELD_WIDTH)
                .show_ui(ui, |ui| {
                    for wish in Wish::ALL {
                        ui.selectable_value(&mut self.draft.wish, wish, wish_text(i18n, wish));
                    }
                })
                .response
                .labelled_by(label.id);
            ui.label("");
            ui.end_row();
            let label = widgets::form_label(ui, &i18n.tr("signup-phase"));
            let shown = self.draft.phase.map(|p| phase_name(i18n, &cx.view.list_items, p)).unwrap_or_default();
            egui::ComboBox::from_id_salt("signup_phase")
                .selected_text(if shown.is_empty() { i18n.tr("choice-none") } else { shown })
                .width(theme::FIELD_WIDTH)
                .show_ui(ui, |ui| {
                    for item in cx.view.list_items.iter().filter(|i| i.kind == ListKind::CareerPhase) {
                        ui.selectable_value(
                            &mut self.draft.phase,
                            Some(item.id),
                            phase_name(i18n, &cx.view.list_items, item.id),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            widgets::problem_label(ui, text(field::PHASE));
            ui.end_row();
            widgets::date_row(ui, i18n, &i18n.tr("signup-signed-on"), &mut self.signed_on, text(field::SIGNED_ON));
        });
    }

    fn rules_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let i18n = cx.i18n;
        widgets::card_ui(ui, |ui| {
            widgets::section_heading(ui, &i18n.tr("signup-rules"));
            ui.label(format!("1. {}", i18n.tr("rule-confidential")));
            ui.label(format!("2. {}", i18n.tr("rule-anything")));
            ui.checkbox(&mut self.rules_accepted, i18n.tr("signup-rules-accepted"));
            if self.rules_accepted {
                egui::Grid::new("signup_rules_grid").num_columns(3).show(ui, |ui| {
                    let problem = problems.for_field(field::RULES).map(|p| widgets::problem_text(i18n, p));
                    widgets::date_row(ui, i18n, &i18n.tr("signup-rules-on"), &mut self.rules_on, problem);
                });
            } else {
                widgets::problem_label(ui, problems.for_field(field::RULES).map(|p| widgets::problem_text(i18n, p)));
            }
        });
    }
}

/// The sign-up's problems when its person is new: the person's own, and the
/// sign-up's apart from the missing person.
fn draft_problems_with_new(draft: &SignUpDraft, person: &PersonDraft, cx: &Cx<'_>) -> Problems {
    let mut problems = Problems::new();
    let with_someone = SignUpDraft { person: Some(crate::domain::PersonId(0)), ..draft.clone() };
    for (f, p) in with_someone.problems(cx.today).iter().chain(person.problems(cx.today).iter()) {
        problems.add(f, p.clone());
    }
    problems
}
