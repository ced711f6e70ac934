//! People: everyone PeerDesk knows, with the roles they hold.

use super::lists::ListItemId;
use super::problem::{Problem, Problems};
use super::search::fold;
use super::validate;
use crate::domain::codes::{record_id, stored_codes};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

record_id!(
    /// The database id of a person.
    PersonId
);

/// What a person does in the programmes. A person may hold several roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    Participant,
    Coach,
    PeerSupporter,
    CircleChair,
    Mentor,
}

stored_codes!(Role {
    Participant => "participant",
    Coach => "coach",
    PeerSupporter => "peer_supporter",
    CircleChair => "circle_chair",
    Mentor => "mentor",
});

impl Role {
    /// Peer supporters are trained colleagues (DOMAIN: "carefully selected,
    /// trained"), so their training date is recorded.
    pub fn needs_training_date(self) -> bool {
        self == Role::PeerSupporter
    }
}

/// A role held by a person; a peer supporter also has the date of training.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleAssignment {
    pub role: Role,
    pub trained_on: Option<NaiveDate>,
}

pub use super::languages::{Languages, SPOKEN_LANGUAGES};

/// A person as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    // Texts that are not edited in place are boxed (16 bytes where a String
    // takes 24); organisation and department repeat across the directory,
    // so everyone with the same one shares it.
    pub name: Box<str>,
    pub email: Box<str>,
    pub phone: Box<str>,
    pub organisation: Arc<str>,
    pub department: Arc<str>,
    pub position: Option<ListItemId>,
    pub career_phase: Option<ListItemId>,
    pub languages: Languages,
    pub roles: Vec<RoleAssignment>,
    pub active: bool,
    /// The stored record's version: it grows with every save, so that a save
    /// made from an older version is refused instead of overwriting.
    pub version: i64,
}

impl Person {
    /// True when the person holds `role`.
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.iter().any(|r| r.role == role)
    }

    /// A draft to edit this person.
    pub fn to_draft(&self) -> PersonDraft {
        PersonDraft {
            id: Some(self.id),
            name: self.name.to_string(),
            email: self.email.to_string(),
            phone: self.phone.to_string(),
            organisation: self.organisation.to_string(),
            department: self.department.to_string(),
            position: self.position,
            career_phase: self.career_phase,
            languages: self.languages.to_vec(),
            roles: self.roles.clone(),
            active: self.active,
            version: Some(self.version),
        }
    }
}

#[cfg(test)]
impl Person {
    /// An active person with a name and nothing else, for tests.
    pub fn sample(id: i64, name: &str, languages: &[&str], role: Role) -> Person {
        Person {
            id: PersonId(id),
            name: name.into(),
            email: "".into(),
            phone: "".into(),
            organisation: "".into(),
            department: "".into(),
            position: None,
            career_phase: None,
            languages: Languages::from_codes(languages),
            roles: vec![RoleAssignment { role, trained_on: None }],
            active: true,
            version: 1,
        }
    }
}

/// A person being added (`id` is `None`) or edited.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonDraft {
    pub id: Option<PersonId>,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub organisation: String,
    pub department: String,
    pub position: Option<ListItemId>,
    pub career_phase: Option<ListItemId>,
    pub languages: Vec<String>,
    pub roles: Vec<RoleAssignment>,
    pub active: bool,
    /// The version of the stored person this draft was made from; `None`
    /// for a new person.
    #[serde(default)]
    pub version: Option<i64>,
}

impl Default for PersonDraft {
    fn default() -> Self {
        PersonDraft {
            id: None,
            name: String::new(),
            email: String::new(),
            phone: String::new(),
            organisation: String::new(),
            department: String::new(),
            position: None,
            career_phase: None,
            languages: Vec::new(),
            roles: Vec::new(),
            active: true,
            version: None,
        }
    }
}

/// Field names used in [`Problems`] of a person.
pub mod field {
    pub const NAME: &str = "name";
    pub const EMAIL: &str = "email";
    pub const PHONE: &str = "phone";
    pub const ORGANISATION: &str = "organisation";
    pub const DEPARTMENT: &str = "department";
    pub const TRAINED_ON: &str = "trained_on";
    pub const LANGUAGES: &str = "languages";
}

/// The longest name or organisation, in characters: room for any real
/// one, not for a paste gone wrong.
pub const NAME_MAX: usize = 100;
/// The longest e-mail address (RFC 5321) and phone number.
pub const EMAIL_MAX: usize = 254;
pub const PHONE_MAX: usize = 40;

impl PersonDraft {
    /// What is wrong with the draft; `today` bounds the training date.
    pub fn problems(&self, today: NaiveDate) -> Problems {
        let mut problems = Problems::new();
        if self.name.trim().is_empty() {
            problems.add(field::NAME, Problem::Required);
        }
        problems.add_if(field::EMAIL, validate::optional(&self.email, validate::email));
        problems.add_if(field::PHONE, validate::optional(&self.phone, validate::phone));
        // A department is as long as an incident's, which copies it.
        let department_max = crate::domain::incidents::cases::DEPARTMENT_MAX;
        let texts = [
            (field::NAME, NAME_MAX, &self.name),
            (field::EMAIL, EMAIL_MAX, &self.email),
            (field::PHONE, PHONE_MAX, &self.phone),
            (field::ORGANISATION, NAME_MAX, &self.organisation),
            (field::DEPARTMENT, department_max, &self.department),
        ];
        for (field, max, text) in texts {
            if text.trim().chars().count() > max && problems.for_field(field).is_none() {
                problems.add(field, Problem::TooLong { max: max as i64 });
            }
        }
        // The form offers only the listed languages; the store refuses any
        // other, which the directory could not hold.
        if self.languages.iter().any(|l| !SPOKEN_LANGUAGES.contains(&l.as_str())) {
            problems.add(field::LANGUAGES, Problem::Required);
        }
        for assignment in &self.roles {
            if assignment.role.needs_training_date() {
                match assignment.trained_on {
                    None => problems.add(field::TRAINED_ON, Problem::Required),
                    Some(date) if date > today => problems.add(field::TRAINED_ON, Problem::DateInFuture),
                    Some(_) => {}
                }
            }
        }
        problems
    }

    /// Whether the draft holds `role`.
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.iter().any(|r| r.role == role)
    }

    /// Adds or removes `role`, keeping the roles in their listed order.
    pub fn set_role(&mut self, role: Role, held: bool) {
        self.roles.retain(|r| r.role != role);
        if held {
            self.roles.push(RoleAssignment { role, trained_on: None });
            self.roles.sort_by_key(|r| r.role);
        }
    }

    /// The same draft with surrounding spaces removed from its text fields.
    pub fn trimmed(&self) -> PersonDraft {
        let mut draft = self.clone();
        for text in
            [&mut draft.name, &mut draft.email, &mut draft.phone, &mut draft.organisation, &mut draft.department]
        {
            *text = text.trim().to_string();
        }
        draft
    }
}

/// Another person who looks like the one being entered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Duplicate {
    SameName { id: PersonId, name: String },
    SameEmail { id: PersonId, name: String },
}

/// People other than the draft itself with the same name (ignoring case and
/// accents) or the same email address. A warning, not an error: two people
/// may share a name.
pub fn find_duplicates<'a>(
    draft: &PersonDraft,
    people: impl IntoIterator<Item = (PersonId, &'a str, &'a str)>,
) -> Vec<Duplicate> {
    let name = fold(draft.name.trim());
    let email = draft.email.trim().to_lowercase();
    let mut found = Vec::new();
    for (id, other_name, other_email) in people {
        if Some(id) == draft.id {
            continue;
        }
        if !name.is_empty() && fold(other_name) == name {
            found.push(Duplicate::SameName { id, name: other_name.to_string() });
        } else if !email.is_empty() && other_email.to_lowercase() == email {
            found.push(Duplicate::SameEmail { id, name: other_name.to_string() });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn a_text_longer_than_its_field_takes_is_a_problem_of_that_field() {
        let long = |n: usize| "é".repeat(n);
        let draft = PersonDraft { name: long(100), department: long(80), ..PersonDraft::default() };
        assert!(draft.problems(today()).is_empty(), "as long as it may be, counted in characters");
        let draft = PersonDraft { name: long(101), organisation: long(101), department: long(81), ..draft };
        let problems = draft.problems(today());
        assert_eq!(problems.for_field(field::NAME), Some(&Problem::TooLong { max: 100 }));
        assert_eq!(problems.for_field(field::ORGANISATION), Some(&Problem::TooLong { max: 100 }));
        assert_eq!(problems.for_field(field::DEPARTMENT), Some(&Problem::TooLong { max: 80 }));
        assert_eq!(problems.for_field(field::EMAIL), None);
    }

    fn draft(name: &str, email: &str) -> PersonDraft {
        PersonDraft { name: name.into(), email: email.into(), ..PersonDraft::default() }
    }

    #[test]
    fn a_person_needs_a_name_and_valid_contact_details() {
        let problems = draft("  ", "not-an-email").problems(today());
        assert_eq!(problems.for_field(field::NAME), Some(&Problem::Required));
        assert_eq!(problems.for_field(field::EMAIL), Some(&Problem::InvalidEmail));
        assert!(draft("Anna de Vries", "").problems(today()).is_empty());
    }

    #[test]
    fn a_peer_supporter_needs_a_training_date_in_the_past() {
        let mut person = draft("Sanne Bakker", "");
        person.set_role(Role::PeerSupporter, true);
        assert_eq!(person.problems(today()).for_field(field::TRAINED_ON), Some(&Problem::Required));
        person.roles[0].trained_on = NaiveDate::from_ymd_opt(2027, 1, 1);
        assert_eq!(person.problems(today()).for_field(field::TRAINED_ON), Some(&Problem::DateInFuture));
        person.roles[0].trained_on = NaiveDate::from_ymd_opt(2025, 3, 12);
        assert!(person.problems(today()).is_empty());
    }

    #[test]
    fn roles_stay_in_order_and_are_not_repeated() {
        let mut person = PersonDraft::default();
        person.set_role(Role::Mentor, true);
        person.set_role(Role::Coach, true);
        person.set_role(Role::Coach, true);
        let roles: Vec<Role> = person.roles.iter().map(|r| r.role).collect();
        assert_eq!(roles, vec![Role::Coach, Role::Mentor]);
        person.set_role(Role::Mentor, false);
        assert!(!person.has_role(Role::Mentor));
    }

    #[test]
    fn same_name_ignoring_accents_or_same_email_is_a_duplicate() {
        let people = [(PersonId(1), "Zoë Jansen", "z.jansen@umc.nl"), (PersonId(2), "Piet Smit", "p.smit@umc.nl")];
        let found = find_duplicates(&draft("zoe jansen", ""), people);
        assert_eq!(found, vec![Duplicate::SameName { id: PersonId(1), name: "Zoë Jansen".into() }]);
        let found = find_duplicates(&draft("Pieter Smit", "P.Smit@umc.nl"), people);
        assert_eq!(found, vec![Duplicate::SameEmail { id: PersonId(2), name: "Piet Smit".into() }]);
        let mut own = draft("Piet Smit", "");
        own.id = Some(PersonId(2));
        assert!(find_duplicates(&own, people).is_empty());
    }
}
