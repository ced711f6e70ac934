//! A save refused because the record changed after its form opened: both
//! versions side by side where they differ, and the user's choice. Nothing
//! is overwritten until the user chooses to keep their own version.

use crate::app::{Cx, theme};
use crate::i18n::I18n;
use egui::{RichText, Ui};

/// A form's fields as it shows them: the label's message id and the text.
pub type Fields = Vec<(&'static str, String)>;

/// What the user chose after a refused save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Save what was typed over the change made meanwhile.
    KeepMine,
    /// Drop what was typed and edit the saved version.
    TakeTheirs,
    /// Close the form; nothing is saved.
    Cancel,
}

/// The fields whose text differs: label id, the stored text, the typed text.
pub fn differences(theirs: Fields, mine: Fields) -> Vec<(&'static str, String, String)> {
    theirs
        .into_iter()
        .zip(mine)
        .filter(|((_, t), (_, m))| t.trim() != m.trim())
        .map(|((label, t), (_, m))| (label, t, m))
        .collect()
}

/// The height the comparison of `rows` takes below a form, so that a form
/// above it scrolls in less room and the choice stays on screen.
pub fn height(rows: usize) -> f32 {
    90.0 + 28.0 * rows as f32
}

/// Draws `intro`, the rows where the two versions differ (in a scroll area
/// of at most `max_height`) and the three choices.
pub fn conflict_ui(
    ui: &mut Ui,
    i18n: &I18n,
    intro: &str,
    rows: &[(&'static str, String, String)],
    max_height: f32,
    cancel: bool,
) -> Option<Choice> {
    let colours = theme::palette(ui.visuals());
    ui.add(egui::Label::new(RichText::new(intro).color(colours.warning).strong()).wrap());
    if rows.is_empty() {
        ui.label(i18n.tr("conflict-same"));
    } else {
        // A long text wraps within half of what is left beside the labels.
        let column = ((ui.available_width() - 160.0) / 2.0).max(120.0);
        let value = |ui: &mut Ui, text: &str| {
            ui.scope(|ui| {
                ui.set_max_width(column);
                ui.add(egui::Label::new(text).wrap());
            });
        };
        egui::ScrollArea::vertical().id_salt("conflict_rows").max_height(max_height.max(80.0)).show(ui, |ui| {
            egui::Grid::new("conflict_grid").num_columns(3).striped(true).spacing([theme::GAP * 2.0, 4.0]).show(
                ui,
                |ui| {
                    ui.label("");
                    ui.strong(i18n.tr("conflict-theirs"));
                    ui.strong(i18n.tr("conflict-mine"));
                    ui.end_row();
                    for (label, theirs, mine) in rows {
                        ui.label(i18n.tr(label));
                        value(ui, theirs);
                        value(ui, mine);
                        ui.end_row();
                    }
                },
            );
        });
    }
    ui.add_space(theme::GAP);
    choices_ui(ui, i18n, cancel)
}

/// The choice in a row of buttons; Cancel only where there is one.
fn choices_ui(ui: &mut Ui, i18n: &I18n, cancel: bool) -> Option<Choice> {
    let mut choice = None;
    ui.horizontal(|ui| {
        if ui.button(i18n.tr("conflict-keep-mine")).clicked() {
            choice = Some(Choice::KeepMine);
        }
        if ui.button(i18n.tr("conflict-take-theirs")).clicked() {
            choice = Some(Choice::TakeTheirs);
        }
        if cancel && ui.button(i18n.tr("button-cancel")).clicked() {
            choice = Some(Choice::Cancel);
        }
    });
    choice
}

/// A yes or no in the user's language, for a checkbox in a comparison.
pub fn yes_no(i18n: &I18n, value: bool) -> String {
    i18n.tr(if value { "conflict-yes" } else { "conflict-no" })
}

/// A form that saves a record with a row version: after a save the store
/// refused because the record changed meanwhile, it shows both versions.
pub trait Reconcile: Sized {
    /// The record as the view holds it.
    type Stored;
    /// The record as stored now, when a save of this form was sent and the
    /// stored version is no longer the one the form was opened at.
    fn refused<'a>(&self, cx: &Cx<'a>) -> Option<&'a Self::Stored>;
    /// This form opened afresh on `stored`.
    fn reopened(&self, stored: &Self::Stored, cx: &Cx<'_>) -> Self;
    /// The form's fields as shown, in order.
    fn fields(&self, cx: &Cx<'_>) -> Fields;
    /// Saves what was typed over `stored`: the form now stands at its version.
    fn keep_mine(&mut self, stored: &Self::Stored, cx: &Cx<'_>);
}

/// Draws the comparison instead of the dialog `form` when its save was
/// refused: `Some(close)` then, `None` when there is nothing to compare.
pub fn refused_ui<F: Reconcile>(form: &mut F, ctx: &egui::Context, id: &str, title: &str, cx: &Cx<'_>) -> Option<bool> {
    reconcile_ui(form, ctx, id, title, cx, true)
}

/// Draws the comparison over a page's `form` when its save was refused,
/// until the user chose a version (a page has nothing to cancel to).
pub fn refused_page_ui<F: Reconcile>(form: &mut F, ctx: &egui::Context, id: &str, title: &str, cx: &Cx<'_>) {
    reconcile_ui(form, ctx, id, title, cx, false);
}

fn reconcile_ui<F: Reconcile>(
    form: &mut F,
    ctx: &egui::Context,
    id: &str,
    title: &str,
    cx: &Cx<'_>,
    cancel: bool,
) -> Option<bool> {
    // A window that only reads has nothing to save over.
    let stored = form.refused(cx).filter(|_| !cx.read_only)?;
    let theirs = form.reopened(stored, cx);
    let rows = differences(theirs.fields(cx), form.fields(cx));
    let mut choice = None;
    let max_height = ctx.content_rect().height() - 260.0;
    // Its own window: the form keeps the size it had.
    let closed = super::dialog_ui(ctx, &format!("{id}_conflict"), 760.0, title, |ui| {
        choice = conflict_ui(ui, cx.i18n, &cx.i18n.tr("conflict-record"), &rows, max_height, cancel);
        choice == Some(Choice::Cancel)
    }) && cancel;
    match choice {
        Some(Choice::KeepMine) => form.keep_mine(stored, cx),
        Some(Choice::TakeTheirs) => *form = theirs,
        Some(Choice::Cancel) | None => {}
    }
    Some(closed)
}

/// Below a single field whose record changed elsewhere while it was being
/// typed: the text saved now and the choice (the field keeps its Cancel).
pub fn field_ui(ui: &mut Ui, i18n: &I18n, theirs: &str) -> Option<Choice> {
    let colours = theme::palette(ui.visuals());
    ui.add(egui::Label::new(RichText::new(i18n.tr("conflict-field")).color(colours.warning).strong()).wrap());
    ui.add(egui::Label::new(theirs).wrap());
    choices_ui(ui, i18n, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_fields_whose_texts_differ_are_compared() {
        let theirs = vec![("name", "Renamed".to_string()), ("room", "4.12".to_string()), ("note", "a ".to_string())];
        let mine = vec![("name", "Original".to_string()), ("room", "4.12".to_string()), ("note", " a".to_string())];
        assert_eq!(differences(theirs, mine), vec![("name", "Renamed".to_string(), "Original".to_string())]);
    }

    #[test]
    fn the_comparison_takes_room_for_each_row_it_lists() {
        assert!(height(3) > height(1));
        assert!(height(0) > 0.0);
    }
}
