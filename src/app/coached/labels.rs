//! The Groups tab's words for codes and ids, in the user's language.

use crate::app::ViewData;
use crate::domain::PersonId;
use crate::domain::coached::groups::ApplicationStatus;
use crate::i18n::I18n;

pub use crate::ops::lists::{funding_label, slot_label, slots_label};

pub use crate::ops::lists::group_status_label as status_label;

/// The translated name of an application status.
pub fn application_label(i18n: &I18n, status: ApplicationStatus) -> String {
    i18n.tr(match status {
        ApplicationStatus::ToApply => "application-to-apply",
        ApplicationStatus::Applied => "application-applied",
        ApplicationStatus::Approved => "application-approved",
        ApplicationStatus::Refused => "application-refused",
    })
}

pub use crate::ops::lists::weekday_label;

/// The name of a person, or an empty string.
pub fn person_name(view: &ViewData, id: PersonId) -> &str {
    view.person(id).map(|p| p.name.as_ref()).unwrap_or("")
}

/// A person's name, marked when they are no longer active.
pub fn marked_name(i18n: &I18n, view: &ViewData, id: PersonId) -> String {
    match view.person(id) {
        Some(person) if !person.active => {
            i18n.tr_args("person-inactive-mark", &[("name", crate::i18n::Arg::from(person.name.as_ref()))])
        }
        Some(person) => person.name.to_string(),
        None => String::new(),
    }
}
