//! The digest's timeline: each dated time expression of the article becomes a
//! [`TimelineEntry`] with a label for readers, the event phrase of its clause, its tense and its
//! evidence. Ranges ("from 16 to 21 June") become one entry; durations, sets and vague
//! references ("now", "recently") qualify events and are left out; entries are sorted by date.

use crate::extract::digest::{Evidence, Tense, TimelineEntry};
use crate::extract::doc::Doc;
use crate::extract::furniture::{in_story, story_starts};
use crate::extract::lexicon::{
    MONTH_NAMES, clause_opener, is_relative_pronoun, is_speech_verb, keyed_rows, word_list,
};
use crate::extract::span::Span;
use crate::extract::timex::lexicon::{ContextRole, TenseCue, WordClass, classes, has_role};
use crate::extract::timex::{TimexMention, TimexMod, TimexType, find_timex_mentions};
use jiff::ToSpan;
use jiff::civil::Date;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Most words of an entry's event phrase.
const EVENT_WORDS: usize = 14;

/// The timeline of `doc`, resolved against the publication date `anchor`.
pub fn timeline(doc: &Doc, anchor: Date) -> Vec<TimelineEntry> {
    let mentions = find_timex_mentions(doc, anchor);
    let starts = story_starts(doc);
    // the words each expression takes in its sentence, brackets of a restatement included
    let covers: Vec<Span> = (0..mentions.len())
        .map(|j| {
            let own = mentions[j].timex.span;
            let restated = j.checked_sub(1).and_then(|p| {
                let close = restatement(doc, &mentions[p], &mentions[j])?;
                let open = doc.text()[mentions[p].timex.span.end..own.start].find('(')?;
                Some(Span::new(mentions[p].timex.span.end + open, close))
            });
            with_zone(doc.text(), restated.unwrap_or(own))
        })
        .collect();
    let mut entries: Vec<(Date, Date, TimelineEntry)> = Vec::new();
    let mut i = 0;
    while i < mentions.len() {
        let m = &mentions[i];
        let Some((start, end)) = interval(&m.timex.value).map(|(s, e)| narrow(s, e, m.timex.modifier)) else {
            i += 1;
            continue;
        };
        // an "Updated: …" stamp or a byline's date is not an event of the story
        if !matches!(m.timex.kind, TimexType::Date | TimexType::Time)
            || is_item_time(doc, &mentions, i)
            || is_generic(doc, m)
            || is_the_years_state(m, anchor)
            || in_a_routine(doc, &mentions, m)
            || (start > anchor && after_a_wish(doc, m))
            || !in_story(&starts, m.sentence, m.timex.span.start)
        {
            i += 1;
            continue;
        }
        // a range: "16–21 June", "from March to May", "between 1985 and 1987"
        let mut span = m.timex.span;
        let mut last = None;
        let mut alternative = None;
        // "at 15:48 (14:48 GMT)": the same moment told again in brackets is part of this entry
        let restated = mentions.get(i + 1).and_then(|next| restatement(doc, m, next));
        // "by 5pm on Friday": the clock time carries its day, which is no second entry
        let clock_day = mentions.get(i + 1).filter(|next| restated.is_none() && on_its_day(doc, m, next));
        if let Some(end) = restated {
            span = Span::new(span.start, end);
        } else if let Some(day) = clock_day {
            span = Span::new(span.start, day.timex.span.end);
        } else if let Some(next) = mentions.get(i + 1)
            && let Some((_, next_end)) = interval(&next.timex.value)
            && next_end > start
        {
            if is_range(doc, m, next) {
                span = Span::new(span.start, next.timex.span.end);
                last = Some((next, next_end));
            } else if is_alternative(doc, m, next) {
                // "August or September 2007": one entry, dated by the first
                span = Span::new(span.start, next.timex.span.end);
                alternative = Some(next);
            }
        }
        // "at 17:00 local time": the zone goes with the clock time, not into the event
        let span = with_zone(doc.text(), span);
        let end_value = last.map(|(n, _)| n.timex.value.clone());
        let until = last.map(|(_, e)| e).unwrap_or(end);
        let tense = if until <= anchor {
            Tense::Past
        } else if start > anchor {
            Tense::Future
        } else {
            Tense::Present
        };
        let label = match (&end_value, alternative) {
            (Some(v), _) => range_label(&m.timex.value, v),
            (None, Some(other)) if m.timex.modifier.is_none() && other.timex.modifier.is_none() => {
                joined_label(&m.timex.value, &other.timex.value, " or ")
            }
            (None, Some(other)) => {
                format!(
                    "{} or {}",
                    label(&m.timex.value, m.timex.modifier),
                    label(&other.timex.value, other.timex.modifier)
                )
            }
            (None, None) => match before_or_after_now(doc.span_text(m.timex.span), m.timex.modifier) {
                // "earlier this year" said in November is not "early 2026"
                Some(word) => format!("{word} in {}", label(&m.timex.value, None)),
                None => label(&m.timex.value, m.timex.modifier),
            },
        };
        let taken = if last.is_some() || alternative.is_some() || restated.is_some() || clock_day.is_some() {
            2
        } else {
            1
        };
        let text = doc.span_text(span).to_string();
        // the sentence's dated expressions: a phrase leaves out the others' words
        let dated: Vec<Span> = mentions
            .iter()
            .zip(&covers)
            .filter(|(o, cover)| {
                o.sentence == m.sentence
                    && matches!(o.timex.kind, TimexType::Date | TimexType::Time)
                    && interval(&o.timex.value).is_some()
                    && (cover.end <= span.start || cover.start >= span.end)
            })
            .map(|(_, cover)| *cover)
            .collect();
        let story_from = starts.get(m.sentence).copied().flatten().unwrap_or(0);
        let mut event = event_phrase(doc, m.sentence, span, &dated, story_from);
        // "founded in 1902, a year before its stadium opened": the event after the length is
        // dated by it (`anchored_entries`), not this date's
        if let Some(length) = mentions.get(i + taken).filter(|n| {
            n.sentence == m.sentence
                && n.timex.kind == TimexType::Duration
                && doc.text().get(span.end..n.timex.span.start) == Some(", ")
                && doc.text().get(n.timex.span.end..).is_some_and(|after| {
                    [" before ", " after ", " ahead of "].iter().any(|l| after.starts_with(l))
                })
        }) {
            let told = format!(", {} ", doc.span_text(length.timex.span));
            if let Some(at) = event.find(&told) {
                event.truncate(at);
            }
        }
        if !event.chars().any(char::is_alphabetic) || event.trim_end_matches(['.', ',']) == text {
            // a bare date (a dateline): no event to place on the timeline
            i += taken;
            continue;
        }
        let entry = TimelineEntry {
            value: m.timex.value.clone(),
            end: end_value,
            modifier: m.timex.modifier,
            kind: m.timex.kind,
            label,
            text,
            event,
            tense,
            evidence: Evidence::sentence(doc, m.sentence),
        };
        entries.push((start, until, entry));
        i += taken;
    }
    entries.extend(anchored_entries(doc, &mentions, anchor, &starts));
    entries.sort_by_key(|a| (a.0, a.1));
    let mut out: Vec<TimelineEntry> = Vec::new();
    for (_, _, entry) in entries {
        // the same date for the same event (or in the same sentence, or in a sentence the page
        // repeats, as a caption repeats the story) is one entry
        let same = out.iter().position(|e| {
            e.value == entry.value
                && e.end == entry.end
                && (e.evidence.sentence == entry.evidence.sentence
                    || same_words(&e.event, &entry.event)
                    || told_again(&e.event, &entry.event)
                    || repeats(doc, e.evidence.sentence, entry.evidence.sentence))
        });
        match same {
            // of two tellings in two sentences, the story's is the one that ends with a full stop
            // (a caption has none), else the shorter sentence: a caption with no full stop runs
            // into the sentence after it
            Some(j) if tells_it_better(doc, &entry, &out[j]) => out[j] = entry,
            Some(_) => {}
            None => out.push(entry),
        }
    }
    // "at around 9pm Thursday night": the clock time says it all; the night is no second entry
    // (but "were told to leave on Saturday, and a shelter opened on Saturday night" are two)
    let finer = |e: &TimelineEntry| {
        out.iter().any(|o| {
            o.evidence.sentence == e.evidence.sentence
                && o.value.split('T').next() == e.value.split('T').next()
                && precision(&o.value) > precision(&e.value)
                && (same_words(&o.event, &e.event) || has_phrase(&e.event, &o.text))
        })
    };
    let keep: Vec<bool> = out.iter().map(|e| e.end.is_some() || !finer(e)).collect();
    out.into_iter().zip(keep).filter_map(|(e, k)| k.then_some(e)).collect()
}

/// True when mention `i` is a clock time in brackets inside the item of a glued list whose
/// heading date comes before it ("Saturday, 17 JuneHome Rovers v Town Rangers (12:30)Dock
/// Street v Vale"): the time of the item's day, which is the entry.
fn is_item_time(doc: &Doc, mentions: &[TimexMention], i: usize) -> bool {
    let m = &mentions[i];
    let text = doc.text();
    let bracketed = text.get(..m.timex.span.start).is_some_and(|b| b.ends_with('('))
        && text.get(m.timex.span.end..).is_some_and(|a| a.starts_with(')'));
    let Some(heading) = i.checked_sub(1).map(|p| &mentions[p]) else { return false };
    m.timex.kind == TimexType::Time
        && bracketed
        && heading.sentence == m.sentence
        && m.timex.value.split('T').next() == Some(heading.timex.value.as_str())
        && list_heading(text, doc.sentences()[m.sentence].span, heading.timex.span)
}

/// The length of the sentence an entry comes from, in bytes.
fn sentence_length(doc: &Doc, entry: &TimelineEntry) -> usize {
    doc.sentence_text(entry.evidence.sentence).len()
}

/// True when the sentence of entry `a` tells its event better than that of `b`, the same
/// event's: a sentence that ends with a full stop before one that does not (a caption split
/// off the story's text, "…Wright (above) dismissed the claims" before the story's "…Wright
/// dismissed the claims and said…."), else the shorter.
fn tells_it_better(doc: &Doc, a: &TimelineEntry, b: &TimelineEntry) -> bool {
    let stopped = |e: &TimelineEntry| {
        let text = doc.sentence_text(e.evidence.sentence).trim_end();
        text.trim_end_matches(['"', '\'', '’', '”', ')']).ends_with(['.', '!', '?'])
    };
    match (stopped(a), stopped(b)) {
        (true, false) => true,
        (false, true) => false,
        _ => sentence_length(doc, a) < sentence_length(doc, b),
    }
}

/// Most words of the event an anchored interval dates after its "before" or "after": "a year
/// before Adolf Hitler became its leader".
const ANCHORED_EVENT_WORDS: usize = 10;

/// The entries of dates told as an interval from another date of the sentence, which the tagger
/// leaves as durations (TimeML's "N days before X"): "resigned a day before Wednesday's vote"
/// dates the resignation the Tuesday; "founded in 1902, a year before its stadium opened"
/// dates the opening 1903. The other date keeps its own entry.
fn anchored_entries(
    doc: &Doc,
    mentions: &[TimexMention],
    anchor: Date,
    starts: &[Option<usize>],
) -> Vec<(Date, Date, TimelineEntry)> {
    let text = doc.text();
    let mut out = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.timex.kind != TimexType::Duration || !in_story(starts, m.sentence, m.timex.span.start) {
            continue;
        }
        let Some((count, unit)) = interval_length(&m.timex.value) else { continue };
        let after = text.get(m.timex.span.end..).unwrap_or("");
        let Some((link, rest)) = [" before ", " after ", " ahead of "]
            .into_iter()
            .find_map(|l| after.strip_prefix(l).map(|rest| (l.trim(), rest)))
        else {
            continue;
        };
        let before = link != "after";
        let sentence = doc.sentences()[m.sentence].span;
        let next = mentions.get(i + 1).filter(|n| {
            n.sentence == m.sentence
                && matches!(n.timex.kind, TimexType::Date | TimexType::Time)
                && n.timex.span.start == m.timex.span.end + 2 + link.len()
        });
        // "a day before Wednesday's vote": the date after the link anchors this one
        let (value, event) = if let Some(n) = next {
            let Some(value) = shifted(&n.timex.value, count, unit, !before) else { continue };
            let story_from = starts.get(m.sentence).copied().flatten().unwrap_or(0);
            let dated = [with_zone(text, n.timex.span)];
            let phrase = event_phrase(doc, m.sentence, m.timex.span, &dated, story_from);
            let own = doc.span_text(m.timex.span);
            // the clause up to the length: "The harbour master resigned"
            let phrase = phrase.find(own).map_or(phrase.as_str(), |at| &phrase[..at]);
            let phrase = phrase.trim_end_matches([',', ' ']).to_string();
            (value, phrase)
        } else {
            // "founded in 1902, a year before its stadium opened": the date before anchors the
            // event after the link
            let Some(p) = i.checked_sub(1).map(|p| &mentions[p]).filter(|p| {
                p.sentence == m.sentence
                    && text.get(p.timex.span.end..m.timex.span.start).is_some_and(|b| b == ", ")
            }) else {
                continue;
            };
            let Some(value) = shifted(&p.timex.value, count, unit, before) else { continue };
            let clause_end = rest.find([',', ';', '.', '(']).unwrap_or(rest.len());
            let clause_end = clause_end.min(sentence.end.saturating_sub(text.len() - rest.len()));
            let words: Vec<&str> = rest[..clause_end].split_whitespace().collect();
            if words.len() < 2 || words.len() > ANCHORED_EVENT_WORDS {
                continue;
            }
            (value, words.join(" "))
        };
        if !event.chars().any(char::is_alphabetic) {
            continue;
        }
        let Some((start, end)) = interval(&value) else { continue };
        let tense = if end <= anchor {
            Tense::Past
        } else if start > anchor {
            Tense::Future
        } else {
            Tense::Present
        };
        let entry = TimelineEntry {
            label: label(&value, None),
            value,
            end: None,
            modifier: None,
            kind: TimexType::Date,
            text: text.get(m.timex.span.start..m.timex.span.end + 1 + link.len()).unwrap_or("").to_string(),
            event,
            tense,
            evidence: Evidence::sentence(doc, m.sentence),
        };
        out.push((start, end, entry));
    }
    out
}

/// The length of a duration value as a count and its unit (`D`, `W`, `M` or `Y`): "P1D" →
/// (1, 'D'); none for a vague or a compound length.
fn interval_length(value: &str) -> Option<(i64, char)> {
    let body = value.strip_prefix('P')?;
    let unit = body.chars().next_back()?;
    let count: i64 = body.get(..body.len() - 1)?.parse().ok()?;
    (matches!(unit, 'D' | 'W' | 'M' | 'Y') && (1..=100).contains(&count)).then_some((count, unit))
}

/// `value` moved `count` `unit`s earlier (or later), when the unit is the value's own: days and
/// weeks from a day, months from a month, years from a year.
fn shifted(value: &str, count: i64, unit: char, later: bool) -> Option<String> {
    // "two years after" a day names a year only roughly: the length's unit is the date's own
    let own_unit = match value.len() {
        4 => 'Y',
        7 => 'M',
        10 => 'D',
        _ => return None,
    };
    if own_unit != unit && !(own_unit == 'D' && unit == 'W') {
        return None;
    }
    let sign = if later { 1 } else { -1 };
    match unit {
        'D' | 'W' => {
            let day: Date = value.get(..10).filter(|_| value.len() == 10)?.parse().ok()?;
            let days = if unit == 'W' { 7 * count } else { count };
            let moved = day.checked_add((sign * days).days()).ok()?;
            Some(moved.to_string())
        }
        'M' => {
            let month: Date = format!("{}-01", value.get(..7)?).parse().ok()?;
            let moved = month.checked_add((sign * count).months()).ok()?;
            Some(moved.to_string()[..7].to_string())
        }
        _ => {
            let year: i64 = value.get(..4).filter(|y| y.chars().all(|c| c.is_ascii_digit()))?.parse().ok()?;
            let moved = year + sign * count;
            (1000..=9999).contains(&moved).then(|| moved.to_string())
        }
    }
}

/// `span` with the zone written after its clock time: "17:00 local time", "10:15 GMT" (the
/// zones of the temporal context table, in capitals).
fn with_zone(text: &str, span: Span) -> Span {
    let after = text.get(span.end..).unwrap_or("");
    let word = after.strip_prefix(' ').unwrap_or("");
    let bare = |w: &str| w.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    let lower = word.to_ascii_lowercase();
    let len = if lower.starts_with("local time") && !lower[10..].starts_with(char::is_alphanumeric) {
        10
    } else {
        let first = word.split_whitespace().next().unwrap_or("");
        let first = &first[..bare(first)];
        let zone = !first.is_empty()
            && first.chars().all(|c| c.is_ascii_uppercase())
            && has_role(&first.to_ascii_lowercase(), ContextRole::Zone);
        if zone { first.len() } else { return span }
    };
    Span::new(span.start, span.end + 1 + len)
}

/// "earlier" or "later" for "earlier this year", "later this month": TimeML marks the part of
/// the period before or after the article's date as its start or end, but the reader is told
/// what the article said.
fn before_or_after_now(text: &str, modifier: Option<TimexMod>) -> Option<&'static str> {
    let lower = text.to_lowercase();
    match modifier {
        Some(TimexMod::Start) if lower.starts_with("earlier ") => Some("earlier"),
        Some(TimexMod::End) if lower.starts_with("later ") => Some("later"),
        _ => None,
    }
}

/// True when one of two sentences holds the whole of the other (its closing stop aside): a
/// caption that repeats a sentence of the story, or runs into the next one.
fn repeats(doc: &Doc, a: usize, b: usize) -> bool {
    // a stop before a closing quotation mark ("…and called them 'pets.'") is the sentence's end
    // too: the caption that repeats it has no stop
    let bare = |i: usize| {
        doc.sentence_text(i).trim().trim_end_matches(['.', '!', '?', '\'', '"', '’', '”']).to_lowercase()
    };
    let (a, b) = (bare(a), bare(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.split_whitespace().count() >= REPEATED_WORDS && long.contains(&short)
}

/// True when two event phrases are the same words but for a few ("in the US" and "in the
/// USA" when a page repeats a paragraph): at least [`SAME_WORDS`] of their words shared.
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| -> std::collections::HashSet<String> {
        s.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let shared = a.intersection(&b).count();
    let all = a.union(&b).count();
    all > 0 && shared as f64 >= SAME_WORDS * all as f64
}

/// True when `phrase` holds `words` whole, whatever the case: "spent his Saturday afternoon
/// golfing" holds "Saturday afternoon".
fn has_phrase(phrase: &str, words: &str) -> bool {
    let (phrase, words) = (phrase.to_lowercase(), words.to_lowercase());
    !words.is_empty()
        && phrase.match_indices(&words).any(|(i, w)| {
            let before = phrase[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = phrase[i + w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
}

/// True when the shorter of two event phrases of one date is nearly all words of the longer:
/// a caption that tells the story's sentence again around the same date ("…with cops in
/// Cottonwood, Arizona, just moments before a deadly gunfight Chaos: During…"). At least
/// [`REPEATED_WORDS`] words, [`TOLD_AGAIN_WORDS`] of them in the other phrase.
fn told_again(a: &str, b: &str) -> bool {
    let words = |s: &str| -> std::collections::HashSet<String> {
        s.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= REPEATED_WORDS
        && short.intersection(&long).count() as f64 >= TOLD_AGAIN_WORDS * short.len() as f64
}

/// Share of the shorter phrase's words that must be in the longer for a caption's phrase to be
/// the story's told again.
const TOLD_AGAIN_WORDS: f64 = 0.8;

/// Share of their words two event phrases of one date must have in common to be one entry.
const SAME_WORDS: f64 = 0.75;

/// Fewest words a sentence must have for its repetition to be told apart from a stock phrase.
const REPEATED_WORDS: usize = 6;

/// How finely a day's value places the event: a day, a part of the day, a clock time.
fn precision(value: &str) -> u8 {
    match value.split_once('T') {
        Some((_, time)) if time.contains(':') => 2,
        Some(_) => 1,
        None => 0,
    }
}

/// The `n` entries a short digest shows, in date order: those the article tells earliest and
/// those nearest its date (`anchor`), by the sum of the two ranks. News puts the story's own
/// events first and its background ("the 1980s", "four years ago") further down.
pub fn key_entries(timeline: &[TimelineEntry], anchor: Option<Date>, n: usize) -> Vec<&TimelineEntry> {
    if timeline.len() <= n {
        return timeline.iter().collect();
    }
    let rank = |key: &dyn Fn(&TimelineEntry) -> i64| {
        let mut order: Vec<usize> = (0..timeline.len()).collect();
        order.sort_by_key(|&k| key(&timeline[k]));
        let mut rank = vec![0; timeline.len()];
        for (r, k) in order.into_iter().enumerate() {
            rank[k] = r;
        }
        rank
    };
    let told = rank(&|e| e.evidence.sentence as i64);
    let near = match anchor {
        Some(anchor) => rank(&|e| {
            interval(&e.value).map_or(i64::MAX, |(start, _)| (start - anchor).get_days().abs().into())
        }),
        None => vec![0; timeline.len()],
    };
    let mut chosen: Vec<usize> = (0..timeline.len()).collect();
    chosen.sort_by_key(|&k| (told[k] + near[k], told[k]));
    chosen.truncate(n);
    chosen.sort_unstable();
    chosen.into_iter().map(|k| &timeline[k]).collect()
}

/// True when `b` is the day of clock time `a`, written after it: "5pm on Friday", "03:42 GMT on
/// Friday", "9 a.m., June 2". The clock's value already holds the day.
fn on_its_day(doc: &Doc, a: &TimexMention, b: &TimexMention) -> bool {
    let clock = a.timex.kind == TimexType::Time && precision(&a.timex.value) == 2;
    let day = b.timex.kind == TimexType::Date && b.timex.value.len() == 10;
    let zoned = with_zone(doc.text(), a.timex.span);
    let between = doc.text().get(zoned.end..b.timex.span.start).map(str::trim);
    a.sentence == b.sentence && clock && day && matches!(between, Some("on" | ","))
}

/// True when `a` and `b` are the two ends of one range in the same sentence.
fn is_range(doc: &Doc, a: &TimexMention, b: &TimexMention) -> bool {
    if a.sentence != b.sentence || a.timex.kind != b.timex.kind {
        return false;
    }
    let text = doc.text();
    let Some(between) = text.get(a.timex.span.end..b.timex.span.start) else { return false };
    let between = between.trim();
    let before = text.get(..a.timex.span.start).unwrap_or("").trim_end().to_lowercase();
    // "was adjourned on Tuesday until March 3": a day the deferral happened, then the day it
    // runs to, are two events, not one range
    let on_a_day = before.ends_with(" on") && matches!(between, "until" | "till");
    match between {
        "-" | "–" | "—" | "to" | "through" | "until" | "till" => !on_a_day,
        "and" => before.ends_with("between"),
        _ => false,
    }
}

/// True when the expression names no particular time: a clock time after "a" ("works a 3 am
/// shift"), or "today" in a clause neither past nor future ("Today, the site is the go-to
/// place", "feels especially relevant today": nowadays, not the publication day's event).
fn is_generic(doc: &Doc, m: &TimexMention) -> bool {
    let nowadays = doc.span_text(m.timex.span).eq_ignore_ascii_case("today")
        && !matches!(m.tense, Some(TenseCue::Past | TenseCue::Future))
        && !in_progressive(doc, m);
    nowadays
        || is_generic_clock(doc, m)
        || is_match_half(doc, m)
        || is_league_season(doc, m)
        || is_routine_clock(doc, m)
        || qualifies_a_title(doc, m)
        || is_era(doc, m)
        || is_in_a_name(doc, m)
        || dates_a_photo(doc, m)
        || names_a_feast(doc, m)
        || is_a_kind_of_day(doc, m)
        || in_a_condition(doc, m)
        || reached_by(doc, m)
}

/// True when the expression is the article's own year, whole, in a clause in the present or
/// with no tense ("the ferry sails on Sundays, as it does this year", "the village lives in the
/// year 2026 as in 1950"): the year the reader is in, told of a state, dates no event of it
/// ("opened a terminal this year" does; "earlier this year" keeps its part of the year).
fn is_the_years_state(m: &TimexMention, anchor: Date) -> bool {
    // ("expects 70,000 visitors this year" is a forecast the timeline keeps)
    m.timex.value == anchor.year().to_string()
        && m.timex.modifier.is_none()
        && matches!(m.tense, None | Some(TenseCue::Present))
}

/// The words of the sentence before the expression, nearest first, each cut to its letters and
/// digits and lower-cased, with whether a clause break (a comma, a colon, a semicolon, a dash)
/// follows it: "floes•By" gives "by", as a list glued to the text does.
fn words_before(doc: &Doc, m: &TimexMention) -> Vec<(String, bool)> {
    let from = doc.sentences()[m.sentence].span.start;
    let head = doc.text().get(from..m.timex.span.start).unwrap_or("");
    let mut out = Vec::new();
    for w in head.split_whitespace().rev() {
        // (a bracket closes an aside: "(all times BST unless stated)Monday, 2 May")
        let breaks = w.ends_with([',', ';', ':', ')']) || matches!(w, "-" | "–" | "—");
        let last =
            w.rsplit(|c: char| !c.is_alphanumeric() && c != '\'').find(|p| !p.is_empty()).unwrap_or("");
        out.push((last.trim_matches('\'').to_lowercase(), breaks));
        // a word glued to a bullet or a bracket before it opens a new item: "ice floes•By May"
        let glued = w.trim_end_matches(|c: char| !c.is_alphanumeric()).rfind(GLUES).is_some_and(|at| at > 0);
        if glued {
            out.push((String::new(), true));
        }
    }
    out
}

/// Marks that, glued between two words, part them as a clause break does.
const GLUES: [char; 8] = ['•', ')', ']', '!', '?', ';', ':', '|'];

/// True when a date without its year shares its sentence with a set ("every year", "each
/// week") in a clause not in the past: "holds two fairs every year, one on 3 May and one in
/// October" tells a routine, no event of the story.
fn in_a_routine(doc: &Doc, mentions: &[TimexMention], m: &TimexMention) -> bool {
    let own_year = doc.span_text(m.timex.span).split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4);
    // (the set comes first: "will say today: 'we cut taxes every year'" keeps its day)
    !own_year
        && !matches!(m.tense, Some(TenseCue::Past))
        && mentions.iter().any(|o| {
            o.sentence == m.sentence
                && o.timex.kind == TimexType::Set
                && o.timex.span.end <= m.timex.span.start
        })
}

/// Most words between a wish's verb and the date it looks to: "hopes to name the new coaching
/// staff of the first team".
const WISH_WORDS: usize = 12;

/// True when the expression follows a verb of wishing in its clause (`wish` rows of
/// `timeline_nouns.tsv`): "hopes to name the staff next week", "aiming for a medal at next
/// year's games" tell a wish; for a date ahead, no entry ("hoping to retake the cup they last
/// held in 1998" keeps its past year).
fn after_a_wish(doc: &Doc, m: &TimexMention) -> bool {
    for (word, breaks) in words_before(doc, m).into_iter().take(WISH_WORDS) {
        if breaks {
            return false;
        }
        if DATED_NOUNS.get(word.as_str()) == Some(&DatedNoun::Wish) {
            return true;
        }
    }
    false
}

/// Most words between a condition's opening word and the date in it: "whether the talks on the
/// new harbour lease in".
const CONDITION_WORDS: usize = 12;

/// True when the expression lies in a condition or an open question, after "if", "unless" or
/// "whether" with no clause break between (`condition` rows of `timeline_nouns.tsv`): "refused
/// to rule out a vote if the party wins the 2027 election", "asked whether the talks in May would
/// go ahead" tell what may happen, not what did. ("If they win on Saturday, …" too; "said on
/// Monday that if …" keeps its Monday.)
fn in_a_condition(doc: &Doc, m: &TimexMention) -> bool {
    let mut auxiliaries = 0;
    for (word, breaks) in words_before(doc, m).into_iter().take(CONDITION_WORDS) {
        // the break after the word nearest the date closes a clause before it
        if breaks {
            return false;
        }
        if DATED_NOUNS.get(word.as_str()) == Some(&DatedNoun::Condition) {
            // "A ruling on whether the port will reopen is due in the autumn": a
            // second auxiliary is the main clause's, which the date belongs to
            return auxiliaries < 2;
        }
        auxiliaries += usize::from(AUXILIARIES.contains(&word.as_str()));
    }
    false
}

/// Auxiliaries and the finite forms of "be" and "have": two between a condition's opening word
/// and a date tell that the condition's clause has closed.
const AUXILIARIES: [&str; 15] = [
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "may", "might",
    "must", "should",
];

/// Most words after "by" and its date to the verb of their clause.
const REACHED_WORDS: usize = 8;

/// True when a date after "by" opens a clause whose event was reached before it, or is a guess
/// about it (`reached` rows of `timeline_nouns.tsv`: a past perfect's "had", a modal of
/// likelihood, after the date): "By May 1944, the fleet had lost 40 ships", "by 2030 it could be
/// half" date no event on that day. A clause told before "by" keeps its date as a deadline or a
/// tally ("must be paid by Friday", "would be ready by Christmas", "had burned 2,400 hectares by
/// Sunday morning").
fn reached_by(doc: &Doc, m: &TimexMention) -> bool {
    let before = words_before(doc, m);
    if before.first().is_none_or(|(w, _)| w != "by") {
        return false;
    }
    let is_reached = |w: &str| DATED_NOUNS.get(w) == Some(&DatedNoun::Reached);
    let end = doc.sentences()[m.sentence].span.end;
    let after = doc.text().get(m.timex.span.end..end).unwrap_or("");
    // "By May 1944, the fleet had…": the comma after an opening date leads to its clause;
    // after a clause told first it opens the next ("would ease by Tuesday, but rivers could…")
    let opens = before.get(1).is_none_or(|(_, breaks)| *breaks);
    let after = match after.strip_prefix(',') {
        Some(rest) if opens => rest,
        Some(_) => return false,
        None => after,
    };
    let mut ahead = false;
    for w in after.split_whitespace().take(REACHED_WORDS) {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if is_reached(&bare) {
            ahead = true;
            break;
        }
        if w.ends_with([',', ';', ':', '.']) {
            break;
        }
    }
    ahead
}

/// The lower-case word right before the expression in its sentence, its punctuation cut.
fn word_before(doc: &Doc, m: &TimexMention) -> Option<String> {
    let from = doc.sentences()[m.sentence].span.start;
    let before = doc.text().get(from..m.timex.span.start)?;
    let word = before.split_whitespace().next_back()?;
    Some(word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
}

/// True when the expression is a holiday's name alone ("Christmas", "Anzac Day").
fn is_holiday(doc: &Doc, m: &TimexMention) -> bool {
    let text = doc.span_text(m.timex.span).replace('’', "'").to_lowercase();
    classes(&text).iter().any(|c| matches!(c, WordClass::Holiday(_)))
}

/// True when a holiday is named as the feast itself, not as the day of an event: no word that
/// places an event on it comes right before it (`holiday_cues.txt`): "enjoy Christmas online",
/// "a Christmas card", "when Christmas Day falls on a weekend" give no entry; "arrested on
/// Christmas Day" does.
fn names_a_feast(doc: &Doc, m: &TimexMention) -> bool {
    // "the Boxing Day charity match": an occasion held on the holiday, a word or two after it
    let occasion = doc.text().get(m.timex.span.end..).is_some_and(|after| {
        after.starts_with(' ')
            && after.split_whitespace().take(GATHERING_WORDS).any(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                DATED_NOUNS.get(w.as_str()) == Some(&DatedNoun::Gathering)
            })
    });
    is_holiday(doc, m) && !occasion && !word_before(doc, m).is_some_and(|w| HOLIDAY_CUES.contains(w.as_str()))
}

/// Most words after a holiday's name to its occasion: "Boxing Day charity match".
const GATHERING_WORDS: usize = 2;

/// True when a weekday follows "a" or "an": a kind of day, no date ("when the festival falls
/// on a Sunday", "if it fell on a Monday").
fn is_a_kind_of_day(doc: &Doc, m: &TimexMention) -> bool {
    let text = doc.span_text(m.timex.span).to_lowercase();
    classes(&text).iter().any(|c| matches!(c, WordClass::Weekday(_)))
        && word_before(doc, m).is_some_and(|w| matches!(w.as_str(), "a" | "an"))
}

/// Words before a holiday's name that make it a date (`holiday_cues.txt`).
static HOLIDAY_CUES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("lexicon/holiday_cues.txt")).collect());

/// True when a capitalised time word is part of a name: "the Sunday Times", "BBC Radio 4's
/// Today programme" (`name` rows of `timeline_nouns.tsv`, the word after it).
fn is_in_a_name(doc: &Doc, m: &TimexMention) -> bool {
    let text = doc.span_text(m.timex.span);
    if after_a_name(doc, m) {
        return true;
    }
    if text.contains(char::is_whitespace) || !text.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let after = doc.text().get(m.timex.span.end..).unwrap_or("");
    let Some(next) = after.strip_prefix(' ').and_then(|a| a.split_whitespace().next()) else {
        return false;
    };
    let next = next.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    DATED_NOUNS.get(next.as_str()) == Some(&DatedNoun::Name)
}

/// True when a bare year or a capitalised "Today"/"Tonight" ends a name: it comes right after
/// a capitalised word that is not the sentence's first, nor a time word or a function word
/// ("missed Euro 2016 with an injury", "under the Water Act 1989", "told Radio Solent Tonight").
fn after_a_name(doc: &Doc, m: &TimexMention) -> bool {
    let text = doc.span_text(m.timex.span);
    let year = text.len() == 4 && text.chars().all(|c| c.is_ascii_digit());
    if !(year || matches!(text, "Today" | "Tonight")) {
        return false;
    }
    let from = doc.sentences()[m.sentence].span.start;
    let Some(before) = doc.text().get(from..m.timex.span.start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let Some((rest, word)) = before.rsplit_once(' ') else { return false };
    let lower = word.to_lowercase();
    word.starts_with(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && rest.chars().any(char::is_alphabetic)
        && crate::extract::timex::lexicon::classes(&lower).is_empty()
        && !crate::extract::terms::is_stopword(&lower)
}

/// Most words between a photograph's verb and the date it gives: "pictured with the mayor in".
const PHOTO_WORDS: usize = 6;

/// True when the date is a photograph's ("Ames, pictured with the mayor in 2001, said …", "The
/// museum pictured in 1990 following the heist"): a caption's date, no event of the story
/// (`photo` rows of `timeline_nouns.tsv`).
fn dates_a_photo(doc: &Doc, m: &TimexMention) -> bool {
    // "pictured at the launch on Tuesday" may be the day's event; a year or a month is the file
    // photograph's
    if m.timex.value.len() > "2001-01".len() {
        return false;
    }
    let sentence = doc.sentences()[m.sentence].span;
    let head = doc.text().get(sentence.start..m.timex.span.start).unwrap_or("");
    for word in head.split_whitespace().rev().take(PHOTO_WORDS) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if DATED_NOUNS.get(bare.as_str()) == Some(&DatedNoun::Photo) {
            return true;
        }
        // the photograph's clause ends at a comma, a bracket or a full stop
        if word.ends_with([',', ';', ':', '.', ')']) || word.starts_with('(') {
            return false;
        }
    }
    false
}

/// True when the expression stands inside a present progressive, "is today opening a museum",
/// "are meeting today": the day's own event, not nowadays.
fn in_progressive(doc: &Doc, m: &TimexMention) -> bool {
    let text = doc.text();
    let before = text.get(..m.timex.span.start).unwrap_or("");
    let after = text.get(m.timex.span.end..).unwrap_or("");
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let last = before.split_whitespace().next_back().map(bare).unwrap_or_default();
    let next = after.split_whitespace().next().map(bare).unwrap_or_default();
    let progressive_before = {
        let mut words = before.split_whitespace().rev().map(bare);
        let verb = words.next().unwrap_or_default();
        let auxiliary = words.next().unwrap_or_default();
        is_ing(&verb) && matches!(auxiliary.as_str(), "is" | "are")
    };
    (matches!(last.as_str(), "is" | "are") && is_ing(&next))
        || (progressive_before && !after.starts_with(','))
}

/// True when a decade or a century is named as an era in a sentence with no past or future in
/// it ("forces the mind to relive the '50s, '60s and '70s", "As a literary artifact of the early
/// 1970s, there isn't anything to compare"): no event of the story ("began his career in the
/// 1980s", "Back in the '50s, the film was made" are).
fn is_era(doc: &Doc, m: &TimexMention) -> bool {
    let value = m.timex.value.as_str();
    if !(2..=3).contains(&value.len()) || !value.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let sentence = doc.sentence_text(m.sentence);
    let told = sentence.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        (matches!(EVENT_LINKS.get(w.as_str()), Some(Link::Auxiliary | Link::Verb))
            && !matches!(w.as_str(), "is" | "are" | "has" | "have"))
            || is_past_form(&w)
            || is_participle(&w)
    });
    !told && !matches!(m.tense, Some(TenseCue::Past | TenseCue::Future))
}

/// Most words between a year and the title it qualifies: "the 2014 NASCAR Sprint Cup Series
/// champions".
const TITLE_WORDS: usize = 5;

/// True when a bare year qualifies a person's title or rank ("2015 top seed Kei Nishikori",
/// "the 2014 NASCAR Sprint Cup Series champions"): it names who they are, not an event.
fn qualifies_a_title(doc: &Doc, m: &TimexMention) -> bool {
    let text = doc.span_text(m.timex.span);
    if text.len() != 4 || !text.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let before = doc.text().get(..m.timex.span.start).unwrap_or("");
    let last = before.split_whitespace().next_back().unwrap_or("").to_lowercase();
    if !before.ends_with(' ') || PREPOSITIONS.contains(&last.as_str()) {
        return false;
    }
    let after = doc.text().get(m.timex.span.end..).unwrap_or("");
    if !after.starts_with(' ') {
        return false;
    }
    for word in after.split_whitespace().take(TITLE_WORDS) {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')']).to_lowercase();
        if DATED_NOUNS.get(bare.as_str()) == Some(&DatedNoun::Title) {
            return true;
        }
        if bare.len() != word.len() || EVENT_LINKS.contains_key(bare.as_str()) {
            return false;
        }
    }
    false
}

/// True when a clock time tells a routine in a relative clause in the present: "Night buses,
/// which run from 23:00 to 05:00 local time, are not affected", "the shop, which opens at 9am".
fn is_routine_clock(doc: &Doc, m: &TimexMention) -> bool {
    if m.timex.kind != TimexType::Time || precision(&m.timex.value) < 2 {
        return false;
    }
    // (the relative clause's own verb says the tense: "which will open at 9am" is an event)
    let sentence = doc.sentences()[m.sentence].span;
    let before = doc.text().get(sentence.start..m.timex.span.start).unwrap_or("");
    let clause = &before[before.rfind(',').map_or(0, |i| i + 1)..];
    let mut words = clause.split_whitespace().map(str::to_lowercase);
    let relative = words.next().is_some_and(|w| matches!(w.as_str(), "which" | "that" | "who"));
    let present = words.next().is_some_and(|w| {
        w.chars().all(|c| c.is_ascii_lowercase())
            && EVENT_LINKS.get(w.as_str()).is_none()
            && !is_participle(&w)
            && !is_past_form(&w)
    });
    relative && present
}

/// True when a half names a match's or a season's half, not a half year: "the second half",
/// "the first half of the campaign" (a half year is written with its year or as "first-half").
fn is_match_half(doc: &Doc, m: &TimexMention) -> bool {
    let text = doc.span_text(m.timex.span).to_lowercase();
    let half_year = m.timex.value.get(4..).is_some_and(|rest| rest.starts_with("-H"));
    half_year && !(text.contains(char::is_numeric) || text.contains("year") || text.contains('-'))
}

/// True when a season without its years names the time ("this season", "the end of the
/// season", "this holiday season"): the tagger gives it the year it falls in, but a league
/// season straddles two years, so a dated entry would tell the reader more than the article
/// does ("the 2008 season" keeps its year).
fn is_league_season(doc: &Doc, m: &TimexMention) -> bool {
    let text = doc.span_text(m.timex.span).to_lowercase();
    (text.contains("season") && !text.contains(char::is_numeric)) || is_season_span(&text)
}

/// True for a season written as its two years, "2013-14" or "2013/14": the tagger gives it
/// the first year alone, which would tell the reader more than the article does.
fn is_season_span(text: &str) -> bool {
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.split_once(['-', '/', '–']).is_some_and(|(a, b)| digits(a, 4) && digits(b, 2))
    })
}

/// True when a clock time names no particular day: "works a 3 am shift".
fn is_generic_clock(doc: &Doc, m: &TimexMention) -> bool {
    let before = doc.text().get(..m.timex.span.start).unwrap_or("");
    let last = before.trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    m.timex.kind == TimexType::Time
        && matches!(last, "a" | "an" | "A" | "An")
        && before.ends_with(char::is_whitespace)
}

/// True when `a` and `b` are two dates offered as alternatives: "August or September".
/// Where the brackets close when `b` restates `a` in them, as wire copy gives a time in
/// another zone or a date in another calendar: "at 15:48 (14:48 GMT)".
fn restatement(doc: &Doc, a: &TimexMention, b: &TimexMention) -> Option<usize> {
    let text = doc.text();
    let between = text.get(a.timex.span.end..b.timex.span.start)?;
    let after = text.get(b.timex.span.end..)?;
    let close = after.find(')').filter(|&at| at <= RESTATEMENT_TAIL && !after[..at].contains('('))?;
    (a.sentence == b.sentence && a.timex.kind == b.timex.kind && between.trim() == "(")
        .then_some(b.timex.span.end + close + 1)
}

/// Most bytes between a restated time and its closing bracket: "(14:48 GMT)", "(0230 local
/// time)".
const RESTATEMENT_TAIL: usize = 16;

fn is_alternative(doc: &Doc, a: &TimexMention, b: &TimexMention) -> bool {
    a.sentence == b.sentence
        && a.timex.kind == b.timex.kind
        && doc.text().get(a.timex.span.end..b.timex.span.start).is_some_and(|between| between.trim() == "or")
}

/// Words of the event phrase kept before the time expression's place when the clause is
/// longer than [`EVENT_WORDS`].
const EVENT_WORDS_BEFORE: usize = 5;

/// A quotation closed after its comma, before the speaker: the words after it are a clause of
/// their own.
const QUOTE_CLOSES: [&str; 3] = [",’ ", ",” ", ",\" "];

/// The clause around `span` in sentence `index`, in the article's words, at most
/// [`EVENT_WORDS`] of them around the time expression's place. An expression introduced by a
/// preposition is left out with it ("told customers on June 2 to wait" → "told customers to
/// wait"); one that is part of the clause's grammar ("Today is a great day", "Sunday was
/// chosen") stays, so the phrase still reads as the article wrote it. `story_from`: where the
/// story starts in the sentence (past sharing buttons glued before it).
fn event_phrase(doc: &Doc, index: usize, span: Span, dated: &[Span], story_from: usize) -> String {
    // the story's part of the sentence: sharing buttons glued before it are no event's words
    let whole = doc.sentences()[index].span;
    let sentence = Span::new(whole.start.max(story_from).min(span.start), whole.end);
    let text = doc.text();
    let quotes = quotations(text, sentence);
    let quoted = |s: Span| quotes.iter().any(|q| q.start <= s.start && s.end <= q.end);
    // a date inside a quotation: the quotation is the event, verbatim
    if let Some(q) = quotes.iter().find(|q| q.start <= span.start && span.end <= q.end) {
        return quoted_event(text, *q, span);
    }
    if let Some(phrase) = dated_noun_phrase(text, sentence, span) {
        return phrase;
    }
    let phrase = clause_event(text, sentence, span, dated, &quoted);
    let phrase = balance_quotes(phrase);
    if alters_a_quotation(doc.span_text(sentence), &phrase) {
        return balance_quotes(verbatim_window(text, sentence, span));
    }
    phrase
}

/// The event phrase of the clause around `span` (not in a quotation), `dated` the sentence's
/// other dated expressions.
fn clause_event(
    text: &str,
    sentence: Span,
    span: Span,
    dated: &[Span],
    quoted: &dyn Fn(Span) -> bool,
) -> String {
    // the date with the dates listed with it ("on January 24, February 3 and February 11")
    let mut all: Vec<Span> = dated.iter().copied().chain([span]).collect();
    all.sort_by_key(|s| s.start);
    let groups = date_groups(text, &all);
    let own = groups.iter().copied().find(|g| g.start <= span.start && span.end <= g.end).unwrap_or(span);
    let others: Vec<Span> = groups.iter().copied().filter(|g| *g != own && !quoted(*g)).collect();
    // "Having recorded his first album, "Tapestry," in 1969, in Berkeley, …, McLean became": an
    // opening participle clause holding the date is its event, up to the date
    let opening = text.get(sentence.start..own.start).unwrap_or("").trim();
    if opens_with_perfect_participle(opening) && others.iter().all(|o| o.start > own.end) {
        return strip_last_word(opening, &PREPOSITIONS).trim_end_matches([',', ' ']).to_string();
    }
    // the date's own clause, when another date's clause comes before or after it
    // (a date inside a relative clause or an apposition, which is left out, opens none)
    let head_from = others
        .iter()
        .filter(|o| o.end <= own.start)
        .max_by_key(|o| o.end)
        .filter(|o| {
            let before = text.get(sentence.start..o.start).unwrap_or("");
            !(in_open_relative(before) || in_apposition(before))
        })
        .and_then(|o| {
            let start = clause_links(text, o.end, own.start).0?;
            // "a drought emergency on Monday that will last": the noun stands before the date
            let relative = text.get(o.end..start).is_some_and(|w| w.trim().eq_ignore_ascii_case("that"))
                && text.get(start..).and_then(|t| t.split_whitespace().next()).is_some_and(|w| {
                    matches!(EVENT_LINKS.get(w.to_lowercase().as_str()), Some(Link::Auxiliary))
                });
            Some(if relative { noun_before(text, sentence.start, *o).unwrap_or(start) } else { start })
        })
        .unwrap_or(sentence.start);
    let next_date = others.iter().filter(|o| o.start >= own.end).map(|o| o.start).min();
    let tail_to = next_date.and_then(|to| clause_links(text, own.end, to).1).unwrap_or(sentence.end);
    // "…talks stalled in spring2 May - Union rejects the pay offer9 May - …": a date heading an item
    // of a list that lost its line breaks; its event is the item, up to the next date
    let heading = list_heading(text, sentence, own);
    // (a clock time in brackets is the item's own: "Home Rovers v Town Rangers (12:30)Dock Street v Vale")
    let next_heading = others
        .iter()
        .filter(|o| {
            o.start >= own.end
                && !(text.get(..o.start).is_some_and(|b| b.ends_with('('))
                    && text.get(o.end..).is_some_and(|a| a.starts_with(')')))
        })
        .map(|o| o.start)
        .min();
    let (head_from, tail_to) =
        if heading { (own.start, next_heading.unwrap_or(sentence.end)) } else { (head_from, tail_to) };
    let removed: Vec<Span> = others.iter().filter_map(|o| removal(text, sentence, *o)).collect();
    let head = without(text, head_from, own.start, &removed);
    let tail = without(text, own.end, tail_to.max(own.end), &removed);
    // the clause: from the last ";" or dash before the span to the next one after it
    // (and the speaker's words after a closed quotation: "…criminal behaviour,’ prosecutor
    // Charles Evans told the trial in 2013")
    let clause_start = head
        .rfind([';', '—'])
        .map(|i| i + head[i..].chars().next().map_or(1, char::len_utf8))
        .into_iter()
        .chain(QUOTE_CLOSES.iter().filter_map(|close| head.rfind(close).map(|i| i + close.len())))
        .max()
        .unwrap_or(0);
    // a quotation the colon opens is the speaker's words, not this clause: "told reporters on
    // Monday: \"We have been robbed…\""
    let clause_end = tail
        .find([';', '—'])
        .into_iter()
        .chain(QUOTE_OPENS.iter().filter_map(|open| tail.find(open)))
        .min()
        .unwrap_or(tail.len());
    let head_has_words = head[clause_start..].split_whitespace().count() > 1;
    // a relative clause closed before the date is not the date's clause: "expand its stadium,
    // which was built in the 1960s, by 2027"
    let head = without_closed_relatives(&head[clause_start..]);
    let opening = last_clause_opening(&head);
    let head = match relative_antecedent(&head, opening) {
        Some(antecedent) => format!("{antecedent}, {}", head[opening..].trim()),
        None => head[opening..].trim_end().to_string(),
    };
    // "Jonas Beck, a deputy minister since 2022": the apposition is told with its name
    // (an apposition closed by a comma after the date: "Beck, a deputy minister since 2022, as")
    let closed = text.get(own.end..sentence.end).is_some_and(|t| t.trim_start().starts_with(','));
    let head = if closed && in_apposition(&head) && !in_open_relative(&head) && describes_a_name(&head) {
        named_apposition(&head).unwrap_or(head)
    } else {
        head
    };
    // "Police said the suspect fled" (on Friday), "The judge granted the delay after Vell's
    // lawyer fell ill" (on Monday): the date's own clause inside the sentence
    let inner = inner_clause(&head).or_else(|| subject_of_subordinate(&head, &tail));
    let head = match inner {
        Some((at, _)) => head[at..].trim_start().to_string(),
        None => head,
    };
    // "it would run a reduced timetable during the strike and publish it" (by 5pm on Friday):
    // of two verb phrases sharing their modal, the date's is the last
    let head = second_verb_phrase(&head).unwrap_or(head);
    // "won the cup in 2009 and briefly led" (in 2012): the earlier date has
    // the first verb phrase, this one the second, told with the subject
    let dated_before = others.iter().any(|o| o.start >= head_from && o.end <= own.start);
    let head = if dated_before { own_predicate(&head).unwrap_or(head) } else { head };
    let head = head.as_str();
    // "For fiscal 2025, which ended in December, sales rose": the main clause goes on after
    let tail = without_closed_relatives(&tail[..clause_end]);
    // "On Monday, after the talks broke down, the union called a strike": the subordinate
    // clause after an opening date is its frame; the main clause after it is the event
    let opens = strip_last_word(head, &PREPOSITIONS).trim().is_empty();
    let tail = match opening_subordinate(&tail) {
        Some(main) if opens => tail[main..].to_string(),
        _ => tail,
    };
    let mut tail = tail[..first_clause_opening(&tail).unwrap_or(tail.len())].trim();
    // "After the lawyer fell ill on Monday, the judge granted…": a subordinate clause ends at
    // its comma; "…rejected an offer on May 2 and that the firm had…": a second reported clause
    // is not this one
    if matches!(inner, Some((_, true)))
        && let Some(comma) = tail.find(',')
    {
        tail = tail[..comma].trim();
    }
    if let Some(and_that) = tail.find(" and that ").or_else(|| tail.strip_prefix("and that ").map(|_| 0)) {
        tail = tail[..and_that].trim();
    }
    // "has not received funds since August and has resorted to borrowing": a second verb
    // phrase after the date is an event of its own
    if let Some(and) = second_predicate(tail) {
        tail = tail[..and].trim_end_matches([',', ' ']);
    }
    // "…while crews replace a water main, the department said on Thursday": the attribution
    // is not part of what happens on the date
    // "A wildfire that started on Friday near Sorrel had burned…": a restrictive relative
    // clause ends where the main clause's verb comes back
    if in_restrictive_relative(head)
        && let Some(verb) = resumed_verb(tail)
    {
        tail = tail[..verb].trim();
    }
    if let Some(comma) = trailing_attribution(tail, head_has_words) {
        tail = tail[..comma].trim();
    }
    // the date inside a relative clause: the clause ends at its closing comma ("who joined the
    // club in 2019, scored twice")
    if (in_open_relative(head) || in_apposition(head))
        && let Some(comma) = tail.find(',')
    {
        tail = tail[..comma].trim();
    }
    // "in August or September": the expression shares its preposition, so it stays.
    let mut ahead = tail.split_whitespace();
    let coordinated = ahead.next().is_some_and(|w| matches!(w, "or" | "and"))
        && ahead.next().is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    // "ahead of Wednesday's FA Cup replay": the expression owns the noun after it, so it stays
    // with its "'s" and its preposition (cut out, it left "ahead 's FA Cup replay")
    let possessive = ["'s", "’s"].into_iter().find(|p| tail.starts_with(p));
    if let Some(p) = possessive {
        tail = tail[p.len()..].trim_start();
    }
    let stripped =
        if coordinated || possessive.is_some() { head } else { strip_last_word(head, &PREPOSITIONS) };
    // "contained as of 6 p.m. Monday"
    let stripped = if stripped.len() != head.len() && head.trim_end().to_lowercase().ends_with(" as of") {
        strip_last_word(stripped, &["as"])
    } else {
        stripped
    };
    let introduced = stripped.len() != head.len();
    let timex_words: Vec<&str> = match possessive {
        _ if introduced || heading => Vec::new(),
        Some(p) => text.get(own.start..own.end + p.len()).into_iter().collect(),
        None => own.text(text).split_whitespace().collect(),
    };
    let mut words: Vec<&str> = Vec::new();
    // where the expression stood, in `words`: the end when nothing follows it
    let head_words = stripped.split_whitespace().count();
    let mut place = None;
    for (k, word) in stripped
        .split_whitespace()
        .chain(timex_words.iter().copied())
        .chain(tail.split_whitespace())
        .enumerate()
    {
        if k == head_words {
            place = Some(words.len());
        }
        // the expression's own commas ("Earlier, on June 24, Apple…") would be left dangling
        let bare_punct = !word.chars().any(char::is_alphanumeric);
        let after_punct = words.last().is_none_or(|w: &&str| w.ends_with([',', ';', ':']));
        if bare_punct && after_punct {
            continue;
        }
        words.push(word);
    }
    let mut place = place.unwrap_or(words.len());
    // "paid $80,000 (£64,000) for the pier to …": in a clause too long for the
    // phrase, its bracketed asides give way first (not the date's own brackets)
    if words.len() > EVENT_WORDS
        && let Some((kept, at)) = without_brackets(&words, place)
    {
        words = kept;
        place = at;
    }
    // a long clause keeps its opening (the subject and its verb) when the date's place is
    // among its first words, else the words around the place
    let start = if words.len() > EVENT_WORDS && place > EVENT_WORDS {
        place.saturating_sub(EVENT_WORDS_BEFORE).min(words.len() - EVENT_WORDS)
    } else {
        0
    };
    let end = (start + EVENT_WORDS).min(words.len());
    let mut joined = String::new();
    for word in &words[start..end] {
        // punctuation left alone by the removed expression closes up to the word before it
        let closes_up =
            word.starts_with([',', ';', ':', '.', ')', '!', '?']) && !word.chars().any(char::is_alphanumeric);
        if !joined.is_empty() && !closes_up {
            joined.push(' ');
        }
        joined.push_str(word);
    }
    let mut phrase =
        joined.trim_end_matches([',', '.', ';', ':', ' ']).trim_start_matches([',', ' ']).to_string();
    // "will strike on January 24, February 3 and": a conjunction left by a date taken out;
    // "almost produced a moment for the annals when": a subordinator whose clause was cut
    while let Some((rest, last)) = phrase.rsplit_once(' ')
        && (matches!(last, "and" | "or" | "but") || (end == words.len() && SUBORDINATORS.contains(&last)))
    {
        phrase = rest.trim_end_matches([',', ' ']).to_string();
    }
    if start == 0
        && let Some((first, rest)) = phrase.split_once(' ')
        && clause_opener(first) == Some(true)
    {
        phrase = rest.to_string();
    }
    if start > 0 {
        phrase.insert(0, '…');
    }
    if end < words.len() {
        phrase.push('…');
    }
    phrase
}

/// Where the main clause starts in `tail` (the words after a date that opens its sentence)
/// when a subordinate clause between commas comes first: ", after the talks broke down,
/// the union called a strike" → "the union called a strike".
fn opening_subordinate(tail: &str) -> Option<usize> {
    let rest = tail.strip_prefix(',')?;
    let opener = rest.split_whitespace().next()?;
    if !SUBORDINATORS.contains(&opener.to_lowercase().as_str()) {
        return None;
    }
    let comma = rest.find(", ")?;
    let main = 1 + comma + 2;
    tail[main..].split_whitespace().nth(1).map(|_| main)
}

/// True when the date `own` heads an item of a list whose line breaks were lost: a dash and a
/// capital after it, or a capital glued to it, and the sentence's start or a word glued to it
/// before it ("…talks stalled in spring2 May - Union rejects the pay offer").
fn list_heading(text: &str, sentence: Span, own: Span) -> bool {
    let after = text.get(own.end..sentence.end).unwrap_or("");
    let dash =
        ["- ", "– ", "— "].iter().find_map(|d| after.strip_prefix(' ').and_then(|a| a.strip_prefix(d)));
    let glued = own.start == sentence.start
        || text.get(..own.start).and_then(|t| t.chars().next_back()).is_some_and(|c| !c.is_whitespace());
    // "…v Town RangersSunday, 4 MayDock Street v Vale": a fixture list's item glued after its date
    let glued_item = after.starts_with(char::is_uppercase);
    glued && (glued_item || dash.is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase)))
}

/// `words` without the words of their bracketed asides ("(ACM)", "(£420,000)"), and where
/// word `place` is then; None when a bracket is left open or `place` lies inside one.
fn without_brackets<'a>(words: &[&'a str], place: usize) -> Option<(Vec<&'a str>, usize)> {
    let mut kept = Vec::with_capacity(words.len());
    let mut at = None;
    let mut depth = 0usize;
    for (k, word) in words.iter().enumerate() {
        depth += word.matches('(').count();
        let inside = depth > 0;
        depth = depth.checked_sub(word.matches(')').count())?;
        if k == place {
            if inside {
                return None;
            }
            at = Some(kept.len());
        }
        if !inside {
            kept.push(*word);
        }
    }
    (depth == 0 && kept.len() < words.len()).then(|| (kept.clone(), at.unwrap_or(kept.len())))
}

/// Words that open a subordinate clause: left dangling at the end of an event phrase when the
/// clause they open was cut at its comma.
const SUBORDINATORS: [&str; 10] =
    ["when", "after", "before", "while", "as", "because", "if", "until", "since", "although"];

/// Marks that open a quotation after a colon: the speaker's words, a clause of their own.
const QUOTE_OPENS: [&str; 3] = [": \"", ": “", ": ‘"];

/// The quotations of `sentence` in `text`, marks included; one left open runs to the
/// sentence's end. A straight mark opens or closes; "‘" opens only before a word (not in
/// "rock ‘n’ roll"), "’" closes only after it (not in "I’ve").
fn quotations(text: &str, sentence: Span) -> Vec<Span> {
    let Some(body) = text.get(sentence.start..sentence.end) else { return Vec::new() };
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut prev: Option<char> = None;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        let prev_is_word = prev.is_some_and(char::is_alphanumeric);
        // a straight single mark opens only before a word and after a space ("'As a
        // measure…'"), never inside a word ("don't") or after it ("the players' union")
        // (nor before a digit: "the '90s")
        let next_is_letter = chars.peek().is_some_and(|(_, n)| n.is_alphabetic());
        let opens_single = prev.is_none_or(|p| p.is_whitespace() || p == '(') && next_is_letter;
        let closer = match c {
            '"' => Some('"'),
            '“' => Some('”'),
            '‘' if !prev_is_word => Some('’'),
            '\'' if opens_single => Some('\''),
            _ => None,
        };
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        match (open, closer) {
            (Some((at, close)), _)
                if c == close
                    && (!matches!(c, '’' | '\'') || !next_is_word)
                    && (c != '\'' || !opens_single) =>
            {
                out.push(Span::new(sentence.start + at, sentence.start + i + c.len_utf8()));
                open = None;
            }
            // a mark that closes a quotation opened in an earlier sentence: "…today is
            // Boeing's day." with no mark before it
            (None, _)
                if out.is_empty()
                    && c != '\''
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && next_is_space
                    && matches!(c, '”' | '"') =>
            {
                out.push(Span::new(sentence.start, sentence.start + i + c.len_utf8()));
            }
            (None, Some(close)) => open = Some((i, close)),
            _ => {}
        }
        prev = Some(c);
    }
    if let Some((at, _)) = open {
        out.push(Span::new(sentence.start + at, sentence.end));
    }
    out
}

/// The words of `text[from..to]` with their byte offsets.
fn words_at(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
    let Some(slice) = text.get(from..to) else { return Vec::new() };
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((from + s, &slice[s..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((from + s, &slice[s..]));
    }
    out
}

/// The event of a date inside quotation `q`: the quotation verbatim, cut around the date to
/// [`EVENT_WORDS`] words with each cut marked "…" and its marks kept balanced.
fn quoted_event(text: &str, q: Span, span: Span) -> String {
    let words = words_at(text, q.start, q.end);
    let n = words.len();
    if n == 0 {
        return String::new();
    }
    let first = words.iter().position(|(at, w)| at + w.len() > span.start).unwrap_or(0);
    let last = words.iter().rposition(|(at, _)| *at < span.end).unwrap_or(first).max(first);
    let (start, end) = if n > EVENT_WORDS {
        let start = first.saturating_sub(EVENT_WORDS_BEFORE).min(n - EVENT_WORDS);
        (start, (start + EVENT_WORDS).max(last + 1).min(n))
    } else {
        (0, n)
    };
    let first_char = text[q.start..].chars().next().unwrap_or('"');
    let last_char = text[..q.end].chars().next_back().unwrap_or('"');
    // a quotation opened in an earlier sentence has no opening mark here
    let opened_before = !matches!(first_char, '"' | '“' | '‘' | '\'');
    let opening = match (opened_before, last_char) {
        (false, _) => first_char,
        (true, '”') => '“',
        (true, '’') => '‘',
        (true, _) => '"',
    };
    let closer = match opening {
        '“' => '”',
        '‘' => '’',
        other => other,
    };
    let closed = q.end - q.start > opening.len_utf8() && last_char == closer;
    let mut phrase = String::new();
    if start > 0 || opened_before {
        phrase.push(opening);
        phrase.push('…');
    }
    let (to, last_word) = words[end - 1];
    phrase.push_str(&text[words[start].0..to + last_word.len()]);
    if end < n || !closed {
        phrase.push('…');
        phrase.push(closer);
    }
    phrase
}

/// `phrase` with a quotation mark it leaves open closed after a "…", or one it closes opened
/// before a "…": a cut quotation stays a quotation.
fn balance_quotes(phrase: String) -> String {
    let straight = phrase.matches('"').count();
    let (open, close) = (phrase.matches('“').count(), phrase.matches('”').count());
    let mut phrase = phrase;
    if straight % 2 == 1 {
        let at = phrase.rfind('"').unwrap_or(0);
        let opens = phrase[at + 1..].starts_with(|c: char| c.is_alphanumeric() || c == '…');
        if opens {
            close_cut(&mut phrase, '"');
        } else {
            open_cut(&mut phrase, '"');
        }
    }
    if open > close {
        close_cut(&mut phrase, '”');
    } else if close > open {
        open_cut(&mut phrase, '“');
    }
    phrase
}

fn close_cut(phrase: &mut String, mark: char) {
    if !phrase.ends_with('…') {
        phrase.push('…');
    }
    phrase.push(mark);
}

fn open_cut(phrase: &mut String, mark: char) {
    if !phrase.starts_with('…') {
        phrase.insert(0, '…');
    }
    phrase.insert(0, mark);
}

/// The sentence's words around `span`, verbatim: the phrase when the clause's cannot be told
/// without altering a quotation.
fn verbatim_window(text: &str, sentence: Span, span: Span) -> String {
    let words = words_at(text, sentence.start, sentence.end);
    let n = words.len();
    if n == 0 {
        return String::new();
    }
    let first = words.iter().position(|(at, w)| at + w.len() > span.start).unwrap_or(0);
    let start =
        if n > EVENT_WORDS { first.saturating_sub(EVENT_WORDS_BEFORE).min(n - EVENT_WORDS) } else { 0 };
    let end = (start + EVENT_WORDS).min(n);
    let (to, last_word) = words[end - 1];
    let mut phrase =
        text[words[start].0..to + last_word.len()].trim_end_matches(['.', ',', ';', ':']).to_string();
    if start > 0 {
        phrase.insert(0, '…');
    }
    if end < n {
        phrase.push('…');
    }
    phrase
}

/// Words that join dated expressions into one list or range: "January 24, February 3 and
/// February 11", "Monday or Tuesday".
const DATE_JOINS: [&str; 8] = [",", "and", "or", "-", "–", "to", "through", "until"];

/// The dated expressions `spans` (in text order) grouped into the lists and ranges they form.
fn date_groups(text: &str, spans: &[Span]) -> Vec<Span> {
    let mut groups: Vec<Span> = Vec::new();
    for &s in spans {
        if let Some(last) = groups.last_mut()
            && last.end <= s.start
            && text.get(last.end..s.start).is_some_and(|between| {
                let between = between.trim();
                !between.is_empty() && between.split_whitespace().all(|w| DATE_JOINS.contains(&w))
            })
        {
            last.end = s.end;
            continue;
        }
        groups.push(s);
    }
    groups
}

/// What a word does between two dated clauses (`event_links.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    /// "after", "as": the later clause starts after it, the earlier ends before it.
    Subordinator,
    /// "will", "had" after "and": the later clause starts at it.
    Auxiliary,
    /// "that": a relative clause before an auxiliary, else a reported clause.
    That,
    /// A word ending in -ing that is no verb.
    NotIng,
    /// "said", "announced": a verb whose reported clause may hold the date.
    Reporting,
    /// "told": a reporting verb whose clause opens with "that" after its object.
    ReportingThat,
    /// A past form that tells a clause from a noun phrase: "fled", "died".
    Verb,
}

static EVENT_LINKS: LazyLock<HashMap<&'static str, Link>> = LazyLock::new(|| {
    keyed_rows(include_str!("lexicon/event_links.tsv"), |kind| match kind {
        "subordinator" => Some(Link::Subordinator),
        "auxiliary" => Some(Link::Auxiliary),
        "that" => Some(Link::That),
        "not-ing" => Some(Link::NotIng),
        "reporting" => Some(Link::Reporting),
        "reporting-that" => Some(Link::ReportingThat),
        "verb" => Some(Link::Verb),
        _ => None,
    })
    .collect()
});

/// What a noun after a dated expression says of it (`lexicon/timeline_nouns.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DatedNoun {
    /// A person's title or rank a year qualifies: "2015 top seed".
    Title,
    /// A noun that says nothing of its own: "last year's event".
    Generic,
    /// A word that makes a capitalised time word a name: "the Sunday Times", "the Today
    /// programme".
    Name,
    /// A verb that dates a photograph, not an event: "pictured with the mayor in 2001".
    Photo,
    /// An occasion held on a holiday named before it: "the Boxing Day charity match".
    Gathering,
    /// A preposition before a dated noun that places the clause's event within its time:
    /// "during Wednesday's session".
    Within,
    /// A word that opens a condition or an open question: "if the party wins the 2027
    /// election".
    Condition,
    /// A word that, in the clause of a date after "by", puts the event before that date or
    /// makes it a guess: "by 2030 it could be", "By May 1944 the fleet had lost".
    Reached,
    /// A verb of wishing: "hope to confirm the team next week".
    Wish,
}

static DATED_NOUNS: LazyLock<HashMap<&'static str, DatedNoun>> = LazyLock::new(|| {
    keyed_rows(include_str!("lexicon/timeline_nouns.tsv"), |kind| match kind {
        "title" => Some(DatedNoun::Title),
        "generic" => Some(DatedNoun::Generic),
        "name" => Some(DatedNoun::Name),
        "photo" => Some(DatedNoun::Photo),
        "within" => Some(DatedNoun::Within),
        "gathering" => Some(DatedNoun::Gathering),
        "condition" => Some(DatedNoun::Condition),
        "reached" => Some(DatedNoun::Reached),
        "wish" => Some(DatedNoun::Wish),
        _ => None,
    })
    .collect()
});

/// Prepositions after which a word ending in -ing opens a clause: "of stealing", "with robbing".
const ING_PREPOSITIONS: [&str; 6] = ["of", "with", "by", "for", "without", "from"];

/// Between the end of one dated expression (`from`) and the start of the next (`to`): where
/// the later one's own clause starts, and where the earlier one's ends, when a word opens a
/// clause there ("…on Wednesday after a long session, ending a dispute that had stalled
/// spending since last November").
fn clause_links(text: &str, from: usize, to: usize) -> (Option<usize>, Option<usize>) {
    let words = words_at(text, from, to);
    let (mut start, mut end) = (None, None);
    // the word just before the later date is its preposition ("since 2021")
    for k in 0..words.len().saturating_sub(1) {
        let (at, raw) = words[k];
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        let prev = k.checked_sub(1).map(|p| words[p]);
        let after_comma = prev.is_some_and(|(_, p)| p.ends_with(','));
        // the earlier clause ends at the comma before the word, if any
        let cut = prev.filter(|(_, p)| p.ends_with(',')).map_or(at, |(p_at, p)| p_at + p.len() - 1);
        match EVENT_LINKS.get(lower.as_str()) {
            Some(Link::Subordinator) if word == raw.trim_end_matches(',') => {
                start = Some(at + raw.len());
                end = Some(cut);
            }
            // "arrested on Tuesday and will appear in court on Friday", "collapsed in February
            // and resumed in April"
            Some(Link::Auxiliary | Link::Reporting | Link::ReportingThat | Link::Verb) | None
                if prev.is_some_and(|(_, p)| p.eq_ignore_ascii_case("and"))
                    && (EVENT_LINKS.get(lower.as_str()).is_some()
                        || is_participle(raw)
                        || is_past_form(&lower)
                        || is_speech_verb(word)) =>
            {
                start = Some(at);
                end = prev.map(|(p_at, _)| p_at);
            }
            Some(Link::That) => {
                let auxiliary = words.get(k + 1).is_some_and(|(_, w)| {
                    matches!(EVENT_LINKS.get(w.to_lowercase().as_str()), Some(Link::Auxiliary))
                });
                // "a state of emergency that will remain": from its noun's determiner
                let noun = (k.saturating_sub(ANTECEDENT_WORDS)..k)
                    .rev()
                    .take_while(|&j| !words[j].1.ends_with(','))
                    .find(|&j| is_determiner(words[j].1));
                // ("talks that had dragged on": the noun alone when it has no determiner)
                let bare_noun = k.checked_sub(1).filter(|&j| !words[j].1.ends_with(','));
                start = Some(match noun.or(bare_noun) {
                    Some(j) if auxiliary => words[j].0,
                    _ => at + raw.len(),
                });
                // "said on Thursday that profit rose in September": the saying ends before the
                // reported clause (a relative clause stays with its noun)
                // ("filed in September 2003, claims that…" goes on: only a "that" right after
                // the date ends its clause)
                if !auxiliary && k == 0 {
                    end = end.or(Some(cut));
                }
            }
            // after a preposition, only a verb with words of its own before the date ("of
            // stealing $310,000 between 2017 and 2021", not "barred him from working until")
            None if is_ing(word)
                && (after_comma
                    || (k + 2 < words.len()
                        && prev.is_some_and(|(_, p)| {
                            ING_PREPOSITIONS.contains(&p.to_lowercase().as_str())
                        }))) =>
            {
                start = Some(at);
                if after_comma {
                    end = Some(cut);
                }
            }
            _ => {}
        }
    }
    (start, end)
}

/// Most words of an aside between a reporting verb and the "that" of its reported clause:
/// "said, without giving figures, that".
const ASIDE_WORDS: usize = 6;

/// Most words between "told" and the "that" of its reported clause: "told analysts on a call
/// that".
const TOLD_OBJECT_WORDS: usize = 5;

/// Where the clause that holds a date opens inside `head` (the words of its clause before the
/// date), when the date stands in a reported clause ("Police said the suspect fled" on Friday)
/// or a subordinate one ("The judge granted the delay after Vell's lawyer fell ill" on Monday):
/// the innermost such clause whose words hold a verb, and whether it is subordinate. Not when
/// the date follows the verb directly ("said on Tuesday": the saying's date) or the words are a
/// noun phrase ("delayed the burn after a sensor fault" on June 2).
fn inner_clause(head: &str) -> Option<(usize, bool)> {
    let body = strip_last_word(head, &PREPOSITIONS);
    let words = words_at(body, 0, body.len());
    let mut found = None;
    for (k, (_, raw)) in words.iter().enumerate() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        // "Mardas said, without giving figures, that revenue had topped targets": the
        // reported clause opens after the "that" that closes the aside
        if raw.strip_suffix(',') == Some(word)
            && k > 0
            && matches!(EVENT_LINKS.get(lower.as_str()), Some(Link::Reporting))
            && let Some(j) = (k + 2..words.len().min(k + 2 + ASIDE_WORDS))
                .find(|&j| words[j].1.eq_ignore_ascii_case("that") && words[j - 1].1.ends_with(','))
            && words[k + 1..j - 1].iter().all(|(_, w)| !w.ends_with([',', ';', ':']))
            && j + 1 < words.len()
        {
            found = Some((words[j + 1].0, false));
            continue;
        }
        if word.len() != raw.len() {
            // "…, after" or "after," is no opener of the words that follow
            continue;
        }
        // "an alleged scheme", "their estimated value": an adjective, no verb
        let adjective = k.checked_sub(1).is_some_and(|p| is_determiner(words[p].1));
        let (start, subordinate) = match EVENT_LINKS.get(lower.as_str()) {
            Some(Link::Subordinator) if lower != "as" => (k + 1, true),
            Some(Link::Reporting | Link::ReportingThat) if adjective => continue,
            Some(Link::Reporting) => {
                let that = words.get(k + 1).is_some_and(|(_, w)| w.eq_ignore_ascii_case("that"));
                (k + 1 + usize::from(that), false)
            }
            Some(Link::ReportingThat) => {
                let Some(j) = (k + 1..words.len().min(k + 2 + TOLD_OBJECT_WORDS))
                    .find(|&j| words[j].1.eq_ignore_ascii_case("that"))
                else {
                    continue;
                };
                (j + 1, false)
            }
            _ => continue,
        };
        let rest = &words[start.min(words.len())..];
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let is_verb = |w: &str| {
            matches!(EVENT_LINKS.get(w), Some(Link::Auxiliary | Link::Verb))
                || is_past_form(w)
                || is_participle(w)
        };
        // a clause with a subject: not "before being smuggled", "when joined from Brighton"
        let subjectless = rest.first().is_some_and(|(_, w)| {
            let w = bare(w);
            is_verb(&w) || is_ing(&w)
        });
        // its own verb, not a relative clause's ("after a wet summer which killed…", "said
        // Casey, who made…")
        let has_verb =
            rest.iter().map(|(_, w)| bare(w)).take_while(|w| !is_relative_pronoun(w)).any(|w| is_verb(&w));
        // "After deliberating for hours, jurors found him guilty on Wednesday": a subordinate
        // clause that opens the head and closes before the date is not the date's
        if subordinate && k == 0 && rest.iter().any(|(_, w)| w.ends_with(',')) {
            continue;
        }
        if subjectless {
            continue;
        }
        // "said in a statement released": a prepositional phrase is no reported clause
        let opens_phrase = rest
            .first()
            .is_some_and(|(_, w)| PREPOSITIONS.contains(&w.to_lowercase().as_str()) || *w == "to");
        if rest.len() >= 2 && has_verb && !opens_phrase {
            found = Some((rest[0].0, subordinate));
        }
    }
    // (`body` is a prefix of `head`: its places are the head's)
    found
}

/// Words that open a verb's object right after it: "publish it", "close the depot".
const OBJECT_OPENERS: [&str; 14] =
    ["the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "it", "them", "him"];

/// Modals whose verb phrase another may share after "and": "will sell the plant and close the
/// depot".
const MODALS: [&str; 9] = ["will", "would", "can", "could", "may", "might", "should", "must", "shall"];

/// When `head` (the words of the date's clause before it) ends in the second of two verb phrases
/// that share a modal ("it would run a reduced timetable during the strike and publish it"), the
/// clause told with its subject and modal and the second phrase only: "it would publish it".
/// The word after "and" must be a bare verb with its object after it: "and publish it", not
/// "and buses" or "and then".
fn second_verb_phrase(head: &str) -> Option<String> {
    let body = strip_last_word(head, &PREPOSITIONS);
    let words = words_at(body, 0, body.len());
    let k = words.iter().rposition(|(_, w)| *w == "and")?;
    let (verb_at, verb) = *words.get(k + 1)?;
    let object = words.get(k + 2)?.1;
    let bare_verb = verb.len() >= 3
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && (!verb.ends_with('s') || verb.ends_with("ss"))
        && EVENT_LINKS.get(verb).is_none()
        && !is_determiner(verb)
        && !crate::extract::terms::is_stopword(verb)
        && !is_ing(verb)
        && !is_participle(verb)
        && !is_past_form(verb);
    // "and publish timetables": a plural noun with no determiner is an object too
    let plural = object.len() > 3
        && object.chars().all(|c| c.is_ascii_lowercase())
        && object.ends_with('s')
        && !object.ends_with("ss")
        && !crate::extract::terms::is_stopword(object)
        && EVENT_LINKS.get(object).is_none();
    if !bare_verb || !(OBJECT_OPENERS.contains(&object) || plural) {
        return None;
    }
    // the modal and its own verb phrase of two words or more, in the same stretch of the clause
    let modal = (0..k)
        .rev()
        .take_while(|&j| !words[j].1.ends_with([',', ';', ':']))
        .find(|&j| MODALS.contains(&words[j].1.to_lowercase().as_str()))?;
    let modal_verb = words[modal + 1].1;
    if k < modal + 3 || !modal_verb.chars().all(|c| c.is_ascii_lowercase()) || modal_verb == "be" {
        return None;
    }
    let (modal_at, modal_word) = words[modal];
    Some(format!("{} {}", &head[..modal_at + modal_word.len()], &head[verb_at..]))
}

/// When `head` (the words of the date's clause before it, another date's words taken out)
/// holds two verb phrases joined by "and" that opens a second predicate ([`second_predicate`]),
/// the subject and the second phrase: "The keeper saved a penalty on his debut and later
/// captained" → "The keeper later captained". The subject is what stands before the first
/// phrase's verb (a past form or an auxiliary), at most [`SUBJECT_WORDS`] words.
fn own_predicate(head: &str) -> Option<String> {
    let words = words_at(head, 0, head.len());
    let and = words.iter().rposition(|(at, w)| *w == "and" && second_predicate(&head[*at..]) == Some(0))?;
    // the first verb: a past form of the tense table, a regular one ("finished"), an auxiliary
    let regular = |w: &str| w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase());
    let verb = words[..and].iter().position(|(_, w)| {
        is_past_form(w)
            || regular(w)
            || matches!(EVENT_LINKS.get(w.to_lowercase().as_str()), Some(Link::Auxiliary))
    })?;
    if verb == 0 || verb > SUBJECT_WORDS || words[..verb].iter().any(|(_, w)| w.ends_with(',')) {
        return None;
    }
    let (verb_at, _) = words[verb];
    let (and_at, and_word) = words[and];
    Some(format!("{} {}", head[..verb_at].trim_end(), head[and_at + and_word.len()..].trim_start()))
}

/// Most words of the subject [`own_predicate`] keeps.
const SUBJECT_WORDS: usize = 6;

/// A past tense from the temporal tense table that is a verb: "fell", "took" (not "last").
fn is_past_form(word: &str) -> bool {
    !matches!(word, "last" | "ago")
        && crate::extract::timex::lexicon::tense_cue(word) == Some(TenseCue::Past)
        && !matches!(EVENT_LINKS.get(word), Some(Link::Auxiliary))
}

/// True for a past verb form written right before a possessive date, whose object the dated
/// noun is: a past form of the tense table or a regular "-ed" form ("boycotted", "attended").
fn is_object_taking_past(word: &str) -> bool {
    let word = word.to_lowercase();
    word.chars().all(char::is_alphabetic) && (is_past_form(&word) || (word.len() > 5 && word.ends_with("ed")))
}

/// Where the noun phrase just before dated expression `o` (and its preposition) begins, from
/// its determiner: "a drought emergency" of "a drought emergency on Monday".
fn noun_before(text: &str, sentence_start: usize, o: Span) -> Option<usize> {
    let mut words = words_at(text, sentence_start, o.start);
    if words.last().is_some_and(|(_, w)| PREPOSITIONS.contains(&w.to_lowercase().as_str())) {
        words.pop();
    }
    let n = words.len();
    (n.saturating_sub(ANTECEDENT_WORDS)..n)
        .rev()
        .take_while(|&j| !words[j].1.ends_with(','))
        .find(|&j| is_determiner(words[j].1))
        .map(|j| words[j].0)
}

/// True when `head` ends inside a relative clause without commas: "A wildfire that started",
/// "The man who was arrested".
fn in_restrictive_relative(head: &str) -> bool {
    // (the comma of a place, "in a Cottonwood, Arizona parking lot", closes no clause)
    let place_comma = |i: usize| {
        let before = head[..i].split_whitespace().next_back().unwrap_or("");
        let after = head[i + 1..].split_whitespace().next().unwrap_or("");
        before.starts_with(char::is_uppercase) && after.starts_with(char::is_uppercase)
    };
    let comma = head.match_indices(',').map(|(i, _)| i).rfind(|&i| !place_comma(i));
    let clause = &head[comma.map_or(0, |i| i + 1)..];
    let words: Vec<&str> = clause.split_whitespace().collect();
    words.iter().enumerate().any(|(k, w)| {
        k >= 1
            && k + 1 < words.len()
            && matches!(w.to_lowercase().as_str(), "that" | "who" | "which")
            && !is_speech_verb(words[k - 1])
    })
}

/// Words after which an auxiliary opens no return of the main clause: a new subject or a
/// conjunction ("…, and it has spread").
const NEW_SUBJECT: [&str; 14] =
    ["and", "or", "but", "it", "he", "she", "they", "we", "i", "you", "that", "who", "which", "each"];

/// Most words of a relative clause after its date, before the main clause's verb comes back.
const RELATIVE_TAIL_WORDS: usize = 5;

/// Where the main clause's auxiliary comes back in `tail`, after the words of a relative clause:
/// "had" of " near Sorrel had burned 2,400 hectares".
fn resumed_verb(tail: &str) -> Option<usize> {
    let words = words_at(tail, 0, tail.len());
    let is_auxiliary = |w: &str| matches!(EVENT_LINKS.get(w.to_lowercase().as_str()), Some(Link::Auxiliary));
    // an auxiliary and its participle: "had burned", "has been charged", "was built"
    // (right after the date too: "The man who was arrested on Friday has been charged")
    (0..words.len().min(RELATIVE_TAIL_WORDS + 1)).find_map(|k| {
        let (at, w) = words[k];
        let prev = k.checked_sub(1).map_or("", |p| words[p].1);
        let participle = words.get(k + 1).is_some_and(|(_, n)| {
            is_participle(n) || is_relative_pronoun(n) || n.eq_ignore_ascii_case("been")
        });
        (is_auxiliary(w)
            && participle
            && !is_auxiliary(prev)
            && !prev.ends_with([',', ';', ':'])
            && !NEW_SUBJECT.contains(&prev.to_lowercase().as_str()))
        .then_some(at)
    })
}

/// Most words of the noun a date modifies in a subordinate clause's subject, before its verb:
/// "report" of "after a September 2013 report found".
const SUBJECT_NOUN_WORDS: usize = 3;

/// When the date stands in the subject of a subordinate clause ("…to purge them after a
/// September 2013 report found that…": `head` ends in "after a", `tail` holds the noun and the
/// verb): where that clause opens in `head` (its determiner), as a subordinate clause.
fn subject_of_subordinate(head: &str, tail: &str) -> Option<(usize, bool)> {
    let words = words_at(head, 0, head.len());
    let [.., (_, link), (at, determiner)] = words.as_slice() else { return None };
    let link = link.to_lowercase();
    if !matches!(EVENT_LINKS.get(link.as_str()), Some(Link::Subordinator)) || link == "as" {
        return None;
    }
    if !(is_determiner(determiner) || matches!(determiner.to_lowercase().as_str(), "a" | "an")) {
        return None;
    }
    let after: Vec<&str> = tail.split_whitespace().take(SUBJECT_NOUN_WORDS + 1).collect();
    let verb = after.iter().position(|w| {
        let lower = w.to_lowercase();
        *w == lower
            && (matches!(
                EVENT_LINKS.get(lower.as_str()),
                Some(Link::Auxiliary | Link::Verb | Link::Reporting)
            ) || is_past_form(&lower)
                || is_participle(&lower))
    })?;
    let noun = &after[..verb];
    (!noun.is_empty() && noun.iter().all(|w| is_noun_word(w))).then_some((*at, true))
}

/// True when `head` (the words of the date's clause before it) is a sentence's opening
/// participle clause: "Having recorded his first album".
fn opens_with_perfect_participle(head: &str) -> bool {
    let mut words = head.split_whitespace();
    // ("Having resolved his situation, Locke will" (next week): the main clause has begun)
    let main_clause = head.match_indices(", ").any(|(i, _)| {
        let next = head[i + 2..].split_whitespace().next().unwrap_or("");
        next.starts_with(char::is_uppercase) || matches!(next, "he" | "she" | "they" | "it" | "we")
    });
    words.next() == Some("Having")
        && words.next().is_some_and(|w| is_participle(w) || is_past_form(w))
        && head.split_whitespace().count() <= EVENT_WORDS
        && !main_clause
}

/// Where the date's clause ends in `tail` (the words after the date) because another event
/// begins: "and" before an auxiliary or a past form ("…since March and has resorted to",
/// "…and became", "…and briefly led"), "and" before a name and its verb ("…in 1998 and
/// Ms Varga said"), or a subordinator with a pronoun for its subject ("…third round on
/// Wednesday as he began his bid"). The place of that word.
fn second_predicate(tail: &str) -> Option<usize> {
    let words = words_at(tail, 0, tail.len());
    let pronoun = |w: &str| matches!(w, "he" | "she" | "they" | "we" | "I" | "it");
    let subordinate =
        words.windows(2).position(|p| SUBORDINATORS.contains(&p[0].1) && p[0].1 != "if" && pronoun(p[1].1));
    let and = words
        .iter()
        .position(|(_, w)| *w == "and")
        .filter(|&k| subordinate.is_none_or(|s| k < s))
        .filter(|&k| !words[..k].iter().any(|(_, w)| w.contains(['"', '“', '”', '‘', '’'])))
        .filter(|&k| {
            let Some(next) = words.get(k + 1).map(|(_, w)| *w) else { return false };
            let after = words.get(k + 2).map(|(_, w)| *w);
            let lower = next.to_lowercase();
            match EVENT_LINKS.get(lower.as_str()) {
                // "and will face", "and has been charged", "and was taken" (not "and is", a state)
                Some(Link::Auxiliary) => {
                    next == lower
                        && !matches!(lower.as_str(), "is" | "are")
                        && after.is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
                }
                Some(Link::Verb) => true,
                // "and briefly led": an adverb before the past form
                _ if next == lower && next.len() > 3 && next.ends_with("ly") => {
                    after.is_some_and(|w| w == w.to_lowercase() && is_past_form(w))
                }
                // "and Ms Varga said": a name and its verb, a new subject
                _ if next != lower && next.chars().all(char::is_alphabetic) => {
                    let capital =
                        |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
                    let name = words[k + 1..].iter().take_while(|(_, w)| capital(w)).count();
                    let verb = words.get(k + 1 + name).map(|(_, w)| *w);
                    name <= NAME_WORDS
                        && verb.is_some_and(|w| {
                            w == w.to_lowercase() && (is_past_form(w) || is_attribution_verb(w))
                        })
                }
                _ => next == lower && is_past_form(&lower),
            }
        });
    and.or(subordinate).map(|k| words[k].0)
}

/// True for "the", "a", "its"… (any case).
fn is_determiner(word: &str) -> bool {
    let lower = word.to_lowercase();
    DETERMINERS.contains(&lower.as_str()) || lower == "a" || lower == "an"
}

/// A lowercase verb form in -ing: "stealing", "ending" (not "morning", `event_links.tsv`).
fn is_ing(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing") && word.chars().all(|c| c.is_ascii_lowercase())
}

/// Words that open a time expression standing alone as an adverb: "last week", "yesterday".
const DEICTIC_OPENERS: [&str; 9] =
    ["last", "next", "this", "yesterday", "today", "tomorrow", "tonight", "earlier", "later"];

/// The part of the text another dated expression `o` takes out of an event phrase: the
/// expression with its preposition ("until October 3"), or an adverb ("last week"). None when
/// the date is part of the clause's grammar ("its second-quarter profit", "last year's vote").
fn removal(text: &str, sentence: Span, o: Span) -> Option<Span> {
    let before = text.get(sentence.start..o.start)?;
    let after = text.get(o.end..sentence.end)?;
    if after.starts_with("'s") || after.starts_with("’s") {
        return None;
    }
    // a restatement in brackets, "(14:48 GMT)", goes whole
    if text.get(o.start..o.end)?.starts_with('(') {
        return Some(o);
    }
    let trimmed = before.trim_end();
    // ", opened in 1958,": a participle clause holding the date goes with it, commas and all
    if let Some(comma) = trimmed.rfind(',')
        && after.starts_with(',')
    {
        let clause: Vec<&str> = trimmed[comma + 1..].split_whitespace().collect();
        if (2..=3).contains(&clause.len())
            && (is_participle(clause[0]) || is_relative_pronoun(clause[0]))
            && PREPOSITIONS.contains(&clause[clause.len() - 1].to_lowercase().as_str())
        {
            return Some(Span::new(sentence.start + comma, o.end + 1));
        }
    }
    let (rest, last) = trimmed.rsplit_once(char::is_whitespace).unwrap_or(("", trimmed));
    if PREPOSITIONS.contains(&last.to_lowercase().as_str()) {
        return Some(Span::new(sentence.start + rest.len(), o.end));
    }
    let first = text.get(o.start..o.end)?.split_whitespace().next()?.to_lowercase();
    let subject = after.split_whitespace().next().is_some_and(|w| matches!(w, "is" | "was" | "will"));
    let determined = is_determiner(last);
    (DEICTIC_OPENERS.contains(&first.as_str()) && !subject && !determined).then_some(o)
}

/// `text[from..to]` without the parts in `removed`.
fn without(text: &str, from: usize, to: usize, removed: &[Span]) -> String {
    let mut out = String::new();
    let mut at = from;
    let mut cuts: Vec<Span> = removed.iter().copied().filter(|r| r.end > from && r.start < to).collect();
    cuts.sort_by_key(|r| r.start);
    for r in cuts {
        let start = r.start.max(at);
        if start > at {
            out.push_str(text.get(at..start).unwrap_or(""));
        }
        at = at.max(r.end.min(to));
    }
    if at < to {
        out.push_str(text.get(at..to).unwrap_or(""));
    }
    out
}

/// True when the words after the last comma of `head` open a noun phrase ("a deputy
/// minister", "governor"), not a verb phrase ("will travel to Beijing").
fn describes_a_name(head: &str) -> bool {
    let Some(comma) = head.rfind(',') else { return false };
    let Some(first) = head[comma + 1..].split_whitespace().next() else { return false };
    is_determiner(first)
        || (first.starts_with(char::is_lowercase)
            && EVENT_LINKS.get(first.to_lowercase().as_str()).is_none()
            && !is_participle(first)
            && !first.ends_with('s'))
}

/// Most words of a name before its apposition.
const NAME_WORDS: usize = 4;

/// "Jonas Beck, a deputy minister" of "…and named Jonas Beck, a deputy minister": the name
/// before the apposition's comma and the apposition.
fn named_apposition(head: &str) -> Option<String> {
    let comma = head.rfind(',')?;
    let before: Vec<&str> = head[..comma].split_whitespace().collect();
    let name = before
        .iter()
        .rev()
        .take(NAME_WORDS)
        .take_while(|w| w.starts_with(char::is_uppercase) && !w.ends_with(','))
        .count();
    (name > 0).then(|| format!("{},{}", before[before.len() - name..].join(" "), &head[comma + 1..]))
}

/// Words that open a definite noun phrase whose next word may be a date: "the 1991 agreement",
/// "its 2009 report". Not "a": "works a 3 am shift" is a kind of shift, and its clause says more.
const DETERMINERS: [&str; 8] = ["the", "its", "his", "her", "their", "our", "this", "that"];

/// Most words of a noun that a date modifies ("the 2008 financial crisis").
const NOUN_WORDS: usize = 4;

/// The noun phrase a date modifies, when that is what the date dates: "violated the 1991
/// agreement" dates the agreement, not the violation; "last year's election" dates the
/// election. A phrase that opens its sentence ("In a July 16 press conference, Jobs said…") is
/// the frame of the sentence's event, which keeps the clause.
fn dated_noun_phrase(text: &str, sentence: Span, span: Span) -> Option<String> {
    let head = text.get(sentence.start..span.start)?;
    let tail = text.get(span.end..sentence.end)?;
    let timex = text.get(span.start..span.end)?;
    let (determiner, after) = match tail.strip_prefix("'s").or_else(|| tail.strip_prefix("’s")) {
        Some(after) => {
            // "Rebels boycotted Monday's vote": the noun is the object of the clause's past
            // verb, so the clause (noun included) is the event
            if within_a_time(head) || head.split_whitespace().next_back().is_some_and(is_object_taking_past) {
                return None;
            }
            (None, after)
        }
        None => {
            let (before, last) = head.trim_end().rsplit_once(char::is_whitespace)?;
            if !DETERMINERS.contains(&last.to_lowercase().as_str()) {
                return None;
            }
            // "In the 2008 crisis, …" / "The 1991 agreement barred …": the sentence's own frame
            if before.split_whitespace().count() <= 1 || within_a_time(before) {
                return None;
            }
            (Some(last), tail)
        }
    };
    if !after.starts_with(' ') {
        return None;
    }
    let noun: Vec<&str> = after
        .split_whitespace()
        .take(NOUN_WORDS)
        .take_while(|w| is_noun_word(w.trim_end_matches([',', '.', ';', ':'])))
        .collect();
    // the noun ends at its first word that closes with punctuation
    let mut end = noun.iter().position(|w| w.ends_with([',', '.', ';', ':'])).map_or(noun.len(), |k| k + 1);
    // "the 1991 agreement helps Apple": a last word with a name after it is the verb
    let next = after.split_whitespace().nth(end);
    if end == noun.len()
        && end > 1
        && next.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    {
        end -= 1;
    }
    let noun: Vec<&str> = noun[..end].iter().map(|w| w.trim_end_matches([',', '.', ';', ':'])).collect();
    // "won last year's event": a noun that says nothing leaves the event to the clause
    if noun.is_empty() || (noun.len() == 1 && DATED_NOUNS.get(noun[0]) == Some(&DatedNoun::Generic)) {
        return None;
    }
    let possessive = if determiner.is_none() { &tail[..tail.len() - after.len()] } else { "" };
    let mut phrase = String::new();
    if let Some(d) = determiner {
        phrase.push_str(d);
        phrase.push(' ');
    }
    phrase.push_str(timex);
    phrase.push_str(possessive);
    phrase.push(' ');
    phrase.push_str(&noun.join(" "));
    Some(phrase)
}

/// True when `head` ends with a preposition that places the clause's event within the dated
/// noun's time ("looked tired during Wednesday's session"): the clause is the event, not the
/// session (`within` rows of `timeline_nouns.tsv`).
fn within_a_time(head: &str) -> bool {
    let last = head.split_whitespace().next_back().unwrap_or("").to_lowercase();
    DATED_NOUNS.get(last.as_str()) == Some(&DatedNoun::Within)
}

/// True when `word` may be part of the noun a date modifies: a lowercase word that is not a
/// function word, an adverb or a past tense ("the 1991 agreement barred the company").
fn is_noun_word(word: &str) -> bool {
    let verb_or_adverb = word.ends_with("ly") || (word.len() > 5 && word.ends_with("ed"));
    !word.is_empty()
        && word.chars().all(|c| c.is_lowercase() || c == '-')
        && !crate::extract::terms::is_stopword(word)
        && !verb_or_adverb
}

/// Where the last clause of `head` opens: just after its last ", and", ", then", ", which"…
/// (0 when there is none).
/// `head` without the relative clauses it opens and closes (", which was built in 1960,").
fn without_closed_relatives(head: &str) -> String {
    let mut out = head.to_string();
    while let Some((comma, close)) = closed_relative(&out) {
        out.replace_range(comma..=close, "");
    }
    out
}

/// The first ", which …," of `text`: the places of its opening and closing commas.
fn closed_relative(text: &str) -> Option<(usize, usize)> {
    text.match_indices(',').find_map(|(i, _)| {
        let next = text[i + 1..].split_whitespace().next()?;
        if !is_relative_pronoun(next.trim_end_matches([',', ';', ':'])) {
            return None;
        }
        let close = text[i + 1..].find(',')? + i + 1;
        Some((i, close))
    })
}

/// True when `head` ends inside a relative clause: "a 33-year-old who joined the club", "The
/// depot, first proposed".
fn in_open_relative(head: &str) -> bool {
    let last_comma = head.rfind(',').map_or(0, |i| i + 1);
    let clause = &head[last_comma..];
    let words: Vec<&str> = strip_last_word(clause, &PREPOSITIONS).split_whitespace().collect();
    clause.split_whitespace().any(is_relative_pronoun)
        || clause.split_whitespace().next().is_some_and(opens_relative)
        || (last_comma > 0 && words.len() <= 2 && words.last().is_some_and(|w| is_participle(w)))
}

/// Most words of an apposition before the date: "Dillard, governor since January 2017, …".
const APPOSITION_WORDS: usize = 4;

/// True when `head` ends inside a short apposition to a name: "Dillard, governor" of "Dillard,
/// governor since January 2017, conceded".
fn in_apposition(head: &str) -> bool {
    let Some(comma) = head.rfind(',') else { return false };
    // "Earlier, on June 2, Apple…": the date opens the segment, which describes nothing
    let words = strip_last_word(&head[comma + 1..], &PREPOSITIONS).split_whitespace().count();
    let named = head[..comma].split_whitespace().last().is_some_and(|w| w.starts_with(char::is_uppercase));
    // "Priya Nand, has led the school": a verb after the comma is the name's predicate
    let predicate = head[comma + 1..].split_whitespace().next().is_some_and(|w| {
        let w = w.to_lowercase();
        matches!(EVENT_LINKS.get(w.as_str()), Some(Link::Auxiliary | Link::Verb)) || is_past_form(&w)
    });
    named && !predicate && (1..=APPOSITION_WORDS).contains(&words)
}

/// True for a word that opens a relative clause after a comma: "which", "who", or a past
/// participle ("founded", "built") of a reduced one. Regular participles are only trusted
/// around the date: elsewhere ", compared with $180 million," is part of the sentence's
/// figures.
fn opens_relative(word: &str) -> bool {
    is_relative_pronoun(word) || is_participle(word)
}

/// A lowercase word with a past participle's ending: "founded", "appointed".
fn is_participle(word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ed")
        && !word.ends_with("eed")
        && word.starts_with(|c: char| c.is_lowercase())
}

/// Words of the noun a relative clause describes, at most.
const ANTECEDENT_WORDS: usize = 4;

/// When the clause at `opening` is a relative clause (", which began in March"), the noun it
/// describes, from the words before its comma: "this season" of "lost only three games this
/// season, which began…".
fn relative_antecedent(head: &str, opening: usize) -> Option<String> {
    if opening == 0 || !head[opening..].split_whitespace().next().is_some_and(is_relative_pronoun) {
        return None;
    }
    let before = head[..opening].trim_end().trim_end_matches(',');
    let before = &before[before.rfind(',').map_or(0, |i| i + 1)..];
    let words: Vec<&str> = before.split_whitespace().collect();
    let mut from = words.len().saturating_sub(ANTECEDENT_WORDS);
    if let Some(k) = words[from..]
        .iter()
        .rposition(|w| DETERMINERS.contains(&w.to_lowercase().as_str()) || *w == "a" || *w == "an")
    {
        from += k;
    }
    // "For fiscal 2025, which ended…": the noun, not its preposition
    if words
        .get(from)
        .is_some_and(|w| w.eq_ignore_ascii_case("for") || PREPOSITIONS.contains(&w.to_lowercase().as_str()))
    {
        from += 1;
    }
    (from < words.len()).then(|| words[from..].join(" "))
}

/// Prepositions that introduce a time expression, left out of the event phrase with it.
const PREPOSITIONS: [&str; 10] =
    ["on", "in", "at", "from", "since", "by", "until", "between", "during", "of"];

fn last_clause_opening(head: &str) -> usize {
    comma_openers(head).last().unwrap_or(0).max(attribution_opening(head).unwrap_or(0))
}

/// Longest attribution after a comma, in words: ", the Riverton public works department said".
const ATTRIBUTION_WORDS: usize = 8;

/// Most words after an attribution's verb, a prepositional phrase: "said in a statement on".
const ATTRIBUTION_TAIL_WORDS: usize = 6;

/// Where an attribution that ends `tail` begins (its comma): ", the department said on
/// Thursday", ", police said", ", the clerk said in a statement on Wednesday morning". When
/// the tail opens with it (", police said" right after the date) it is one only if the clause
/// has words of its own before the date (`head_has_words`).
fn trailing_attribution(tail: &str, head_has_words: bool) -> Option<usize> {
    let comma = tail.rfind(',').filter(|&c| head_has_words || !tail[..c].trim().is_empty())?;
    let words: Vec<&str> = tail[comma + 1..].split_whitespace().collect();
    let verb =
        words.iter().rposition(|w| is_attribution_verb(w.trim_end_matches(['.', '!', '?', '"', '”'])))?;
    // the verb closes it, or a prepositional phrase does ("said on Thursday")
    let after = &words[verb + 1..];
    let closes = after.is_empty()
        || (after.len() <= ATTRIBUTION_TAIL_WORDS
            && PREPOSITIONS.contains(&after[0].to_lowercase().as_str()));
    ((1..ATTRIBUTION_WORDS).contains(&verb) && closes).then_some(comma)
}

/// A verb that closes an attribution: a verb of speech ("said") or of reporting ("the company
/// reported", "officials confirmed", `event_links.tsv`).
fn is_attribution_verb(word: &str) -> bool {
    is_speech_verb(word)
        || matches!(
            EVENT_LINKS.get(word.to_lowercase().as_str()),
            Some(Link::Reporting | Link::ReportingThat)
        )
}

/// Where an attribution that ends the head opens, just after its comma: "…while crews replace
/// a water main, the department said" (on Thursday), "…until Friday, the clerk said in a
/// statement" (on Wednesday). The saying is the dated event, not the words reported before it.
fn attribution_opening(head: &str) -> Option<usize> {
    let words = strip_last_word(head, &PREPOSITIONS);
    let comma = words.rfind(',')?;
    let attribution: Vec<&str> = words[comma + 1..].split_whitespace().collect();
    let verb = attribution.iter().rposition(|w| is_attribution_verb(w))?;
    let after = &attribution[verb + 1..];
    let closes = after.is_empty()
        || (after.len() < ATTRIBUTION_TAIL_WORDS && PREPOSITIONS.contains(&after[0].to_lowercase().as_str()));
    (verb >= 1 && attribution.len() <= ATTRIBUTION_WORDS + after.len() && closes).then_some(comma + 1)
}

/// Where the first clause after the time expression opens in `tail`: its first ", but",
/// ", while"… (the comma's place).
fn first_clause_opening(tail: &str) -> Option<usize> {
    comma_openers(tail).next().map(|after| tail[..after].rfind(',').unwrap_or(0))
}

/// The places just after each comma in `text` that is followed by a clause opener.
fn comma_openers(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.match_indices(',').filter_map(|(i, _)| {
        let after = i + 1;
        let next = text[after..].split_whitespace().next()?;
        clause_opener(next.trim_end_matches([',', ';', ':'])).map(|_| after)
    })
}

fn strip_last_word<'a>(text: &'a str, words: &[&str]) -> &'a str {
    let trimmed = text.trim_end();
    match trimmed.rsplit_once(char::is_whitespace) {
        Some((rest, last)) if words.contains(&last.to_lowercase().as_str()) => rest,
        None if words.contains(&trimmed.to_lowercase().as_str()) => "",
        _ => trimmed,
    }
}

/// The part of `[start, end)` a modifier points at: the first, middle or last third.
fn narrow(start: Date, end: Date, modifier: Option<TimexMod>) -> (Date, Date) {
    let days = start.until(end).map(|s| s.get_days()).unwrap_or(0);
    let third = |k: i32| start.checked_add((days * k / 3).days()).unwrap_or(start);
    match modifier {
        Some(TimexMod::Start) => (start, third(1)),
        Some(TimexMod::Mid) => (third(1), third(2)),
        Some(TimexMod::End) => (third(2), end),
        _ => (start, end),
    }
}

/// The half-open interval of days a TIMEX3 DATE or TIME value names; none when it names no
/// definite period (`PRESENT_REF`, `XXXX-WXX-1`, durations).
pub fn interval(value: &str) -> Option<(Date, Date)> {
    let date_part = value.split('T').next()?;
    let year: i16 = date_part.get(..4).and_then(|y| y.parse().ok()).or_else(|| {
        // decades "199" or "199X"
        let d: i16 = date_part.get(..3)?.parse().ok()?;
        matches!(date_part.get(3..), Some("X" | "")).then_some(d * 10)
    })?;
    if date_part.len() == 3 || date_part.len() == 4 && date_part.ends_with('X') {
        let start = Date::new(year, 1, 1).ok()?;
        return Some((start, start.checked_add(10.years()).ok()?));
    }
    let rest = &date_part[4..];
    let y = Date::new(year, 1, 1).ok()?;
    if rest.is_empty() {
        return Some((y, y.checked_add(1.year()).ok()?));
    }
    let rest = rest.strip_prefix('-')?;
    if let Some(w) = rest.strip_prefix('W') {
        let week: i8 = w.get(..2)?.parse().ok()?;
        let monday = jiff::civil::ISOWeekDate::new(year, week, jiff::civil::Weekday::Monday).ok()?.date();
        if w.ends_with("-WE") {
            let saturday = monday.checked_add(5.days()).ok()?;
            return Some((saturday, saturday.checked_add(2.days()).ok()?));
        }
        return Some((monday, monday.checked_add(7.days()).ok()?));
    }
    // "first-half profit": a half year
    if let Some(h) = rest.strip_prefix('H') {
        let h: i8 = h.parse().ok().filter(|h| (1..=2).contains(h))?;
        let start = Date::new(year, 6 * (h - 1) + 1, 1).ok()?;
        return Some((start, start.checked_add(6.months()).ok()?));
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q: i8 = q.parse().ok()?;
        let start = Date::new(year, 3 * (q - 1) + 1, 1).ok()?;
        return Some((start, start.checked_add(3.months()).ok()?));
    }
    let season = match rest {
        "SP" => Some(3),
        "SU" => Some(6),
        "FA" => Some(9),
        "WI" => Some(12),
        _ => None,
    };
    if let Some(m) = season {
        let start = Date::new(year, m, 1).ok()?;
        return Some((start, start.checked_add(3.months()).ok()?));
    }
    let month: i8 = rest.get(..2)?.parse().ok()?;
    let m = Date::new(year, month, 1).ok()?;
    if rest.len() == 2 {
        return Some((m, m.checked_add(1.month()).ok()?));
    }
    let day: i8 = rest.get(3..5)?.parse().ok()?;
    let d = Date::new(year, month, day).ok()?;
    Some((d, d.checked_add(1.day()).ok()?))
}

/// A reader's label for a TIMEX3 value: "14 June 2023", "late April 2023", "the week of 12 June
/// 2023".
pub fn label(value: &str, modifier: Option<TimexMod>) -> String {
    let base = plain_label(value);
    // "the late 1980s", not "late the 1980s"
    if let Some(decade) = base.strip_prefix("the ").filter(|b| b.ends_with("0s"))
        && modifier.is_some()
    {
        return format!("the {}", label_with(decade, modifier));
    }
    label_with(&base, modifier)
}

fn label_with(base: &str, modifier: Option<TimexMod>) -> String {
    let base = base.to_string();
    match modifier {
        Some(TimexMod::Start) => format!("early {base}"),
        Some(TimexMod::Mid) => format!("mid-{base}"),
        Some(TimexMod::End) => format!("late {base}"),
        // "12 June 2023, around 21:00": the day is certain, the hour approximate
        Some(TimexMod::Approx) => match base.rsplit_once(", ") {
            Some((day, time)) if time.contains(':') => format!("{day}, around {time}"),
            _ => format!("around {base}"),
        },
        Some(TimexMod::Before | TimexMod::OnOrBefore) => format!("by {base}"),
        Some(TimexMod::After | TimexMod::OnOrAfter) => format!("after {base}"),
        _ => base,
    }
}

fn plain_label(value: &str) -> String {
    let (date_part, time_part) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    let month_name =
        |m: &str| m.parse::<usize>().ok().and_then(|m| MONTH_NAMES.get(m.wrapping_sub(1))).copied();
    let parts: Vec<&str> = date_part.split('-').collect();
    let base = match parts.as_slice() {
        [y] if y.ends_with('X') || y.len() == 3 => format!("the {}0s", &y[..3]),
        [y] => y.to_string(),
        // a reader knows weeks by their Monday, not by their ISO number
        [_, w] if w.starts_with('W') => match interval(date_part) {
            Some((monday, _)) => format!("the week of {}", day_label(monday)),
            None => value.to_string(),
        },
        [_, w, "WE"] if w.starts_with('W') => match interval(date_part) {
            Some((saturday, sunday)) => {
                format!("the weekend of {}", days_label(saturday, sunday.yesterday().unwrap_or(saturday)))
            }
            None => value.to_string(),
        },
        [y, q] if q.starts_with('Q') => format!("{q} {y}"),
        [y, "H1"] => format!("the first half of {y}"),
        [y, "H2"] => format!("the second half of {y}"),
        [y, "SP"] => format!("spring {y}"),
        [y, "SU"] => format!("summer {y}"),
        [y, "FA"] => format!("autumn {y}"),
        [y, "WI"] => format!("winter {y}"),
        [y, m] => match month_name(m) {
            Some(name) => format!("{name} {y}"),
            None => value.to_string(),
        },
        [y, m, d] => match (month_name(m), d.parse::<u8>()) {
            (Some(name), Ok(d)) => format!("{d} {name} {y}"),
            _ => value.to_string(),
        },
        _ => value.to_string(),
    };
    match time_part {
        Some("MO") => format!("the morning of {base}"),
        Some("AF") => format!("the afternoon of {base}"),
        Some("EV") => format!("the evening of {base}"),
        Some("NI") => format!("the night of {base}"),
        Some(t) => format!("{base}, {t}"),
        None => base,
    }
}

/// "14 June 2023".
fn day_label(day: Date) -> String {
    let month =
        MONTH_NAMES.get(usize::try_from(day.month()).unwrap_or(0).wrapping_sub(1)).copied().unwrap_or("");
    format!("{} {month} {}", day.day(), day.year())
}

/// "17–18 June 2023", "30 June–1 July 2023".
fn days_label(first: Date, last: Date) -> String {
    let whole = day_label(last);
    if first.month() == last.month() {
        format!("{}–{whole}", first.day())
    } else {
        let first = day_label(first);
        format!("{}–{whole}", first.trim_end_matches(&format!(" {}", last.year())[..]))
    }
}

/// "16–21 June 2023", "March–May 2023", "1985–1987".
fn range_label(from: &str, to: &str) -> String {
    joined_label(from, to, "–")
}

/// Two dates joined by `sep`, the parts they share written once: "16 or 17 June 2023",
/// "August or September 2007".
fn joined_label(from: &str, to: &str, sep: &str) -> String {
    // "3 April 2015, 18:00–02:00": two clock times of one day (or overnight) name it once
    if let (Some((day, _)), Some((to_day, to_time))) = (from.split_once('T'), to.split_once('T'))
        && day == to_day
        && to_time.contains(':')
    {
        return format!("{}{sep}{to_time}", plain_label(from));
    }
    // "18 March, 07:00 – 22 March 2024, 18:00": clock times of two days of one year, the year
    // written once and the dash spaced between the two compound parts
    if let (Some((day, time)), Some((to_day, _))) = (from.split_once('T'), to.split_once('T'))
        && day.get(..4) == to_day.get(..4)
        && time.contains(':')
    {
        let first = plain_label(day);
        let year = &day[..4];
        let first = first.trim_end_matches(year).trim_end();
        let time = plain_label(from);
        let time = time.rsplit_once(", ").map_or("", |(_, t)| t);
        return format!("{first}, {time} {sep} {}", plain_label(to));
    }
    let a: Vec<&str> = from.split('-').collect();
    let b: Vec<&str> = to.split('-').collect();
    match (a.as_slice(), b.as_slice()) {
        ([y1, m1, d1], [y2, m2, _]) if y1 == y2 && m1 == m2 && !from.contains('T') && !to.contains('T') => {
            let d1: u8 = d1.parse().unwrap_or(0);
            format!("{d1}{sep}{}", plain_label(to))
        }
        ([y1, m1], [y2, _]) if y1 == y2 && !m1.starts_with(['W', 'Q']) => {
            let first = plain_label(from);
            let first = first.trim_end_matches(y1).trim_end();
            format!("{first}{sep}{}", plain_label(to))
        }
        _ => format!("{}{sep}{}", plain_label(from), plain_label(to)),
    }
}

/// True when `event`, an event phrase taken from `sentence`, alters a quotation: words of one
/// quotation of the sentence are left out between two of its words with no "…" to mark the cut,
/// or the phrase leaves a quotation mark unbalanced. Event phrases must quote the article
/// verbatim; this is the check (`lede eval timeline` counts it, and [`timeline`] keeps to it).
pub fn alters_a_quotation(sentence: &str, event: &str) -> bool {
    unbalanced_quotes(event) || cuts_a_quotation(sentence, event)
}

/// True when `text` opens a quotation it does not close, or closes one it did not open.
fn unbalanced_quotes(text: &str) -> bool {
    let straight = text.matches('"').count();
    let (open, close) = (text.matches('“').count(), text.matches('”').count());
    straight % 2 == 1 || open != close
}

/// A word compared with the sentence: its letters and digits, in lower case.
fn word_key(word: &str) -> String {
    word.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The sentence's words, each with its key and the quotation it lies in (its number), if any.
fn quoted_words(sentence: &str) -> Vec<(String, Option<usize>)> {
    let quotes = quotations(sentence, Span::new(0, sentence.len()));
    words_at(sentence, 0, sentence.len())
        .into_iter()
        .filter_map(|(at, word)| {
            let key = word_key(word);
            let letter = at + word.find(char::is_alphanumeric)?;
            Some((key, quotes.iter().position(|q| q.start <= letter && letter < q.end)))
        })
        .collect()
}

/// True when the phrase skips words inside one quotation of the sentence without a "…".
fn cuts_a_quotation(sentence: &str, event: &str) -> bool {
    let words = quoted_words(sentence);
    let pieces: Vec<(String, bool, bool)> =
        event.split_whitespace().map(|w| (word_key(w), w.starts_with('…'), w.ends_with('…'))).collect();
    let mut at: Option<usize> = None;
    let mut marked = false;
    for (i, (key, cut_before, cut_after)) in pieces.iter().enumerate() {
        marked |= *cut_before;
        if !key.is_empty() {
            let from = at.map_or(0, |a| a + 1).min(words.len());
            // the occurrence the next word follows, if any: "on" of "…on this country", not
            // an earlier "on"
            let next = pieces[i + 1..].iter().find(|(k, _, _)| !k.is_empty()).map(|(k, _, _)| k);
            let candidates: Vec<usize> = (from..words.len()).filter(|&j| words[j].0 == *key).collect();
            let found = candidates
                .iter()
                .copied()
                .find(|&j| next.is_none_or(|n| words.get(j + 1).is_some_and(|w| w.0 == *n)))
                .or(candidates.first().copied());
            if let Some(found) = found {
                if let Some(prev) = at
                    && found > prev + 1
                    && !marked
                    && words[prev].1.is_some()
                    && words[prev].1 == words[found].1
                {
                    return true;
                }
                at = Some(found);
                marked = false;
            }
        }
        marked |= *cut_after;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn entries(text: &str) -> Vec<TimelineEntry> {
        let doc = Doc::new(text);
        timeline(&doc, date(2023, 6, 14))
    }

    #[test]
    fn a_range_is_one_entry_with_a_label_and_evidence() {
        let text = "Blinken will travel from 16 to 21 June to Beijing and London.";
        let t = entries(text);
        assert_eq!(t.len(), 1, "{t:?}");
        let e = &t[0];
        assert_eq!((e.value.as_str(), e.end.as_deref()), ("2023-06-16", Some("2023-06-21")));
        assert_eq!(e.label, "16–21 June 2023");
        assert_eq!(e.text, "16 to 21 June");
        assert_eq!(e.tense, Tense::Future);
        assert_eq!(e.evidence.span().text(text), text);
        assert!(e.event.contains("Blinken will travel"), "{}", e.event);
        let t = entries("Earlier, on June 2, Apple told customers to wait.");
        assert_eq!(t[0].event, "Earlier, Apple told customers to wait");
        // Part of the grammar: kept, so the phrase still reads as written.
        let t = entries("The mayor said on Monday that Sunday was chosen for the vote.");
        assert!(t.iter().any(|e| e.event == "The mayor said that Sunday was chosen for the vote"), "{t:?}");
        // A long clause is cut around the date, not after its first words.
        let t = entries(
            "The company that has struggled for years with falling sales and rising costs in every market will open a plant in May.",
        );
        assert!(t[0].event.starts_with('…') && t[0].event.ends_with("will open a plant"), "{}", t[0].event);
        // A relative clause between commas is not the date's clause.
        let t = entries(
            "The company, which has struggled for years with falling sales and rising costs in every market, will open a plant in May.",
        );
        assert_eq!(t[0].event, "The company will open a plant");
        // The phrase stays in the clause that holds the date.
        let t = entries(
            "The airline will receive six jets from 2024 to 2026, then between 2028 and 2030 it will take delivery of six more.",
        );
        assert_eq!(t[0].event, "The airline will receive six jets", "{t:?}");
        assert_eq!(t[1].event, "it will take delivery of six more", "{t:?}");
        let t = entries("Apple was started by two friends in 1976, and launched its music store in 2003.");
        assert_eq!(t[1].event, "launched its music store", "{t:?}");
        // Two dates offered as alternatives are one entry; a verb after "and" is not a date.
        let t = entries("The first flight is expected in August or September.");
        assert_eq!(t[0].event, "The first flight is expected", "{t:?}");
        assert_eq!(t[0].label, "August or September 2023", "{t:?}");
        let t = entries("The first flight is planned for August or September 2024.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].label.as_str(), t[0].text.as_str()),
            ("August or September 2024", "August or September 2024")
        );
        assert_eq!((t[0].value.as_str(), t[0].end.as_deref()), ("2024-08", None));
        assert_eq!(entries("The talks will end on Monday or Tuesday.")[0].label, "19 or 20 June 2023");
        // "today" as nowadays is no entry; the day's own events are
        let labels = |text: &str| entries(text).into_iter().map(|e| e.label).collect::<Vec<_>>();
        assert!(labels("Today, the site is the go-to place for reviews.").is_empty());
        assert_eq!(labels("The minister resigned today."), ["14 June 2023"]);
        assert_eq!(labels("The minister will resign today."), ["14 June 2023"]);
        // Two clock times of one day name the day once; a time of no particular day is no entry.
        let t = entries("He kept a curfew from 6pm to 10pm on Friday and works a 3 am shift.");
        let labels: Vec<&str> = t.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["9 June 2023, 18:00–22:00"], "{t:?}");
        let t = entries("Neighbours heard shouting at around 9pm Monday night.");
        let labels: Vec<&str> = t.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["12 June 2023, around 21:00"], "{t:?}");
        let t = entries("The jet first flew in April and is expected to enter service soon.");
        assert_eq!(t[0].event, "The jet first flew and is expected to enter service soon", "{t:?}");
    }

    #[test]
    fn a_quotation_before_its_speaker_is_not_the_event() {
        let t = entries(
            "‘He is somehow involved in criminal behaviour,’ prosecutor Charles Evans told the trial in 2013.",
        );
        assert_eq!(t[0].event, "prosecutor Charles Evans told the trial", "{t:?}");
        let t = entries("\"We will rebuild,\" the mayor said on Monday.");
        assert_eq!(t[0].event, "the mayor said", "{t:?}");
    }

    #[test]
    fn a_quotation_cut_without_a_mark_is_altered() {
        let s = "\"We are borrowing from next year to pay for this year,\" he said.";
        assert!(alters_a_quotation(s, "\"We are borrowing to pay for this year"));
        assert!(alters_a_quotation(s, "We are borrowing to pay for this year"));
        assert!(!alters_a_quotation(s, "\"We are borrowing … to pay for this year,\" he said"));
        assert!(!alters_a_quotation(s, "he said"));
        assert!(!alters_a_quotation("He left on Monday, \"for good\".", "He left, \"for good\""));
        let curly = "‘I’ve waited since I was a boy,’ she said on Saturday.";
        assert!(!alters_a_quotation(curly, "she said"));
        assert!(alters_a_quotation(curly, "‘I’ve waited since a boy,’ she said"));
    }

    /// The events of `text`'s entries, by label.
    fn events_by_label(text: &str) -> Vec<(String, String)> {
        entries(text).into_iter().map(|e| (e.label, e.event)).collect()
    }

    /// The event of the entry labelled `label`.
    fn event_of(text: &str, label: &str) -> String {
        let t = entries(text);
        t.iter()
            .find(|e| e.label == label)
            .map(|e| e.event.clone())
            .unwrap_or_else(|| panic!("no {label}: {t:?}"))
    }

    #[test]
    fn a_date_that_owns_a_noun_stays_in_the_event() {
        // cut out with its preposition, it left "ahead 's FA Cup replay"
        let text = "Bowyer shook hands with Rodgers ahead of Wednesday's FA Cup replay at Ewood Park.";
        assert_eq!(
            event_of(text, "14 June 2023"),
            "Bowyer shook hands with Rodgers ahead of Wednesday's FA Cup replay at Ewood Park"
        );
    }

    #[test]
    fn a_subordinator_whose_clause_was_cut_does_not_end_the_event() {
        let text = "The keeper almost scored on Wednesday when, after coming up for a corner, he shot wide.";
        assert_eq!(event_of(text, "14 June 2023"), "The keeper almost scored");
    }

    #[test]
    fn a_date_inside_a_quotation_keeps_the_quotation_verbatim() {
        let text = "\"We will not pay from next year for this year's mistakes,\" the mayor said on Monday.";
        assert_eq!(event_of(text, "2024"), "\"We will not pay from next year for this year's mistakes,\"");
        assert_eq!(event_of(text, "12 June 2023"), "the mayor said");
        // a long quotation is cut around its date, each cut marked, its marks balanced
        let text = "“Our members have waited far too long, and after the vote in March we told the board plainly that patience was gone,” she said.";
        let event = event_of(text, "March 2023");
        assert!(
            event.starts_with("“…") && event.ends_with("…”") && event.contains("after the vote in March"),
            "{event}"
        );
        // ("if" would make tomorrow a condition's, no entry: `in_a_condition`)
        let text = "He spoke for an hour. \"We lost. Even though tomorrow they strike, today is our day.\"";
        assert_eq!(
            event_of(text, "15 June 2023"),
            "\"…Even though tomorrow they strike, today is our day.\""
        );
        // straight single marks, as British papers write them; apostrophes are no marks
        let text = "'We closed the bar at 2am, before people arrived at the service,' the group's manager said on Friday.";
        assert_eq!(event_of(text, "9 June 2023"), "the group's manager said");
        assert_eq!(
            event_of(text, "14 June 2023, 02:00"),
            "'We closed the bar at 2am, before people arrived at the service,'"
        );
        let doc = Doc::new(text);
        for e in timeline(&doc, date(2023, 6, 14)) {
            assert!(!e.event.starts_with("We closed the bar,"), "{e:?}");
        }
        assert!(quotations("Music of the '80s and '90s.", Span::new(0, 26)).is_empty());
        // a quotation the colon opens is not the speaker's event
        let text =
            "The coach told reporters on Sunday: \"We lost our way in March and never found it again.\"";
        assert_eq!(event_of(text, "11 June 2023"), "The coach told reporters");
        assert_eq!(event_of(text, "March 2023"), "\"We lost our way in March and never found it again.\"");
        for text in [
            "\"Since the merger in 2019 we have cut 400 jobs,\" a union official said on Friday.",
            "‘Nothing has changed since April,’ he said on Tuesday, ‘and nothing will.’",
            // the closing part of a quotation opened in an earlier sentence
            "Even though tomorrow they strike, today is our day.\" The union then left.",
        ] {
            let doc = Doc::new(text);
            for e in timeline(&doc, date(2023, 6, 14)) {
                assert!(!alters_a_quotation(doc.sentence_text(e.evidence.sentence), &e.event), "{e:?}");
            }
        }
    }

    #[test]
    fn each_date_keeps_its_own_clause() {
        let text = "The board approved the merger on Tuesday after a long debate, ending talks that had dragged on since last spring.";
        assert_eq!(event_of(text, "13 June 2023"), "The board approved the merger after a long debate");
        assert_eq!(event_of(text, "spring 2023"), "talks that had dragged on");
        let text = "A court on Friday fined the firm £2m for polluting the river between 2019 and 2021.";
        assert_eq!(event_of(text, "9 June 2023"), "A court fined the firm £2m for polluting the river");
        assert_eq!(event_of(text, "2019–2021"), "polluting the river");
        let text = "The mayor said on Monday she would step down, after an audit found the city had overspent since 2020.";
        assert_eq!(event_of(text, "12 June 2023"), "The mayor said she would step down");
        assert_eq!(event_of(text, "2020"), "an audit found the city had overspent");
        let text = "Two teenagers were detained on Saturday night and will face a judge on Wednesday.";
        assert_eq!(
            events_by_label(text),
            [
                ("the night of 10 June 2023".to_string(), "Two teenagers were detained".to_string()),
                ("14 June 2023".to_string(), "will face a judge".to_string()),
            ]
        );
        let text = "An interim head, Priya Nand, has led the school since May and told parents on Monday.";
        assert_eq!(event_of(text, "May 2023"), "An interim head, Priya Nand, has led the school");
        assert_eq!(event_of(text, "12 June 2023"), "told parents");
        let text = "First-half profit had fallen 9 percent, the company reported in May.";
        assert_eq!(event_of(text, "May 2023"), "the company reported");
        let text = "The minister resigned on Monday and said she would stand again in 2027.";
        assert_eq!(event_of(text, "12 June 2023"), "The minister resigned");
        // the reported clause is what 2027 dates (the saying has no date of its own)
        assert_eq!(event_of(text, "2027"), "she would stand again");
        let text = "The ferry, launched in 1988, carried 90,000 cars last year.";
        assert_eq!(event_of(text, "2022"), "The ferry carried 90,000 cars last year");
        let text = "Guests were told to leave on Saturday, and a shelter opened on Saturday night.";
        assert_eq!(entries(text).len(), 2, "{:?}", entries(text));
        let text = "A fire that broke out on Friday near the docks had destroyed six warehouses by Sunday.";
        assert_eq!(event_of(text, "9 June 2023"), "A fire that broke out near the docks");
        assert_eq!(
            event_of(text, "11 June 2023"),
            "A fire that broke out near the docks had destroyed six warehouses"
        );
        let text = "The port closed in January and reopened in March.";
        assert_eq!(event_of(text, "January 2023"), "The port closed");
        assert_eq!(event_of(text, "March 2023"), "reopened");
        let text = "The governor declared a drought emergency on Monday that will last until September.";
        assert_eq!(
            event_of(text, "12 June 2023"),
            "The governor declared a drought emergency that will last"
        );
        assert_eq!(event_of(text, "September 2023"), "a drought emergency that will last");
        // a verb after a preposition with no words of its own is the clause's, not a clause
        let text = "He joined the firm in 2010, but a judge barred him from working until May.";
        assert_eq!(event_of(text, "May 2023"), "a judge barred him from working");
        // two expressions side by side are no list: the words between stay
        for e in entries("The holiday has fallen on a Saturday this year.") {
            assert!(!e.event.contains("a this year"), "{e:?}");
        }
        // dates listed together share their event
        let text = "Ferries will sail on July 3, July 10 and July 17, the operator said.";
        let t = entries(text);
        assert_eq!(t.len(), 3, "{t:?}");
        assert!(t.iter().all(|e| e.event == "Ferries will sail"), "{t:?}");
        // a long clause keeps its subject when the date comes early in it
        let text = "The regional transport authority approved a plan on Thursday to rebuild four old stations and two depots across the county.";
        assert!(event_of(text, "8 June 2023").starts_with("The regional transport authority approved"));
    }

    #[test]
    fn an_attribution_with_its_own_date_and_a_deadline_are_two_events() {
        let text = "Shoppers can return faulty kettles until Sunday, the retailer said in a statement on Tuesday morning.";
        assert_eq!(event_of(text, "18 June 2023"), "Shoppers can return faulty kettles");
        assert_eq!(event_of(text, "the morning of 13 June 2023"), "the retailer said in a statement");
        assert_eq!(
            event_of("The museum will stay shut until the end of May, its director said.", "late May 2024"),
            "The museum will stay shut"
        );
        assert_eq!(
            event_of("The bridge will reopen on Friday, officials said.", "16 June 2023"),
            "The bridge will reopen"
        );
    }

    #[test]
    fn an_apposition_is_told_with_its_name() {
        let text = "The party chose Lena Holt, a senator since 2018, as its candidate on Monday.";
        assert_eq!(event_of(text, "2018"), "Lena Holt, a senator");
        assert_eq!(event_of(text, "12 June 2023"), "The party chose Lena Holt, a senator, as its candidate");
        // a name after a comma with no closing comma is the subject, not an apposition
        let text = "A fourth pupil from the school, Amira Khan, left for Spain in December.";
        assert!(event_of(text, "December 2022").starts_with("A fourth pupil from the school"), "{text}");
        // not a verb phrase after a name's comma
        let text = "The foreign secretary, Mark Dale, will fly to Oslo on Monday.";
        assert_eq!(event_of(text, "19 June 2023"), "The foreign secretary, Mark Dale, will fly to Oslo");
        assert_eq!(
            event_of("The stadium, first opened in 1923, will be demolished.", "1923"),
            "The stadium, first opened"
        );
    }

    #[test]
    fn a_range_of_clock_times_on_two_days_names_the_year_once() {
        let t = entries("Elm Street will be closed from 7 a.m. Monday until 6 p.m. Friday.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].label, "19 June, 07:00 – 23 June 2023, 18:00");
    }

    #[test]
    fn earlier_this_year_is_told_as_written() {
        let t = entries("Sales fell earlier this year. The plant will close later this month.");
        let labels: Vec<&str> = t.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["earlier in 2023", "later in June 2023"], "{t:?}");
        assert_eq!(entries("Sales fell in early 2023.")[0].label, "early 2023");
    }

    #[test]
    fn an_attribution_is_the_event_of_its_date() {
        let t = entries(
            "Elm Street will be closed to all traffic while crews replace a water main, the city's public works department said on Thursday.",
        );
        assert_eq!(t[0].event, "the city's public works department said", "{t:?}");
        let t = entries("The road will be shut from Monday while crews work, the department said.");
        assert_eq!(t[0].event, "The road will be shut while crews work", "{t:?}");
    }

    #[test]
    fn a_sentence_the_page_repeats_is_one_entry() {
        let text = "OM was first taught in the US in 2001 and since then the craze has spread. \
                    OM was first taught in the USA in 2001 and since then the craze has spread.";
        assert_eq!(entries(text).len(), 1, "{:?}", entries(text));
        let t = entries("Sales rose in 2001 in the US. Sales fell in 2001 in France.");
        assert_eq!(t.len(), 2, "{t:?}");
        let text = "The pair went on a trip to Dubai in 2009 worth £7,600. Allen was jailed. \
                    The pair went on a trip to Dubai in 2009 worth £7,600 Mr Evans told the jury.";
        assert_eq!(entries(text).len(), 1, "{:?}", entries(text));
        // not a short stock phrase
        let t = entries("It rose in 2009. Sales said it rose in 2009 as well.");
        assert_eq!(t.len(), 2, "{t:?}");
    }

    #[test]
    fn a_relative_clause_is_told_with_its_noun_and_left_out_of_the_main_clause() {
        let events = |text: &str| entries(text).into_iter().map(|e| e.event).collect::<Vec<_>>();
        assert_eq!(
            events("The club plans to expand its stadium, which was built in the 1960s, by 2027."),
            ["its stadium, which was built", "The club plans to expand its stadium"]
        );
        assert_eq!(
            events("Striker Tomas Lind, a 33-year-old who joined the club in 2019, scored twice."),
            ["Striker Tomas Lind, a 33-year-old who joined the club"]
        );
        assert_eq!(
            events("The Gulls lost only three games in the league, which began in March."),
            ["the league, which began"]
        );
        assert_eq!(
            events("Lind, whose contract runs out in July, said he would stay."),
            ["Lind, whose contract runs out"]
        );
        assert_eq!(events("The company, founded in 1952, employs 11,000 people."), ["The company, founded"]);
        assert_eq!(events("It was 10 percent contained as of Monday."), ["It was 10 percent contained"]);
        // a long clause that ends at its date is cut before the date, not after its first words
        assert_eq!(
            events(
                "It was one of the last paintings to be stolen from the museum in Boston, painted in 1638, he said."
            ),
            ["…one of the last paintings to be stolen from the museum in Boston, painted"]
        );
        assert_eq!(
            events("Dillard, governor since January 2017, conceded on Thursday."),
            // the other date's words are left out of the later event
            ["Dillard, governor", "Dillard, governor, conceded"]
        );
        assert_eq!(
            events("For fiscal 2025, which ended in December, sales rose 6 percent."),
            ["fiscal 2025, which ended", "For fiscal 2025 sales rose 6 percent"]
        );
    }

    #[test]
    fn a_short_digest_keeps_the_story_and_drops_the_background() {
        let text = "The council approved the budget on Tuesday. The vote follows a review that began in March. \
                    A final reading is due next week. The town last raised taxes in 1998. \
                    Its hall was built in 1902. The mayor took office in 2019.";
        let t = entries(text);
        assert_eq!(t.len(), 6, "{t:?}");
        let shown: Vec<&str> =
            key_entries(&t, Some(date(2023, 6, 14)), 3).iter().map(|e| e.label.as_str()).collect();
        assert_eq!(shown, ["March 2023", "13 June 2023", "the week of 19 June 2023"]);
        assert_eq!(key_entries(&t, None, 10).len(), 6);
    }

    #[test]
    fn entries_are_sorted_and_vague_ones_left_out() {
        let t = entries(
            "The minister resigned yesterday. Prices rose in late April. Talks lasted three years. \
             Prices are high now. The summit opens next week.",
        );
        let labels: Vec<&str> = t.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["late April 2023", "13 June 2023", "the week of 19 June 2023"]);
        assert_eq!(t[0].modifier, Some(TimexMod::End));
        assert_eq!(t[0].tense, Tense::Past);
        assert_eq!(t[2].tense, Tense::Future);
    }

    #[test]
    fn the_same_day_and_event_is_one_entry() {
        let t = entries("The vote was held yesterday. The vote was held yesterday.");
        assert_eq!(t.len(), 1);
        let t = entries("The vote was held yesterday, on Tuesday, in Paris.");
        assert_eq!(t.len(), 1, "{t:?}");
    }

    #[test]
    fn a_date_that_modifies_a_noun_dates_the_noun() {
        let events: Vec<String> = entries(
            "Apple Corps says the company violated the 1991 agreement with its store. \
             Observers think the wording of the 1991 agreement helps Apple. \
             The 2019 agreement barred the company from selling music. \
             Turnout fell in last year's local elections, officials said. \
             In a June 2 press conference, the mayor said the bridge would reopen.",
        )
        .into_iter()
        .map(|e| e.event)
        .collect();
        assert_eq!(
            events,
            [
                "the 1991 agreement",
                "The 2019 agreement barred the company from selling music",
                "last year's local elections",
                "In a June 2 press conference, the mayor said the bridge would reopen"
            ]
        );
    }

    fn event_valued(text: &str, value: &str) -> String {
        let t = entries(text);
        t.iter()
            .find(|e| e.value == value)
            .map(|e| e.event.clone())
            .unwrap_or_else(|| panic!("no {value}: {t:?}"))
    }

    #[test]
    fn a_reported_clause_after_an_aside_dates_what_was_reported() {
        let text =
            "The treasurer said, without giving any figures, that tax receipts in May had beaten forecasts.";
        assert_eq!(event_valued(text, "2023-05"), "tax receipts had beaten forecasts");
        // a comma after the verb with no "that" keeps the speaker
        let text = "The treasurer said, as expected, he would resign in July.";
        assert!(event_valued(text, "2023-07").starts_with("The treasurer said"), "{:?}", entries(text));
    }

    #[test]
    fn a_second_verb_phrase_after_the_date_is_left_out() {
        let text = "The club has not paid its players since March and has borrowed from its owner to meet the wage bill.";
        assert_eq!(event_valued(text, "2023-03"), "The club has not paid its players");
        let text = "A man was arrested on Sunday and was taken to a police station in Dover.";
        assert_eq!(event_valued(text, "2023-06-11"), "A man was arrested");
        // a date joined to another by "and" is one list
        let text = "The museum will close on Monday and Tuesday for repairs.";
        assert!(entries(text).iter().all(|e| e.event.contains("museum will close")), "{:?}", entries(text));
        // "and is" tells a state that the date's clause goes on with
        let text = "The bridge reopened in April and is busier than ever.";
        assert!(event_valued(text, "2023-04").starts_with("The bridge reopened"));
    }

    #[test]
    fn a_second_verb_phrase_with_a_bare_object_is_the_dates() {
        // (the first timeline round's rail story: the Friday entry told the whole sentence)
        let text =
            "The ferry company said it would cancel most evening sailings and publish refunds by Friday.";
        assert_eq!(event_valued(text, "2023-06-16"), "it would publish refunds");
    }

    #[test]
    fn a_subordinate_clause_with_its_own_subject_after_the_date_is_left_out() {
        let text = "The striker scored twice on Saturday as he marked his return from a knee injury.";
        assert_eq!(event_valued(text, "2023-06-10"), "The striker scored twice");
    }

    #[test]
    fn a_year_that_names_a_title_is_no_entry() {
        let text = "The 2019 runner-up Tomas Ruiz lost in the first round, and the 2021 champions were knocked out by the top seed.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        // a year that dates a contest is one
        let text = "She won the 2019 final in Leeds.";
        assert_eq!(entries(text).len(), 1);
    }

    #[test]
    fn a_possessive_date_with_a_noun_that_says_nothing_keeps_its_clause() {
        let text = "Jonna Park, who won last year's edition after a late crash, is favourite again.";
        assert!(event_valued(text, "2022").contains("won"), "{:?}", entries(text));
        // a noun that says what happened is the event
        let text = "The party lost ground in last year's election.";
        assert_eq!(event_valued(text, "2022"), "last year's election");
    }

    #[test]
    fn a_possessive_date_that_is_a_past_verbs_object_keeps_its_clause() {
        let text = "Three rebel councillors boycotted Tuesday's budget vote.";
        assert!(event_valued(text, "2023-06-13").contains("councillors boycotted"), "{:?}", entries(text));
    }

    #[test]
    fn a_time_word_in_a_name_is_no_entry() {
        let text =
            "The mayor told the Sunday Times that the plan was dead, and repeated it on the Today programme.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        // the day itself is one
        let text = "The mayor told reporters on Sunday that the plan was dead.";
        assert_eq!(event_valued(text, "2023-06-11"), "The mayor told reporters that the plan was dead");
    }

    #[test]
    fn a_sentence_glued_after_sharing_buttons_gives_its_entry_without_them() {
        let text = "Share this withEmailFacebookTwitterCopy this linkThe harbour board voted on Monday to close the quay.";
        let t = entries(text);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].event, "The harbour board voted to close the quay");
    }

    #[test]
    fn a_date_told_as_an_interval_from_another_date_is_its_own_entry() {
        // DCT Wednesday 14 June 2023
        let text = "The harbour master resigned a day before Monday's council vote.";
        let t = entries(text);
        assert_eq!(event_valued(text, "2023-06-11"), "The harbour master resigned", "{t:?}");
        assert!(event_valued(text, "2023-06-12").contains("council vote"), "{t:?}");
        let text = "The choir was founded in 1951, a year before its first tour began.";
        assert_eq!(event_valued(text, "1952"), "its first tour began");
        assert!(!event_valued(text, "1951").contains("tour"), "{:?}", entries(text));
        let text = "The ferry sank in 1998, two years after the line opened.";
        assert_eq!(event_valued(text, "1996"), "the line opened");
        // a length that anchors on no date is no entry
        let text = "The mayor resigned a day before the vote.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
    }

    #[test]
    fn a_claim_in_the_present_dates_its_reported_clause_and_a_citing_clause_is_left_out() {
        let text = "A residents' group claims 12 homes were flooded in the storm on Tuesday, citing photographs posted online by neighbours.";
        assert_eq!(
            event_valued(text, "2023-06-13"),
            "12 homes were flooded in the storm",
            "{:?}",
            entries(text)
        );
    }

    #[test]
    fn today_in_a_present_progressive_is_the_days_event() {
        let text = "The town of Harwell is today opening a new lifeboat station.";
        assert!(event_valued(text, "2023-06-14").contains("Harwell is today opening a new lifeboat station"));
        // nowadays is no entry
        let text = "The station feels especially relevant today.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
    }

    #[test]
    fn a_photographs_date_is_no_entry() {
        let text = "Ms Okafor, pictured with the mayor in 2019, said the quay would reopen. The old pier, pictured here in 1987, was torn down in 2001.";
        let t = entries(text);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].value, "2001");
        // a day of the story in a caption is still one
        let text = "The minister, pictured at the depot on Monday, promised new trains.";
        assert_eq!(entries(text).len(), 1, "{:?}", entries(text));
    }

    #[test]
    fn a_date_the_clause_happened_within_leaves_the_event_to_the_clause() {
        let text = "The two strikers looked tired during Monday's session at the training ground.";
        assert!(event_valued(text, "2023-06-12").contains("strikers looked tired"), "{:?}", entries(text));
        let text = "In her 2016 campaign, the senator did not back the bridge.";
        assert!(event_valued(text, "2016").contains("did not back the bridge"), "{:?}", entries(text));
        let text = "The port missed Friday's deadline to file its accounts.";
        assert!(event_valued(text, "2023-06-09").contains("missed"), "{:?}", entries(text));
        // a dated noun that is the event stays the event
        let text = "The striker scored twice in last year's final.";
        assert_eq!(event_valued(text, "2022"), "last year's final");
    }

    #[test]
    fn a_second_verb_phrase_with_its_own_date_is_told_with_its_subject() {
        let text = "The keeper won the cup with Leeds in 2009 and briefly led Hull in 2012.";
        assert_eq!(event_valued(text, "2012"), "The keeper briefly led Hull");
        let first = event_valued(text, "2009");
        assert!(first.contains("won the cup") && !first.contains("led"), "{first}");
        let text = "The keeper finished third in 2009 and briefly led Hull in 2012.";
        assert_eq!(event_valued(text, "2012"), "The keeper briefly led Hull");
        // a name and its verb after "and" are a new clause
        let text = "The mill closed in 1998 and Ms Varga said the town never recovered.";
        assert_eq!(event_valued(text, "1998"), "The mill closed");
    }

    #[test]
    fn a_date_heading_an_item_of_a_glued_list_dates_the_item() {
        let text = "Talks stalled in spring2 May - Union rejects the pay offer9 May -  Staff vote to strike";
        assert_eq!(event_valued(text, "2023-05-02"), "Union rejects the pay offer");
        assert_eq!(event_valued(text, "2023-05-09"), "Staff vote to strike");
        // a dash after a date in prose is no list
        let text = "The ferry sank on 2 May - Coastguards said none were hurt.";
        assert!(event_valued(text, "2023-05-02").contains("ferry sank"), "{:?}", entries(text));
    }

    #[test]
    fn the_items_of_a_fixture_list_glued_to_their_dates_are_dated() {
        let text = "Fixtures (all times 19:45 unless stated)Saturday, 17 JuneHome Rovers v Town RangersSunday, 18 JuneDock Street v Vale Athletic";
        assert_eq!(event_valued(text, "2023-06-17"), "Home Rovers v Town Rangers");
        assert_eq!(event_valued(text, "2023-06-18"), "Dock Street v Vale Athletic");
        // a second match's time in brackets is the item's, no entry of its own
        let text = "Saturday, 17 JuneHome Rovers v Town Rangers (12:30)Dock Street v ValeSunday, 18 JuneMill Lane v Quay";
        let t = entries(text);
        assert_eq!(t.len(), 2, "{t:?}");
        assert!(event_valued(text, "2023-06-17").contains("Dock Street v Vale"), "{t:?}");
    }

    #[test]
    fn a_holiday_named_as_the_feast_is_no_entry() {
        let text = "The choir sent a Christmas card to the ward. Volunteers say Easter matters more to them.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        let text = "When Boxing Day falls on a Sunday, the depot stays shut.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        // an occasion held on it, or a word that places the event on it, makes it a date
        let text = "The mayor spoke at the town's Christmas dinner for volunteers.";
        assert!(event_valued(text, "2022-12-25").contains("mayor spoke"), "{:?}", entries(text));
        let text = "The ferry was stranded off Dover on Christmas Day.";
        assert!(event_valued(text, "2022-12-25").contains("ferry was stranded"), "{:?}", entries(text));
    }

    #[test]
    fn a_caption_repeating_a_sentence_that_ends_in_a_quotation_is_no_second_entry() {
        let text = "The farmer refused to hand over his goats to the officers on Wednesday and called them 'our family.' The herd was moved to a sanctuary. Seized: the herd at the farm The farmer refused to hand over his goats to the officers on Wednesday and called them 'our family'";
        let t = entries(text);
        assert_eq!(t.len(), 1, "{t:?}");
    }

    #[test]
    fn a_season_written_as_its_two_years_is_no_entry() {
        let text = "The club went down after finishing season 2021-22 bottom of the table.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
    }

    #[test]
    fn a_weekday_after_a_is_a_kind_of_day() {
        let text = "When the fair falls on a Sunday, the stalls move to the quay.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        let text = "The fair fell on Sunday.";
        assert_eq!(event_valued(text, "2023-06-11"), "The fair fell");
    }

    #[test]
    fn an_opening_dates_subordinate_clause_leaves_the_event_to_the_main_clause() {
        let text = "On 3 May, after the talks broke down, the union called a strike.";
        assert_eq!(event_valued(text, "2023-05-03"), "the union called a strike");
    }

    #[test]
    fn a_date_in_a_condition_or_an_open_question_is_no_entry() {
        let text = "The minister would call a second vote if her party wins the 2027 election.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        let text = "Analysts asked whether the merger talks in September would resume.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        // the date after the main clause's verb is the main clause's
        let text = "A ruling on whether the port will reopen is expected in September.";
        assert!(entries(text).iter().any(|e| e.value == "2023-09"), "{:?}", entries(text));
        // the condition opens after the date: the day keeps its entry
        let text = "The minister said on Monday that she would call a vote if her party won.";
        assert!(event_valued(text, "2023-06-12").contains("said"), "{:?}", entries(text));
    }

    #[test]
    fn a_date_after_by_with_a_past_perfect_or_a_guess_is_no_entry() {
        let text = "By May 1944, the northern convoys had cost the navy forty ships.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        // a fact box glued to the text: the bullet parts the items
        let text = "Ships sailed in convoy•By May 1944, the northern route had cost forty ships.";
        assert!(entries(text).iter().all(|e| e.value != "1944-05"), "{:?}", entries(text));
        let text = "We think by 2030 the share of drivers could be as high as half.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        // a deadline stays an entry
        let text = "The council said the fine must be paid by Friday.";
        assert!(entries(text).iter().any(|e| e.value == "2023-06-16"), "{:?}", entries(text));
        let text = "Forecasters said the wind would drop by Sunday, but ferries could stay in port.";
        assert!(entries(text).iter().any(|e| e.text == "Sunday"), "{:?}", entries(text));
        let text = "The flood had closed three bridges by Sunday morning.";
        assert!(entries(text).iter().any(|e| e.value == "2023-06-11TMO"), "{:?}", entries(text));
    }

    #[test]
    fn of_a_caption_and_the_story_telling_one_event_the_story_is_the_evidence() {
        // the caption, split off the text after it, is the shorter sentence but has no stop
        let text = "Last year the harbour board (pictured) sold the old ferry to a museum Visitors \
                    queue on the quay in the sun. Last year the harbour board sold the old ferry to a \
                    museum and leased the quay to a sailing school.";
        let t = entries(text);
        let e = t.iter().find(|e| e.value == "2022").unwrap_or_else(|| panic!("{t:?}"));
        let doc = Doc::new(text);
        assert!(doc.sentence_text(e.evidence.sentence).contains("sailing school"), "{t:?}");
    }

    #[test]
    fn a_date_in_a_routine_is_no_entry() {
        let text = "The guild holds two fairs every year, one on 3 May and one in late October.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        let text = "The mayor will say today: \"We have cut the rates every year.\"";
        assert!(entries(text).iter().any(|e| e.text == "today"), "{:?}", entries(text));
        let text = "The guild held its spring fair on 3 May.";
        assert!(event_valued(text, "2023-05-03").contains("held"), "{:?}", entries(text));
    }

    #[test]
    fn a_date_ahead_after_a_wish_is_no_entry() {
        let text = "The board hopes to name the new coaching staff next week.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        let text = "The rowers were hoping to retake the cup they last held in 1998.";
        assert!(entries(text).iter().any(|e| e.value == "1998"), "{:?}", entries(text));
        let text = "The board will name the new coaching staff next week.";
        assert!(!entries(text).is_empty(), "{:?}", entries(text));
    }

    #[test]
    fn the_articles_own_year_in_a_state_is_no_entry() {
        let text = "The old ferry sails on Sundays, as it does this year.";
        assert!(entries(text).iter().all(|e| e.value != "2023"), "{:?}", entries(text));
        let text = "The harbour opened a second cruise terminal this year.";
        assert!(event_valued(text, "2023").contains("opened"), "{:?}", entries(text));
    }

    #[test]
    fn a_clause_at_a_dated_gathering_is_the_event() {
        let text = "The minister was booed at last year's congress in Ghent.";
        assert!(event_valued(text, "2022").contains("was booed"), "{:?}", entries(text));
    }

    #[test]
    fn bracketed_asides_give_way_in_a_long_clause() {
        let text = "The council (KCC) paid $80,000 (£64,000, or €75,000) for the old pier to a local salvage firm (Marlow Bros) in 2011.";
        assert_eq!(
            event_valued(text, "2011"),
            "The council paid $80,000 for the old pier to a local salvage firm"
        );
        // a clause short enough keeps them
        let text = "The council (KCC) sold the pier in 2011.";
        assert_eq!(event_valued(text, "2011"), "The council (KCC) sold the pier");
    }

    #[test]
    fn of_a_caption_and_the_story_telling_one_event_the_story_is_kept() {
        let text = "Closed: Crews shut the Alder bridge on Monday after engineers found cracks Drivers now face a long detour through the town centre. Crews shut the Alder bridge on Monday after engineers found cracks.";
        let t = entries(text);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].evidence.sentence, 1, "{t:?}");
    }

    #[test]
    fn a_year_or_today_ending_a_name_is_no_entry() {
        let values = |text: &str| entries(text).into_iter().map(|e| e.value).collect::<Vec<_>>();
        assert_eq!(values("The striker missed Euro 2016 with a knee injury and retired in 2019."), ["2019"]);
        assert!(values("The regulator may fine firms under the Water Act 1989.").is_empty());
        assert!(values("Ms Hale told Radio Solent Tonight she would stand.").is_empty());
        assert_eq!(values("In 2019 the club was sold."), ["2019"]);
    }

    #[test]
    fn a_quotation_mark_glued_after_a_stop_opens_the_next_sentence() {
        let text = "The council bought the depot in May.\"It was a bargain,\" the leader said.";
        assert_eq!(event_valued(text, "2023-05"), "The council bought the depot");
    }

    #[test]
    fn a_caption_that_tells_a_sentence_again_is_no_second_entry() {
        let text = "Dashcam footage shows the crew of the trawler Brisa hauling a stranded seal back into the sea off Whitby on May 30. Rescue: The footage shows the trawler crew hauling a stranded seal back into the sea off Whitby on May 30 Praise: Locals cheered.";
        assert_eq!(entries(text).len(), 1, "{:?}", entries(text));
        // two events of one day stay two
        let text = "The council approved the harbour budget on May 30. Fishermen marched through Whitby on May 30 against the new quay fees.";
        assert_eq!(entries(text).len(), 2, "{:?}", entries(text));
    }

    #[test]
    fn a_date_in_the_subject_of_a_subordinate_clause_dates_that_clause() {
        let text =
            "The ministry withdrew the leaflets after a March 2021 audit found that half of them were wrong.";
        assert!(event_valued(text, "2021-03").starts_with("a March 2021 audit found"), "{:?}", entries(text));
        // a noun phrase without a verb after it keeps the main clause
        let text = "The ministry withdrew the leaflets after a March 2021 audit.";
        assert!(event_valued(text, "2021-03").contains("withdrew the leaflets"), "{:?}", entries(text));
    }

    #[test]
    fn an_opening_participle_clause_holds_its_date() {
        let text = "Having founded the choir in 1987, in a church hall in Leeds, Ruth Amis, a music teacher, led it for thirty years.";
        assert_eq!(event_valued(text, "1987"), "Having founded the choir");
        // a date after the participle clause is the main clause's
        let text = "Having settled the dispute, the union will next week ballot its members.";
        assert!(event_valued(text, "2023-W25").contains("the union will"), "{:?}", entries(text));
    }

    #[test]
    fn a_decade_named_as_an_era_is_no_entry() {
        let text = "The show still makes viewers relive the 1980s and the early 1990s.";
        assert!(entries(text).is_empty(), "{:?}", entries(text));
        let text = "She began her career in the 1980s.";
        assert_eq!(entries(text).len(), 1);
    }

    #[test]
    fn a_relative_clause_holding_the_date_ends_where_the_main_verb_comes_back() {
        let text = "The two men who robbed a jeweller in a Dover, Kent shopping arcade on Friday have been charged with theft.";
        let event = event_valued(text, "2023-06-09");
        assert!(event.ends_with("who robbed a jeweller in a Dover, Kent shopping arcade"), "{event}");
        assert!(!event.contains("charged"), "{event}");
    }

    #[test]
    fn a_day_named_twice_in_one_clause_is_one_entry() {
        let text = "On Sunday, the minister spent her Sunday morning canvassing in Ashby.";
        let t = entries(text);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].value, "2023-06-11TMO");
    }

    #[test]
    fn a_date_in_a_subordinate_clause_dates_that_clause() {
        let text = "The judge granted the delay after Vell's lawyer fell ill on Monday.";
        assert_eq!(event_valued(text, "2023-06-12"), "Vell's lawyer fell ill");
        let text = "After the lawyer fell ill on Monday, the judge granted a delay.";
        assert_eq!(event_valued(text, "2023-06-12"), "the lawyer fell ill");
        let text = "The roof gave way because the council had cut its repair budget in 2019.";
        assert_eq!(event_valued(text, "2019"), "the council had cut its repair budget");
        let text = "Behaviour had worsened since the headteacher, Colin Marsh, left in April.";
        assert_eq!(event_valued(text, "2023-04"), "the headteacher, Colin Marsh, left");
        // a noun phrase after "after" is no clause: the main clause keeps the date
        // nor a clause without its subject, nor a noun with a relative clause
        let text = "She flew to Turkey before being smuggled into Syria in February.";
        assert_eq!(event_valued(text, "2023-02"), "She flew to Turkey before being smuggled into Syria");
        let text = "The nests failed after a wet summer which killed off the wasps in 2013.";
        assert!(event_valued(text, "2013").starts_with("The nests failed"));
        // a subordinate clause closed before the date is not the date's
        let text = "After deliberating for hours, jurors found him guilty on Wednesday.";
        assert_eq!(event_valued(text, "2023-06-14"), "After deliberating for hours, jurors found him guilty");
        let text = "Engineers delayed the burn after a sensor fault on June 2.";
        assert_eq!(event_valued(text, "2023-06-02"), "Engineers delayed the burn after a sensor fault");
        // the main clause's own date
        let text = "The council approved the budget on Wednesday after a long session.";
        assert_eq!(event_valued(text, "2023-06-14"), "The council approved the budget after a long session");
    }

    #[test]
    fn a_date_in_a_reported_clause_dates_what_was_reported() {
        let text = "Police said the suspect fled on Friday.";
        assert_eq!(event_valued(text, "2023-06-09"), "the suspect fled");
        let text = "Union organiser Ruth Okafor said drivers had rejected a 4 percent offer on June 2 and that the company had not made a new one since.";
        assert_eq!(event_valued(text, "2023-06-02"), "drivers had rejected a 4 percent offer");
        let text = "The chief executive told analysts on a call that bookings had picked up in May.";
        assert_eq!(event_valued(text, "2023-05"), "bookings had picked up");
        // the saying's own date keeps the speaker
        let text = "Prosecutors said on Tuesday they would call 14 witnesses.";
        assert!(event_valued(text, "2023-06-13").starts_with("Prosecutors said"));
        // "an alleged scheme" is no saying
        let text = "A woman running an alleged marriage scheme pleaded not guilty on Friday.";
        assert_eq!(
            event_valued(text, "2023-06-09"),
            "A woman running an alleged marriage scheme pleaded not guilty"
        );
        let text = "The city said in a statement released on Monday.";
        assert!(event_valued(text, "2023-06-12").starts_with("The city said"));
        // "said on Thursday that…": the saying ends where the reported clause with its own date
        // begins
        let text = "Marlow said on Tuesday that profit for the three months to May rose 18 percent.";
        assert_eq!(event_valued(text, "2023-06-13"), "Marlow said");
        // (a date in a participle clause keeps the main clause that goes on after it)
        let text = "The suit, filed in May, claims that the firm broke the 1991 agreement.";
        assert!(event_valued(text, "2023-05").ends_with("claims that the firm broke the 1991 agreement"));
        // "told reporters" with no "that" keeps its object
        let text = "The mayor told reporters on Monday the vote would go ahead.";
        assert!(event_valued(text, "2023-06-12").starts_with("The mayor told reporters"));
    }

    #[test]
    fn a_season_without_its_years_is_no_entry() {
        let t = entries(
            "Hall has made seven appearances this season, and he will leave at the end of the season.",
        );
        assert!(t.iter().all(|e| !e.text.to_lowercase().contains("season")), "{t:?}");
        let t = entries("Aberdeen won the title in the 2008 season.");
        assert!(t.iter().any(|e| e.value == "2008"), "{t:?}");
    }

    #[test]
    fn a_half_year_is_an_entry_and_a_match_half_is_not() {
        let t = entries("First-half profit had fallen 9 percent, the company reported in May.");
        assert!(t.iter().any(|e| e.value == "2023-H1"), "{t:?}");
        let t = entries("He spent the first half of the campaign on the bench.");
        assert!(t.iter().all(|e| !e.value.contains("-H")), "{t:?}");
    }

    #[test]
    fn a_clock_time_and_its_day_are_one_entry() {
        let doc = Doc::new("The operator will publish the timetable by 5pm on Friday.");
        let t = timeline(&doc, date(2025, 2, 5));
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].value.as_str(), t[0].text.as_str()), ("2025-02-07T17:00", "5pm on Friday"));
        assert_eq!(t[0].event, "The operator will publish the timetable");
        let t = entries("The probe entered orbit at 03:42 GMT on Friday.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].event, "The probe entered orbit");
    }

    #[test]
    fn the_second_of_two_verb_phrases_is_the_dates() {
        let text =
            "The operator said it would run a reduced timetable during the strike and publish it on Friday.";
        assert_eq!(event_valued(text, "2023-06-16"), "it would publish it");
        let text = "The brewer will sell the plant and close the depot in May.";
        assert_eq!(event_valued(text, "2024-05"), "The brewer will close the depot");
        // nouns joined by "and", or a verb of the first phrase, stay
        let text = "The city will buy new trains and buses in 2026.";
        assert_eq!(event_valued(text, "2026"), "The city will buy new trains and buses");
        let text = "Police will question the driver and his passenger on Monday.";
        assert_eq!(event_valued(text, "2023-06-19"), "Police will question the driver and his passenger");
    }

    #[test]
    fn a_routine_in_a_relative_clause_is_no_entry() {
        let t = entries("Night buses, which run from 23:00 to 05:00 local time, are not affected.");
        assert!(t.is_empty(), "{t:?}");
        let t = entries("The shop, which opens at 9am, was raided on Monday.");
        assert_eq!(t.len(), 1, "{t:?}");
        // a relative clause in the past tells an event
        let t = entries("The ferry, which sank at 17:00 local time, was carrying 40 people.");
        assert_eq!(t.len(), 1, "{t:?}");
    }

    #[test]
    fn a_zone_goes_with_its_clock_time() {
        let t = entries("Rescuers arrived at 17:00 local time.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].event.as_str(), t[0].text.as_str()), ("Rescuers arrived", "17:00 local time"));
        let t = entries("Shares rose 6 percent in Frankfurt trading at 10:15 GMT.");
        assert_eq!(t[0].event, "Shares rose 6 percent in Frankfurt trading");
        // and leaves the other entries' events
        let text = "Night buses ran from 23:00 to 05:00 local time on Monday.";
        for e in entries(text) {
            assert!(!e.event.contains("local time"), "{e:?}");
        }
    }

    #[test]
    fn a_deferral_on_a_day_until_another_is_two_entries() {
        let t = entries("The trial was adjourned on Monday until July 3, officials said.");
        let values: Vec<&str> = t.iter().map(|e| e.value.as_str()).collect();
        assert_eq!(values, ["2023-06-12", "2023-07-03"], "{t:?}");
        assert!(t.iter().all(|e| e.end.is_none()), "{t:?}");
        // a range stays a range
        let t = entries("The exhibition runs from Monday until July 3.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].end.as_deref(), Some("2023-07-03"), "{t:?}");
    }

    #[test]
    fn a_time_restated_in_brackets_is_one_entry() {
        let t = entries("The quake struck at 15:48 (14:48 GMT) on Wednesday, officials said.");
        let times: Vec<&TimelineEntry> = t.iter().filter(|e| e.value.contains('T')).collect();
        assert_eq!(times.len(), 1, "{t:?}");
        assert_eq!(times[0].value, "2023-06-14T15:48");
        assert_eq!(times[0].text, "15:48 (14:48 GMT)");
        assert!(!times[0].event.contains("14:48") && !times[0].event.contains('('), "{t:?}");
        // nor is the restatement left in the day's entry
        assert!(t.iter().all(|e| !e.event.contains('(')), "{t:?}");
    }

    #[test]
    fn a_byline_or_an_update_stamp_is_no_event() {
        let t = entries(
            "By Jo Marsh · June 14, 2023\n\nUpdated: June 15, 2023 at 9:00 a.m.\n\n\
             The council approved the budget on Wednesday.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].value, "2023-06-14");
        assert!(t[0].event.contains("approved the budget"), "{t:?}");
    }

    #[test]
    fn no_time_expression_gives_an_empty_timeline() {
        assert!(entries("Nothing happened here.").is_empty());
        assert!(entries("").is_empty());
    }

    #[test]
    fn intervals_follow_the_value_precision() {
        assert_eq!(interval("2023-02"), Some((date(2023, 2, 1), date(2023, 3, 1))));
        assert_eq!(interval("2023-06-13TNI"), Some((date(2023, 6, 13), date(2023, 6, 14))));
        assert_eq!(interval("2023-W24"), Some((date(2023, 6, 12), date(2023, 6, 19))));
        assert_eq!(interval("199X"), Some((date(1990, 1, 1), date(2000, 1, 1))));
        assert_eq!(interval("199"), Some((date(1990, 1, 1), date(2000, 1, 1))));
        assert_eq!(interval("2023-H2"), Some((date(2023, 7, 1), date(2024, 1, 1))));
        assert_eq!(interval("2023-H3"), None);
        assert_eq!(label("2023-H1", None), "the first half of 2023");
        assert_eq!(interval("PRESENT_REF"), None);
        assert_eq!(interval("XXXX-WXX-1"), None);
        assert_eq!(label("2023-06-13TNI", None), "the night of 13 June 2023");
        assert_eq!(label("198X", Some(TimexMod::End)), "the late 1980s");
        assert_eq!(label("2023-W24", None), "the week of 12 June 2023");
        assert_eq!(label("2023-W24", Some(TimexMod::Approx)), "around the week of 12 June 2023");
        assert_eq!(label("2023-W24-WE", None), "the weekend of 17–18 June 2023");
        assert_eq!(label("2023-W39-WE", None), "the weekend of 30 September–1 October 2023");
        assert_eq!(label("2023-W52-WE", None), "the weekend of 30–31 December 2023");
        assert_eq!(label("2020-W53-WE", None), "the weekend of 2–3 January 2021");
        assert_eq!(label("198", Some(TimexMod::End)), "the late 1980s");
        let (s, e) = interval("2023").unwrap();
        assert_eq!(narrow(s, e, Some(TimexMod::End)).0, date(2023, 9, 1));
        assert_eq!(narrow(s, e, Some(TimexMod::Start)).1, date(2023, 5, 2));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any text: no panic, entries sorted, evidence inside the text.
        #[test]
        fn any_text_gives_a_sorted_timeline(text in "(\\PC|[0-9 ,.;:—-]|June|from|to|between|and|last|ago|night){0,80}") {
            let doc = Doc::new(&text);
            let entries = timeline(&doc, jiff::civil::date(2023, 6, 14));
            let starts: Vec<Date> = entries.iter().filter_map(|e| interval(&e.value).map(|i| i.0)).collect();
            prop_assert!(starts.windows(2).all(|w| w[0] <= w[1]));
            for e in entries {
                prop_assert!(e.evidence.end <= text.len() && text.is_char_boundary(e.evidence.start));
            }
        }
    }
}
