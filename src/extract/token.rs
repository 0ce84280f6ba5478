//! Tokens: words, numbers and punctuation as byte spans, cut the way news prose needs.
//!
//! The tokenizer keeps together what later stages want whole — abbreviations and initials
//! ("U.S.", "J.R.R.", "a.m."), decimals and grouped numbers ("3.5", "1,200"), ISO dates,
//! URLs, hyphenated words — and splits off what they want apart: surrounding quotes and
//! brackets, trailing punctuation, possessive "'s", "n't", currency and percent signs, and the
//! dash of a numeric range ("16-21", "16–21").

use crate::extract::lexicon;
use crate::extract::span::Span;
use serde::{Deserialize, Serialize};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Contains a letter: "Blinken", "U.S.", "1990s", "'s".
    Word,
    /// Starts with a digit and has no letter: "2023", "3.5", "1,200", "10:30".
    Number,
    /// Punctuation: ". , ; : ! ? … — ( ) \" '".
    Punct,
    /// Any other symbol: "$", "%", "£", "&", "#".
    Symbol,
}

/// One token of a `Doc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Where it is in the text.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
}

const OPENERS: &[char] = &['"', '“', '‘', '\'', '(', '[', '{', '«', '‹', '¿', '¡'];
const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']', '}', '»', '›'];
/// Quotation marks, either way round.
const QUOTES: &[char] = &['"', '“', '”', '‘', '’', '\''];
const TRAILING: &[char] = &[',', ';', ':', '!', '?', '…'];
const DASHES: &[char] = &['—', '–', '―'];
const CURRENCY: &[char] = &['$', '£', '€', '¥', '₹', '#', '@'];

/// Cuts `text[range]` into tokens whose spans are offsets into `text`.
pub fn tokenize(text: &str, range: Span) -> Vec<Token> {
    let mut tokens = Vec::new();
    let slice = &text[range.start..range.end];
    let mut chunk_start = None;
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = chunk_start.take() {
                chunk(text, range.start + s, range.start + i, &mut tokens);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let Some(s) = chunk_start {
        chunk(text, range.start + s, range.end, &mut tokens);
    }
    glued_days(text, &mut tokens);
    glued_list_dates(text, &mut tokens);
    tokens
}

/// Splits off a day number glued to the word before it when a month name follows: a list of
/// dated items that lost its line breaks ("…talks stalled in spring2 May - Union rejects the
/// offer", "…at Quay Road.17 March - …") reads "season", "29", "April" and "Lane", ".",
/// "26", "April". Only one or two digits after two letters or more, so "covid19" or "A4" stay.
fn glued_days(text: &str, tokens: &mut Vec<Token>) {
    let mut k = 0;
    while k + 1 < tokens.len() {
        let (word, next) = (tokens[k], tokens[k + 1]);
        let word_text = word.span.text(text);
        let digits = word_text.len() - word_text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let head = &word_text[..word_text.len() - digits];
        let stop = usize::from(head.ends_with('.'));
        let letters = &head[..head.len() - stop];
        let glued = word.kind == TokenKind::Word
            && (1..=2).contains(&digits)
            && letters.chars().count() >= 2
            && letters.chars().all(char::is_alphabetic)
            && letters.chars().next_back().is_some_and(char::is_lowercase)
            && lexicon::MONTH_NAMES.contains(&next.span.text(text));
        if !glued {
            k += 1;
            continue;
        }
        let (start, end) = (word.span.start, word.span.end);
        let mut parts = vec![Token { span: Span::new(start, start + letters.len()), kind: TokenKind::Word }];
        if stop == 1 {
            let at = start + letters.len();
            parts.push(Token { span: Span::new(at, at + 1), kind: TokenKind::Punct });
        }
        parts.push(Token { span: Span::new(end - digits, end), kind: TokenKind::Number });
        let n = parts.len();
        tokens.splice(k..=k, parts);
        k += n;
    }
}

/// Splits the dates of a fixture list that lost its line breaks off the item words glued to
/// them: a month name after a day number, glued to the capitalised first word of its item
/// ("…, 25 AprilHome Rovers v …" reads "April", "Home"), and a weekday glued to the last word
/// of the item before, ahead of its comma and day number ("…v Town RangersTuesday, 26 April"
/// reads "Rangers", "Tuesday"; a bracket glued before it is split off too). Only a capital
/// after the month and a full weekday name, so "Mayfair" or "Marchmont" stay whole.
fn glued_list_dates(text: &str, tokens: &mut Vec<Token>) {
    let mut k = 0;
    while k < tokens.len() {
        let token = tokens[k];
        let word = token.span.text(text);
        let start = token.span.start;
        let day_before = k > 0 && {
            let prev = tokens[k - 1].span.text(text);
            tokens[k - 1].kind == TokenKind::Number && (1..=2).contains(&prev.len())
        };
        let comma_day_after = tokens.get(k + 1).is_some_and(|t| t.span.text(text) == ",")
            && tokens.get(k + 2).is_some_and(|t| t.kind == TokenKind::Number);
        let month = lexicon::MONTH_NAMES.iter().find(|m| {
            word.strip_prefix(**m).is_some_and(|rest| {
                rest.chars().next().is_some_and(char::is_uppercase)
                    && rest.chars().skip(1).any(char::is_lowercase)
            })
        });
        let weekday = word.char_indices().skip(1).find_map(|(i, c)| {
            let rest = &word[i..];
            let is_weekday = c.is_uppercase()
                && rest.len() >= "Monday".len()
                && crate::extract::timex::lexicon::classes(&rest.to_lowercase())
                    .iter()
                    .any(|class| matches!(class, crate::extract::timex::lexicon::WordClass::Weekday(_)));
            let glued_to = word[..i]
                .chars()
                .next_back()
                .is_some_and(|b| b.is_lowercase() || b.is_ascii_digit() || b == ')');
            (is_weekday && glued_to).then_some(i)
        });
        let parts: Vec<Token> = match (month, weekday) {
            (Some(m), _) if token.kind == TokenKind::Word && day_before => {
                tokens.splice(
                    k..=k,
                    [
                        Token { span: Span::new(start, start + m.len()), kind: TokenKind::Word },
                        Token { span: Span::new(start + m.len(), token.span.end), kind: TokenKind::Word },
                    ],
                );
                // the item's word may itself end in the next date's weekday: "EliminatorFriday"
                k += 1;
                continue;
            }
            (_, Some(i)) if token.kind == TokenKind::Word && comma_day_after => {
                let bracket = usize::from(word[..i].ends_with(')'));
                let before = &word[..i - bracket];
                // "Qualifier 1Wednesday": the item may end in a number
                let kind = if before.chars().all(|c| c.is_ascii_digit()) {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                let mut parts = vec![Token { span: Span::new(start, start + i - bracket), kind }];
                if bracket == 1 {
                    parts.push(Token { span: Span::new(start + i - 1, start + i), kind: TokenKind::Punct });
                }
                parts.push(Token { span: Span::new(start + i, token.span.end), kind: TokenKind::Word });
                parts
            }
            _ => {
                k += 1;
                continue;
            }
        };
        let n = parts.len();
        tokens.splice(k..=k, parts);
        k += n;
    }
}

/// Tokenizes one whitespace-free chunk `text[start..end]`.
fn chunk(text: &str, mut start: usize, mut end: usize, out: &mut Vec<Token>) {
    // Leading openers, dashes and currency signs, one token each.
    while start < end {
        let c = first_char(&text[start..end]);
        let is_decade = (c == '\'' || c == '’') && decade_follows(&text[start + c.len_utf8()..end]);
        if (OPENERS.contains(&c) && !is_decade) || DASHES.contains(&c) || CURRENCY.contains(&c) {
            push(text, start, start + c.len_utf8(), out);
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, collected right to left, emitted afterwards in order.
    let mut tail: Vec<Span> = Vec::new();
    while start < end {
        let word = &text[start..end];
        let c = last_char(word);
        if c == '.' {
            if keeps_final_stop(word) {
                break;
            }
            let dots = word.len() - word.trim_end_matches('.').len();
            let cut = if dots >= 2 { dots } else { 1 };
            tail.push(Span::new(end - cut, end));
            end -= cut;
        } else if CLOSERS.contains(&c) || TRAILING.contains(&c) || DASHES.contains(&c) || c == '%' {
            // A closing straight apostrophe after "s" is a plural possessive; keep it apart too.
            tail.push(Span::new(end - c.len_utf8(), end));
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    if start < end {
        inner(text, start, end, out);
    }
    for span in tail.into_iter().rev() {
        push(text, span.start, span.end, out);
    }
}

/// Splits the core of a chunk: dashes between parts, numeric ranges, clitics.
fn inner(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let word = &text[start..end];
    // Em and en dashes always separate: "word—word", "16–21".
    if let Some((i, c)) = word.char_indices().find(|&(i, c)| i > 0 && DASHES.contains(&c)) {
        inner(text, start, start + i, out);
        push(text, start + i, start + i + c.len_utf8(), out);
        if start + i + c.len_utf8() < end {
            chunk(text, start + i + c.len_utf8(), end, out);
        }
        return;
    }
    // A hyphen between numbers is a range ("16-21", "2019-2020"), except in an ISO date.
    if !is_iso_date(word)
        && let Some(i) = numeric_hyphen(word)
    {
        inner(text, start, start + i, out);
        push(text, start + i, start + i + 1, out);
        inner(text, start + i + 1, end, out);
        return;
    }
    // A full stop glued to the next sentence by a lost space ("practises.Mr Ashley"), as text
    // copied from web pages often has it: the stop and what follows are tokens of their own.
    if let Some(p) = glued_stop(word) {
        // (`1970s".Sam`: the closing quote before the stop is cut off as at a chunk's end)
        chunk(text, start, start + p, out);
        push(text, start + p, start + p + 1, out);
        chunk(text, start + p + 1, end, out);
        return;
    }
    // A closing bracket glued to the next word by a lost space, as wire datelines have it:
    // "(CNN)Soon" is "(", "CNN", ")", "Soon". Only before a capital, so "friend(s)" stays whole.
    if let Some(i) = glued_closer(word) {
        inner(text, start, start + i, out);
        push(text, start + i, start + i + 1, out);
        chunk(text, start + i + 1, end, out);
        return;
    }
    // Clitics: "Blinken's", "Blinken’s", "don't".
    for clitic in ["'s", "’s", "'S", "’S"] {
        if word.len() > clitic.len() && word.ends_with(clitic) {
            push(text, start, end - clitic.len(), out);
            push(text, end - clitic.len(), end, out);
            return;
        }
    }
    for clitic in ["n't", "n’t"] {
        if word.len() > clitic.len() + 1 && word.to_lowercase().ends_with(clitic) {
            push(text, start, end - clitic.len(), out);
            push(text, end - clitic.len(), end, out);
            return;
        }
    }
    push(text, start, end, out);
}

/// Byte index of a full stop, question or exclamation mark that ends one sentence and is glued
/// to the next: two lowercase letters or digits before it (or those and a closing quotation
/// mark: `1970s".Sam`), a capital and a lowercase letter after it ("home.Half", "Wright.The"),
/// the one-letter words "A" and "I" ("autumn.A Scottish") or an acronym after a word of three
/// lowercase letters or more ("August.HSE"). Not in addresses ("bbc.co.uk",
/// "www.Example.com"), abbreviations ("Mr.Smith", "a.m.") or names such as "ASP.NET".
fn glued_stop(word: &str) -> Option<usize> {
    // most words hold no stop: leave before any allocation (this runs on every chunk)
    if !word.contains(['.', '!', '?'])
        || word.contains("://")
        || word.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("www."))
        || word.contains('@')
    {
        return None;
    }
    let chars: Vec<char> = word.chars().collect();
    let offsets: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
    let lower_or_digit = |c: char| c.is_lowercase() || c.is_ascii_digit();
    (2..chars.len().saturating_sub(1))
        .find(|&k| {
            // a quotation mark between them makes a lone capital enough: `occasion."A number`
            let quoted = QUOTES.contains(&chars[k + 1]);
            let next = k + 1 + usize::from(quoted);
            // `the 1970s".Sam`: a closing quotation mark before the stop
            let closed = CLOSERS.contains(&chars[k - 1]) && k >= 3;
            let before = if closed { k - 2 } else { k - 1 };
            let rest = &chars[next.min(chars.len())..];
            let acronym = (2..=5).contains(&rest.len())
                && rest.iter().all(char::is_ascii_uppercase)
                && before >= 2
                && chars[before - 2..=before].iter().all(|c| c.is_lowercase());
            // "02:00 BST.Harry's mother": an acronym of three capitals before, a word after
            let caps_before = before >= 2 && chars[before - 2..=before].iter().all(char::is_ascii_uppercase);
            let word_after = chars.get(next + 1).is_some_and(|c| c.is_lowercase());
            // "(Inverness CT).Scott Boden": a bracket closed before the stop ends a sentence
            let bracketed = closed && matches!(chars[k - 1], ')' | ']') && chars[before].is_alphanumeric();
            matches!(chars[k], '.' | '!' | '?')
                && (lower_or_digit(chars[before]) && lower_or_digit(chars[before - 1])
                    || (caps_before || bracketed) && word_after)
                && chars.get(next).is_some_and(|c| c.is_uppercase())
                && match chars.get(next + 1) {
                    Some(c) => c.is_lowercase() || acronym,
                    None => quoted || matches!(chars[next], 'A' | 'I'),
                }
        })
        .map(|k| offsets[k])
}

/// Byte index of a `)` or `]` inside a word with a capital letter right after it.
fn glued_closer(word: &str) -> Option<usize> {
    let i = word.find([')', ']'])?;
    let next = word[i + 1..].chars().next()?;
    (i > 0 && next.is_uppercase()).then_some(i)
}

/// True when the chunk's final full stop belongs to it: a known abbreviation, initials
/// ("J.R.R.", "U.S.", "a.m.") or a single capital letter ("W.").
fn keeps_final_stop(word: &str) -> bool {
    if lexicon::abbreviation(word).is_some() {
        return true;
    }
    let body = &word[..word.len() - 1];
    if body.is_empty() || body.ends_with('.') {
        return false;
    }
    // Initials: letter, stop, letter, stop… with every part one letter long.
    let parts: Vec<&str> = body.split('.').collect();
    let all_single = parts.iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    if parts.len() >= 2 && all_single {
        return true;
    }
    parts.len() == 1 && body.chars().count() == 1 && body.chars().all(char::is_uppercase)
}

/// Byte index of a hyphen with a digit on both sides.
fn numeric_hyphen(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    (1..bytes.len().saturating_sub(1))
        .find(|&i| bytes[i] == b'-' && bytes[i - 1].is_ascii_digit() && bytes[i + 1].is_ascii_digit())
}

fn is_iso_date(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

/// True for the "90s" of "'90s".
fn decade_follows(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 2 && b[0].is_ascii_digit() && b[1].is_ascii_digit()
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let span = Span::new(start, end);
    out.push(Token { span, kind: kind_of(span.text(text)) });
}

fn kind_of(word: &str) -> TokenKind {
    let first = first_char(word);
    if word.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if first.is_ascii_digit() {
        TokenKind::Number
    } else if first.is_ascii_punctuation()
        && !matches!(first, '$' | '%' | '#' | '&' | '@' | '+' | '=' | '<' | '>' | '|' | '~' | '^' | '*')
        || OPENERS.contains(&first)
        || CLOSERS.contains(&first)
        || DASHES.contains(&first)
        || first == '…'
    {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}

fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

fn last_char(s: &str) -> char {
    s.chars().next_back().unwrap_or(' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len())).iter().map(|t| t.span.text(text)).collect()
    }

    #[test]
    fn a_day_glued_to_the_word_before_its_month_is_split_off() {
        assert_eq!(
            words("the harvest ended4 May - Mill"),
            ["the", "harvest", "ended", "4", "May", "-", "Mill"]
        );
        assert_eq!(words("at Quay Road.17 March"), ["at", "Quay", "Road", ".", "17", "March"]);
        // no month after it, or a name with digits: left whole
        assert_eq!(words("a covid19 case"), ["a", "covid19", "case"]);
        assert_eq!(words("the A4 March"), ["the", "A4", "March"]);
    }

    #[test]
    fn dates_glued_to_the_items_of_a_fixture_list_are_split_off() {
        assert_eq!(
            words("Saturday, 3 MayHome Rovers v Town RangersSunday, 4 MayDock Street v Vale"),
            [
                "Saturday", ",", "3", "May", "Home", "Rovers", "v", "Town", "Rangers", "Sunday", ",", "4",
                "May", "Dock", "Street", "v", "Vale"
            ]
        );
        assert_eq!(
            words("unless stated)Friday, 9 June"),
            ["unless", "stated", ")", "Friday", ",", "9", "June"]
        );
        assert_eq!(
            words("24 MayPlay-off 1Friday, 27 MayFinalSunday, 29 May"),
            ["24", "May", "Play-off", "1", "Friday", ",", "27", "May", "Final", "Sunday", ",", "29", "May"]
        );
        // a name that begins with a month, a weekday with no day after it: left whole
        assert_eq!(words("on 3 Mayfair streets"), ["on", "3", "Mayfair", "streets"]);
        assert_eq!(words("the FoxSunday show"), ["the", "FoxSunday", "show"]);
    }

    #[test]
    fn cuts_news_prose() {
        let cases: &[(&str, &[&str])] = &[
            ("Blinken's trip.", &["Blinken", "'s", "trip", "."]),
            ("\"We don't know,\" he said.", &["\"", "We", "do", "n't", "know", ",", "\"", "he", "said", "."]),
            ("from 16 to 21 June", &["from", "16", "to", "21", "June"]),
            ("16–21 June", &["16", "–", "21", "June"]),
            ("June 16-21, 2023", &["June", "16", "-", "21", ",", "2023"]),
            ("rose 3.5% to $1.2bn.", &["rose", "3.5", "%", "to", "$", "1.2bn", "."]),
            ("the U.S. and J.R.R. Tolkien", &["the", "U.S.", "and", "J.R.R.", "Tolkien"]),
            ("at 5 p.m. on 2023-06-15", &["at", "5", "p.m.", "on", "2023-06-15"]),
            ("Mr. Smith (AP)", &["Mr.", "Smith", "(", "AP", ")"]),
            ("the '90s", &["the", "'90s"]),
            ("well-known U.S.-based firm", &["well-known", "U.S.-based", "firm"]),
            ("wait...", &["wait", "..."]),
            ("said—and", &["said", "—", "and"]),
            ("1,200 people", &["1,200", "people"]),
            ("workers' union", &["workers", "'", "union"]),
            // a stop glued to the next sentence
            ("practises.Mr Ashley", &["practises", ".", "Mr", "Ashley"]),
            ("in 2010.The firm", &["in", "2010", ".", "The", "firm"]),
            ("Iain Wright.The letter", &["Iain", "Wright", ".", "The", "letter"]),
            (
                "see bbc.co.uk or Mr.Smith and ASP.NET",
                &["see", "bbc.co.uk", "or", "Mr.Smith", "and", "ASP.NET"],
            ),
            ("Shirebrook.\"The", &["Shirebrook", ".", "\"", "The"]),
            ("occasion.\"A number", &["occasion", ".", "\"", "A", "number"]),
            ("by 4 June.A vote", &["by", "4", "June", ".", "A", "vote"]),
            ("all.I think", &["all", ".", "I", "think"]),
            ("in the autumn.A Scottish", &["in", "the", "autumn", ".", "A", "Scottish"]),
            ("on 9 August.HSE inspector", &["on", "9", "August", ".", "HSE", "inspector"]),
            ("the 1970s\".Sam", &["the", "1970s", "\"", ".", "Sam"]),
            ("(Kelso RFC).Mark Dunne", &["(", "Kelso", "RFC", ")", ".", "Mark", "Dunne"]),
            ("on his iPad.I said", &["on", "his", "iPad", ".", "I", "said"]),
            ("at 02:00 BST.Harry's", &["at", "02:00", "BST", ".", "Harry", "'s"]),
            // a wire dateline glued to the first word
            ("(CNN)Soon, America", &["(", "CNN", ")", "Soon", ",", "America"]),
            ("(AP)LONDON", &["(", "AP", ")", "LONDON"]),
            ("said [sic]The", &["said", "[", "sic", "]", "The"]),
            ("f(x)y", &["f(x)y"]),
        ];
        for (text, expected) in cases {
            assert_eq!(&words(text), expected, "tokenizing {text:?}");
        }
    }

    #[test]
    fn kinds() {
        let text = "In 2023, $5 rose.";
        let kinds: Vec<TokenKind> = tokenize(text, Span::new(0, text.len())).iter().map(|t| t.kind).collect();
        use TokenKind::*;
        assert_eq!(kinds, vec![Word, Number, Punct, Symbol, Number, Word, Punct]);
    }
}
