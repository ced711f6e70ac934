//! The incident programme's lists in Settings: incident types, who
//! reported, and where an employee is referred to; each item renamed,
//! removed when nothing names it, or added, with what is wrong beside it.

use super::Command;
use crate::app::{Cx, theme, widgets};
use crate::domain::Problem;
use crate::domain::incidents::cases::{CaseListItem, CaseListItemId, CaseListKind, case_item_problem};
use crate::domain::search::fold;
use crate::i18n::Language;
use crate::ops::cases::case_item_label;
use egui::Ui;

/// What is being typed in the incident lists.
#[derive(Default)]
pub struct CaseListsState {
    new: [String; 3],
    renaming: Option<(CaseListItemId, String)>,
}

const KINDS: [CaseListKind; 3] = [CaseListKind::IncidentType, CaseListKind::Reporter, CaseListKind::Referral];

/// Draws the three lists one below the other.
pub fn case_lists_ui(ui: &mut Ui, state: &mut CaseListsState, cx: &Cx<'_>) {
    let title = cx.i18n.tr("settings-case-lists");
    widgets::section_card_ui(ui, &title, &cx.i18n.tr("settings-case-lists-hint"), |ui| {
        for (index, kind) in KINDS.into_iter().enumerate() {
            if index > 0 {
                ui.add_space(theme::GAP);
            }
            list_ui(ui, state, index, kind, cx);
        }
    });
}

/// The problem with `name` for a new or renamed item of `kind`: empty, too
/// long, or a name the list shows already (a built-in item as either
/// language shows it).
fn problem(cx: &Cx<'_>, kind: CaseListKind, name: &str, except: Option<CaseListItemId>) -> Option<Problem> {
    case_item_problem(name).or_else(|| {
        let typed = fold(name.trim());
        let taken = cx
            .view
            .cases
            .lists
            .iter()
            .filter(|i| i.kind == kind && Some(i.id) != except)
            .any(|item| Language::ALL.into_iter().any(|language| fold(&label_in(cx, item, language)) == typed));
        taken.then_some(Problem::Duplicate)
    })
}

/// An item's name as `language` shows it.
fn label_in(cx: &Cx<'_>, item: &CaseListItem, language: Language) -> String {
    match (&item.name, &item.code) {
        (Some(name), _) => name.clone(),
        (None, Some(code)) => cx.i18n.tr_in(language, &format!("case-{}-{code}", item.kind.code())),
        (None, None) => String::new(),
    }
}

fn list_ui(ui: &mut Ui, state: &mut CaseListsState, index: usize, kind: CaseListKind, cx: &Cx<'_>) {
    let (title, add_hint) = match kind {
        CaseListKind::IncidentType => ("settings-incident-types", "settings-new-incident-type"),
        CaseListKind::Reporter => ("settings-reporters", "settings-new-reporter"),
        CaseListKind::Referral => ("settings-referrals", "settings-new-referral"),
    };
    ui.label(egui::RichText::new(cx.i18n.tr(title)).strong());
    let width = 300.0;
    for item in cx.view.cases.lists.iter().filter(|i| i.kind == kind) {
        let label = case_item_label(cx.i18n, item);
        ui.horizontal(|ui| match &mut state.renaming {
            Some((id, text)) if *id == item.id => {
                ui.add(egui::TextEdit::singleline(text).desired_width(width));
                let wrong = problem(cx, kind, text, Some(item.id));
                if ui.add_enabled(wrong.is_none(), egui::Button::new(cx.i18n.tr("button-save"))).clicked() {
                    cx.send(Command::RenameCaseListItem(item.id, text.trim().to_string()));
                    state.renaming = None;
                } else if ui.button(cx.i18n.tr("button-cancel")).clicked() {
                    state.renaming = None;
                }
            }
            _ => {
                widgets::fixed_label(ui, width, &label);
                if ui.small_button(cx.i18n.tr("button-rename")).clicked() {
                    state.renaming = Some((item.id, label.clone()));
                }
                if ui.small_button(cx.i18n.tr("button-remove")).clicked() {
                    cx.send(Command::RemoveCaseListItem(item.id));
                }
            }
        });
        if let Some((id, text)) = &state.renaming
            && *id == item.id
        {
            widgets::problem_label(
                ui,
                problem(cx, kind, text, Some(item.id)).map(|p| widgets::problem_text(cx.i18n, &p)),
            );
        }
    }
    ui.add_space(theme::GAP / 2.0);
    let Some(new_text) = state.new.get_mut(index) else { return };
    ui.horizontal(|ui| {
        let field = egui::TextEdit::singleline(new_text).hint_text(cx.i18n.tr(add_hint)).desired_width(width);
        let response = ui.add(field);
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let valid = problem(cx, kind, new_text, None).is_none();
        if ui.add_enabled(valid, egui::Button::new(cx.i18n.tr("button-add"))).clicked() || (enter && valid) {
            cx.send(Command::AddCaseListItem(kind, new_text.trim().to_string()));
            new_text.clear();
        }
    });
    // Empty is simply not added yet; anything else wrong is said.
    let wrong = problem(cx, kind, new_text, None).filter(|_| !new_text.trim().is_empty());
    widgets::problem_label(ui, wrong.map(|p| widgets::problem_text(cx.i18n, &p)));
}
