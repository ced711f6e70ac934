//! `peerdesk export …`: documents written to files and nothing else. Every
//! argument is checked before anything is written, and each file is written
//! whole or not at all.

use crate::cli::{CliError, ExportCommand, Outcome, Period, fail};
use crate::domain::PersonId;
use crate::domain::access::AccessAction;
use crate::domain::circles::circle::{CircleId, CircleMeetingId};
use crate::domain::coached::groups::GroupId;
use crate::domain::finance::invoices::InvoiceStatus;
use crate::domain::funding::FundingSourceId;
use crate::domain::networks::NetworkId;
use crate::export::write_file;
use crate::i18n::format::parse_iso_date;
use crate::i18n::{Arg, I18n, Language};
use crate::ops::documents::{Document, DocumentMaker, DocumentRequest, LoadedData};
use crate::paths::AppPaths;
use crate::store::Store;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

fn id(i18n: &I18n, text: &str, option: &str) -> Result<i64, CliError> {
    text.trim()
        .parse::<i64>()
        .map_err(|_| fail(i18n, "cli-bad-id", &[("option", Arg::from(option)), ("value", Arg::from(text))]))
}

fn date(i18n: &I18n, text: Option<&String>, option: &str) -> Result<NaiveDate, CliError> {
    let Some(text) = text else {
        return Err(fail(i18n, "cli-missing", &[("option", Arg::from(option))]));
    };
    parse_iso_date(text).ok_or_else(|| {
        fail(i18n, "cli-bad-date", &[("option", Arg::from(option)), ("value", Arg::from(text.as_str()))])
    })
}

fn one_of(i18n: &I18n, options: &[(&str, bool)]) -> Result<(), CliError> {
    let given = options.iter().filter(|(_, g)| *g).count();
    if given == 1 {
        Ok(())
    } else {
        let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
        Err(fail(i18n, "cli-one-of", &[("options", Arg::from(names.join(", ")))]))
    }
}

/// Runs one export command.
pub fn run(what: ExportCommand, db: Option<PathBuf>, language: Language, i18n: &I18n) -> Result<Outcome, CliError> {
    let path = db.unwrap_or_else(|| AppPaths::platform().default_db());
    if !path.exists() {
        return Err(fail(i18n, "cli-no-database", &[("path", Arg::from(path.display().to_string()))]));
    }
    let store_error = |e| CliError::Message(crate::ops::messages::store_error_text(i18n, &e));
    let key = super::key_for(i18n, &path)?;
    let mut store = Store::open_read_only_with(&path, key.as_ref()).map_err(store_error)?;
    let data = LoadedData::load(&store).map_err(store_error)?;
    let made_at = crate::clock::moment();
    let maker = DocumentMaker::new(language, made_at).map_err(|e| CliError::Message(e.to_string()))?;
    let library = data.library();
    let make = |request: DocumentRequest| maker.make(&request, &library).map_err(|e| document_error(i18n, e));
    let (request, out) = match what {
        ExportCommand::Schedule { group, coach, month, period, out } => {
            (schedule_request(i18n, group, coach, month, period)?, out)
        }
        ExportCommand::Statement { funding, group, period, out } => {
            (statement_request(i18n, funding, group, period)?, out)
        }
        ExportCommand::Ics { group, network, circle, coach, supporter, period, out } => {
            (calendar_request(i18n, Targets { group, network, circle, coach, supporter }, period)?, out)
        }
        ExportCommand::Report { year, out } => (DocumentRequest::IncidentReport(year_of(i18n, &year)?), out),
        ExportCommand::Plan { meeting, out } => {
            (DocumentRequest::SessionPlan(CircleMeetingId(id(i18n, &meeting, "--meeting")?)), out)
        }
        ExportCommand::Contacts(target) => {
            (DocumentRequest::NetworkContacts(NetworkId(id(i18n, &target.network, "--network")?)), target.out)
        }
        ExportCommand::Members(target) => {
            (DocumentRequest::NetworkMembers(NetworkId(id(i18n, &target.network, "--network")?)), target.out)
        }
        ExportCommand::Csv { list, year, out } => (list_request(i18n, &library, &list, year.as_deref())?, out),
        ExportCommand::Invoices { year, out } => {
            let done = export_invoices(i18n, &library, made_at, &year, &out)?;
            let _ = store.log_access(AccessAction::Export, &out.display().to_string());
            return Ok(done);
        }
    };
    let done = write_one(i18n, &make(request)?, &out)?;
    // What was exported is in the access log, as when the window exports it.
    let _ = store.log_access(AccessAction::Export, &out.display().to_string());
    Ok(done)
}

/// The list `export csv` writes: the active people by name, the waiting
/// list, or the invoices (of one year, when given) by number.
fn list_request(
    i18n: &I18n,
    library: &crate::ops::documents::Library<'_>,
    list: &str,
    year: Option<&str>,
) -> Result<DocumentRequest, CliError> {
    let year = year.map(|y| year_of(i18n, y)).transpose()?;
    match list.trim().to_lowercase().as_str() {
        "people" | "personen" => Ok(DocumentRequest::PeopleList(crate::ops::documents::active_people_by_name(library))),
        "waiting" | "wachtlijst" => Ok(DocumentRequest::WaitingList),
        "invoices" | "facturen" => {
            let mut invoices: Vec<_> = library
                .invoices
                .iter()
                .filter(|i| year.is_none_or(|y| chrono::Datelike::year(&i.issue_date.unwrap_or(i.period_to)) == y))
                .collect();
            invoices.sort_by_key(|i| (i.issue_date.is_none(), i.number.clone(), i.id));
            Ok(DocumentRequest::InvoiceList(invoices.into_iter().map(|i| i.id).collect()))
        }
        _ => Err(fail(i18n, "cli-bad-list", &[("value", Arg::from(list))])),
    }
}

/// The period's two dates, or the error naming the one that is missing or wrong.
fn dates(i18n: &I18n, period: &Period) -> Result<(NaiveDate, NaiveDate), CliError> {
    Ok((date(i18n, period.from.as_ref(), "--from")?, date(i18n, period.to.as_ref(), "--to")?))
}

fn schedule_request(
    i18n: &I18n,
    group: Option<String>,
    coach: Option<String>,
    month: Option<String>,
    period: Period,
) -> Result<DocumentRequest, CliError> {
    one_of(i18n, &[("--group", group.is_some()), ("--coach", coach.is_some()), ("--month", month.is_some())])?;
    if let Some(group) = group {
        return Ok(DocumentRequest::GroupSchedule(GroupId(id(i18n, &group, "--group")?)));
    }
    if let Some(coach) = coach {
        let (from, to) = dates(i18n, &period)?;
        return Ok(DocumentRequest::CoachSchedule { coach: PersonId(id(i18n, &coach, "--coach")?), from, to });
    }
    let month = month.unwrap_or_default();
    let first = parse_iso_date(&format!("{month}-01")).ok_or_else(|| {
        fail(i18n, "cli-bad-date", &[("option", Arg::from("--month")), ("value", Arg::from(month.as_str()))])
    })?;
    Ok(DocumentRequest::MonthSchedule { year: chrono::Datelike::year(&first), month: chrono::Datelike::month(&first) })
}

fn statement_request(
    i18n: &I18n,
    funding: Option<String>,
    group: Option<String>,
    period: Period,
) -> Result<DocumentRequest, CliError> {
    one_of(i18n, &[("--funding", funding.is_some()), ("--group", group.is_some())])?;
    if let Some(funding) = funding {
        let (from, to) = dates(i18n, &period)?;
        let source = FundingSourceId(id(i18n, &funding, "--funding")?);
        return Ok(DocumentRequest::FundingStatement { source, from, to });
    }
    Ok(DocumentRequest::GroupStatement(GroupId(id(i18n, &group.unwrap_or_default(), "--group")?)))
}

/// Whose calendar `export ics` writes: exactly one is given.
struct Targets {
    group: Option<String>,
    network: Option<String>,
    circle: Option<String>,
    coach: Option<String>,
    supporter: Option<String>,
}

fn calendar_request(i18n: &I18n, targets: Targets, period: Period) -> Result<DocumentRequest, CliError> {
    let Targets { group, network, circle, coach, supporter } = targets;
    one_of(
        i18n,
        &[
            ("--group", group.is_some()),
            ("--network", network.is_some()),
            ("--circle", circle.is_some()),
            ("--coach", coach.is_some()),
            ("--supporter", supporter.is_some()),
        ],
    )?;
    if let Some(circle) = circle {
        return Ok(DocumentRequest::CircleCalendar(CircleId(id(i18n, &circle, "--circle")?)));
    }
    if let Some(network) = network {
        return Ok(DocumentRequest::NetworkCalendar(NetworkId(id(i18n, &network, "--network")?)));
    }
    if let Some(supporter) = supporter {
        return Ok(DocumentRequest::SupporterCalendar(PersonId(id(i18n, &supporter, "--supporter")?)));
    }
    if let Some(group) = group {
        return Ok(DocumentRequest::GroupCalendar(GroupId(id(i18n, &group, "--group")?)));
    }
    let (from, to) = dates(i18n, &period)?;
    Ok(DocumentRequest::CoachCalendar { coach: PersonId(id(i18n, &coach.unwrap_or_default(), "--coach")?), from, to })
}

/// A year like 2026, or the error that says how to write one.
fn year_of(i18n: &I18n, year: &str) -> Result<i32, CliError> {
    year.trim()
        .parse()
        .ok()
        .filter(|y| (1900..=9999).contains(y))
        .ok_or_else(|| fail(i18n, "cli-bad-year", &[("value", Arg::from(year))]))
}

/// Every issued invoice and credit note of `year`, one PDF each, into `out`:
/// the window's batch, written whole or not at all.
fn export_invoices(
    i18n: &I18n,
    library: &crate::ops::documents::Library<'_>,
    made_at: chrono::DateTime<chrono::FixedOffset>,
    year: &str,
    out: &std::path::Path,
) -> Result<Outcome, CliError> {
    use crate::ops::batch::{BatchOutcome, BatchRequest, Destination};
    let year = year_of(i18n, year)?;
    if !out.is_dir() {
        return Err(fail(i18n, "cli-no-folder", &[("path", Arg::from(out.display().to_string()))]));
    }
    let selection = library
        .invoices
        .iter()
        .filter(|i| i.status != InvoiceStatus::Draft)
        .filter(|i| i.issue_date.is_some_and(|d| chrono::Datelike::year(&d) == year))
        .map(|i| i.id)
        .collect();
    let request = BatchRequest {
        language: i18n.language(),
        made_at,
        organisation: library.settings.organisation.clone(),
        all: library.invoices.to_vec(),
        selection,
        destination: Destination::Folder(out.to_path_buf()),
    };
    match crate::ops::batch::print(&request) {
        BatchOutcome::Done { documents, .. } => Ok(Outcome::Done(i18n.tr_args(
            "cli-invoices-done",
            &[("count", Arg::from(documents)), ("path", Arg::from(out.display().to_string()))],
        ))),
        BatchOutcome::WriteFailed { path, kind, replaced } => {
            Err(CliError::Message(crate::ops::messages::batch_write_error_text(i18n, &path, kind, &replaced)))
        }
        BatchOutcome::Failed(reason) => Err(fail(i18n, "batch-failed", &[("reason", Arg::from(reason))])),
        BatchOutcome::Cancelled { written } => Err(fail(i18n, "batch-cancelled", &[("count", Arg::from(written))])),
    }
}

fn document_error(i18n: &I18n, error: crate::ops::documents::DocumentError) -> CliError {
    CliError::Message(crate::ops::messages::document_error_text(i18n, &error))
}

fn write(i18n: &I18n, path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    write_file(path, bytes).map_err(|e| CliError::Message(crate::ops::messages::write_error_text(i18n, path, &e)))
}

fn write_one(i18n: &I18n, document: &Document, out: &Path) -> Result<Outcome, CliError> {
    write(i18n, out, &document.bytes)?;
    Ok(Outcome::Done(i18n.tr_args("cli-export-done", &[("path", Arg::from(out.display().to_string()))])))
}
