//! Colours, spacing and sizes in one place. Light and dark follow the
//! system; every screen takes its colours from [`Palette`].

use egui::{Color32, CornerRadius, FontId, Stroke, TextStyle, Visuals};

/// Space between related items.
pub const GAP: f32 = 8.0;
/// Space between sections of a screen.
pub const SECTION_GAP: f32 = 18.0;
/// Height of a table row.
pub const ROW_HEIGHT: f32 = 26.0;
/// Width of the label column in forms.
pub const LABEL_WIDTH: f32 = 210.0;
/// Width of a text field in forms.
pub const FIELD_WIDTH: f32 = 300.0;
/// Height of a single-line field in forms.
pub const FIELD_HEIGHT: f32 = 24.0;
/// Width of a short number field in forms.
pub const NUMBER_WIDTH: f32 = 90.0;
/// Room for the problem beside a field: the same with or without a problem,
/// so a form keeps its size (and fields stay under the mouse) while typing.
pub const PROBLEM_WIDTH: f32 = 230.0;
/// Width of a column of amounts.
pub const AMOUNT_WIDTH: f32 = 120.0;
/// How far below the window's top edge a dialog starts (under the header).
pub const DIALOG_TOP: f32 = 56.0;
/// Widest a form or a welcome card grows.
pub const CONTENT_MAX_WIDTH: f32 = 980.0;
/// How long a notification stays, in seconds.
pub const TOAST_SECONDS: f64 = 4.0;

/// The colours that carry meaning on top of egui's visuals.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub accent: Color32,
    pub on_accent: Color32,
    pub danger: Color32,
    pub warning: Color32,
    pub success: Color32,
    pub muted: Color32,
    pub header_fill: Color32,
    pub card_fill: Color32,
    pub card_stroke: Color32,
}

/// The palette for light or dark visuals.
pub fn palette(visuals: &Visuals) -> Palette {
    if visuals.dark_mode {
        Palette {
            accent: Color32::from_rgb(88, 166, 214),
            on_accent: Color32::from_rgb(10, 24, 36),
            danger: Color32::from_rgb(240, 113, 103),
            warning: Color32::from_rgb(236, 178, 78),
            success: Color32::from_rgb(110, 196, 140),
            muted: Color32::from_gray(150),
            header_fill: Color32::from_rgb(24, 32, 42),
            card_fill: Color32::from_rgb(32, 36, 42),
            card_stroke: Color32::from_gray(60),
        }
    } else {
        Palette {
            accent: Color32::from_rgb(0, 94, 150),
            on_accent: Color32::WHITE,
            danger: Color32::from_rgb(180, 35, 24),
            warning: Color32::from_rgb(150, 90, 0),
            success: Color32::from_rgb(22, 120, 60),
            muted: Color32::from_gray(100),
            header_fill: Color32::from_rgb(232, 240, 247),
            card_fill: Color32::from_rgb(250, 251, 252),
            card_stroke: Color32::from_gray(210),
        }
    }
}

/// Applies PeerDesk's spacing and text sizes to both themes and lets the
/// system choose between light and dark.
pub fn apply(ctx: &egui::Context) {
    ctx.options_mut(|o| o.theme_preference = egui::ThemePreference::System);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(GAP, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 4.0);
        style.spacing.interact_size.y = 24.0;
        style.spacing.window_margin = egui::Margin::same(16);
        style.text_styles.insert(TextStyle::Body, FontId::proportional(14.0));
        style.text_styles.insert(TextStyle::Button, FontId::proportional(14.0));
        style.text_styles.insert(TextStyle::Heading, FontId::proportional(20.0));
        style.text_styles.insert(TextStyle::Small, FontId::proportional(12.0));
        style.visuals.widgets.noninteractive.corner_radius = CornerRadius::same(4);
        style.visuals.widgets.inactive.corner_radius = CornerRadius::same(4);
        style.visuals.widgets.hovered.corner_radius = CornerRadius::same(4);
        style.visuals.widgets.active.corner_radius = CornerRadius::same(4);
        // No animations: on a virtual desktop without a graphics card every
        // frame is drawn by the processor, and a fading scroll bar or a
        // gliding scroll costs a dozen frames for one click or wheel turn.
        style.animation_time = 0.0;
        style.scroll_animation = egui::style::ScrollAnimation::none();
        // A steady text cursor: a blinking one redraws the whole window
        // twice a second for as long as a field has the focus.
        style.visuals.text_cursor.blink = false;
    });
}

/// A framed card for a section of a form.
pub fn card(visuals: &Visuals) -> egui::Frame {
    let colours = palette(visuals);
    egui::Frame::new()
        .fill(colours.card_fill)
        .stroke(Stroke::new(1.0, colours.card_stroke))
        .corner_radius(CornerRadius::same(6))
        .inner_margin(egui::Margin::same(14))
}

/// The colour an invoice status is written in.
pub fn tone_colour(visuals: &egui::Visuals, tone: crate::ops::lists::Tone) -> egui::Color32 {
    use crate::ops::lists::Tone;
    let colours = palette(visuals);
    match tone {
        Tone::Danger => colours.danger,
        Tone::Attention => colours.warning,
        Tone::Done => colours.success,
        Tone::Plain => visuals.text_color(),
    }
}
