//! The library of intervisie methods: each with its phases and minutes. The
//! coordinator adds methods and edits any (a shipped method edited keeps
//! the words as typed).

use super::{CirclesTab, Command, Dialog};
use crate::app::widgets::conflict::{Fields, Reconcile, refused_ui};
use crate::app::{Cx, theme, widgets};
use crate::domain::circles::methods::{Method, MethodDraft, MethodId, MethodPhase, field};
use crate::i18n::Arg;
use crate::ops::circles::{method_name, phase_words};
use egui::{RichText, Ui};

/// Draws the methods part.
pub fn methods_ui(ui: &mut Ui, tab: &mut CirclesTab, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    ui.horizontal(|ui| {
        if ui.add_enabled(cx.writable(), egui::Button::new(i18n.tr("methods-new"))).clicked() {
            tab.dialog = Some(Dialog::Method(MethodDialog::new()));
        }
        widgets::hint(ui, &i18n.tr("methods-hint"));
    });
    ui.add_space(theme::GAP);
    widgets::page_ui(ui, "circles_methods", |ui| {
        for method in &cx.view.circles.methods {
            widgets::card_ui(ui, |ui| {
                ui.horizontal(|ui| {
                    let title = i18n.tr_args(
                        "methods-title",
                        &[("name", Arg::from(method_name(i18n, method))), ("minutes", Arg::from(method.minutes()))],
                    );
                    ui.label(RichText::new(title).strong());
                    if ui.add_enabled(cx.writable(), egui::Button::new(i18n.tr("network-edit")).small()).clicked() {
                        tab.dialog = Some(Dialog::Method(MethodDialog::edit(cx, method)));
                    }
                });
                for index in 0..method.phases.len() {
                    let (title, what) = phase_words(i18n, method, index);
                    let minutes = method.phases.get(index).map(|p| p.minutes).unwrap_or_default();
                    ui.label(format!("{}. {title} ({minutes} min)", index + 1));
                    if !what.is_empty() {
                        widgets::hint(ui, &what);
                    }
                }
            });
        }
    });
}

/// A method being added or edited.
pub struct MethodDialog {
    id: Option<MethodId>,
    name: String,
    /// Title, minutes (as typed) and what happens.
    phases: Vec<(String, String, String)>,
    /// The version of the method as it was opened: a save after a change
    /// made meanwhile is refused, not overwritten.
    version: Option<i64>,
    /// Save was pressed: a newer stored version is the change that refused it.
    sent: bool,
}

impl Reconcile for MethodDialog {
    type Stored = Method;

    fn refused<'a>(&self, cx: &Cx<'a>) -> Option<&'a Method> {
        let id = self.id.filter(|_| self.sent)?;
        cx.view.circles.methods.iter().find(|m| m.id == id && Some(m.version) != self.version)
    }

    fn reopened(&self, stored: &Method, cx: &Cx<'_>) -> Self {
        Self::edit(cx, stored)
    }

    fn fields(&self, cx: &Cx<'_>) -> Fields {
        let minutes = cx.i18n.tr("methods-minutes");
        let phases = self.phases.iter().enumerate().map(|(i, (title, m, what))| {
            format!("{}. {} ({} {minutes}) {}", i + 1, title.trim(), m.trim(), what.trim())
        });
        vec![("methods-name", self.name.clone()), ("methods-phases", phases.collect::<Vec<_>>().join("\n"))]
    }

    fn keep_mine(&mut self, stored: &Method, cx: &Cx<'_>) {
        self.version = Some(stored.version);
        if let Some(draft) = self.draft() {
            cx.send(Command::SaveMethod(self.id, draft));
        }
    }
}

impl MethodDialog {
    fn new() -> Self {
        MethodDialog {
            id: None,
            name: String::new(),
            phases: vec![(String::new(), "10".into(), String::new())],
            version: None,
            sent: false,
        }
    }

    /// The form for `method`, its shipped words written out in the user's language.
    fn edit(cx: &Cx<'_>, method: &Method) -> Self {
        let phases = (0..method.phases.len())
            .map(|i| {
                let (title, what) = phase_words(cx.i18n, method, i);
                let minutes = method.phases.get(i).map(|p| p.minutes).unwrap_or(10);
                (title, minutes.to_string(), what)
            })
            .collect();
        MethodDialog {
            id: Some(method.id),
            name: method_name(cx.i18n, method),
            phases,
            version: Some(method.version),
            sent: false,
        }
    }

    fn draft(&self) -> Option<MethodDraft> {
        let phases: Option<Vec<MethodPhase>> = self
            .phases
            .iter()
            .map(|(title, minutes, what)| {
                let minutes = minutes.trim().parse::<i64>().ok()?;
                Some(MethodPhase { title: title.clone(), minutes, what: what.clone() })
            })
            .collect();
        phases.map(|phases| MethodDraft { name: self.name.clone(), phases, version: self.version })
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let i18n = cx.i18n;
        let title = i18n.tr(if self.id.is_some() { "methods-edit-title" } else { "methods-new-title" });
        if let Some(close) = refused_ui(self, ctx, "method_dialog", &title, cx) {
            return close;
        }
        let draft = self.draft();
        let problems = draft.as_ref().map(|d| d.problems()).unwrap_or_else(|| {
            let mut p = crate::domain::Problems::new();
            p.add(field::PHASES, crate::domain::Problem::NotAWholeNumber);
            p
        });
        widgets::dialog_ui(ctx, "method_dialog", 760.0, &title, |ui| {
            egui::Grid::new("method_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
                let problem = problems.for_field(field::NAME).map(|p| widgets::problem_text(i18n, p));
                widgets::text_row(ui, &i18n.tr("methods-name"), &mut self.name, theme::FIELD_WIDTH, problem);
            });
            widgets::section_heading(ui, &i18n.tr("methods-phases"));
            widgets::problem_label(ui, problems.for_field(field::PHASES).map(|_| i18n.tr("methods-phases-problem")));
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() - 260.0).show(ui, |ui| {
                self.phases_ui(ui, cx);
            });
            let total: i64 = draft.as_ref().map(|d| d.phases.iter().map(|p| p.minutes).sum()).unwrap_or(0);
            widgets::hint(ui, &i18n.tr_args("methods-total", &[("minutes", Arg::from(total))]));
            let ok = problems.is_empty();
            let (save, cancel) = widgets::dialog_buttons(ui, i18n, &i18n.tr("methods-save"), ok, None);
            if save
                && ok
                && let Some(draft) = &draft
            {
                self.sent = true;
                cx.send(Command::SaveMethod(self.id, draft.clone()));
            }
            cancel
        })
    }

    fn phases_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>) {
        let i18n = cx.i18n;
        let mut remove = None;
        for (index, (title, minutes, what)) in self.phases.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                let label = ui.label(format!("{}.", index + 1));
                ui.add(
                    egui::TextEdit::singleline(title).hint_text(i18n.tr("methods-phase-title")).desired_width(200.0),
                )
                .labelled_by(label.id);
                let unit = ui.label(i18n.tr("methods-minutes"));
                ui.add(egui::TextEdit::singleline(minutes).desired_width(40.0)).labelled_by(unit.id);
                ui.add(egui::TextEdit::singleline(what).hint_text(i18n.tr("methods-phase-what")).desired_width(260.0))
                    .labelled_by(label.id);
                if ui.small_button(i18n.tr("button-remove")).clicked() {
                    remove = Some(index);
                }
            });
        }
        if let Some(index) = remove {
            self.phases.remove(index);
        }
        if ui.small_button(i18n.tr("methods-add-phase")).clicked() {
            self.phases.push((String::new(), "10".into(), String::new()));
        }
    }
}
