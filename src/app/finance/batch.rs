//! Printing many invoices in the background, into one PDF or one file each,
//! with progress and the possibility to cancel.

use crate::documents::DocumentMaker;
use crate::domain::Organisation;
use crate::domain::invoices::Invoice;
use crate::export::write_file;
use crate::i18n::Language;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Where the batch goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    OneFile(PathBuf),
    Folder(PathBuf),
}

/// How a batch ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BatchOutcome {
    Done { documents: usize, destination: PathBuf },
    Cancelled { written: usize },
    Failed(String),
}

/// A batch being printed.
pub struct BatchJob {
    pub total: usize,
    done: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    finished: Receiver<BatchOutcome>,
}

impl BatchJob {
    /// Starts printing `invoices` (ids in `selection`) on another thread.
    pub fn start(
        language: Language,
        organisation: Organisation,
        all: Vec<Invoice>,
        selection: Vec<crate::domain::invoices::InvoiceId>,
        destination: Destination,
    ) -> BatchJob {
        let done = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (sender, finished) = channel();
        let total = selection.len();
        let (thread_done, thread_cancel) = (done.clone(), cancel.clone());
        std::thread::spawn(move || {
            let outcome = run(language, &organisation, &all, &selection, &destination, &thread_done, &thread_cancel);
            let _ = sender.send(outcome);
        });
        BatchJob { total, done, cancel, finished }
    }

    /// How many documents are ready.
    pub fn done(&self) -> usize {
        self.done.load(Ordering::Relaxed)
    }

    /// Asks the batch to stop after the current document.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The outcome, once the batch has finished.
    pub fn outcome(&self) -> Option<BatchOutcome> {
        match self.finished.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(BatchOutcome::Failed("stopped".into())),
        }
    }

    /// Waits for the outcome (tests and the command line).
    pub fn wait(self) -> BatchOutcome {
        self.finished.recv().unwrap_or(BatchOutcome::Failed("stopped".into()))
    }
}

fn run(
    language: Language,
    organisation: &Organisation,
    all: &[Invoice],
    selection: &[crate::domain::invoices::InvoiceId],
    destination: &Destination,
    done: &AtomicUsize,
    cancel: &AtomicBool,
) -> BatchOutcome {
    let maker = match DocumentMaker::new(language) {
        Ok(maker) => maker,
        Err(e) => return BatchOutcome::Failed(e.to_string()),
    };
    let invoices: Vec<&Invoice> = selection.iter().filter_map(|id| all.iter().find(|i| i.id == *id)).collect();
    match destination {
        Destination::OneFile(path) => {
            // Laid out one by one so that progress shows and cancelling is quick.
            let mut pages = Vec::new();
            for invoice in &invoices {
                if cancel.load(Ordering::Relaxed) {
                    return BatchOutcome::Cancelled { written: 0 };
                }
                pages.extend(maker.invoice_pages(organisation, invoice, all));
                done.fetch_add(1, Ordering::Relaxed);
            }
            let bytes = maker.render_pages(organisation, &pages);
            if cancel.load(Ordering::Relaxed) {
                return BatchOutcome::Cancelled { written: 0 };
            }
            match write_file(path, &bytes) {
                Ok(()) => BatchOutcome::Done { documents: invoices.len(), destination: path.clone() },
                Err(e) => BatchOutcome::Failed(e.to_string()),
            }
        }
        Destination::Folder(folder) => {
            let mut written = 0;
            for invoice in &invoices {
                if cancel.load(Ordering::Relaxed) {
                    return BatchOutcome::Cancelled { written };
                }
                let document = maker.invoice(organisation, invoice, all);
                if let Err(e) = write_file(&folder.join(&document.file_name), &document.bytes) {
                    return BatchOutcome::Failed(e.to_string());
                }
                written += 1;
                done.fetch_add(1, Ordering::Relaxed);
            }
            BatchOutcome::Done { documents: written, destination: folder.clone() }
        }
    }
}

impl crate::app::PeerDeskApp {
    /// Asks where the batch goes and starts it.
    pub(crate) fn start_batch(&mut self, ids: Vec<crate::domain::invoices::InvoiceId>, one_file: bool) {
        use crate::app::files::fallback_folder;
        let Some(db) = &self.db else { return };
        if self.batch.is_some() || ids.is_empty() {
            return;
        }
        let title = self.i18n.tr("save-title");
        let choice = if one_file {
            let name = format!("invoices-{}.pdf", chrono::Local::now().format("%Y-%m-%d"));
            self.file_dialogs.save_file(&title, &name).map_path(Destination::OneFile)
        } else {
            self.file_dialogs.pick_folder(&title).map_path(Destination::Folder)
        };
        let destination = match choice {
            Some(Some(destination)) => destination,
            Some(None) => return,
            None => {
                let folder = fallback_folder(&self.paths.data_dir).join("invoices");
                if let Err(e) = std::fs::create_dir_all(&folder) {
                    self.toasts.error(e.to_string());
                    return;
                }
                self.toasts.success(
                    self.i18n
                        .tr_args("save-no-dialog", &[("path", crate::i18n::Arg::from(folder.display().to_string()))]),
                );
                if one_file { Destination::OneFile(folder.join("invoices.pdf")) } else { Destination::Folder(folder) }
            }
        };
        self.batch = Some(BatchJob::start(
            self.document_language(),
            db.view.settings.organisation.clone(),
            db.view.finance.invoices.clone(),
            ids,
            destination,
        ));
    }

    /// Reports a finished batch; keeps the window repainting while one runs.
    pub(crate) fn poll_batch(&mut self, ctx: &egui::Context) {
        use crate::i18n::Arg;
        let Some(batch) = &self.batch else { return };
        match batch.outcome() {
            None => ctx.request_repaint_after(std::time::Duration::from_millis(100)),
            Some(outcome) => {
                self.batch = None;
                match outcome {
                    BatchOutcome::Done { documents, destination } => {
                        self.toasts.success(self.i18n.tr_args(
                            "batch-done",
                            &[("count", Arg::from(documents)), ("path", Arg::from(destination.display().to_string()))],
                        ));
                        self.saved_file = Some(destination);
                    }
                    BatchOutcome::Cancelled { written } => {
                        self.toasts.success(self.i18n.tr_args("batch-cancelled", &[("count", Arg::from(written))]))
                    }
                    BatchOutcome::Failed(reason) => {
                        self.toasts.error(self.i18n.tr_args("batch-failed", &[("reason", Arg::from(reason))]))
                    }
                }
            }
        }
    }
}

/// A save choice turned into a destination: `None` when no dialog could be
/// shown, `Some(None)` when the user cancelled.
trait MapPath {
    fn map_path(self, f: impl FnOnce(PathBuf) -> Destination) -> Option<Option<Destination>>;
}

impl MapPath for crate::app::files::SaveChoice {
    fn map_path(self, f: impl FnOnce(PathBuf) -> Destination) -> Option<Option<Destination>> {
        match self {
            crate::app::files::SaveChoice::Path(path) => Some(Some(f(path))),
            crate::app::files::SaveChoice::Cancelled => Some(None),
            crate::app::files::SaveChoice::Unavailable => None,
        }
    }
}
