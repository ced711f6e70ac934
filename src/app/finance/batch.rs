//! The window's side of batch printing: asking where the invoices go,
//! starting the batch and reporting how it ended.

use crate::domain::access::AccessAction;
use crate::i18n::Arg;
use crate::ops::batch::{BatchJob, BatchOutcome, BatchRequest, Destination};
use std::path::PathBuf;

impl crate::app::PeerDeskApp {
    /// Asks where the batch goes and starts it.
    pub(crate) fn start_batch(&mut self, ids: Vec<crate::domain::finance::invoices::InvoiceId>, one_file: bool) {
        use crate::app::files::fallback_folder;
        let Some(db) = &self.db else { return };
        if self.batch.is_some() || ids.is_empty() {
            return;
        }
        let title = self.i18n.tr("save-title");
        let choice = if one_file {
            let date = Arg::from(self.today().format("%Y-%m-%d").to_string());
            let name = format!("{}.pdf", self.i18n_for_documents().tr_args("file-invoices", &[("date", date)]));
            self.file_dialogs.save_file(&title, &name).map_path(Destination::OneFile)
        } else {
            self.file_dialogs.pick_folder(&title).map_path(Destination::Folder)
        };
        let destination = match choice {
            Some(Some(destination)) => destination,
            Some(None) => return,
            None => {
                let documents = self.i18n_for_documents();
                let folder = fallback_folder(&self.paths.data_dir).join(documents.tr("file-invoices-folder"));
                if let Err(e) = std::fs::create_dir_all(&folder) {
                    self.toasts.error(crate::ops::messages::write_error_text(&self.i18n, &folder, &e));
                    return;
                }
                self.toasts.success(
                    self.i18n
                        .tr_args("save-no-dialog", &[("path", crate::i18n::Arg::from(folder.display().to_string()))]),
                );
                if one_file {
                    Destination::OneFile(folder.join(format!("{}.pdf", documents.tr("file-invoices-folder"))))
                } else {
                    Destination::Folder(folder)
                }
            }
        };
        self.batch = Some(BatchJob::start(BatchRequest {
            language: self.document_language(),
            made_at: self.moment(),
            organisation: db.view.settings.organisation.clone(),
            all: db.view.finance.invoices.clone(),
            selection: ids,
            destination,
        }));
    }

    /// Reports a finished batch; keeps the window repainting while one runs.
    /// A batch that was written is in the access log.
    pub(crate) fn poll_batch(&mut self, ctx: &egui::Context) {
        use crate::i18n::Arg;
        let Some(batch) = &self.batch else { return };
        match batch.outcome() {
            None => ctx.request_repaint_after(std::time::Duration::from_millis(100)),
            Some(outcome) => {
                self.batch = None;
                match outcome {
                    BatchOutcome::Done { documents, destination } => {
                        self.log(AccessAction::Export, &destination.display().to_string());
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
                    BatchOutcome::WriteFailed { path, kind, replaced } => self
                        .toasts
                        .error(crate::ops::messages::batch_write_error_text(&self.i18n, &path, kind, &replaced)),
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
