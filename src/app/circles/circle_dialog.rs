//! Forming a circle from a proposal, or editing a circle's details: name,
//! chair (never one of the members), link or place, the cadence the
//! participants chose, and status.

use super::Command;
use crate::app::widgets::conflict::{Fields, Reconcile, refused_ui};
use crate::app::{Cx, theme, widgets};
use crate::domain::circles::circle::{Cadence, Circle, CircleDraft, CircleId, CircleStatus, field};
use crate::domain::circles::proposals::CircleProposal;
use crate::domain::{Problems, Role, validate};
use crate::ops::circles::{circle_status_text, phase_name};
use egui::{RichText, Ui};

/// A circle being formed or edited.
pub struct CircleDialog {
    id: Option<CircleId>,
    draft: CircleDraft,
    every_weeks: bool,
    weeks: String,
    /// Save was pressed: a newer stored version is the change that refused it.
    sent: bool,
}

impl Reconcile for CircleDialog {
    type Stored = Circle;

    fn refused<'a>(&self, cx: &Cx<'a>) -> Option<&'a Circle> {
        let id = self.id.filter(|_| self.sent)?;
        cx.view.circles.circles.iter().find(|c| c.id == id && Some(c.version) != self.draft.version)
    }

    fn reopened(&self, stored: &Circle, _: &Cx<'_>) -> Self {
        Self::edit(stored)
    }

    fn fields(&self, cx: &Cx<'_>) -> Fields {
        let (i18n, d) = (cx.i18n, &self.draft);
        let cadence = match self.every_weeks {
            true => format!("{} {} {}", i18n.tr("circle-every"), self.weeks.trim(), i18n.tr("circle-weeks")),
            false => i18n.tr("cadence-agreed"),
        };
        vec![
            ("circle-name", d.name.clone()),
            ("circle-chair", d.chair.and_then(|c| cx.view.person(c)).map(|p| p.name.to_string()).unwrap_or_default()),
            ("circle-online", widgets::conflict::yes_no(i18n, d.online)),
            (if d.online { "circle-link" } else { "circle-address" }, d.place.clone()),
            ("circle-status", circle_status_text(i18n, d.status)),
            ("circle-cadence", cadence),
        ]
    }

    fn keep_mine(&mut self, stored: &Circle, cx: &Cx<'_>) {
        self.draft.version = Some(stored.version);
        cx.send(Command::UpdateCircle(stored.id, self.parsed(cx).0));
    }
}

impl CircleDialog {
    /// The form for a proposed circle, named after its phase.
    pub fn from_proposal(cx: &Cx<'_>, proposal: &CircleProposal, index: usize) -> Self {
        let phase = phase_name(cx.i18n, &cx.view.list_items, proposal.phase);
        let existing = cx.view.circles.circles.iter().filter(|c| c.phase == proposal.phase).count() + index;
        let letter = char::from(b'A' + u8::try_from(existing % 26).unwrap_or(0));
        CircleDialog {
            id: None,
            draft: CircleDraft {
                name: format!("{phase} {letter}"),
                phase: proposal.phase,
                chair: proposal.chair.as_ref().map(|c| c.person),
                members: proposal.members.members.iter().map(|m| m.person).collect(),
                online: true,
                place: String::new(),
                cadence: Cadence::EveryWeeks(4),
                status: CircleStatus::Forming,
                version: None,
            },
            every_weeks: true,
            weeks: "4".into(),
            sent: false,
        }
    }

    /// The form for an existing circle.
    pub fn edit(circle: &Circle) -> Self {
        let (every_weeks, weeks) = match circle.cadence {
            Cadence::EveryWeeks(w) => (true, w.to_string()),
            Cadence::AgreedEachTime => (false, "4".into()),
        };
        CircleDialog { id: Some(circle.id), draft: circle.to_draft(), every_weeks, weeks, sent: false }
    }

    fn parsed(&self, cx: &Cx<'_>) -> (CircleDraft, Problems) {
        let mut draft = self.draft.clone();
        let mut problems = Problems::new();
        if self.every_weeks {
            match validate::whole_number(&self.weeks, 1, 26) {
                Ok(w) => draft.cadence = Cadence::EveryWeeks(u32::try_from(w).unwrap_or(4)),
                Err(p) => problems.add(field::CADENCE, p),
            }
        } else {
            draft.cadence = Cadence::AgreedEachTime;
        }
        let max = usize::try_from(cx.view.settings.circles.circle_size).unwrap_or(4);
        for (f, p) in draft.problems(max).iter() {
            if problems.for_field(f).is_none() {
                problems.add(f, p.clone());
            }
        }
        (draft, problems)
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let i18n = cx.i18n;
        let title = i18n.tr(if self.id.is_some() { "circle-edit-title" } else { "circle-form-title" });
        if let Some(close) = refused_ui(self, ctx, "circle_dialog", &title, cx) {
            return close;
        }
        let (draft, problems) = self.parsed(cx);
        widgets::dialog_ui(ctx, "circle_dialog", 680.0, &title, |ui| {
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() - 170.0).show(ui, |ui| {
                let names: Vec<String> =
                    self.draft.members.iter().filter_map(|p| cx.view.person(*p)).map(|p| p.name.to_string()).collect();
                let phase = phase_name(i18n, &cx.view.list_items, self.draft.phase);
                ui.label(RichText::new(format!("{phase} · {}", names.join(", "))).strong());
                ui.add_space(theme::GAP);
                self.fields_ui(ui, cx, &problems);
            });
            let hint = i18n.tr("circle-fix-problems");
            let ok = problems.is_empty();
            let confirm = i18n.tr(if self.id.is_some() { "circle-save" } else { "circle-form-save" });
            let (save, cancel) = widgets::dialog_buttons(ui, i18n, &confirm, ok, Some(&hint));
            if save && ok {
                self.sent = true;
                cx.send(match self.id {
                    Some(id) => Command::UpdateCircle(id, draft.clone()),
                    None => Command::FormCircle(draft.clone()),
                });
            }
            cancel
        })
    }

    fn fields_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let i18n = cx.i18n;
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(i18n, p));
        egui::Grid::new("circle_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            widgets::text_row(ui, &i18n.tr("circle-name"), &mut self.draft.name, theme::FIELD_WIDTH, text(field::NAME));
            let label = widgets::form_label(ui, &i18n.tr("circle-chair"));
            let shown = self.draft.chair.and_then(|c| cx.view.person(c)).map(|p| p.name.to_string());
            egui::ComboBox::from_id_salt("circle_chair")
                .selected_text(shown.unwrap_or_else(|| i18n.tr("choice-none")))
                .width(theme::FIELD_WIDTH)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.draft.chair, None, i18n.tr("choice-none"));
                    for person in cx.view.people.iter().filter(|p| p.active && p.has_role(Role::CircleChair)) {
                        if !self.draft.members.contains(&person.id) {
                            ui.selectable_value(&mut self.draft.chair, Some(person.id), &person.name);
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            widgets::problem_label(ui, text(field::CHAIR));
            ui.end_row();
            let label = if self.draft.online { "circle-link" } else { "circle-address" };
            widgets::text_row(ui, &i18n.tr(label), &mut self.draft.place, theme::FIELD_WIDTH, text(field::PLACE));
            if self.id.is_some() {
                let label = widgets::form_label(ui, &i18n.tr("circle-status"));
                egui::ComboBox::from_id_salt("circle_status")
                    .selected_text(circle_status_text(i18n, self.draft.status))
                    .show_ui(ui, |ui| {
                        for status in CircleStatus::ALL {
                            ui.selectable_value(&mut self.draft.status, status, circle_status_text(i18n, status));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.label("");
                ui.end_row();
            }
        });
        ui.checkbox(&mut self.draft.online, i18n.tr("circle-online"));
        ui.add_space(theme::GAP);
        widgets::section_heading(ui, &i18n.tr("circle-cadence"));
        ui.radio_value(&mut self.every_weeks, false, i18n.tr("cadence-agreed"));
        ui.horizontal(|ui| {
            let radio = ui.radio_value(&mut self.every_weeks, true, i18n.tr("circle-every"));
            ui.add_enabled(self.every_weeks, egui::TextEdit::singleline(&mut self.weeks).desired_width(40.0))
                .labelled_by(radio.id);
            ui.label(i18n.tr("circle-weeks"));
        });
        widgets::problem_label(ui, text(field::CADENCE));
    }
}
