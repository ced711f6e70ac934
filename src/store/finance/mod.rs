//! Invoices and credit notes in the database.

mod invoices;
