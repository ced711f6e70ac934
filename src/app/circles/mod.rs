//! The Circles tab: intervisie circles and mentoring. Four parts, chosen at
//! the top: demand per career phase with the waiting sign-ups and circle
//! proposals; the circles with their meetings and printable session plans;
//! mentoring (mentors, waiting mentees with ranked mentors, pairs); and the
//! library of intervisie methods.

mod circle_dialog;
mod circle_page;
mod commands;
mod demand;
mod meeting_dialog;
mod mentoring;
mod methods;
mod signup_dialog;

pub use commands::Command;

use crate::app::{Cx, theme};
use crate::domain::circles::circle::CircleId;
use egui::{RichText, Ui};

/// The part of the Circles tab on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Part {
    #[default]
    Demand,
    Circles,
    Mentoring,
    Methods,
}

impl Part {
    const ALL: [Part; 4] = [Part::Demand, Part::Circles, Part::Mentoring, Part::Methods];

    fn label_id(self) -> &'static str {
        match self {
            Part::Demand => "circles-part-demand",
            Part::Circles => "circles-part-circles",
            Part::Mentoring => "circles-part-mentoring",
            Part::Methods => "circles-part-methods",
        }
    }
}

/// The dialog open on the Circles tab, if any.
enum Dialog {
    SignUp(signup_dialog::SignUpDialog),
    Circle(circle_dialog::CircleDialog),
    Meeting(meeting_dialog::MeetingDialog),
    Attendance(crate::domain::circles::circle::CircleMeetingId),
    Method(methods::MethodDialog),
    Mentor(mentoring::MentorDialog),
    EndPair(mentoring::EndPairDialog),
}

/// State of the Circles tab between frames.
#[derive(Default)]
pub struct CirclesTab {
    part: Part,
    selected: Option<CircleId>,
    dialog: Option<Dialog>,
    member_search: String,
}

impl CirclesTab {
    /// A change was saved: its dialog closes.
    pub fn saved(&mut self) {
        self.dialog = None;
    }

    /// A circle was formed: it opens on the Circles part.
    pub fn circle_formed(&mut self, id: CircleId) {
        self.dialog = None;
        self.selected = Some(id);
        self.part = Part::Circles;
    }
}

/// Draws the Circles tab.
pub fn circles_ui(ui: &mut Ui, tab: &mut CirclesTab, cx: &Cx<'_>) {
    ui.horizontal(|ui| {
        for part in Part::ALL {
            let text = RichText::new(cx.i18n.tr(part.label_id())).strong();
            if ui.selectable_label(tab.part == part, text).clicked() {
                tab.part = part;
            }
        }
    });
    ui.separator();
    ui.add_space(theme::GAP / 2.0);
    match tab.part {
        Part::Demand => demand::demand_ui(ui, tab, cx),
        Part::Circles => circle_page::circles_part_ui(ui, tab, cx),
        Part::Mentoring => mentoring::mentoring_ui(ui, tab, cx),
        Part::Methods => methods::methods_ui(ui, tab, cx),
    }
    dialogs_ui(ui.ctx(), tab, cx);
}

fn dialogs_ui(ctx: &egui::Context, tab: &mut CirclesTab, cx: &Cx<'_>) {
    let close = match &mut tab.dialog {
        None => false,
        Some(Dialog::SignUp(dialog)) => dialog.show(ctx, cx),
        Some(Dialog::Circle(dialog)) => dialog.show(ctx, cx),
        Some(Dialog::Meeting(dialog)) => dialog.show(ctx, cx),
        Some(Dialog::Attendance(meeting)) => meeting_dialog::attendance_ui(ctx, cx, *meeting),
        Some(Dialog::Method(dialog)) => dialog.show(ctx, cx),
        Some(Dialog::Mentor(dialog)) => dialog.show(ctx, cx),
        Some(Dialog::EndPair(dialog)) => dialog.show(ctx, cx),
    };
    if close {
        tab.dialog = None;
    }
}
