//! The digest's timeline: each dated time expression of the article becomes a
//! [`TimelineEntry`] with a label for readers, the event phrase of its clause, its tense and its
//! evidence. Ranges ("from 16 to 21 June") become one entry; durations, sets and vague
//! references ("now", "recently") qualify events and are left out; entries are sorted by date.

use crate::extract::digest::{Evidence, Tense, TimelineEntry};
use crate::extract::doc::Doc;
use crate::extract::lexicon::{clause_opener, is_relative_pronoun, is_speech_verb};
use crate::extract::span::Span;
use crate::extract::timex::lexicon::TenseCue;
use crate::extract::timex::{TimexMention, TimexMod, TimexType, find_timex_mentions};
use jiff::ToSpan;
use jiff::civil::Date;

/// Most words of an entry's event phrase.
const EVENT_WORDS: usize = 14;

/// The timeline of `doc`, resolved against the publication date `anchor`.
pub fn timeline(doc: &Doc, anchor: Date) -> Vec<TimelineEntry> {
    let mentions = find_timex_mentions(doc, anchor);
    let mut entries: Vec<(Date, Date, TimelineEntry)> = Vec::new();
    let mut i = 0;
    while i < mentions.len() {
        let m = &mentions[i];
        let Some((start, end)) = interval(&m.timex.value).map(|(s, e)| narrow(s, e, m.timex.modifier)) else {
            i += 1;
            continue;
        };
        if !matches!(m.timex.kind, TimexType::Date | TimexType::Time) || is_generic(doc, m) {
            i += 1;
            continue;
        }
        // a range: "16–21 June", "from March to May", "between 1985 and 1987"
        let mut span = m.timex.span;
        let mut last = None;
        let mut alternative = None;
        if let Some(next) = mentions.get(i + 1)
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
        let taken = if last.is_some() || alternative.is_some() { 2 } else { 1 };
        let text = doc.span_text(span).to_string();
        let event = event_phrase(doc, m.sentence, span);
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
    entries.sort_by_key(|a| (a.0, a.1));
    let mut out: Vec<TimelineEntry> = Vec::new();
    for (_, _, entry) in entries {
        // the same date for the same event (or in the same sentence, or in a sentence the page
        // repeats, as a caption repeats the story) is one entry
        let same = out.iter().any(|e| {
            e.value == entry.value
                && e.end == entry.end
                && (e.evidence.sentence == entry.evidence.sentence
                    || same_words(&e.event, &entry.event)
                    || repeats(doc, e.evidence.sentence, entry.evidence.sentence))
        });
        if !same {
            out.push(entry);
        }
    }
    // "at around 9pm Thursday night": the clock time says it all; the night is no second entry
    let finer = |e: &TimelineEntry| {
        out.iter().any(|o| {
            o.evidence.sentence == e.evidence.sentence
                && o.value.split('T').next() == e.value.split('T').next()
                && precision(&o.value) > precision(&e.value)
        })
    };
    let keep: Vec<bool> = out.iter().map(|e| e.end.is_some() || !finer(e)).collect();
    out.into_iter().zip(keep).filter_map(|(e, k)| k.then_some(e)).collect()
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
    let bare = |i: usize| doc.sentence_text(i).trim().trim_end_matches(['.', '!', '?']).to_lowercase();
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

/// True when `a` and `b` are the two ends of one range in the same sentence.
fn is_range(doc: &Doc, a: &TimexMention, b: &TimexMention) -> bool {
    if a.sentence != b.sentence || a.timex.kind != b.timex.kind {
        return false;
    }
    let text = doc.text();
    let Some(between) = text.get(a.timex.span.end..b.timex.span.start) else { return false };
    let between = between.trim();
    let before = text.get(..a.timex.span.start).unwrap_or("").trim_end().to_lowercase();
    match between {
        "-" | "–" | "—" | "to" | "through" | "until" | "till" => true,
        "and" => before.ends_with("between"),
        _ => false,
    }
}

/// True when the expression names no particular time: a clock time after "a" ("works a 3 am
/// shift"), or "today" in a clause neither past nor future ("Today, the site is the go-to
/// place", "feels especially relevant today": nowadays, not the publication day's event).
fn is_generic(doc: &Doc, m: &TimexMention) -> bool {
    let nowadays = doc.span_text(m.timex.span).eq_ignore_ascii_case("today")
        && !matches!(m.tense, Some(TenseCue::Past | TenseCue::Future));
    nowadays || is_generic_clock(doc, m)
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
/// chosen") stays, so the phrase still reads as the article wrote it.
fn event_phrase(doc: &Doc, index: usize, span: Span) -> String {
    let sentence = doc.sentences()[index].span;
    let text = doc.text();
    if let Some(phrase) = dated_noun_phrase(text, sentence, span) {
        return phrase;
    }
    // the clause: from the last ";" or dash before the span to the next one after it
    let head = &text[sentence.start..span.start];
    let tail = &text[span.end..sentence.end];
    // (and the speaker's words after a closed quotation: "…criminal behaviour,’ prosecutor
    // Charles Evans told the trial in 2013")
    let clause_start = head
        .rfind([';', '—'])
        .map(|i| i + head[i..].chars().next().map_or(1, char::len_utf8))
        .into_iter()
        .chain(QUOTE_CLOSES.iter().filter_map(|close| head.rfind(close).map(|i| i + close.len())))
        .max()
        .unwrap_or(0);
    let clause_end = tail.find([';', '—']).unwrap_or(tail.len());
    // a relative clause closed before the date is not the date's clause: "expand its stadium,
    // which was built in the 1960s, by 2027"
    let head = without_closed_relatives(&head[clause_start..]);
    let opening = last_clause_opening(&head);
    let head = match relative_antecedent(&head, opening) {
        Some(antecedent) => format!("{antecedent}, {}", head[opening..].trim()),
        None => head[opening..].trim_end().to_string(),
    };
    let head = head.as_str();
    // "For fiscal 2025, which ended in December, sales rose": the main clause goes on after
    let tail = without_closed_relatives(&tail[..clause_end]);
    let mut tail = tail[..first_clause_opening(&tail).unwrap_or(tail.len())].trim();
    // "…while crews replace a water main, the department said on Thursday": the attribution
    // is not part of what happens on the date
    if let Some(comma) = trailing_attribution(tail) {
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
    let stripped = if coordinated { head } else { strip_last_word(head, &PREPOSITIONS) };
    // "contained as of 6 p.m. Monday"
    let stripped = if stripped.len() != head.len() && head.trim_end().to_lowercase().ends_with(" as of") {
        strip_last_word(stripped, &["as"])
    } else {
        stripped
    };
    let introduced = stripped.len() != head.len();
    let timex_words: Vec<&str> =
        if introduced { Vec::new() } else { span.text(text).split_whitespace().collect() };
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
    let place = place.unwrap_or(words.len());
    let start = if words.len() > EVENT_WORDS {
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
        Some(after) => (None, after),
        None => {
            let (before, last) = head.trim_end().rsplit_once(char::is_whitespace)?;
            if !DETERMINERS.contains(&last.to_lowercase().as_str()) {
                return None;
            }
            // "In the 2008 crisis, …" / "The 1991 agreement barred …": the sentence's own frame
            if before.split_whitespace().count() <= 1 {
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
    if noun.is_empty() {
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

/// True when `head` ends inside a relative clause: "a 33-year-old who joined the club".
fn in_open_relative(head: &str) -> bool {
    let last_comma = head.rfind(',').map_or(0, |i| i + 1);
    let clause = &head[last_comma..];
    clause.split_whitespace().any(is_relative_pronoun)
        || clause.split_whitespace().next().is_some_and(opens_relative)
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
    named && (1..=APPOSITION_WORDS).contains(&words)
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

/// Where an attribution that ends `tail` begins (its comma): ", the department said on
/// Thursday", ", police said".
fn trailing_attribution(tail: &str) -> Option<usize> {
    let comma = tail.rfind(',').filter(|&c| !tail[..c].trim().is_empty())?;
    let words: Vec<&str> = tail[comma + 1..].split_whitespace().collect();
    let verb = words.iter().rposition(|w| is_speech_verb(w.trim_end_matches(['.', '!', '?', '"', '”'])))?;
    // the verb closes it, or a date after a preposition does ("said on Thursday")
    let after = &words[verb + 1..];
    let closes =
        after.is_empty() || (after.len() <= 3 && PREPOSITIONS.contains(&after[0].to_lowercase().as_str()));
    ((1..ATTRIBUTION_WORDS).contains(&verb) && closes).then_some(comma)
}

/// Where an attribution that ends the head opens, just after its comma: "…while crews replace
/// a water main, the department said" (on Thursday). The saying is the dated event, not the
/// words reported before it.
fn attribution_opening(head: &str) -> Option<usize> {
    let words = strip_last_word(head, &PREPOSITIONS);
    let comma = words.rfind(',')?;
    let attribution: Vec<&str> = words[comma + 1..].split_whitespace().collect();
    let last = attribution.last()?;
    (attribution.len() >= 2 && attribution.len() <= ATTRIBUTION_WORDS && is_speech_verb(last))
        .then_some(comma + 1)
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

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

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
    let month_name = |m: &str| m.parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1))).copied();
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
    let month = MONTHS.get(usize::try_from(day.month()).unwrap_or(0).wrapping_sub(1)).copied().unwrap_or("");
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
    let mut words = Vec::new();
    // the open quotation: its number and the mark that closes it
    let mut open: Option<(usize, char)> = None;
    let mut regions = 0;
    for word in sentence.split_whitespace() {
        let mut inside = None;
        let chars: Vec<char> = word.chars().collect();
        for (k, &c) in chars.iter().enumerate() {
            let next_is_word = chars.get(k + 1).is_some_and(|n| n.is_alphanumeric());
            let prev_is_word = k > 0 && chars[k - 1].is_alphanumeric();
            let closer = match c {
                '"' => Some('"'),
                '“' => Some('”'),
                '‘' if !prev_is_word => Some('’'),
                _ => None,
            };
            match (open, closer) {
                (Some((_, close)), _) if c == close && (c != '’' || !next_is_word) => open = None,
                (None, Some(close)) => {
                    regions += 1;
                    open = Some((regions, close));
                }
                _ if c.is_alphanumeric() && inside.is_none() => inside = open.map(|(r, _)| r),
                _ => {}
            }
        }
        let key = word_key(word);
        if !key.is_empty() {
            words.push((key, inside));
        }
    }
    words
}

/// True when the phrase skips words inside one quotation of the sentence without a "…".
fn cuts_a_quotation(sentence: &str, event: &str) -> bool {
    let words = quoted_words(sentence);
    let mut at: Option<usize> = None;
    let mut marked = false;
    for word in event.split_whitespace() {
        if word.starts_with('…') {
            marked = true;
        }
        let key = word_key(word);
        if !key.is_empty() {
            let from = at.map_or(0, |a| a + 1);
            if let Some(found) = words[from.min(words.len())..].iter().position(|(k, _)| *k == key) {
                let found = from + found;
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
        if word.ends_with('…') {
            marked = true;
        }
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
            events("The Gulls lost only three games this season, which began in March."),
            ["this season, which began"]
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
            ["Dillard, governor", "Dillard, governor since January 2017, conceded"]
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
