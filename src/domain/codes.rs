//! Enums stored in the database as stable text codes.

/// Gives an enum its stored codes: `ALL` (in the order listed), `code()`
/// and `from_code()`. A code, once shipped, never changes.
macro_rules! stored_codes {
    ($name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $name {
            /// Every value, in the order listed.
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$variant),+];

            /// The stable code stored in the database.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The value for a stored code.
            pub fn from_code(code: &str) -> Option<Self> {
                $name::ALL.into_iter().find(|value| value.code() == code)
            }
        }
    };
}

pub(crate) use stored_codes;
