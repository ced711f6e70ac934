//! Small pieces shared by the screens: form rows with their problem beside
//! the field, and the sentence for each [`crate::domain::Problem`].

mod choose;
pub mod conflict;

/// A preferred time in words: "Tuesday afternoon".
pub use crate::ops::lists::slot_label;
pub use crate::ops::messages::problem_text;
pub use choose::{add_member_ui, languages_ui, person_matches_ui, slots_ui};

use super::theme;
use crate::domain::Problem;
use crate::i18n::{Arg, I18n};
use egui::{Response, RichText, Ui};

/// A label in the label column of a form grid, left-aligned at a fixed
/// width so that forms line up.
pub fn form_label(ui: &mut Ui, text: &str) -> Response {
    ui.allocate_ui_with_layout(
        egui::vec2(theme::LABEL_WIDTH, theme::FIELD_HEIGHT),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_width(theme::LABEL_WIDTH);
            ui.label(text)
        },
    )
    .inner
}

/// The problem beside a field (or nothing), in the danger colour, in a
/// column of fixed width where a long problem wraps.
pub fn problem_label(ui: &mut Ui, text: Option<String>) {
    let colour = theme::palette(ui.visuals()).danger;
    ui.allocate_ui_with_layout(
        egui::vec2(theme::PROBLEM_WIDTH, theme::FIELD_HEIGHT),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(theme::PROBLEM_WIDTH);
            ui.add(egui::Label::new(RichText::new(text.unwrap_or_default()).color(colour)).wrap());
        },
    );
}

/// A row of a form grid: label, single-line text field, problem.
pub fn text_row(ui: &mut Ui, label: &str, value: &mut String, width: f32, problem: Option<String>) -> Response {
    let label = form_label(ui, label);
    let response = ui.add_sized([width, theme::FIELD_HEIGHT], egui::TextEdit::singleline(value)).labelled_by(label.id);
    problem_label(ui, problem);
    ui.end_row();
    response
}

/// A row of a form grid with a multi-line text field.
pub fn multiline_row(ui: &mut Ui, label: &str, value: &mut String, problem: Option<String>) -> Response {
    let label = form_label(ui, label);
    let response = ui
        .add_sized([theme::FIELD_WIDTH, theme::FIELD_HEIGHT * 3.0], egui::TextEdit::multiline(value))
        .labelled_by(label.id);
    problem_label(ui, problem);
    ui.end_row();
    response
}

/// Widths for a table's flexible columns: as `wanted` when there is room,
/// shrunk in proportion (never below 56 points) when `room` is narrower,
/// so that the columns after them (the row's actions) stay in view.
pub fn fitted_widths<const N: usize>(room: f32, wanted: [f32; N]) -> [f32; N] {
    let total: f32 = wanted.iter().sum();
    let factor = if total > 0.0 { (room / total).min(1.0) } else { 1.0 };
    wanted.map(|w| (w * factor).max(56.0))
}

/// A muted explanatory line.
pub fn hint(ui: &mut Ui, text: &str) {
    let colour = theme::palette(ui.visuals()).muted;
    ui.label(RichText::new(text).color(colour).small());
}

/// A section heading inside a card.
pub fn section_heading(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).strong().size(16.0));
    ui.add_space(theme::GAP / 2.0);
}

/// An amount in a fixed-width, right-aligned cell, so columns of money line
/// up and never run off the edge of a growing layout.
pub fn amount_cell(ui: &mut Ui, text: RichText) {
    ui.allocate_ui_with_layout(
        egui::vec2(theme::AMOUNT_WIDTH, theme::FIELD_HEIGHT),
        egui::Layout::right_to_left(egui::Align::Center),
        |ui| {
            ui.set_width(theme::AMOUNT_WIDTH);
            ui.label(text);
        },
    );
}

/// A label `width` points wide, shortened with "…" when the text is longer
/// (the whole text shows on hover), so that the columns after it stay in view.
pub fn fixed_label(ui: &mut Ui, width: f32, text: impl Into<egui::WidgetText>) -> Response {
    let text = text.into();
    let full = text.text().to_string();
    ui.allocate_ui_with_layout(
        egui::vec2(width, theme::FIELD_HEIGHT),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            ui.add(egui::Label::new(text).truncate()).on_hover_text(full)
        },
    )
    .inner
}

/// A row of a form grid with a date field that shows how to type a date.
pub fn date_row(ui: &mut Ui, i18n: &I18n, label: &str, text: &mut String, problem: Option<String>) {
    let label = form_label(ui, label);
    ui.add_sized(
        [140.0, theme::FIELD_HEIGHT],
        egui::TextEdit::singleline(text).hint_text(crate::i18n::format::date_hint(i18n.language())),
    )
    .labelled_by(label.id);
    problem_label(ui, problem);
    ui.end_row();
}

/// "From" and "to" date fields; the period when both are dates and the end
/// does not lie before the start.
pub fn period_rows(
    ui: &mut Ui,
    i18n: &I18n,
    from: &mut String,
    to: &mut String,
) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    use crate::i18n::format::parse_date;
    let (parsed_from, parsed_to) = (parse_date(from), parse_date(to));
    let invalid =
        |parsed: Option<chrono::NaiveDate>| parsed.is_none().then(|| problem_text(i18n, &Problem::InvalidDate));
    // An end before the start is said beside the end.
    let reversed = matches!((parsed_from, parsed_to), (Some(from), Some(to)) if to < from);
    let to_problem = if reversed { Some(problem_text(i18n, &Problem::EndBeforeStart)) } else { invalid(parsed_to) };
    egui::Grid::new("period_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
        date_row(ui, i18n, &i18n.tr("finance-from"), from, invalid(parsed_from));
        date_row(ui, i18n, &i18n.tr("finance-to"), to, to_problem);
    });
    match (parsed_from, parsed_to) {
        (Some(from), Some(to)) if from <= to => Some((from, to)),
        _ => None,
    }
}

/// The foot of a dialog: Cancel and a confirming button, right-aligned,
/// with `hint` on the left while the confirming button is disabled.
/// Returns (confirmed, cancelled).
pub fn dialog_buttons(ui: &mut Ui, i18n: &I18n, confirm: &str, enabled: bool, hint_text: Option<&str>) -> (bool, bool) {
    let (mut confirmed, mut cancelled) = (false, false);
    ui.separator();
    ui.horizontal(|ui| {
        if let (false, Some(text)) = (enabled, hint_text) {
            hint(ui, text);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            confirmed = ui.add_enabled(enabled, egui::Button::new(confirm)).clicked();
            cancelled = ui.button(i18n.tr("button-cancel")).clicked();
        });
    });
    (confirmed, cancelled)
}

/// A page that scrolls, its content no wider than is comfortable to read.
pub fn page_ui(ui: &mut Ui, id_salt: &str, add_contents: impl FnOnce(&mut Ui)) {
    egui::ScrollArea::vertical().id_salt(id_salt).auto_shrink(false).show(ui, |ui| {
        ui.set_max_width(ui.available_width().min(theme::CONTENT_MAX_WIDTH));
        add_contents(ui);
    });
}

/// A card of details: each row a translated label (`rows` holds ids) and
/// its value, wrapped when long.
pub fn details_card_ui(ui: &mut Ui, i18n: &I18n, id: &str, rows: &[(&str, String)]) {
    card_ui(ui, |ui| {
        egui::Grid::new(id).num_columns(2).spacing([theme::GAP * 2.0, 6.0]).show(ui, |ui| {
            for (label, value) in rows {
                ui.label(i18n.tr(label));
                ui.add(egui::Label::new(value.as_str()).wrap());
                ui.end_row();
            }
        });
    });
}

/// What a screen reader says for a combo box named `name`.
pub fn named_combo(name: &str) -> egui::WidgetInfo {
    egui::WidgetInfo::labeled(egui::Role::ComboBox, true, name)
}

/// A table's rows, told apart by a thin line under each rather than by
/// stripes: a stripe fills half the table, which a computer without a
/// graphics card draws at great cost. The lines are painted together after
/// the rows, so that they cost one batch, not one per row.
pub fn ruled_rows(
    mut body: egui_extras::TableBody<'_>,
    height: f32,
    count: usize,
    mut add_row: impl FnMut(&mut egui_extras::TableRow<'_, '_>),
) {
    let painter = body.ui_mut().painter().clone();
    let mut rules = Vec::new();
    body.rows(height, count, |mut row| {
        add_row(&mut row);
        let row = row.response();
        let y = row.rect.bottom() - 0.5;
        if painter.clip_rect().y_range().contains(y) {
            rules.push((row.rect.x_range(), y));
        }
    });
    let stroke = painter.ctx().global_style().visuals.widgets.noninteractive.bg_stroke;
    for (x, y) in rules {
        painter.hline(x, y, stroke);
    }
}

/// Makes the cells of the table built next on `ui` cut their text short
/// with an ellipsis at the column's edge (the full text shows on hover).
/// The columns are then not clipped one by one: a clipped cell is drawn as
/// a mesh of its own, and on a software renderer a screen of 140 cells held
/// 9 MB and cost a draw call each; unclipped, a table is one mesh.
pub fn truncated_cells(ui: &mut Ui) {
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
}

/// A card across the available width, for one section of a page.
pub fn card_ui<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    theme::card(ui.visuals())
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui)
        })
        .inner
}

/// A card with a heading and a hint under it, for one section of a form.
pub fn section_card_ui<R>(ui: &mut Ui, title: &str, hint_text: &str, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    card_ui(ui, |ui| {
        section_heading(ui, title);
        hint(ui, hint_text);
        ui.add_space(theme::GAP);
        add_contents(ui)
    })
}

/// The one shape of every dialog: a modal `width` points wide with `title`
/// as its heading. `body` draws the rest (fields with their problems beside
/// them, then the buttons) and returns true when the dialog should close;
/// Esc closes it too. A click beside it does not: a stray click would
/// otherwise drop what was typed. Returns whether it should close.
pub fn dialog_ui(ctx: &egui::Context, id: &str, width: f32, title: &str, body: impl FnOnce(&mut Ui) -> bool) -> bool {
    // Never wider than the window: a dialog's buttons stay in view at 1024 points.
    let width = width.min(ctx.content_rect().width() - 48.0).max(160.0);
    let response = modal(id).show(ctx, |ui| {
        ui.set_max_width(width);
        ui.set_width(width);
        ui.label(RichText::new(title).heading().strong());
        ui.add_space(theme::GAP);
        body(ui)
    });
    let escape = || ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
    response.inner
        || response.response.should_close()
        || (response.is_top_modal && !response.any_popup_open && escape())
}

/// Text rows of a form grid, each `(label id, text, field)`: the label in
/// the user's language, the field `width` wide, and the field's problem
/// beside it.
pub fn text_rows<'a>(
    ui: &mut Ui,
    i18n: &I18n,
    problems: &crate::domain::Problems,
    width: f32,
    rows: impl IntoIterator<Item = (&'a str, &'a mut String, &'a str)>,
) {
    for (label_id, value, field) in rows {
        let problem = problems.for_field(field).map(|p| problem_text(i18n, p));
        text_row(ui, &i18n.tr(label_id), value, width, problem);
    }
}

/// A button that opens the mail program to everyone in `addresses` (in
/// Bcc) with `subject`, and puts the addresses on the clipboard too.
pub fn email_button(
    ui: &mut Ui,
    cx: &super::Cx<'_>,
    label: &str,
    hint: Option<&str>,
    addresses: &[&str],
    subject: &str,
) {
    use crate::domain::mail::{distinct_addresses, mailto};
    let mut response = ui.add_enabled(!addresses.is_empty(), egui::Button::new(label));
    if let Some(hint) = hint {
        response = response.on_hover_text(hint);
    }
    if response.clicked() {
        // Without a mail program the link does nothing visible: the
        // addresses are on the clipboard too, and the notice says so.
        ui.ctx().copy_text(distinct_addresses(addresses.iter().copied()).join("; "));
        ui.ctx().open_url(egui::OpenUrl::new_tab(mailto(addresses.iter().copied(), subject)));
        cx.send(super::AppCommand::Notify(cx.i18n.tr("toast-mail-opened")));
    }
}

/// A page's title with its status beside it in the accent colour.
pub fn title_with_status(ui: &mut Ui, title: &str, status: String) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(title).heading().strong());
        let colours = theme::palette(ui.visuals());
        ui.label(RichText::new(status).color(colours.accent));
    });
}

/// A row of widgets at the right edge, laid out left to right so that Tab
/// moves through them in reading order. The row's width is measured in one
/// pass and used in the next; egui redoes a pass whose width changed before
/// anything is shown.
pub fn right_aligned_ui(ui: &mut Ui, id_salt: &str, add_contents: impl FnOnce(&mut Ui)) {
    let id = ui.make_persistent_id(id_salt);
    let known: Option<f32> = ui.data(|d| d.get_temp(id));
    ui.add_space((ui.available_width() - known.unwrap_or(0.0)).max(0.0));
    let measured = ui.horizontal(add_contents).response.rect.width();
    if known.is_none_or(|width| (width - measured).abs() > 0.5) {
        ui.data_mut(|d| d.insert_temp(id, measured));
        ui.ctx().request_discard("a right-aligned row changed its width");
    }
}

/// A record's number (a group's, a coach's, a funding source's), small and
/// muted: the command line asks for it, and the hover says which command.
pub fn number_label(ui: &mut Ui, i18n: &I18n, id: i64, command: &str) -> Response {
    let text = i18n.tr_args("window-number", &[("id", Arg::from(id))]);
    let command = Arg::from(format!("{command} {id}"));
    ui.label(RichText::new(text).color(theme::palette(ui.visuals()).muted).small())
        .on_hover_text(i18n.tr_args("window-number-hint", &[("command", command)]))
}

/// A table's column headings in the user's language, from their text ids:
/// the amount's (`column-amount`) right-aligned, an empty id an empty
/// heading (over a row's actions).
pub fn table_header(mut header: egui_extras::TableRow<'_, '_>, i18n: &I18n, ids: &[&str]) {
    for id in ids {
        header.col(|ui| {
            if *id == "column-amount" {
                amount_cell(ui, RichText::new(i18n.tr(id)).strong());
            } else if !id.is_empty() {
                ui.label(RichText::new(i18n.tr(id)).strong());
            }
        });
    }
}

/// A modal dialog anchored near the top of the window, not in its middle:
/// a dialog that grows while typing (a problem beside a field, a preview)
/// grows downwards, so no field moves under the mouse.
pub fn modal(id: &str) -> egui::Modal {
    let id = egui::Id::unique(id);
    let area = egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, theme::DIALOG_TOP));
    egui::Modal::new(id).area(area)
}
