//! Cost statements: per group, and per funding source over a period. Each
//! registration is charged sessions × length × rate (a group) or its share
//! (an individual); groups get a subtotal and the statement a total.

use super::DocumentContext;
use super::page::{BODY, Colour, Column, Page, Row};
use crate::domain::coached::costs::cost_lines;
use crate::domain::coached::groups::{Group, GroupId, GroupStatus, Registration, RegistrationKind};
use crate::domain::funding::{FundingSource, FundingSourceId};
use crate::domain::{Money, PersonId};
use crate::i18n::{Arg, I18n};
use chrono::NaiveDate;

/// The data statements are made from.
pub struct StatementData<'a> {
    pub groups: &'a [Group],
    pub registrations: &'a [Registration],
    pub sources: &'a [FundingSource],
    pub person_name: &'a dyn Fn(PersonId) -> String,
}

impl StatementData<'_> {
    fn source_label(&self, i18n: &I18n, id: FundingSourceId) -> String {
        self.sources
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.label(|code| i18n.tr(&format!("funding-{code}"))))
            .unwrap_or_default()
    }
}

fn basis(i18n: &I18n, group: &Group, kind: RegistrationKind) -> String {
    let p = &group.pricing;
    let product = i18n.tr_args(
        "pdf-basis",
        &[
            ("sessions", Arg::from(p.sessions)),
            ("minutes", Arg::from(p.session_minutes)),
            ("rate", Arg::from(i18n.money(p.hourly_rate))),
        ],
    );
    match kind {
        RegistrationKind::Group => product,
        RegistrationKind::Individual => format!("({product}) / {}", p.max_group_size),
    }
}

fn columns(i18n: &I18n, with_source: bool) -> Vec<Column> {
    let mut columns = vec![
        Column::left(i18n.tr("registration-people"), 0.34),
        Column::left(i18n.tr("column-registration"), 0.16),
        Column::left(i18n.tr("pdf-column-basis"), 0.3),
        Column::right(i18n.tr("column-amount"), 0.2),
    ];
    if with_source {
        columns[0].share = 0.26;
        columns[2].share = 0.22;
        columns.insert(2, Column::left(i18n.tr("column-funding"), 0.16));
    }
    columns
}

/// Rows of one group: a heading, a line per registration, a subtotal.
fn group_rows(
    i18n: &I18n,
    data: &StatementData<'_>,
    group: &Group,
    registrations: &[Registration],
    with_source: bool,
) -> (Vec<Row>, Money) {
    let lines = cost_lines(&group.pricing, registrations, data.sources);
    let mut rows = vec![Row::section(i18n.tr_args(
        "pdf-group-heading",
        &[("group", Arg::from(group.name.as_str())), ("date", Arg::from(i18n.date(group.formed_on)))],
    ))];
    let mut subtotal = Money::ZERO;
    for (registration, line) in registrations.iter().zip(&lines) {
        let people: Vec<String> = registration.people.iter().map(|p| (data.person_name)(*p)).collect();
        let kind = i18n.tr(match registration.kind {
            RegistrationKind::Group => "registration-kind-group",
            RegistrationKind::Individual => "registration-kind-individual",
        });
        let mut cells = vec![people.join(", "), kind, basis(i18n, group, registration.kind), i18n.money(line.amount)];
        if with_source {
            cells.insert(2, data.source_label(i18n, registration.funding));
        }
        rows.push(Row::new(cells));
        subtotal += line.amount;
    }
    let mut total = vec![i18n.tr("pdf-subtotal"), String::new(), String::new(), i18n.money(subtotal)];
    if with_source {
        total.insert(2, String::new());
    }
    rows.push(Row::total(total));
    (rows, subtotal)
}

/// The cost statement of one group, per registration and per funding source.
pub fn group_statement(ctx: &DocumentContext<'_>, data: &StatementData<'_>, id: GroupId) -> Option<Vec<Page>> {
    let i18n = ctx.i18n;
    let group = data.groups.iter().find(|g| g.id == id)?;
    let registrations: Vec<Registration> = data.registrations.iter().filter(|r| r.group == Some(id)).cloned().collect();
    let mut layout = ctx.layout();
    layout.title(&i18n.tr_args("pdf-statement-group-title", &[("group", Arg::from(group.name.as_str()))]));
    layout.paragraph(&i18n.tr("pdf-statement-intro"), BODY, Colour::MUTED);
    layout.space(10.0);
    let (rows, _) = group_rows(i18n, data, group, &registrations, true);
    layout.table(&columns(i18n, true), &rows);
    layout.heading(&i18n.tr("group-costs-per-source"));
    let lines = cost_lines(&group.pricing, &registrations, data.sources);
    let per_source: Vec<Row> = crate::domain::coached::costs::per_funding_source(&lines)
        .into_iter()
        .map(|(source, amount)| Row::new(vec![data.source_label(i18n, source), i18n.money(amount)]))
        .collect();
    layout.table(
        &[Column::left(i18n.tr("column-funding"), 0.7), Column::right(i18n.tr("column-amount"), 0.3)],
        &per_source,
    );
    Some(ctx.finish(layout))
}

/// Everything charged to one funding source for groups formed in a period.
pub fn funding_statement(
    ctx: &DocumentContext<'_>,
    data: &StatementData<'_>,
    source: FundingSourceId,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<Page> {
    let i18n = ctx.i18n;
    let mut layout = ctx.layout();
    let label = data.source_label(i18n, source);
    layout.title(&i18n.tr_args("pdf-statement-source-title", &[("source", Arg::from(label.as_str()))]));
    layout.paragraph(
        &i18n.tr_args("pdf-period", &[("from", Arg::from(i18n.date(from))), ("to", Arg::from(i18n.date(to)))]),
        BODY,
        Colour::MUTED,
    );
    if data.sources.iter().any(|s| s.id == source && s.central_budget) {
        layout.paragraph(&i18n.tr("pdf-statement-central"), BODY, Colour::MUTED);
    }
    layout.space(10.0);
    let mut groups: Vec<&Group> = data
        .groups
        .iter()
        .filter(|g| g.formed_on >= from && g.formed_on <= to && g.status != GroupStatus::Cancelled)
        .collect();
    groups.sort_by_key(|g| (g.formed_on, g.id));
    let mut rows = Vec::new();
    let mut total = Money::ZERO;
    for group in groups {
        let registrations: Vec<Registration> =
            data.registrations.iter().filter(|r| r.group == Some(group.id) && r.funding == source).cloned().collect();
        if registrations.is_empty() {
            continue;
        }
        let (group_rows, subtotal) = group_rows(i18n, data, group, &registrations, false);
        rows.extend(group_rows);
        total += subtotal;
    }
    if rows.is_empty() {
        layout.paragraph(&i18n.tr("pdf-statement-empty"), BODY, Colour::MUTED);
    } else {
        rows.push(Row::total(vec![i18n.tr("group-total"), String::new(), String::new(), i18n.money(total)]));
        layout.table(&columns(i18n, false), &rows);
    }
    ctx.finish(layout)
}
