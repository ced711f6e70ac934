//! What the Groups tab asks for, applied through the store after the frame.

use super::{FormGroupRequest, GroupsTab};
use crate::app::outcome::{Changed, Env, Outcome};
use crate::domain::coached::groups::{
    Attendance, GroupDraft, GroupId, RegistrationDraft, RegistrationId, SessionId, SessionStatus,
};
use crate::domain::{PersonDraft, PersonId};
use crate::i18n::Arg;
use crate::store::{NewGroup, StoreError};
use chrono::NaiveDateTime;

/// One thing the user asked for on the Groups tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A person typed into the registration dialog; added to it once saved.
    SavePersonForRegistration(PersonDraft),
    SaveRegistration(RegistrationDraft),
    WithdrawRegistration(RegistrationId),
    /// Undo of a withdrawal: back on the waiting list.
    RestoreRegistration(RegistrationId),
    FormGroup(FormGroupRequest),
    AddToGroup(GroupId, RegistrationId),
    RemoveFromGroup(RegistrationId),
    SaveGroup(GroupDraft),
    AddSessions {
        group: GroupId,
        starts: Vec<NaiveDateTime>,
        minutes: i64,
    },
    MoveSession {
        id: SessionId,
        starts_at: NaiveDateTime,
        minutes: i64,
    },
    SetSessionStatus(SessionId, SessionStatus),
    SetAttendance(SessionId, PersonId, Option<Attendance>),
}

impl Command {
    /// Applies the command; the tab hears of a success.
    pub(crate) fn apply(self, tab: &mut GroupsTab, env: Env<'_>) -> Result<Outcome, StoreError> {
        let (store, i18n) = (env.store, env.i18n);
        let groups = |message: String| Ok(Outcome::new(message, Changed::GROUPS));
        match self {
            Command::SavePersonForRegistration(draft) => {
                let id = store.save_person(&draft)?;
                tab.person_created(id);
                let message = i18n.tr_args("toast-person-saved", &[("name", Arg::from(draft.name.trim()))]);
                Ok(Outcome::new(message, Changed::PEOPLE))
            }
            Command::SaveRegistration(draft) => {
                store.save_registration(&draft)?;
                tab.saved();
                groups(i18n.tr("toast-registration-saved"))
            }
            Command::WithdrawRegistration(id) => {
                store.withdraw_registration(id)?;
                let outcome = Outcome::new(i18n.tr("toast-registration-withdrawn"), Changed::GROUPS);
                Ok(outcome.with_undo(Command::RestoreRegistration(id)))
            }
            Command::RestoreRegistration(id) => {
                store.restore_registration(id)?;
                groups(i18n.tr("toast-registration-restored"))
            }
            Command::FormGroup(request) => {
                let new = NewGroup {
                    name: request.name.trim().to_string(),
                    registrations: request.registrations,
                    coach: request.coach,
                    pricing: env.view.settings.coached.pricing(),
                    formed_on: env.today,
                };
                let id = store.form_group(&new)?;
                tab.group_formed(id);
                groups(i18n.tr_args("toast-group-formed", &[("name", Arg::from(new.name.as_str()))]))
            }
            Command::AddToGroup(group, registration) => {
                store.add_to_group(group, registration)?;
                groups(i18n.tr("toast-group-member-added"))
            }
            Command::RemoveFromGroup(registration) => {
                store.remove_from_group(registration)?;
                groups(i18n.tr("toast-group-member-removed"))
            }
            Command::SaveGroup(draft) => {
                store.save_group(&draft)?;
                tab.saved();
                groups(i18n.tr_args("toast-group-saved", &[("name", Arg::from(draft.name.trim()))]))
            }
            Command::AddSessions { group, starts, minutes } => {
                let ids = store.add_sessions(group, &starts, minutes)?;
                tab.saved();
                groups(i18n.tr_args("toast-sessions-planned", &[("count", Arg::from(ids.len()))]))
            }
            Command::MoveSession { id, starts_at, minutes } => {
                store.move_session(id, starts_at, minutes)?;
                tab.saved();
                groups(i18n.tr("toast-session-moved"))
            }
            Command::SetSessionStatus(id, status) => {
                store.set_session_status(id, status)?;
                groups(i18n.tr(if status == SessionStatus::Cancelled {
                    "toast-session-cancelled"
                } else {
                    "toast-session-restored"
                }))
            }
            Command::SetAttendance(session, person, mark) => {
                store.set_attendance(session, person, mark)?;
                groups(i18n.tr("toast-attendance-saved"))
            }
        }
    }
}
