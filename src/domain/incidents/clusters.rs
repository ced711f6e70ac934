//! Departments that work closely together, each cluster with a name
//! ("Acute care: Emergency, Intensive Care, Anaesthesiology"). Matching
//! prefers a supporter from a neighbouring department: the same cluster.
//! Edited in Settings as one cluster per line.

use crate::domain::problem::Problem;
use crate::domain::search::fold;
use serde::{Deserialize, Serialize};

/// The organisation's department clusters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clusters(pub Vec<(String, Vec<String>)>);

impl Clusters {
    /// The cluster `department` belongs to (accents and case ignored).
    pub fn of(&self, department: &str) -> Option<&str> {
        let wanted = fold(department.trim());
        if wanted.is_empty() {
            return None;
        }
        self.0
            .iter()
            .find(|(_, departments)| departments.iter().any(|d| fold(d.trim()) == wanted))
            .map(|(name, _)| name.as_str())
    }

    /// The departments of cluster `name`, folded for comparison with [`fold`].
    pub fn folded_departments(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(n, _)| n == name).flat_map(|(_, ds)| ds.iter().map(|d| fold(d.trim()))).collect()
    }

    /// As typed and stored: one cluster per line, `name: department, department`.
    pub fn text(&self) -> String {
        self.0
            .iter()
            .map(|(name, departments)| format!("{name}: {}", departments.join(", ")))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Reads the clusters as typed: one per line, a name, a colon, then two
    /// or more departments separated by commas; empty lines are skipped.
    /// The first line that cannot be read is the problem.
    pub fn parse(text: &str) -> Result<Clusters, Problem> {
        let mut clusters = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let bad = Problem::ClusterLine { line: i64::try_from(index + 1).unwrap_or(i64::MAX) };
            let Some((name, departments)) = line.split_once(':') else { return Err(bad) };
            let departments: Vec<String> =
                departments.split(',').map(|d| d.trim().to_string()).filter(|d| !d.is_empty()).collect();
            if name.trim().is_empty() || departments.len() < 2 {
                return Err(bad);
            }
            clusters.push((name.trim().to_string(), departments));
        }
        let clusters = Clusters(clusters);
        match clusters.problem() {
            Some(problem) => Err(problem),
            None => Ok(clusters),
        }
    }

    /// The clusters as typed in a form, or none with the problem recorded
    /// for `field`.
    pub fn from_form(text: &str, field: &'static str, problems: &mut crate::domain::Problems) -> Clusters {
        Clusters::parse(text).unwrap_or_else(|problem| {
            problems.add(field, problem);
            Clusters::default()
        })
    }

    /// What is wrong with the clusters as a whole: a name used twice, or a
    /// department in two clusters (matching could not say which is meant).
    pub fn problem(&self) -> Option<Problem> {
        let mut names = std::collections::HashSet::new();
        let mut departments = std::collections::HashMap::new();
        for (name, members) in &self.0 {
            if name.trim().is_empty() || members.len() < 2 {
                return Some(Problem::ClusterLine { line: 0 });
            }
            if !names.insert(fold(name.trim())) {
                return Some(Problem::DuplicateCluster { name: name.clone() });
            }
            for department in members {
                if let Some(other) = departments.insert(fold(department.trim()), name)
                    && other != name
                {
                    return Some(Problem::InTwoClusters { department: department.clone() });
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_are_read_line_by_line_and_written_back_alike() {
        let text = "Acute zorg: Spoedeisende Hulp, Intensive Care, Anesthesiologie\n\n Moeder en kind :Verloskunde,Kindergeneeskunde ";
        let clusters = Clusters::parse(text).unwrap_or_default();
        assert_eq!(clusters.0.len(), 2);
        assert_eq!(clusters.of("intensive care"), Some("Acute zorg"));
        assert_eq!(clusters.of("Kindergeneeskunde"), Some("Moeder en kind"));
        assert_eq!(clusters.of("Radiologie"), None);
        assert_eq!(Clusters::parse(&clusters.text()), Ok(clusters));
        assert_eq!(Clusters::parse(""), Ok(Clusters::default()));
    }

    #[test]
    fn a_line_that_cannot_be_read_is_named() {
        assert_eq!(Clusters::parse("Acute zorg: SEH, IC\nRadiologie"), Err(Problem::ClusterLine { line: 2 }));
        assert_eq!(Clusters::parse(": SEH, IC"), Err(Problem::ClusterLine { line: 1 }));
        assert_eq!(Clusters::parse("Alleen: SEH"), Err(Problem::ClusterLine { line: 1 }));
        assert_eq!(
            Clusters::parse("Acuut: SEH, IC\nACUUT: Radiologie, Nucleaire"),
            Err(Problem::DuplicateCluster { name: "ACUUT".into() })
        );
        assert_eq!(
            Clusters::parse("Acuut: SEH, IC\nSnijdend: Heelkunde, ic"),
            Err(Problem::InTwoClusters { department: "ic".into() })
        );
    }
}
