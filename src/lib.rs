//! PeerDesk: people, groups, incident cases, intervisie circles, sessions
//! and documents for whoever runs workplace peer support.
//!
//! Layers (see ARCHITECTURE.md): `domain` holds plain types and rules;
//! `store` is the only place that knows SQL; `export` turns domain values
//! into bytes; `ops` are the use cases the window (`app`) and the command
//! line (`cli`) share; `i18n` holds the Dutch and English texts.

pub mod app;
pub mod build_info;
pub mod cli;
pub mod clock;
pub mod domain;
pub mod export;
pub mod host;
pub mod i18n;
pub mod ops;
pub mod paths;
pub mod store;

use std::path::PathBuf;

/// Opens the PeerDesk window and returns when it is closed.
pub fn run_window(db: Option<PathBuf>, language: Option<i18n::Language>) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("PeerDesk")
            .with_app_id("peerdesk")
            .with_inner_size([1240.0, 780.0])
            .with_min_inner_size([900.0, 560.0]),
        // Light on machines without a GPU (virtual desktops): glow draws a
        // frame in a fifth of the time wgpu needs on a software renderer.
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let start = app::StartOptions {
        db_path: db,
        paths: paths::AppPaths::platform(),
        language,
        today: None,
        file_dialogs: Box::new(app::NativeFileDialogs),
        open_in_background: true,
        cleared_to_page: true,
    };
    eframe::run_native("PeerDesk", options, Box::new(|cc| Ok(Box::new(app::PeerDeskApp::new(cc, start)))))
        .map_err(|e| e.to_string())
}
