//! Segmentation: text → blocks (paragraphs, headings, list items) → sentences.
//!
//! News prose is hard on sentence splitters: abbreviations ("Sen.", "Jan.", "Inc."), initials
//! ("George W. Bush"), quotes closing after the full stop (`…," he said.`), quoted questions
//! followed by their speaker (`"Why?" Smith asked.`), datelines (`WASHINGTON (AP) —`), bullet
//! lists and headings without a final full stop. The decisions read the tables in
//! [`crate::extract::lexicon`].

use crate::extract::doc::BlockKind;
use crate::extract::lexicon::{self, AbbreviationClass};
use crate::extract::span::Span;
use crate::extract::token::{Token, TokenKind, tokenize};

/// A block of text found by [`blocks`]: a paragraph, a heading or a list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The block's text, trimmed, bullet excluded.
    pub span: Span,
    /// What the block is.
    pub kind: BlockKind,
}

/// The longest line, in words, that still reads as a heading when it has no final stop.
const HEADING_MAX_WORDS: usize = 20;

/// Longest photo-caption label, in words, before its colon: "Took a hike:".
const CAPTION_LABEL_MAX_WORDS: usize = 3;

/// How far past a quoted "?" or "!" a verb of speech keeps the sentence open.
const SPEECH_VERB_REACH: usize = 4;

/// Longest dateline, in tokens, before its dash: "NEW YORK, June 14 (Reuters) —".
const DATELINE_MAX_TOKENS: usize = 12;

/// One line of the text, without its line break.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
    indent: usize,
}

/// Splits `text` into blocks: blank lines separate paragraphs; a bullet starts a list item;
/// a short line without a final stop is a heading; a block whose every line ends a sentence
/// is one paragraph per line (text pasted from chat or a CMS).
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut group: Vec<Line> = Vec::new();
    for line in lines(text) {
        let content = line.span.text(text);
        if content.trim().is_empty() {
            flush(text, &mut group, &mut out);
        } else if bullet_len(content).is_some() {
            flush(text, &mut group, &mut out);
            group.push(line);
        } else if !group.is_empty()
            && bullet_len(group[0].span.text(text)).is_some()
            && line.indent <= group[0].indent
        {
            // A line after a list item that is not indented under it starts a new block.
            flush(text, &mut group, &mut out);
            group.push(line);
        } else {
            group.push(line);
        }
    }
    flush(text, &mut group, &mut out);
    out
}

fn lines(text: &str) -> impl Iterator<Item = Line> + '_ {
    let mut offset = 0;
    text.split_inclusive('\n').map(move |raw| {
        let start = offset;
        offset += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        let indent = body.len() - body.trim_start().len();
        Line { span: Span::new(start, start + body.len()), indent }
    })
}

/// Turns a group of consecutive non-blank lines into blocks.
fn flush(text: &str, group: &mut Vec<Line>, out: &mut Vec<Block>) {
    if group.is_empty() {
        return;
    }
    let first = group[0].span.text(text);
    if let Some(bullet) = bullet_len(first) {
        let start = group[0].span.start + bullet;
        let end = group[group.len() - 1].span.end;
        push_block(text, Span::new(start, end), BlockKind::ListItem, out);
        group.clear();
        return;
    }
    let mut rest: &[Line] = group;
    // A heading line on top of a paragraph: "Breaking news\nThe president said…".
    while rest.len() > 1 && is_heading(rest[0].span.text(text)) && opens_sentence(rest[1].span.text(text)) {
        push_block(text, rest[0].span, BlockKind::Heading, out);
        rest = &rest[1..];
    }
    let every_line_ends = rest.len() > 1 && rest.iter().all(|l| ends_sentence(l.span.text(text)));
    if every_line_ends {
        for line in rest {
            push_block(text, line.span, BlockKind::Body, out);
        }
    } else if !rest.is_empty() {
        let span = Span::new(rest[0].span.start, rest[rest.len() - 1].span.end);
        let kind =
            if rest.len() == 1 && is_heading(span.text(text)) { BlockKind::Heading } else { BlockKind::Body };
        push_block(text, span, kind, out);
    }
    group.clear();
}

fn push_block(text: &str, span: Span, kind: BlockKind, out: &mut Vec<Block>) {
    let slice = span.text(text);
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.start + slice.trim_end().len();
    if start < end {
        out.push(Block { span: Span::new(start, end), kind });
    }
}

/// Length in bytes of a list bullet and the space after it: "- ", "• ", "1. ", "2) ".
fn bullet_len(line: &str) -> Option<usize> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    let mut chars = trimmed.char_indices();
    let (_, first) = chars.next()?;
    let marker_end = if matches!(first, '-' | '*' | '•' | '·' | '▪' | '◦' | '‣') {
        first.len_utf8()
    } else {
        let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
        let after = trimmed.as_bytes().get(digits).copied();
        if (1..=2).contains(&digits) && matches!(after, Some(b'.') | Some(b')')) {
            digits + 1
        } else {
            return None;
        }
    };
    let rest = &trimmed[marker_end..];
    let space = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    (space > 0 && !rest.trim().is_empty()).then_some(indent + marker_end + space)
}

/// A short line with no final stop, comma or colon, that starts like a title.
pub fn is_heading(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    let last = line.chars().next_back().unwrap_or('.');
    let first = line.chars().next().unwrap_or('a');
    (1..=HEADING_MAX_WORDS).contains(&words)
        && !matches!(last, '.' | ',' | ';' | ':' | '…')
        && !(matches!(last, '"' | '”' | '’' | '\'' | ')')
            && line.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with(['.', ',']))
        && (first.is_uppercase()
            || first.is_ascii_digit()
            || first.is_ascii_punctuation()
            || first == '“'
            || first == '‘')
}

/// True when a line starts as a new sentence would: a capital, a digit or an opening quote.
fn opens_sentence(line: &str) -> bool {
    let first = line.trim_start().chars().next().unwrap_or('a');
    first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '‘' | '\'' | '(')
}

/// True when the line ends like a sentence: a stop, "?" or "!", maybe inside closing quotes.
fn ends_sentence(line: &str) -> bool {
    let core = line.trim_end().trim_end_matches(['"', '”', '’', '\'', ')', ']']);
    core.ends_with(['.', '!', '?', '…']) && !ends_with_title_abbreviation(core)
}

fn ends_with_title_abbreviation(core: &str) -> bool {
    let last_word = core.rsplit(char::is_whitespace).next().unwrap_or("");
    matches!(lexicon::abbreviation(last_word), Some(AbbreviationClass::Title))
}

/// How a token may end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terminator {
    /// A full stop after an ordinary word.
    Stop,
    /// "?" or "!".
    Exclamation,
    /// "…" or "...".
    Ellipsis,
    /// An abbreviation or initials ending in a full stop.
    Abbreviation(AbbreviationClass),
}

fn terminator(word: &str, kind: TokenKind) -> Option<Terminator> {
    match word {
        "." => return Some(Terminator::Stop),
        "…" => return Some(Terminator::Ellipsis),
        _ => {}
    }
    if kind == TokenKind::Punct {
        if word.chars().all(|c| c == '.') {
            return Some(Terminator::Ellipsis);
        }
        if word.chars().all(|c| c == '?' || c == '!') {
            return Some(Terminator::Exclamation);
        }
        return None;
    }
    if word.len() > 1 && word.ends_with('.') {
        // Initials ("J.R.R.", "W.", "U.S.") behave like abbreviations that may end a sentence.
        return Some(Terminator::Abbreviation(
            lexicon::abbreviation(word).unwrap_or(AbbreviationClass::Terminal),
        ));
    }
    None
}

fn is_closer(word: &str) -> bool {
    matches!(word, "\"" | "”" | "’" | "'" | ")" | "]" | "}" | "»")
}

/// True when the straight mark at token `j`, glued to the stop before it and to the word after
/// it, opens the next sentence instead of closing this one: text that lost its paragraph
/// breaks, as XSum's has, glues a quotation's opening mark between the stop and the next word
/// (`sold to a firm in Oban in March."It was a fair price," the owner said`). It opens when
/// the next straight mark of the text is shaped as a closer (glued to the word or comma before
/// it, not to a word after it): that closer needs an opening.
fn opens_glued(text: &str, tokens: &[Token], j: usize) -> bool {
    let is_mark = |k: usize| tokens[k].span.text(text) == "\"";
    let glued_word = |k: usize| {
        tokens.get(k + 1).is_some_and(|t| t.span.start == tokens[k].span.end && t.kind == TokenKind::Word)
    };
    if !is_mark(j) || !glued_word(j) {
        return false;
    }
    (j + 1..tokens.len())
        .find(|&k| is_mark(k))
        .is_some_and(|k| tokens[k].span.start == tokens[k - 1].span.end && !glued_word(k))
}

fn is_opener(word: &str) -> bool {
    matches!(word, "\"" | "“" | "‘" | "'" | "(" | "[" | "«")
}

/// Starts like a sentence: a capital, a digit, or a camel-cased brand ("iPhone", "eBay").
fn starts_like_sentence(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some(c) if c.is_lowercase() => chars.any(char::is_uppercase),
        _ => false,
    }
}

/// Splits one block into sentences: `(span, kind, tokens)` with the tokens' spans.
pub fn sentences(text: &str, block: &Block) -> Vec<(Span, BlockKind, Vec<Token>)> {
    let tokens = tokenize(text, block.span);
    if tokens.is_empty() {
        return Vec::new();
    }
    if block.kind == BlockKind::Heading {
        return vec![(block.span, BlockKind::Heading, tokens)];
    }
    let mut cuts = Vec::new();
    if block.kind == BlockKind::Body
        && let Some(end) = dateline_end(text, &tokens)
    {
        cuts.push((end, BlockKind::Dateline));
    }
    let word = |i: usize| tokens[i].span.text(text);
    let n = tokens.len();
    let mut i = cuts.first().map_or(0, |c| c.0);
    while i < n {
        let Some(term) = terminator(word(i), tokens[i].kind) else {
            if lost_stop(text, &tokens, i) {
                cuts.push((i + 1, block.kind));
            }
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < n
            && is_closer(word(j))
            && tokens[j].span.start == tokens[j - 1].span.end
            && !opens_glued(text, &tokens, j)
        {
            j += 1;
        }
        if j < n && ends_here(text, &tokens, term, i, j) {
            cuts.push((j, block.kind));
        }
        i = j;
    }
    cuts.push((n, block.kind));

    let mut out = Vec::with_capacity(cuts.len());
    let mut start = 0;
    for &(end, kind) in &cuts {
        if end > start {
            let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
            out.push((span, kind, tokens[start..end].to_vec()));
        }
        start = end;
    }
    out
}

/// Titles that a capitalised possessive opens inside a sentence ("by Her Majesty").
const HONORIFICS: [&str; 5] = ["majesty", "majesty's", "highness", "holiness", "excellency"];

/// True when a sentence ends after the word at `i` though no stop was written (a caption ran
/// into the story): the next word is a capitalised pronoun that only opens sentences, after a
/// lowercase word ("…for stories Her decision sparked…"), or a capitalised sentence adverb and
/// its comma, after any word ("…to Disney World However, the court heard…"), or a
/// subordinator or caption verb after a name ("…for Minolta After having…", see
/// `lexicon/glued_after_names.txt`), or a capitalised preposition with a year and its comma
/// after a lowercase word or a number ("…a century ago In 1998, the last loom…"), or a photo
/// caption's label and its colon (see [`caption_label`]).
fn lost_stop(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else { return false };
    let word = tokens[i].span.text(text);
    let after = |k: usize| tokens.get(k).map(|t| t.span.text(text));
    let same_line = !text[tokens[i].span.end..next.span.start].contains('\n');
    let pronoun = word.starts_with(char::is_lowercase)
        && lexicon::is_glued_opener(next.span.text(text))
        && !after(i + 2).is_some_and(|t| HONORIFICS.contains(&t.to_lowercase().as_str()));
    let connective = lexicon::is_glued_connective(next.span.text(text)) && after(i + 2) == Some(",");
    // a caption that ends with a name: "…for Minolta After having…"; a list of titles goes
    // on with "and" ("…Hey Jude, Yesterday and Help")
    let after_name = word.starts_with(char::is_uppercase)
        && lexicon::is_glued_after_name(next.span.text(text))
        && after(i + 2).is_some_and(|t| t.starts_with(char::is_lowercase) && !matches!(t, "and" | "or"));
    // "…the mill a century ago In 1998, the last loom…": a capitalised preposition, a year and a
    // comma open a sentence
    let dated_opener = matches!(next.span.text(text), "In" | "On" | "Since" | "By")
        && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number && t.span.len() == 4)
        && after(i + 3) == Some(",");
    let glued = match tokens[i].kind {
        TokenKind::Word => {
            pronoun
                || connective
                || after_name
                || (dated_opener && word.starts_with(char::is_lowercase))
                || glued_starter(text, tokens, i)
                || caption_label(text, tokens, i)
        }
        // "…serving the community since 1923 The attack at the weekend…"
        TokenKind::Number => dated_opener || glued_starter(text, tokens, i) || caption_label(text, tokens, i),
        // "…Tom Doe (right) Cheerful: The pair…"
        TokenKind::Punct => tokens[i].span.text(text) == ")" && caption_label(text, tokens, i),
        _ => false,
    };
    same_line && glued
}

/// True when a photo caption's label opens after the token at `i` (a lowercase word, a number
/// or a closing bracket), as Daily Mail captions do when a copied page loses their stops:
/// "…was filmed in a car park Furious: The presenter…", "…after the show Took a hike: She…".
/// The label is 1–3 words, the first capitalised, then a colon glued to it, then a capitalised
/// word (not a quotation mark: "told Sky News: 'We…'" is speech). Not after a verb of speech
/// ("said Mr Smith: We…") or a word that introduces a name; not a field or note
/// (`lexicon/field_labels.txt`: "Update:", "Ingredients:"); not a title, whose words and the
/// words after its colon are all capitalised ("saw Star Wars: The Force Awakens"); not a name,
/// which the text capitalises after a lowercase word elsewhere ("…to visit London: It was…").
fn caption_label(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = tokens[i].span.text(text);
    if tokens[i].kind == TokenKind::Word
        && (!word.starts_with(char::is_lowercase)
            || NAME_INTRODUCERS.contains(&word)
            || lexicon::is_speech_verb(word))
    {
        return false;
    }
    let capital_word = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.span.text(text).starts_with(char::is_uppercase))
    };
    let label = tokens.get(i + 1).map_or("", |t| t.span.text(text));
    // "…not as I do: Her words…" is a clause, not a label
    if !capital_word(i + 1) || label == "I" || lexicon::is_field_label(label) {
        return false;
    }
    let last = i + CAPTION_LABEL_MAX_WORDS;
    let Some(end) =
        (i + 1..=last).take_while(|&k| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)).find(|&k| {
            tokens.get(k + 1).is_some_and(|c| c.span.text(text) == ":" && c.span.start == tokens[k].span.end)
        })
    else {
        return false;
    };
    if !capital_word(end + 2) {
        return false;
    }
    let title = end > i + 1 && (i + 1..=end).all(capital_word) && capital_word(end + 3);
    !title && !named_elsewhere(text, tokens[i + 1].span.start, tokens[i + 1].span.text(text))
}

/// True when `word`, found at byte `at`, is capitalised after a lowercase word elsewhere in the
/// text, and not as a label before a colon there: a name ("in London"), not a caption's label.
fn named_elsewhere(text: &str, at: usize, word: &str) -> bool {
    text.match_indices(word).any(|(k, _)| {
        let before = text[..k].trim_end_matches(' ');
        let after = &text[k + word.len()..];
        k != at
            && before.len() < k
            && before.ends_with(|c: char| c.is_lowercase())
            && !after.starts_with(|c: char| c.is_alphanumeric() || c == ':')
    })
}

/// Words after which a capitalised word begins a name, not a sentence: "the Today programme",
/// "a show called On the Record".
const NAME_INTRODUCERS: [&str; 24] = [
    "the", "a", "an", "of", "in", "on", "at", "by", "for", "with", "from", "to", "and", "or", "his", "her",
    "their", "its", "our", "my", "your", "called", "named", "titled",
];

/// True when a word that commonly opens sentences follows the lowercase word or the number at
/// `i` with its capital, and a lowercase word follows it: "…back to health The green-eyed
/// cat…", "…her It was a last-minute…", "…since 1923 The attack…". A title keeps its capitals ("the film It Follows", "told The Times"),
/// and a name comes after a determiner or preposition ("on the Today programme").
fn glued_starter(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = tokens[i].span.text(text);
    let (Some(next), Some(after)) = (tokens.get(i + 1), tokens.get(i + 2)) else { return false };
    let opener = next.span.text(text);
    (word.starts_with(char::is_lowercase) || tokens[i].kind == TokenKind::Number)
        && !NAME_INTRODUCERS.contains(&word)
        && opener.starts_with(char::is_uppercase)
        && opener != "I"
        && lexicon::is_sentence_starter(opener)
        && after.kind == TokenKind::Word
        && after.span.text(text).starts_with(char::is_lowercase)
}

/// Decides whether a sentence ends after the terminator at `i`, given that `j` is the first
/// token after it and its closing quotes.
fn ends_here(text: &str, tokens: &[Token], term: Terminator, i: usize, j: usize) -> bool {
    let word = |k: usize| tokens[k].span.text(text);
    let quoted = j > i + 1;
    let gap = &text[tokens[j - 1].span.end..tokens[j].span.start];
    let line_break = gap.contains('\n');
    // An opening quote or bracket before the next word: look at the word inside.
    let (next, opened) = if is_opener(word(j)) && j + 1 < tokens.len() { (j + 1, true) } else { (j, false) };
    let next_word = word(next);
    let capital = starts_like_sentence(next_word);
    match term {
        Terminator::Stop | Terminator::Ellipsis => capital || (line_break && term == Terminator::Stop),
        Terminator::Exclamation => {
            if line_break {
                return true;
            }
            if !capital {
                return false;
            }
            // '"Why?" Smith asked.' — the speaker follows the quote in the same sentence.
            let speaker_follows = quoted
                && (next..tokens.len().min(next + SPEECH_VERB_REACH))
                    .take_while(|&k| terminator(word(k), tokens[k].kind).is_none())
                    .any(|k| lexicon::is_speech_verb(word(k)));
            !speaker_follows
        }
        Terminator::Abbreviation(AbbreviationClass::Title) => false,
        Terminator::Abbreviation(AbbreviationClass::Numeric) => {
            tokens[next].kind != TokenKind::Number
                && capital
                && (opened || lexicon::is_sentence_starter(next_word))
        }
        Terminator::Abbreviation(AbbreviationClass::Terminal) => {
            capital && (opened || lexicon::is_sentence_starter(next_word) || (line_break && quoted))
        }
    }
}

/// The token index just past a dateline's dash, if the block opens with one:
/// "WASHINGTON (AP) —", "LONDON, June 14 (Reuters) -", "NEW YORK —".
fn dateline_end(text: &str, tokens: &[Token]) -> Option<usize> {
    let word = |k: usize| tokens[k].span.text(text);
    let first = word(0);
    let all_caps =
        |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    // The agency alone in brackets, as CNN opens its stories: "(CNN) -- …", "(CNN)Soon, …".
    if first == "(" && tokens.len() > 3 && all_caps(word(1)) && word(2) == ")" {
        let dash = matches!(word(3), "—" | "–" | "-" | "--" | "―");
        let end = if dash { 4 } else { 3 };
        return (end < tokens.len()).then_some(end);
    }
    if !all_caps(first) {
        return None;
    }
    for k in 1..tokens.len().min(DATELINE_MAX_TOKENS + 1) {
        let w = word(k);
        if matches!(w, "—" | "–" | "-" | "--" | "―") {
            return (k + 1 < tokens.len()).then_some(k + 1);
        }
        let fits = matches!(w, "(" | ")" | "," | "/")
            || tokens[k].kind == TokenKind::Number
            || w.chars().next().is_some_and(char::is_uppercase);
        if !fits {
            return None;
        }
    }
    None
}
