//! A peer supporter's coming conversations, their calendar file and an
//! email to them, started from the People tab.

use crate::app::{AppCommand, Cx, theme, widgets};
use crate::domain::PersonId;
use crate::i18n::Arg;
use crate::ops::documents::DocumentRequest;

/// An open supporter dialog.
pub struct SupporterDialog {
    pub supporter: PersonId,
}

impl SupporterDialog {
    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let i18n = cx.i18n;
        let cases = &cx.view.cases;
        let Some(person) = cx.view.person(self.supporter) else { return true };
        let coming = cases.coming_for(self.supporter);
        let title = i18n.tr_args("supporter-title", &[("name", Arg::from(person.name.as_ref()))]);
        widgets::dialog_ui(ctx, "supporter_dialog", 560.0, &title, |ui| {
            widgets::hint(ui, &i18n.tr_args("supporter-open", &[("count", Arg::from(cases.open_for(self.supporter)))]));
            ui.add_space(theme::GAP);
            widgets::section_heading(ui, &i18n.tr("supporter-coming"));
            if coming.is_empty() {
                widgets::hint(ui, &i18n.tr("supporter-none"));
            }
            for (at, reference) in &coming {
                super::page::coming_label(ui, *at, reference, cx);
            }
            ui.separator();
            let mut close = false;
            ui.horizontal(|ui| {
                if ui.button(i18n.tr("supporter-calendar")).clicked() {
                    cx.send(AppCommand::SaveDocument(DocumentRequest::SupporterCalendar(self.supporter)));
                }
                let addresses: Vec<&str> = [person.email.as_ref()].into_iter().filter(|e| !e.is_empty()).collect();
                widgets::email_button(
                    ui,
                    cx,
                    &i18n.tr("supporter-email"),
                    None,
                    &addresses,
                    &i18n.tr("supporter-subject"),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    close = ui.button(i18n.tr("button-close")).clicked();
                });
            });
            close
        })
    }
}
