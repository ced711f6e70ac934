//! Schedules as PDF and calendar files: a group's, a coach's and a month's.

use super::{Document, DocumentError, DocumentMaker, Library, Names, pdf};
use crate::domain::PersonId;
use crate::domain::coached::groups::{Group, SessionStatus};
use crate::export::ics::{CalendarEvent, calendar, session_uid};
use crate::export::pdf::schedule::{ScheduleEntry, coach_schedule, group_schedule, month_schedule};
use crate::i18n::{Arg, I18n};
use chrono::NaiveDate;

impl DocumentMaker {
    pub(super) fn group_schedule(
        &self,
        library: &Library<'_>,
        names: &Names<'_>,
        group: &Group,
    ) -> Result<Document, DocumentError> {
        let ctx = self.context(&library.settings.organisation);
        let members: Vec<String> = group.members.iter().map(|m| names.name(*m)).collect();
        let coach = group.coach.map(|c| names.name(c));
        let sessions: Vec<_> = library.sessions.iter().filter(|s| s.group == group.id).collect();
        let pages = group_schedule(&ctx, group, &members, coach.as_deref(), &sessions);
        let title = self.i18n.tr_args("pdf-schedule-group-title", &[("group", Arg::from(group.name.as_str()))]);
        let file_name = self.file_name("file-schedule-group", &[("name", &group.name)], "pdf");
        Ok(pdf(file_name, ctx.render(&title, &pages)))
    }

    pub(super) fn coach_schedule(
        &self,
        library: &Library<'_>,
        period: &CoachPeriod<'_>,
    ) -> Result<Document, DocumentError> {
        let ctx = self.context(&library.settings.organisation);
        let entries = period.entries(library);
        let pages = coach_schedule(&ctx, period.name, period.from, period.to, &entries);
        let title = self.i18n.tr_args("pdf-schedule-coach-title", &[("coach", Arg::from(period.name))]);
        let month = period.from.format("%Y-%m").to_string();
        let file_name = self.file_name("file-schedule-coach", &[("name", period.name), ("month", &month)], "pdf");
        Ok(pdf(file_name, ctx.render(&title, &pages)))
    }

    pub(super) fn month_schedule(
        &self,
        library: &Library<'_>,
        names: &Names<'_>,
        year: i32,
        month: u32,
    ) -> Result<Document, DocumentError> {
        let ctx = self.context(&library.settings.organisation);
        let from = NaiveDate::from_ymd_opt(year, month, 1).ok_or(DocumentError::EmptyPeriod)?;
        let (_, to) = super::month_of(from);
        let mut entries: Vec<ScheduleEntry<'_>> = library
            .sessions
            .iter()
            .filter(|s| s.starts_at.date() >= from && s.starts_at.date() <= to)
            .filter_map(|s| {
                library.groups.iter().find(|g| g.id == s.group).map(|g| ScheduleEntry { group: g, session: s })
            })
            .collect();
        entries.sort_by_key(|e| e.session.starts_at);
        let coach_of = |g: &Group| g.coach.map(|c| names.name(c));
        let pages = month_schedule(&ctx, year, month, &entries, &coach_of);
        let file_name = self.file_name("file-schedule-month", &[("month", &format!("{year}-{month:02}"))], "pdf");
        Ok(pdf(file_name, ctx.render(&self.i18n.tr("pdf-schedule"), &pages)))
    }

    pub(super) fn group_calendar(&self, library: &Library<'_>, group: &Group) -> Document {
        let entries: Vec<ScheduleEntry<'_>> = library
            .sessions
            .iter()
            .filter(|s| s.group == group.id)
            .map(|s| ScheduleEntry { group, session: s })
            .collect();
        let text = calendar(&group.name, &events(&self.i18n, library, &entries), self.made_at.naive_utc());
        Document {
            file_name: self.file_name("file-calendar", &[("name", &group.name)], "ics"),
            bytes: text.into_bytes(),
        }
    }

    pub(super) fn coach_calendar(&self, library: &Library<'_>, period: &CoachPeriod<'_>) -> Document {
        let entries = period.entries(library);
        let text = calendar(period.name, &events(&self.i18n, library, &entries), self.made_at.naive_utc());
        Document {
            file_name: self.file_name("file-calendar", &[("name", period.name)], "ics"),
            bytes: text.into_bytes(),
        }
    }
}

/// A coach's sessions from one day to another, with the coach's name.
pub(super) struct CoachPeriod<'a> {
    pub name: &'a str,
    pub coach: PersonId,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl CoachPeriod<'_> {
    /// The coach's sessions in the period, earliest first.
    fn entries<'a>(&self, library: &Library<'a>) -> Vec<ScheduleEntry<'a>> {
        let mut entries: Vec<ScheduleEntry<'a>> = library
            .sessions
            .iter()
            .filter(|s| s.starts_at.date() >= self.from && s.starts_at.date() <= self.to)
            .filter_map(|s| {
                let group = library.groups.iter().find(|g| g.id == s.group && g.coach == Some(self.coach))?;
                Some(ScheduleEntry { group, session: s })
            })
            .collect();
        entries.sort_by_key(|e| e.session.starts_at);
        entries
    }
}

fn events(i18n: &I18n, library: &Library<'_>, entries: &[ScheduleEntry<'_>]) -> Vec<CalendarEvent> {
    let organisation = &library.settings.organisation.name;
    entries
        .iter()
        .map(|entry| {
            let index = library
                .sessions
                .iter()
                .filter(|s| {
                    s.group == entry.group.id
                        && s.status == SessionStatus::Planned
                        && s.starts_at <= entry.session.starts_at
                })
                .count();
            CalendarEvent {
                uid: session_uid(entry.session.id.0, organisation),
                sequence: entry.session.sequence,
                start: entry.session.starts_at,
                end: entry.session.ends_at(),
                summary: i18n.tr_args(
                    "ics-summary",
                    &[("group", Arg::from(entry.group.name.as_str())), ("number", Arg::from(index.max(1)))],
                ),
                location: if entry.group.meeting_link.is_empty() {
                    entry.group.location.clone()
                } else {
                    entry.group.meeting_link.clone()
                },
                description: entry.group.meeting_link.clone(),
                cancelled: entry.session.status == SessionStatus::Cancelled,
            }
        })
        .collect()
}
