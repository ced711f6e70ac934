//! What the Networks tab asks for, applied through the store after the frame.

use super::NetworksTab;
use crate::app::outcome::{Changed, Env, Outcome};
use crate::domain::PersonId;
use crate::domain::networks::{MembershipId, NetworkDraft, NetworkId};
use crate::i18n::Arg;
use crate::store::StoreError;
use chrono::{NaiveDate, NaiveDateTime};

/// One thing the user asked for on the Networks tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Create(NetworkDraft),
    Update(NetworkId, NetworkDraft),
    AddMember {
        network: NetworkId,
        person: PersonId,
        joined_on: NaiveDate,
    },
    Leave {
        membership: MembershipId,
        left_on: NaiveDate,
    },
    /// Takes back a leaving (undo).
    Rejoin(MembershipId),
    /// The member agreed on this date to share their details, or withdrew (`None`).
    SetConsent {
        membership: MembershipId,
        on: Option<NaiveDate>,
    },
    Skip {
        network: NetworkId,
        original: NaiveDate,
    },
    Move {
        network: NetworkId,
        original: NaiveDate,
        to: NaiveDateTime,
        minutes: i64,
    },
    /// Puts a skipped or moved meeting back where the rule has it.
    Restore {
        network: NetworkId,
        original: NaiveDate,
    },
    SetPresence {
        network: NetworkId,
        original: NaiveDate,
        person: PersonId,
        present: bool,
    },
}

impl Command {
    /// Applies the command; the tab hears of what it needs to know.
    pub(crate) fn apply(self, tab: &mut NetworksTab, env: Env<'_>) -> Result<Outcome, StoreError> {
        let i18n = env.i18n;
        let done = |id: &str| Ok(Outcome::new(i18n.tr(id), Changed::NETWORKS));
        let name = |person: PersonId| env.view.person(person).map(|p| p.name.clone()).unwrap_or_default();
        let date = |d: NaiveDate| Arg::from(i18n.date(d));
        match self {
            Command::Create(draft) => {
                let id = env.store.create_network(&draft, env.today)?;
                tab.saved(Some(id));
                let message = i18n.tr_args("toast-network-created", &[("name", Arg::from(draft.name.trim()))]);
                Ok(Outcome::new(message, Changed::NETWORKS))
            }
            Command::Update(id, draft) => {
                env.store.update_network(id, &draft, env.today)?;
                tab.saved(Some(id));
                done("toast-network-saved")
            }
            Command::AddMember { network, person, joined_on } => {
                env.store.add_member(network, person, joined_on)?;
                let message = i18n.tr_args("toast-member-added", &[("name", Arg::from(name(person)))]);
                Ok(Outcome::new(message, Changed::NETWORKS))
            }
            Command::Leave { membership, left_on } => {
                env.store.leave_network(membership, left_on)?;
                tab.saved(None);
                let person = env.view.networks.memberships.iter().find(|m| m.id == membership).map(|m| m.person);
                let message = i18n.tr_args(
                    "toast-member-left",
                    &[("name", Arg::from(person.map(name).unwrap_or_default())), ("date", date(left_on))],
                );
                Ok(Outcome::new(message, Changed::NETWORKS).with_undo(Command::Rejoin(membership)))
            }
            Command::Rejoin(membership) => {
                env.store.rejoin_network(membership)?;
                done("toast-member-rejoined")
            }
            Command::SetConsent { membership, on } => {
                env.store.set_consent(membership, on)?;
                done(if on.is_some() { "toast-consent-given" } else { "toast-consent-withdrawn" })
            }
            Command::Skip { network, original } => {
                env.store.skip_meeting(network, original)?;
                let message = i18n.tr_args("toast-meeting-skipped", &[("date", date(original))]);
                Ok(Outcome::new(message, Changed::NETWORKS).with_undo(Command::Restore { network, original }))
            }
            Command::Move { network, original, to, minutes } => {
                env.store.move_meeting(network, original, to, minutes)?;
                tab.saved(None);
                let message = i18n
                    .tr_args("toast-meeting-moved", &[("date", date(original)), ("to", Arg::from(i18n.date_time(to)))]);
                Ok(Outcome::new(message, Changed::NETWORKS).with_undo(Command::Restore { network, original }))
            }
            Command::Restore { network, original } => {
                env.store.restore_meeting(network, original)?;
                let message = i18n.tr_args("toast-meeting-restored", &[("date", date(original))]);
                Ok(Outcome::new(message, Changed::NETWORKS))
            }
            Command::SetPresence { network, original, person, present } => {
                env.store.set_presence(network, original, person, present)?;
                done("toast-attendance-saved")
            }
        }
    }
}
