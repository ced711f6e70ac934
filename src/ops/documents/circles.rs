//! A circle's documents: a meeting's session plan, the member list for the
//! chair, and the circle's calendar file.

use super::{Document, DocumentError, DocumentMaker, Library, pdf};
use crate::domain::circles::circle::{Circle, CircleId, CircleMeeting, CircleMeetingId};
use crate::domain::circles::mentoring::{Pair, PairId};
use crate::domain::circles::methods::{overflow_minutes, session_plan};
use crate::export::ics::{CalendarEvent, calendar, day_calendar};
use crate::export::pdf::plan::{PlanLine, SessionPlan, circle_members, session_plan as plan_pages};
use crate::i18n::Arg;
use crate::ops::circles::{cadence_text, method_name, phase_name, phase_words};

impl Library<'_> {
    pub(super) fn circle(&self, id: CircleId) -> Result<&Circle, DocumentError> {
        self.circles.iter().find(|c| c.id == id).ok_or(DocumentError::NoCircle(id.0))
    }

    pub(super) fn pair(&self, id: PairId) -> Result<&Pair, DocumentError> {
        self.pairs.iter().find(|p| p.id == id).ok_or(DocumentError::NoPair(id.0))
    }

    pub(super) fn circle_meeting(&self, id: CircleMeetingId) -> Result<&CircleMeeting, DocumentError> {
        self.circle_meetings.iter().find(|m| m.id == id).ok_or(DocumentError::NoMeeting(id.0))
    }
}

impl DocumentMaker {
    /// A meeting's session plan: every phase on the clock from the start.
    pub(super) fn session_plan(
        &self,
        library: &Library<'_>,
        meeting: &CircleMeeting,
    ) -> Result<Document, DocumentError> {
        let i18n = &self.i18n;
        let circle = library.circle(meeting.circle)?;
        let method = meeting
            .method
            .and_then(|id| library.methods.iter().find(|m| m.id == id))
            .ok_or(DocumentError::NoMethod(meeting.id.0))?;
        let ctx = self.context(&library.settings.organisation);
        let name = |id: Option<crate::domain::PersonId>| {
            id.and_then(|p| library.people.iter().find(|x| x.id == p))
                .map(|p| p.name.to_string())
                .unwrap_or_else(|| "–".into())
        };
        let start = meeting.starts_at;
        let mut details = vec![
            (
                i18n.tr("circle-meeting-date"),
                format!("{}–{}", i18n.date_time(start), meeting.ends_at().format("%H:%M")),
            ),
            (i18n.tr("circle-meeting-method"), method_name(i18n, method)),
            (i18n.tr("circle-meeting-case-bringer"), name(meeting.case_bringer)),
            (i18n.tr("circle-chair"), name(circle.chair)),
        ];
        let where_label = if circle.online { "circle-link" } else { "circle-address" };
        details.push((i18n.tr(where_label), circle.place.clone()));
        let lines = session_plan(method, start, meeting.minutes)
            .into_iter()
            .map(|step| {
                let (title, what) = phase_words(i18n, method, step.index);
                PlanLine {
                    time: format!("{}–{}", step.from.format("%H:%M"), step.to.format("%H:%M")),
                    title,
                    what,
                    overflows: step.overflows,
                }
            })
            .collect();
        let plan = SessionPlan {
            circle: circle.name.clone(),
            details,
            lines,
            overflow: overflow_minutes(method, meeting.minutes),
        };
        let pages = plan_pages(&ctx, &plan);
        let title = i18n.tr_args("pdf-plan-title", &[("circle", Arg::from(circle.name.as_str()))]);
        let day = start.format("%Y-%m-%d").to_string();
        let file_name = self.file_name("file-session-plan", &[("name", &circle.name), ("date", &day)], "pdf");
        Ok(pdf(file_name, ctx.render(&title, &pages)))
    }

    /// The circle's members with email and phone, for its chair.
    pub(super) fn circle_member_list(&self, library: &Library<'_>, circle: &Circle) -> Document {
        let i18n = &self.i18n;
        let ctx = self.context(&library.settings.organisation);
        let person = |id| library.people.iter().find(|p| p.id == id);
        let members: Vec<[String; 3]> = circle
            .members
            .iter()
            .filter_map(|id| person(*id))
            .map(|p| [p.name.to_string(), p.email.to_string(), p.phone.to_string()])
            .collect();
        let chair = circle.chair.and_then(person).map(|p| p.name.to_string()).unwrap_or_else(|| "–".into());
        let details = vec![
            (i18n.tr("signup-phase"), phase_name(i18n, library.list_items, circle.phase)),
            (i18n.tr("circle-chair"), chair.to_string()),
            (i18n.tr(if circle.online { "circle-link" } else { "circle-address" }), circle.place.clone()),
            (i18n.tr("circle-cadence"), cadence_text(i18n, circle.cadence)),
        ];
        let pages = circle_members(&ctx, &circle.name, &details, &members);
        let title = i18n.tr_args("pdf-circle-members-title", &[("circle", Arg::from(circle.name.as_str()))]);
        pdf(self.file_name("file-circle-members", &[("name", &circle.name)], "pdf"), ctx.render(&title, &pages))
    }

    /// The circle's meetings as a calendar file: each keeps its UID, a moved
    /// or cancelled one carries a higher SEQUENCE.
    pub(super) fn circle_calendar(&self, library: &Library<'_>, circle: &Circle) -> Document {
        let organisation = &library.settings.organisation.name;
        let domain = crate::export::slug(organisation);
        let domain = if domain.is_empty() { "peerdesk".to_string() } else { domain };
        let events: Vec<CalendarEvent> = library
            .circle_meetings
            .iter()
            .filter(|m| m.circle == circle.id)
            .map(|m| CalendarEvent {
                uid: format!("circle-meeting-{}@{domain}.peerdesk", m.id.0),
                sequence: m.sequence,
                start: m.starts_at,
                end: m.ends_at(),
                summary: circle.name.clone(),
                location: circle.place.clone(),
                description: String::new(),
                cancelled: m.cancelled,
            })
            .collect();
        let text = calendar(&circle.name, &events, self.made_at.naive_utc());
        Document {
            file_name: self.file_name("file-circle-calendar", &[("name", &circle.name)], "ics"),
            bytes: text.into_bytes(),
        }
    }

    /// A mentor pair's meeting dates as whole-day events: dates only, as kept.
    pub(super) fn pair_calendar(&self, library: &Library<'_>, pair: &Pair) -> Document {
        let i18n = &self.i18n;
        let organisation = &library.settings.organisation.name;
        let domain = crate::export::slug(organisation);
        let domain = if domain.is_empty() { "peerdesk".to_string() } else { domain };
        let name = |id| library.people.iter().find(|p| p.id == id).map(|p| p.name.to_string()).unwrap_or_default();
        let summary = i18n.tr_args(
            "pair-names",
            &[("mentor", Arg::from(name(pair.mentor))), ("mentee", Arg::from(name(pair.mentee)))],
        );
        let days: Vec<_> = pair
            .meetings
            .iter()
            .map(|d| (format!("pair-{}-{}@{domain}.peerdesk", pair.id.0, d.format("%Y%m%d")), *d, summary.clone()))
            .collect();
        let text = day_calendar(&summary, &days, self.made_at.naive_utc());
        Document {
            file_name: self.file_name("file-pair-calendar", &[("name", &name(pair.mentee))], "ics"),
            bytes: text.into_bytes(),
        }
    }
}
