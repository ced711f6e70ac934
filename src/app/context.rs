//! What every screen needs while drawing, in one value.

use super::{Command, ViewData};
use crate::i18n::{I18n, Language};
use chrono::NaiveDate;
use std::cell::RefCell;

/// How far a batch print has come, for the Finance tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BatchProgress {
    pub done: usize,
    pub total: usize,
}

/// The context of one frame: the loaded data, the texts, today and the queue
/// of commands applied after the frame. Screens read from it and record
/// what the user asked for with [`Cx::send`]; nothing touches the disk while
/// drawing.
pub struct Cx<'a> {
    pub view: &'a ViewData,
    pub i18n: &'a I18n,
    pub today: NaiveDate,
    /// Now, in the organisation's local time (a fixed morning in tests).
    pub now: chrono::NaiveDateTime,
    /// The language documents are printed in.
    pub document_language: Language,
    /// The batch print running now, if any.
    pub batch: Option<BatchProgress>,
    /// The file is open read-only: actions that change data are disabled.
    pub read_only: bool,
    /// The file is encrypted with a passphrase.
    pub encrypted: bool,
    commands: &'a RefCell<Vec<Command>>,
}

impl<'a> Cx<'a> {
    /// A context over `view` that records commands into `commands`.
    pub fn new(
        view: &'a ViewData,
        i18n: &'a I18n,
        today: NaiveDate,
        document_language: Language,
        commands: &'a RefCell<Vec<Command>>,
    ) -> Self {
        Cx {
            view,
            i18n,
            today,
            now: today.and_hms_opt(9, 0, 0).unwrap_or_default(),
            document_language,
            batch: None,
            read_only: false,
            encrypted: false,
            commands,
        }
    }

    /// True when actions that change data may be offered.
    pub fn writable(&self) -> bool {
        !self.read_only
    }

    /// Records what the user asked for; it is applied after the frame.
    pub fn send(&self, command: impl Into<Command>) {
        self.commands.borrow_mut().push(command.into());
    }
}
