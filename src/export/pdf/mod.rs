//! PDF documents: schedules, cost statements and invoices. Documents are
//! laid out as plain pages (`layout`) and converted to PDF in `render`.

pub mod contacts;
pub mod invoice;
pub mod layout;
pub mod page;
pub mod plan;
mod render;
pub mod report;
pub mod schedule;
pub mod statement;

pub use render::{FontError, Fonts};

use crate::domain::Organisation;
use crate::i18n::{Arg, I18n};
use layout::DocumentLayout;
use page::Page;

/// What every document needs: the language, the organisation and the fonts.
pub struct DocumentContext<'a> {
    pub i18n: &'a I18n,
    pub organisation: &'a Organisation,
    pub fonts: &'a Fonts,
    /// When the document is made: printed on it, and what counts as past.
    pub now: chrono::NaiveDateTime,
}

impl<'a> DocumentContext<'a> {
    /// A new layout headed by the organisation's name.
    pub fn layout(&self) -> DocumentLayout<'a> {
        DocumentLayout::new(self.fonts, self.organisation.name.clone())
    }

    /// Finishes the pages with "page n of m" in the document's language.
    pub fn finish(&self, layout: DocumentLayout<'_>) -> Vec<Page> {
        layout.finish(|page, total| {
            self.i18n.tr_args("pdf-page", &[("page", Arg::from(page)), ("total", Arg::from(total))])
        })
    }

    /// The PDF bytes of laid-out pages.
    pub fn render(&self, title: &str, pages: &[Page]) -> Vec<u8> {
        render::to_pdf(title, pages, self.fonts)
    }
}
