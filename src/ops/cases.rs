//! Words for the incident programme, shared by the window and the command
//! line: list items, urgencies and tasks in the user's language.

use crate::domain::incidents::IncidentDefaults;
use crate::domain::incidents::cases::{
    CaseListItem, CaseListItemId, Conversation, ConversationStep, Incident, IncidentId, Outcome, Trajectory,
    TrajectoryId,
};
use crate::domain::incidents::protocol::{Answer, OfferState, Offers, Step, Task, Urgency, next_task, offer_state};
use crate::domain::incidents::report::CaseFact;
use crate::i18n::I18n;
use std::collections::HashMap;

/// The label of a list item of the incident programme.
pub fn case_item_label(i18n: &I18n, item: &CaseListItem) -> String {
    match (&item.name, &item.code) {
        (Some(name), _) => name.clone(),
        (None, Some(code)) => i18n.tr(&format!("case-{}-{code}", item.kind.code())),
        (None, None) => String::new(),
    }
}

/// The label of the item `id` among `items`.
pub fn case_item(i18n: &I18n, items: &[CaseListItem], id: Option<CaseListItemId>) -> String {
    id.and_then(|id| items.iter().find(|i| i.id == id)).map(|i| case_item_label(i18n, i)).unwrap_or_default()
}

/// An urgency in words.
pub fn urgency_text(i18n: &I18n, urgency: Urgency) -> String {
    i18n.tr(match urgency {
        Urgency::Overdue => "urgency-overdue",
        Urgency::DueToday => "urgency-today",
        Urgency::DueThisWeek => "urgency-week",
        Urgency::OnTrack => "urgency-on-track",
    })
}

/// A task in words.
pub fn task_text(i18n: &I18n, task: Task) -> String {
    i18n.tr(match task {
        Task::Offer => "task-offer",
        Task::AwaitAnswer => "task-await-answer",
        Task::Match => "task-match",
        Task::Hold(Step::First) => "task-first",
        Task::Hold(Step::Second) => "task-second",
        Task::Hold(Step::Third) => "task-third",
        Task::Conclude => "task-conclude",
    })
}

/// An open trajectory's next task, and by when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Due {
    pub trajectory: TrajectoryId,
    pub incident: IncidentId,
    pub task: Task,
    pub deadline: chrono::NaiveDateTime,
}

/// What the protocol clock and the yearly report read: every incident,
/// trajectory, conversation and offer still in the database.
#[derive(Clone, Copy)]
pub struct CaseRecords<'a> {
    pub incidents: &'a [Incident],
    pub trajectories: &'a [Trajectory],
    pub conversations: &'a [Conversation],
    pub offers: &'a HashMap<TrajectoryId, Offers>,
}

impl<'a> CaseRecords<'a> {
    /// The next task of every open trajectory, from the protocol clock: the
    /// one reckoning the Cases tab and `peerdesk list incidents` share.
    pub fn open_tasks(&self, numbers: &IncidentDefaults) -> Vec<Due> {
        self.each_with_incident(self.trajectories.iter().filter(|t| t.is_open()), |t, incident, held| {
            let steps: Vec<Step> = held
                .iter()
                .filter_map(|c| match c.step {
                    ConversationStep::First => Some(Step::First),
                    ConversationStep::Second => Some(Step::Second),
                    ConversationStep::Third => Some(Step::Third),
                    ConversationStep::Extra => None,
                })
                .collect();
            let plan = incident.plan(numbers);
            let (task, deadline) = next_task(self.answers(t), t.supporter().is_some(), &steps, &plan, numbers);
            Due { trajectory: t.id, incident: incident.id, task, deadline }
        })
    }

    /// The yearly report's facts of every trajectory still in the database:
    /// nothing that names anyone, only what the report counts.
    pub fn report_facts(&self, items: &[CaseListItem], numbers: &IncidentDefaults) -> Vec<CaseFact> {
        use chrono::Datelike;
        self.each_with_incident(self.trajectories.iter(), |t, incident, held| {
            let item = items.iter().find(|i| i.id == incident.incident_type);
            let first = held.iter().map(|c| c.planned_at).min();
            // An ended trajectory says itself whether support was taken up (as
            // its anonymous figures will after the purge); an open one has its offers.
            let accepted = match (t.outcome, offer_state(self.answers(t), numbers)) {
                (Some(Outcome::Declined), _) => Some(false),
                (Some(_), _) | (None, OfferState::Accepted) => Some(true),
                (None, OfferState::EndedDeclined) => Some(false),
                (None, _) => None,
            };
            CaseFact {
                incident: format!("incident-{}", incident.id.0),
                year: incident.occurred_on.year(),
                quarter: incident.occurred_on.month0() / 3 + 1,
                incident_type: item
                    .and_then(|i| i.code.clone())
                    .unwrap_or_else(|| format!("item-{}", incident.incident_type.0)),
                accepted,
                hours_to_first: first.map(|f| (f - incident.reported_at).num_hours()),
                conversations_held: held.len() as i64,
                outcome: t.outcome,
            }
        })
    }

    /// `f` of each trajectory with its incident and its conversations held.
    fn each_with_incident<T>(
        &self,
        trajectories: impl Iterator<Item = &'a Trajectory>,
        f: impl Fn(&Trajectory, &Incident, &[&Conversation]) -> T,
    ) -> Vec<T> {
        trajectories
            .filter_map(|t| {
                let incident = self.incidents.iter().find(|i| i.id == t.incident)?;
                let held: Vec<&Conversation> =
                    self.conversations.iter().filter(|c| c.trajectory == t.id && c.held_on.is_some()).collect();
                Some(f(t, incident, &held))
            })
            .collect()
    }

    fn answers(&self, trajectory: &Trajectory) -> &'a [(chrono::NaiveDate, Option<Answer>)] {
        self.offers.get(&trajectory.id).map(Vec::as_slice).unwrap_or_default()
    }
}

/// An incident type of the report in words: a shipped type's translation,
/// or the typed name of a list item (`item-N`).
pub fn report_type_name(i18n: &I18n, items: &[CaseListItem], key: &str) -> String {
    if let Some(id) = key.strip_prefix("item-").and_then(|n| n.parse::<i64>().ok()) {
        return case_item(i18n, items, Some(CaseListItemId(id)));
    }
    i18n.tr(&format!("case-incident_type-{key}"))
}

/// A report cell as printed: the number, or "< n" for a hidden one.
pub fn report_cell(i18n: &I18n, cell: crate::domain::incidents::report::Cell, threshold: i64) -> String {
    match cell {
        crate::domain::incidents::report::Cell::Shown(n) => i18n.number(n),
        crate::domain::incidents::report::Cell::Hidden => format!("< {}", threshold + 1),
        crate::domain::incidents::report::Cell::Withheld => "•".to_string(),
    }
}
