//! Matching a peer supporter to an employee involved in an incident: the
//! hard rules that always hold, and a ranking by closeness that says why.
//!
//! Hard rules (property-tested): never the employee, never anyone involved
//! in the same incident, never an inactive or untrained supporter, and an
//! employee's wish for someone from another department is respected.
//! Closeness: same position, same department, a neighbouring department
//! (the same cluster), a shared language, then fewer open trajectories.

use crate::domain::search::fold;
use crate::domain::{ListItemId, Person, PersonId, Role};
use std::cmp::Reverse;

pub use super::clusters::Clusters;

/// Whom a supporter is sought for, and what must be respected.
#[derive(Clone, Copy, Debug)]
pub struct Need<'a> {
    pub employee: &'a Person,
    /// Everyone involved in the same incident (the employee included).
    pub involved: &'a [PersonId],
    /// The employee asked for someone from another department.
    pub other_department: bool,
}

/// A peer supporter and how many trajectories they support now.
#[derive(Clone, Copy, Debug)]
pub struct Candidate<'a> {
    pub person: &'a Person,
    pub open_trajectories: usize,
}

/// Why a supporter is close to the employee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    SamePosition(ListItemId),
    SameDepartment(String),
    /// A neighbouring department: the same cluster.
    SameCluster(String),
    /// A language both speak (ISO 639-1).
    SharedLanguage(String),
    OpenTrajectories(usize),
}

/// A supporter who may be matched, with the reasons, closest first.
#[derive(Clone, Debug)]
pub struct Match<'a> {
    pub supporter: &'a Person,
    pub reasons: Vec<Reason>,
}

fn same_department(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    fold(a) == fold(b)
}

/// True when `person` is an active peer supporter with a training date.
pub fn is_trained_supporter(person: &Person) -> bool {
    person.active && person.roles.iter().any(|r| r.role == Role::PeerSupporter && r.trained_on.is_some())
}

/// The hard rules: may `candidate` support the employee of `need`?
pub fn may_support(candidate: &Person, need: &Need<'_>) -> bool {
    let employee = need.employee;
    let different_department =
        !candidate.department.trim().is_empty() && !same_department(&candidate.department, &employee.department);
    candidate.id != employee.id
        && !need.involved.contains(&candidate.id)
        && is_trained_supporter(candidate)
        && (!need.other_department || employee.department.trim().is_empty() || different_department)
}

/// The supporters who may be matched, closest first, each with why.
pub fn rank<'a>(candidates: &[Candidate<'a>], need: &Need<'_>, clusters: &Clusters) -> Vec<Match<'a>> {
    let employee = need.employee;
    let employee_cluster = clusters.of(&employee.department);
    // The departments of the employee's cluster, folded once, not per candidate.
    let neighbours = employee_cluster.map(|name| clusters.folded_departments(name)).unwrap_or_default();
    let mut ranked: Vec<(_, Match<'a>)> = candidates
        .iter()
        .filter(|c| may_support(c.person, need))
        .map(|c| {
            let person = c.person;
            let mut reasons = Vec::new();
            let position = employee.position.filter(|p| person.position == Some(*p));
            if let Some(position) = position {
                reasons.push(Reason::SamePosition(position));
            }
            let department = same_department(&person.department, &employee.department);
            if department {
                reasons.push(Reason::SameDepartment(person.department.trim().to_string()));
            }
            // A department belongs to one cluster at most (Settings refuses two).
            let neighbour =
                !department && !neighbours.is_empty() && neighbours.contains(&fold(person.department.trim()));
            let cluster = employee_cluster.filter(|_| neighbour);
            if let Some(name) = cluster {
                reasons.push(Reason::SameCluster(name.to_string()));
            }
            let language = employee.languages.iter().find(|l| person.languages.contains(l));
            if let Some(language) = language {
                reasons.push(Reason::SharedLanguage(language.to_string()));
            }
            reasons.push(Reason::OpenTrajectories(c.open_trajectories));
            let key = (
                Reverse(position.is_some()),
                Reverse(department),
                Reverse(cluster.is_some()),
                Reverse(language.is_some()),
                c.open_trajectories,
                fold(&person.name),
                person.id,
            );
            (key, Match { supporter: person, reasons })
        })
        .collect();
    ranked.sort_by(|a, b| a.0.cmp(&b.0));
    ranked.into_iter().map(|(_, m)| m).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::RoleAssignment;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn supporter(id: i64, name: &str, department: &str, position: Option<i64>, languages: &[&str]) -> Person {
        let trained_on = NaiveDate::from_ymd_opt(2025, 3, 1);
        Person {
            department: department.into(),
            position: position.map(ListItemId),
            roles: vec![RoleAssignment { role: Role::PeerSupporter, trained_on }],
            ..Person::sample(id, name, languages, Role::PeerSupporter)
        }
    }

    fn acute_care() -> Clusters {
        Clusters(vec![(
            "acute care".into(),
            vec!["Spoedeisende Hulp".into(), "Intensive Care".into(), "Anesthesiologie".into()],
        )])
    }

    #[test]
    fn the_closest_supporter_comes_first_and_says_why() {
        let nurse = Some(3);
        let employee =
            Person { roles: Vec::new(), ..supporter(1, "Sanne (employee)", "Intensive Care", nurse, &["nl"]) };
        let people = [
            supporter(2, "Same nurse, same ward", "Intensive Care", nurse, &["nl"]),
            supporter(3, "Nurse from the emergency room", "Spoedeisende Hulp", nurse, &["en"]),
            supporter(4, "Doctor from the same ward", "Intensive Care", Some(5), &["nl"]),
            supporter(5, "Nurse far away", "Dermatologie", nurse, &["nl"]),
            supporter(6, "Involved colleague", "Intensive Care", nurse, &["nl"]),
        ];
        let candidates: Vec<Candidate> = people.iter().map(|p| Candidate { person: p, open_trajectories: 1 }).collect();
        let involved = [PersonId(1), PersonId(6)];
        let need = Need { employee: &employee, involved: &involved, other_department: false };
        let ranked = rank(&candidates, &need, &acute_care());
        let names: Vec<&str> = ranked.iter().map(|m| m.supporter.name.as_ref()).collect();
        assert_eq!(
            names,
            ["Same nurse, same ward", "Nurse from the emergency room", "Nurse far away", "Doctor from the same ward"]
        );
        assert_eq!(
            ranked[1].reasons,
            [
                Reason::SamePosition(ListItemId(3)),
                Reason::SameCluster("acute care".into()),
                Reason::OpenTrajectories(1)
            ]
        );

        // Asked for someone from another department: the ward's own supporters drop out.
        let need = Need { other_department: true, ..need };
        let names: Vec<String> =
            rank(&candidates, &need, &acute_care()).iter().map(|m| m.supporter.name.to_string()).collect();
        assert_eq!(names, ["Nurse from the emergency room", "Nurse far away"]);
    }

    #[test]
    fn fewer_open_trajectories_break_a_tie() {
        let employee = Person { roles: Vec::new(), ..supporter(1, "Employee", "Radiologie", None, &[]) };
        let (busy, free) = (supporter(2, "Busy", "Oncologie", None, &[]), supporter(3, "Free", "Oncologie", None, &[]));
        let candidates =
            [Candidate { person: &busy, open_trajectories: 4 }, Candidate { person: &free, open_trajectories: 0 }];
        let need = Need { employee: &employee, involved: &[PersonId(1)], other_department: false };
        let ranked = rank(&candidates, &need, &Clusters::default());
        assert_eq!(&*ranked[0].supporter.name, "Free");
    }

    const DEPARTMENTS: [&str; 5] = ["Spoedeisende Hulp", "Intensive Care", "Anesthesiologie", "Radiologie", ""];

    fn person_strategy(id: i64) -> impl Strategy<Value = Person> {
        (0..DEPARTMENTS.len(), proptest::option::of(0i64..3), any::<bool>(), 0u8..3, any::<bool>()).prop_map(
            move |(department, position, active, role, speaks_nl)| {
                let mut person = supporter(id, &format!("P{id}"), DEPARTMENTS[department], position, &[]);
                person.active = active;
                person.roles = match role {
                    0 => Vec::new(),
                    1 => vec![RoleAssignment { role: Role::PeerSupporter, trained_on: None }],
                    _ => person.roles,
                };
                if speaks_nl {
                    person.languages = crate::domain::person::Languages::from_codes(["nl"]);
                }
                person
            },
        )
    }

    proptest! {
        /// Whatever the directory, the incident and the wish: every match
        /// keeps the hard rules, and every supporter who keeps them is offered.
        #[test]
        fn every_match_keeps_the_hard_rules(
            people in (1i64..=12).map(person_strategy).collect::<Vec<_>>(),
            employee_index in 0usize..12,
            involved_mask in proptest::collection::vec(any::<bool>(), 12),
            other_department in any::<bool>(),
            open in proptest::collection::vec(0usize..5, 12),
        ) {
            let employee = &people[employee_index];
            let mut involved: Vec<PersonId> = people
                .iter()
                .zip(&involved_mask)
                .filter(|(_, i)| **i)
                .map(|(p, _)| p.id)
                .collect();
            involved.push(employee.id);
            let candidates: Vec<Candidate> =
                people.iter().zip(&open).map(|(p, o)| Candidate { person: p, open_trajectories: *o }).collect();
            let need = Need { employee, involved: &involved, other_department };
            let ranked = rank(&candidates, &need, &acute_care());
            for m in &ranked {
                let s = m.supporter;
                prop_assert!(s.id != employee.id);
                prop_assert!(!involved.contains(&s.id));
                prop_assert!(s.active && s.roles.iter().any(|r| r.role == Role::PeerSupporter && r.trained_on.is_some()));
                if other_department && !employee.department.is_empty() {
                    prop_assert!(!s.department.is_empty() && fold(&s.department) != fold(&employee.department));
                }
            }
            let eligible = people.iter().filter(|p| may_support(p, &need)).count();
            prop_assert_eq!(ranked.len(), eligible);
        }
    }
}
