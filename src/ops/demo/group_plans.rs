//! What the groups demo holds: the departments with a cost centre, the themes
//! people bring, a dozen groups in every state, and who waits.

use crate::domain::coached::groups::{ApplicationStatus, GroupStatus};

pub(super) const COST_CENTRE_DEPARTMENTS: &[&str] =
    &["Cardiologie", "Neurologie", "Intensive Care", "Oncologie", "Kindergeneeskunde", "Epidemiologie", "Genetica"];

pub(super) const THEMES: &[&str] = &[
    "Juggling tasks",
    "Steering a research team",
    "Communicating with my supervisor",
    "Werkdruk en grenzen stellen",
    "Feedback geven en ontvangen",
    "Combining research and clinical work",
];

/// One demo group: how long ago it was formed, its state and how it was registered.
pub(super) struct Plan {
    pub(super) name: &'static str,
    pub(super) status: GroupStatus,
    pub(super) formed_days_ago: u64,
    /// `None`: individuals placed together; `Some(n)`: one group registration of n.
    pub(super) group_registration: Option<usize>,
    pub(super) position: &'static str,
    pub(super) central: Option<ApplicationStatus>,
    pub(super) online: bool,
}

pub(super) const PLANS: &[Plan] = &[
    Plan {
        name: "PostDocs 1",
        status: GroupStatus::Completed,
        formed_days_ago: 260,
        group_registration: Some(5),
        position: "postdoc",
        central: Some(ApplicationStatus::Approved),
        online: false,
    },
    Plan {
        name: "Verpleegkundigen IC",
        status: GroupStatus::Completed,
        formed_days_ago: 230,
        group_registration: Some(4),
        position: "nurse",
        central: None,
        online: false,
    },
    Plan {
        name: "Promovendi A",
        status: GroupStatus::Completed,
        formed_days_ago: 200,
        group_registration: None,
        position: "phd-candidate",
        central: None,
        online: true,
    },
    Plan {
        name: "PostDocs 2",
        status: GroupStatus::Running,
        formed_days_ago: 75,
        group_registration: None,
        position: "postdoc",
        central: Some(ApplicationStatus::Approved),
        online: false,
    },
    Plan {
        name: "Arts-assistenten",
        status: GroupStatus::Running,
        formed_days_ago: 60,
        group_registration: Some(5),
        position: "resident",
        central: None,
        online: false,
    },
    Plan {
        name: "Promovendi B",
        status: GroupStatus::Running,
        formed_days_ago: 45,
        group_registration: Some(4),
        position: "phd-candidate",
        central: None,
        online: true,
    },
    Plan {
        name: "Medewerkers",
        status: GroupStatus::Running,
        formed_days_ago: 40,
        group_registration: None,
        position: "staff-member",
        central: None,
        online: false,
    },
    Plan {
        name: "PostDocs 3",
        status: GroupStatus::Running,
        formed_days_ago: 30,
        group_registration: Some(4),
        position: "postdoc",
        central: Some(ApplicationStatus::Applied),
        online: true,
    },
    Plan {
        name: "Verpleegkundigen",
        status: GroupStatus::Forming,
        formed_days_ago: 9,
        group_registration: None,
        position: "nurse",
        central: None,
        online: false,
    },
    Plan {
        name: "PostDocs 4",
        status: GroupStatus::Forming,
        formed_days_ago: 4,
        group_registration: Some(5),
        position: "postdoc",
        central: Some(ApplicationStatus::ToApply),
        online: false,
    },
    Plan {
        name: "Specialisten",
        status: GroupStatus::Cancelled,
        formed_days_ago: 120,
        group_registration: Some(4),
        position: "medical-specialist",
        central: None,
        online: false,
    },
    Plan {
        name: "Onderzoekers",
        status: GroupStatus::Completed,
        formed_days_ago: 320,
        group_registration: None,
        position: "researcher",
        central: None,
        online: true,
    },
    Plan {
        name: "Promovendi 2025",
        status: GroupStatus::Completed,
        formed_days_ago: 430,
        group_registration: None,
        position: "phd-candidate",
        central: None,
        online: false,
    },
    Plan {
        name: "Verpleegkundigen 2025",
        status: GroupStatus::Completed,
        formed_days_ago: 500,
        group_registration: Some(5),
        position: "nurse",
        central: None,
        online: false,
    },
];

/// Waiting individuals per position: several PostDocs and PhD candidates so
/// that proposals appear, and a few others who wait for company.
pub(super) const WAITING: &[(&str, usize)] =
    &[("postdoc", 6), ("phd-candidate", 4), ("nurse", 2), ("resident", 1), ("staff-member", 1), ("manager", 1)];
