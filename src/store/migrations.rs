//! The schema as numbered, append-only migrations. Never edit a migration
//! that has shipped: add a new one. `PRAGMA user_version` holds the number of
//! migrations applied.

/// Every migration, in order; the database's `user_version` counts how many
/// have been applied.
pub const MIGRATIONS: &[&str] = &[
    include_str!("sql/0001_foundation.sql"),
    include_str!("sql/0002_coached_groups.sql"),
    include_str!("sql/0003_invoices.sql"),
    include_str!("sql/0004_invoice_line_amounts.sql"),
    include_str!("sql/0005_safe_data.sql"),
    include_str!("sql/0006_access_log.sql"),
    include_str!("sql/0007_incident_support.sql"),
    include_str!("sql/0008_networks.sql"),
    include_str!("sql/0009_circles.sql"),
    include_str!("sql/0010_incident_report.sql"),
    include_str!("sql/0011_payments.sql"),
    include_str!("sql/0012_incident_people.sql"),
    include_str!("sql/0013_access_log_cases.sql"),
    include_str!("sql/0014_group_versions.sql"),
    include_str!("sql/0015_lookup_indexes.sql"),
    include_str!("sql/0016_small_form_versions.sql"),
];

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}
