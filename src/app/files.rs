//! Saving documents: the seam to native file dialogs (which block and need a
//! desktop, so tests hand in paths), and the bar that offers to open what
//! was just saved.

use super::{PeerDeskApp, theme};
use crate::export::write_file;
use crate::i18n::{Arg, I18n};
use crate::ops::documents::{DocumentMaker, DocumentRequest};
use egui::RichText;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What the user answered to a save dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveChoice {
    Path(PathBuf),
    Cancelled,
    /// No dialog could be shown (no desktop portal): use a fallback folder.
    Unavailable,
}

/// The seam to native file dialogs.
pub trait FileDialogs {
    /// Asks for a database file to open.
    fn pick_database(&self, title: &str) -> Option<PathBuf>;
    /// Asks where to save a file, suggesting `file_name`.
    fn save_file(&self, title: &str, file_name: &str) -> SaveChoice;
    /// Asks for a folder to write several files into.
    fn pick_folder(&self, title: &str) -> SaveChoice;
}

/// Native dialogs through rfd.
pub struct NativeFileDialogs;

/// A dialog that answers faster than a person can has not been shown.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(150);

fn answered(started: Instant, path: Option<PathBuf>) -> SaveChoice {
    match path {
        Some(path) => SaveChoice::Path(path),
        None if started.elapsed() < NO_DIALOG_WITHIN => SaveChoice::Unavailable,
        None => SaveChoice::Cancelled,
    }
}

impl FileDialogs for NativeFileDialogs {
    fn pick_database(&self, title: &str) -> Option<PathBuf> {
        rfd::FileDialog::new().set_title(title).add_filter("PeerDesk", &["sqlite3", "sqlite", "db"]).pick_file()
    }

    fn save_file(&self, title: &str, file_name: &str) -> SaveChoice {
        let started = Instant::now();
        let extension = Path::new(file_name).extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default();
        let mut dialog = rfd::FileDialog::new().set_title(title).set_file_name(file_name);
        if !extension.is_empty() {
            dialog = dialog.add_filter(extension.to_uppercase(), &[extension.as_str()]);
        }
        answered(started, dialog.save_file())
    }

    fn pick_folder(&self, title: &str) -> SaveChoice {
        let started = Instant::now();
        answered(started, rfd::FileDialog::new().set_title(title).pick_folder())
    }
}

/// Where files go when no dialog can be shown: the user's documents folder,
/// or PeerDesk's own folder.
pub fn fallback_folder(data_dir: &Path) -> PathBuf {
    directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(Path::to_path_buf))
        .unwrap_or_else(|| data_dir.join("documents"))
}

impl PeerDeskApp {
    /// Makes a document from the loaded data and asks where to save it.
    pub(crate) fn save_document(&mut self, request: &DocumentRequest) {
        let Some(db) = &self.db else { return };
        let language = self.document_language();
        let library = db.view.library();
        let document = match DocumentMaker::new(language, self.moment()).and_then(|maker| maker.make(request, &library))
        {
            Ok(document) => document,
            Err(e) => {
                self.toasts.error(crate::ops::messages::document_error_text(&self.i18n, &e));
                return;
            }
        };
        let title = self.i18n.tr("save-title");
        let path = match self.file_dialogs.save_file(&title, &document.file_name) {
            SaveChoice::Path(path) => path,
            SaveChoice::Cancelled => return,
            SaveChoice::Unavailable => {
                let folder = fallback_folder(&self.paths.data_dir);
                if let Err(e) = std::fs::create_dir_all(&folder) {
                    self.toasts.error(crate::ops::messages::write_error_text(&self.i18n, &folder, &e));
                    return;
                }
                let path = folder.join(&document.file_name);
                self.toasts
                    .success(self.i18n.tr_args("save-no-dialog", &[("path", Arg::from(path.display().to_string()))]));
                path
            }
        };
        match write_file(&path, &document.bytes) {
            Ok(()) => {
                self.log(crate::domain::access::AccessAction::Export, &path.display().to_string());
                self.toasts.success(self.i18n.tr_args("save-done", &[("path", Arg::from(file_label(&path)))]));
                self.saved_file = Some(path);
            }
            Err(e) => self.toasts.error(crate::ops::messages::write_error_text(&self.i18n, &path, &e)),
        }
    }
}

fn file_label(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The bar under the window that offers to open the file just saved.
pub fn saved_file_ui(ui: &mut egui::Ui, i18n: &I18n, saved: &mut Option<PathBuf>) {
    let Some(path) = saved.clone() else { return };
    let colours = theme::palette(ui.visuals());
    let frame = egui::Frame::new().fill(colours.header_fill).inner_margin(egui::Margin::symmetric(14, 6));
    egui::Panel::bottom("saved_file").frame(frame).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(i18n.tr_args("save-done", &[("path", Arg::from(path.display().to_string()))]))
                    .color(colours.success),
            );
            if ui.button(i18n.tr("save-open")).clicked() {
                ui.ctx().open_url(egui::OpenUrl::new_tab(format!("file://{}", path.display())));
            }
            if let Some(folder) = path.parent()
                && ui.button(i18n.tr("save-show-folder")).clicked()
            {
                ui.ctx().open_url(egui::OpenUrl::new_tab(format!("file://{}", folder.display())));
            }
            if ui.button(i18n.tr("button-close")).clicked() {
                *saved = None;
            }
        });
    });
}
