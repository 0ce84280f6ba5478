//! The digest: what lede replies with, as the JSON contract in DESIGN.md lays it out.
//!
//! These types serialize to, and deserialize from, exactly the contract's field names; other
//! tools read `lede digest --format json`, so a change here is a change of contract.

use crate::extract::doc::{BlockKind, Doc};
use crate::extract::input::{Anchor, AnchorSource, Article};
use crate::extract::span::Span;
use crate::extract::summary::{self, SummaryOptions};
use crate::extract::timex::{TimexMod, TimexType};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Where an item of the digest comes from: a sentence and the byte range quoted from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Index of the sentence in the article's `Doc`.
    pub sentence: usize,
    /// First byte of the quote in the article text.
    pub start: usize,
    /// One past the last byte of the quote.
    pub end: usize,
}

impl Evidence {
    /// Evidence for the whole of sentence `index` of `doc`.
    pub fn sentence(doc: &Doc, index: usize) -> Evidence {
        let span = doc.sentences()[index].span;
        Evidence { sentence: index, start: span.start, end: span.end }
    }

    /// The quoted byte range.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The facts about the article that head the digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleInfo {
    /// Headline.
    pub title: Option<String>,
    /// Where it was read from.
    pub url: Option<String>,
    /// Outlet.
    pub site: Option<String>,
    /// Author(s).
    pub byline: Option<String>,
    /// Publication day in the publisher's calendar.
    pub published: Option<Date>,
    /// Where the date that anchors the timeline came from.
    pub anchor: AnchorSource,
    /// ISO 639-1 language code.
    pub language: Option<String>,
    /// Length in words.
    pub words: usize,
}

/// One sentence of the summary, quoted from the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryLine {
    /// The sentence, as the article words it.
    pub text: String,
    /// Where it is.
    pub evidence: Evidence,
}

/// What kind of actor: the contract's `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A person.
    Person,
    /// A company, agency, party, team…
    Organization,
    /// A country, city, region…
    Place,
    /// A group of people: "protesters", "the Beatles' heirs".
    Group,
}

/// A key actor of the story, merged across the names the article calls it by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// The fullest name the article uses; for a country the article names only by its
    /// demonym or capital ("Irish", "Beijing said"), the country's usual name.
    pub name: String,
    /// Person, organization, place or group.
    pub kind: ActorKind,
    /// The actor's role in the article's own words, when it gives one.
    pub role: Option<String>,
    /// Every name the article uses for it.
    pub aliases: Vec<String>,
    /// How many times it is mentioned.
    pub mentions: usize,
    /// How central it is to the story, from 0 to 1.
    pub salience: f64,
    /// Where it is introduced and where its role is stated.
    pub evidence: Vec<Evidence>,
}

/// Whether an event lies before, at or after the article's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    /// Already happened.
    Past,
    /// Happening now.
    Present,
    /// Expected, planned or announced.
    Future,
}

/// One dated event of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineEntry {
    /// TIMEX3 value of the date: `2023-06-16`, `2023-06`, `2023-W24`…
    pub value: String,
    /// End of a range, as a TIMEX3 value.
    pub end: Option<String>,
    /// Where in the period: "late April" → END.
    #[serde(rename = "mod")]
    pub modifier: Option<TimexMod>,
    /// DATE or TIME.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The date for a reader: "16–21 June 2023", "late April 2023".
    pub label: String,
    /// The time expression as written.
    pub text: String,
    /// What happened, in the clause's words.
    pub event: String,
    /// Before, at or after the article's date.
    pub tense: Tense,
    /// Where it is.
    pub evidence: Evidence,
}

/// The whole digest of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Digest {
    /// Facts about the article.
    pub article: ArticleInfo,
    /// Two or three sentences that tell the story.
    pub summary: Vec<SummaryLine>,
    /// Who is in the story, most central first.
    pub actors: Vec<Actor>,
    /// What happened when, in date order.
    pub timeline: Vec<TimelineEntry>,
}

/// Settings of the digest.
#[derive(Debug, Clone)]
pub struct DigestOptions {
    /// Summary settings.
    pub summary: SummaryOptions,
    /// Most key actors shown.
    pub max_actors: usize,
}

impl Default for DigestOptions {
    fn default() -> Self {
        DigestOptions {
            summary: SummaryOptions::default(),
            max_actors: crate::extract::actors::DEFAULT_MAX_ACTORS,
        }
    }
}

/// Digests `article`, resolving dates against `anchor`. Pure: same input, same output.
pub fn digest(article: &Article, anchor: Anchor, options: &DigestOptions) -> Digest {
    let doc = Doc::new(&article.text);
    digest_doc(article, &doc, anchor, options)
}

/// Digests an article already segmented into `doc` (which must be `Doc::new(&article.text)`).
pub fn digest_doc(article: &Article, doc: &Doc, anchor: Anchor, options: &DigestOptions) -> Digest {
    let title = article.title.clone().or_else(|| first_heading(doc));
    Digest {
        article: ArticleInfo {
            title,
            url: article.url.clone(),
            site: article.site.clone(),
            byline: article.byline.clone(),
            published: article.published.map(|p| p.date()),
            anchor: anchor.source,
            language: article.language.clone(),
            words: doc.word_count(),
        },
        summary: summary::summarize(doc, &options.summary),
        actors: crate::extract::actors::actors(doc, &crate::extract::ner::mentions(doc), options.max_actors),
        timeline: crate::extract::timeline::timeline(doc, anchor.date),
    }
}

/// The first heading of the text, when it opens the text: a plain-text headline.
fn first_heading(doc: &Doc) -> Option<String> {
    let first = doc.sentences().first()?;
    (first.kind == BlockKind::Heading).then(|| doc.span_text(first.span).to_string())
}
