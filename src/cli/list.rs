//! `peerdesk list incidents|supporters`: what a coordinator looks up from a
//! terminal, one line each, with a header in the user's language. The
//! incidents list names no employee.

use super::{CliError, Outcome};
use crate::domain::incidents::cases::{ConversationStep, Incident};
use crate::domain::incidents::matching::is_trained_supporter;
use crate::domain::incidents::protocol::urgency;
use crate::i18n::I18n;
use crate::ops::cases::{case_item_label, urgency_text};
use crate::ops::messages::store_error_text;
use crate::store::Store;
use std::path::PathBuf;

/// What `peerdesk list` lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListWhat {
    Incidents,
    Supporters,
}

/// Prints the list.
pub fn run(i18n: &I18n, db: Option<PathBuf>, what: ListWhat) -> Result<Outcome, CliError> {
    let path = db.unwrap_or_else(|| crate::paths::AppPaths::platform().default_db());
    let key = super::key_for(i18n, &path)?;
    let failed = |e| CliError::Message(store_error_text(i18n, &e));
    let store = Store::open_read_only_with(&path, key.as_ref()).map_err(failed)?;
    let trajectories = store.trajectories().map_err(failed)?;
    let mut lines = Vec::new();
    match what {
        ListWhat::Incidents => {
            let items = store.case_list_items().map_err(failed)?;
            let numbers = store.settings().map_err(failed)?.incidents;
            let conversations = store.conversations().map_err(failed)?;
            lines.push(i18n.tr("cli-list-incidents-header"));
            for incident in store.incidents().map_err(failed)? {
                let involved: Vec<_> = trajectories.iter().filter(|t| t.incident == incident.id).collect();
                let open = involved.iter().filter(|t| t.is_open()).count();
                let kind = items.iter().find(|i| i.id == incident.incident_type).map(|i| case_item_label(i18n, i));
                // Someone still waits for a first conversation.
                let waiting = involved.iter().filter(|t| t.is_open()).any(|t| {
                    !conversations
                        .iter()
                        .any(|c| c.trajectory == t.id && c.step == ConversationStep::First && c.held_on.is_some())
                });
                let next = next_due(i18n, &incident, &numbers, waiting);
                lines.push(format!(
                    "{}\t{}\t{}\t{}\t{open}\t{next}",
                    incident.reference,
                    incident.occurred_on.format("%Y-%m-%d"),
                    kind.unwrap_or_default(),
                    involved.len(),
                ));
            }
        }
        ListWhat::Supporters => {
            lines.push(i18n.tr("cli-list-supporters-header"));
            for person in store.list_people().map_err(failed)?.iter().filter(|p| is_trained_supporter(p)) {
                let open = trajectories.iter().filter(|t| t.is_open() && t.supporter() == Some(person.id)).count();
                let trained = person.roles.iter().find_map(|r| r.trained_on).map(|d| d.format("%Y-%m-%d").to_string());
                lines.push(format!(
                    "{}\t{}\t{}\t{}\t{open}",
                    person.id.0,
                    person.name,
                    person.department,
                    trained.unwrap_or_default()
                ));
            }
        }
    }
    Ok(Outcome::Done(lines.join("\n")))
}

/// The first conversation's deadline and its urgency, while it is to come.
fn next_due(
    i18n: &I18n,
    incident: &Incident,
    numbers: &crate::domain::incidents::IncidentDefaults,
    pending: bool,
) -> String {
    if !pending {
        return String::new();
    }
    let due = incident.plan(numbers).first_due;
    let word = urgency_text(i18n, urgency(due, crate::clock::now()));
    format!("{} ({word})", due.format("%Y-%m-%d %H:%M"))
}
