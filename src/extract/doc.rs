//! The document model: one text, annotated with paragraphs, sentences and tokens as spans.
//!
//! Like spaCy's `Doc`, a [`Doc`] never copies the text: every annotation is a [`Span`] of byte
//! offsets into it, so any item of a digest can be quoted and checked against the source.

use crate::extract::segment;
use crate::extract::span::Span;
use crate::extract::token::Token;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What a paragraph or sentence is, for the stages that read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// A headline or sub-heading: a short line without a final full stop.
    Heading,
    /// A dateline opening a paragraph: "WASHINGTON (AP) —".
    Dateline,
    /// Running prose.
    Body,
    /// An item of a bulleted or numbered list (the bullet itself is left out of the span).
    ListItem,
}

/// A paragraph: a run of text between blank lines, a heading, or a list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Where it is in the text.
    pub span: Span,
    /// Heading, body or list item.
    pub kind: BlockKind,
    /// Indices of its sentences in [`Doc::sentences`].
    pub sentences: Range<usize>,
}

/// A sentence (or heading, dateline or list item) of a [`Doc`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is in the text.
    pub span: Span,
    /// What it is.
    pub kind: BlockKind,
    /// Index of its paragraph in [`Doc::paragraphs`].
    pub paragraph: usize,
    /// Indices of its tokens in [`Doc::tokens`].
    pub tokens: Range<usize>,
}

/// One article text, segmented.
#[derive(Debug, Clone)]
pub struct Doc<'t> {
    text: &'t str,
    paragraphs: Vec<Paragraph>,
    sentences: Vec<Sentence>,
    tokens: Vec<Token>,
}

impl<'t> Doc<'t> {
    /// Segments `text` into paragraphs, sentences and tokens.
    pub fn new(text: &'t str) -> Self {
        let mut doc = Doc { text, paragraphs: Vec::new(), sentences: Vec::new(), tokens: Vec::new() };
        for block in segment::blocks(text) {
            let first_sentence = doc.sentences.len();
            let paragraph = doc.paragraphs.len();
            for (span, kind, tokens) in segment::sentences(text, &block) {
                let first_token = doc.tokens.len();
                doc.tokens.extend(tokens);
                doc.sentences.push(Sentence { span, kind, paragraph, tokens: first_token..doc.tokens.len() });
            }
            if doc.sentences.len() > first_sentence {
                doc.paragraphs.push(Paragraph {
                    span: block.span,
                    kind: block.kind,
                    sentences: first_sentence..doc.sentences.len(),
                });
            }
        }
        doc
    }

    /// The text every span points into.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Paragraphs in text order.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// Sentences in text order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Tokens in text order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The tokens of sentence `index`.
    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        &self.tokens[self.sentences[index].tokens.clone()]
    }

    /// The text of sentence `index`.
    pub fn sentence_text(&self, index: usize) -> &'t str {
        self.sentences[index].span.text(self.text)
    }

    /// The text of a span of this document.
    pub fn span_text(&self, span: Span) -> &'t str {
        span.text(self.text)
    }

    /// Index of the sentence that holds byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    /// The article's length in words, counted as a reader would (whitespace-separated words
    /// with a letter or digit, headings included).
    pub fn word_count(&self) -> usize {
        self.sentences
            .iter()
            .flat_map(|s| s.span.text(self.text).split_whitespace())
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    }
}
