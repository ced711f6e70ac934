//! A network's details: name, who it is for, convenor, the regular meeting
//! (a rule people use, with the next dates shown as they are typed), the
//! place or link, and whether the members' organisations host in turn.

use super::Command;
use crate::app::widgets::conflict::{Fields, Reconcile, refused_ui};
use crate::app::{Cx, theme, widgets};
use crate::domain::networks::recurrence::{NTH_CHOICES, Rule, Series, field as series_field};
use crate::domain::networks::{Network, NetworkDraft, NetworkId, NetworkStatus, field};
use crate::domain::{PersonId, Problem, Problems, validate};
use crate::i18n::format::parse_date;
use crate::ops::networks::{nth_name, rule_text, status_text, weekday_name};
use chrono::{NaiveTime, Weekday};
use egui::{RichText, Ui};

/// The network being created or edited, as typed.
pub struct NetworkDialog {
    id: Option<NetworkId>,
    name: String,
    audience: String,
    convenor: Option<PersonId>,
    convenor_search: String,
    status: NetworkStatus,
    monthly: bool,
    nth: i8,
    weekday: Weekday,
    interval: String,
    from: String,
    until: String,
    time: String,
    minutes: String,
    online: bool,
    place: String,
    rotating_hosts: bool,
    /// The version of the network as it was opened: a save after a change
    /// made meanwhile is refused, not overwritten.
    version: Option<i64>,
    /// Save was pressed: a newer stored version is the change that refused it.
    sent: bool,
}

impl Reconcile for NetworkDialog {
    type Stored = Network;

    fn refused<'a>(&self, cx: &Cx<'a>) -> Option<&'a Network> {
        let id = self.id.filter(|_| self.sent)?;
        cx.view.networks.networks.iter().find(|n| n.id == id && Some(n.version) != self.version)
    }

    fn reopened(&self, stored: &Network, cx: &Cx<'_>) -> Self {
        Self::edit(cx, stored)
    }

    fn fields(&self, cx: &Cx<'_>) -> Fields {
        let i18n = cx.i18n;
        let rule = self.interval.trim().parse::<u32>().ok().map(|n| match self.monthly {
            true => Rule::MonthlyWeekday { nth: self.nth, weekday: self.weekday, months: n },
            false => Rule::Weekly { weeks: n, weekday: self.weekday },
        });
        let place = i18n.tr(if self.online { "network-online" } else { "network-at-place" });
        vec![
            ("network-name", self.name.clone()),
            ("network-audience", self.audience.clone()),
            ("network-status", status_text(i18n, self.status)),
            (
                "network-convenor",
                self.convenor.and_then(|id| cx.view.person(id)).map(|p| p.name.to_string()).unwrap_or_default(),
            ),
            ("network-when", rule.map_or_else(|| self.interval.clone(), |rule| rule_text(i18n, rule))),
            ("network-from", self.from.clone()),
            ("network-until-label", self.until.clone()),
            ("network-time", self.time.clone()),
            ("network-minutes", self.minutes.clone()),
            (
                "network-where",
                if self.place.trim().is_empty() { place } else { format!("{place}: {}", self.place.trim()) },
            ),
            ("network-rotating-hosts", widgets::conflict::yes_no(i18n, self.rotating_hosts)),
        ]
    }

    fn keep_mine(&mut self, stored: &Network, cx: &Cx<'_>) {
        self.version = Some(stored.version);
        if let Ok(draft) = self.draft(&self.series()) {
            cx.send(Command::Update(stored.id, draft));
        }
    }
}

impl NetworkDialog {
    /// An empty form: monthly on the second Tuesday, 10:00 for two hours, from today.
    pub fn new(cx: &Cx<'_>) -> Self {
        NetworkDialog {
            id: None,
            name: String::new(),
            audience: String::new(),
            convenor: None,
            convenor_search: String::new(),
            status: NetworkStatus::Active,
            monthly: true,
            nth: 2,
            weekday: Weekday::Tue,
            interval: "1".into(),
            from: cx.i18n.date(cx.today),
            until: String::new(),
            time: "10:00".into(),
            minutes: "120".into(),
            online: false,
            place: String::new(),
            rotating_hosts: false,
            version: None,
            sent: false,
        }
    }

    /// A form showing `network`.
    pub fn edit(cx: &Cx<'_>, network: &Network) -> Self {
        let series = &network.series;
        let (monthly, nth) = match series.rule {
            Rule::MonthlyWeekday { nth, .. } => (true, nth),
            Rule::Weekly { .. } => (false, 2),
        };
        NetworkDialog {
            id: Some(network.id),
            name: network.name.clone(),
            audience: network.audience.clone(),
            convenor: network.convenor,
            convenor_search: String::new(),
            status: network.status,
            monthly,
            nth,
            weekday: series.rule.weekday(),
            interval: series.rule.interval().to_string(),
            from: cx.i18n.date(series.from),
            until: series.until.map(|d| cx.i18n.date(d)).unwrap_or_default(),
            time: series.time.format("%H:%M").to_string(),
            minutes: series.minutes.to_string(),
            online: network.online,
            place: network.place.clone(),
            rotating_hosts: network.rotating_hosts,
            version: Some(network.version),
            sent: false,
        }
    }

    /// The regular meeting as typed, or its problems.
    fn series(&self) -> Result<Series, Problems> {
        let mut problems = Problems::new();
        let max_interval = if self.monthly { 12 } else { 52 };
        let interval = validate::whole_number(&self.interval, 1, max_interval)
            .map_err(|p| problems.add(series_field::INTERVAL, p))
            .ok();
        let minutes =
            validate::whole_number(&self.minutes, 15, 480).map_err(|p| problems.add(series_field::MINUTES, p)).ok();
        let from = parse_date(&self.from);
        if from.is_none() {
            problems.add(series_field::FROM, Problem::InvalidDate);
        }
        let until = if self.until.trim().is_empty() { Ok(None) } else { parse_date(&self.until).map(Some).ok_or(()) };
        if until.is_err() {
            problems.add(series_field::UNTIL, Problem::InvalidDate);
        }
        let time = NaiveTime::parse_from_str(self.time.trim(), "%H:%M").ok();
        if time.is_none() {
            problems.add(series_field::TIME, Problem::InvalidTime);
        }
        let (Some(interval), Some(minutes), Some(from), Ok(until), Some(time)) = (interval, minutes, from, until, time)
        else {
            return Err(problems);
        };
        let interval = u32::try_from(interval).unwrap_or(1);
        let rule = if self.monthly {
            Rule::MonthlyWeekday { nth: self.nth, weekday: self.weekday, months: interval }
        } else {
            Rule::Weekly { weeks: interval, weekday: self.weekday }
        };
        let series = Series { rule, from, until, time, minutes };
        let problems = series.problems();
        if problems.is_empty() { Ok(series) } else { Err(problems) }
    }

    /// The draft, or the problems of the form.
    fn draft(&self, series: &Result<Series, Problems>) -> Result<NetworkDraft, Problems> {
        let draft = NetworkDraft {
            name: self.name.clone(),
            audience: self.audience.clone(),
            convenor: self.convenor,
            status: self.status,
            series: series.as_ref().ok().cloned().unwrap_or_else(|| placeholder_series(self.weekday)),
            online: self.online,
            place: self.place.clone(),
            rotating_hosts: self.rotating_hosts,
            version: self.version,
        };
        let mut problems = series.as_ref().err().cloned().unwrap_or_default();
        for (f, p) in draft.problems().iter() {
            if problems.for_field(f).is_none() {
                problems.add(f, p.clone());
            }
        }
        if problems.is_empty() { Ok(draft) } else { Err(problems) }
    }

    /// Draws the dialog; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let i18n = cx.i18n;
        let title = i18n.tr(if self.id.is_some() { "network-edit-title" } else { "network-new-title" });
        if let Some(close) = refused_ui(self, ctx, "network_dialog", &title, cx) {
            return close;
        }
        let series = self.series();
        let parsed = self.draft(&series);
        let problems = parsed.as_ref().err().cloned().unwrap_or_default();
        widgets::dialog_ui(ctx, "network_dialog", 700.0, &title, |ui| {
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() - 170.0).show(ui, |ui| {
                self.details_ui(ui, cx, &problems);
                ui.add_space(theme::GAP);
                widgets::section_heading(ui, &i18n.tr("network-when"));
                self.rule_ui(ui, cx, &problems);
                if let Ok(series) = &series {
                    preview_ui(ui, cx, series);
                }
                ui.add_space(theme::GAP);
                widgets::section_heading(ui, &i18n.tr("network-where"));
                self.place_ui(ui, cx, &problems);
            });
            ui.add_space(theme::GAP);
            let hint = i18n.tr("network-fix-problems");
            let (save, cancel) =
                widgets::dialog_buttons(ui, i18n, &i18n.tr("network-save"), parsed.is_ok(), Some(&hint));
            if save && let Ok(draft) = &parsed {
                self.sent = true;
                cx.send(match self.id {
                    Some(id) => Command::Update(id, draft.clone()),
                    None => Command::Create(draft.clone()),
                });
            }
            cancel
        })
    }

    fn details_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let i18n = cx.i18n;
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(i18n, p));
        egui::Grid::new("network_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            widgets::text_row(ui, &i18n.tr("network-name"), &mut self.name, theme::FIELD_WIDTH, text(field::NAME));
            widgets::text_row(
                ui,
                &i18n.tr("network-audience"),
                &mut self.audience,
                theme::FIELD_WIDTH,
                text(field::AUDIENCE),
            );
            if self.id.is_some() {
                let label = widgets::form_label(ui, &i18n.tr("network-status"));
                egui::ComboBox::from_id_salt("network_status")
                    .selected_text(status_text(i18n, self.status))
                    .show_ui(ui, |ui| {
                        for status in NetworkStatus::ALL {
                            ui.selectable_value(&mut self.status, status, status_text(i18n, status));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.label("");
                ui.end_row();
            }
            self.convenor_ui(ui, cx);
        });
    }

    fn convenor_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>) {
        let i18n = cx.i18n;
        let label = widgets::form_label(ui, &i18n.tr("network-convenor"));
        ui.vertical(|ui| {
            if let Some(person) = self.convenor.and_then(|id| cx.view.person(id)) {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(&*person.name).strong());
                    if ui.small_button(i18n.tr("network-change")).clicked() {
                        self.convenor = None;
                    }
                });
                return;
            }
            ui.add(
                egui::TextEdit::singleline(&mut self.convenor_search)
                    .hint_text(i18n.tr("network-find-person"))
                    .desired_width(theme::FIELD_WIDTH),
            )
            .labelled_by(label.id);
            if let Some(id) = widgets::person_matches_ui(ui, cx, &self.convenor_search, &[], "network-choose") {
                self.convenor = Some(id);
                self.convenor_search.clear();
            }
        });
        ui.label(RichText::new(i18n.tr("network-convenor-hint")).small());
        ui.end_row();
    }

    fn rule_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let i18n = cx.i18n;
        let text = |f: &str| problems.for_field(f).map(|p| widgets::problem_text(i18n, p));
        ui.horizontal(|ui| {
            ui.radio_value(&mut self.monthly, true, i18n.tr("network-rule-kind-monthly"));
            ui.radio_value(&mut self.monthly, false, i18n.tr("network-rule-kind-weekly"));
        });
        ui.horizontal_wrapped(|ui| {
            if self.monthly {
                ui.label(i18n.tr("network-rule-the"));
                egui::ComboBox::from_id_salt("network_nth")
                    .selected_text(nth_name(i18n, self.nth))
                    .show_ui(ui, |ui| {
                        for nth in NTH_CHOICES {
                            ui.selectable_value(&mut self.nth, nth, nth_name(i18n, nth));
                        }
                    })
                    .response
                    .widget_info(|| widgets::named_combo(&i18n.tr("network-nth-label")));
                weekday_combo(ui, cx, &mut self.weekday);
                let label = ui.label(i18n.tr("network-rule-every-months"));
                ui.add(egui::TextEdit::singleline(&mut self.interval).desired_width(40.0)).labelled_by(label.id);
                ui.label(i18n.tr("network-rule-months"));
            } else {
                let label = ui.label(i18n.tr("network-rule-every"));
                ui.add(egui::TextEdit::singleline(&mut self.interval).desired_width(40.0)).labelled_by(label.id);
                ui.label(i18n.tr("network-rule-weeks-on"));
                weekday_combo(ui, cx, &mut self.weekday);
            }
        });
        widgets::problem_label(ui, text(series_field::INTERVAL));
        egui::Grid::new("network_series_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            widgets::date_row(ui, i18n, &i18n.tr("network-from"), &mut self.from, text(series_field::FROM));
            widgets::date_row(ui, i18n, &i18n.tr("network-until-label"), &mut self.until, text(series_field::UNTIL));
            widgets::text_row(ui, &i18n.tr("network-time"), &mut self.time, 80.0, text(series_field::TIME));
            widgets::text_row(ui, &i18n.tr("network-minutes"), &mut self.minutes, 80.0, text(series_field::MINUTES));
        });
    }

    fn place_ui(&mut self, ui: &mut Ui, cx: &Cx<'_>, problems: &Problems) {
        let i18n = cx.i18n;
        ui.horizontal(|ui| {
            ui.radio_value(&mut self.online, false, i18n.tr("network-at-place"));
            ui.radio_value(&mut self.online, true, i18n.tr("network-online"));
        });
        let problem = problems.for_field(field::PLACE).map(|p| widgets::problem_text(i18n, p));
        egui::Grid::new("network_place_grid").num_columns(3).spacing([theme::GAP * 1.5, 8.0]).show(ui, |ui| {
            let label = if self.online { "network-link" } else { "network-address" };
            widgets::text_row(ui, &i18n.tr(label), &mut self.place, theme::FIELD_WIDTH, problem);
        });
        ui.checkbox(&mut self.rotating_hosts, i18n.tr("network-rotating-hosts"));
    }
}

fn weekday_combo(ui: &mut Ui, cx: &Cx<'_>, weekday: &mut Weekday) {
    egui::ComboBox::from_id_salt("network_weekday")
        .selected_text(weekday_name(cx.i18n, *weekday))
        .show_ui(ui, |ui| {
            for day in
                [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun]
            {
                ui.selectable_value(weekday, day, weekday_name(cx.i18n, day));
            }
        })
        .response
        .widget_info(|| widgets::named_combo(&cx.i18n.tr("network-weekday-label")));
}

/// The next dates the rule gives, so the user sees at once what they typed.
fn preview_ui(ui: &mut Ui, cx: &Cx<'_>, series: &Series) {
    let dates: Vec<String> = series.dates().skip_while(|d| *d < cx.today).take(4).map(|d| cx.i18n.date(d)).collect();
    let text = if dates.is_empty() { cx.i18n.tr("network-no-meetings") } else { dates.join(" · ") };
    let colours = theme::palette(ui.visuals());
    ui.label(RichText::new(format!("{} {text}", cx.i18n.tr("network-preview"))).color(colours.accent));
}

/// A series that stands in while the typed one has problems: the draft's
/// other fields are still checked, and the series' own problems are shown.
fn placeholder_series(weekday: Weekday) -> Series {
    Series {
        rule: Rule::Weekly { weeks: 1, weekday },
        from: chrono::NaiveDate::MIN,
        until: None,
        time: NaiveTime::MIN,
        minutes: 60,
    }
}
