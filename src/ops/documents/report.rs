//! The anonymous yearly report of incident peer support, on screen and as a
//! PDF: the same figures, from the trajectories still in the database and
//! the anonymous figures of those already purged.

use super::{Document, DocumentMaker, Library, pdf};
use crate::domain::incidents::cases::CaseListKind;
use crate::domain::incidents::report::{YearReport, year_report};
use crate::export::pdf::report::{ReportPages, yearly_report};
use crate::i18n::{Arg, I18n};
use crate::ops::cases::{report_cell, report_facts, report_type_name};

/// The year's report from the loaded data.
pub fn report_of(library: &Library<'_>, year: i32) -> YearReport {
    let numbers = &library.settings.incidents;
    let mut facts = report_facts(
        library.incidents,
        library.trajectories,
        library.conversations,
        library.offers,
        library.case_lists,
        numbers,
    );
    facts.extend(library.purged.iter().cloned());
    let types: Vec<String> = library
        .case_lists
        .iter()
        .filter(|i| i.kind == CaseListKind::IncidentType)
        .map(|i| i.code.clone().unwrap_or_else(|| format!("item-{}", i.id.0)))
        .collect();
    year_report(&facts, year, &types, numbers.first_conversation_hours, numbers.report_threshold)
}

/// The report's words and numbers as printed, for the screen and the PDF.
pub fn report_text(i18n: &I18n, library: &Library<'_>, year: i32, report: &YearReport) -> ReportPages {
    let threshold = library.settings.incidents.report_threshold;
    let cell = |c| report_cell(i18n, c, threshold);
    let rows = report
        .by_type
        .iter()
        .map(|(kind, cells)| {
            let name = report_type_name(i18n, library.case_lists, kind);
            [name, cell(cells[0]), cell(cells[1]), cell(cells[2]), cell(cells[3]), cell(cells[4])]
        })
        .collect();
    let t = &report.totals;
    let totals = [i18n.tr("report-total"), cell(t[0]), cell(t[1]), cell(t[2]), cell(t[3]), cell(t[4])];
    let none = || "–".to_string();
    let hours = library.settings.incidents.first_conversation_hours;
    let figures = vec![
        (i18n.tr("report-employees"), cell(report.employees)),
        (i18n.tr("report-accepted"), cell(report.accepted)),
        (i18n.tr("report-declined"), cell(report.declined)),
        (
            i18n.tr_args("report-within", &[("hours", Arg::from(hours))]),
            report
                .within_hours
                .map(|(percent, of)| {
                    i18n.tr_args("report-percent-of", &[("percent", Arg::from(percent)), ("count", Arg::from(of))])
                })
                .unwrap_or_else(none),
        ),
        (
            i18n.tr("report-median"),
            report.median_hours.map(|h| i18n.tr_args("report-hours", &[("hours", Arg::from(h))])).unwrap_or_else(none),
        ),
        (i18n.tr("report-conversations"), report.conversations_tenths.map(|t| tenths(i18n, t)).unwrap_or_else(none)),
        (i18n.tr("report-closed"), cell(report.closed)),
        (i18n.tr("report-referred"), cell(report.referred)),
    ];
    ReportPages {
        title: i18n.tr_args("report-title", &[("year", Arg::from(year.to_string()))]),
        rows,
        totals,
        figures,
        note: i18n.tr_args("report-note", &[("max", Arg::from(threshold)), ("shown", Arg::from(threshold + 1))]),
    }
}

/// A number in tenths as the language writes it: 2,7 or 2.7.
fn tenths(i18n: &I18n, value: i64) -> String {
    let separator = if i18n.language() == crate::i18n::Language::Dutch { ',' } else { '.' };
    format!("{}{separator}{}", value / 10, value % 10)
}

impl DocumentMaker {
    /// The anonymous yearly report as a PDF.
    pub(super) fn incident_report(&self, library: &Library<'_>, year: i32) -> Document {
        let ctx = self.context(&library.settings.organisation);
        let report = report_of(library, year);
        let text = report_text(&self.i18n, library, year, &report);
        let pages = yearly_report(&ctx, &text);
        let file_name = self.file_name("file-incident-report", &[("year", &year.to_string())], "pdf");
        pdf(file_name, ctx.render(&text.title, &pages))
    }
}
