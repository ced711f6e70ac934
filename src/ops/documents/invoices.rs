//! Invoices and credit notes as PDF, one by one or many in one file.

use super::{Document, DocumentMaker};
use crate::domain::Organisation;
use crate::domain::finance::invoices::{Invoice, InvoiceKind};
use crate::export::pdf::invoice::invoice_document;
use crate::export::pdf::page::Page;
use crate::export::pdf::{DocumentContext, FontError, Fonts};
use crate::export::slug;
use crate::i18n::Arg;

impl DocumentMaker {
    /// The laid-out pages of one invoice.
    pub fn invoice_pages(&self, organisation: &Organisation, invoice: &Invoice, all: &[Invoice]) -> Vec<Page> {
        let ctx = self.context_in(organisation, invoice.language.as_deref());
        let credited =
            invoice.credit_of.and_then(|id| all.iter().find(|i| i.id == id)).and_then(|i| i.number.as_deref());
        invoice_document(&ctx, invoice, credited)
    }

    /// Pages of several documents in one PDF, each keeping its page numbers.
    pub fn render_pages(&self, organisation: &Organisation, pages: &[Page]) -> Vec<u8> {
        let ctx = self.context(organisation);
        ctx.render(&self.i18n.tr("finance-invoices"), pages)
    }

    /// One invoice's PDF.
    pub fn invoice(&self, organisation: &Organisation, invoice: &Invoice, all: &[Invoice]) -> Document {
        let ctx = self.context_in(organisation, invoice.language.as_deref());
        invoice_pdf(&ctx, invoice, all)
    }

    /// One invoice laid out, to be drawn later with fonts made for a batch.
    pub fn invoice_laid_out(&self, organisation: &Organisation, invoice: &Invoice, all: &[Invoice]) -> LaidOut {
        let ctx = self.context_in(organisation, invoice.language.as_deref());
        lay_out(&ctx, invoice, all)
    }

    /// Fonts with only the glyphs of `documents`: reduced once for a batch,
    /// so that each file embeds them instead of subsetting the fonts again.
    pub fn fonts_for(&self, documents: &[LaidOut]) -> Result<Fonts, FontError> {
        self.fonts.reduced_to(documents.iter().flat_map(|d| d.pages.iter()))
    }

    /// The PDF of a laid-out document, drawn with `fonts`.
    pub fn render_laid_out(&self, organisation: &Organisation, fonts: &Fonts, document: &LaidOut) -> Document {
        let ctx = DocumentContext { fonts, ..self.context(organisation) };
        Document { file_name: document.file_name.clone(), bytes: ctx.render(&document.title, &document.pages) }
    }
}

/// A document laid out: its file name, its title and its pages.
pub struct LaidOut {
    pub file_name: String,
    pub title: String,
    pub pages: Vec<Page>,
}

/// The PDF of one invoice or credit note, named after its number in the
/// document's language.
pub fn invoice_pdf(ctx: &DocumentContext<'_>, invoice: &Invoice, all: &[Invoice]) -> Document {
    let laid_out = lay_out(ctx, invoice, all);
    Document { file_name: laid_out.file_name, bytes: ctx.render(&laid_out.title, &laid_out.pages) }
}

fn lay_out(ctx: &DocumentContext<'_>, invoice: &Invoice, all: &[Invoice]) -> LaidOut {
    let i18n = ctx.i18n;
    let credited = invoice.credit_of.and_then(|id| all.iter().find(|i| i.id == id)).and_then(|i| i.number.as_deref());
    let pages = invoice_document(ctx, invoice, credited);
    let (title_id, file_id) = match invoice.kind {
        InvoiceKind::Invoice => ("pdf-invoice-title", "file-invoice"),
        InvoiceKind::CreditNote => ("pdf-credit-note-title", "file-credit-note"),
    };
    let (file_id, number) = match &invoice.number {
        Some(number) => (file_id, number.clone()),
        None => ("file-draft", invoice.id.0.to_string()),
    };
    let file_name = format!("{}.pdf", i18n.tr_args(file_id, &[("number", Arg::from(slug(&number)))]));
    let shown = invoice.number.clone().unwrap_or_else(|| i18n.tr("pdf-draft"));
    LaidOut { file_name, title: format!("{} {shown}", i18n.tr(title_id)), pages }
}
