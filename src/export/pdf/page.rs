//! The plain pages a document is laid out on: positioned text, lines and
//! boxes on A4, with the table columns and rows that fill them. Pure and
//! testable; `render` turns pages into PDF.
//!
//! Coordinates are points from the top-left corner of the page.

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
/// Margins around the content.
pub const MARGIN_X: f32 = 56.0;
pub const MARGIN_TOP: f32 = 70.0;
pub const MARGIN_BOTTOM: f32 = 60.0;
/// Body text size.
pub const BODY: f32 = 9.5;
/// Line height as a factor of the text size.
pub const LEADING: f32 = 1.4;

/// The width of the content between the margins.
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;

/// Regular or bold text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// How text sits in its column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A colour as red, green and blue between 0 and 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Colour(pub f32, pub f32, pub f32);

impl Colour {
    pub const TEXT: Colour = Colour(0.12, 0.14, 0.17);
    pub const MUTED: Colour = Colour(0.42, 0.45, 0.5);
    pub const ACCENT: Colour = Colour(0.0, 0.37, 0.59);
    pub const RULE: Colour = Colour(0.78, 0.8, 0.83);
    pub const BAND: Colour = Colour(0.93, 0.95, 0.97);
}

/// Something drawn on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// Text with its baseline at `y`.
    Text { x: f32, y: f32, size: f32, weight: Weight, colour: Colour, text: String },
    /// A straight line.
    Line { x1: f32, y1: f32, x2: f32, y2: f32, width: f32, colour: Colour },
    /// A filled rectangle with its top-left corner at `x`, `y`.
    Rect { x: f32, y: f32, width: f32, height: f32, fill: Colour },
}

/// One page of items.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
}

impl Page {
    /// All text on the page, in drawing order (for tests).
    pub fn text(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter_map(|item| match item {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// Measures text in the fonts that will be embedded.
pub trait TextMeasure {
    /// The width of `text` at `size` points.
    fn width(&self, text: &str, size: f32, weight: Weight) -> f32;
}

/// A column of a table: its share of the content width and its alignment.
#[derive(Clone, Debug)]
pub struct Column {
    pub title: String,
    /// Fraction of the content width.
    pub share: f32,
    pub align: Align,
}

impl Column {
    /// A left-aligned column.
    pub fn left(title: impl Into<String>, share: f32) -> Self {
        Column { title: title.into(), share, align: Align::Left }
    }

    /// A right-aligned column (amounts, numbers).
    pub fn right(title: impl Into<String>, share: f32) -> Self {
        Column { title: title.into(), share, align: Align::Right }
    }
}

/// How a table row is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowStyle {
    Normal,
    /// A heading inside a table (a week, a group): bold on a band.
    Section,
    /// A subtotal or total: bold with a rule above.
    Total,
}

/// One row of a table.
#[derive(Clone, Debug)]
pub struct Row {
    pub cells: Vec<String>,
    pub style: RowStyle,
}

impl Row {
    /// An ordinary row.
    pub fn new(cells: Vec<String>) -> Self {
        Row { cells, style: RowStyle::Normal }
    }

    /// A bold section row spanning the first cell.
    pub fn section(text: impl Into<String>) -> Self {
        Row { cells: vec![text.into()], style: RowStyle::Section }
    }

    /// A total row.
    pub fn total(cells: Vec<String>) -> Self {
        Row { cells, style: RowStyle::Total }
    }
}
