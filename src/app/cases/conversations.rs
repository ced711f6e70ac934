//! A trajectory's conversations: the protocol's and extra ones planned,
//! each held (on the day planned or another) or not held, and nothing else.

use super::Command;
use crate::app::{Cx, theme, widgets};
use crate::domain::Problem;
use crate::domain::incidents::cases::{ConversationId, ConversationStep, Trajectory};
use crate::i18n::Arg;
use crate::i18n::format::parse_date;
use chrono::NaiveTime;
use egui::Ui;

/// What is being typed about a trajectory's conversations.
#[derive(Default)]
pub(super) struct ConversationsState {
    plan_step: Option<ConversationStep>,
    plan_date: String,
    plan_time: String,
    /// The day a conversation was held, when not the day it was planned.
    held_on: String,
    /// The conversation whose day is being typed.
    held_other: Option<ConversationId>,
}

pub(super) fn conversations_ui(ui: &mut Ui, state: &mut ConversationsState, cx: &Cx<'_>, trajectory: &Trajectory) {
    let i18n = cx.i18n;
    widgets::section_heading(ui, &i18n.tr("cases-conversations"));
    let conversations: Vec<_> = cx.view.cases.conversations.iter().filter(|c| c.trajectory == trajectory.id).collect();
    if conversations.is_empty() {
        widgets::hint(ui, &i18n.tr("cases-no-conversations"));
    }
    egui::Grid::new("conversations_grid").num_columns(4).spacing([theme::GAP * 2.0, 4.0]).show(ui, |ui| {
        for conversation in conversations {
            ui.label(step_text(cx, conversation.step));
            ui.label(i18n.date_time(conversation.planned_at));
            match (conversation.held_on, conversation.not_held) {
                (Some(day), _) => {
                    ui.label(i18n.tr_args("conversation-held-on", &[("date", Arg::from(i18n.date(day)))]));
                }
                (None, true) => {
                    ui.label(i18n.tr("conversation-not-held"));
                }
                (None, false) => {
                    ui.horizontal(|ui| {
                        let past = conversation.planned_at.date() <= cx.today;
                        let held_on = Some(conversation.planned_at.date());
                        if ui.add_enabled(past, egui::Button::new(i18n.tr("conversation-mark-held"))).clicked() {
                            cx.send(Command::RecordConversation { conversation: conversation.id, held_on });
                        }
                        if ui.add_enabled(past, egui::Button::new(i18n.tr("conversation-mark-not-held"))).clicked() {
                            cx.send(Command::RecordConversation { conversation: conversation.id, held_on: None });
                        }
                        let other_day = egui::Button::new(i18n.tr("conversation-held-other-day"));
                        if ui.add_enabled(past, other_day).clicked() {
                            state.held_other = Some(conversation.id);
                            state.held_on.clear();
                        }
                    });
                }
            }
            ui.end_row();
        }
    });
    // The day it was held, typed below the list (a field in a menu over a
    // dialog closed at the first click).
    let open = |id| cx.view.cases.conversations.iter().any(|c| c.id == id && c.held_on.is_none() && !c.not_held);
    if let Some(id) = state.held_other.filter(|id| open(*id))
        && held_on_ui(ui, &mut state.held_on, cx, id)
    {
        state.held_other = None;
    }
    ui.add_space(theme::GAP);
    plan_ui(ui, state, cx, trajectory);
}

/// A conversation held on another day than planned: the day, checked as
/// the store checks it (a date, not in the future). True when done with
/// (recorded or cancelled).
fn held_on_ui(ui: &mut Ui, text: &mut String, cx: &Cx<'_>, conversation: ConversationId) -> bool {
    let i18n = cx.i18n;
    let day = parse_date(text);
    let problem = match day {
        None if !text.trim().is_empty() => Some(Problem::InvalidDate),
        Some(day) if day > cx.today => Some(Problem::DateInFuture),
        _ => None,
    };
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("conversation-held-day"));
        let hint = crate::i18n::format::date_hint(i18n.language());
        ui.add(egui::TextEdit::singleline(text).hint_text(hint).desired_width(120.0)).labelled_by(label.id);
        let record = egui::Button::new(i18n.tr("conversation-record-held"));
        let mut done = false;
        if ui.add_enabled(day.is_some() && problem.is_none(), record).clicked() {
            cx.send(Command::RecordConversation { conversation, held_on: day });
            done = true;
        }
        done |= ui.button(i18n.tr("button-cancel")).clicked();
        widgets::problem_label(ui, problem.as_ref().map(|p| widgets::problem_text(i18n, p)));
        done
    })
    .inner
}

fn step_text(cx: &Cx<'_>, step: ConversationStep) -> String {
    cx.i18n.tr(match step {
        ConversationStep::First => "step-first",
        ConversationStep::Second => "step-second",
        ConversationStep::Third => "step-third",
        ConversationStep::Extra => "step-extra",
    })
}

fn plan_ui(ui: &mut Ui, state: &mut ConversationsState, cx: &Cx<'_>, trajectory: &Trajectory) {
    let i18n = cx.i18n;
    // The protocol's first step without a conversation is proposed.
    let planned: Vec<ConversationStep> =
        cx.view.cases.conversations.iter().filter(|c| c.trajectory == trajectory.id).map(|c| c.step).collect();
    let next = [ConversationStep::First, ConversationStep::Second, ConversationStep::Third]
        .into_iter()
        .find(|s| !planned.contains(s))
        .unwrap_or(ConversationStep::Extra);
    let step = *state.plan_step.get_or_insert(next);
    if state.plan_date.is_empty() {
        state.plan_date = i18n.date(cx.today);
    }
    let date = parse_date(&state.plan_date);
    let time = NaiveTime::parse_from_str(state.plan_time.trim(), "%H:%M").ok();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.tr("cases-plan-conversation"));
        egui::ComboBox::from_id_salt("plan_step")
            .selected_text(step_text(cx, step))
            .show_ui(ui, |ui| {
                for option in [
                    ConversationStep::First,
                    ConversationStep::Second,
                    ConversationStep::Third,
                    ConversationStep::Extra,
                ] {
                    ui.selectable_value(&mut state.plan_step, Some(option), step_text(cx, option));
                }
            })
            .response
            .labelled_by(label.id);
        let date_label = ui.label(i18n.tr("cases-on"));
        ui.add(egui::TextEdit::singleline(&mut state.plan_date).desired_width(100.0)).labelled_by(date_label.id);
        let time_label = ui.label(i18n.tr("cases-at"));
        ui.add(egui::TextEdit::singleline(&mut state.plan_time).hint_text("14:00").desired_width(60.0))
            .labelled_by(time_label.id);
        let ready = date.is_some() && time.is_some();
        if ui.add_enabled(ready, egui::Button::new(i18n.tr("cases-plan-button"))).clicked()
            && let (Some(date), Some(time)) = (date, time)
        {
            cx.send(Command::PlanConversation { trajectory: trajectory.id, step, at: date.and_time(time) });
            state.plan_time.clear();
        }
    });
    if !state.plan_date.trim().is_empty() && date.is_none() {
        widgets::problem_label(ui, Some(widgets::problem_text(i18n, &crate::domain::Problem::InvalidDate)));
    }
}
