//! The anonymous yearly report of incident peer support, on screen and as a
//! PDF: the same figures, from the trajectories still in the database and
//! the anonymous figures of those already purged.

use super::{Document, DocumentMaker, Library, pdf};
use crate::domain::incidents::cases::CaseListKind;
use crate::domain::incidents::report::{Cell, YearReport, year_report};
use crate::export::pdf::report::{ReportPages, yearly_report};
use crate::i18n::{Arg, I18n};
use crate::ops::cases::{report_cell, report_type_name};

/// The year's report from the loaded data.
pub fn report_of(library: &Library<'_>, year: i32) -> YearReport {
    let numbers = &library.settings.incidents;
    let mut facts = library.case_records().report_facts(library.case_lists, numbers);
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
        (i18n.tr("report-closed-share"), closed_share(i18n, report.closed, report.referred).unwrap_or_else(none)),
    ];
    ReportPages {
        title: i18n.tr_args("report-title", &[("year", Arg::from(year.to_string()))]),
        rows,
        totals,
        figures,
        note: i18n.tr_args("report-note", &[("max", Arg::from(threshold)), ("shown", Arg::from(threshold + 1))]),
    }
}

/// Of the trajectories that ended after the third conversation, the share
/// closed and referred; only when both counts are printed (a share beside
/// a hidden count would give it away).
fn closed_share(i18n: &I18n, closed: Cell, referred: Cell) -> Option<String> {
    let (Cell::Shown(closed), Cell::Shown(referred)) = (closed, referred) else { return None };
    let ended = closed + referred;
    (ended > 0).then(|| {
        let percent = (closed * 100 + ended / 2) / ended;
        i18n.tr_args(
            "report-closed-share-value",
            &[("closed", Arg::from(percent)), ("referred", Arg::from(100 - percent))],
        )
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn the_share_closed_is_printed_only_beside_counts_that_are_printed() {
        let i18n = I18n::new(Language::English);
        assert_eq!(closed_share(&i18n, Cell::Shown(9), Cell::Shown(3)).as_deref(), Some("75% closed, 25% referred"));
        // 9 closed at 90% would give a hidden single referral away.
        assert_eq!(closed_share(&i18n, Cell::Shown(9), Cell::Hidden), None);
        assert_eq!(closed_share(&i18n, Cell::Withheld, Cell::Shown(4)), None);
        assert_eq!(closed_share(&i18n, Cell::Shown(0), Cell::Shown(0)), None);
        let dutch = I18n::new(Language::Dutch);
        assert_eq!(
            closed_share(&dutch, Cell::Shown(1), Cell::Shown(2)).as_deref(),
            Some("33% afgesloten, 67% doorverwezen")
        );
    }
}
