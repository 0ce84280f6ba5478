//! Byte ranges into one article text: the currency every annotation is paid in.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into an article's UTF-8 text.
///
/// Both ends always fall on `char` boundaries of the text they were made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// Number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The covered slice of `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}
