//! Passphrases in the window: chosen for a new database (or knowingly
//! skipped), asked for when an encrypted file is opened, and asked for
//! again when the window has locked itself after a while without use.

use super::{AppCommand, Command, theme, welcome, widgets};
use crate::domain::passphrase::{self, Strength, field};
use crate::i18n::{Arg, I18n};
use crate::store::Passphrase;
use egui::{RichText, Ui};
use std::path::PathBuf;

/// A new database's passphrase, being chosen.
#[derive(Clone, Debug, Default)]
pub struct NewPassphrase {
    pub passphrase: String,
    pub confirmation: String,
    /// The user chose to go on without a passphrase.
    pub without: bool,
}

/// An encrypted file waiting for its passphrase.
#[derive(Clone, Debug)]
pub struct Unlock {
    pub path: PathBuf,
    pub passphrase: String,
    pub error: Option<String>,
}

impl Unlock {
    pub fn new(path: PathBuf) -> Unlock {
        Unlock { path, passphrase: String::new(), error: None }
    }
}

/// The window, locked: what the user typed to unlock it.
#[derive(Clone, Debug, Default)]
pub struct Locked {
    pub passphrase: String,
    pub error: Option<String>,
}

fn password_field(ui: &mut Ui, label: &str, value: &mut String, problem: Option<String>) -> egui::Response {
    let label = widgets::form_label(ui, label);
    let response = ui
        .add_sized([theme::FIELD_WIDTH, theme::FIELD_HEIGHT], egui::TextEdit::singleline(value).password(true))
        .labelled_by(label.id);
    widgets::problem_label(ui, problem);
    ui.end_row();
    response
}

fn strength_text(i18n: &I18n, strength: Strength) -> String {
    i18n.tr(match strength {
        Strength::TooShort => "passphrase-too-short",
        Strength::Weak => "passphrase-weak",
        Strength::Fair => "passphrase-fair",
        Strength::Strong => "passphrase-strong",
    })
}

/// The choice of a new database's passphrase, in place of the welcome card.
pub fn new_passphrase_ui(ui: &mut Ui, i18n: &I18n, form: &mut NewPassphrase, commands: &mut Vec<Command>) {
    welcome::centred_card(ui, |ui| {
        ui.label(RichText::new(i18n.tr("new-passphrase-title")).heading().strong());
        ui.add_space(theme::GAP);
        ui.label(i18n.tr("new-passphrase-intro"));
        ui.add_space(theme::SECTION_GAP);
        let problems = passphrase::problems(&form.passphrase, &form.confirmation);
        let colours = theme::palette(ui.visuals());
        ui.add_enabled_ui(!form.without, |ui| {
            egui::Grid::new("new_passphrase").num_columns(3).spacing([theme::GAP, 6.0]).show(ui, |ui| {
                let typed = !form.passphrase.is_empty();
                password_field(ui, &i18n.tr("passphrase-label"), &mut form.passphrase, None);
                ui.label("");
                let strength = passphrase::strength(&form.passphrase);
                let colour = if strength >= Strength::Fair { colours.success } else { colours.warning };
                ui.label(
                    RichText::new(if typed { strength_text(i18n, strength) } else { String::new() }).color(colour),
                );
                ui.label("");
                ui.end_row();
                let mismatch = (!form.confirmation.is_empty())
                    .then(|| problems.for_field(field::CONFIRMATION))
                    .flatten()
                    .map(|p| widgets::problem_text(i18n, p));
                password_field(ui, &i18n.tr("passphrase-confirm"), &mut form.confirmation, mismatch);
            });
        });
        ui.add_space(theme::GAP);
        ui.checkbox(&mut form.without, i18n.tr("new-passphrase-without"));
        if form.without {
            ui.label(RichText::new(i18n.tr("new-passphrase-without-warning")).color(colours.danger));
        }
        ui.add_space(theme::SECTION_GAP);
        ui.horizontal(|ui| {
            let (label, ready) = if form.without {
                (i18n.tr("new-passphrase-create-plain"), true)
            } else {
                (i18n.tr("new-passphrase-create"), problems.is_empty())
            };
            if ui.add_enabled(ready, egui::Button::new(label)).clicked() {
                let key = (!form.without).then(|| Passphrase::new(form.passphrase.clone()));
                commands.push(AppCommand::CreateDatabase(key).into());
            }
            if ui.button(i18n.tr("button-cancel")).clicked() {
                commands.push(AppCommand::CancelNewDatabase.into());
            }
        });
        if !form.without && !problems.is_empty() {
            widgets::hint(ui, &i18n.tr_args("passphrase-rule", &[("min", Arg::from(passphrase::MIN_LENGTH))]));
        }
    });
}

/// Asks for the passphrase of an encrypted file.
pub fn unlock_ui(ui: &mut Ui, i18n: &I18n, unlock: &mut Unlock, commands: &mut Vec<Command>) {
    welcome::centred_card(ui, |ui| {
        let file = unlock.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        ui.label(RichText::new(i18n.tr_args("unlock-title", &[("file", Arg::from(file))])).heading().strong());
        ui.add_space(theme::GAP);
        ui.label(i18n.tr("unlock-intro"));
        ui.add_space(theme::SECTION_GAP);
        let submitted = passphrase_entry_ui(ui, i18n, &mut unlock.passphrase, unlock.error.clone(), "unlock-open");
        if submitted {
            commands.push(AppCommand::Unlock(Passphrase::new(std::mem::take(&mut unlock.passphrase))).into());
        }
        ui.add_space(theme::SECTION_GAP);
        ui.horizontal_wrapped(|ui| welcome::open_database_buttons_ui(ui, i18n, commands));
    });
}

/// The locked window: nothing of the data shows until it is unlocked.
pub fn locked_ui(ui: &mut Ui, i18n: &I18n, locked: &mut Locked, encrypted: bool, commands: &mut Vec<Command>) {
    welcome::centred_card(ui, |ui| {
        ui.label(RichText::new(i18n.tr("locked-title")).heading().strong());
        ui.add_space(theme::GAP);
        if encrypted {
            ui.label(i18n.tr("locked-intro"));
            ui.add_space(theme::SECTION_GAP);
            if passphrase_entry_ui(ui, i18n, &mut locked.passphrase, locked.error.clone(), "locked-unlock") {
                let typed = Passphrase::new(std::mem::take(&mut locked.passphrase));
                commands.push(AppCommand::UnlockWindow(Some(typed)).into());
            }
        } else {
            ui.label(i18n.tr("locked-intro-plain"));
            ui.add_space(theme::SECTION_GAP);
            if ui.button(i18n.tr("locked-unlock")).clicked() {
                commands.push(AppCommand::UnlockWindow(None).into());
            }
        }
    });
}

/// A passphrase field with its button; true when the user asked to go on
/// (the button or Enter).
fn passphrase_entry_ui(ui: &mut Ui, i18n: &I18n, value: &mut String, error: Option<String>, button: &str) -> bool {
    let mut submitted = false;
    egui::Grid::new("passphrase_entry").num_columns(3).spacing([theme::GAP, 6.0]).show(ui, |ui| {
        let response = password_field(ui, &i18n.tr("passphrase-label"), value, error);
        if !response.has_focus() && !response.lost_focus() && value.is_empty() {
            response.request_focus();
        }
        submitted = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    });
    ui.add_space(theme::GAP);
    submitted |= ui.add_enabled(!value.is_empty(), egui::Button::new(i18n.tr(button))).clicked();
    submitted && !value.is_empty()
}

impl super::PeerDeskApp {
    /// Hides the data until the window is unlocked; what was being typed in
    /// a dialog stays, unseen.
    pub(crate) fn lock(&mut self) {
        if self.db.is_some() && self.locked.is_none() {
            self.locked = Some(Locked::default());
            self.toasts.clear();
        }
    }

    /// Unlocks the window: with the file's passphrase when it has one.
    pub(crate) fn unlock_window(&mut self, typed: Option<Passphrase>) {
        let Some(db) = &self.db else { return };
        let opens = match (&typed, db.store.is_encrypted()) {
            (Some(typed), true) => db.store.passphrase_matches(typed),
            (_, false) => true,
            (None, true) => false,
        };
        if opens {
            self.locked = None;
            self.last_input = self.instant();
        } else {
            self.log(crate::domain::access::AccessAction::FailedUnlock, "");
            if let Some(locked) = &mut self.locked {
                locked.error = Some(self.i18n.tr("locked-wrong"));
            }
        }
    }

    /// Locks the window after the set minutes without input, and on Ctrl+L.
    pub(crate) fn lock_when_idle(&mut self, ctx: &egui::Context) {
        let Some(db) = &self.db else { return };
        if self.locked.is_some() {
            return;
        }
        let (touched, asked) = ctx.input_mut(|i| {
            let touched = !i.events.is_empty() || i.pointer.is_moving();
            let asked = i.consume_key(egui::Modifiers::COMMAND, egui::Key::L);
            (touched, asked)
        });
        if touched {
            self.last_input = self.instant();
        }
        let minutes = db.view.settings.privacy.auto_lock_minutes.clamp(1, 240) as u64;
        let after = std::time::Duration::from_secs(minutes * 60);
        let idle = self.instant().saturating_duration_since(self.last_input);
        if asked || idle >= after {
            self.lock();
        } else {
            ctx.request_repaint_after(after - idle);
        }
    }
}
