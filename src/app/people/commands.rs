//! What the People tab asks for, applied through the store after the frame.

use super::PeopleTab;
use crate::app::outcome::{Changed, Env, Outcome};
use crate::domain::{PersonDraft, PersonId};
use crate::i18n::Arg;
use crate::store::{DeleteOutcome, StoreError};

/// One thing the user asked for on the People tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SavePerson(Box<PersonDraft>),
    DeletePerson(PersonId),
}

impl Command {
    /// Applies the command; the tab hears of a success.
    pub(crate) fn apply(self, tab: &mut PeopleTab, env: Env<'_>) -> Result<Outcome, StoreError> {
        let i18n = env.i18n;
        match self {
            Command::SavePerson(draft) => {
                let id = match env.store.save_person(&draft) {
                    Ok(id) => id,
                    Err(StoreError::Conflict(what)) => {
                        // Someone changed the person since the dialog opened:
                        // the dialog shows both versions and the user chooses
                        // (no notification over it to say so again).
                        return match draft.id.and_then(|id| env.store.person(id).ok()) {
                            Some(stored) => {
                                tab.person_conflict(stored);
                                Ok(Outcome::new(String::new(), Changed::PEOPLE))
                            }
                            None => Err(StoreError::Conflict(what)),
                        };
                    }
                    Err(e) => return Err(e),
                };
                tab.person_saved(id);
                let message = i18n.tr_args("toast-person-saved", &[("name", Arg::from(draft.name.trim()))]);
                Ok(Outcome::new(message, Changed::PEOPLE))
            }
            Command::DeletePerson(id) => {
                let name = env.view.person(id).map(|p| p.name.clone()).unwrap_or_default();
                let message = match env.store.delete_person(id)? {
                    DeleteOutcome::Deleted => i18n.tr_args("toast-person-deleted", &[("name", name.into())]),
                    DeleteOutcome::Deactivated => i18n.tr_args("toast-person-deactivated", &[("name", name.into())]),
                };
                Ok(Outcome::new(message, Changed::PEOPLE))
            }
        }
    }
}
