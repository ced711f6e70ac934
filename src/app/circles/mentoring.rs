//! Mentoring: the mentors with their capacity, the mentees waiting with the
//! best mentors ranked and why, and the pairs — proposed, active, ended.
//! Nothing is matched without the coordinator confirming.

use super::{CirclesTab, Command, Dialog};
use crate::app::widgets::conflict::{Fields, Reconcile, refused_ui};
use crate::app::{Cx, theme, widgets};
use crate::domain::circles::mentoring::{EndReason, MentorProfile, Pair, PairStatus, date_problems, rank_mentors};
use crate::domain::{ListKind, PersonId, Role};
use crate::i18n::Arg;
use crate::i18n::format::parse_date;
use crate::ops::circles::{end_reason_text, match_reason_text, pair_status_text, phase_name};
use egui::{RichText, Ui};

/// How many mentors are shown for each waiting mentee.
const SHOWN_MATCHES: usize = 3;

/// Draws the mentoring part.
pub fn mentoring_ui(ui: &mut Ui, tab: &mut CirclesTab, cx: &Cx<'_>) {
    widgets::page_ui(ui, "circles_mentoring", |ui| {
        waiting_ui(ui, cx);
        ui.add_space(theme::SECTION_GAP);
        pairs_ui(ui, tab, cx);
        ui.add_space(theme::SECTION_GAP);
        mentors_ui(ui, tab, cx);
    });
}

fn profile(cx: &Cx<'_>, person: PersonId) -> MentorProfile {
    cx.view.circles.profiles.iter().find(|p| p.person == person).cloned().unwrap_or(MentorProfile {
        person,
        capacity: cx.view.settings.circles.mentor_capacity,
        phases: Vec::new(),
        version: None,
    })
}

fn mentors_ui(ui: &mut Ui, tab: &mut CirclesTab, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let mentors: Vec<_> = cx.view.people.iter().filter(|p| p.active && p.has_role(Role::Mentor)).collect();
    widgets::section_heading(ui, &i18n.tr_args("mentors-title", &[("count", Arg::from(mentors.len()))]));
    widgets::hint(ui, &i18n.tr("mentors-hint"));
    egui::Grid::new("mentors").num_columns(3).striped(true).spacing([theme::GAP, 4.0]).show(ui, |ui| {
        for mentor in mentors {
            let profile = profile(cx, mentor.id);
            let open = cx.view.circles.pairs.iter().filter(|p| p.mentor == mentor.id && p.is_open()).count();
            widgets::fixed_label(ui, 260.0, &mentor.name);
            let phases = if profile.phases.is_empty() {
                i18n.tr("mentors-every-phase")
            } else {
                profile.phases.iter().map(|p| phase_name(i18n, &cx.view.list_items, *p)).collect::<Vec<_>>().join(", ")
            };
            let text = i18n.tr_args(
                "mentors-load",
                &[("open", Arg::from(open)), ("capacity", Arg::from(profile.capacity)), ("phases", Arg::from(phases))],
            );
            widgets::fixed_label(ui, 360.0, text);
            if ui.add_enabled(cx.writable(), egui::Button::new(i18n.tr("network-edit")).small()).clicked() {
                tab.dialog =
                    Some(Dialog::Mentor(MentorDialog { profile, capacity: String::new(), sent: false }.ready()));
            }
            ui.end_row();
        }
    });
}

fn waiting_ui(ui: &mut Ui, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let data = &cx.view.circles;
    let phases: Vec<_> = cx.view.list_items.iter().filter(|i| i.kind == ListKind::CareerPhase).map(|i| i.id).collect();
    let waiting: Vec<_> = data
        .signups
        .iter()
        .filter(|s| s.is_waiting() && s.wish.wants_mentor())
        .filter(|s| !data.pairs.iter().any(|p| p.signup == s.id && p.is_open()))
        .collect();
    widgets::section_heading(ui, &i18n.tr_args("mentees-waiting", &[("count", Arg::from(waiting.len()))]));
    if waiting.is_empty() {
        widgets::hint(ui, &i18n.tr("mentees-none"));
        return;
    }
    for signup in waiting {
        let Some(mentee) = cx.view.person(signup.person) else { continue };
        widgets::card_ui(ui, |ui| {
            let phase = signup.phase.map(|p| phase_name(i18n, &cx.view.list_items, p)).unwrap_or_default();
            let days = (cx.today - signup.signed_on).num_days().max(0);
            ui.label(RichText::new(format!("{} · {phase}", mentee.name)).strong());
            widgets::hint(ui, &i18n.tr_args("circles-waiting-days", &[("days", Arg::from(days))]));
            let times = |person: PersonId| {
                data.signups.iter().filter(|s| s.person == person).flat_map(|s| s.preferred.iter().copied()).collect()
            };
            let ranked = rank_mentors(signup, &cx.view.people, &data.profiles, &data.pairs, &phases, &times);
            if ranked.is_empty() {
                widgets::hint(ui, &i18n.tr("mentees-no-mentor"));
            }
            for found in ranked.into_iter().take(SHOWN_MATCHES) {
                ui.horizontal_wrapped(|ui| {
                    let name = cx.view.person(found.mentor).map(|p| p.name.clone()).unwrap_or_default();
                    ui.label(RichText::new(format!("{name} ({})", found.score)).strong());
                    let reasons: Vec<String> =
                        found.reasons.iter().map(|r| match_reason_text(i18n, &cx.view.list_items, r)).collect();
                    widgets::hint(ui, &reasons.join(" · "));
                    if ui.add_enabled(cx.writable(), egui::Button::new(i18n.tr("mentees-propose")).small()).clicked() {
                        cx.send(Command::ProposePair { signup: signup.id, mentor: found.mentor });
                    }
                });
            }
        });
    }
}

fn pairs_ui(ui: &mut Ui, tab: &mut CirclesTab, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    let pairs = &cx.view.circles.pairs;
    widgets::section_heading(ui, &i18n.tr("pairs-title"));
    if pairs.is_empty() {
        widgets::hint(ui, &i18n.tr("pairs-none"));
        return;
    }
    let name = |p: PersonId| cx.view.person(p).map(|p| p.name.clone()).unwrap_or_default();
    let names = |pair: &Pair| {
        i18n.tr_args(
            "pair-names",
            &[("mentor", Arg::from(name(pair.mentor))), ("mentee", Arg::from(name(pair.mentee)))],
        )
    };
    egui::Grid::new("pairs").num_columns(3).striped(true).spacing([theme::GAP, 4.0]).show(ui, |ui| {
        for pair in pairs.iter().filter(|p| p.is_open()) {
            widgets::fixed_label(ui, 300.0, names(pair));
            ui.label(pair_line(cx, pair));
            ui.horizontal(|ui| pair_actions_ui(ui, tab, pair, cx));
            ui.end_row();
        }
    });
    let ended: Vec<&Pair> = pairs.iter().filter(|p| !p.is_open()).collect();
    if !ended.is_empty() {
        let title = i18n.tr_args("pairs-ended", &[("count", Arg::from(ended.len()))]);
        egui::CollapsingHeader::new(title).id_salt("pairs_ended").show(ui, |ui| {
            for pair in ended {
                ui.label(format!("{} · {}", names(pair), pair_line(cx, pair)));
            }
        });
    }
}

/// A pair's state in words.
fn pair_line(cx: &Cx<'_>, pair: &Pair) -> String {
    let i18n = cx.i18n;
    let status = pair_status_text(i18n, pair.status);
    match pair.status {
        PairStatus::Proposed => format!("{status} {}", i18n.date(pair.proposed_on)),
        PairStatus::Active => i18n.tr_args(
            "pairs-active-line",
            &[
                ("date", Arg::from(pair.started_on.map(|d| i18n.date(d)).unwrap_or_default())),
                ("count", Arg::from(pair.meetings.len())),
            ],
        ),
        PairStatus::Ended => {
            let reason = pair.end_reason.map(|r| end_reason_text(i18n, r)).unwrap_or_default();
            format!("{status} {} ({reason})", pair.ended_on.map(|d| i18n.date(d)).unwrap_or_default())
        }
    }
}

fn pair_actions_ui(ui: &mut Ui, tab: &mut CirclesTab, pair: &Pair, cx: &Cx<'_>) {
    let i18n = cx.i18n;
    ui.add_enabled_ui(cx.writable(), |ui| match pair.status {
        PairStatus::Proposed => {
            if ui.small_button(i18n.tr("pairs-confirm")).clicked() {
                cx.send(Command::StartPair(pair.id, cx.today));
            }
            if ui.small_button(i18n.tr("pairs-decline")).clicked() {
                cx.send(Command::EndPair(pair.id, cx.today, EndReason::NotAMatch));
            }
        }
        PairStatus::Active => {
            let met_today = pair.meetings.contains(&cx.today);
            if ui.add_enabled(!met_today, egui::Button::new(i18n.tr("pairs-met-today")).small()).clicked() {
                cx.send(Command::PairMet(pair.id, cx.today));
            }
            if ui.small_button(i18n.tr("pairs-end")).clicked() {
                tab.dialog = Some(Dialog::EndPair(EndPairDialog::new(cx, pair)));
            }
            let calendar = egui::Button::new(i18n.tr("pairs-calendar")).small();
            if ui.add_enabled(!pair.meetings.is_empty(), calendar).clicked() {
                cx.send(crate::app::AppCommand::SaveDocument(crate::ops::documents::DocumentRequest::PairCalendar(
                    pair.id,
                )));
            }
        }
        PairStatus::Ended => {}
    });
}

/// A mentor's capacity and phases, being edited.
pub struct MentorDialog {
    profile: MentorProfile,
    capacity: String,
    /// Save was pressed: a newer stored version is the change that refused it.
    sent: bool,
}

impl Reconcile for MentorDialog {
    type Stored = MentorProfile;

    fn refused<'a>(&self, cx: &Cx<'a>) -> Option<&'a MentorProfile> {
        let opened = self.profile.version.filter(|_| self.sent)?;
        cx.view.circles.profiles.iter().find(|p| p.person == self.profile.person && p.version != Some(opened))
    }

    fn reopened(&self, stored: &MentorProfile, _: &Cx<'_>) -> Self {
        MentorDialog { profile: stored.clone(), capacity: String::new(), sent: false }.ready()
    }

    fn fields(&self, cx: &Cx<'_>) -> Fields {
        let phases = self.profile.phases.iter().map(|p| phase_name(cx.i18n, &cx.view.list_items, *p));
        let mut phases: Vec<String> = phases.collect();
        phases.sort();
        vec![("mentors-capacity", self.capacity.clone()), ("mentors-phases", phases.join(", "))]
    }

    fn keep_mine(&mut self, stored: &MentorProfile, cx: &Cx<'_>) {
        self.profile.version = stored.version;
        if let Ok(capacity) = crate::domain::validate::whole_number(&self.capacity, 1, 20) {
            cx.send(Command::SaveMentor(MentorProfile { capacity, ..self.profile.clone() }));
        }
    }
}

impl MentorDialog {
    fn ready(mut self) -> Self {
        self.capacity = self.profile.capacity.to_string();
        self
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let i18n = cx.i18n;
        let name = cx.view.person(self.profile.person).map(|p| p.name.clone()).unwrap_or_default();
        if let Some(close) = refused_ui(self, ctx, "mentor_dialog", &name, cx) {
            return close;
        }
        let capacity = crate::domain::validate::whole_number(&self.capacity, 1, 20);
        widgets::dialog_ui(ctx, "mentor_dialog", 560.0, &name, |ui| {
            egui::Grid::new("mentor_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
                let problem = capacity.as_ref().err().map(|p| widgets::problem_text(i18n, p));
                widgets::text_row(ui, &i18n.tr("mentors-capacity"), &mut self.capacity, 80.0, problem);
            });
            widgets::section_heading(ui, &i18n.tr("mentors-phases"));
            widgets::hint(ui, &i18n.tr("mentors-phases-hint"));
            for item in cx.view.list_items.iter().filter(|i| i.kind == ListKind::CareerPhase) {
                let mut on = self.profile.phases.contains(&item.id);
                if ui.checkbox(&mut on, phase_name(i18n, &cx.view.list_items, item.id)).changed() {
                    self.profile.phases.retain(|p| *p != item.id);
                    if on {
                        self.profile.phases.push(item.id);
                    }
                }
            }
            let (save, cancel) = widgets::dialog_buttons(ui, i18n, &i18n.tr("mentors-save"), capacity.is_ok(), None);
            if save && let Ok(capacity) = capacity {
                self.sent = true;
                cx.send(Command::SaveMentor(MentorProfile { capacity, ..self.profile.clone() }));
            }
            cancel
        })
    }
}

/// Ending a pair: the date and why.
pub struct EndPairDialog {
    pair: Pair,
    date: String,
    reason: EndReason,
}

impl EndPairDialog {
    fn new(cx: &Cx<'_>, pair: &Pair) -> Self {
        EndPairDialog { pair: pair.clone(), date: cx.i18n.date(cx.today), reason: EndReason::Completed }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let i18n = cx.i18n;
        let date = parse_date(&self.date);
        let problem = match date {
            None => Some(widgets::problem_text(i18n, &crate::domain::Problem::InvalidDate)),
            Some(d) => date_problems(self.pair.proposed_on, d, cx.today)
                .iter()
                .next()
                .map(|(_, p)| widgets::problem_text(i18n, p)),
        };
        widgets::dialog_ui(ctx, "end_pair", 520.0, &i18n.tr("pairs-end-title"), |ui| {
            egui::Grid::new("end_pair_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
                widgets::date_row(ui, i18n, &i18n.tr("pairs-ended-on"), &mut self.date, problem.clone());
                let label = widgets::form_label(ui, &i18n.tr("pairs-reason"));
                egui::ComboBox::from_id_salt("end_pair_reason")
                    .selected_text(end_reason_text(i18n, self.reason))
                    .show_ui(ui, |ui| {
                        for reason in EndReason::ALL {
                            ui.selectable_value(&mut self.reason, reason, end_reason_text(i18n, reason));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.label("");
                ui.end_row();
            });
            let ok = problem.is_none();
            let (save, cancel) = widgets::dialog_buttons(ui, i18n, &i18n.tr("pairs-end-save"), ok, None);
            if save
                && ok
                && let Some(on) = date
            {
                cx.send(Command::EndPair(self.pair.id, on, self.reason));
            }
            cancel
        })
    }
}
