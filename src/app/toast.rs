//! Short notifications of what a command did, bottom right, fading after
//! a few seconds.

use super::{Command, theme};
use egui::{Align2, RichText};

/// Whether a notification reports success or a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToastKind {
    Success,
    Error,
}

/// One notification.
#[derive(Clone, Debug)]
pub struct Toast {
    pub text: String,
    pub kind: ToastKind,
    /// What Undo does, for a notification that offers it.
    pub undo: Option<Command>,
    shown_at: Option<f64>,
}

/// The notifications on screen.
#[derive(Default)]
pub struct Toasts {
    items: Vec<Toast>,
}

impl Toasts {
    /// Reports a success.
    pub fn success(&mut self, text: String) {
        self.items.push(Toast { text, kind: ToastKind::Success, undo: None, shown_at: None });
    }

    /// Reports a success that Undo can take back with `undo`.
    pub fn success_with_undo(&mut self, text: String, undo: Command) {
        self.items.push(Toast { text, kind: ToastKind::Success, undo: Some(undo), shown_at: None });
    }

    /// Reports a problem.
    pub fn error(&mut self, text: String) {
        self.items.push(Toast { text, kind: ToastKind::Error, undo: None, shown_at: None });
    }

    /// Takes every notification off the screen (the window locks).
    pub fn clear(&mut self) {
        self.items.clear();
    }

    /// The notifications still on screen, newest last.
    pub fn current(&self) -> &[Toast] {
        &self.items
    }

    /// Draws the notifications and removes the expired ones; returns the
    /// command of an Undo that was clicked. `undo_label` names the button.
    pub fn show_ui(&mut self, ctx: &egui::Context, undo_label: &str) -> Option<Command> {
        let now = ctx.input(|i| i.time);
        self.items.retain(|t| t.shown_at.is_none_or(|at| now - at < theme::TOAST_SECONDS));
        if self.items.is_empty() {
            return None;
        }
        let mut undone = None;
        for toast in &mut self.items {
            toast.shown_at.get_or_insert(now);
        }
        let colours = theme::palette(&ctx.global_style().visuals);
        egui::Area::new(egui::Id::unique("toasts"))
            .anchor(Align2::RIGHT_BOTTOM, [-16.0, -16.0])
            .order(egui::Order::Foreground)
            .interactable(self.items.iter().any(|t| t.undo.is_some()))
            .show(ctx, |ui| {
                for (index, toast) in self.items.iter().enumerate() {
                    let colour = match toast.kind {
                        ToastKind::Success => colours.success,
                        ToastKind::Error => colours.danger,
                    };
                    egui::Frame::popup(ui.style()).stroke(egui::Stroke::new(1.5, colour)).show(ui, |ui| {
                        ui.set_max_width(420.0);
                        // The text wraps within the notification; Undo sits under it.
                        ui.label(RichText::new(&toast.text).color(colour));
                        if toast.undo.is_some() && ui.button(undo_label).clicked() {
                            undone = Some(index);
                        }
                    });
                    ui.add_space(theme::GAP);
                }
            });
        let oldest = self.items.iter().filter_map(|t| t.shown_at).fold(now, f64::min);
        let remaining = (oldest + theme::TOAST_SECONDS - now).max(0.05);
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(remaining));
        let index = undone?;
        self.items.remove(index).undo
    }
}
