//! The people table: only the rows in view are drawn, sorted by any column.

use super::person_dialog::{list_item_label, role_names};
use super::{PeopleTab, SortColumn, open_edit};
use crate::app::{Cx, ViewData, theme};
use crate::domain::{Person, PersonId};
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};
use std::cmp::Ordering;

pub(super) fn compare(view: &ViewData, positions: &[String], a: usize, b: usize, column: SortColumn) -> Ordering {
    let (ra, rb) = (&view.people[a], &view.people[b]);
    let text = |x: &str, y: &str| x.to_lowercase().cmp(&y.to_lowercase());
    let primary = match column {
        SortColumn::Name => Ordering::Equal,
        SortColumn::Email => text(&ra.email, &rb.email),
        SortColumn::Phone => ra.phone.cmp(&rb.phone),
        SortColumn::Department => text(&ra.department, &rb.department),
        SortColumn::Position => positions[a].cmp(&positions[b]),
        SortColumn::Status => rb.active.cmp(&ra.active),
    };
    // The store delivers people ordered by name, so the index breaks ties by name.
    primary.then(a.cmp(&b))
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
    let mut table = TableBuilder::new(ui);
    if let Some(row) = tab.scroll_to.take() {
        table = table.scroll_to_row(row, None);
    }
    table
        .id_salt("people_table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(210.0).at_least(120.0).clip(true))
        .column(Column::initial(250.0).at_least(100.0).clip(true))
        .column(Column::initial(140.0).at_least(80.0).clip(true))
        .column(Column::initial(170.0).at_least(80.0).clip(true))
        .column(Column::initial(150.0).at_least(80.0).clip(true))
        .column(Column::initial(220.0).at_least(80.0).clip(true))
        .column(Column::remainder().at_least(70.0))
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
            body.rows(theme::ROW_HEIGHT, tab.visible.len(), |mut row| {
                let Some(person) = tab.visible.get(row.index()).and_then(|&i| cx.view.people.get(i)) else {
                    return;
                };
                row.set_selected(tab.selected == Some(person.id));
                cells_ui(&mut row, person, cx, muted);
                let response = row.response();
                if response.double_clicked() && cx.writable() {
                    clicked = Some((person.id, true));
                } else if response.clicked() {
                    clicked = Some((person.id, false));
                }
            });
        });
    if let Some((id, open)) = clicked {
        tab.selected = Some(id);
        if open {
            open_edit(tab, cx, id);
        }
    }
}

/// The cells of one person's row.
fn cells_ui(row: &mut egui_extras::TableRow<'_, '_>, person: &Person, cx: &Cx<'_>, muted: egui::Color32) {
    let roles: Vec<String> = person.roles.iter().map(|r| role_names(cx.i18n, r.role)).collect();
    let texts = [
        person.name.clone(),
        person.email.clone(),
        person.phone.clone(),
        person.department.clone(),
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
