//! Session schedules: for one group, for one coach over a period (grouped by
//! week), and for the whole organisation per month.

use super::DocumentContext;
use super::page::{BODY, Colour, Column, Page, Row};
use crate::domain::coached::groups::{Group, Session};
use crate::i18n::{Arg, I18n};
use chrono::{Datelike, NaiveDate};

/// A session with the group it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct ScheduleEntry<'a> {
    pub group: &'a Group,
    pub session: &'a Session,
}

fn weekday(i18n: &I18n, date: NaiveDate) -> String {
    let day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][date.weekday().num_days_from_monday() as usize];
    i18n.tr(&format!("weekday-{day}"))
}

fn time_range(session: &Session) -> String {
    format!("{} – {}", session.starts_at.format("%H:%M"), session.ends_at().format("%H:%M"))
}

fn status(i18n: &I18n, session: &Session, now: chrono::NaiveDateTime) -> String {
    i18n.tr(session.state(now).message_id())
}

/// Where a group meets: the room, the meeting link, or both.
pub fn place(group: &Group) -> String {
    match (group.location.is_empty(), group.meeting_link.is_empty()) {
        (false, false) => format!("{}\n{}", group.location, group.meeting_link),
        (false, true) => group.location.clone(),
        (true, false) => group.meeting_link.clone(),
        (true, true) => String::new(),
    }
}

/// The schedule of one group: members, coach, place and every session.
pub fn group_schedule(
    ctx: &DocumentContext<'_>,
    group: &Group,
    members: &[String],
    coach: Option<&str>,
    sessions: &[&Session],
) -> Vec<Page> {
    let i18n = ctx.i18n;
    let mut layout = ctx.layout();
    layout.title(&i18n.tr_args("pdf-schedule-group-title", &[("group", Arg::from(group.name.as_str()))]));
    layout.space(6.0);
    let mut pairs = vec![
        (i18n.tr("group-coach"), coach.map(str::to_string).unwrap_or_else(|| i18n.tr("group-no-coach"))),
        (i18n.tr("group-where"), {
            let place = place(group);
            if place.is_empty() { i18n.tr("group-no-location") } else { place }
        }),
        (i18n.tr_args("group-members", &[("count", Arg::from(members.len()))]), members.join(", ")),
    ];
    pairs.push((i18n.tr("pdf-printed-on"), i18n.date(ctx.now.date())));
    layout.key_values(&pairs, 130.0);
    layout.space(10.0);
    let columns = [
        Column::left(i18n.tr("column-number"), 0.06),
        Column::left(i18n.tr("column-date"), 0.2),
        Column::left(i18n.tr("plan-weekday"), 0.16),
        Column::left(i18n.tr("column-time"), 0.2),
        Column::right(i18n.tr("column-length"), 0.14),
        Column::left(i18n.tr("column-status"), 0.24),
    ];
    let rows: Vec<Row> = sessions
        .iter()
        .enumerate()
        .map(|(index, session)| {
            let date = session.starts_at.date();
            Row::new(vec![
                (index + 1).to_string(),
                i18n.date(date),
                weekday(i18n, date),
                time_range(session),
                i18n.tr_args("minutes", &[("minutes", Arg::from(session.minutes))]),
                status(i18n, session, ctx.now),
            ])
        })
        .collect();
    if rows.is_empty() {
        layout.paragraph(&i18n.tr("group-no-sessions"), BODY, Colour::MUTED);
    } else {
        layout.table(&columns, &rows);
    }
    ctx.finish(layout)
}

fn entry_columns(i18n: &I18n, with_coach: bool) -> Vec<Column> {
    let mut columns = vec![
        Column::left(i18n.tr("column-date"), 0.15),
        Column::left(i18n.tr("column-time"), 0.17),
        Column::left(i18n.tr("pdf-column-group"), if with_coach { 0.19 } else { 0.25 }),
        Column::left(i18n.tr("group-where"), if with_coach { 0.19 } else { 0.3 }),
        Column::left(i18n.tr("column-status"), 0.13),
    ];
    if with_coach {
        columns.insert(3, Column::left(i18n.tr("group-coach"), 0.17));
    }
    columns
}

/// Where a group meets, short enough for a table: the room, or "online".
fn short_place(i18n: &I18n, group: &Group) -> String {
    if group.location.is_empty() && !group.meeting_link.is_empty() {
        i18n.tr("pdf-online")
    } else {
        group.location.clone()
    }
}

fn entry_row(ctx: &DocumentContext<'_>, entry: &ScheduleEntry<'_>, coach: Option<String>) -> Row {
    let i18n = ctx.i18n;
    let date = entry.session.starts_at.date();
    let mut cells = vec![
        format!("{}\n{}", i18n.date(date), weekday(i18n, date)),
        time_range(entry.session),
        entry.group.name.clone(),
        short_place(i18n, entry.group),
        status(i18n, entry.session, ctx.now),
    ];
    if let Some(coach) = coach {
        cells.insert(3, coach);
    }
    Row::new(cells)
}

/// A coach's sessions between two dates, grouped by week.
pub fn coach_schedule(
    ctx: &DocumentContext<'_>,
    coach: &str,
    from: NaiveDate,
    to: NaiveDate,
    entries: &[ScheduleEntry<'_>],
) -> Vec<Page> {
    let i18n = ctx.i18n;
    let mut layout = ctx.layout();
    layout.title(&i18n.tr_args("pdf-schedule-coach-title", &[("coach", Arg::from(coach))]));
    layout.paragraph(
        &i18n.tr_args("pdf-period", &[("from", Arg::from(i18n.date(from))), ("to", Arg::from(i18n.date(to)))]),
        BODY,
        Colour::MUTED,
    );
    layout.space(10.0);
    let mut rows = Vec::new();
    let mut week = None;
    for entry in entries {
        let date = entry.session.starts_at.date();
        let iso = date.iso_week();
        if week != Some((iso.year(), iso.week())) {
            week = Some((iso.year(), iso.week()));
            let monday = NaiveDate::from_isoywd_opt(iso.year(), iso.week(), chrono::Weekday::Mon).unwrap_or(date);
            let sunday = monday + chrono::Days::new(6);
            rows.push(Row::section(i18n.tr_args(
                "pdf-week",
                &[
                    ("week", Arg::from(iso.week() as i64)),
                    ("from", Arg::from(i18n.date(monday))),
                    ("to", Arg::from(i18n.date(sunday))),
                ],
            )));
        }
        rows.push(entry_row(ctx, entry, None));
    }
    if rows.is_empty() {
        layout.paragraph(&i18n.tr("pdf-no-sessions-in-period"), BODY, Colour::MUTED);
    } else {
        layout.table(&entry_columns(i18n, false), &rows);
    }
    ctx.finish(layout)
}

/// Every session of the organisation in one month.
pub fn month_schedule(
    ctx: &DocumentContext<'_>,
    year: i32,
    month: u32,
    entries: &[ScheduleEntry<'_>],
    coach_name: &dyn Fn(&Group) -> Option<String>,
) -> Vec<Page> {
    let i18n = ctx.i18n;
    let mut layout = ctx.layout();
    let month_name = i18n.tr(&format!("month-{month}"));
    layout.title(
        &i18n
            .tr_args("pdf-schedule-month-title", &[("month", Arg::from(month_name)), ("year", Arg::from(year as i64))]),
    );
    layout.space(10.0);
    let rows: Vec<Row> =
        entries.iter().map(|e| entry_row(ctx, e, Some(coach_name(e.group).unwrap_or_default()))).collect();
    if rows.is_empty() {
        layout.paragraph(&i18n.tr("pdf-no-sessions-in-period"), BODY, Colour::MUTED);
    } else {
        layout.table(&entry_columns(i18n, true), &rows);
    }
    ctx.finish(layout)
}
