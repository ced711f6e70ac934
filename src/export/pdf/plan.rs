//! A circle meeting's session plan: each phase of the method with its clock
//! times from the meeting's start, what happens in it, the two rules and
//! the link. And a circle's member list for its chair.

use super::DocumentContext;
use super::page::{BODY, Colour, Column, Page, Row};
use crate::i18n::Arg;

/// One phase on the clock, in the document's language.
pub struct PlanLine {
    pub time: String,
    pub title: String,
    pub what: String,
    pub overflows: bool,
}

/// What a session plan shows.
pub struct SessionPlan {
    pub circle: String,
    pub details: Vec<(String, String)>,
    pub lines: Vec<PlanLine>,
    /// Minutes the method runs over the meeting, if any.
    pub overflow: i64,
}

/// The pages of a session plan.
pub fn session_plan(ctx: &DocumentContext<'_>, plan: &SessionPlan) -> Vec<Page> {
    let i18n = ctx.i18n;
    let mut layout = ctx.layout();
    layout.title(&i18n.tr_args("pdf-plan-title", &[("circle", Arg::from(plan.circle.as_str()))]));
    layout.space(6.0);
    layout.key_values(&plan.details, 130.0);
    layout.space(8.0);
    layout.heading(&i18n.tr("signup-rules"));
    layout.paragraph(&format!("1. {}", i18n.tr("rule-confidential")), BODY, Colour::TEXT);
    layout.paragraph(&format!("2. {}", i18n.tr("rule-anything")), BODY, Colour::TEXT);
    layout.space(8.0);
    layout.heading(&i18n.tr("circle-plan"));
    let columns = [
        Column::left(i18n.tr("column-time"), 0.17),
        Column::left(i18n.tr("pdf-plan-phase"), 0.3),
        Column::left(i18n.tr("pdf-plan-what"), 0.53),
    ];
    let rows: Vec<Row> = plan
        .lines
        .iter()
        .map(|l| {
            let title =
                if l.overflows { format!("{} ({})", l.title, i18n.tr("pdf-plan-over")) } else { l.title.clone() };
            Row::new(vec![l.time.clone(), title, l.what.clone()])
        })
        .collect();
    layout.table(&columns, &rows);
    if plan.overflow > 0 {
        layout.space(6.0);
        layout.paragraph(
            &i18n.tr_args("circle-plan-overflow", &[("minutes", Arg::from(plan.overflow))]),
            BODY,
            Colour::ACCENT,
        );
    }
    ctx.finish(layout)
}

/// A circle's members with their contact details, for the chair.
pub fn circle_members(
    ctx: &DocumentContext<'_>,
    circle: &str,
    details: &[(String, String)],
    members: &[[String; 3]],
) -> Vec<Page> {
    let i18n = ctx.i18n;
    let mut layout = ctx.layout();
    layout.title(&i18n.tr_args("pdf-circle-members-title", &[("circle", Arg::from(circle))]));
    layout.space(6.0);
    let mut details = details.to_vec();
    details.push((i18n.tr("pdf-printed-on"), i18n.date(ctx.now.date())));
    layout.key_values(&details, 130.0);
    layout.space(8.0);
    layout.paragraph(&i18n.tr("pdf-circle-members-confidential"), BODY, Colour::MUTED);
    layout.space(4.0);
    let columns = [
        Column::left(i18n.tr("column-name"), 0.35),
        Column::left(i18n.tr("person-email"), 0.4),
        Column::left(i18n.tr("person-phone"), 0.25),
    ];
    let rows: Vec<Row> = members.iter().map(|m| Row::new(m.to_vec())).collect();
    layout.table(&columns, &rows);
    ctx.finish(layout)
}
