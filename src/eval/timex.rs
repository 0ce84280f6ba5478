//! `lede eval timex`: TIMEX3 tagging and normalisation against TimeML `.tml` files (TempEval-3)
//! or NewsReader CAT XML (MEANTIME), scored as TempEval-3 defines it (UzZaman et al. 2013):
//! strict and relaxed extent P/R/F1; value and type accuracy over relaxed matches; value F1 =
//! relaxed F1 × value accuracy.
//!
//! Matching works on character offsets: greedy one-to-one, exact spans first, then any overlap.

use crate::extract::Doc;
use crate::extract::span::Span;
use crate::extract::timex::find_timexes;
use jiff::civil::Date;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Why an evaluation file could not be read.
#[derive(Debug, Error)]
pub enum EvalError {
    /// The path cannot be read.
    #[error("{0}: cannot read it: {1}")]
    Unreadable(String, String),
    /// No `.tml` or `.xml` file under the path.
    #[error("{0}: no .tml or .xml files found")]
    Empty(String),
    /// A file that is neither TimeML nor NewsReader CAT XML.
    #[error("{0}: neither TimeML (<TEXT>) nor NewsReader CAT XML (<token>)")]
    NotAnnotated(String),
}

/// A gold time expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    /// Byte span in the document text.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
}

/// One annotated document: its text, its creation time and its gold expressions.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    /// File name.
    pub name: String,
    /// The text the tagger reads.
    pub text: String,
    /// The document creation time, if the file has one.
    pub dct: Option<Date>,
    /// Spans not to score (the DCT's own tokens in MEANTIME).
    pub ignore: Vec<Span>,
    /// Gold expressions.
    pub timexes: Vec<GoldTimex>,
}

/// Counts of one evaluation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold expressions.
    pub gold: usize,
    /// System expressions.
    pub system: usize,
    /// Exact-span matches.
    pub strict: usize,
    /// Overlap matches.
    pub relaxed: usize,
    /// Relaxed matches with the gold value.
    pub value: usize,
    /// Relaxed matches with the gold type.
    pub kind: usize,
}

impl Counts {
    /// Adds the counts of another evaluation.
    pub fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.kind += o.kind;
    }

    fn prf(&self, tp: usize) -> (f64, f64, f64) {
        let p = ratio(tp, self.system);
        let r = ratio(tp, self.gold);
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }

    /// Strict extent precision, recall, F1.
    pub fn strict_prf(&self) -> (f64, f64, f64) {
        self.prf(self.strict)
    }

    /// Relaxed extent precision, recall, F1.
    pub fn relaxed_prf(&self) -> (f64, f64, f64) {
        self.prf(self.relaxed)
    }

    /// Value accuracy over relaxed matches.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value, self.relaxed)
    }

    /// Type accuracy over relaxed matches.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.kind, self.relaxed)
    }

    /// Relaxed F1 × value accuracy: the TempEval-3 ranking measure.
    pub fn value_f1(&self) -> f64 {
        self.relaxed_prf().2 * self.value_accuracy()
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// One disagreement, for error analysis.
#[derive(Debug, Clone)]
pub struct Mismatch {
    /// Missed, spurious, wrong value, or wrong extent.
    pub what: &'static str,
    /// The gold text and value.
    pub gold: Option<(String, String)>,
    /// The system text and value.
    pub system: Option<(String, String)>,
    /// The text around it.
    pub context: String,
}

/// Scores system expressions against gold ones.
pub fn score(doc: &GoldDoc, system: &[(Span, String, String)]) -> (Counts, Vec<Mismatch>) {
    let text = doc.text.as_str();
    let system: Vec<&(Span, String, String)> =
        system.iter().filter(|s| !doc.ignore.iter().any(|i| i.overlaps(s.0))).collect();
    let mut counts = Counts { gold: doc.timexes.len(), system: system.len(), ..Counts::default() };
    let mut taken = vec![false; system.len()];
    let mut matched: Vec<Option<usize>> = vec![None; doc.timexes.len()];
    for (g, gold) in doc.timexes.iter().enumerate() {
        if let Some(s) = (0..system.len()).find(|&s| !taken[s] && system[s].0 == gold.span) {
            taken[s] = true;
            matched[g] = Some(s);
            counts.strict += 1;
        }
    }
    for (g, gold) in doc.timexes.iter().enumerate() {
        if matched[g].is_none()
            && let Some(s) = (0..system.len()).find(|&s| !taken[s] && system[s].0.overlaps(gold.span))
        {
            taken[s] = true;
            matched[g] = Some(s);
        }
    }
    let mut mismatches = Vec::new();
    let quote = |span: Span| text.get(span.start..span.end).unwrap_or("").replace('\n', " ");
    let around = |span: Span| {
        let mut a = span.start.saturating_sub(70);
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (span.end + 40).min(text.len());
        while !text.is_char_boundary(b) {
            b += 1;
        }
        text[a..b].replace('\n', " ")
    };
    for (g, gold) in doc.timexes.iter().enumerate() {
        let gold_pair = Some((quote(gold.span), gold.value.clone()));
        match matched[g] {
            None => mismatches.push(Mismatch {
                what: "missed",
                gold: gold_pair,
                system: None,
                context: around(gold.span),
            }),
            Some(s) => {
                let sys = system[s];
                counts.relaxed += 1;
                let value_ok = sys.2 == gold.value;
                if value_ok {
                    counts.value += 1;
                }
                if sys.1 == gold.kind {
                    counts.kind += 1;
                }
                let what = if !value_ok {
                    "value"
                } else if sys.0 != gold.span {
                    "extent"
                } else {
                    continue;
                };
                mismatches.push(Mismatch {
                    what,
                    gold: gold_pair,
                    system: Some((quote(sys.0), format!("{} {}", sys.1, sys.2))),
                    context: around(gold.span),
                });
            }
        }
    }
    for (s, sys) in system.iter().enumerate() {
        if !taken[s] {
            mismatches.push(Mismatch {
                what: "spurious",
                gold: None,
                system: Some((quote(sys.0), format!("{} {}", sys.1, sys.2))),
                context: around(sys.0),
            });
        }
    }
    (counts, mismatches)
}

/// Tags `doc` with lede and returns (span, type, value) triples.
pub fn tag(doc: &GoldDoc, fallback: Date) -> Vec<(Span, String, String)> {
    let parsed = Doc::new(&doc.text);
    // no DCT: the first full date of the text (its dateline), as an article reader would
    let anchor = doc.dct.unwrap_or_else(|| {
        find_timexes(&parsed, fallback)
            .iter()
            .find_map(|t| {
                t.value.get(..10).and_then(|v| v.parse::<Date>().ok()).filter(|_| t.value.len() == 10)
            })
            .unwrap_or(fallback)
    });
    find_timexes(&parsed, anchor)
        .into_iter()
        .map(|t| {
            let kind = serde_json::to_value(t.kind).ok().and_then(|v| v.as_str().map(str::to_string));
            (t.span, kind.unwrap_or_default(), t.value)
        })
        .collect()
}

/// Every `.tml` / `.xml` file under `path` (or `path` itself), sorted.
pub fn files(path: &Path) -> Result<Vec<PathBuf>, EvalError> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| EvalError::Unreadable(name.clone(), e.to_string()))?;
    let mut out = Vec::new();
    if meta.is_file() {
        out.push(path.to_path_buf());
    } else {
        walk(path, &mut out).map_err(|e| EvalError::Unreadable(name.clone(), e.to_string()))?;
    }
    out.retain(|p| p.extension().is_some_and(|e| e == "tml" || e == "xml"));
    out.sort();
    if out.is_empty() {
        return Err(EvalError::Empty(name));
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads one gold file, TimeML or CAT XML by its content.
pub fn read_gold(path: &Path) -> Result<GoldDoc, EvalError> {
    let name = path.display().to_string();
    let raw =
        std::fs::read_to_string(path).map_err(|e| EvalError::Unreadable(name.clone(), e.to_string()))?;
    let file = path.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_else(|| name.clone());
    if raw.contains("<token ") && raw.contains("<Markables") {
        Ok(read_cat(&file, &raw))
    } else if raw.contains("<TEXT>") {
        Ok(read_timeml(&file, &raw))
    } else {
        Err(EvalError::NotAnnotated(name))
    }
}

/// A tag of an XML file: its name, attributes, and whether it opens, closes or is empty.
struct Tag<'a> {
    name: &'a str,
    attrs: HashMap<&'a str, String>,
    closing: bool,
    empty: bool,
}

fn parse_tag(inner: &str) -> Tag<'_> {
    let closing = inner.starts_with('/');
    let body = inner.trim_start_matches('/');
    let empty = body.ends_with('/');
    let body = body.trim_end_matches('/');
    let name_end = body.find(char::is_whitespace).unwrap_or(body.len());
    let name = &body[..name_end];
    let mut attrs = HashMap::new();
    let mut rest = &body[name_end..];
    while let Some(eq) = rest.find('=') {
        let key = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else { break };
        let Some(close) = after[1..].find(quote) else { break };
        attrs.insert(key, unescape(&after[1..1 + close]));
        rest = &after[close + 2..];
    }
    Tag { name, attrs, closing, empty }
}

fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest.find(';').filter(|&i| i < 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16).ok().and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => out.push(c),
            None => out.push_str(&rest[..=semi]),
        }
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out
}

/// Calls `f` for each tag and text run of `xml`.
fn for_each_node<'a>(xml: &'a str, mut f: impl FnMut(Result<Tag<'a>, &'a str>)) {
    let mut rest = xml;
    while !rest.is_empty() {
        match rest.find('<') {
            Some(0) => {
                let Some(close) = rest.find('>') else { return };
                let inner = &rest[1..close];
                if !inner.starts_with('?') && !inner.starts_with('!') {
                    f(Ok(parse_tag(inner)));
                }
                rest = &rest[close + 1..];
            }
            Some(lt) => {
                f(Err(&rest[..lt]));
                rest = &rest[lt..];
            }
            None => {
                f(Err(rest));
                return;
            }
        }
    }
}

fn dct_date(value: &str) -> Option<Date> {
    let digits: String = value.chars().filter(char::is_ascii_digit).take(8).collect();
    if digits.len() < 8 {
        return None;
    }
    let y: i16 = digits[0..4].parse().ok()?;
    let m: i8 = digits[4..6].parse().ok()?;
    let d: i8 = digits[6..8].parse().ok()?;
    Date::new(y, m, d).ok()
}

/// Reads a TimeML document: the `<TEXT>` element's text, its TIMEX3s, and the DCT.
pub fn read_timeml(name: &str, raw: &str) -> GoldDoc {
    let mut dct = None;
    let mut text = String::new();
    let mut timexes = Vec::new();
    let mut in_text = false;
    let mut ignore = Vec::new();
    // (start, type, value, is the DCT)
    let mut open: Option<(usize, String, String, bool)> = None;
    for_each_node(raw, |node| match node {
        Ok(tag) if tag.name == "TIMEX3" && !tag.closing => {
            let value = tag.attrs.get("value").cloned().unwrap_or_default();
            let is_dct = tag.attrs.get("functionInDocument").map(String::as_str) == Some("CREATION_TIME");
            if is_dct {
                dct = dct_date(&value);
            }
            if in_text && !tag.empty {
                open = Some((text.len(), tag.attrs.get("type").cloned().unwrap_or_default(), value, is_dct));
            }
        }
        Ok(tag) if tag.name == "TIMEX3" => {
            if let Some((start, kind, value, is_dct)) = open.take()
                && in_text
            {
                let span = Span::new(start, text.len());
                // a dateline marked as the DCT inside the text is not scored, as MEANTIME's
                if is_dct {
                    ignore.push(span);
                } else {
                    timexes.push(GoldTimex { span, kind, value });
                }
            }
        }
        Ok(tag) if tag.name == "TEXT" => in_text = !tag.closing,
        Ok(_) => {}
        Err(run) if in_text => text.push_str(&unescape(run)),
        Err(_) => {}
    });
    GoldDoc { name: name.to_string(), text, dct, ignore, timexes }
}

/// The last sentence MEANTIME annotates: the title, the dateline and the first four sentences
/// (sentences 0–5); later ones carry no TIMEX3 and are not scored.
const CAT_ANNOTATED_SENTENCES: u32 = 5;

/// Reads a NewsReader CAT document: tokens joined by spaces, one sentence a paragraph; TIMEX3
/// markables anchored on tokens; the DCT's tokens and the unannotated sentences are not
/// scored.
pub fn read_cat(name: &str, raw: &str) -> GoldDoc {
    let mut text = String::new();
    let mut token_spans: HashMap<String, Span> = HashMap::new();
    let mut current: Option<(String, String)> = None;
    let mut last_sentence: Option<String> = None;
    let mut markable: Option<(String, String, bool, Vec<String>)> = None;
    let mut unannotated_from: Option<usize> = None;
    let mut found: Vec<(String, String, bool, Vec<String>)> = Vec::new();
    for_each_node(raw, |node| match node {
        Ok(tag) if tag.name == "token" && !tag.closing => {
            let id = tag.attrs.get("t_id").cloned().unwrap_or_default();
            let sentence = tag.attrs.get("sentence").cloned().unwrap_or_default();
            current = Some((id, sentence));
        }
        Ok(tag) if tag.name == "token" => current = None,
        Ok(tag) if tag.name == "TIMEX3" && !tag.closing => {
            let kind = tag.attrs.get("type").cloned().unwrap_or_default();
            let value = tag.attrs.get("value").cloned().unwrap_or_default();
            let dct = tag.attrs.get("functionInDocument").map(String::as_str) == Some("CREATION_TIME");
            if tag.empty {
                found.push((kind, value, dct, Vec::new()));
            } else {
                markable = Some((kind, value, dct, Vec::new()));
            }
        }
        Ok(tag) if tag.name == "TIMEX3" => {
            if let Some(m) = markable.take() {
                found.push(m);
            }
        }
        Ok(tag) if tag.name == "token_anchor" => {
            if let (Some(m), Some(id)) = (markable.as_mut(), tag.attrs.get("t_id")) {
                m.3.push(id.clone());
            }
        }
        Ok(_) => {}
        Err(run) => {
            if let Some((id, sentence)) = &current {
                let word = unescape(run);
                if last_sentence.as_ref().is_some_and(|s| s != sentence) {
                    text.push_str("\n\n");
                    if unannotated_from.is_none()
                        && sentence.parse::<u32>().is_ok_and(|n| n > CAT_ANNOTATED_SENTENCES)
                    {
                        unannotated_from = Some(text.len());
                    }
                } else if !text.is_empty() {
                    text.push(' ');
                }
                last_sentence = Some(sentence.clone());
                let start = text.len();
                text.push_str(&word);
                token_spans.insert(id.clone(), Span::new(start, text.len()));
            }
        }
    });
    let mut dct = None;
    let mut ignore = Vec::new();
    let mut timexes = Vec::new();
    for (kind, value, is_dct, tokens) in found {
        let spans: Vec<Span> = tokens.iter().filter_map(|t| token_spans.get(t).copied()).collect();
        let span = match (spans.iter().map(|s| s.start).min(), spans.iter().map(|s| s.end).max()) {
            (Some(s), Some(e)) => Some(Span::new(s, e)),
            _ => None,
        };
        if is_dct {
            dct = dct_date(&value);
            ignore.extend(span);
        } else if let Some(span) = span {
            timexes.push(GoldTimex { span, kind, value });
        }
    }
    timexes.sort_by_key(|t| t.span);
    if let Some(from) = unannotated_from {
        ignore.push(Span::new(from, text.len().max(from + 1)));
    }
    GoldDoc { name: name.to_string(), text, dct, ignore, timexes }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TML: &str = r#"<?xml version="1.0" ?>
<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-06-14" functionInDocument="CREATION_TIME">June 14</TIMEX3></DCT>
<TEXT>Talks ended <TIMEX3 tid="t1" type="DATE" value="2023-06-13">yesterday</TIMEX3> &amp; resume <TIMEX3 tid="t2" type="DATE" value="2023-06-16">Friday</TIMEX3>.</TEXT></TimeML>"#;

    #[test]
    fn reads_timeml_text_offsets_and_dct() {
        let doc = read_timeml("x.tml", TML);
        assert_eq!(doc.text, "Talks ended yesterday & resume Friday.");
        assert_eq!(doc.dct, Some(jiff::civil::date(2023, 6, 14)));
        assert_eq!(doc.timexes.len(), 2);
        assert_eq!(doc.timexes[0].span.text(&doc.text), "yesterday");
        assert_eq!(doc.timexes[1].value, "2023-06-16");
    }

    #[test]
    fn scores_strict_relaxed_and_value() {
        let doc = read_timeml("x.tml", TML);
        let system = vec![
            (doc.timexes[0].span, "DATE".to_string(), "2023-06-13".to_string()),
            (
                Span::new(doc.timexes[1].span.start - 1, doc.timexes[1].span.end),
                "DATE".into(),
                "2023-06-09".into(),
            ),
            (Span::new(0, 5), "DATE".into(), "PRESENT_REF".into()),
        ];
        let (c, errors) = score(&doc, &system);
        assert_eq!((c.gold, c.system, c.strict, c.relaxed, c.value, c.kind), (2, 3, 1, 2, 1, 2));
        assert!((c.value_f1() - 0.8 * 0.5).abs() < 1e-9);
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn reads_cat_tokens_and_skips_the_dct() {
        let cat = r#"<Document><token t_id="1" sentence="0" number="0">May</token>
<token t_id="2" sentence="0" number="1">7</token><token t_id="3" sentence="1" number="2">Sales</token>
<token t_id="4" sentence="1" number="3">rose</token><token t_id="5" sentence="1" number="4">today</token>
<Markables><TIMEX3 m_id="1" type="DATE" value="2005-05-07" functionInDocument="CREATION_TIME"><token_anchor t_id="1"/><token_anchor t_id="2"/></TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2005-05-07" functionInDocument="NONE"><token_anchor t_id="5"/></TIMEX3></Markables></Document>"#;
        let doc = read_cat("x.xml", cat);
        assert_eq!(doc.text, "May 7\n\nSales rose today");
        assert_eq!(doc.dct, Some(jiff::civil::date(2005, 5, 7)));
        assert_eq!(doc.ignore, vec![Span::new(0, 5)]);
        assert_eq!(doc.timexes[0].span.text(&doc.text), "today");
    }
}

#[cfg(test)]
mod dateline_dct {
    use super::*;

    #[test]
    fn a_dateline_marked_as_the_dct_inside_the_text_is_not_scored() {
        let tml = r#"<TimeML><TEXT>Ferry strike ends
<TIMEX3 tid="t0" type="DATE" value="2019-04-02" functionInDocument="CREATION_TIME">Tuesday, April 2, 2019</TIMEX3>

Crews went back <TIMEX3 tid="t1" type="DATE" value="2019-04-01">yesterday</TIMEX3>.</TEXT></TimeML>"#;
        let doc = read_timeml("x.tml", tml);
        assert_eq!(doc.dct, Some(jiff::civil::date(2019, 4, 2)));
        assert_eq!(doc.timexes.len(), 1);
        assert_eq!(doc.ignore.len(), 1);
        assert_eq!(doc.ignore[0].text(&doc.text), "Tuesday, April 2, 2019");
        let system = vec![
            (doc.ignore[0], "DATE".to_string(), "2019-04-02".to_string()),
            (doc.timexes[0].span, "DATE".to_string(), "2019-04-01".to_string()),
        ];
        let (c, errors) = score(&doc, &system);
        assert_eq!((c.gold, c.system, c.strict, c.value), (1, 1, 1, 1));
        assert!(errors.is_empty());
    }
}
