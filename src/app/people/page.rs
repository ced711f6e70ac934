//! A person's page, over any tab: who they are, their registrations, the
//! groups they are in or coach with their attendance, and the invoices that
//! bill them. Opened from the People tab (double click, Enter or Overview…)
//! and from a name on the waiting list.

use crate::app::coached::{funding_label, status_label};
use crate::app::people::person_dialog::{list_item_label, role_names};
use crate::app::{AppCommand, Cx, theme, widgets};
use crate::domain::coached::groups::RegistrationKind;
use crate::domain::{PersonId, Role};
use crate::i18n::Arg;
use crate::ops::lists::invoice_status;
use crate::ops::person_page::{GroupLine, PageData, Part, PersonPage, RegistrationLine, Standing};
use egui::{RichText, Ui};

/// An open person's page.
pub struct PersonPageDialog {
    pub person: PersonId,
    /// The page as made from the data of one generation: made again only
    /// after a change, not in every frame.
    page: Option<(u64, PersonPage, Option<Supporting>)>,
}

/// A peer supporter's part of the page: how many they support, and their
/// conversations to come (when, and the incident's reference only).
struct Supporting {
    open: usize,
    coming: Vec<(chrono::NaiveDateTime, String)>,
}

impl PersonPageDialog {
    /// The page of `person`.
    pub fn new(person: PersonId) -> Self {
        PersonPageDialog { person, page: None }
    }

    /// Draws the page; true when it should close.
    pub fn show(&mut self, ctx: &egui::Context, cx: &Cx<'_>) -> bool {
        let Some(person) = cx.view.person(self.person) else { return true };
        if self.page.as_ref().is_none_or(|(generation, _, _)| *generation != cx.view.generation) {
            let groups = &cx.view.groups;
            let data = PageData {
                registrations: &groups.registrations,
                groups: &groups.groups,
                sessions: &groups.sessions,
                attendance: &groups.attendance,
                invoices: &cx.view.finance.invoices,
            };
            let cases = &cx.view.cases;
            let supporting = person.has_role(Role::PeerSupporter).then(|| Supporting {
                open: cases.open_for(self.person),
                coming: cases.coming_for(self.person).into_iter().map(|(at, r)| (at, r.to_string())).collect(),
            });
            self.page = Some((cx.view.generation, PersonPage::of(self.person, &data, cx.now), supporting));
        }
        let Some((_, page, supporting)) = &self.page else { return true };
        let mut title = person.name.to_string();
        if !person.active {
            title = cx.i18n.tr_args("person-inactive-mark", &[("name", Arg::from(title))]);
        }
        let width = (ctx.content_rect().width() - 80.0).clamp(480.0, 820.0);
        widgets::dialog_ui(ctx, "person_page", width, &title, |ui| {
            details_ui(ui, person, cx);
            ui.add_space(theme::GAP);
            let height = (ctx.content_rect().height() - 260.0).max(160.0);
            egui::ScrollArea::vertical().max_height(height).auto_shrink([false, true]).show(ui, |ui| {
                registrations_ui(ui, &page.registrations, cx);
                ui.add_space(theme::SECTION_GAP);
                groups_ui(ui, &page.groups, cx);
                ui.add_space(theme::SECTION_GAP);
                if let Some(supporting) = supporting {
                    supporter_ui(ui, supporting, cx);
                    ui.add_space(theme::SECTION_GAP);
                }
                invoices_ui(ui, page, cx);
            });
            ui.separator();
            let mut close = false;
            ui.horizontal(|ui| {
                if ui.add_enabled(cx.writable(), egui::Button::new(cx.i18n.tr("people-edit"))).clicked() {
                    cx.send(AppCommand::EditPerson(self.person));
                    close = true;
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    close |= ui.button(cx.i18n.tr("button-close")).clicked();
                });
            });
            close
        })
    }
}

/// Contact details, department, position and roles on two lines.
fn details_ui(ui: &mut Ui, person: &crate::domain::Person, cx: &Cx<'_>) {
    let position = list_item_label(cx.i18n, &cx.view.list_items, person.position);
    let first: Vec<&str> =
        [person.email.as_ref(), person.phone.as_ref()].into_iter().filter(|t| !t.is_empty()).collect();
    let second: Vec<&str> = [person.organisation.as_ref(), person.department.as_ref(), position.as_str()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect();
    for line in [first.join(" · "), second.join(" · ")] {
        if !line.is_empty() {
            ui.label(line);
        }
    }
    let roles: Vec<String> = person.roles.iter().map(|r| role_names(cx.i18n, r.role)).collect();
    ui.horizontal_wrapped(|ui| {
        if !roles.is_empty() {
            widgets::hint(ui, &roles.join(", "));
        }
        // The number the command line asks for a coach's schedule or a
        // supporter's calendar.
        let command = if person.has_role(Role::Coach) {
            Some("peerdesk export schedule --coach")
        } else if person.has_role(Role::PeerSupporter) {
            Some("peerdesk export ics --supporter")
        } else {
            None
        };
        if let Some(command) = command {
            widgets::number_label(ui, cx.i18n, person.id.0, command);
        }
    });
}

/// A peer supporter's conversations to come: when, and the incident's
/// reference only (who they support is not shown here).
fn supporter_ui(ui: &mut Ui, supporting: &Supporting, cx: &Cx<'_>) {
    widgets::section_heading(ui, &cx.i18n.tr("page-supporter-coming"));
    widgets::hint(ui, &cx.i18n.tr_args("supporter-open", &[("count", Arg::from(supporting.open))]));
    if supporting.coming.is_empty() {
        widgets::hint(ui, &cx.i18n.tr("supporter-none"));
    }
    for (at, reference) in &supporting.coming {
        coming_label(ui, *at, reference, cx);
    }
}

/// One conversation not yet recorded: when and the incident's reference;
/// one whose time has passed is marked overdue.
pub fn coming_label(ui: &mut Ui, at: chrono::NaiveDateTime, reference: &str, cx: &Cx<'_>) {
    let text = format!("{} · {reference}", cx.i18n.date_time(at));
    if at < cx.now {
        let overdue = format!("{text} · {}", cx.i18n.tr("urgency-overdue"));
        ui.label(RichText::new(overdue).color(theme::palette(ui.visuals()).danger));
    } else {
        ui.label(text);
    }
}

fn registrations_ui(ui: &mut Ui, lines: &[RegistrationLine], cx: &Cx<'_>) {
    widgets::section_heading(ui, &cx.i18n.tr("page-registrations"));
    if lines.is_empty() {
        widgets::hint(ui, &cx.i18n.tr("page-none"));
        return;
    }
    egui::Grid::new("page_registrations").num_columns(4).spacing([theme::GAP * 2.0, 6.0]).striped(true).show(
        ui,
        |ui| {
            for line in lines {
                ui.label(cx.i18n.date(line.registered_on));
                ui.label(cx.i18n.tr(match line.kind {
                    RegistrationKind::Individual => "registration-kind-individual",
                    RegistrationKind::Group => "registration-kind-group",
                }));
                ui.label(funding_label(cx.i18n, &cx.view.groups.funding_sources, line.funding));
                match line.standing {
                    Standing::Waiting => {
                        let days = (cx.today - line.registered_on).num_days();
                        ui.label(cx.i18n.tr_args("page-waiting", &[("days", Arg::from(days))]));
                    }
                    Standing::Withdrawn => {
                        ui.label(RichText::new(cx.i18n.tr("page-withdrawn")).color(theme::palette(ui.visuals()).muted));
                    }
                    Standing::Placed(group) => {
                        let name = cx.view.groups.groups.iter().find(|g| g.id == group).map(|g| g.name.as_str());
                        let price = line.price.map(|p| cx.i18n.money(p)).unwrap_or_default();
                        let text = cx.i18n.tr_args(
                            "page-placed",
                            &[("group", Arg::from(name.unwrap_or_default())), ("price", Arg::from(price))],
                        );
                        if ui.link(text).clicked() {
                            cx.send(AppCommand::OpenGroup(group));
                        }
                    }
                }
                ui.end_row();
            }
        },
    );
}

fn groups_ui(ui: &mut Ui, lines: &[GroupLine], cx: &Cx<'_>) {
    widgets::section_heading(ui, &cx.i18n.tr("page-groups"));
    if lines.is_empty() {
        widgets::hint(ui, &cx.i18n.tr("page-none"));
        return;
    }
    egui::Grid::new("page_groups").num_columns(4).spacing([theme::GAP * 2.0, 6.0]).striped(true).show(ui, |ui| {
        for line in lines {
            if ui.link(&line.name).clicked() {
                cx.send(AppCommand::OpenGroup(line.id));
            }
            ui.label(format!(
                "{} · {}",
                cx.i18n.tr(match line.part {
                    Part::Member => "page-member",
                    Part::Coach => "role-coach",
                }),
                status_label(cx.i18n, line.status)
            ));
            let attendance = match line.part {
                Part::Member if line.held > 0 => {
                    let mut parts = vec![cx.i18n.tr_args(
                        "page-attendance",
                        &[("present", Arg::from(line.present)), ("held", Arg::from(line.held))],
                    )];
                    for (count, id) in [(line.excused, "page-excused"), (line.absent, "page-absent")] {
                        if count > 0 {
                            parts.push(cx.i18n.tr_args(id, &[("count", Arg::from(count))]));
                        }
                    }
                    parts.join(" · ")
                }
                _ => cx.i18n.tr_args("page-held", &[("held", Arg::from(line.held))]),
            };
            ui.label(attendance);
            ui.label(
                line.next
                    .map(|n| cx.i18n.tr_args("page-next", &[("date", Arg::from(cx.i18n.date_time(n)))]))
                    .unwrap_or_default(),
            );
            ui.end_row();
        }
    });
}

fn invoices_ui(ui: &mut Ui, page: &PersonPage, cx: &Cx<'_>) {
    widgets::section_heading(ui, &cx.i18n.tr("page-invoices"));
    if page.invoices.is_empty() {
        widgets::hint(ui, &cx.i18n.tr("page-none"));
        return;
    }
    egui::Grid::new("page_invoices").num_columns(5).spacing([theme::GAP * 2.0, 6.0]).striped(true).show(ui, |ui| {
        for id in &page.invoices {
            let Some(invoice) = cx.view.finance.invoices.iter().find(|i| i.id == *id) else { continue };
            let balance = cx.view.finance.balances.get(id).copied().unwrap_or_default();
            ui.label(invoice.number.clone().unwrap_or_else(|| cx.i18n.tr("pdf-draft")));
            ui.label(invoice.issue_date.map(|d| cx.i18n.date(d)).unwrap_or_default());
            ui.label(&invoice.customer.name);
            widgets::amount_cell(ui, RichText::new(cx.i18n.money(invoice.totals().total)));
            let (text, tone) = invoice_status(cx.i18n, invoice, &balance, cx.today);
            ui.label(RichText::new(text).color(theme::tone_colour(ui.visuals(), tone)));
            ui.end_row();
        }
    });
}
