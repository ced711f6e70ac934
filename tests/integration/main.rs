//! PeerDesk's integration tests, in one test binary so that the app is
//! linked once: store, domain rules, documents, the command line, the
//! translations and the window (egui_kittest, with image snapshots).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod architecture;
mod cases_ui;
mod circles;
mod circles_ui;
mod cli;
mod domain;
mod export;
mod finance_ui;
mod groups_store;
mod groups_ui;
mod i18n;
mod incidents_store;
mod lists;
mod networks;
mod networks_ui;
mod payments;
mod person_page;
mod safe_data;
mod store;
mod ui;
