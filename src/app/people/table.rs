//! The people table: only the rows in view are drawn, sorted by any column.

use super::person_dialog::{list_item_label, role_names};
use super::{PeopleTab, SortColumn};
use crate::app::{AppCommand, Cx, ViewData, theme};
use crate::domain::search::{fold, sort_by_folded};
use crate::domain::{Person, PersonId};
use crate::i18n::I18n;
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

/// Everyone's index into `view.people`, sorted by the free-text columns,
/// made once each time the directory is read (a click on such a column then
/// only copies its order). Four bytes a person for each column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextOrders {
    email: Vec<u32>,
    phone: Vec<u32>,
    department: Vec<u32>,
}

impl TextOrders {
    /// The orders of `people`.
    pub fn of(people: &[Person]) -> TextOrders {
        TextOrders {
            email: by_text(people, |p| &p.email),
            phone: by_text(people, |p| &p.phone),
            department: by_text(people, |p| &p.department),
        }
    }
}

/// Everyone's index into `people`, sorted by `text` as a person reads it.
fn by_text(people: &[Person], text: fn(&Person) -> &str) -> Vec<u32> {
    let mut order: Vec<usize> = (0..people.len()).collect();
    sort_by_folded(&mut order, |i| text(&people[i]));
    order.into_iter().filter_map(|i| u32::try_from(i).ok()).collect()
}

/// Everyone's index into `view.people`, sorted by `column` (text without
/// case or accents); descending is the ascending order reversed. The store
/// delivers people ordered by name, so the index breaks ties by name.
pub fn sorted_order(view: &ViewData, i18n: &I18n, column: SortColumn, ascending: bool) -> Vec<usize> {
    let people = &view.people;
    let made = |made: &[u32], text: fn(&Person) -> &str| -> Vec<usize> {
        // Not made for these people: a directory set up by hand.
        let fresh;
        let made = if made.len() == people.len() {
            made
        } else {
            fresh = by_text(people, text);
            &fresh
        };
        made.iter().map(|&i| i as usize).collect()
    };
    let mut order = match column {
        SortColumn::Name => (0..people.len()).collect(),
        SortColumn::Email => made(&view.text_orders.email, |p| &p.email),
        SortColumn::Phone => made(&view.text_orders.phone, |p| &p.phone),
        SortColumn::Department => made(&view.text_orders.department, |p| &p.department),
        SortColumn::Position => {
            // The few positions are put in order by their labels first;
            // then everyone is placed by their position's place.
            let mut positions: Vec<_> = people.iter().map(|p| p.position).collect();
            positions.sort_unstable();
            positions.dedup();
            let mut labelled: Vec<_> =
                positions.into_iter().map(|p| (fold(&list_item_label(i18n, &view.list_items, p)), p)).collect();
            labelled.sort();
            // Positions with the same label share a place (ties by name).
            let mut place = std::collections::HashMap::new();
            let mut rank = 0;
            for (index, (label, position)) in labelled.iter().enumerate() {
                if index > 0 && labelled[index - 1].0 != *label {
                    rank += 1;
                }
                place.insert(*position, rank);
            }
            by_place(people.iter().map(|p| place.get(&p.position).copied().unwrap_or(0)).collect())
        }
        SortColumn::Status => by_place(people.iter().map(|p| usize::from(!p.active)).collect()),
    };
    if !ascending {
        order.reverse();
    }
    order
}

/// Every index of `places`, ordered by its place, ties by index: counted
/// into place rather than compared, as there are only a few places.
fn by_place(places: Vec<usize>) -> Vec<usize> {
    let mut starts = vec![0; places.iter().max().map_or(1, |&last| last + 2)];
    for &place in &places {
        starts[place + 1] += 1;
    }
    for at in 1..starts.len() {
        starts[at] += starts[at - 1];
    }
    let mut order = vec![0; places.len()];
    for (index, &place) in places.iter().enumerate() {
        order[starts[place]] = index;
        starts[place] += 1;
    }
    order
}

pub(super) fn table_ui(ui: &mut Ui, tab: &mut PeopleTab, cx: &Cx<'_>) {
    let columns = [
        (SortColumn::Name, "column-name"),
        (SortColumn::Email, "column-email"),
        (SortColumn::Phone, "column-phone"),
        (SortColumn::Department, "column-department"),
        (SortColumn::Position, "column-position"),
    ];
    let muted = theme::palette(ui.visuals()).muted;
    ui.style_mut().interaction.selectable_labels = false;
    let mut clicked: Option<(PersonId, bool)> = None;
    // Every column stays in view: on a narrow window they start narrower.
    const STATUS: f32 = 70.0;
    let room = ui.available_width() - STATUS - 7.0 * ui.spacing().item_spacing.x - 16.0;
    let wanted = [210.0, 250.0, 140.0, 170.0, 150.0, 220.0];
    let widths = crate::app::widgets::fitted_widths(room, wanted);
    // Widths the user dragged are kept per window width (in steps of 100
    // points), so that a narrower window starts from widths that fit it.
    let width_step = (room / 100.0).round() as i64;
    crate::app::widgets::truncated_cells(ui);
    let mut table = TableBuilder::new(ui);
    if let Some(row) = tab.scroll_to.take() {
        table = table.scroll_to_row(row, None);
    }
    let [name, email, phone, department, position, roles] = widths;
    table
        .id_salt(("people_table", width_step))
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(name).at_least(80.0))
        .column(Column::initial(email).at_least(80.0))
        .column(Column::initial(phone).at_least(60.0))
        .column(Column::initial(department).at_least(60.0))
        .column(Column::initial(position).at_least(60.0))
        .column(Column::initial(roles).at_least(60.0))
        .column(Column::remainder().at_least(STATUS))
        .header(theme::ROW_HEIGHT + 2.0, |mut header| {
            for (column, key) in columns {
                header.col(|ui| sort_button_ui(ui, tab, column, &cx.i18n.tr(key)));
            }
            header.col(|ui| {
                ui.label(RichText::new(cx.i18n.tr("column-roles")).strong());
            });
            header.col(|ui| sort_button_ui(ui, tab, SortColumn::Status, &cx.i18n.tr("column-status")));
        })
        .body(|body| {
            crate::app::widgets::ruled_rows(body, theme::ROW_HEIGHT, tab.visible.len(), |row| {
                let Some(person) = tab.visible.get(row.index()).and_then(|&i| cx.view.people.get(i)) else {
                    return;
                };
                row.set_selected(tab.selected == Some(person.id));
                cells_ui(row, person, cx, muted);
                let response = row.response();
                if response.double_clicked() {
                    clicked = Some((person.id, true));
                } else if response.clicked() {
                    clicked = Some((person.id, false));
                }
            });
        });
    if let Some((id, open)) = clicked {
        tab.selected = Some(id);
        if open {
            cx.send(AppCommand::OpenPerson(id));
        }
    }
}

/// The cells of one person's row.
fn cells_ui(row: &mut egui_extras::TableRow<'_, '_>, person: &Person, cx: &Cx<'_>, muted: egui::Color32) {
    let roles: Vec<String> = person.roles.iter().map(|r| role_names(cx.i18n, r.role)).collect();
    let texts = [
        person.name.to_string(),
        person.email.to_string(),
        person.phone.to_string(),
        person.department.to_string(),
        list_item_label(cx.i18n, &cx.view.list_items, person.position),
        roles.join(", "),
    ];
    for text in texts {
        row.col(|ui| {
            ui.label(text);
        });
    }
    row.col(|ui| {
        if person.active {
            ui.label(cx.i18n.tr("status-active"));
        } else {
            ui.label(RichText::new(cx.i18n.tr("status-inactive")).color(muted));
        }
    });
}

fn sort_button_ui(ui: &mut Ui, tab: &mut PeopleTab, column: SortColumn, label: &str) {
    let button = egui::Button::new(RichText::new(label).strong()).frame(false);
    if ui.add(button).clicked() {
        if tab.sort == column {
            tab.ascending = !tab.ascending;
        } else {
            tab.sort = column;
            tab.ascending = true;
        }
    }
    if tab.sort == column {
        sort_arrow_ui(ui, tab.ascending);
    }
}

/// A small triangle pointing up (ascending) or down; painted, because the
/// bundled fonts have no arrow glyphs.
fn sort_arrow_ui(ui: &mut Ui, ascending: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
    let (top, bottom) = (rect.top() + 2.0, rect.bottom() - 2.0);
    let points = if ascending {
        vec![egui::pos2(rect.center().x, top), egui::pos2(rect.right(), bottom), egui::pos2(rect.left(), bottom)]
    } else {
        vec![egui::pos2(rect.left(), top), egui::pos2(rect.right(), top), egui::pos2(rect.center().x, bottom)]
    };
    let colour = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(points, colour, egui::Stroke::NONE));
}
