//! The anonymous yearly report of incident peer support as a PDF: a table
//! of incidents by type and quarter, and the year's figures.

use super::DocumentContext;
use super::page::{BODY, Colour, Column, Page, Row};

/// What the report shows, already in the document's language.
pub struct ReportPages {
    pub title: String,
    /// Incident type and its Q1–Q4 and year, as printed.
    pub rows: Vec<[String; 6]>,
    pub totals: [String; 6],
    pub figures: Vec<(String, String)>,
    /// How small numbers are hidden.
    pub note: String,
}

/// The pages of the yearly report.
pub fn yearly_report(ctx: &DocumentContext<'_>, report: &ReportPages) -> Vec<Page> {
    let i18n = ctx.i18n;
    let mut layout = ctx.layout();
    layout.title(&report.title);
    layout.space(6.0);
    layout.paragraph(&report.note, BODY, Colour::MUTED);
    layout.space(8.0);
    layout.heading(&i18n.tr("report-incidents"));
    let mut columns = vec![Column::left(i18n.tr("report-type"), 0.36)];
    for id in ["report-q1", "report-q2", "report-q3", "report-q4", "report-year"] {
        columns.push(Column::right(i18n.tr(id), 0.128));
    }
    let mut rows: Vec<Row> = report.rows.iter().map(|r| Row::new(r.to_vec())).collect();
    rows.push(Row::total(report.totals.to_vec()));
    layout.table(&columns, &rows);
    layout.space(10.0);
    layout.heading(&i18n.tr("report-support"));
    layout.key_values(&report.figures, 260.0);
    layout.space(6.0);
    layout.key_values(&[(i18n.tr("pdf-printed-on"), i18n.date(ctx.now.date()))], 260.0);
    ctx.finish(layout)
}
