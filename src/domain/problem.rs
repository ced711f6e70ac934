//! What is wrong with a form, field by field. The window turns each
//! [`Problem`] into a sentence in the user's language beside the field.

/// One thing wrong with one value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The field must be filled in.
    Required,
    /// Not an email address like `name@example.org`.
    InvalidEmail,
    /// Not a phone number (digits, spaces, `+`, `-`, brackets; 6 to 15 digits).
    InvalidPhone,
    /// Not a valid IBAN (length or check digits wrong).
    InvalidIban,
    /// A Chamber of Commerce number has exactly 8 digits.
    InvalidChamberOfCommerce,
    /// Not a VAT identification number like `NL123456789B01`.
    InvalidVat,
    /// Not a whole number.
    NotAWholeNumber,
    /// Not an amount like `125,00`.
    InvalidAmount,
    /// Not a date.
    InvalidDate,
    /// A date that lies in the future where only the past makes sense.
    DateInFuture,
    /// A number outside the allowed range.
    OutOfRange { min: i64, max: i64 },
    /// The minimum is larger than the maximum.
    MinimumAboveMaximum,
    /// The end of a window lies before its start.
    EndBeforeStart,
    /// The name is already used in this list (or a person is listed twice).
    Duplicate,
    /// A group registration needs between `min` and `max` people.
    GroupSize { min: i64, max: i64 },
    /// An individual registration is for exactly one person.
    ExactlyOnePerson,
    /// Longer than `max` characters.
    TooLong { max: i64 },
    /// Not a web address starting with https://.
    InvalidLink,
    /// Not a time of day like 14:00.
    InvalidTime,
    /// Someone is already waiting with another registration.
    AlreadyWaiting,
    /// Someone is already in an active group.
    AlreadyInGroup,
    /// The group already meets then.
    SessionOverlap,
    /// Shorter than `min` characters.
    TooShort { min: i64 },
    /// Typed twice, but not the same.
    NotTheSame,
    /// Reported before the incident happened.
    BeforeIncident,
    /// The two rules of intervisie were not accepted.
    RulesNotAccepted,
    /// The chair of a circle cannot be one of its members.
    ChairIsMember,
    /// A payment dated before the invoice was issued.
    BeforeInvoice,
    /// More than the `max` that is outstanding (or owed back).
    AboveAmount { max: crate::domain::Money },
    /// Not a day and month like `24-12`.
    InvalidDayMonth,
    /// A line of the department clusters that cannot be read.
    ClusterLine { line: i64 },
    /// Two department clusters with the same name.
    DuplicateCluster { name: String },
    /// A department listed in two clusters.
    InTwoClusters { department: String },
    /// Not a full path to a folder, like `/mnt/backups` or `\\server\share`.
    NotAFullPath,
    /// The folder does not exist or cannot be reached.
    FolderMissing,
    /// A report later than a conversation already held on `held`.
    AfterConversation { held: chrono::NaiveDate },
}

/// The problems of a whole form, each tied to the name of its field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Problems(Vec<(&'static str, Problem)>);

impl Problems {
    /// No problems.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem with `field`.
    pub fn add(&mut self, field: &'static str, problem: Problem) {
        self.0.push((field, problem));
    }

    /// Records `problem` with `field` when there is one.
    pub fn add_if(&mut self, field: &'static str, problem: Option<Problem>) {
        if let Some(problem) = problem {
            self.add(field, problem);
        }
    }

    /// The first problem with `field`.
    pub fn for_field(&self, field: &str) -> Option<&Problem> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, p)| p)
    }

    /// True when the form may be saved.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fields that have a problem, in the order they were found.
    pub fn fields(&self) -> Vec<&'static str> {
        self.iter().map(|(field, _)| *field).collect()
    }

    /// Every problem in the order they were found.
    pub fn iter(&self) -> impl Iterator<Item = &(&'static str, Problem)> {
        self.0.iter()
    }
}
