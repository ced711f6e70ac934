//! The use cases shared by the window and the command line: they use both
//! the store and export (documents, batch printing, the demo).

pub mod access;
pub mod batch;
pub mod cases;
pub mod circles;
pub mod demo;
pub mod documents;
pub mod import;
pub mod invoicing;
pub mod lists;
pub mod messages;
pub mod networks;
pub mod person_page;
