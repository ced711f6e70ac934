//! The People tab: the directory of everyone PeerDesk knows. A table with
//! search-as-you-type, sorting and a role filter that draws only the rows in
//! view, so it stays smooth with tens of thousands of people.

mod coach_dialog;
mod commands;
mod page;
pub(crate) mod person_dialog;
mod supporter_dialog;
mod table;
mod toolbar;

use crate::app::{AppCommand, Cx, theme};
use crate::domain::access::{AccessAction, RecordKind, record_subject};
use crate::domain::search::{fold, matches_all_words};
use crate::domain::{PersonId, Role};
use crate::i18n::{Arg, I18n, Language};
use coach_dialog::CoachScheduleDialog;
pub use commands::Command;
use egui::{RichText, Ui};
pub use page::PersonPageDialog;
use person_dialog::PersonDialog;
use table::table_ui;
pub use table::{TextOrders, sorted_order};
use toolbar::toolbar_ui;

/// A column the table can be sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortColumn {
    #[default]
    Name,
    Email,
    Phone,
    Department,
    Position,
    Status,
}

/// What the sorted order of everyone depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct OrderKey {
    sort: SortColumn,
    ascending: bool,
    generation: u64,
    language: Language,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct FilterKey {
    search: String,
    role: Option<Role>,
    show_inactive: bool,
    sort: SortColumn,
    ascending: bool,
    generation: u64,
    language: Language,
}

/// State of the People tab that lives between frames.
pub struct PeopleTab {
    search: String,
    role: Option<Role>,
    show_inactive: bool,
    sort: SortColumn,
    ascending: bool,
    /// The selected person, by id: a reload never selects someone else.
    selected: Option<PersonId>,
    dialog: Option<PersonDialog>,
    confirm_delete: Option<PersonId>,
    coach_schedule: Option<CoachScheduleDialog>,
    supporter: Option<supporter_dialog::SupporterDialog>,
    /// Ctrl+F was pressed: the search field takes the focus.
    focus_search: bool,
    /// Indices into `ViewData::people` of the rows shown, in order.
    visible: Vec<usize>,
    /// Every person in the order of the sorted column, made once per sort
    /// (and reload): typing in the search field only filters it.
    order: Option<(OrderKey, Vec<usize>)>,
    visible_key: Option<FilterKey>,
    /// A row the keyboard moved to, to bring into view in the next frame.
    scroll_to: Option<usize>,
}

impl Default for PeopleTab {
    fn default() -> Self {
        PeopleTab {
            search: String::new(),
            role: None,
            show_inactive: false,
            sort: SortColumn::Name,
            ascending: true,
            selected: None,
            dialog: None,
            confirm_delete: None,
            coach_schedule: None,
            supporter: None,
            focus_search: false,
            visible: Vec::new(),
            order: None,
            visible_key: None,
            scroll_to: None,
        }
    }
}

impl PeopleTab {
    /// Opens the dialog that edits `person`.
    pub fn edit(&mut self, person: &crate::domain::Person) {
        self.selected = Some(person.id);
        self.dialog = Some(PersonDialog::new(person.to_draft()));
    }

    /// Moves the selection `step` rows through the visible people, and
    /// brings the row into view.
    fn move_selection(&mut self, step: isize, cx: &Cx<'_>) {
        if self.visible.is_empty() {
            return;
        }
        let position = self.selected.and_then(|id| self.visible.iter().position(|&i| cx.view.people[i].id == id));
        let next = match position {
            Some(at) => (at as isize + step).clamp(0, self.visible.len() as isize - 1) as usize,
            None => 0,
        };
        self.selected = cx.view.people.get(self.visible[next]).map(|p| p.id);
        self.scroll_to = Some(next);
    }

    /// The person being edited was changed elsewhere: the dialog shows the
    /// stored version beside the one being typed.
    pub fn person_conflict(&mut self, stored: crate::domain::Person) {
        if let Some(dialog) = &mut self.dialog {
            dialog.conflict = Some(stored);
        }
    }

    /// Called when a person was saved: close the dialog and select them.
    pub fn person_saved(&mut self, id: PersonId) {
        self.dialog = None;
        self.selected = Some(id);
    }

    fn refresh_visible(&mut self, cx: &Cx<'_>) {
        let key = FilterKey {
            search: fold(self.search.trim()),
            role: self.role,
            show_inactive: self.show_inactive,
            sort: self.sort,
            ascending: self.ascending,
            generation: cx.view.generation,
            language: cx.i18n.language(),
        };
        if self.visible_key.as_ref() == Some(&key) {
            return;
        }
        let order_key =
            OrderKey { sort: key.sort, ascending: key.ascending, generation: key.generation, language: key.language };
        if self.order.as_ref().is_none_or(|(k, _)| *k != order_key) {
            self.order = Some((order_key, sorted_order(cx.view, cx.i18n, key.sort, key.ascending)));
        }
        let order = self.order.as_ref().map(|(_, order)| order.as_slice()).unwrap_or_default();
        let visible: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&i| {
                let Some(person) = cx.view.people.get(i) else { return false };
                (key.show_inactive || person.active)
                    && key.role.is_none_or(|role| person.has_role(role))
                    && matches_all_words(cx.view.search_keys.get(i), &key.search)
            })
            .collect();
        // A selection that is no longer visible (deleted, deactivated,
        // filtered out) is cleared, so Edit, Delete and their shortcuts never
        // act on it. Checked only when the visible rows change, not per frame.
        let people = &cx.view.people;
        if self.selected.is_some_and(|id| !visible.iter().any(|&i| people.get(i).is_some_and(|p| p.id == id))) {
            self.selected = None;
        }
        self.visible = visible;
        self.visible_key = Some(key);
    }
}

/// Draws the People tab.
pub fn people_ui(ui: &mut Ui, tab: &mut PeopleTab, cx: &Cx<'_>) {
    tab.refresh_visible(cx);
    let modal_open =
        tab.dialog.is_some() || tab.confirm_delete.is_some() || tab.coach_schedule.is_some() || tab.supporter.is_some();
    toolbar_ui(ui, tab, cx, modal_open);
    ui.add_space(theme::GAP);
    if cx.view.people.is_empty() {
        empty_ui(ui, cx.i18n);
    } else if tab.visible.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        ui.vertical_centered(|ui| ui.label(RichText::new(cx.i18n.tr("people-no-match")).italics()));
    } else {
        table_ui(ui, tab, cx);
    }

    if let Some(dialog) = &mut tab.dialog
        && dialog.show(ui.ctx(), cx)
    {
        tab.dialog = None;
    }
    if let Some(dialog) = &mut tab.coach_schedule
        && dialog.show(ui.ctx(), cx)
    {
        tab.coach_schedule = None;
    }
    if let Some(dialog) = &mut tab.supporter
        && dialog.show(ui.ctx(), cx)
    {
        tab.supporter = None;
    }
    if let Some(id) = tab.confirm_delete {
        match confirm_delete_ui(ui.ctx(), cx, id) {
            Some(true) => {
                cx.send(Command::DeletePerson(id));
                tab.confirm_delete = None;
            }
            Some(false) => tab.confirm_delete = None,
            None => {}
        }
    }
}

/// Opens a person's details to edit; the access log notes who opened whose.
fn open_edit(tab: &mut PeopleTab, cx: &Cx<'_>, id: PersonId) {
    if let Some(row) = cx.view.people.iter().find(|r| r.id == id) {
        tab.dialog = Some(PersonDialog::new(row.to_draft()));
        cx.send(AppCommand::LogAccess(AccessAction::ViewPerson, record_subject(RecordKind::Person, id.0)));
    }
}

fn empty_ui(ui: &mut Ui, i18n: &I18n) {
    ui.add_space(theme::SECTION_GAP * 2.0);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(i18n.tr("people-empty")).size(16.0));
    });
}

/// Asks before deleting; `Some(true)` to delete, `Some(false)` to cancel.
fn confirm_delete_ui(ctx: &egui::Context, cx: &Cx<'_>, id: PersonId) -> Option<bool> {
    let name = cx.view.people.iter().find(|r| r.id == id).map(|r| r.name.clone()).unwrap_or_default();
    let response = crate::app::widgets::modal("confirm_delete").show(ctx, |ui| {
        ui.set_width(420.0);
        ui.label(
            RichText::new(cx.i18n.tr_args("delete-title", &[("name", Arg::from(name.as_ref()))])).strong().size(16.0),
        );
        ui.add_space(theme::GAP);
        ui.label(cx.i18n.tr("delete-explain"));
        ui.add_space(theme::SECTION_GAP);
        let mut answer = None;
        ui.horizontal(|ui| {
            let colours = theme::palette(ui.visuals());
            let delete = egui::Button::new(RichText::new(cx.i18n.tr("button-delete")).color(egui::Color32::WHITE))
                .fill(colours.danger);
            if ui.add(delete).clicked() {
                answer = Some(true);
            }
            if ui.button(cx.i18n.tr("button-cancel")).clicked() {
                answer = Some(false);
            }
        });
        answer
    });
    if response.should_close() { Some(false) } else { response.inner }
}
