//! Publication dates as web pages write them: ISO 8601 with or without time and offset,
//! RFC 2822, JavaScript's `Date.toString()`, "November 19, 2019", and dates inside URLs.

use crate::extract::Published;
use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::fmt::temporal::{Pieces, PiecesOffset};
use jiff::tz::Offset;
use regex::Regex;
use std::sync::LazyLock;

/// Written-out layouts tried after ISO 8601 and RFC 2822 (jiff `strptime` syntax).
const LONG_FORMATS: &[&str] = &[
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%A, %B %d, %Y",
    "%A, %d %B %Y",
    "%a, %b %d, %Y",
    "%a %b %d %Y",
    "%B %d %Y",
    "%Y/%m/%d",
    "%m/%d/%Y",
];

/// The earliest year a news page can plausibly carry.
const EARLIEST_YEAR: i16 = 1995;

/// Parses a date or timestamp string from a page's metadata. A time without an offset keeps
/// only its day: the publisher's zone is unknown, and its day is what the text means.
pub fn parse_date(raw: &str) -> Option<Published> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 80 {
        return None;
    }
    parse_iso(s).or_else(|| parse_rfc2822(s)).or_else(|| parse_js(s)).or_else(|| parse_long(s))
}

fn parse_iso(s: &str) -> Option<Published> {
    // "2023-06-15 09:30:00" → ISO with a T.
    let s = if s.len() > 10 && s.as_bytes()[10] == b' ' {
        format!("{}T{}", &s[..10], &s[11..])
    } else {
        s.to_string()
    };
    let pieces = Pieces::parse(s.as_str()).ok()?;
    let date = pieces.date();
    let published = match (pieces.time(), pieces.offset()) {
        (Some(time), Some(PiecesOffset::Numeric(o))) => instant(date.to_datetime(time), o.offset())?,
        (Some(time), Some(PiecesOffset::Zulu)) => instant(date.to_datetime(time), Offset::UTC)?,
        _ => Published::Day(date),
    };
    Some(published)
}

fn parse_rfc2822(s: &str) -> Option<Published> {
    let zoned = jiff::fmt::rfc2822::parse(s).ok()?;
    Some(Published::Instant(zoned.timestamp(), zoned.offset()))
}

/// `Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)`.
fn parse_js(s: &str) -> Option<Published> {
    static JS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Z][a-z]{2} ([A-Z][a-z]{2} \d{1,2} \d{4} \d{2}:\d{2}:\d{2}) GMT([+-]\d{4})")
            .expect("regex")
    });
    let caps = JS.captures(s)?;
    let dt = DateTime::strptime("%b %d %Y %H:%M:%S", &caps[1]).ok()?;
    let sign: i32 = if caps[2].starts_with('-') { -1 } else { 1 };
    let hhmm: i32 = caps[2][1..].parse().ok()?;
    let seconds = sign * ((hhmm / 100) * 3600 + (hhmm % 100) * 60);
    instant(dt, Offset::from_seconds(seconds).ok()?)
}

fn parse_long(s: &str) -> Option<Published> {
    // "4/24/2000 12:00:00 AM" (ASP.NET `datetime` attributes): month first, the time dropped.
    static US_WITH_TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{1,2}/\d{1,2}/\d{4})[ T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?$").expect("regex")
    });
    if let Some(caps) = US_WITH_TIME.captures(s) {
        return Date::strptime("%m/%d/%Y", &caps[1]).ok().map(Published::Day);
    }
    let cleaned = s.replace("Sept.", "Sep").replace("Sept ", "Sep ").replace('.', "");
    let cleaned = cleaned.trim();
    LONG_FORMATS.iter().find_map(|f| Date::strptime(f, cleaned).ok()).map(Published::Day)
}

fn instant(dt: DateTime, offset: Offset) -> Option<Published> {
    let ts: Timestamp = dt.to_zoned(offset.to_time_zone()).ok()?.timestamp();
    Some(Published::Instant(ts, offset))
}

/// A date written in a URL path: `/2023/06/15/`, `/2023-06-15/`, `/20230615/`,
/// `/2023/october/03/`.
pub fn date_in_url(url: &str) -> Option<Date> {
    static URL_MONTH_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)/((?:19|20)\d{2})/([a-z]{3,9})/(\d{1,2})(?:[/_.-]|$)").expect("regex")
    });
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if let Some(caps) = URL_MONTH_NAME.captures(url) {
        let word = caps[2].to_lowercase();
        let month = MONTHS.iter().position(|m| *m == word || (word.len() == 3 && m.starts_with(&word)));
        if let Some(month) = month {
            return Date::new(caps[1].parse().ok()?, month as i8 + 1, caps[3].parse().ok()?).ok();
        }
    }
    static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)|/((?:19|20)\d{2})(\d{2})(\d{2})/",
        )
        .expect("regex")
    });
    let caps = URL_DATE.captures(url)?;
    let (y, m, d) =
        if caps.get(1).is_some() { (&caps[1], &caps[2], &caps[3]) } else { (&caps[4], &caps[5], &caps[6]) };
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

/// True when `date` can be a publication date seen on `today`: not before 1995, not after
/// tomorrow (time zones), not a placeholder such as `0001-01-01`.
pub fn plausible(date: Date, today: Date) -> bool {
    date.year() >= EARLIEST_YEAR && date <= today.tomorrow().unwrap_or(today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn forms_seen_on_news_pages() {
        let day = |s: &str| parse_date(s).map(|p| p.date());
        assert_eq!(day("2023-06-15"), Some(date(2023, 6, 15)));
        assert_eq!(day("2023-06-15T09:30:00Z"), Some(date(2023, 6, 15)));
        assert_eq!(day("2023-06-15T21:30:00-05:00"), Some(date(2023, 6, 15)));
        assert_eq!(day("2023-06-15T21:30:00.000-05:00"), Some(date(2023, 6, 15)));
        assert_eq!(day("2023-06-15 21:30:00"), Some(date(2023, 6, 15)));
        assert_eq!(day("Tue, 19 Nov 2019 03:05:46 +0000"), Some(date(2019, 11, 19)));
        assert_eq!(
            day("Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)"),
            Some(date(2019, 11, 19))
        );
        assert_eq!(day("November 19, 2019"), Some(date(2019, 11, 19)));
        assert_eq!(day("Sept. 4, 2023"), Some(date(2023, 9, 4)));
        assert_eq!(day("4 September 2023"), Some(date(2023, 9, 4)));
        assert_eq!(day("4/24/2000 12:00:00 AM"), Some(date(2000, 4, 24)));
        assert_eq!(day("not a date"), None);
    }

    #[test]
    fn the_publishers_offset_is_kept() {
        // 21:30 in New York is already the next day in UTC.
        let p = parse_date("2023-06-15T21:30:00-05:00").unwrap();
        assert!(matches!(p, Published::Instant(_, o) if o == Offset::constant(-5)));
        assert_eq!(p.date(), date(2023, 6, 15));
    }

    #[test]
    fn dates_in_urls() {
        assert_eq!(date_in_url("https://x.com/2023/06/15/story"), Some(date(2023, 6, 15)));
        assert_eq!(date_in_url("https://x.com/news/2023-06-15-story"), Some(date(2023, 6, 15)));
        assert_eq!(date_in_url("https://x.com/20230615/story"), Some(date(2023, 6, 15)));
        assert_eq!(date_in_url("https://x.com/story-2023"), None);
        assert_eq!(date_in_url("https://x.com/blog/2023/october/03/wine-styles/"), Some(date(2023, 10, 3)));
        assert_eq!(date_in_url("https://x.com/2023/octopus/03/"), None);
    }

    #[test]
    fn placeholders_and_future_dates_are_not_plausible() {
        let today = date(2026, 11, 29);
        assert!(!plausible(date(1, 1, 1), today));
        assert!(!plausible(date(2027, 1, 1), today));
        assert!(plausible(date(2026, 11, 30), today));
        assert!(plausible(date(2019, 11, 19), today));
    }
}
