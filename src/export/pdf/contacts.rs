//! A network's contact sheet: the members with the details each agreed to
//! share, and the next meetings. Members who did not agree appear by name
//! and organisation only.

use super::DocumentContext;
use super::page::{BODY, Colour, Column, Page, Row};
use crate::i18n::Arg;

/// One member on the sheet; `phone` and `email` are empty unless shared.
pub struct ContactLine {
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub phone: String,
    pub email: String,
    pub shares: bool,
}

/// One coming meeting: date, weekday, time, and where or what is special.
pub struct MeetingLine {
    pub date: String,
    pub weekday: String,
    pub time: String,
    pub note: String,
}

/// What the sheet shows, already in the document's language.
pub struct ContactSheet {
    pub network: String,
    /// Who it is for, the convenor, when and where.
    pub details: Vec<(String, String)>,
    pub members: Vec<ContactLine>,
    pub meetings: Vec<MeetingLine>,
}

/// The pages of a contact sheet.
pub fn contact_sheet(ctx: &DocumentContext<'_>, sheet: &ContactSheet) -> Vec<Page> {
    let i18n = ctx.i18n;
    let mut layout = ctx.layout();
    layout.title(&i18n.tr_args("pdf-contacts-title", &[("network", Arg::from(sheet.network.as_str()))]));
    layout.space(6.0);
    let mut details = sheet.details.clone();
    details.push((i18n.tr("pdf-printed-on"), i18n.date(ctx.now.date())));
    layout.key_values(&details, 130.0);
    layout.space(10.0);
    layout.heading(&i18n.tr_args("pdf-contacts-members", &[("count", Arg::from(sheet.members.len()))]));
    layout.paragraph(&i18n.tr("pdf-contacts-consent"), BODY, Colour::MUTED);
    layout.space(4.0);
    let columns = [
        // A phone number and a role such as "Leidinggevende" fit on one
        // line; organisations wrap between their words.
        Column::left(i18n.tr("column-name"), 0.16),
        Column::left(i18n.tr("person-organisation"), 0.17),
        Column::left(i18n.tr("pdf-contacts-role"), 0.18),
        Column::left(i18n.tr("person-phone"), 0.19),
        Column::left(i18n.tr("person-email"), 0.30),
    ];
    let not_shared = i18n.tr("pdf-contacts-not-shared");
    let rows: Vec<Row> = sheet
        .members
        .iter()
        .map(|m| {
            let (phone, email) =
                if m.shares { (m.phone.clone(), m.email.clone()) } else { (not_shared.clone(), String::new()) };
            Row::new(vec![m.name.clone(), m.organisation.clone(), m.role.clone(), phone, email])
        })
        .collect();
    if rows.is_empty() {
        layout.paragraph(&i18n.tr("network-no-members"), BODY, Colour::MUTED);
    } else {
        layout.table(&columns, &rows);
    }
    layout.space(10.0);
    layout.heading(&i18n.tr("network-next-meetings"));
    if sheet.meetings.is_empty() {
        layout.paragraph(&i18n.tr("network-no-meetings"), BODY, Colour::MUTED);
    } else {
        let columns = [
            Column::left(i18n.tr("column-date"), 0.18),
            Column::left(i18n.tr("plan-weekday"), 0.16),
            Column::left(i18n.tr("column-time"), 0.16),
            Column::left(i18n.tr("pdf-contacts-note"), 0.5),
        ];
        let rows: Vec<Row> = sheet
            .meetings
            .iter()
            .map(|m| Row::new(vec![m.date.clone(), m.weekday.clone(), m.time.clone(), m.note.clone()]))
            .collect();
        layout.table(&columns, &rows);
    }
    ctx.finish(layout)
}
