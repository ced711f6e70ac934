//! Printing many invoices in the background, into one PDF or one file each,
//! with progress and the possibility to cancel. The window starts a batch;
//! the command line can wait for one.

use crate::domain::Organisation;
use crate::domain::finance::invoices::{Invoice, InvoiceId};
use crate::export::write_file;
use crate::i18n::Language;
use crate::ops::documents::DocumentMaker;
use chrono::{DateTime, FixedOffset};
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
    Done {
        documents: usize,
        destination: PathBuf,
    },
    Cancelled {
        written: usize,
    },
    Failed(String),
    /// A file could not be written: the files this batch added are removed
    /// again; the existing files it had already replaced are named.
    WriteFailed {
        path: PathBuf,
        kind: std::io::ErrorKind,
        replaced: Vec<PathBuf>,
    },
}

/// A batch being printed.
pub struct BatchJob {
    pub total: usize,
    done: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    finished: Receiver<BatchOutcome>,
}

/// What a batch prints and where.
pub struct BatchRequest {
    pub language: Language,
    /// When the documents are made.
    pub made_at: DateTime<FixedOffset>,
    pub organisation: Organisation,
    /// Every invoice, so that a credit note can name the invoice it credits.
    pub all: Vec<Invoice>,
    /// The invoices to print, in order.
    pub selection: Vec<InvoiceId>,
    pub destination: Destination,
}

impl BatchJob {
    /// Starts printing on another thread.
    pub fn start(request: BatchRequest) -> BatchJob {
        let done = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (sender, finished) = channel();
        let total = request.selection.len();
        let (thread_done, thread_cancel) = (done.clone(), cancel.clone());
        crate::clock::spawn_background(move || {
            let outcome = run(&request, &thread_done, &thread_cancel);
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

/// Prints a whole batch on this thread (the command line), without
/// progress or cancelling.
pub fn print(request: &BatchRequest) -> BatchOutcome {
    run(request, &AtomicUsize::new(0), &AtomicBool::new(false))
}

fn run(request: &BatchRequest, done: &AtomicUsize, cancel: &AtomicBool) -> BatchOutcome {
    let BatchRequest { language, made_at, organisation, all, selection, destination } = request;
    let maker = match DocumentMaker::new(*language, *made_at) {
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
                Err(e) => BatchOutcome::WriteFailed { path: path.clone(), kind: e.kind(), replaced: Vec::new() },
            }
        }
        Destination::Folder(folder) => {
            // Laid out first, so that the fonts are reduced to the glyphs of
            // the whole batch once instead of once per file.
            let mut laid_out = Vec::with_capacity(invoices.len());
            for invoice in &invoices {
                if cancel.load(Ordering::Relaxed) {
                    return BatchOutcome::Cancelled { written: 0 };
                }
                laid_out.push(maker.invoice_laid_out(organisation, invoice, all));
            }
            if laid_out.is_empty() {
                return BatchOutcome::Done { documents: 0, destination: folder.clone() };
            }
            let fonts = match maker.fonts_for(&laid_out) {
                Ok(fonts) => fonts,
                Err(e) => return BatchOutcome::Failed(e.to_string()),
            };
            // Written whole or not at all: when one file fails, the files
            // this batch added are removed again (files it replaced keep
            // their new content and are named).
            let (mut added, mut replaced) = (Vec::new(), Vec::new());
            for document in &laid_out {
                if cancel.load(Ordering::Relaxed) {
                    return BatchOutcome::Cancelled { written: added.len() + replaced.len() };
                }
                let document = maker.render_laid_out(organisation, &fonts, document);
                let path = folder.join(&document.file_name);
                let existed = std::fs::symlink_metadata(&path).is_ok();
                if let Err(e) = write_file(&path, &document.bytes) {
                    for path in &added {
                        let _ = std::fs::remove_file(path);
                    }
                    return BatchOutcome::WriteFailed { path, kind: e.kind(), replaced };
                }
                if existed {
                    replaced.push(path)
                } else {
                    added.push(path)
                }
                done.fetch_add(1, Ordering::Relaxed);
            }
            BatchOutcome::Done { documents: added.len() + replaced.len(), destination: folder.clone() }
        }
    }
}
