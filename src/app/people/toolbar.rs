//! The People tab's toolbar: search, role filter, the actions on the
//! selected person in reading order, the list for Excel, and the keyboard.

use super::person_dialog::{PersonDialog, role_names};
use super::{CoachScheduleDialog, PeopleTab, open_edit, supporter_dialog};
use crate::app::{AppCommand, Cx, theme, widgets};
use crate::domain::{PersonDraft, Role};
use crate::i18n::Arg;
use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

pub(super) fn toolbar_ui(ui: &mut Ui, tab: &mut PeopleTab, cx: &Cx<'_>, modal_open: bool) {
    if !modal_open {
        shortcuts(ui, tab, cx);
    }
    // Below this width the filters and the actions would overlap: the
    // actions share the second row with the count. Either way the table
    // starts at the same height.
    const ONE_ROW_WIDTH: f32 = 1560.0;
    if ui.available_width() >= ONE_ROW_WIDTH {
        ui.horizontal(|ui| {
            filters_ui(ui, tab, cx);
            widgets::right_aligned_ui(ui, "people_actions", |ui| actions_ui(ui, tab, cx));
        });
        ui.horizontal(|ui| count_ui(ui, tab, cx));
    } else {
        ui.horizontal(|ui| filters_ui(ui, tab, cx));
        ui.horizontal(|ui| {
            count_ui(ui, tab, cx);
            widgets::right_aligned_ui(ui, "people_actions", |ui| actions_ui(ui, tab, cx));
        });
    }
}

/// Ctrl+F search, Ctrl+N new, Ctrl+E edit, Enter for the page, Delete to delete the selected
/// person, the arrow keys to move the selection, Esc to clear the search.
fn shortcuts(ui: &mut Ui, tab: &mut PeopleTab, cx: &Cx<'_>) {
    // Over a dialog or a person's page the keys are theirs: Esc closes the
    // page instead of clearing the search behind it.
    if ui.memory(|m| m.top_modal_layer().is_some()) {
        return;
    }
    // The Delete key belongs to a text field that has the focus.
    let typing = ui.memory(|m| m.focused().is_some());
    let key = |i: &mut egui::InputState, modifiers, key| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key));
    let (find, new, edit, delete) = ui.input_mut(|i| {
        (
            key(i, Modifiers::COMMAND, Key::F),
            cx.writable() && key(i, Modifiers::COMMAND, Key::N),
            cx.writable() && key(i, Modifiers::COMMAND, Key::E),
            cx.writable() && !typing && key(i, Modifiers::NONE, Key::Delete),
        )
    });
    let (up, down, escape, enter) = ui.input_mut(|i| {
        (
            key(i, Modifiers::NONE, Key::ArrowUp),
            key(i, Modifiers::NONE, Key::ArrowDown),
            key(i, Modifiers::NONE, Key::Escape),
            !typing && key(i, Modifiers::NONE, Key::Enter),
        )
    });
    if escape {
        tab.search.clear();
    }
    if up || down {
        tab.move_selection(if down { 1 } else { -1 }, cx);
    }
    tab.focus_search |= find;
    if new {
        tab.dialog = Some(PersonDialog::new(PersonDraft::default()));
    }
    if let Some(id) = tab.selected {
        if enter {
            cx.send(AppCommand::OpenPerson(id));
        }
        if edit {
            open_edit(tab, cx, id);
        }
        if delete {
            tab.confirm_delete = Some(id);
        }
    }
}

fn filters_ui(ui: &mut Ui, tab: &mut PeopleTab, cx: &Cx<'_>) {
    let label = ui.label(cx.i18n.tr("people-search"));
    let search = ui
        .add(
            egui::TextEdit::singleline(&mut tab.search)
                .hint_text(cx.i18n.tr("people-search-hint"))
                .desired_width(260.0),
        )
        .labelled_by(label.id);
    if std::mem::take(&mut tab.focus_search) {
        search.request_focus();
    }
    ui.add_space(theme::GAP);
    let role_label = ui.label(cx.i18n.tr("people-role-filter"));
    let selected_text = match tab.role {
        Some(role) => role_names(cx.i18n, role),
        None => cx.i18n.tr("people-all-roles"),
    };
    egui::ComboBox::from_id_salt("role_filter")
        .selected_text(selected_text)
        .width(170.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut tab.role, None, cx.i18n.tr("people-all-roles"));
            for role in Role::ALL {
                ui.selectable_value(&mut tab.role, Some(role), role_names(cx.i18n, role));
            }
        })
        .response
        .labelled_by(role_label.id);
    ui.checkbox(&mut tab.show_inactive, cx.i18n.tr("people-show-inactive"));
}

/// Add, edit, delete, (for a coach) the schedule, (for a peer supporter) the
/// trajectories, and the list for Excel: in reading order, right-aligned.
fn actions_ui(ui: &mut Ui, tab: &mut PeopleTab, cx: &Cx<'_>) {
    let has_selection = tab.selected.is_some();
    let writable = cx.writable();
    let colours = theme::palette(ui.visuals());
    let add = egui::Button::new(RichText::new(cx.i18n.tr("people-add")).color(colours.on_accent)).fill(colours.accent);
    if ui.add_enabled(writable, add).on_hover_text("Ctrl+N").clicked() {
        tab.dialog = Some(PersonDialog::new(PersonDraft::default()));
    }
    let overview = ui.add_enabled(has_selection, egui::Button::new(cx.i18n.tr("people-overview")));
    if overview.on_hover_text(cx.i18n.tr("people-overview-hint")).clicked()
        && let Some(id) = tab.selected
    {
        cx.send(AppCommand::OpenPerson(id));
    }
    if ui.add_enabled(has_selection && writable, egui::Button::new(cx.i18n.tr("people-edit"))).clicked()
        && let Some(id) = tab.selected
    {
        open_edit(tab, cx, id);
    }
    if ui.add_enabled(has_selection && writable, egui::Button::new(cx.i18n.tr("people-delete"))).clicked() {
        tab.confirm_delete = tab.selected;
    }
    // Always in their place, enabled for the role they serve: selecting
    // someone else never moves the buttons under the mouse.
    let selected = tab.selected.and_then(|id| cx.view.person(id));
    let supporter = selected.filter(|p| p.has_role(Role::PeerSupporter));
    let conversations = ui
        .add_enabled(supporter.is_some(), egui::Button::new(cx.i18n.tr("supporter-open-button")))
        .on_disabled_hover_text(cx.i18n.tr("supporter-open-only"));
    if let Some(supporter) = supporter
        && conversations.clicked()
    {
        tab.supporter = Some(supporter_dialog::SupporterDialog { supporter: supporter.id });
    }
    let coach = selected.filter(|p| p.has_role(Role::Coach));
    let schedule = ui
        .add_enabled(coach.is_some(), egui::Button::new(cx.i18n.tr("coach-schedule")))
        .on_disabled_hover_text(cx.i18n.tr("coach-schedule-only"));
    if let Some(coach) = coach
        && schedule.clicked()
    {
        tab.coach_schedule = Some(CoachScheduleDialog::new(coach.id, coach.name.to_string(), cx));
    }
    ui.separator();
    let shown = tab.visible.len();
    let csv = ui
        .add_enabled(shown > 0, egui::Button::new(cx.i18n.tr("csv-save")))
        .on_hover_text(cx.i18n.tr_args("csv-save-people-hover", &[("count", Arg::from(shown))]));
    if csv.clicked() {
        let ids = tab.visible.iter().filter_map(|&i| cx.view.people.get(i)).map(|p| p.id).collect();
        cx.send(AppCommand::SaveDocument(crate::ops::documents::DocumentRequest::PeopleList(ids)));
    }
}

fn count_ui(ui: &mut Ui, tab: &PeopleTab, cx: &Cx<'_>) {
    // The number picks the plural; the total is shown with separators.
    let everyone = cx.view.people.len();
    let total = ("total", Arg::from(cx.i18n.number(everyone as i64)));
    let count = if tab.visible.len() == everyone {
        cx.i18n.tr_args("people-count", &[("count", Arg::from(everyone)), total])
    } else {
        cx.i18n
            .tr_args("people-count-filtered", &[("shown", Arg::from(cx.i18n.number(tab.visible.len() as i64))), total])
    };
    let colours = theme::palette(ui.visuals());
    ui.label(RichText::new(count).color(colours.muted).small());
}
