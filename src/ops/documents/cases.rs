//! A peer supporter's calendar: the conversations they are to hold, each
//! with a neutral title and nothing of the incident or the employee, so
//! that a shared or synchronised calendar gives nothing away.

use super::{Document, DocumentMaker, Library};
use crate::domain::PersonId;
use crate::export::ics::{CalendarEvent, calendar};
use chrono::Duration;

/// How long a conversation is blocked in the calendar.
const CONVERSATION_MINUTES: i64 = 60;

impl DocumentMaker {
    pub(super) fn supporter_calendar(&self, library: &Library<'_>, name: &str, supporter: PersonId) -> Document {
        let organisation = &library.settings.organisation.name;
        let domain = crate::export::slug(organisation);
        let domain = if domain.is_empty() { "peerdesk".to_string() } else { domain };
        let title = self.i18n.tr("calendar-conversation");
        let events: Vec<CalendarEvent> = library
            .conversations
            .iter()
            .filter(|c| c.held_on.is_none() && !c.not_held)
            .filter(|c| {
                library
                    .trajectories
                    .iter()
                    .any(|t| t.id == c.trajectory && t.is_open() && t.supporter() == Some(supporter))
            })
            .map(|c| CalendarEvent {
                uid: format!("conversation-{}@{domain}.peerdesk", c.id.0),
                sequence: 0,
                start: c.planned_at,
                end: c.planned_at + Duration::minutes(CONVERSATION_MINUTES),
                summary: title.clone(),
                location: String::new(),
                description: String::new(),
                cancelled: false,
            })
            .collect();
        let text = calendar(&title, &events, self.made_at.naive_utc());
        Document {
            file_name: self.file_name("file-supporter-calendar", &[("name", name)], "ics"),
            bytes: text.into_bytes(),
        }
    }
}
