//! What the Circles tab asks for, applied through the store after the frame.

use super::CirclesTab;
use crate::app::outcome::{Changed, Env, Outcome};
use crate::domain::PersonId;
use crate::domain::circles::circle::{CircleDraft, CircleId, CircleMeetingId, MeetingDraft};
use crate::domain::circles::mentoring::{EndReason, MentorProfile, PairId};
use crate::domain::circles::methods::{MethodDraft, MethodId};
use crate::domain::circles::signups::{SignUpDraft, SignUpId};
use crate::i18n::Arg;
use crate::store::StoreError;
use chrono::NaiveDate;

/// One thing the user asked for on the Circles tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A sign-up, of someone new to the directory when `new_person` is given.
    SignUp {
        new_person: Option<Box<crate::domain::PersonDraft>>,
        draft: Box<SignUpDraft>,
    },
    /// Withdraws a waiting sign-up (`false`) or puts it back (`true`, undo).
    SetWaiting(SignUpId, bool),
    FormCircle(CircleDraft),
    UpdateCircle(CircleId, CircleDraft),
    AddMember(CircleId, PersonId),
    RemoveMember(CircleId, PersonId),
    SaveMeeting {
        circle: CircleId,
        meeting: Option<CircleMeetingId>,
        draft: MeetingDraft,
    },
    SetMeetingCancelled(CircleMeetingId, bool),
    SetPresence {
        meeting: CircleMeetingId,
        person: PersonId,
        present: bool,
    },
    SaveMethod(Option<MethodId>, MethodDraft),
    SaveMentor(MentorProfile),
    ProposePair {
        signup: SignUpId,
        mentor: PersonId,
    },
    StartPair(PairId, NaiveDate),
    EndPair(PairId, NaiveDate, EndReason),
    PairMet(PairId, NaiveDate),
}

impl Command {
    /// Applies the command; the tab hears of what it needs to know.
    pub(crate) fn apply(self, tab: &mut CirclesTab, env: Env<'_>) -> Result<Outcome, StoreError> {
        let i18n = env.i18n;
        let numbers = &env.view.settings.circles;
        let size = usize::try_from(numbers.circle_size).unwrap_or(4);
        let done = |id: &str| Ok(Outcome::new(i18n.tr(id), Changed::CIRCLES));
        let name = |person: PersonId| Arg::from(env.view.person(person).map(|p| p.name.clone()).unwrap_or_default());
        match self {
            Command::SignUp { new_person, draft } => {
                let capacity = numbers.mentor_capacity;
                let person = env.store.all_or_nothing(|store| {
                    let person = match &new_person {
                        Some(person) => store.save_person(person.as_ref())?,
                        None => draft.person.ok_or(StoreError::NotFound("person"))?,
                    };
                    store.record_signup(&SignUpDraft { person: Some(person), ..draft.as_ref().clone() }, capacity)?;
                    Ok(person)
                })?;
                tab.saved();
                let shown = new_person.map(|p| Arg::from(p.name.clone())).unwrap_or_else(|| name(person));
                let message = i18n.tr_args("toast-signup-recorded", &[("name", shown)]);
                Ok(Outcome::new(message, Changed::CIRCLES | Changed::PEOPLE))
            }
            Command::SetWaiting(signup, waiting) => {
                env.store.set_signup_waiting(signup, waiting)?;
                let outcome = Outcome::new(
                    i18n.tr(if waiting { "toast-signup-back" } else { "toast-signup-withdrawn" }),
                    Changed::CIRCLES,
                );
                Ok(if waiting { outcome } else { outcome.with_undo(Command::SetWaiting(signup, true)) })
            }
            Command::FormCircle(draft) => {
                let id = env.store.form_circle(&draft, env.today, size)?;
                tab.circle_formed(id);
                Ok(Outcome::new(
                    i18n.tr_args("toast-circle-formed", &[("name", Arg::from(draft.name.trim()))]),
                    Changed::CIRCLES,
                ))
            }
            Command::UpdateCircle(id, draft) => {
                env.store.update_circle(id, &draft, size)?;
                tab.saved();
                done("toast-circle-saved")
            }
            Command::AddMember(circle, person) => {
                env.store.add_circle_member(circle, person, size)?;
                Ok(Outcome::new(i18n.tr_args("toast-circle-member-added", &[("name", name(person))]), Changed::CIRCLES))
            }
            Command::RemoveMember(circle, person) => {
                env.store.remove_circle_member(circle, person)?;
                let message = i18n.tr_args("toast-circle-member-removed", &[("name", name(person))]);
                Ok(Outcome::new(message, Changed::CIRCLES).with_undo(Command::AddMember(circle, person)))
            }
            Command::SaveMeeting { circle, meeting, draft } => {
                env.store.save_circle_meeting(circle, meeting, &draft)?;
                tab.saved();
                done(if meeting.is_some() { "toast-circle-meeting-saved" } else { "toast-circle-meeting-planned" })
            }
            Command::SetMeetingCancelled(meeting, cancelled) => {
                env.store.set_circle_meeting_cancelled(meeting, cancelled)?;
                let outcome = Outcome::new(
                    i18n.tr(if cancelled { "toast-circle-meeting-cancelled" } else { "toast-circle-meeting-restored" }),
                    Changed::CIRCLES,
                );
                Ok(if cancelled { outcome.with_undo(Command::SetMeetingCancelled(meeting, false)) } else { outcome })
            }
            Command::SetPresence { meeting, person, present } => {
                env.store.set_circle_presence(meeting, person, present)?;
                done("toast-attendance-saved")
            }
            other => other.apply_mentoring(tab, env),
        }
    }

    /// Applies the commands of the methods and mentoring parts.
    fn apply_mentoring(self, tab: &mut CirclesTab, env: Env<'_>) -> Result<Outcome, StoreError> {
        let i18n = env.i18n;
        let done = |id: &str| Ok(Outcome::new(i18n.tr(id), Changed::CIRCLES));
        let name = |person: PersonId| Arg::from(env.view.person(person).map(|p| p.name.clone()).unwrap_or_default());
        match self {
            Command::SaveMethod(id, draft) => {
                env.store.save_method(id, &draft)?;
                tab.saved();
                done("toast-method-saved")
            }
            Command::SaveMentor(profile) => {
                env.store.save_mentor_profile(&profile)?;
                tab.saved();
                done("toast-mentor-saved")
            }
            Command::ProposePair { signup, mentor } => {
                env.store.propose_pair(signup, mentor, env.today)?;
                Ok(Outcome::new(i18n.tr_args("toast-pair-proposed", &[("name", name(mentor))]), Changed::CIRCLES))
            }
            Command::StartPair(pair, on) => {
                env.store.start_pair(pair, on)?;
                done("toast-pair-started")
            }
            Command::EndPair(pair, on, reason) => {
                env.store.end_pair(pair, on, reason)?;
                tab.saved();
                done("toast-pair-ended")
            }
            Command::PairMet(pair, on) => {
                env.store.add_pair_meeting(pair, on)?;
                done("toast-pair-met")
            }
            // The other commands are applied by `apply`.
            _ => Err(StoreError::NotFound("command")),
        }
    }
}
