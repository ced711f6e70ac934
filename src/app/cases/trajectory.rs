//! One trajectory in a dialog: the incident's facts and plan, the offer and
//! its answer, the matched supporter (with the ranking and its reasons),
//! the conversations (planned, held or not held) and the ending.

use super::Command;
use super::conversations::{ConversationsState, conversations_ui};
use crate::app::{Cx, theme, widgets};
use crate::domain::incidents::cases::{
    CaseListItemId, CaseListKind, ConversationStep, Outcome as Ending, Trajectory, TrajectoryId,
};
use crate::domain::incidents::matching::{Candidate, Need, Reason, is_trained_supporter, rank};
use crate::domain::incidents::protocol::{Answer, OfferState, offer_state};
use crate::i18n::Arg;
use crate::ops::cases::case_item;
use egui::{RichText, Ui};

/// What is being typed in a trajectory's dialog.
#[derive(Default)]
pub struct TrajectoryState {
    matching: bool,
    conversations: ConversationsState,
    referral: Option<CaseListItemId>,
    /// Someone else involved in the incident, being looked up.
    involve_search: String,
    /// The user asked to correct the incident's facts.
    pub(super) edit_incident: bool,
}

/// Draws the dialog of trajectory `id`; true when it should close.
pub fn trajectory_ui(ctx: &egui::Context, state: &mut TrajectoryState, id: TrajectoryId, cx: &Cx<'_>) -> bool {
    let cases = &cx.view.cases;
    let Some(trajectory) = cases.trajectories.iter().find(|t| t.id == id) else { return true };
    let Some(incident) = cases.incidents.iter().find(|i| i.id == trajectory.incident) else { return true };
    let name = |id| cx.view.person(id).map(|p| p.name.to_string()).unwrap_or_default();
    let title = format!("{} · {}", incident.reference, name(trajectory.employee));
    widgets::dialog_ui(ctx, "trajectory", 720.0, &title, |ui| {
        let mut close = false;
        egui::ScrollArea::vertical().max_height(ctx.content_rect().height() - 160.0).show(ui, |ui| {
            facts_ui(ui, cx, trajectory);
            if ui.add_enabled(cx.writable(), egui::Button::new(cx.i18n.tr("incident-edit"))).clicked() {
                state.edit_incident = true;
            }
            involved_ui(ui, state, cx, trajectory);
            ui.add_space(theme::GAP);
            if !cx.writable() || !trajectory.is_open() {
                ui.disable();
            }
            offer_ui(ui, cx, trajectory);
            ui.add_space(theme::GAP);
            supporter_ui(ui, state, cx, trajectory);
            ui.add_space(theme::GAP);
            conversations_ui(ui, &mut state.conversations, cx, trajectory);
            ui.add_space(theme::GAP);
            end_ui(ui, state, cx, trajectory);
        });
        ui.add_space(theme::GAP);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            close = ui.button(cx.i18n.tr("button-close")).clicked();
        });
        close
    })
}

fn facts_ui(ui: &mut Ui, cx: &Cx<'_>, trajectory: &Trajectory) {
    let cases = &cx.view.cases;
    let Some(incident) = cases.incidents.iter().find(|i| i.id == trajectory.incident) else { return };
    let plan = incident.plan(&cx.view.settings.incidents);
    let i18n = cx.i18n;
    let occurred = match incident.occurred_time {
        Some(time) => format!("{} {}", i18n.date(incident.occurred_on), time.format("%H:%M")),
        None => i18n.date(incident.occurred_on),
    };
    // A long plan or list of departments wraps beside its label.
    let value_width = (ui.available_width() - theme::LABEL_WIDTH - theme::GAP * 3.0).max(160.0);
    egui::Grid::new("trajectory_facts").num_columns(2).spacing([theme::GAP * 2.0, 4.0]).show(ui, |ui| {
        let rows = [
            ("cases-type", case_item(i18n, &cases.lists, Some(incident.incident_type))),
            ("cases-occurred", occurred),
            ("cases-reported", i18n.date_time(incident.reported_at)),
            ("cases-reported-by", case_item(i18n, &cases.lists, Some(incident.reporter))),
            ("cases-departments", incident.departments.join(", ")),
            (
                "cases-plan",
                i18n.tr_args(
                    "cases-plan-text",
                    &[
                        ("first", Arg::from(i18n.date_time(plan.first_due))),
                        ("second", Arg::from(i18n.date(plan.second_due))),
                        ("from", Arg::from(i18n.date(plan.third_from))),
                        ("until", Arg::from(i18n.date(plan.third_until))),
                    ],
                ),
            ),
        ];
        for (label, value) in rows {
            widgets::form_label(ui, &i18n.tr(label));
            ui.scope(|ui| {
                ui.set_max_width(value_width);
                ui.add(egui::Label::new(value).wrap());
            });
            ui.end_row();
        }
    });
}

/// Everyone involved in the incident, and adding someone found later: they
/// get a trajectory of their own.
fn involved_ui(ui: &mut Ui, state: &mut TrajectoryState, cx: &Cx<'_>, trajectory: &Trajectory) {
    let i18n = cx.i18n;
    let involved: Vec<_> =
        cx.view.cases.trajectories.iter().filter(|t| t.incident == trajectory.incident).map(|t| t.employee).collect();
    let names: Vec<String> = involved.iter().filter_map(|p| cx.view.person(*p)).map(|p| p.name.to_string()).collect();
    ui.horizontal_wrapped(|ui| {
        widgets::form_label(ui, &i18n.tr("cases-involved"));
        ui.label(names.join(", "));
    });
    if !cx.writable() {
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label(i18n.tr("cases-add-involved"));
        ui.add(
            egui::TextEdit::singleline(&mut state.involve_search)
                .hint_text(i18n.tr("network-find-person"))
                .desired_width(theme::FIELD_WIDTH),
        )
        .labelled_by(label.id);
    });
    if let Some(person) = widgets::person_matches_ui(ui, cx, &state.involve_search, &involved, "incident-add") {
        cx.send(Command::AddInvolved { incident: trajectory.incident, person });
        state.involve_search.clear();
    }
}

fn offer_ui(ui: &mut Ui, cx: &Cx<'_>, trajectory: &Trajectory) {
    let i18n = cx.i18n;
    widgets::section_heading(ui, &i18n.tr("cases-offer"));
    let offers = cx.view.cases.offers.get(&trajectory.id).map(Vec::as_slice).unwrap_or_default();
    let state = offer_state(offers, &cx.view.settings.incidents);
    let (text, actions): (String, &[(&str, Option<Answer>)]) = match state {
        OfferState::ToOffer => (i18n.tr("offer-to-offer"), &[("offer-offered-today", None)]),
        OfferState::Offered(on) => (
            i18n.tr_args("offer-offered", &[("date", Arg::from(i18n.date(on)))]),
            &[
                ("offer-accepted", Some(Answer::Accepted)),
                ("offer-declined", Some(Answer::Declined)),
                ("offer-no-answer", Some(Answer::NoAnswer)),
            ],
        ),
        OfferState::RepeatDue(on) => {
            (i18n.tr_args("offer-repeat-due", &[("date", Arg::from(i18n.date(on)))]), &[("offer-offered-today", None)])
        }
        OfferState::Accepted => (i18n.tr("offer-accepted-text"), &[]),
        OfferState::EndedDeclined => (i18n.tr("offer-ended"), &[]),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(text);
        for (label, answer) in actions {
            if ui.button(i18n.tr(label)).clicked() {
                let on = match state {
                    OfferState::Offered(on) => on,
                    _ => cx.today,
                };
                cx.send(Command::RecordOffer { trajectory: trajectory.id, on, answer: *answer });
            }
        }
    });
}

fn supporter_ui(ui: &mut Ui, state: &mut TrajectoryState, cx: &Cx<'_>, trajectory: &Trajectory) {
    let i18n = cx.i18n;
    widgets::section_heading(ui, &i18n.tr("cases-supporter"));
    ui.horizontal_wrapped(|ui| {
        match trajectory.supporter().and_then(|id| cx.view.person(id)) {
            Some(person) => ui.label(RichText::new(&*person.name).strong()),
            None => ui.label(i18n.tr("cases-no-supporter")),
        };
        let mut wish = trajectory.other_department;
        let wish_box = egui::Checkbox::new(&mut wish, i18n.tr("incident-other-department"));
        if ui.add_enabled(cx.writable() && trajectory.is_open(), wish_box).changed() {
            cx.send(Command::SetOtherDepartment { trajectory: trajectory.id, wish });
        }
        let label = if trajectory.supporter().is_some() { "cases-change-supporter" } else { "cases-match" };
        if ui.button(i18n.tr(label)).clicked() {
            state.matching = !state.matching;
        }
    });
    if !state.matching {
        return;
    }
    let people = &cx.view.people;
    let open = |id| cx.view.cases.trajectories.iter().filter(|t| t.is_open() && t.supporter() == Some(id)).count();
    let candidates: Vec<Candidate> = people
        .iter()
        .filter(|p| is_trained_supporter(p))
        .map(|p| Candidate { person: p, open_trajectories: open(p.id) })
        .collect();
    let involved: Vec<_> =
        cx.view.cases.trajectories.iter().filter(|t| t.incident == trajectory.incident).map(|t| t.employee).collect();
    let Some(employee) = cx.view.person(trajectory.employee) else { return };
    let need = Need { employee, involved: &involved, other_department: trajectory.other_department };
    let ranked = rank(&candidates, &need, &cx.view.settings.clusters);
    if ranked.is_empty() {
        widgets::hint(ui, &i18n.tr("cases-no-candidates"));
    }
    egui::Grid::new("match_grid").num_columns(3).striped(true).spacing([theme::GAP * 2.0, 4.0]).show(ui, |ui| {
        for found in ranked.iter().take(6) {
            ui.label(&found.supporter.name);
            ui.label(reasons_text(cx, &found.reasons));
            if ui.button(i18n.tr("cases-choose")).clicked() {
                let (trajectory, supporter) = (trajectory.id, found.supporter.id);
                cx.send(Command::AssignSupporter { trajectory, supporter, since: cx.today });
                state.matching = false;
            }
            ui.end_row();
        }
    });
}

/// "same position: Nurse · same department: ICU · speaks Dutch · 1 open trajectory".
fn reasons_text(cx: &Cx<'_>, reasons: &[Reason]) -> String {
    let i18n = cx.i18n;
    let parts: Vec<String> = reasons
        .iter()
        .map(|reason| match reason {
            Reason::SamePosition(id) => i18n.tr_args(
                "match-reason-position",
                &[(
                    "position",
                    Arg::from(crate::app::people::person_dialog::list_item_label(i18n, &cx.view.list_items, Some(*id))),
                )],
            ),
            Reason::SameDepartment(d) => {
                i18n.tr_args("match-reason-department", &[("department", Arg::from(d.as_str()))])
            }
            Reason::SameCluster(c) => i18n.tr_args("match-reason-cluster", &[("cluster", Arg::from(c.as_str()))]),
            Reason::SharedLanguage(l) => {
                i18n.tr_args("match-reason-language", &[("language", Arg::from(i18n.tr(&format!("spoken-{l}"))))])
            }
            Reason::OpenTrajectories(n) => i18n.tr_args("match-reason-open", &[("count", Arg::from(*n))]),
        })
        .collect();
    parts.join(" · ")
}

fn end_ui(ui: &mut Ui, state: &mut TrajectoryState, cx: &Cx<'_>, trajectory: &Trajectory) {
    let i18n = cx.i18n;
    let third_held = cx
        .view
        .cases
        .conversations
        .iter()
        .any(|c| c.trajectory == trajectory.id && c.step == ConversationStep::Third && c.held_on.is_some());
    if !third_held {
        return;
    }
    widgets::section_heading(ui, &i18n.tr("cases-end"));
    ui.horizontal_wrapped(|ui| {
        if ui.button(i18n.tr("cases-close")).clicked() {
            let on = cx.today;
            cx.send(Command::EndTrajectory { trajectory: trajectory.id, ending: Ending::Closed, referral: None, on });
        }
        let lists = &cx.view.cases.lists;
        let label = ui.label(i18n.tr("cases-refer-to"));
        egui::ComboBox::from_id_salt("referral")
            .selected_text(case_item(i18n, lists, state.referral))
            .show_ui(ui, |ui| {
                for item in lists.iter().filter(|i| i.kind == CaseListKind::Referral) {
                    ui.selectable_value(&mut state.referral, Some(item.id), case_item(i18n, lists, Some(item.id)));
                }
            })
            .response
            .labelled_by(label.id);
        if ui.add_enabled(state.referral.is_some(), egui::Button::new(i18n.tr("cases-refer"))).clicked() {
            let (ending, referral, on) = (Ending::Referred, state.referral, cx.today);
            cx.send(Command::EndTrajectory { trajectory: trajectory.id, ending, referral, on });
        }
    });
}
