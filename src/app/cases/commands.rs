//! What the Cases tab asks for, applied through the store after the frame.

use super::CasesTab;
use crate::app::outcome::{Changed, Env, Outcome};
use crate::domain::PersonId;
use crate::domain::incidents::cases::{
    CaseListItemId, ConversationId, ConversationStep, IncidentDraft, Outcome as Ending, TrajectoryId,
};
use crate::domain::incidents::protocol::Answer;
use crate::i18n::Arg;
use crate::store::StoreError;
use chrono::{NaiveDate, NaiveDateTime};

/// One thing the user asked for on the Cases tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// An incident with everyone involved (and whether each asked for a
    /// supporter from another department), recorded as one.
    RecordIncident {
        draft: IncidentDraft,
        involved: Vec<(PersonId, bool)>,
        /// Colleagues involved who are not in the directory yet: added to it.
        new_people: Vec<(crate::domain::PersonDraft, bool)>,
    },
    /// The facts of an incident, corrected.
    UpdateIncident {
        incident: crate::domain::incidents::cases::IncidentId,
        draft: IncidentDraft,
    },
    /// Someone else involved in an incident already recorded.
    AddInvolved {
        incident: crate::domain::incidents::cases::IncidentId,
        person: PersonId,
    },
    /// The employee's wish for a supporter from another department.
    SetOtherDepartment {
        trajectory: TrajectoryId,
        wish: bool,
    },
    RecordOffer {
        trajectory: TrajectoryId,
        on: NaiveDate,
        answer: Option<Answer>,
    },
    AssignSupporter {
        trajectory: TrajectoryId,
        supporter: PersonId,
        since: NaiveDate,
    },
    PlanConversation {
        trajectory: TrajectoryId,
        step: ConversationStep,
        at: NaiveDateTime,
    },
    RecordConversation {
        conversation: ConversationId,
        held_on: Option<NaiveDate>,
    },
    EndTrajectory {
        trajectory: TrajectoryId,
        ending: Ending,
        referral: Option<CaseListItemId>,
        on: NaiveDate,
    },
}

impl Command {
    /// Applies the command; the tab hears of what it needs to know.
    pub(crate) fn apply(self, tab: &mut CasesTab, env: Env<'_>) -> Result<Outcome, StoreError> {
        let i18n = env.i18n;
        let done = |id: &str| Ok(Outcome::new(i18n.tr(id), Changed::CASES));
        match self {
            Command::RecordIncident { draft, involved, new_people } => {
                let reference = env.store.all_or_nothing(|store| {
                    let id = store.record_incident(&draft)?;
                    for (person, other_department) in &involved {
                        store.add_involved(id, *person, *other_department)?;
                    }
                    for (person, other_department) in &new_people {
                        store.add_new_involved(id, person, *other_department)?;
                    }
                    let incidents = store.incidents()?;
                    Ok(incidents.into_iter().find(|i| i.id == id).map(|i| i.reference).unwrap_or_default())
                })?;
                tab.incident_recorded();
                let message = i18n.tr_args(
                    "toast-incident-recorded",
                    &[("reference", Arg::from(reference)), ("count", Arg::from(involved.len() + new_people.len()))],
                );
                let changed = if new_people.is_empty() { Changed::CASES } else { Changed::CASES | Changed::PEOPLE };
                Ok(Outcome::new(message, changed))
            }
            Command::UpdateIncident { incident, draft } => {
                env.store.update_incident(incident, &draft)?;
                tab.incident_recorded();
                let reference = env.view.cases.incidents.iter().find(|i| i.id == incident).map(|i| i.reference.clone());
                let message =
                    i18n.tr_args("toast-incident-changed", &[("reference", reference.unwrap_or_default().into())]);
                Ok(Outcome::new(message, Changed::CASES))
            }
            Command::AddInvolved { incident, person } => {
                env.store.add_involved(incident, person, false)?;
                let name = env.view.person(person).map(|p| p.name.clone()).unwrap_or_default();
                Ok(Outcome::new(i18n.tr_args("toast-involved-added", &[("name", name.into())]), Changed::CASES))
            }
            Command::SetOtherDepartment { trajectory, wish } => {
                env.store.set_other_department(trajectory, wish)?;
                done("toast-wish-recorded")
            }
            Command::RecordOffer { trajectory, on, answer } => {
                env.store.record_offer(trajectory, on, answer)?;
                done("toast-offer-recorded")
            }
            Command::AssignSupporter { trajectory, supporter, since } => {
                env.store.assign_supporter(trajectory, supporter, since)?;
                let name = env.view.person(supporter).map(|p| p.name.clone()).unwrap_or_default();
                Ok(Outcome::new(i18n.tr_args("toast-supporter-matched", &[("name", name.into())]), Changed::CASES))
            }
            Command::PlanConversation { trajectory, step, at } => {
                env.store.plan_conversation(trajectory, step, at)?;
                done("toast-conversation-planned")
            }
            Command::RecordConversation { conversation, held_on } => {
                env.store.record_conversation(conversation, held_on)?;
                done(if held_on.is_some() { "toast-conversation-held" } else { "toast-conversation-not-held" })
            }
            Command::EndTrajectory { trajectory, ending, referral, on } => {
                env.store.end_trajectory(trajectory, ending, referral, on)?;
                tab.trajectory_ended();
                done("toast-trajectory-ended")
            }
        }
    }
}
