//! How records are named in the database: ids, and enums stored as stable
//! text codes.

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

/// Declares the database id of a kind of record: a number that names one
/// row, never reused, compared and hashed as a whole.
macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
        )]
        pub struct $name(pub i64);
    };
}

pub(crate) use record_id;
pub(crate) use stored_codes;
