//! One frame of the window: the header, the page, the dialogs and
//! notifications over it, and after drawing, what the user asked for.

use super::{PeerDeskApp, about, access_log, backups, files, header};

impl PeerDeskApp {
    /// One frame of the window.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_opening(&ctx);
        header::header_ui(ui, self);
        // A locked window shows nothing of the data: no file just saved (its
        // name may name someone), no notification.
        let locked = self.locked.is_some();
        if !locked {
            files::saved_file_ui(ui, &self.i18n, &mut self.saved_file);
        }
        let mut page = egui::Frame::central_panel(ui.style());
        if self.cleared_to_page {
            page = page.fill(egui::Color32::TRANSPARENT);
        }
        egui::CentralPanel::default().frame(page).show(ui, |ui| self.central_ui(ui));
        self.poll_batch(&ctx);
        self.follow_changes(&ctx);
        if self.locked.is_none() {
            if self.about_open {
                about::about_ui(&ctx, self);
            }
            backups::backups_ui(&ctx, self);
            access_log::access_log_ui(&ctx, self);
        }
        self.lock_when_idle(&ctx);
        let undo_label = self.i18n.tr("button-undo");
        if !locked && let Some(undo) = self.toasts.show_ui(&ctx, &undo_label) {
            self.commands.get_mut().push(undo);
        }

        // After the frame: apply what the user asked for.
        for command in std::mem::take(self.commands.get_mut()) {
            self.apply(command);
            ctx.request_repaint();
        }
        self.back_up_when_due(&ctx);
        self.purge_when_due();
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        self.frames_drawn += 1;
    }
}

impl eframe::App for PeerDeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.prefs.tab = self.tab;
        eframe::set_value(storage, super::PREFERENCES_KEY, &self.prefs);
    }

    /// A window that closes backs up what changed.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.back_up(false);
    }
}
