//! The extractor's input: an [`Article`] and the [`Anchor`] its dates resolve against.

use jiff::civil::Date;
use jiff::tz::Offset;
use serde::{Deserialize, Serialize};

/// When an article was published, as precisely as its source says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// Only the calendar day is known.
    Day(Date),
    /// An instant, with the publisher's UTC offset (kept because a UTC timestamp often falls
    /// on the next calendar day of the newsroom that wrote it).
    Instant(jiff::Timestamp, Offset),
}

impl Published {
    /// The publication day in the publisher's own calendar.
    pub fn date(&self) -> Date {
        match self {
            Published::Day(date) => *date,
            Published::Instant(ts, offset) => offset.to_datetime(*ts).date(),
        }
    }
}

/// One article, as read from pasted text, a file or a web page.
///
/// `text` is the body the extractor annotates; every span of the digest is a byte range into
/// it. For plain-text input it is the whole input, headline line included.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// The article text.
    pub text: String,
    /// Its headline, when known.
    pub title: Option<String>,
    /// Where it was read from, when it came from the web.
    pub url: Option<String>,
    /// The outlet's name.
    pub site: Option<String>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// When it was published, when the source says.
    pub published: Option<Published>,
    /// Its language as an ISO 639-1 code, when known.
    pub language: Option<String>,
}

/// Where the anchor date of a digest came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AnchorSource {
    /// Given by the caller (`--published`).
    Given,
    /// The article's own publication date.
    Published,
    /// Neither: the day the digest was made, which may be wrong for an old article.
    Assumed,
}

/// The date that relative expressions ("yesterday", "last November") resolve against.
///
/// The extractor never reads the clock: the caller decides the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// The anchor day.
    pub date: Date,
    /// Where it came from.
    pub source: AnchorSource,
}

impl Anchor {
    /// The anchor for `article`: the `given` date if any, else the article's own date, else
    /// `today`, each marked with its source.
    pub fn choose(given: Option<Published>, article: &Article, today: Date) -> Anchor {
        match (given, article.published) {
            (Some(p), _) => Anchor { date: p.date(), source: AnchorSource::Given },
            (None, Some(p)) => Anchor { date: p.date(), source: AnchorSource::Published },
            (None, None) => Anchor { date: today, source: AnchorSource::Assumed },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn instant_keeps_the_publishers_day() {
        let ts: jiff::Timestamp = "2023-06-15T23:30:00Z".parse().unwrap();
        let est = Offset::constant(-4);
        assert_eq!(Published::Instant(ts, est).date(), date(2023, 6, 15));
        let tokyo = Offset::constant(9);
        assert_eq!(Published::Instant(ts, tokyo).date(), date(2023, 6, 16));
    }

    #[test]
    fn anchor_prefers_given_then_published_then_today() {
        let today = date(2026, 1, 1);
        let mut article = Article::default();
        assert_eq!(Anchor::choose(None, &article, today).source, AnchorSource::Assumed);
        article.published = Some(Published::Day(date(2023, 6, 14)));
        let a = Anchor::choose(None, &article, today);
        assert_eq!((a.date, a.source), (date(2023, 6, 14), AnchorSource::Published));
        let a = Anchor::choose(Some(Published::Day(date(2020, 2, 2))), &article, today);
        assert_eq!((a.date, a.source), (date(2020, 2, 2), AnchorSource::Given));
    }
}
