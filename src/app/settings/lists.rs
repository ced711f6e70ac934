//! The editable lists in Settings: positions and career phases.

use super::Command;
use crate::app::coached::funding_label;
use crate::app::people::person_dialog::list_item_label;
use crate::app::widgets::conflict::Choice;
use crate::app::{Cx, theme, widgets};
use crate::domain::Problem;
use crate::domain::funding::{FundingSource, FundingSourceId};
use crate::domain::search::fold;
use crate::domain::{ListItemId, ListKind};
use crate::i18n::Language;
use egui::Ui;

/// What is being typed in the lists section.
#[derive(Default)]
pub struct ListsState {
    new_position: String,
    new_career_phase: String,
    renaming: Option<(ListItemId, String)>,
    pub(super) new_funding: String,
    pub(super) new_funding_central: bool,
    pub(super) renaming_funding: Option<FundingEdit>,
    pub(super) editing_address: Option<FundingEdit>,
}

/// A funding source's name or billing address being typed. It stays open
/// until the store saved it: a save refused because the source changed
/// meanwhile keeps what was typed.
pub(super) struct FundingEdit {
    pub(super) id: FundingSourceId,
    text: String,
    /// The version of the source as it was opened.
    version: i64,
}

impl FundingEdit {
    fn of(source: &FundingSource, text: String) -> Self {
        FundingEdit { id: source.id, text, version: source.version }
    }

    /// This window saved source `id` from version `from`: a field of it
    /// opened at that version moves on with it (a change made here is not a
    /// change made elsewhere).
    pub(super) fn follow(&mut self, id: FundingSourceId, from: i64) {
        if self.id == id && self.version == from {
            self.version = from + 1;
        }
    }
}

/// Draws both lists side by side.
pub fn lists_ui(ui: &mut Ui, state: &mut ListsState, cx: &Cx<'_>) {
    widgets::card_ui(ui, |ui| {
        widgets::section_heading(ui, &cx.i18n.tr("settings-lists"));
        widgets::hint(ui, &cx.i18n.tr("settings-lists-hint"));
        ui.add_space(theme::GAP);
        ui.columns(2, |columns| {
            list_ui(&mut columns[0], state, cx, ListKind::Position);
            list_ui(&mut columns[1], state, cx, ListKind::CareerPhase);
        });
    });
}

fn list_ui(ui: &mut Ui, state: &mut ListsState, cx: &Cx<'_>, kind: ListKind) {
    let (title, add_label) = match kind {
        ListKind::Position => (cx.i18n.tr("settings-positions"), cx.i18n.tr("settings-new-position")),
        ListKind::CareerPhase => (cx.i18n.tr("settings-career-phases"), cx.i18n.tr("settings-new-career-phase")),
    };
    ui.label(egui::RichText::new(title).strong());
    for item in cx.view.list_items.iter().filter(|i| i.kind == kind) {
        let label = list_item_label(cx.i18n, &cx.view.list_items, Some(item.id));
        ui.horizontal(|ui| match &mut state.renaming {
            Some((id, text)) if *id == item.id => {
                let response = ui.add(egui::TextEdit::singleline(text).desired_width(170.0));
                let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let valid = !text.trim().is_empty();
                if (ui.add_enabled(valid, egui::Button::new(cx.i18n.tr("button-save"))).clicked() || (enter && valid))
                    && text.trim() != label
                {
                    cx.send(Command::RenameListItem(item.id, text.trim().to_string()));
                    state.renaming = None;
                } else if ui.button(cx.i18n.tr("button-cancel")).clicked() {
                    state.renaming = None;
                }
            }
            _ => {
                widgets::fixed_label(ui, 170.0, &label);
                if ui.small_button(cx.i18n.tr("button-rename")).clicked() {
                    state.renaming = Some((item.id, label.clone()));
                }
                if ui.small_button(cx.i18n.tr("button-remove")).clicked() {
                    cx.send(Command::RemoveListItem(item.id));
                }
            }
        });
    }
    ui.add_space(theme::GAP / 2.0);
    let new_text = match kind {
        ListKind::Position => &mut state.new_position,
        ListKind::CareerPhase => &mut state.new_career_phase,
    };
    ui.horizontal(|ui| {
        let response = ui.add(egui::TextEdit::singleline(new_text).hint_text(add_label.clone()).desired_width(170.0));
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let valid = !new_text.trim().is_empty();
        if ui.add_enabled(valid, egui::Button::new(cx.i18n.tr("button-add"))).clicked() || (enter && valid) {
            cx.send(Command::AddListItem(kind, new_text.trim().to_string()));
            new_text.clear();
        }
    });
}

/// The funding sources, each with its central-budget mark.
pub fn funding_ui(ui: &mut Ui, state: &mut ListsState, cx: &Cx<'_>) {
    let title = cx.i18n.tr("settings-funding");
    widgets::section_card_ui(ui, &title, &cx.i18n.tr("settings-funding-hint"), |ui| {
        for source in &cx.view.groups.funding_sources {
            funding_row_ui(ui, state, source, cx);
        }
        billing_address_ui(ui, state, cx);
        new_funding_ui(ui, state, cx);
    });
}

/// One funding source: its name (or the rename field), central budget, and its actions.
fn funding_row_ui(ui: &mut Ui, state: &mut ListsState, source: &FundingSource, cx: &Cx<'_>) {
    let sources = &cx.view.groups.funding_sources;
    let label = funding_label(cx.i18n, sources, source.id);
    ui.horizontal(|ui| match &mut state.renaming_funding {
        Some(edit) if edit.id == source.id => {
            ui.add(egui::TextEdit::singleline(&mut edit.text).desired_width(260.0));
            let valid = !edit.text.trim().is_empty() && edit.version == source.version;
            if ui.add_enabled(valid, egui::Button::new(cx.i18n.tr("button-save"))).clicked() {
                let name = Some(edit.text.trim().to_string());
                cx.send(Command::UpdateFundingSource(source.id, name, source.central_budget, Some(edit.version)));
            } else if ui.button(cx.i18n.tr("button-cancel")).clicked() {
                state.renaming_funding = None;
            }
        }
        _ => {
            widgets::fixed_label(ui, 260.0, &label);
            let number = egui::Layout::left_to_right(egui::Align::Center);
            ui.allocate_ui_with_layout(egui::vec2(48.0, theme::FIELD_HEIGHT), number, |ui| {
                ui.set_width(48.0);
                widgets::number_label(ui, cx.i18n, source.id.0, "peerdesk export statement --funding")
            });
            let mut central = source.central_budget;
            if ui.checkbox(&mut central, cx.i18n.tr("settings-central-budget")).changed() {
                cx.send(Command::UpdateFundingSource(source.id, None, central, Some(source.version)));
            }
            if ui.small_button(cx.i18n.tr("button-rename")).clicked() {
                state.renaming_funding = Some(FundingEdit::of(source, label.clone()));
            }
            let address = ui.small_button(cx.i18n.tr("settings-billing-address"));
            let address = if source.billing_address.is_empty() {
                address
            } else {
                address.on_hover_text(&source.billing_address)
            };
            if address.clicked() {
                state.editing_address = Some(FundingEdit::of(source, source.billing_address.clone()));
            }
            if ui.small_button(cx.i18n.tr("button-remove")).clicked() {
                cx.send(Command::RemoveFundingSource(source.id));
            }
        }
    });
    // Changed elsewhere while the name was typed: the user chooses.
    if let Some(edit) = &mut state.renaming_funding
        && edit.id == source.id
        && edit.version != source.version
    {
        match widgets::conflict::field_ui(ui, cx.i18n, &label) {
            Some(Choice::KeepMine) => {
                edit.version = source.version;
                let name = Some(edit.text.trim().to_string());
                cx.send(Command::UpdateFundingSource(source.id, name, source.central_budget, Some(source.version)));
            }
            Some(Choice::TakeTheirs) => *edit = FundingEdit::of(source, label),
            Some(Choice::Cancel) | None => {}
        }
    }
}

/// The billing address being edited, if any.
fn billing_address_ui(ui: &mut Ui, state: &mut ListsState, cx: &Cx<'_>) {
    let sources = &cx.view.groups.funding_sources;
    let mut finished = false;
    if let Some(edit) = &mut state.editing_address {
        let id = edit.id;
        ui.add_space(theme::GAP / 2.0);
        let label = ui.label(cx.i18n.tr_args(
            "settings-billing-address-of",
            &[("source", crate::i18n::Arg::from(funding_label(cx.i18n, sources, id)))],
        ));
        ui.add(egui::TextEdit::multiline(&mut edit.text).desired_rows(4).desired_width(360.0)).labelled_by(label.id);
        // Changed elsewhere while the address was typed: the user chooses.
        let stored = sources.iter().find(|s| s.id == id && s.version != edit.version);
        if let Some(source) = stored {
            match widgets::conflict::field_ui(ui, cx.i18n, &source.billing_address) {
                Some(Choice::KeepMine) => {
                    edit.version = source.version;
                    cx.send(Command::SetBillingAddress(id, edit.text.trim().to_string(), Some(source.version)));
                }
                Some(Choice::TakeTheirs) => *edit = FundingEdit::of(source, source.billing_address.clone()),
                Some(Choice::Cancel) | None => {}
            }
        }
        ui.horizontal(|ui| {
            if ui.add_enabled(stored.is_none(), egui::Button::new(cx.i18n.tr("button-save"))).clicked() {
                cx.send(Command::SetBillingAddress(id, edit.text.trim().to_string(), Some(edit.version)));
            } else if ui.button(cx.i18n.tr("button-cancel")).clicked() {
                finished = true;
            }
        });
    }
    if finished {
        state.editing_address = None;
    }
}

fn new_funding_ui(ui: &mut Ui, state: &mut ListsState, cx: &Cx<'_>) {
    ui.add_space(theme::GAP / 2.0);
    ui.horizontal(|ui| {
        ui.add(
            egui::TextEdit::singleline(&mut state.new_funding)
                .hint_text(cx.i18n.tr("settings-new-funding"))
                .desired_width(260.0),
        );
        ui.checkbox(&mut state.new_funding_central, cx.i18n.tr("settings-central-budget"));
        // A name already in the list (also a built-in one, as either
        // language shows it) would make two sources look the same.
        let sources = &cx.view.groups.funding_sources;
        let typed = fold(state.new_funding.trim());
        let duplicate = !typed.is_empty()
            && sources.iter().any(|s| {
                Language::ALL
                    .into_iter()
                    .any(|l| fold(&s.label(|code| cx.i18n.tr_in(l, &format!("funding-{code}")))) == typed)
            });
        let valid = !typed.is_empty() && !duplicate;
        if ui.add_enabled(valid, egui::Button::new(cx.i18n.tr("button-add"))).clicked() {
            // The text stays until the store has added it.
            cx.send(Command::AddFundingSource(state.new_funding.trim().to_string(), state.new_funding_central));
        }
        widgets::problem_label(ui, duplicate.then(|| widgets::problem_text(cx.i18n, &Problem::Duplicate)));
    });
}
