//! The window's tabs, in the order they appear.

use serde::{Deserialize, Serialize};

/// The tabs, in the order they appear. A tab is listed once it works.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    #[default]
    People,
    Groups,
    Cases,
    Circles,
    Networks,
    Finance,
    Settings,
}

impl Tab {
    /// Every tab, left to right.
    pub const ALL: [Tab; 7] =
        [Tab::People, Tab::Groups, Tab::Cases, Tab::Circles, Tab::Networks, Tab::Finance, Tab::Settings];

    pub(crate) fn label_id(self) -> &'static str {
        match self {
            Tab::People => "tab-people",
            Tab::Groups => "tab-groups",
            Tab::Cases => "tab-cases",
            Tab::Circles => "tab-circles",
            Tab::Networks => "tab-networks",
            Tab::Finance => "tab-finance",
            Tab::Settings => "tab-settings",
        }
    }
}
