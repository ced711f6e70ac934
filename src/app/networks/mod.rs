//! The Networks tab: peer networks across organisations. The networks are
//! listed on the left; the chosen one shows its regular meeting, members
//! (with their consent to share contact details), the next meetings (each
//! can be skipped or moved without breaking the series), attendance and
//! the year's overview. A tab of its own: its members come from many
//! organisations and it shares nothing with the hospital's own programmes.

mod commands;
mod meeting_dialogs;
mod network_dialog;
mod page;

pub use commands::Command;

use crate::app::{Cx, theme, widgets};
use crate::domain::networks::{NetworkId, current_members};
use crate::i18n::Arg;
use crate::ops::networks::status_text;
use egui::{RichText, Ui};

/// The dialog open on the Networks tab, if any.
enum Dialog {
    Network(network_dialog::NetworkDialog),
    Move(meeting_dialogs::MoveDialog),
    Leave(meeting_dialogs::LeaveDialog),
    Attendance(meeting_dialogs::AttendanceDialog),
}

/// State of the Networks tab between frames.
#[derive(Default)]
pub struct NetworksTab {
    selected: Option<NetworkId>,
    dialog: Option<Dialog>,
    /// The name typed to add a member.
    member_search: String,
    /// The year of the overview; the current year when unset.
    year: Option<i32>,
}

impl NetworksTab {
    /// A change was saved: its dialog closes (and a new network is chosen).
    pub fn saved(&mut self, network: Option<NetworkId>) {
        self.dialog = None;
        if network.is_some() {
            self.selected = network;
        }
    }
}

const LIST_WIDTH: f32 = 250.0;

/// Draws the Networks tab.
pub fn networks_ui(ui: &mut Ui, tab: &mut NetworksTab, cx: &Cx<'_>) {
    let networks = &cx.view.networks.networks;
    if tab.selected.is_none_or(|id| !networks.iter().any(|n| n.id == id)) {
        tab.selected = networks.first().map(|n| n.id);
    }
    ui.horizontal(|ui| {
        let colours = theme::palette(ui.visuals());
        let new =
            egui::Button::new(RichText::new(cx.i18n.tr("network-new")).color(colours.on_accent)).fill(colours.accent);
        if ui.add_enabled(cx.writable(), new).clicked() {
            tab.dialog = Some(Dialog::Network(network_dialog::NetworkDialog::new(cx)));
        }
        widgets::hint(ui, &cx.i18n.tr("network-intro"));
    });
    ui.add_space(theme::GAP);
    if networks.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        ui.vertical_centered(|ui| ui.label(RichText::new(cx.i18n.tr("network-empty")).size(16.0)));
    } else {
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(LIST_WIDTH, ui.available_height()),
                egui::Layout::top_down(egui::Align::Min),
                |ui| list_ui(ui, tab, cx),
            );
            ui.separator();
            ui.vertical(|ui| {
                if let Some(network) = tab.selected.and_then(|id| networks.iter().find(|n| n.id == id)) {
                    page::network_ui(ui, tab, network, cx);
                }
            });
        });
    }
    dialogs_ui(ui.ctx(), tab, cx);
}

fn list_ui(ui: &mut Ui, tab: &mut NetworksTab, cx: &Cx<'_>) {
    ui.set_width(LIST_WIDTH);
    egui::ScrollArea::vertical().id_salt("network_list").auto_shrink([false, true]).show(ui, |ui| {
        for network in &cx.view.networks.networks {
            let members = current_members(&cx.view.networks.memberships, network.id).count();
            let selected = tab.selected == Some(network.id);
            let text = format!(
                "{}\n{} · {}",
                network.name,
                status_text(cx.i18n, network.status),
                cx.i18n.tr_args("network-member-count", &[("count", Arg::from(members))])
            );
            let button = egui::Button::selectable(selected, text).wrap().min_size(egui::vec2(LIST_WIDTH - 8.0, 0.0));
            if ui.add(button).clicked() {
                tab.selected = Some(network.id);
                tab.member_search.clear();
            }
        }
    });
}

fn dialogs_ui(ctx: &egui::Context, tab: &mut NetworksTab, cx: &Cx<'_>) {
    let network = tab.selected.and_then(|id| cx.view.networks.networks.iter().find(|n| n.id == id));
    let close = match &mut tab.dialog {
        None => false,
        Some(Dialog::Network(dialog)) => dialog.show(ctx, cx),
        Some(Dialog::Move(dialog)) => match network.filter(|n| n.id == dialog.network) {
            Some(network) => dialog.show(ctx, cx, network),
            None => true,
        },
        Some(Dialog::Leave(dialog)) => dialog.show(ctx, cx),
        Some(Dialog::Attendance(dialog)) => dialog.show(ctx, cx),
    };
    if close {
        tab.dialog = None;
    }
}
