//! One frame of the window: the header, the page, the dialogs and
//! notifications over it, and after drawing, what the user asked for.

use super::{PeerDeskApp, about, access_log, backups, files, header};

impl PeerDeskApp {
    /// One frame of the window.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.poll_opening();
        header::header_ui(ui, self);
        // A locked window shows nothing of the data: no file just saved (its
        // name may name someone), no notification.
        let locked = self.locked.is_some();
        if !locked {
            files::saved_file_ui(ui, &self.i18n, &mut self.saved_file);
        }
        egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui));
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
    }
}
