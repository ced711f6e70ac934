//! A network's documents: its calendar file (one recurring event with its
//! exceptions), its contact sheet and its member list. Contact details
//! appear only for members who agreed to share them.

use super::{Document, DocumentError, DocumentMaker, Library, pdf};
use crate::domain::networks::meetings::{Change, next_meetings};
use crate::domain::networks::{Network, NetworkId, current_members};
use crate::export::ics::{CalendarEvent, RecurringEvent, rrule, series_calendar};
use crate::export::pdf::contacts::{ContactLine, ContactSheet, MeetingLine, contact_sheet};
use crate::i18n::Arg;
use crate::ops::networks::{hosts, meeting_host, meeting_note, meeting_time, place_text, series_text, weekday_name};

/// How many coming meetings a contact sheet lists.
const SHEET_MEETINGS: usize = 6;

/// The stable UID of a network's series.
pub fn network_uid(network: NetworkId, organisation: &str) -> String {
    let domain = crate::export::slug(organisation);
    let domain = if domain.is_empty() { "peerdesk".to_string() } else { domain };
    format!("network-{}@{domain}.peerdesk", network.0)
}

impl Library<'_> {
    pub(super) fn network(&self, id: NetworkId) -> Result<&Network, DocumentError> {
        self.networks.iter().find(|n| n.id == id).ok_or(DocumentError::NoNetwork(id.0))
    }
}

impl DocumentMaker {
    /// The network's regular meeting as one calendar event with a rule,
    /// its skipped meetings as exceptions and its moved ones as overrides.
    pub(super) fn network_calendar(&self, library: &Library<'_>, network: &Network) -> Document {
        let i18n = &self.i18n;
        let series = &network.series;
        let exceptions: Vec<_> = library.meeting_changes.iter().filter(|e| e.network == network.id).collect();
        let first_date = series.first().unwrap_or(series.from);
        let start = series.start_on(first_date);
        let location = if network.online { network.place.clone() } else { place_text(i18n, network) };
        let mut description = vec![series_text(i18n, series)];
        if !network.audience.trim().is_empty() {
            description.insert(0, network.audience.clone());
        }
        if network.rotating_hosts {
            let hosts = hosts(network, library.memberships, library.people);
            if !hosts.is_empty() {
                description.push(i18n.tr_args("network-hosts-list", &[("hosts", Arg::from(hosts.join(", ")))]));
            }
        }
        let first = CalendarEvent {
            uid: network_uid(network.id, &library.settings.organisation.name),
            sequence: (network.version - 1).max(0),
            start,
            end: start + chrono::Duration::minutes(series.minutes),
            summary: network.name.clone(),
            location,
            description: description.join("\n"),
            cancelled: false,
        };
        let skipped =
            exceptions.iter().filter(|e| e.change == Change::Skipped).map(|e| series.start_on(e.original)).collect();
        let moved = exceptions
            .iter()
            .filter_map(|e| match e.change {
                Change::Moved { to, minutes } => {
                    Some((series.start_on(e.original), to, to + chrono::Duration::minutes(minutes)))
                }
                Change::Skipped => None,
            })
            .collect();
        let event = RecurringEvent { first, rule: rrule(series), skipped, moved };
        let text = series_calendar(&network.name, &event, self.made_at.naive_utc());
        Document {
            file_name: self.file_name("file-network-calendar", &[("name", &network.name)], "ics"),
            bytes: text.into_bytes(),
        }
    }

    /// The contact sheet: every current member, with phone and email only
    /// for those who agreed to share them, and the next meetings.
    pub(super) fn network_contacts(&self, library: &Library<'_>, network: &Network) -> Document {
        let i18n = &self.i18n;
        let ctx = self.context(&library.settings.organisation);
        let person = |id| library.people.iter().find(|p| p.id == id);
        let mut members: Vec<ContactLine> = current_members(library.memberships, network.id)
            .filter_map(|m| person(m.person).map(|p| (m, p)))
            .map(|(m, p)| {
                let position = crate::ops::lists::item_label(i18n, library.list_items, p.position);
                ContactLine {
                    name: p.name.to_string(),
                    organisation: p.organisation.to_string(),
                    role: if position.is_empty() { p.department.to_string() } else { position },
                    phone: p.phone.to_string(),
                    email: p.email.to_string(),
                    shares: m.shares_contact(),
                }
            })
            .collect();
        members.sort_by_key(|m| crate::domain::search::fold(&m.name));
        let exceptions: Vec<_> = library.meeting_changes.iter().filter(|e| e.network == network.id).copied().collect();
        let hosts = hosts(network, library.memberships, library.people);
        let meetings = next_meetings(network, &exceptions, self.made_at.naive_local(), SHEET_MEETINGS + 4)
            .into_iter()
            .filter(|m| m.happens())
            .take(SHEET_MEETINGS)
            .map(|m| MeetingLine {
                date: i18n.date(m.start.date()),
                weekday: weekday_name(i18n, chrono::Datelike::weekday(&m.start.date())),
                time: meeting_time(&m),
                note: meeting_note(i18n, &m, meeting_host(network, &exceptions, &hosts, &m)),
            })
            .collect();
        let convenor = network.convenor.and_then(person).map(|p| p.name.to_string()).unwrap_or_default();
        let mut details = Vec::new();
        if !network.audience.trim().is_empty() {
            details.push((i18n.tr("network-audience"), network.audience.clone()));
        }
        details.push((i18n.tr("network-convenor"), convenor.to_string()));
        details.push((i18n.tr("network-when"), series_text(i18n, &network.series)));
        details.push((i18n.tr("network-where"), place_text(i18n, network)));
        let sheet = ContactSheet { network: network.name.clone(), details, members, meetings };
        let pages = contact_sheet(&ctx, &sheet);
        let title = i18n.tr_args("pdf-contacts-title", &[("network", Arg::from(network.name.as_str()))]);
        let file_name = self.file_name("file-network-contacts", &[("name", &network.name)], "pdf");
        pdf(file_name, ctx.render(&title, &pages))
    }

    /// The member list as CSV: everyone who is or was a member, with the
    /// dates; phone and email only for those who agreed to share them.
    pub(super) fn network_members_csv(
        &self,
        library: &Library<'_>,
        network: &Network,
    ) -> Result<Document, DocumentError> {
        let mut sheet = super::tables::Sheet::new(
            &self.i18n,
            &[
                "column-name",
                "person-organisation",
                "person-phone",
                "person-email",
                "network-joined",
                "network-left",
                "network-consent",
            ],
        )?;
        use super::tables::iso;
        for membership in library.memberships.iter().filter(|m| m.network == network.id) {
            let Some(p) = library.people.iter().find(|p| p.id == membership.person) else { continue };
            let shares = membership.shares_contact();
            sheet.row([
                p.name.to_string(),
                p.organisation.to_string(),
                if shares { p.phone.to_string() } else { String::new() },
                if shares { p.email.to_string() } else { String::new() },
                iso(Some(membership.joined_on)),
                iso(membership.left_on),
                iso(membership.consent_on),
            ])?;
        }
        let bytes = sheet.finish()?;
        Ok(Document { file_name: self.file_name("file-network-members", &[("name", &network.name)], "csv"), bytes })
    }
}
