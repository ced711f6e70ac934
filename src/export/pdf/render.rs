//! The one module that speaks printpdf: it embeds the fonts, measures text
//! and turns laid-out pages into PDF bytes. The printpdf API changes between
//! versions, so it stays in this file.

use super::page::{Colour, Item, PAGE_HEIGHT, PAGE_WIDTH, Page, TextMeasure, Weight};
use printpdf::{
    Color, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point,
    Pt, Rect, Rgb, TextItem,
};
use std::collections::BTreeMap;

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// The embedded fonts, parsed once and shared by every document.
pub struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
    /// Already reduced to the glyphs a batch of documents uses: embedded as
    /// they are instead of being subset again for every document.
    reduced: bool,
}

/// The bundled fonts could not be read (a broken build).
#[derive(Debug, thiserror::Error)]
#[error("the fonts bundled with PeerDesk could not be read")]
pub struct FontError;

impl Fonts {
    /// Parses the bundled DejaVu Sans fonts.
    pub fn load() -> Result<Fonts, FontError> {
        let mut warnings = Vec::new();
        let regular = ParsedFont::from_bytes(REGULAR, 0, &mut warnings).ok_or(FontError)?;
        let bold = ParsedFont::from_bytes(BOLD, 0, &mut warnings).ok_or(FontError)?;
        Ok(Fonts { regular, bold, reduced: false })
    }

    /// Fonts with only the glyphs that `pages` use, made once for a batch of
    /// documents so that each document embeds them without subsetting again.
    /// Text is measured with the full fonts; the reduced ones draw it.
    pub fn reduced_to<'p>(&self, pages: impl IntoIterator<Item = &'p Page>) -> Result<Fonts, FontError> {
        let mut used: [BTreeMap<u16, String>; 2] = [BTreeMap::new(), BTreeMap::new()];
        for page in pages {
            for item in &page.items {
                if let Item::Text { weight, text, .. } = item {
                    let (font, glyphs) = match weight {
                        Weight::Regular => (&self.regular, &mut used[0]),
                        Weight::Bold => (&self.bold, &mut used[1]),
                    };
                    for c in text.chars() {
                        if let Some(glyph) = font.lookup_glyph_index(c as u32) {
                            glyphs.entry(glyph).or_insert_with(|| c.to_string());
                        }
                    }
                }
            }
        }
        let reduce = |font: &ParsedFont, glyphs: &BTreeMap<u16, String>| -> Result<ParsedFont, FontError> {
            let subset = printpdf::subset_font(font, glyphs).map_err(|_| FontError)?;
            let mut warnings = Vec::new();
            ParsedFont::from_bytes(&subset.bytes, 0, &mut warnings).ok_or(FontError)
        };
        Ok(Fonts { regular: reduce(&self.regular, &used[0])?, bold: reduce(&self.bold, &used[1])?, reduced: true })
    }

    fn font(&self, weight: Weight) -> &ParsedFont {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

impl TextMeasure for Fonts {
    fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        let font = self.font(weight);
        let units = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        let advance: u32 = text
            .chars()
            .map(|c| {
                font.lookup_glyph_index(c as u32).map(|gid| u32::from(font.get_horizontal_advance(gid))).unwrap_or(0)
            })
            .sum();
        advance as f32 * size / units
    }
}

fn colour(c: Colour) -> Color {
    Color::Rgb(Rgb { r: c.0, g: c.1, b: c.2, icc_profile: None })
}

fn point(x: f32, y_from_top: f32) -> Point {
    Point { x: Pt(x), y: Pt(PAGE_HEIGHT - y_from_top) }
}

/// The PDF bytes of `pages`, titled `title`.
pub fn to_pdf(title: &str, pages: &[Page], fonts: &Fonts) -> Vec<u8> {
    let mut document = PdfDocument::new(title);
    let regular = PdfFontHandle::External(document.add_font(&fonts.regular));
    let bold = PdfFontHandle::External(document.add_font(&fonts.bold));
    let pdf_pages: Vec<PdfPage> = pages
        .iter()
        .map(|page| {
            let mut ops = Vec::with_capacity(page.items.len() * 6);
            for item in &page.items {
                match item {
                    Item::Text { x, y, size, weight, colour: c, text } => {
                        let font = if *weight == Weight::Bold { bold.clone() } else { regular.clone() };
                        ops.push(Op::StartTextSection);
                        ops.push(Op::SetFont { font, size: Pt(*size) });
                        ops.push(Op::SetFillColor { col: colour(*c) });
                        ops.push(Op::SetTextCursor { pos: point(*x, *y) });
                        ops.push(Op::ShowText { items: vec![TextItem::Text(text.clone())] });
                        ops.push(Op::EndTextSection);
                    }
                    Item::Line { x1, y1, x2, y2, width, colour: c } => {
                        ops.push(Op::SetOutlineColor { col: colour(*c) });
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                        ops.push(Op::DrawLine {
                            line: Line {
                                points: vec![
                                    LinePoint { p: point(*x1, *y1), bezier: false },
                                    LinePoint { p: point(*x2, *y2), bezier: false },
                                ],
                                is_closed: false,
                            },
                        });
                    }
                    Item::Rect { x, y, width, height, fill } => {
                        ops.push(Op::SetFillColor { col: colour(*fill) });
                        ops.push(Op::DrawRectangle {
                            rectangle: Rect {
                                x: Pt(*x),
                                y: Pt(PAGE_HEIGHT - y - height),
                                width: Pt(*width),
                                height: Pt(*height),
                                mode: Some(PaintMode::Fill),
                                winding_order: None,
                            },
                        });
                    }
                }
            }
            PdfPage::new(Mm::from(Pt(PAGE_WIDTH)), Mm::from(Pt(PAGE_HEIGHT)), ops)
        })
        .collect();
    let mut warnings = Vec::new();
    let options =
        PdfSaveOptions { subset_fonts: !fonts.reduced, optimize: !fonts.reduced, ..PdfSaveOptions::default() };
    document.with_pages(pdf_pages).save(&options, &mut warnings)
}
