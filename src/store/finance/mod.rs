//! Invoices, credit notes and their payments in the database.

mod invoices;
mod payments;
