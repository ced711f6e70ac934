//! The anonymous yearly report of incident peer support: incidents by type
//! and quarter, employees involved, offers accepted and declined, first
//! contact within the protocol's hours, conversations per trajectory, and
//! closed against referred. Small numbers are never shown: any count from 1
//! to the threshold prints as "< threshold+1", and a second cell is hidden
//! where a hidden one could be worked out from the total beside it.

use super::cases::Outcome;
use std::collections::BTreeMap;

/// One employee's support in the year, without anything that names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseFact {
    /// Names the incident only to count it once (never printed).
    pub incident: String,
    /// The year and quarter the incident happened in.
    pub year: i32,
    pub quarter: u32,
    /// The incident type's code (a typed list item: its id as `item-N`).
    pub incident_type: String,
    /// The offer's answer: accepted, declined (twice or unanswered), or not yet.
    pub accepted: Option<bool>,
    /// Hours from the report to the team to the first conversation held.
    pub hours_to_first: Option<i64>,
    pub conversations_held: i64,
    pub outcome: Option<Outcome>,
}

/// A count as printed: the number, hidden because it is small, or withheld
/// because it would give a small one away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    Shown(i64),
    /// From 1 to the threshold.
    Hidden,
    /// Any size: shown, it would let a hidden count be worked out.
    Withheld,
}

impl Cell {
    /// True when the number is not printed.
    pub fn is_concealed(self) -> bool {
        !matches!(self, Cell::Shown(_))
    }
}

/// The year's figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearReport {
    /// Incident types in their order, each with Q1–Q4 and the year.
    pub by_type: Vec<(String, [Cell; 5])>,
    /// All types together, per quarter and the year.
    pub totals: [Cell; 5],
    pub employees: Cell,
    pub accepted: Cell,
    pub declined: Cell,
    /// Percent of first conversations within `hours` of the report, and of how many.
    pub within_hours: Option<(i64, usize)>,
    pub median_hours: Option<i64>,
    /// Conversations held per ended trajectory, in tenths.
    pub conversations_tenths: Option<i64>,
    pub closed: Cell,
    pub referred: Cell,
}

/// The report of the facts of `year`; `types` gives the order of the
/// incident types, `hours` the protocol's first-contact hours, `threshold`
/// the largest count that is hidden.
pub fn year_report(all: &[CaseFact], year: i32, types: &[String], hours: i64, threshold: i64) -> YearReport {
    let facts: Vec<&CaseFact> = all.iter().filter(|f| f.year == year).collect();
    // Incidents, each once, by type and quarter.
    let mut incidents: BTreeMap<&str, (&str, u32)> = BTreeMap::new();
    for fact in &facts {
        incidents.entry(fact.incident.as_str()).or_insert((fact.incident_type.as_str(), fact.quarter));
    }
    let mut order: Vec<String> = types.to_vec();
    for (kind, _) in incidents.values() {
        if !order.iter().any(|t| t == kind) {
            order.push(kind.to_string());
        }
    }
    let mut table: Vec<[i64; 4]> = order
        .iter()
        .map(|kind| {
            let mut row = [0; 4];
            for (k, quarter) in incidents.values() {
                if k == kind && (1..=4).contains(quarter) {
                    row[(*quarter - 1) as usize] += 1;
                }
            }
            row
        })
        .collect();
    // Types without an incident this year are left out.
    let mut kept = Vec::new();
    for (kind, row) in order.into_iter().zip(table.drain(..)) {
        if row.iter().sum::<i64>() > 0 {
            kept.push((kind, row));
        }
    }
    let rows: Vec<[i64; 4]> = kept.iter().map(|(_, r)| *r).collect();
    let (cells, totals) = suppress_table(&rows, threshold);
    let by_type = kept.into_iter().map(|(k, _)| k).zip(cells).collect();

    // Offers accepted and declined, and trajectories closed and referred,
    // add up (with what is not printed) to the employees printed beside them.
    let count = |f: &dyn Fn(&CaseFact) -> bool| facts.iter().filter(|c| f(c)).count() as i64;
    let employees = facts.len() as i64;
    let (accepted, declined) = (count(&|c| c.accepted == Some(true)), count(&|c| c.accepted == Some(false)));
    let (closed, referred) =
        (count(&|c| c.outcome == Some(Outcome::Closed)), count(&|c| c.outcome == Some(Outcome::Referred)));
    let [employees_cell, accepted, declined, closed, referred] =
        suppress_parts([employees, accepted, declined, closed, referred], &[[1, 2], [3, 4]], threshold);
    let mut firsts: Vec<i64> = facts.iter().filter_map(|c| c.hours_to_first).collect();
    firsts.sort_unstable();
    let enough = |n: usize| n as i64 > threshold;
    let within_hours = enough(firsts.len()).then(|| {
        let within = firsts.iter().filter(|h| **h <= hours).count() as i64;
        ((within * 100 + firsts.len() as i64 / 2) / firsts.len() as i64, firsts.len())
    });
    let median_hours = enough(firsts.len()).then(|| median(&firsts));
    let ended: Vec<&&CaseFact> = facts.iter().filter(|c| c.outcome.is_some()).collect();
    let conversations_tenths = enough(ended.len()).then(|| {
        let held: i64 = ended.iter().map(|c| c.conversations_held).sum();
        let n = ended.len() as i64;
        (held * 10 + n / 2) / n
    });
    YearReport {
        by_type,
        totals,
        employees: employees_cell,
        accepted,
        declined,
        within_hours,
        median_hours,
        conversations_tenths,
        closed,
        referred,
    }
}

fn median(sorted: &[i64]) -> i64 {
    match sorted.len() {
        0 => 0,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
    }
}

/// `counts[0]` is a total; each of `lines` names counts that are parts of
/// it, the rest of the total (offers not answered yet, trajectories still
/// open or declined) not printed. Small counts are hidden; where a line
/// (its parts, the unprinted rest if not zero, and the total) has exactly
/// one concealed (a small rest counts as concealed), its smallest shown
/// part (or the total) is withheld too, until no small count can be worked
/// out by subtraction.
fn suppress_parts<const N: usize>(counts: [i64; N], lines: &[[usize; 2]], threshold: i64) -> [Cell; N] {
    let mut cells = counts.map(|c| primary(c, threshold));
    loop {
        let mut changed = false;
        for line in lines {
            let rest = counts[0] - line.iter().map(|&i| counts[i]).sum::<i64>();
            let concealed = line.iter().filter(|&&i| cells[i].is_concealed()).count()
                + usize::from(rest > 0)
                + usize::from(cells[0].is_concealed());
            // A large unprinted rest as the only unknown gives nothing small away.
            if concealed != 1 || (rest > threshold && concealed == usize::from(rest > 0)) {
                continue;
            }
            let smallest =
                line.iter().copied().filter(|&i| !cells[i].is_concealed() && counts[i] > 0).min_by_key(|&i| counts[i]);
            cells[smallest.unwrap_or(0)] = Cell::Withheld;
            changed = true;
        }
        if !changed {
            return cells;
        }
    }
}

/// A count hidden when it is from 1 to `threshold`.
fn primary(count: i64, threshold: i64) -> Cell {
    if (1..=threshold).contains(&count) { Cell::Hidden } else { Cell::Shown(count) }
}

/// A table of counts (rows × quarters) with row totals and a totals row,
/// suppressed so that no hidden cell can be worked out from its row or
/// column: a line (row or column, with its total) never has exactly one
/// hidden cell. Returns each row's Q1–Q4 and total, and the totals row.
pub fn suppress_table(rows: &[[i64; 4]], threshold: i64) -> (Vec<[Cell; 5]>, [Cell; 5]) {
    // The full grid: rows, then the totals row; each with 4 quarters and the total.
    let mut values: Vec<[i64; 5]> = rows.iter().map(|r| [r[0], r[1], r[2], r[3], r.iter().sum()]).collect();
    let mut total = [0i64; 5];
    for row in &values {
        for (t, v) in total.iter_mut().zip(row.iter()) {
            *t += v;
        }
    }
    values.push(total);
    let small: Vec<[bool; 5]> = values.iter().map(|r| r.map(|v| (1..=threshold).contains(&v))).collect();
    let mut hidden = small.clone();
    // Hide a second cell where a line has exactly one hidden, until none has.
    loop {
        let mut changed = false;
        let lines = lines(values.len());
        for line in &lines {
            let hidden_count = line.iter().filter(|(r, c)| hidden[*r][*c]).count();
            if hidden_count == 1 {
                // The smallest other cell of the line that is shown and not zero,
                // or (all others zero) its total.
                let candidate = line
                    .iter()
                    .filter(|(r, c)| !hidden[*r][*c] && values[*r][*c] > 0)
                    .min_by_key(|(r, c)| (values[*r][*c], *r, *c))
                    .or_else(|| line.iter().find(|(r, c)| !hidden[*r][*c]));
                if let Some((r, c)) = candidate {
                    hidden[*r][*c] = true;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let cells: Vec<[Cell; 5]> = (0..values.len())
        .map(|r| {
            std::array::from_fn(|c| match (small[r][c], hidden[r][c]) {
                (true, _) => Cell::Hidden,
                (false, true) => Cell::Withheld,
                (false, false) => Cell::Shown(values[r][c]),
            })
        })
        .collect();
    let (body, totals) = cells.split_at(cells.len() - 1);
    (body.to_vec(), totals.first().copied().unwrap_or([Cell::Shown(0); 5]))
}

/// The lines of a grid of `rows` rows (the last the totals row) and five
/// columns (the last the row totals): each row, and each column.
fn lines(rows: usize) -> Vec<Vec<(usize, usize)>> {
    let mut lines: Vec<Vec<(usize, usize)>> = (0..rows).map(|r| (0..5).map(|c| (r, c)).collect()).collect();
    lines.extend((0..5).map(|c| (0..rows).map(|r| (r, c)).collect()));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fact(
        incident: &str,
        quarter: u32,
        kind: &str,
        accepted: bool,
        hours: Option<i64>,
        outcome: Option<Outcome>,
    ) -> CaseFact {
        CaseFact {
            incident: incident.into(),
            year: 2026,
            quarter,
            incident_type: kind.into(),
            accepted: Some(accepted),
            hours_to_first: hours,
            conversations_held: if outcome.is_some() { 3 } else { 1 },
            outcome,
        }
    }

    #[test]
    fn small_counts_are_hidden_and_cannot_be_worked_out_from_the_totals() {
        // Calamities: 5 in Q1, 1 in Q2 (hidden); the row would give Q2 away
        // from the total, so a second cell is hidden too.
        let rows = [[5, 1, 0, 4], [3, 3, 3, 3]];
        let (cells, totals) = suppress_table(&rows, 2);
        assert_eq!(cells[0][1], Cell::Hidden);
        let hidden_in_row = cells[0].iter().filter(|c| c.is_concealed()).count();
        assert!(hidden_in_row >= 2, "{cells:?}");
        // Column Q2: 1 + 3 = 4 shown in the totals row would give the 1 away.
        let column: Vec<Cell> = vec![cells[0][1], cells[1][1], totals[1]];
        assert!(column.iter().filter(|c| c.is_concealed()).count() >= 2, "{column:?}");
        // A cell concealed only to protect a small one is withheld, not marked small.
        assert!(cells.iter().flatten().chain(totals.iter()).any(|c| *c == Cell::Withheld), "{cells:?}");
    }

    #[test]
    fn the_report_counts_incidents_once_and_its_shares() {
        let facts = vec![
            fact("a", 1, "calamity", true, Some(20), Some(Outcome::Closed)),
            fact("a", 1, "calamity", true, Some(50), Some(Outcome::Referred)),
            fact("b", 1, "calamity", true, Some(80), Some(Outcome::Closed)),
            fact("c", 2, "aggression", false, None, Some(Outcome::Declined)),
            fact("d", 3, "calamity", true, Some(30), Some(Outcome::Closed)),
        ];
        let report = year_report(&facts, 2026, &["calamity".into(), "aggression".into(), "other".into()], 72, 0);
        assert_eq!(report.by_type.len(), 2, "a type without incidents is left out");
        assert_eq!(
            report.by_type[0].1,
            [Cell::Shown(2), Cell::Shown(0), Cell::Shown(1), Cell::Shown(0), Cell::Shown(3)]
        );
        assert_eq!(report.totals[4], Cell::Shown(4));
        assert_eq!(report.employees, Cell::Shown(5));
        assert_eq!((report.accepted, report.declined), (Cell::Shown(4), Cell::Shown(1)));
        assert_eq!(report.within_hours, Some((75, 4)));
        assert_eq!(report.median_hours, Some(40));
        assert_eq!((report.closed, report.referred), (Cell::Shown(3), Cell::Shown(1)));
        // With the threshold at 2, the single referral and decline are
        // hidden. Every offer is answered, so 5 employees − 4 accepted would
        // give the decline away: the accepted count is withheld too. Closed
        // and referred leave a declined trajectory unprinted beside them, so
        // the 3 closed can stay.
        let report = year_report(&facts, 2026, &["calamity".into()], 72, 2);
        assert_eq!(report.employees, Cell::Shown(5));
        assert_eq!((report.accepted, report.declined), (Cell::Withheld, Cell::Hidden));
        assert_eq!((report.closed, report.referred), (Cell::Shown(3), Cell::Hidden));
    }

    #[test]
    fn a_count_that_the_total_beside_it_would_give_away_is_withheld() {
        // 3 employees, all closed but one referral: 3 − 2 = 1 referred.
        let cells = suppress_parts([3, 3, 0, 2, 1], &[[1, 2], [3, 4]], 2);
        assert_eq!(cells[4], Cell::Hidden);
        assert!(cells[3].is_concealed() || cells[0].is_concealed(), "{cells:?}");
        // A small total alone would be given away by its parts.
        let cells = suppress_parts([2, 2, 0, 0, 0], &[[1, 2], [3, 4]], 2);
        assert_eq!(cells[0], Cell::Hidden);
        assert!(cells[1].is_concealed(), "{cells:?}");
        // With an unprinted rest beside it, a small count needs no partner.
        let cells = suppress_parts([10, 5, 1, 0, 0], &[[1, 2]], 2);
        assert_eq!(cells, [Cell::Shown(10), Cell::Shown(5), Cell::Hidden, Cell::Shown(0), Cell::Shown(0)]);
    }

    proptest! {
        #[test]
        fn no_small_count_beside_the_employees_can_be_worked_out(
            employees in 0i64..12, a in 0i64..12, d in 0i64..12, c in 0i64..12, r in 0i64..12, threshold in 1i64..4,
        ) {
            let accepted = a.min(employees);
            let declined = d.min(employees - accepted);
            let closed = c.min(employees);
            let referred = r.min(employees - closed);
            let counts = [employees, accepted, declined, closed, referred];
            let cells = suppress_parts(counts, &[[1, 2], [3, 4]], threshold);
            let small = |v: i64| (1..=threshold).contains(&v);
            for (cell, count) in cells.iter().zip(counts) {
                prop_assert!(!small(count) || cell.is_concealed(), "{counts:?} {cells:?}");
            }
            for line in [[1usize, 2], [3, 4]] {
                // The values a reader does not see in this line: a single one
                // is the total minus the others, so it must not be small.
                let rest = employees - counts[line[0]] - counts[line[1]];
                let mut unknown: Vec<i64> = line.iter().filter(|&&i| cells[i].is_concealed()).map(|&i| counts[i]).collect();
                if rest > 0 {
                    unknown.push(rest);
                }
                if cells[0].is_concealed() {
                    unknown.push(employees);
                }
                prop_assert!(unknown.len() != 1 || !small(unknown[0]), "{counts:?} {cells:?} line {line:?}");
            }
        }

        #[test]
        fn no_hidden_cell_can_be_worked_out_from_its_row_or_column(
            rows in prop::collection::vec(prop::array::uniform4(0i64..6), 1..6), threshold in 1i64..4,
        ) {
            let (cells, totals) = suppress_table(&rows, threshold);
            let mut grid: Vec<[Cell; 5]> = cells.clone();
            grid.push(totals);
            let values: Vec<[i64; 5]> = rows.iter().map(|r| [r[0], r[1], r[2], r[3], r.iter().sum()]).collect();
            for (r, row) in grid.iter().enumerate() {
                prop_assert_ne!(row.iter().filter(|c| c.is_concealed()).count(), 1, "row {}", r);
                if r < values.len() {
                    for (c, cell) in row.iter().enumerate() {
                        let v = values[r][c];
                        if (1..=threshold).contains(&v) {
                            prop_assert_eq!(*cell, Cell::Hidden);
                        }
                        if let Cell::Shown(shown) = cell {
                            prop_assert_eq!(*shown, v);
                        }
                    }
                }
            }
            for c in 0..5 {
                let hidden = grid.iter().filter(|row| row[c].is_concealed()).count();
                prop_assert_ne!(hidden, 1, "column {}", c);
            }
        }
    }
}
