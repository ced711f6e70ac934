//! Page layout: wrapped paragraphs, key/value blocks and tables that
//! continue on the next page with their header repeated, onto [`Page`]s.

use super::page::{
    Align, BODY, CONTENT_WIDTH, Colour, Column, Item, LEADING, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_HEIGHT,
    PAGE_WIDTH, Page, Row, RowStyle, TextMeasure, Weight,
};

/// Lays out a document page by page.
pub struct DocumentLayout<'a> {
    measure: &'a dyn TextMeasure,
    header: String,
    pages: Vec<Page>,
    y: f32,
}

impl<'a> DocumentLayout<'a> {
    /// A new document whose pages carry `header` (the organisation) at the top.
    pub fn new(measure: &'a dyn TextMeasure, header: impl Into<String>) -> Self {
        let mut layout = DocumentLayout { measure, header: header.into(), pages: Vec::new(), y: 0.0 };
        layout.new_page();
        layout
    }

    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN_TOP;
    }

    fn bottom() -> f32 {
        PAGE_HEIGHT - MARGIN_BOTTOM
    }

    /// Starts a new page when less than `height` is left.
    pub fn ensure_space(&mut self, height: f32) {
        if self.y + height > Self::bottom() {
            self.new_page();
        }
    }

    /// Vertical space.
    pub fn space(&mut self, height: f32) {
        self.y += height;
    }

    /// Text at an exact position on the current page.
    pub fn text_at(&mut self, x: f32, y: f32, size: f32, weight: Weight, colour: Colour, text: impl Into<String>) {
        let text = text.into();
        if !text.is_empty() {
            self.page().items.push(Item::Text { x, y, size, weight, colour, text });
        }
    }

    /// Right-aligned text ending at `right`.
    pub fn text_right(
        &mut self,
        right: f32,
        y: f32,
        size: f32,
        weight: Weight,
        colour: Colour,
        text: impl Into<String>,
    ) {
        let text = text.into();
        let width = self.measure.width(&text, size, weight);
        self.text_at(right - width, y, size, weight, colour, text);
    }

    /// A document title.
    pub fn title(&mut self, text: &str) {
        self.ensure_space(40.0);
        for (index, line) in self.wrap(text, CONTENT_WIDTH, 18.0, Weight::Bold).into_iter().enumerate() {
            self.y += if index == 0 { 18.0 } else { 22.0 };
            self.text_at(MARGIN_X, self.y, 18.0, Weight::Bold, Colour::ACCENT, line);
        }
        self.y += 14.0;
    }

    /// A heading inside the document.
    pub fn heading(&mut self, text: &str) {
        self.ensure_space(40.0);
        self.y += 14.0;
        self.text_at(MARGIN_X, self.y, 12.0, Weight::Bold, Colour::TEXT, text);
        self.y += 8.0;
    }

    /// A paragraph wrapped to the content width.
    pub fn paragraph(&mut self, text: &str, size: f32, colour: Colour) {
        for line in text.lines() {
            for wrapped in self.wrap(line, CONTENT_WIDTH, size, Weight::Regular) {
                self.ensure_space(size * LEADING);
                self.y += size * LEADING;
                self.text_at(MARGIN_X, self.y, size, Weight::Regular, colour, wrapped);
            }
        }
    }

    /// Label/value pairs in two columns.
    pub fn key_values(&mut self, pairs: &[(String, String)], label_width: f32) {
        for (label, value) in pairs {
            let lines: Vec<String> =
                value.lines().flat_map(|l| self.wrap(l, CONTENT_WIDTH - label_width, BODY, Weight::Regular)).collect();
            let height = BODY * LEADING * lines.len().max(1) as f32;
            self.ensure_space(height);
            self.text_at(MARGIN_X, self.y + BODY * LEADING, BODY, Weight::Regular, Colour::MUTED, label.clone());
            for (i, line) in lines.into_iter().enumerate() {
                let y = self.y + BODY * LEADING * (i as f32 + 1.0);
                self.text_at(MARGIN_X + label_width, y, BODY, Weight::Regular, Colour::TEXT, line);
            }
            self.y += height;
        }
    }

    /// Splits `text` into lines no wider than `width`; a single word longer
    /// than the width (an email address, a long name) is broken over lines,
    /// never cut: nothing of the data is lost.
    pub fn wrap(&self, text: &str, width: f32, size: f32, weight: Weight) -> Vec<String> {
        let mut lines = Vec::new();
        let mut current = String::new();
        for word in text.split_whitespace() {
            let candidate = if current.is_empty() { word.to_string() } else { format!("{current} {word}") };
            if self.measure.width(&candidate, size, weight) <= width {
                current = candidate;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            let mut pieces = self.break_word(word, width, size, weight);
            current = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
        }
        if !current.is_empty() || lines.is_empty() {
            lines.push(current);
        }
        lines
    }

    /// `word` in pieces that each fit `width` (at least one character each).
    fn break_word(&self, word: &str, width: f32, size: f32, weight: Weight) -> Vec<String> {
        let mut pieces = Vec::new();
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if self.measure.width(&piece, size, weight) > width && piece.chars().count() > 1 {
                piece.pop();
                pieces.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        pieces.push(piece);
        pieces
    }

    /// A table; rows that do not fit continue on the next page under a
    /// repeated header.
    pub fn table(&mut self, columns: &[Column], rows: &[Row]) {
        let total_share: f32 = columns.iter().map(|c| c.share).sum::<f32>().max(f32::EPSILON);
        let widths: Vec<f32> = columns.iter().map(|c| c.share / total_share * CONTENT_WIDTH).collect();
        let line = BODY * LEADING;
        let header_height = line + 8.0;
        self.ensure_space(header_height + line + 6.0);
        self.table_header(columns, &widths);
        for row in rows {
            let cell_lines: Vec<Vec<String>> = match row.style {
                RowStyle::Section => vec![self.wrap(
                    row.cells.first().map(String::as_str).unwrap_or(""),
                    CONTENT_WIDTH - 8.0,
                    BODY,
                    Weight::Bold,
                )],
                _ => row
                    .cells
                    .iter()
                    .zip(&widths)
                    .map(|(cell, width)| {
                        let weight = if row.style == RowStyle::Total { Weight::Bold } else { Weight::Regular };
                        cell.lines().flat_map(|l| self.wrap(l, width - 8.0, BODY, weight)).collect()
                    })
                    .collect(),
            };
            let lines = cell_lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let height = lines as f32 * line + 6.0;
            if self.y + height > Self::bottom() {
                self.new_page();
                self.table_header(columns, &widths);
            }
            self.table_row(row.style, columns, &widths, &cell_lines, height);
        }
        self.y += 4.0;
    }

    fn table_header(&mut self, columns: &[Column], widths: &[f32]) {
        let line = BODY * LEADING;
        let top = self.y;
        self.page().items.push(Item::Rect {
            x: MARGIN_X,
            y: top,
            width: CONTENT_WIDTH,
            height: line + 8.0,
            fill: Colour::BAND,
        });
        let mut x = MARGIN_X;
        for (column, width) in columns.iter().zip(widths) {
            let y = top + line + 2.0;
            match column.align {
                Align::Left => self.text_at(x + 4.0, y, BODY, Weight::Bold, Colour::TEXT, column.title.clone()),
                Align::Right => {
                    self.text_right(x + width - 4.0, y, BODY, Weight::Bold, Colour::TEXT, column.title.clone())
                }
            }
            x += width;
        }
        self.y = top + line + 8.0;
    }

    fn table_row(&mut self, style: RowStyle, columns: &[Column], widths: &[f32], cells: &[Vec<String>], height: f32) {
        let line = BODY * LEADING;
        let top = self.y;
        let weight = if style == RowStyle::Normal { Weight::Regular } else { Weight::Bold };
        match style {
            RowStyle::Section => self.page().items.push(Item::Rect {
                x: MARGIN_X,
                y: top + 2.0,
                width: CONTENT_WIDTH,
                height: height - 2.0,
                fill: Colour::BAND,
            }),
            RowStyle::Total => self.page().items.push(Item::Line {
                x1: MARGIN_X,
                y1: top + 1.0,
                x2: MARGIN_X + CONTENT_WIDTH,
                y2: top + 1.0,
                width: 0.8,
                colour: Colour::TEXT,
            }),
            RowStyle::Normal => {}
        }
        let mut x = MARGIN_X;
        for ((column, width), lines) in columns.iter().zip(widths).zip(cells) {
            for (i, text) in lines.iter().enumerate() {
                let y = top + line * (i as f32 + 1.0) + 1.0;
                match column.align {
                    Align::Left => self.text_at(x + 4.0, y, BODY, weight, Colour::TEXT, text.clone()),
                    Align::Right => self.text_right(x + width - 4.0, y, BODY, weight, Colour::TEXT, text.clone()),
                }
            }
            x += width;
        }
        self.y = top + height;
        if style == RowStyle::Normal {
            let y = self.y;
            self.page().items.push(Item::Line {
                x1: MARGIN_X,
                y1: y,
                x2: MARGIN_X + CONTENT_WIDTH,
                y2: y,
                width: 0.3,
                colour: Colour::RULE,
            });
        }
    }

    /// The pages with the header and "page n of m" on each.
    pub fn finish(mut self, page_label: impl Fn(usize, usize) -> String) -> Vec<Page> {
        let total = self.pages.len();
        let header = std::mem::take(&mut self.header);
        for (index, page) in self.pages.iter_mut().enumerate() {
            page.items.push(Item::Text {
                x: MARGIN_X,
                y: 38.0,
                size: 8.5,
                weight: Weight::Bold,
                colour: Colour::MUTED,
                text: header.clone(),
            });
            page.items.push(Item::Line {
                x1: MARGIN_X,
                y1: 46.0,
                x2: PAGE_WIDTH - MARGIN_X,
                y2: 46.0,
                width: 0.5,
                colour: Colour::RULE,
            });
            let label = page_label(index + 1, total);
            let width = self.measure.width(&label, 8.0, Weight::Regular);
            page.items.push(Item::Text {
                x: PAGE_WIDTH - MARGIN_X - width,
                y: PAGE_HEIGHT - 30.0,
                size: 8.0,
                weight: Weight::Regular,
                colour: Colour::MUTED,
                text: label,
            });
        }
        self.pages
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// Every character is half the text size wide.
    pub struct Monospace;

    impl TextMeasure for Monospace {
        fn width(&self, text: &str, size: f32, _weight: Weight) -> f32 {
            text.chars().count() as f32 * size * 0.5
        }
    }

    #[test]
    fn a_long_table_continues_on_new_pages_with_its_header_repeated() {
        let mut layout = DocumentLayout::new(&Monospace, "UMC Noord");
        let columns = [Column::left("Date", 0.5), Column::right("Amount", 0.5)];
        let rows: Vec<Row> = (0..200).map(|i| Row::new(vec![format!("row {i}"), "€ 1,00".into()])).collect();
        layout.table(&columns, &rows);
        let pages = layout.finish(|n, total| format!("page {n} of {total}"));
        assert!(pages.len() >= 4, "{} pages", pages.len());
        for (index, page) in pages.iter().enumerate() {
            let text = page.text();
            assert!(text.contains(&"Date") && text.contains(&"Amount"), "page {} lacks the header", index + 1);
            assert!(text.contains(&"UMC Noord"));
            let label = format!("page {} of {}", index + 1, pages.len());
            assert!(text.contains(&label.as_str()));
            for item in &page.items {
                if let Item::Text { y, .. } = item {
                    assert!(*y <= PAGE_HEIGHT - 20.0, "text below the page");
                }
            }
        }
        let all: Vec<&str> = pages.iter().flat_map(|p| p.text()).collect();
        assert!(all.contains(&"row 0") && all.contains(&"row 199"));
    }

    #[test]
    fn right_aligned_cells_end_at_the_column_edge() {
        let mut layout = DocumentLayout::new(&Monospace, "");
        layout.table(
            &[Column::left("A", 0.5), Column::right("B", 0.5)],
            &[Row::new(vec!["x".into(), "€ 937,50".into()])],
        );
        let pages = layout.finish(|_, _| String::new());
        let amount = pages[0].items.iter().find_map(|i| match i {
            Item::Text { x, text, size, .. } if text == "€ 937,50" => {
                Some(x + text.chars().count() as f32 * size * 0.5)
            }
            _ => None,
        });
        let right_edge = MARGIN_X + CONTENT_WIDTH - 4.0;
        assert!((amount.unwrap() - right_edge).abs() < 0.01);
    }

    #[test]
    fn long_words_are_wrapped_or_broken_over_lines_never_cut() {
        let layout = DocumentLayout::new(&Monospace, "");
        let lines = layout.wrap("a quick brown fox jumps over the lazy dog", 60.0, 10.0, Weight::Regular);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| Monospace.width(l, 10.0, Weight::Regular) <= 60.0));
        let word = "verloskunde.gynaecologie@umcnoord.example";
        let broken = layout.wrap(word, 60.0, 10.0, Weight::Regular);
        assert!(broken.len() > 1);
        assert!(broken.iter().all(|l| Monospace.width(l, 10.0, Weight::Regular) <= 60.0));
        assert_eq!(broken.concat(), word, "nothing of a long word is lost");
    }

    #[test]
    fn a_long_section_heading_wraps_and_is_never_cut() {
        let mut layout = DocumentLayout::new(&Monospace, "");
        let heading = "Centraal PostDoc-budget van de afdeling Verloskunde en Gynaecologie ".repeat(3);
        layout.table(&[Column::left("A", 1.0)], &[Row::section(heading.trim().to_string())]);
        let pages = layout.finish(|_, _| String::new());
        let lines: Vec<&str> = pages[0].text().into_iter().filter(|l| !l.is_empty()).collect();
        assert!(lines.len() > 2, "{lines:?}");
        assert!(lines.iter().all(|l| !l.contains('…')), "{lines:?}");
        assert_eq!(lines[1..].join(" "), heading.trim(), "every word is printed");
    }
}
