//! Choosing: people found by a search, preferred times on a small week,
//! spoken languages.

use super::{fixed_label, slot_label};
use crate::app::{Cx, theme};
use crate::i18n::I18n;
use egui::{RichText, Ui};

/// "Add a member": a search field and the people it finds (not those in
/// `exclude`); the one picked, the search then cleared.
pub fn add_member_ui(
    ui: &mut Ui,
    cx: &Cx<'_>,
    search: &mut String,
    exclude: &[crate::domain::PersonId],
) -> Option<crate::domain::PersonId> {
    let i18n = cx.i18n;
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("network-add-member"));
        let field = egui::TextEdit::singleline(search)
            .hint_text(i18n.tr("network-find-person"))
            .desired_width(theme::FIELD_WIDTH);
        ui.add(field).labelled_by(label.id);
    });
    let picked = person_matches_ui(ui, cx, search, exclude, "network-add");
    if picked.is_some() {
        search.clear();
    }
    picked
}

/// Active people whose name, email or department contains `search`, except
/// `exclude`, each with a button labelled `button`; the one chosen.
pub fn person_matches_ui(
    ui: &mut Ui,
    cx: &Cx<'_>,
    search: &str,
    exclude: &[crate::domain::PersonId],
    button: &str,
) -> Option<crate::domain::PersonId> {
    let wanted = crate::domain::search::fold(search.trim());
    if wanted.is_empty() {
        return None;
    }
    let mut chosen = None;
    let matches = cx
        .view
        .people
        .iter()
        .enumerate()
        .filter(|(i, p)| p.active && cx.view.search_keys.get(*i).contains(&wanted))
        .filter(|(_, p)| !exclude.contains(&p.id))
        .take(6);
    for (_, person) in matches {
        ui.horizontal(|ui| {
            let organisation = if person.organisation.is_empty() {
                cx.i18n.tr("person-no-organisation")
            } else {
                person.organisation.to_string()
            };
            let mut text = format!("{} · {organisation}", person.name);
            if !person.department.is_empty() {
                text.push_str(&format!(" · {}", person.department));
            }
            fixed_label(ui, theme::FIELD_WIDTH + 60.0, text);
            if ui.small_button(cx.i18n.tr(button)).clicked() {
                chosen = Some(person.id);
            }
        });
    }
    chosen
}

/// The preferred times as a small week: the workdays across, the parts of
/// the day down, a box for each (its slot said on hover and to a screen
/// reader), narrow enough for a dialog on a 1024-point window.
pub fn slots_ui(ui: &mut Ui, i18n: &I18n, id: &str, preferred: &mut Vec<crate::domain::slots::TimeSlot>) {
    use crate::domain::slots::{DayPart, TimeSlot, WORKDAYS};
    use crate::ops::lists::{day_part_label, weekday_label};
    egui::Grid::new(id).num_columns(WORKDAYS.len() + 1).spacing([theme::GAP * 1.5, 2.0]).show(ui, |ui| {
        ui.label("");
        for weekday in WORKDAYS {
            ui.label(RichText::new(weekday_label(i18n, weekday)).small());
        }
        ui.end_row();
        for part in DayPart::ALL {
            ui.label(RichText::new(day_part_label(i18n, part)).small());
            for weekday in WORKDAYS {
                let slot = TimeSlot::new(weekday, part);
                let mut on = preferred.contains(&slot);
                let label = slot_label(i18n, slot);
                let response = ui.add(egui::Checkbox::without_text(&mut on)).on_hover_text(&label);
                response.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, on, &label));
                if response.changed() {
                    preferred.retain(|s| *s != slot);
                    if on {
                        preferred.push(slot);
                        preferred.sort();
                    }
                }
            }
            ui.end_row();
        }
    });
}

/// A checkbox per language a person can be spoken to in.
pub fn languages_ui(ui: &mut Ui, i18n: &I18n, id: &str, languages: &mut Vec<String>) {
    use crate::domain::person::SPOKEN_LANGUAGES;
    egui::Grid::new(id).num_columns(5).spacing([theme::GAP, 4.0]).show(ui, |ui| {
        for (index, code) in SPOKEN_LANGUAGES.iter().enumerate() {
            let mut spoken = languages.iter().any(|l| l == code);
            if ui.checkbox(&mut spoken, i18n.tr(&format!("spoken-{code}"))).changed() {
                languages.retain(|l| l != code);
                if spoken {
                    languages.push(code.to_string());
                }
            }
            if index % 5 == 4 {
                ui.end_row();
            }
        }
    });
}
