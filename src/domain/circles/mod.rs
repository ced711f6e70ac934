//! Intervisie circles and mentoring (DOMAIN.md, programme 4): the numbers
//! edited in Settings.

use serde::{Deserialize, Serialize};

/// The circles programme's numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CircleDefaults {
    /// Largest intervisie circle (4).
    pub circle_size: i64,
}

impl Default for CircleDefaults {
    fn default() -> Self {
        CircleDefaults { circle_size: 4 }
    }
}
