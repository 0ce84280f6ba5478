//! The compositional grammar: sentence atoms → candidate time expressions with their meaning
//! ([`Sem`]), before they are resolved against an anchor.
//!
//! Atoms are the `Doc`'s tokens, lower-cased, with hyphenated words cut into their parts
//! ("mid-November" → "mid" + "november"), so that the grammar sees the parts and the extent
//! can still be widened to the whole word.

use crate::extract::span::Span;
use crate::extract::timex::lexicon::{ContextRole, Unit, WordClass, classes, has_role};
use crate::extract::token::{Token, TokenKind};

/// One word or part of a hyphenated word.
#[derive(Debug, Clone)]
pub struct Atom {
    /// Where it is in the text.
    pub span: Span,
    /// Lower case, full stops removed ("Jan." → "jan", "p.m." → "pm").
    pub lower: String,
    /// Starts with a capital letter.
    pub capital: bool,
    /// Written with a final full stop ("Jan.").
    pub stop: bool,
    /// Joined to the previous atom by a hyphen.
    pub joined: bool,
    /// Token kind of the token it came from.
    pub kind: TokenKind,
}

/// Cuts a sentence's tokens into atoms.
pub fn atoms(text: &str, tokens: &[Token]) -> Vec<Atom> {
    let mut out = Vec::with_capacity(tokens.len());
    for token in tokens {
        let word = token.span.text(text);
        let splittable = token.kind == TokenKind::Word && word.contains('-') && word.len() > 1;
        if splittable {
            let mut offset = 0;
            let mut first = true;
            for part in word.split('-') {
                let start = token.span.start + offset;
                offset += part.len() + 1;
                if part.is_empty() {
                    continue;
                }
                out.push(atom(part, Span::new(start, start + part.len()), !first, token.kind));
                first = false;
            }
        } else {
            out.push(atom(word, token.span, false, token.kind));
        }
    }
    out
}

fn atom(word: &str, span: Span, joined: bool, kind: TokenKind) -> Atom {
    let trimmed = word.trim_start_matches('`');
    let span =
        if trimmed.is_empty() { span } else { Span::new(span.start + word.len() - trimmed.len(), span.end) };
    let word = if trimmed.is_empty() { word } else { trimmed };
    let kind =
        if !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) { TokenKind::Number } else { kind };
    let stop = word.ends_with('.') && word.len() > 1;
    let lower: String = if kind == TokenKind::Number {
        word.to_string()
    } else {
        word.chars().filter(|&c| c != '.').flat_map(char::to_lowercase).collect()
    };
    let lower = lower.replace('’', "'");
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    Atom { span, lower, capital, stop, joined, kind }
}

/// A quantity: a number, or vague ("several").
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Qty {
    /// A number (may be fractional: "two and a half").
    N(f64),
    /// "several", "a few", "many".
    X,
}

/// What a time expression means, before it is resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Sem {
    /// "the new year": the year just begun (January to June) or the one to come.
    NewYear,
    /// A calendar date with the parts the text gives; a missing year is inferred.
    Date {
        /// The year, if written.
        year: Option<i32>,
        /// The month, if written.
        month: Option<u8>,
        /// The day of the month, if written.
        day: Option<u8>,
    },
    /// "Monday, Oct. 26": the year is the one in which that day is that weekday.
    DayOfWeekDate {
        /// The month.
        month: u8,
        /// The day of the month.
        day: u8,
        /// The weekday written with it.
        weekday: u8,
    },
    /// A century: 19 for "the 20th century".
    Century(i32),
    /// A decade: 199 for "the 1990s".
    Decade(i32),
    /// A bare weekday, resolved from the tense.
    Weekday(u8),
    /// A weekday of any week (a timetable's column): `XXXX-WXX-3`.
    AnyWeekday(u8),
    /// A day the text names but does not fix ("the last day of the season"): `XXXX-XX-XX`.
    UnfixedDay,
    /// A week, month or year the text counts within an event it names but does not date
    /// ("the first week of the offensive"): `XXXX-WXX`, `XXXX-XX`, `XXXX`.
    UnfixedPeriod(Unit),
    /// A day counted from the anchor: "yesterday" = -1.
    Deictic(i64),
    /// "last week" (-1), "this year" (0), "the following day" (anaphoric +1).
    Shift {
        /// The unit shifted.
        unit: Unit,
        /// How many units.
        n: i64,
        /// Counted from the last mentioned date instead of the publication date.
        anaphoric: bool,
    },
    /// "last November", "next May", "this March".
    NamedMonth {
        /// The month.
        month: u8,
        /// -1, 0 or 1.
        n: i64,
    },
    /// "November last year", "June 3 next year": a month (and day) of a year counted from
    /// the publication date; "December of the same year", "17 May the following year": from
    /// the last year the text named.
    InShiftedYear {
        /// The month.
        month: u8,
        /// The day, if written.
        day: Option<u8>,
        /// Years from the publication year (or the last year named).
        n: i64,
        /// Counted from the last mentioned date instead of the publication date.
        anaphoric: bool,
    },
    /// "last Oct. 23", "next June 3".
    NamedDay {
        /// The month.
        month: u8,
        /// The day of the month.
        day: u8,
        /// -1 or 1.
        n: i64,
    },
    /// "the weekend": the one just past, unless the clause looks ahead.
    TheWeekend,
    /// The last day the text mentioned ("the morning" of it); the publication date if none.
    ReferenceDay,
    /// "last Friday", "next Monday", "this Wednesday".
    NamedWeekday {
        /// The weekday.
        weekday: u8,
        /// -1, 0 or 1.
        n: i64,
    },
    /// A season, with its year when written or its direction.
    Season {
        /// `SP`, `SU`, `FA`, `WI`.
        code: &'static str,
        /// The year, if written.
        year: Option<i32>,
        /// -1, 0, 1 for "last", "this", "next"; none for a bare season.
        n: Option<i64>,
    },
    /// "that summer": the season in the year of the last date mentioned.
    ThatSeason {
        /// `SP`, `SU`, `FA`, `WI`.
        code: &'static str,
    },
    /// "this time of year": the season the story's day falls in.
    SeasonOfDct,
    /// A quarter: "the third quarter", "the latest quarter" (`q` none).
    Quarter {
        /// 1–4; none for "the quarter", "the latest quarter".
        q: Option<u8>,
        /// The year, if written.
        year: Option<i32>,
        /// -1 latest, 0 current, 1 next (for `q` none).
        n: i64,
    },
    /// A half year: "the first half of 2013".
    Half {
        /// 1 or 2.
        h: u8,
        /// The year, if written.
        year: Option<i32>,
    },
    /// A quarter of a year counted from the publication year: "last year's third quarter".
    ShiftedQuarter {
        /// 1–4; none for "last year's quarter" (the latest quarter's number).
        q: Option<u8>,
        /// Years from the publication year.
        years: i64,
    },
    /// "the first half of next year", "the summer of last year": a half, quarter or season
    /// (`part`, without a year) of a year counted from the publication date.
    OfShiftedYear {
        /// The half, quarter or season.
        part: Box<Sem>,
        /// Years from the publication year.
        years: i64,
    },
    /// "the 1988 quarter": the latest quarter's number, in a written year.
    ShiftedQuarterOf {
        /// The year.
        year: i32,
    },
    /// "three years ago", "two days later".
    Ago {
        /// How many.
        qty: Qty,
        /// Of what.
        unit: Unit,
        /// -1 for "ago", "earlier", "before"; +1 for "later", "from now".
        sign: i64,
        /// Counted from the last mentioned date ("later", "earlier").
        anaphoric: bool,
    },
    /// A length of time.
    Duration {
        /// How many.
        qty: Qty,
        /// Of what.
        unit: Unit,
    },
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(&'static str),
    /// A year before the common era: "1100 BC" (TimeML writes `BC1100`).
    YearBc(i32),
    /// A recurrence with its TIMEX3 value.
    Set(String),
    /// "the last Sunday of June", "the first Monday in October [2024]".
    NthWeekdayOf {
        /// 1 to 4 counted from the start of the month; -1 the last.
        n: i8,
        /// Monday = 1.
        weekday: u8,
        /// The month.
        month: u8,
        /// The year, if written.
        year: Option<i32>,
    },
    /// A holiday (`MM-DD` or `TG`), with its year when written.
    Holiday {
        /// The holiday code.
        code: &'static str,
        /// The year, if written.
        year: Option<i32>,
    },
    /// The weekend of a holiday: "Easter weekend", "the Thanksgiving weekend".
    HolidayWeekend {
        /// The holiday code.
        code: &'static str,
        /// The year, if written.
        year: Option<i32>,
    },
    /// The weekday just after or before a named day: "the Sunday after Thanksgiving".
    WeekdayBeside {
        /// 1–7, Monday = 1.
        weekday: u8,
        /// After the day (else before it).
        after: bool,
        /// The day named.
        day: Box<Sem>,
    },
    /// A weekday of a week counted from the publication date: "Monday last week" (-1),
    /// "Friday of next week" (1).
    WeekdayOfWeek {
        /// 1–7, Monday = 1.
        weekday: u8,
        /// -1, 0 or 1.
        n: i64,
    },
    /// A day of the month named alone ("by the 15th"): that day of the month last mentioned.
    DayInView(u8),
    /// "days after a sniper killed…": unknown days of the month last mentioned (TBAQ writes
    /// `1998-10-XX`).
    DaysOfEvent,
    /// The week a day falls in: "the week of March 3".
    WeekOf(Box<Sem>),
    /// A clock time on a day (the anchor's when no day is given).
    Clock {
        /// The day, if written.
        day: Option<Box<Sem>>,
        /// Hour, 0–23.
        hour: u8,
        /// Minute.
        minute: u8,
    },
    /// A part of a day: "Friday morning", "last night".
    PartOfDay {
        /// The day.
        day: Box<Sem>,
        /// `MO`, `AF`, `EV`, `NI`, `MI`, `MN`.
        code: &'static str,
    },
}

/// A parsed time expression: atoms `start..end` of the sentence and what they mean.
#[derive(Debug, Clone, PartialEq)]
pub struct Parse {
    /// First atom.
    pub start: usize,
    /// One past the last atom.
    pub end: usize,
    /// The meaning.
    pub sem: Sem,
    /// The TIMEX3 `mod` code, if any.
    pub modifier: Option<&'static str>,
}

/// Words before "last" that make it the verb ("to last two years", "could last weeks").
const LAST_AS_VERB: [&str; 14] = [
    "to", "will", "'ll", "would", "could", "can", "may", "might", "should", "must", "did", "does", "not",
    "n't",
];

/// Words before a season word that make it qualify the noun after it ("a spring snowstorm").
/// ("a winter storm" is left alone: the catalogues leave it unmarked.)
const SEASON_NOUN_DETERMINERS: [&str; 9] = ["of", "for", "his", "her", "their", "its", "our", "your", "my"];

/// Words after a season word that it does not qualify as a time: function words, and nouns
/// for which "spring" is a thing ("spring water").
const NOT_SEASON_NOUNS: [&str; 40] = [
    "of", "and", "or", "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "to",
    "in", "on", "at", "for", "when", "as", "with", "by", "that", "this", "the", "a", "an", "but", "than",
    "after", "before", "from", "into", "while", "water", "waters", "roll", "rolls", "onions", "chicken",
];

/// The grammar over one sentence's atoms.
pub struct Grammar<'a> {
    atoms: &'a [Atom],
}

impl<'a> Grammar<'a> {
    /// A grammar over `atoms`.
    pub fn new(atoms: &'a [Atom]) -> Self {
        Grammar { atoms }
    }

    /// Every time expression of the sentence, left to right, longest first, not overlapping.
    pub fn parse_all(&self) -> Vec<Parse> {
        let mut out: Vec<Parse> = Vec::new();
        let mut i = 0;
        while i < self.atoms.len() {
            match self.parse_at(i) {
                // "the quarter-to-quarter comparison", "a five-year-old": part of a longer word
                Some(p) if p.end > i && self.joined(p.end) && !self.is(p.end, "s") => i = p.end,
                // "Fan of the Year", "Player of the Month": an award's name
                Some(p) if p.end > i && self.in_award_name(&p) => i = p.end,
                Some(p) if p.end > i => {
                    i = p.end;
                    out.push(p);
                }
                _ => i += 1,
            }
        }
        self.split_ranges(&mut out);
        out
    }

    /// "the Year" of "Fan of the Year": a capitalised period after "of" and a capitalised word.
    fn in_award_name(&self, p: &Parse) -> bool {
        p.end == p.start + 2
            && p.start >= 2
            && self.is(p.start, "the")
            && self.atoms[p.start + 1].capital
            && self.unit(p.start + 1).is_some()
            && self.is(p.start - 1, "of")
            && self.atoms[p.start - 2].capital
    }

    fn word(&self, i: usize) -> &str {
        self.atoms.get(i).map(|a| a.lower.as_str()).unwrap_or("")
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i) == w
    }

    fn joined(&self, i: usize) -> bool {
        self.atoms.get(i).is_some_and(|a| a.joined)
    }

    fn class<T>(&self, i: usize, pick: impl Fn(&WordClass) -> Option<T>) -> Option<T> {
        classes(self.word(i)).iter().find_map(pick)
    }

    fn int(&self, i: usize) -> Option<i64> {
        let a = self.atoms.get(i)?;
        if a.kind != TokenKind::Number || !a.lower.bytes().all(|b| b.is_ascii_digit()) || a.lower.len() > 6 {
            return None;
        }
        a.lower.parse().ok()
    }

    /// A year written in digits: 1000–2999, not a number with thousands separators; or two
    /// digits after an apostrophe, as sports tables and captions write them ("Feb 24, '90").
    fn year(&self, i: usize) -> Option<i32> {
        let a = self.atoms.get(i)?;
        if let Some(y) = clipped_year(&a.lower) {
            return Some(y);
        }
        if a.lower.len() != 4 {
            return None;
        }
        let y = self.int(i)?;
        (1000..=2999).contains(&y).then_some(y as i32)
    }

    /// A year spoken in words: "nineteen ninety-six", "two thousand", "two thousand and one".
    /// Returns the year and the atom after it.
    fn spoken_year(&self, i: usize) -> Option<(i32, usize)> {
        let num = |k: usize| {
            self.class(k, |c| match c {
                WordClass::Num(n) => Some(*n),
                _ => None,
            })
        };
        let first = num(i)?;
        if first == 2 && self.is(i + 1, "thousand") {
            let k = if self.is(i + 2, "and") { i + 3 } else { i + 2 };
            let (rest, end) = match num(k).filter(|n| *n < 100) {
                Some(n) => (n, k + 1),
                None => (0, i + 2),
            };
            return self.not_counting(end).then_some((2000 + rest as i32, end));
        }
        if !(11..=20).contains(&first) {
            return None;
        }
        let tens = num(i + 1).filter(|n| (10..=90).contains(n))?;
        let (units, end) = match num(i + 2).filter(|n| (1..=9).contains(n) && tens >= 20 && tens % 10 == 0) {
            Some(u) if self.joined(i + 2) => (u, i + 3),
            _ => (0, i + 2),
        };
        let year = first as i32 * 100 + (tens + units) as i32;
        self.not_counting(end).then_some((year, end))
    }

    /// True unless atom `i` makes the number before it a count: "two thousand years".
    fn not_counting(&self, i: usize) -> bool {
        self.unit(i).is_none() && !has_role(self.word(i), ContextRole::Counted) && !self.is_amount(i)
    }

    /// A day of the month: "16", "16th", "first".
    fn day(&self, i: usize) -> Option<u8> {
        let w = self.word(i);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        let n: i64 = if !digits.is_empty() && ["", "st", "nd", "rd", "th"].contains(&suffix) {
            if digits.len() > 2 {
                return None;
            }
            digits.parse().ok()?
        } else {
            self.class(i, |c| match c {
                WordClass::Ord(n) if *n > 0 => Some(*n),
                _ => None,
            })?
        };
        (1..=31).contains(&n).then_some(n as u8)
    }

    /// A month name, with the checks that keep "may", "march" and "sun" apart.
    fn month(&self, i: usize) -> Option<u8> {
        let a = self.atoms.get(i)?;
        let m = self.class(i, |c| match c {
            WordClass::Month(m) => Some(*m),
            _ => None,
        })?;
        if !a.capital {
            return None;
        }
        let full = a.lower.len() > 4 || matches!(a.lower.as_str(), "june" | "july" | "may");
        if !full && !a.stop && self.day(i + 1).is_none() && self.year(i + 1).is_none() {
            return None;
        }
        Some(m)
    }

    /// A month that may stand alone ("in May", "February"): "may" and "march" need a cue.
    fn month_alone(&self, i: usize) -> Option<u8> {
        let m = self.month(i)?;
        // a capitalised "March" inside a sentence is the month ("the March talks")
        if self.is(i, "march") && i > 0 && !self.is(i + 1, "of") && !self.is(i + 1, "on") {
            return Some(m);
        }
        if matches!(self.word(i), "may" | "march") {
            let prev = if i == 0 { "" } else { self.word(i - 1) };
            let cue = matches!(
                prev,
                "in" | "of"
                    | "since"
                    | "until"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "from"
                    | "through"
                    | "to"
                    | "and"
                    | "between"
                    | "before"
                    | "after"
                    | "during"
            );
            if !cue {
                return None;
            }
        }
        Some(m)
    }

    /// True when atoms `start..end` name a day of the week ("6 p.m. Friday").
    pub fn names_weekday(&self, start: usize, end: usize) -> bool {
        (start..end).any(|i| self.weekday(i).is_some())
    }

    fn weekday(&self, i: usize) -> Option<u8> {
        let a = self.atoms.get(i)?;
        let d = self.class(i, |c| match c {
            WordClass::Weekday(d) => Some(*d),
            _ => None,
        })?;
        // "the Sunday Times", "the Mail on Sunday": a newspaper's name, not a day
        let masthead =
            self.atoms.get(i + 1).is_some_and(|n| n.capital && has_role(&n.lower, ContextRole::Masthead))
                && self.word(i + 2) != "square"
                || (i >= 2
                    && self.word(i - 1) == "on"
                    && self.atoms[i - 2].capital
                    && self.word(i - 2) == "mail");
        (a.capital && (a.lower.len() > 4 || a.stop) && !masthead).then_some(d)
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        self.class(i, |c| match c {
            WordClass::Unit(u) => Some(*u),
            _ => None,
        })
    }

    fn plural(&self, i: usize) -> bool {
        let w = self.word(i);
        w.ends_with('s') && !matches!(w, "hrs" | "yrs" | "mins")
            || matches!(w, "centuries" | "hrs" | "yrs" | "mins")
    }

    fn rel(&self, i: usize) -> Option<(i64, bool)> {
        self.class(i, |c| match c {
            WordClass::Rel(n, a) => Some((*n, *a)),
            _ => None,
        })
    }

    fn season(&self, i: usize) -> Option<&'static str> {
        self.class(i, |c| match c {
            WordClass::Season(s) => Some(*s),
            _ => None,
        })
    }

    /// Whether the words from `k` (after a determiner or possessive, if any) name a time: a
    /// unit, month, season, year or number ("the decade", "March", "fiscal 2005"). Not a long
    /// span: silver leaves "the second half of the season" unmarked.
    fn names_a_time(&self, k: usize) -> bool {
        let k = if matches!(
            self.word(k),
            "the" | "a" | "an" | "that" | "his" | "her" | "their" | "its" | "our" | "your" | "my"
        ) {
            k + 1
        } else {
            k
        };
        self.unit(k).is_some()
            || self.month(k).is_some()
            || self.season(k).is_some()
            || self.year(k).is_some()
            || self.word(k).starts_with(|c: char| c.is_ascii_digit())
            || matches!(self.word(k), "fiscal" | "this" | "next" | "last")
    }

    /// A season word before a noun, after "of", "for" or a possessive: "of summer signings",
    /// "their winter coats", "of winter and summer vegetables" (both news samples mark it; TBAQ
    /// has none). Not "fall" (a verb), "spring water" or "for spring in".
    fn season_before_noun(&self, k: usize) -> bool {
        let a = &self.atoms[k];
        if a.capital && k > 0 || self.word(k) == "fall" || self.joined(k) || self.joined(k + 1) {
            return false;
        }
        let prev = if k == 0 { "" } else { self.word(k - 1) };
        let after_season_and = k >= 2 && matches!(prev, "and" | "or") && self.season(k - 2).is_some();
        if !(k == 0 || after_season_and || SEASON_NOUN_DETERMINERS.contains(&prev)) {
            return false;
        }
        // "winter and summer vegetables": the first of two seasons before one noun
        if matches!(self.word(k + 1), "and" | "or") && self.season(k + 2).is_some() {
            return self.season_noun(k + 3);
        }
        self.season_noun(k + 1)
    }

    /// The second of two seasons joined by "and"/"or" when the first is a time by its
    /// preposition or position word: "spring" of "in winter and spring", "autumn" of "in early
    /// summer and autumn".
    fn season_after_timed_season(&self, k: usize) -> bool {
        k >= 3
            && matches!(self.word(k - 1), "and" | "or")
            && self.season(k - 2).is_some()
            && matches!(
                self.word(k - 3),
                "in" | "during" | "since" | "until" | "by" | "early" | "mid" | "late"
            )
            && !self.joined(k + 1)
    }

    /// A season (or two joined by "and"/"or") opening a clause as its subject, with a verb of
    /// being or coming after it: "Summer is officially here", "Winter was long", "Summer and
    /// autumn were dry" (`season-verb` in `data/context.tsv`). A season before a noun is read
    /// by `season_before_noun`; "Spring Street is" has a noun between.
    fn season_as_subject(&self, k: usize) -> bool {
        let opens = |k: usize| k == 0 || matches!(self.word(k - 1), "but" | "," | ";" | ":" | "when" | "as");
        let verb_at = |v: usize| {
            self.atoms.get(v).is_some_and(|a| a.kind == TokenKind::Word && !a.capital)
                && has_role(self.word(v), ContextRole::SeasonVerb)
        };
        // the first of a pair: "Summer and autumn were"
        if opens(k) && matches!(self.word(k + 1), "and" | "or") && self.season(k + 2).is_some() {
            return verb_at(k + 3);
        }
        // the second of a pair: "autumn" of "Summer and autumn were"
        if k >= 2 && matches!(self.word(k - 1), "and" | "or") && self.season(k - 2).is_some() && opens(k - 2)
        {
            return verb_at(k + 1);
        }
        opens(k) && verb_at(k + 1)
    }

    /// A lower-case word that reads as a plural noun: "projects" of "the past projects" (then
    /// "past" is an adjective), not "is", "has", "was" or "this".
    fn plural_noun(&self, k: usize) -> bool {
        self.atoms.get(k).is_some_and(|a| {
            a.kind == TokenKind::Word
                && !a.capital
                && a.lower.len() > 3
                && a.lower.ends_with('s')
                && !a.lower.ends_with("ss")
                && !a.lower.ends_with("us")
                && a.lower.chars().all(|c| c.is_ascii_alphabetic())
                && !matches!(a.lower.as_str(), "this" | "thus" | "does" | "goes" | "was" | "has" | "its")
        })
    }

    /// A lower-case noun (or adjective) that a season word can qualify.
    fn season_noun(&self, k: usize) -> bool {
        self.atoms.get(k).is_some_and(|a| {
            a.kind == TokenKind::Word
                && !a.capital
                && a.lower.chars().all(|c| c.is_ascii_alphabetic())
                && !NOT_SEASON_NOUNS.contains(&a.lower.as_str())
        })
    }

    fn pod(&self, i: usize) -> Option<&'static str> {
        self.class(i, |c| match c {
            WordClass::PartOfDay(p) => Some(*p),
            _ => None,
        })
    }

    /// A quantity at `i`: digits, number words ("twenty-five", "two and a half"), "a", "a few".
    /// Returns the quantity and the atom after it.
    fn qty(&self, i: usize) -> Option<(Qty, usize)> {
        let w = self.word(i);
        // "half an hour"
        if w == "half" && matches!(self.word(i + 1), "a" | "an") {
            return Some((Qty::N(0.5), i + 2));
        }
        if w == "a" || w == "an" || w == "one" {
            if self.is(i + 1, "few") || self.is(i + 1, "couple") {
                let j = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                // "a couple of years" is two of them (TBAQ: `P2Y`, twice)
                let qty = if self.is(i + 1, "couple") { Qty::N(2.0) } else { Qty::X };
                return Some((qty, j));
            }
            if self.is(i + 1, "half") {
                return Some((Qty::N(0.5), i + 2));
            }
            // "for a number of weeks": an unknown count of them
            if w == "a" && self.is(i + 1, "number") && self.is(i + 2, "of") {
                return Some((Qty::X, i + 3));
            }
            let n = 1.0;
            return Some(self.and_a_half(n, i + 1));
        }
        if self.class(i, |c| matches!(c, WordClass::Fuzzy).then_some(())).is_some() {
            if w == "some" {
                return None;
            }
            let j = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
            // "the past couple of weeks": two
            let qty = if w == "couple" { Qty::N(2.0) } else { Qty::X };
            return Some((qty, j));
        }
        if let Some(n) = self.int(i) {
            return Some(self.and_a_half(n as f64, i + 1));
        }
        let a = self.atoms.get(i)?;
        if a.kind == TokenKind::Number {
            // "11½ hours": a vulgar fraction glyph after the whole number
            let (digits, part) = match a.lower.char_indices().last() {
                Some((at, '½')) => (&a.lower[..at], 0.5),
                Some((at, '¼')) => (&a.lower[..at], 0.25),
                Some((at, '¾')) => (&a.lower[..at], 0.75),
                _ => (a.lower.as_str(), 0.0),
            };
            let n: f64 = digits.replace(',', "").parse().ok()?;
            return Some((Qty::N(n + part), i + 1));
        }
        let n = self.class(i, |c| match c {
            WordClass::Num(n) => Some(*n),
            _ => None,
        })?;
        // "twenty-five", "twenty five"
        if n >= 20
            && n % 10 == 0
            && n < 100
            && let Some(k) = self.class(i + 1, |c| match c {
                WordClass::Num(k) if *k < 10 => Some(*k),
                _ => None,
            })
        {
            return Some(self.and_a_half((n + k) as f64, i + 2));
        }
        Some(self.and_a_half(n as f64, i + 1))
    }

    fn and_a_half(&self, n: f64, j: usize) -> (Qty, usize) {
        if self.is(j, "and") && self.is(j + 1, "a") && self.is(j + 2, "half") {
            (Qty::N(n + 0.5), j + 3)
        } else if self.is(j, "1/2") {
            (Qty::N(n + 0.5), j + 1)
        } else {
            (Qty::N(n), j)
        }
    }

    /// The longest expression starting at atom `i`.
    fn parse_at(&self, i: usize) -> Option<Parse> {
        // A comparison or approximation before a quantity: "more than four hours".
        if let Some((code, j)) = self.compare(i).filter(|&(_, j)| !self.is(j, "the")) {
            if let Some(mut p) = self.quantity_expr(j) {
                p.start = i;
                p.modifier = Some(code);
                return Some(p);
            }
            if code == "APPROX"
                && let Some(mut p) = self.dated(j)
                && !self.is(p.end, "'s")
            {
                p.start = i;
                p.modifier = Some(code);
                return Some(p);
            }
        }
        // A position in a period: "late April", "the end of 1990", "earlier this year".
        if let Some((code, j)) = self.position(i) {
            if let Some(mut p) = self.dated(j)
                && p.modifier.is_none()
            {
                p.start = i;
                p.modifier = Some(code);
                return Some(p);
            }
            // "until the end of the season", "the start of the season": a league's season, the
            // year it is in (as "this season")
            if self.is(j, "the") && self.is(j + 1, "season") && !self.is(j + 2, "of") && !self.joined(j + 2) {
                let sem = Sem::Shift { unit: Unit::Year, n: 0, anaphoric: false };
                return Some(Parse { start: i, end: j + 2, sem, modifier: Some(code) });
            }
            // "the end of the decade", "the middle of the century", "by the mid century": the
            // decade or century the story is in, with the position
            // ("the mid-century modern house" is a style, not a time)
            let k = if self.is(j, "the") { j + 1 } else { j };
            if (k == j + 1 || self.is(i, "the") && j == i + 2)
                && let Some(unit @ (Unit::Decade | Unit::Century)) = self.unit(k)
                && !self.plural(k)
                && !self.is(k + 1, "of")
                && !self.joined(k + 1)
                && (!self.joined(k) || self.clause_ends(k + 1))
            {
                let sem = Sem::Shift { unit, n: 0, anaphoric: false };
                return Some(Parse { start: i, end: k + 1, sem, modifier: Some(code) });
            }
            // "earlier in the year", "later in the month" ("earlier in the day" is not marked)
            if j > 0
                && self.is(j - 1, "in")
                && self.is(j, "the")
                && let Some(unit) = self.unit(j + 1).filter(|_| !self.plural(j + 1))
            {
                let sem = match unit {
                    Unit::Month | Unit::Year => Sem::Shift { unit, n: 0, anaphoric: false },
                    _ => return self.longest(i),
                };
                return Some(Parse { start: i, end: j + 2, sem, modifier: Some(code) });
            }
        }
        self.longest(i)
    }

    fn compare(&self, i: usize) -> Option<(&'static str, usize)> {
        for len in [4usize, 3, 2, 1] {
            if i + len > self.atoms.len() {
                continue;
            }
            let key: Vec<&str> = (i..i + len).map(|k| self.word(k)).collect();
            if let Some(code) = classes(&key.join(" ")).iter().find_map(|c| match c {
                WordClass::Compare(code) => Some(*code),
                _ => None,
            }) {
                return Some((code, i + len));
            }
        }
        None
    }

    fn position(&self, i: usize) -> Option<(&'static str, usize)> {
        let (start, the) = if self.is(i, "the") { (i + 1, true) } else { (i, false) };
        let code = self.class(start, |c| match c {
            WordClass::Position(p) => Some(*p),
            _ => None,
        })?;
        let w = self.word(start);
        if self.is(start + 1, "of") {
            // "the end of 1990", "the beginning of October"
            if matches!(w, "beginning" | "start" | "middle" | "midpoint" | "end" | "close") {
                return Some((code, start + 2));
            }
            return None;
        }
        if !matches!(w, "early" | "mid" | "late" | "earlier" | "later") {
            return None;
        }
        // "the late 1800s", "the mid-1970s", "the early 20th century": the determiner belongs to
        // the era (TBAQ: "the mid-1990s")
        // ("the mid century" as well: see `parse_at`)
        let era_unit =
            matches!(self.unit(start + 1), Some(Unit::Decade | Unit::Century)) && !self.plural(start + 1);
        if the && !(matches!(w, "early" | "mid" | "late") && (self.era(start + 1) || era_unit)) {
            return None;
        }
        if self.is(start + 1, "in") && self.is(start + 2, "the") {
            // "earlier in the year"
            return Some((code, start + 2));
        }
        Some((code, start + 1))
    }

    /// A decade or century starts at `k`: "1990s", "'90s", "20th century".
    fn era(&self, k: usize) -> bool {
        decade(self.word(k)).is_some() || self.day(k).is_some() && self.is(k + 1, "century")
    }

    /// The longest of the expressions that can start at `i`.
    fn longest(&self, i: usize) -> Option<Parse> {
        let candidates = [self.dated(i), self.quantity_expr(i), self.reference(i), self.set(i)];
        candidates.into_iter().flatten().max_by_key(|p| p.end)
    }

    fn parse(start: usize, end: usize, sem: Sem) -> Option<Parse> {
        Some(Parse { start, end, sem, modifier: None })
    }

    /// A point or period in time (not a duration).
    fn dated(&self, i: usize) -> Option<Parse> {
        let candidates = [
            self.absolute(i),
            self.relative(i),
            self.deictic(i),
            self.weekday_expr(i),
            self.the_expr(i),
            self.clock(i),
            self.holiday(i),
            self.numeric_date(i),
            self.bare_part_of_day(i),
        ];
        let best = candidates.into_iter().flatten().max_by_key(|p| p.end)?;
        Some(self.with_time(best))
    }

    /// A part of the day without a determiner after a preposition: "by dawn", "at daybreak",
    /// "in mid-afternoon", "by late evening": a part of the last day mentioned. "At night" is
    /// left alone (mostly generic).
    /// With "the" before the position, as well: "in the early morning", "during the late
    /// afternoon" (as "the morning" is marked with its determiner).
    fn bare_part_of_day(&self, start: usize) -> Option<Parse> {
        let the = self.is(start, "the") && matches!(self.word(start + 1), "early" | "mid" | "late");
        let i = if the { start + 1 } else { start };
        let prev = self.word(start.checked_sub(1)?);
        let preposition =
            matches!(prev, "by" | "at" | "before" | "until" | "till" | "after" | "around" | "in" | "since")
                || the && matches!(prev, "during" | "through" | "throughout");
        if !preposition {
            return None;
        }
        let (k, modifier) = match self.word(i) {
            "early" => (i + 1, Some("START")),
            "mid" => (i + 1, Some("MID")),
            "late" => (i + 1, Some("END")),
            _ => (i, None),
        };
        let code = self.pod(k).filter(|c| !matches!(*c, "NI" | "MI" | "MN"))?;
        if self.plural(k) || self.is(k + 1, "of") || self.joined(k + 1) {
            return None;
        }
        // "in the early morning raid": an adjective of the noun, as "the dawn service"
        if the && has_role(self.word(k + 1), ContextRole::PodNoun) {
            return None;
        }
        // "in morning" and "in evening" need "the"; "in mid-afternoon" does not
        if prev == "in" && modifier.is_none() {
            return None;
        }
        // "mid-afternoon yesterday", "late evening Friday": the day follows
        let named = self.weekday(k + 1).map(Sem::Weekday).or_else(|| {
            self.class(k + 1, |c| match c {
                WordClass::Deictic(n, None) => Some(Sem::Deictic(*n)),
                _ => None,
            })
        });
        let (day, end) = match named {
            Some(sem) => (Box::new(sem), k + 2),
            None => (Box::new(Sem::ReferenceDay), k + 1),
        };
        Some(Parse { start, end, sem: Sem::PartOfDay { day, code }, modifier })
    }

    /// A day followed by a part of the day or a clock time: "Friday morning", "Friday at 3 p.m.".
    fn with_time(&self, p: Parse) -> Parse {
        let day_like = matches!(
            p.sem,
            Sem::Weekday(_) | Sem::Deictic(_) | Sem::NamedWeekday { .. } | Sem::Date { day: Some(_), .. }
        ) && !self.is(p.end, "'s");
        if !day_like {
            return p;
        }
        if let Some(code) = self.pod(p.end)
            && !matches!(code, "MI" | "MN")
        {
            return Parse { end: p.end + 1, sem: Sem::PartOfDay { day: Box::new(p.sem), code }, ..p };
        }
        p
    }

    /// Month, day and year forms: "June 16, 2023", "16 June", "June 2023", "2023", "the 1990s";
    /// "November last year", "March of last year", "September of this year".
    fn absolute(&self, i: usize) -> Option<Parse> {
        let p = self.absolute_core(i)?;
        let at = if self.is(p.end, "of") { p.end + 1 } else { p.end };
        if let Sem::Date { year: None, month: Some(month), day } = p.sem
            && let Some((n, false)) = self.rel(at)
            && self.unit(at + 1) == Some(Unit::Year)
            && !self.is(at, "past")
        {
            return Self::parse(p.start, at + 2, Sem::InShiftedYear { month, day, n, anaphoric: false });
        }
        // "December of the same year", "17 May the following year", "June of that year": the
        // year counted from the last one named (TBAQ values "the following year" so)
        if let Sem::Date { year: None, month: Some(month), day } = p.sem
            && let Some((n, end)) = self.anaphoric_year(at)
        {
            return Self::parse(p.start, end, Sem::InShiftedYear { month, day, n, anaphoric: true });
        }
        Some(p)
    }

    /// "the same year" (0), "that year" (0), "the following year", "the next year" (1), "the
    /// previous year" (-1) at atom `k`: the shift from the last year named, and the end.
    fn anaphoric_year(&self, k: usize) -> Option<(i64, usize)> {
        let single_year =
            |u: usize| self.unit(u) == Some(Unit::Year) && !self.plural(u) && !self.joined(u + 1);
        if self.is(k, "that") && single_year(k + 1) {
            return Some((0, k + 2));
        }
        if !self.is(k, "the") || !single_year(k + 2) {
            return None;
        }
        let n = match self.word(k + 1) {
            "same" => 0,
            "following" | "next" => 1,
            "previous" => -1,
            _ => return None,
        };
        Some((n, k + 3))
    }

    fn absolute_core(&self, i: usize) -> Option<Parse> {
        // "600 AD", "AD 79", "(582-602 AD)": a year written with its era, the first year of
        // such a range as well
        // (written in capitals: "AD", "A.D.", "CE"; "an ad" is an advertisement)
        let era = |k: usize| {
            self.atoms.get(k).is_some_and(|a| {
                a.capital
                    && a.kind == TokenKind::Word
                    && matches!(a.lower.as_str(), "ad" | "ce")
                    && a.span.end - a.span.start <= 4
                    && !self.joined(k)
            })
        };
        // "1100 BC", "3000 BCE": a year before the common era (TimeML: `BC1100`)
        if let Some(n) = self.int(i).filter(|n| (1..=9999).contains(n))
            && self.atoms.get(i + 1).is_some_and(|a| {
                a.capital
                    && a.kind == TokenKind::Word
                    && matches!(a.lower.as_str(), "bc" | "bce")
                    && a.span.end - a.span.start <= 4
                    && !self.joined(i + 1)
            })
        {
            return Self::parse(i, i + 2, Sem::YearBc(n as i32));
        }
        if let Some(n) = self.int(i).filter(|n| (1..=2999).contains(n)) {
            let ranged = matches!(self.word(i + 1), "-" | "–" | "to")
                && self.int(i + 2).is_some_and(|m| m > n && m <= 2999)
                && era(i + 3);
            if era(i + 1) || ranged {
                let end = if ranged { i + 1 } else { i + 2 };
                return Self::parse(i, end, Sem::Date { year: Some(n as i32), month: None, day: None });
            }
        }
        if era(i)
            && self.atoms[i].lower == "ad"
            && let Some(n) = self.int(i + 1).filter(|n| (1..=2999).contains(n))
        {
            return Self::parse(i, i + 2, Sem::Date { year: Some(n as i32), month: None, day: None });
        }
        // Weekday, Month Day: "Friday, June 16"
        if self.weekday(i).is_some() {
            let j = if self.is(i + 1, ",") { i + 2 } else { i + 1 };
            // "Thursday 21 March", "Monday, 25 March 2013" (British order)
            let day_first = self.day(j).is_some() && self.month(j + 1).is_some();
            if let Some(weekday) = self.weekday(i)
                && (self.month(j).is_some() && self.day(j + 1).is_some() || day_first)
                && let Some(p) = self.absolute(j)
            {
                if let Sem::Date { year: None, month: Some(month), day: Some(day) } = p.sem {
                    return Self::parse(i, p.end, Sem::DayOfWeekDate { month, day, weekday });
                }
                return Some(Parse { start: i, ..p });
            }
        }
        if let Some(m) = self.month(i) {
            // Month Day[,] [Year]
            if let Some(d) = self.day(i + 1) {
                let mut end = i + 2;
                let mut year = None;
                let k = if self.is(end, ",") { end + 1 } else { end };
                if let Some(y) = self.year(k) {
                    year = Some(y);
                    end = k + 1;
                }
                return Self::parse(i, end, Sem::Date { year, month: Some(m), day: Some(d) });
            }
            // Month [,|of] Year
            let k = if self.is(i + 1, ",") || self.is(i + 1, "of") { i + 2 } else { i + 1 };
            if let Some(y) = self.year(k) {
                return Self::parse(i, k + 1, Sem::Date { year: Some(y), month: Some(m), day: None });
            }
            if let Some((y, end)) = self.spoken_year(k) {
                return Self::parse(i, end, Sem::Date { year: Some(y), month: Some(m), day: None });
            }
            if self.month_alone(i).is_some() {
                return Self::parse(i, i + 1, Sem::Date { year: None, month: Some(m), day: None });
            }
            return None;
        }
        // Day Month [Year], "the 16th of June"
        let (di, the) = if self.is(i, "the") { (i + 1, true) } else { (i, false) };
        if let Some(d) = self.day(di) {
            let mi = if self.is(di + 1, "of") { di + 2 } else { di + 1 };
            if let Some(m) = self.month(mi)
                && (!the || mi == di + 2 || self.word(di).len() > 2)
            {
                let k = if self.is(mi + 1, ",") { mi + 2 } else { mi + 1 };
                let (year, end) = match self.year(k) {
                    Some(y) => (Some(y), k + 1),
                    None => (None, mi + 1),
                };
                return Self::parse(i, end, Sem::Date { year, month: Some(m), day: Some(d) });
            }
        }
        // Decades: "the 1990s", "the '90s", "1990s", "the late 1980's", "the nineties"
        let w = self.word(di);
        if the
            && let Some(d) =
                ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
                    .iter()
                    .position(|name| *name == w)
        {
            return Self::parse(i, di + 1, Sem::Decade(192 + d as i32));
        }
        if let Some(decade) = decade(w) {
            // "the 1800s" is the century (`18`), "the 2000s" the first decade of this one
            if decade % 10 == 0 && decade < 200 {
                return Self::parse(i, di + 1, Sem::Century(decade / 10));
            }
            return Self::parse(i, di + 1, Sem::Decade(decade));
        }
        // "the 60s", "from the 80s onwards": a short decade after "the" ("in their 30s" is an
        // age; "highs in the 60s" a temperature, read from the sentence's words)
        if the
            && let Some(n) = w
                .strip_suffix('s')
                .filter(|n| n.len() == 2 && n.ends_with('0'))
                .and_then(|n| n.parse::<i32>().ok())
            && !(0..self.atoms.len()).any(|k| has_role(self.word(k), ContextRole::Temperature))
        {
            return Self::parse(i, di + 1, Sem::Decade(if n >= 30 { 190 + n / 10 } else { 200 + n / 10 }));
        }
        // "the 1920s and 30s", "the 1970s to 80s": a short decade takes the century of the
        // decade just before ("in their 30s" alone is an age)
        if !the
            && i >= 2
            && matches!(self.word(i - 1), "and" | "or" | "to" | "-" | "–")
            && let Some(before) = decade(self.word(i - 2)).filter(|d| *d >= 100)
            && let Some(n) = w
                .strip_suffix('s')
                .filter(|n| n.len() == 2 && n.ends_with('0'))
                .and_then(|n| n.parse::<i32>().ok())
        {
            let century = before / 10;
            let d = century * 10 + n / 10;
            return Self::parse(i, i + 1, Sem::Decade(if d >= before { d } else { d + 10 }));
        }
        if let Some(y) = self.year(di).filter(|y| y % 10 == 0)
            && self.is(di + 1, "'s")
            && (the || i > 0 && matches!(self.word(i - 1), "the" | "late" | "early" | "mid"))
        {
            return Self::parse(i, di + 2, Sem::Decade(y / 10));
        }
        // Fiscal years: "fiscal 1989"
        if self.is(i, "fiscal")
            && let Some(y) = self.year(i + 1)
        {
            return Self::parse(i, i + 2, Sem::Date { year: Some(y), month: None, day: None });
        }
        // "fiscal year 2025"
        if self.is(i, "fiscal")
            && self.is(i + 1, "year")
            && let Some(y) = self.year(i + 2)
        {
            return Self::parse(i, i + 3, Sem::Date { year: Some(y), month: None, day: None });
        }
        // "by year-end", "since year end", "by year's end": the end of the year
        if matches!(
            self.word(i.wrapping_sub(1)),
            "by" | "at" | "around" | "since" | "until" | "before" | "till"
        ) && self.is(i, "year")
        {
            let end = if self.is(i + 1, "end") || self.is(i + 1, "'s") && self.is(i + 2, "end") {
                if self.is(i + 1, "end") { i + 2 } else { i + 3 }
            } else {
                0
            };
            if end > 0
                && (self.clause_ends(end) || matches!(self.word(end), "and" | "or" | "to" | "as" | "in"))
            {
                let n = if self.is(i - 1, "since") { -1 } else { 0 };
                return Self::parse(i, end, Sem::Shift { unit: Unit::Year, n, anaphoric: false });
            }
        }
        // A year in words: "in nineteen ninety-six", "by the year two thousand"
        let yi = if self.is(i, "the") && self.is(i + 1, "year") { i + 2 } else { i };
        if let Some((y, end)) = self.spoken_year(yi) {
            return Self::parse(i, end, Sem::Date { year: Some(y), month: None, day: None });
        }
        // "back in 2002/03", "since 1985/86": a split season after "in", "since", "during" is
        // its first year ("the 2002/2003 voters cards", "for 2006/2007 farming season" are not
        // marked in silver: left)
        if i > 0
            && matches!(self.word(i - 1), "in" | "since" | "during")
            && let Some((y, end)) = self.slashed_years(i)
            && !matches!(self.word(end), "season" | "year" | "campaign")
        {
            return Self::parse(i, end, Sem::Date { year: Some(y), month: None, day: None });
        }
        // "his 2016-17 spending plans", "the 2013-14 Australian survey": a split year before a
        // noun is one period, its first year (as "the 2023-24 season"; "in 1998-99." stays two)
        if let Some(y) = self.year(i)
            && clipped_year(self.word(i)).is_none()
            && let Some(k) = self.second_year(i + 1)
            && self.word(k - 1).parse::<i32>().is_ok_and(|y2| y2 == (y + 1) % 100 || y2 == y + 1)
            && self.atoms.get(k).is_some_and(|a| a.kind == TokenKind::Word)
            && !matches!(self.word(k), "and" | "or" | "to" | "through" | "'s")
        {
            return Self::parse(i, k, Sem::Date { year: Some(y), month: None, day: None });
        }
        // A bare year, in a context that makes it one; "'98" only after a word that cues a
        // year ("in '98", "the summer of '05"), as it may also open a quotation.
        if let Some(y) = self.year(i)
            && self.year_context(i)
            && (clipped_year(self.word(i)).is_none()
                || has_role(self.word(i.wrapping_sub(1)), ContextRole::YearCue))
        {
            return Self::parse(i, i + 1, Sem::Date { year: Some(y), month: None, day: None });
        }
        None
    }

    /// A four-digit number reads as a year unless a unit or a noun of quantity follows.
    fn year_context(&self, i: usize) -> bool {
        let prev = if i == 0 { "" } else { self.word(i - 1) };
        if has_role(prev, ContextRole::NotYear) || (i > 0 && self.atoms[i - 1].kind == TokenKind::Symbol) {
            return false;
        }
        let next = self.word(i + 1);
        // "(2223 HKT)": a clock time in a dateline, not a year
        if self.unit(i + 1).is_some()
            || has_role(next, ContextRole::Counted)
            || has_role(next, ContextRole::Zone)
        {
            return false;
        }
        // 1900–2039 without a thousands comma is a year unless a counted noun follows
        let n = self.int(i).unwrap_or(0);
        if (1900..=2039).contains(&n) && !self.is_amount(i + 1) {
            return true;
        }
        let next_ok = next.is_empty()
            || matches!(next, "'s" | "and" | "to" | "or")
            || self.atoms.get(i + 1).is_some_and(|a| a.kind == TokenKind::Punct);
        has_role(prev, ContextRole::YearCue) || next_ok
    }

    /// "last week", "next year", "this month", "last November", "next Friday", "the past year".
    fn relative(&self, i: usize) -> Option<Parse> {
        let (start, the) = if self.is(i, "the") { (i + 1, true) } else { (i, false) };
        let (n, anaphoric) = self.rel(start)?;
        let w = self.word(start);
        // "this past week", "this coming Friday"
        if w == "this" && matches!(self.word(start + 1), "past" | "coming") && !the {
            let mut p = self.relative(start + 1)?;
            p.start = i;
            return Some(p);
        }
        // "this time of year", "this time of the year": the season of the story's day (the fourth
        // and seventh news samples; TBAQ, MEANTIME and silver have none)
        if w == "this" && !the && self.is(start + 1, "time") && self.is(start + 2, "of") {
            let k = if self.is(start + 3, "the") { start + 4 } else { start + 3 };
            if self.is(k, "year") && !self.joined(k) {
                return Self::parse(i, k + 1, Sem::SeasonOfDct);
            }
        }
        // "this season", "last season", "next season", "this holiday season": a league's or the
        // holidays' season, written as the year it falls in (both news samples and the
        // catalogues; TBAQ and MEANTIME have none)
        if !the && matches!(w, "this" | "last" | "next") {
            let k = if matches!(self.word(start + 1), "holiday" | "festive") { start + 2 } else { start + 1 };
            if self.is(k, "season") && !self.joined(k) && !self.is(k + 1, "of") {
                return Self::parse(i, k + 1, Sem::Shift { unit: Unit::Year, n, anaphoric: false });
            }
        }
        // "in coming weeks", "in past years": vague, without a determiner
        if !the
            && matches!(w, "coming" | "upcoming" | "past")
            && self.unit(start + 1).is_some()
            && self.plural(start + 1)
            && !self.joined(start + 1)
        {
            let code = if w == "past" { "PAST_REF" } else { "FUTURE_REF" };
            return Self::parse(i, start + 2, Sem::Ref(code));
        }
        if the
            && matches!(w, "next" | "following" | "previous")
            && let Some(code) = self.pod(start + 1)
        {
            let day =
                Sem::Shift { unit: Unit::Day, n: if w == "previous" { -1 } else { 1 }, anaphoric: true };
            return Self::parse(i, start + 2, Sem::PartOfDay { day: Box::new(day), code });
        }
        if the && matches!(w, "this" | "next" | "coming" | "current") && !matches!(w, "current") {
            // "the next day" is anaphoric; "the coming weeks" vague.
            if let Some(u) = self.unit(start + 1) {
                if self.plural(start + 1) {
                    return Self::parse(i, start + 2, Sem::Duration { qty: Qty::X, unit: u });
                }
                if w == "next" {
                    return Self::parse(i, start + 2, Sem::Shift { unit: u, n: 1, anaphoric: true });
                }
            }
            return None;
        }
        if the && matches!(w, "previous" | "prior") {
            let u = self.unit(start + 1)?;
            if self.plural(start + 1) {
                return None;
            }
            return Self::parse(i, start + 2, Sem::Shift { unit: u, n: -1, anaphoric: true });
        }
        if w == "following" {
            let u = self.unit(start + 1)?;
            if self.plural(start + 1) {
                return None;
            }
            return Self::parse(i, start + 2, Sem::Shift { unit: u, n: 1, anaphoric: true });
        }
        if the && !matches!(w, "last" | "past" | "current" | "latest") {
            return None;
        }
        // "the current fiscal year", "last fiscal year": the year
        let k =
            if self.is(start + 1, "fiscal") && self.is(start + 2, "year") { start + 2 } else { start + 1 };
        if let Some(u) = self.unit(k) {
            // "the last-minute effort": an adjective
            if self.plural(k) || self.joined(k) {
                return None;
            }
            if the
                && matches!(w, "past" | "last")
                && !matches!(u, Unit::Quarter | Unit::Year | Unit::Week | Unit::Month | Unit::Day)
            {
                // "the past decade": the length up to now; "the past week" is a week (TBAQ and
                // silver annotate it as a date, as "last week")
                return Self::parse(i, k + 1, Sem::Duration { qty: Qty::N(1.0), unit: u });
            }
            if u == Unit::Year
                && self.is(k + 1, "'s")
                && let Some(p) =
                    self.the_expr(k + 2).filter(|p| matches!(p.sem, Sem::Quarter { year: None, .. }))
            {
                // "last year's third quarter", "next year's first quarter"
                let Sem::Quarter { q, .. } = p.sem else { return None };
                let n = if the && w == "last" { -1 } else { n };
                return Self::parse(i, p.end, Sem::ShiftedQuarter { q, years: n });
            }
            // "the last day of the season": the end of a long span, not yesterday (silver's
            // last day of a two-day meeting was often the day before the story: kept)
            if the && w == "last" && u == Unit::Day && self.is(k + 1, "of") {
                let noun = if has_role(self.word(k + 2), ContextRole::Determiner) { k + 3 } else { k + 2 };
                if has_role(self.word(noun), ContextRole::LongSpan) {
                    return Self::parse(i, k + 1, Sem::UnfixedDay);
                }
            }
            let n = if the && w == "last" { -1 } else { n };
            return Self::parse(i, k + 1, Sem::Shift { unit: u, n, anaphoric });
        }
        if the {
            return None;
        }
        if let Some(m) = self.month(k).or_else(|| {
            let m = self.class(k, |c| match c {
                WordClass::Month(m) => Some(*m),
                _ => None,
            })?;
            self.atoms[k].capital.then_some(m)
        }) {
            if let Some(day) = self.day(k + 1).filter(|_| n != 0) {
                // "last Oct. 23": the latest Oct. 23 before the publication date
                return Self::parse(i, k + 2, Sem::NamedDay { month: m, day, n });
            }
            return Self::parse(i, k + 1, Sem::NamedMonth { month: m, n });
        }
        if let Some(d) = self.weekday(k) {
            return Self::parse(i, k + 1, Sem::NamedWeekday { weekday: d, n });
        }
        if let Some(code) = self.season(k) {
            return Self::parse(i, k + 1, Sem::Season { code, year: None, n: Some(n) });
        }
        if let Some(code) = self.pod(k) {
            // "this morning", "last night"
            let day = if n < 0 { -1 } else { 0 };
            if n > 0 {
                return None;
            }
            return Self::parse(i, k + 1, Sem::PartOfDay { day: Box::new(Sem::Deictic(day)), code });
        }
        None
    }

    /// "today", "yesterday morning", "tomorrow", "tonight", "overnight".
    fn deictic(&self, i: usize) -> Option<Parse> {
        // "overnight" before a lower-case noun qualifies it ("the overnight shift"); before a
        // preposition or conjunction it is the night ("a roof gave way overnight near the pier")
        if self.is(i, "overnight")
            && !self.atoms.get(i + 1).is_some_and(|a| {
                a.kind == TokenKind::Word && !a.capital && !has_role(&a.lower, ContextRole::AfterOvernight)
            })
        {
            // "it doesn't just happen overnight", "won't change overnight": suddenly, not a night
            if i > 0 && SUDDEN_VERBS.contains(&self.word(i - 1)) {
                return None;
            }
            return Self::parse(i, i + 1, Sem::PartOfDay { day: Box::new(Sem::Deictic(-1)), code: "NI" });
        }
        let (days, code) = self.class(i, |c| match c {
            WordClass::Deictic(n, code) => Some((*n, *code)),
            _ => None,
        })?;
        // "today's youth", "the world of tomorrow": generic, not a day
        if self.is(i + 1, "'s")
            && matches!(
                self.word(i + 2),
                "youth" | "world" | "society" | "children" | "generation" | "young" | "kids"
            )
            || (i > 0 && self.is(i - 1, "of") && days > 0)
        {
            return None;
        }
        if let Some(code) = code {
            return Self::parse(i, i + 1, Sem::PartOfDay { day: Box::new(Sem::Deictic(days)), code });
        }
        Self::parse(i, i + 1, Sem::Deictic(days))
    }

    fn weekday_expr(&self, i: usize) -> Option<Parse> {
        let d = self.weekday(i)?;
        // "Monday 10th": a British weekday with its day of the month, one expression
        let w = self.word(i + 1);
        if self.day(i + 1).is_some() && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)) {
            return Self::parse(i, i + 2, Sem::Weekday(d));
        }
        // "Monday last week", "Friday of next week": the weekday of that week, one expression
        let of = usize::from(self.is(i + 1, "of"));
        let n = match self.word(i + 1 + of) {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        };
        if let Some(n) = n
            && self.is(i + 2 + of, "week")
        {
            return Self::parse(i, i + 3 + of, Sem::WeekdayOfWeek { weekday: d, n });
        }
        // "Monday Tuesday Wednesday …" with nothing between: a timetable's header, any week's
        // days, not the days around the publication date
        if i > 0 && self.weekday(i - 1).is_some() || self.weekday(i + 1).is_some() {
            return Self::parse(i, i + 1, Sem::AnyWeekday(d));
        }
        Self::parse(i, i + 1, Sem::Weekday(d))
    }

    /// Expressions led by "the" or "that": quarters, seasons, anaphoric days, "the weekend".
    fn the_expr(&self, i: usize) -> Option<Parse> {
        let det = self.word(i);
        let j = i + 1;
        // "their weekend clash": a fixture of the story's week, still ahead
        if matches!(det, "their" | "his" | "her" | "its" | "our")
            && self.is(j, "weekend")
            && has_role(self.word(j + 1), ContextRole::Fixture)
        {
            return Self::parse(j, j + 1, Sem::Shift { unit: Unit::Weekend, n: 0, anaphoric: false });
        }
        // Halves: "the first half of 2013", "the second half"
        let hi = if det == "the" { j } else { i };
        if let Some(h) = self.class(hi, |c| match c {
            WordClass::Ord(n) if (1..=2).contains(n) => Some(*n as u8),
            _ => None,
        }) && self.is(hi + 1, "half")
        {
            let p = self.part_of_year(i, hi + 2, Sem::Half { h, year: None })?;
            // "scored twice early in the second half": the match's half, not the year's
            let of_year = p.end > hi + 2;
            if !of_year && self.atoms.iter().any(|a| has_role(&a.lower, ContextRole::Match)) {
                return None;
            }
            // "the first half of the tour", "… of the runners": the half of a thing, not
            // of a year (silver leaves "the second half of the season" unmarked)
            if !of_year && self.is(hi + 2, "of") && !self.names_a_time(hi + 3) {
                return None;
            }
            return Some(p);
        }
        // "H1", "H2 2024": a half year
        if let Some(h) = self.word(i).strip_prefix('h').and_then(|d| d.parse::<u8>().ok())
            && (1..=2).contains(&h)
            && self.atoms[i].capital
        {
            let (year, end) = self.of_year(i + 1);
            return Self::parse(i, end, Sem::Half { h, year });
        }
        // "Q4", "Q4 2012" (not "Q1. Is coffee healthy?", a numbered question)
        if let Some(q) = self.word(i).strip_prefix('q').and_then(|d| d.parse::<u8>().ok())
            && (1..=4).contains(&q)
            && self.atoms[i].capital
            && !((i == 0 || self.is(i - 1, ":"))
                && (self.atoms[i].stop || matches!(self.word(i + 1), "" | ":" | ")")))
        {
            let (year, end) = self.of_year(i + 1);
            return Self::parse(i, end, Sem::Quarter { q: Some(q), year, n: 0 });
        }
        // "the second day of the talks", "the first week of the offensive": a period counted
        // within an event the text names (TBAQ marks "the second day of an offensive" and
        // "the eighth day of" an operation, both the story's own day: the day of reference);
        // a week, month or year is left undated. A calendar period after "of" ("of March",
        // "of this month") is left to the rules below
        if det == "the"
            && self
                .class(j, |c| match c {
                    WordClass::Ord(n) if (1..=10).contains(n) => Some(*n),
                    _ => None,
                })
                .is_some()
            && matches!(self.word(j + 1), "day" | "week" | "month" | "year")
            && self.is(j + 2, "of")
            && self.month(j + 3).is_none()
            && self.year(j + 3).is_none()
            && self.int(j + 3).is_none()
            && !matches!(self.word(j + 3), "this" | "next" | "last" | "that")
            && !self.joined(j + 1)
        {
            let sem = match self.unit(j + 1)? {
                Unit::Day => Sem::ReferenceDay,
                u => Sem::UnfixedPeriod(u),
            };
            return Self::parse(i, j + 2, sem);
        }
        // "the last Sunday of June", "the first Monday in October"
        if det == "the"
            && let Some(n) = self.class(j, |c| match c {
                WordClass::Ord(n) if (-1..=4).contains(n) && *n != 0 => i8::try_from(*n).ok(),
                _ => None,
            })
            && let Some(weekday) = self.weekday(j + 1)
            && matches!(self.word(j + 2), "of" | "in")
            && let Some(month) = self.month(j + 3)
        {
            let (year, end) = self.of_year(j + 4);
            return Self::parse(i, end, Sem::NthWeekdayOf { n, weekday, month, year });
        }
        // "the Sunday after Thanksgiving", "the Friday before March 3": the nearest such weekday
        if det == "the"
            && let Some(weekday) = self.weekday(j)
            && matches!(self.word(j + 1), "after" | "before")
            && let Some(p) = self.holiday_day(j + 2).or_else(|| self.absolute(j + 2))
            && matches!(p.sem, Sem::Holiday { .. } | Sem::Date { day: Some(_), .. })
        {
            let after = self.is(j + 1, "after");
            return Self::parse(i, p.end, Sem::WeekdayBeside { weekday, after, day: Box::new(p.sem) });
        }
        // "in the new year", "early in the New Year": a year ("the New Year's weekend", "the new
        // year festival" are not)
        if det == "the"
            && self.is(j, "new")
            && self.is(j + 1, "year")
            && !self.joined(j + 2)
            && (self.clause_ends(j + 2)
                || !self.atoms.get(j + 2).is_some_and(|a| a.kind == TokenKind::Word)
                || matches!(self.word(j + 2), "and" | "or" | "when" | "as" | "with" | "after" | "before"))
        {
            return Self::parse(i, j + 2, Sem::NewYear);
        }
        // "the 2023-24 season", "the 1985/86 season", "the 2013-14 fiscal year": the first year,
        // with the whole noun phrase (silver marks it so; TBAQ has none)
        if det == "the"
            && let Some((year, k)) = self
                .year(j)
                .and_then(|y| Some((y, self.second_year(j + 1)?)))
                .or_else(|| self.slashed_years(j))
        {
            let k = if matches!(self.word(k), "fiscal" | "school" | "financial" | "academic") {
                k + 1
            } else {
                k
            };
            if matches!(self.word(k), "season" | "year" | "campaign") {
                return Self::parse(i, k + 1, Sem::Date { year: Some(year), month: None, day: None });
            }
        }
        // "in 1990, the year he sang at Eurovision": the year just named, in apposition
        if det == "the"
            && self.is(j, "year")
            && i >= 2
            && self.is(i - 1, ",")
            && let Some(year) = self.year(i - 2)
            && self.atoms.get(j + 1).is_some_and(|a| a.kind == TokenKind::Word)
            && !matches!(self.word(j + 1), "of" | "before" | "after" | "earlier" | "later" | "ago")
        {
            return Self::parse(i, j + 1, Sem::Date { year: Some(year), month: None, day: None });
        }
        // "results are expected by the 15th": a day of the month in view, after a preposition
        let w = self.word(j);
        if det == "the"
            && i > 0
            && matches!(self.word(i - 1), "by" | "on" | "until" | "before" | "after" | "since")
            && w.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
            && self.clause_ends(j + 1)
            && let Some(day) = self.day(j).filter(|d| (1..=31).contains(d))
        {
            return Self::parse(i, j + 1, Sem::DayInView(day));
        }
        // "the same quarter last year", "the same quarter a year earlier": the latest quarter,
        // a year back
        if det == "the" && self.is(j, "same") && self.is(j + 1, "quarter") {
            let end = match (self.word(j + 2), self.word(j + 3), self.word(j + 4)) {
                ("last", "year", _) => j + 4,
                ("a", "year", "earlier" | "ago" | "before") => j + 5,
                _ => return None,
            };
            return Self::parse(i, end, Sem::ShiftedQuarter { q: None, years: -1 });
        }
        // "the holiday quarter": the October-December quarter that holds the year-end holidays
        if det == "the" && self.is(j, "holiday") && self.is(j + 1, "quarter") {
            return self.part_of_year(i, j + 2, Sem::Quarter { q: Some(4), year: None, n: 0 });
        }
        // "the July-September quarter", "the April-June period": a calendar quarter by its months
        let mi = if det == "the" { j } else { i };
        // ("January-March" is two atoms, the second joined; "January to March" three)
        let last = if self.joined(mi + 1) { mi + 1 } else { mi + 2 };
        if let Some(first) = self.month(mi)
            && first % 3 == 1
            && (last == mi + 1 || matches!(self.word(mi + 1), "–" | "to"))
            && self.month(last) == Some(first + 2)
            && matches!(self.word(last + 1), "quarter" | "period")
        {
            let q = Some(first.div_ceil(3));
            return self.part_of_year(i, last + 2, Sem::Quarter { q, year: None, n: 0 });
        }
        // Quarters: "the third quarter [of 2023]", "third-quarter", "the latest quarter"
        let (qi, has_det) =
            if det == "the" || det == "this" || det == "that" { (j, true) } else { (i, false) };
        if let Some(q) = self.class(qi, |c| match c {
            WordClass::Ord(n) if (1..=4).contains(n) => Some(*n as u8),
            _ => None,
        }) && self.is(qi + 1, "quarter")
        {
            return self.part_of_year(i, qi + 2, Sem::Quarter { q: Some(q), year: None, n: 0 });
        }
        if has_det
            && self.is(qi + 1, "quarter")
            && matches!(self.word(qi), "latest" | "last" | "past" | "current")
            || has_det && self.is(qi, "latest") && self.is(qi + 1, "period")
        {
            let n = if self.is(qi, "current") { 0 } else { -1 };
            return Self::parse(i, qi + 2, Sem::Quarter { q: None, year: None, n });
        }
        if det == "the"
            && let Some(y) = self.year(j)
        {
            // "the 1988 quarter", "the 1988 second quarter"
            let ord = self.class(j + 1, |c| match c {
                WordClass::Ord(n) if (1..=4).contains(n) => Some(*n as u8),
                _ => None,
            });
            let qi = if ord.is_some() { j + 2 } else { j + 1 };
            if self.is(qi, "quarter") {
                return match ord {
                    Some(q) => Self::parse(i, qi + 1, Sem::Quarter { q: Some(q), year: Some(y), n: 0 }),
                    None => Self::parse(i, qi + 1, Sem::ShiftedQuarter { q: None, years: 0 })
                        .map(|p| Parse { sem: Sem::ShiftedQuarterOf { year: y }, ..p }),
                };
            }
        }
        // "the quarter ending in December", "the quarter ended Sept. 30": the quarter of that
        // month (the month is an expression of its own)
        if det == "the" && self.is(j, "quarter") && matches!(self.word(j + 1), "ending" | "ended" | "ends") {
            let k = if self.is(j + 2, "in") { j + 3 } else { j + 2 };
            if let Some(m) = self.month(k) {
                return Self::parse(i, j + 1, Sem::Quarter { q: Some(m.div_ceil(3)), year: None, n: 0 });
            }
        }
        if det == "the" && self.is(j, "quarter") && !self.plural(j) {
            return Self::parse(i, j + 1, Sem::Quarter { q: None, year: None, n: -1 });
        }
        // Seasons: "the summer [of 2023]", "summer 2023", "this fall" (in relative)
        let si = if has_det { j } else { i };
        if let Some(code) = self.season(si) {
            let (year, _) = self.of_year(si + 1);
            let prev = if i == 0 { "" } else { self.word(i - 1) };
            // "that summer", "that winter": anaphoric, in the year of the last date mentioned
            if year.is_none() && det == "that" {
                return Self::parse(i, si + 1, Sem::ThatSeason { code });
            }
            // "this summer": the nearest summer, whatever the tense ("the last phase of trials
            // this summer")
            if year.is_none() && det == "this" {
                return Self::parse(i, si + 1, Sem::Season { code, year: None, n: Some(0) });
            }
            // "late winter or early spring" is a time; "a late-winter storm" an adjective
            let positioned = matches!(prev, "early" | "mid" | "late")
                && !(self.joined(si) && self.atoms.get(si + 1).is_some_and(|a| a.kind == TokenKind::Word));
            if year.is_some()
                || has_det
                || positioned
                || matches!(prev, "in" | "during" | "since" | "until" | "by" | "this")
                || self.season_after_timed_season(si)
                || self.season_as_subject(si)
            {
                // "the winter months": the season, with its noun (silver marks it whole)
                if year.is_none() && self.is(si + 1, "months") && !self.joined(si + 1) {
                    return Self::parse(i, si + 2, Sem::Season { code, year: None, n: None });
                }
                return self.part_of_year(i, si + 1, Sem::Season { code, year: None, n: None });
            }
            // "of summer signings", "of winter and summer vegetables"
            if year.is_none() && !has_det && self.season_before_noun(si) {
                return Self::parse(i, si + 1, Sem::Season { code, year: None, n: None });
            }
        }
        // "a 20th century democrat", "the fabled 11th century temple"; the second of two
        // coordinated centuries ("the 16th and 17th centuries")
        if !has_det
            && self.atoms.get(i).is_some_and(|a| a.lower.starts_with(|c: char| c.is_ascii_digit()))
            && let Some(n) = self.day(i).filter(|_| {
                self.is(i + 1, "century")
                    || self.is(i + 1, "centuries")
                        && i >= 2
                        && is_range_word(self.word(i - 1))
                        && self.day(i - 2).is_some()
            })
        {
            return Self::parse(i, i + 2, Sem::Century(i32::from(n) - 1));
        }
        if !has_det {
            return None;
        }
        // "for the year ended Sept. 30" (a length); "for the year", "the year's best
        // results" (the current one)
        // "the 20th century"
        if let Some(n) = self.day(j).filter(|_| self.is(j + 1, "century")) {
            return Self::parse(i, j + 2, Sem::Century(i32::from(n) - 1));
        }
        // "the 16th and 17th centuries": the first of two centuries sharing the noun (TimeML
        // marks each century; the second is found on its own)
        if let Some(n) = self.day(j).filter(|_| {
            self.atoms[j].lower.starts_with(|c: char| c.is_ascii_digit())
                && is_range_word(self.word(j + 1))
                && self.day(j + 2).is_some()
                && self.is(j + 3, "centuries")
        }) {
            return Self::parse(i, j + 1, Sem::Century(i32::from(n) - 1));
        }
        let j =
            if det == "the" && matches!(self.word(j), "fiscal" | "full" | "calendar") { j + 1 } else { j };
        if det == "the"
            && (self.is(j, "year") || self.is(j, "month") && matches!(self.word(i.wrapping_sub(1)), "of"))
        {
            let unit = self.unit(j)?;
            if matches!(self.word(j + 1), "ended" | "ending" | "ends" | "to") {
                return Self::parse(i, j + 1, Sem::Duration { qty: Qty::N(1.0), unit });
            }
            let prev = if i == 0 { "" } else { self.word(i - 1) };
            if matches!(prev, "for" | "of" | "during") || self.is(j + 1, "'s") {
                return Self::parse(i, j + 1, Sem::Shift { unit, n: 0, anaphoric: false });
            }
        }
        // "the week of March 3": the week that day falls in
        if det == "the"
            && self.is(j, "week")
            && self.is(j + 1, "of")
            && let Some(p) = self.absolute(j + 2)
            && matches!(p.sem, Sem::Date { day: Some(_), .. })
        {
            return Self::parse(i, p.end, Sem::WeekOf(Box::new(p.sem)));
        }
        // "the morning", "the night", "that night": a part of the last day mentioned
        if (det == "the" || det == "that")
            && let Some(code) = self.pod(j).filter(|c| matches!(*c, "MO" | "AF" | "EV" | "NI"))
            && !self.is(j + 1, "of")
            && !self.joined(j)
            // "the dawn service", "the night shift": a part of the day as an adjective
            && !has_role(self.word(j + 1), ContextRole::PodNoun)
            // "the overnight shift": an adjective
            && !self.is(j, "overnight")
        {
            return Self::parse(i, j + 1, Sem::PartOfDay { day: Box::new(Sem::ReferenceDay), code });
        }
        // "that day", "the same day", "that week", "the day before"
        let (ui, same) = if self.is(j, "same") { (j + 1, true) } else { (j, false) };
        if let Some(u) = self.unit(ui)
            && !self.plural(ui)
        {
            if u == Unit::Weekend && det == "the" {
                return Self::parse(i, ui + 1, Sem::TheWeekend);
            }
            if matches!(u, Unit::Quarter) {
                return None;
            }
            if same || det == "that" {
                return Self::parse(i, ui + 1, Sem::Shift { unit: u, n: 0, anaphoric: true });
            }
            if matches!(u, Unit::Day)
                && (self.is(ui + 1, "before") || self.is(ui + 1, "after"))
                && (self.clause_ends(ui + 2)
                    || self.is(ui + 2, "yesterday")
                    || matches!(self.word(ui + 2), "and" | "or"))
            {
                let n = if self.is(ui + 1, "before") { -1 } else { 1 };
                if self.is(ui + 2, "yesterday") {
                    return Self::parse(i, ui + 3, Sem::Deictic(-2));
                }
                return Self::parse(i, ui + 2, Sem::Shift { unit: u, n, anaphoric: true });
            }
            // "the day after the game", "the day before the plunge": "the day" alone (TBAQ),
            // the day next to the last one named; in apposition to a day ("Oct. 12, the day
            // before the crash") that day itself
            if matches!(u, Unit::Day)
                && det == "the"
                && !same
                && matches!(self.word(ui + 1), "before" | "after")
                && matches!(self.word(ui + 2), "the" | "his" | "her" | "their" | "its" | "our")
            {
                let named_day = i >= 3
                    && self.is(i - 1, ",")
                    && (self.weekday(i - 2).is_some()
                        || self.month(i - 3).is_some()
                            && self.day(i - 2).is_some_and(|d| (1..=31).contains(&d)));
                let n = if named_day {
                    0
                } else if self.is(ui + 1, "before") {
                    -1
                } else {
                    1
                };
                return Self::parse(i, ui + 1, Sem::Shift { unit: u, n, anaphoric: true });
            }
        }
        None
    }

    /// `part` (a half, quarter or season without a year), with its year when one follows:
    /// "of 2023", ", 2023", "2023", or "of next year", "of last year", "of this year".
    fn part_of_year(&self, i: usize, k: usize, part: Sem) -> Option<Parse> {
        let (year, end) = self.of_year(k);
        // "the first half of the year", "the fourth quarter of the year": this year's, one
        // expression
        let end = if year.is_none()
            && self.is(k, "of")
            && self.is(k + 1, "the")
            && self.is(k + 2, "year")
            && !self.joined(k + 3)
        {
            k + 3
        } else {
            end
        };
        if year.is_none()
            && self.is(k, "of")
            && let Some((n, false)) = self.rel(k + 1)
            && self.unit(k + 2) == Some(Unit::Year)
            && !self.plural(k + 2)
        {
            return Self::parse(i, k + 3, Sem::OfShiftedYear { part: Box::new(part), years: n });
        }
        let part = match part {
            Sem::Half { h, .. } => Sem::Half { h, year },
            Sem::Quarter { q, n, .. } => Sem::Quarter { q, year, n },
            Sem::Season { code, .. } => Sem::Season { code, year, n: None },
            other => other,
        };
        Self::parse(i, end, part)
    }

    /// The atom after the second year of a split year ("-24" of "2023-24", "/86" of "1985/86")
    /// that starts at `k`.
    fn second_year(&self, k: usize) -> Option<usize> {
        let digits = |i: usize| {
            let w = self.word(i);
            (w.len() == 2 || w.len() == 4) && w.bytes().all(|b| b.is_ascii_digit())
        };
        if self.joined(k) && digits(k) {
            return Some(k + 1);
        }
        (matches!(self.word(k), "-" | "/" | "–") && digits(k + 1)).then_some(k + 2)
    }

    /// "1985/86" written as one word at `j`: the first year and the atom after it.
    fn slashed_years(&self, j: usize) -> Option<(i32, usize)> {
        let (first, second) = self.word(j).split_once('/')?;
        let digits = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
        if first.len() != 4 || !(second.len() == 2 || second.len() == 4) || !digits(first) || !digits(second)
        {
            return None;
        }
        let year: i32 = first.parse().ok()?;
        (1000..=2999).contains(&year).then_some((year, j + 1))
    }

    /// "of 2023", ", 2023", "2023" after a period name.
    fn of_year(&self, k: usize) -> (Option<i32>, usize) {
        let y = if self.is(k, "of") || self.is(k, ",") { k + 1 } else { k };
        match self.year(y) {
            Some(year) => (Some(year), y + 1),
            None => (None, k),
        }
    }

    /// Clock times: "3 p.m.", "10:30 a.m.", "noon", "15:00 GMT".
    fn clock(&self, i: usize) -> Option<Parse> {
        let w = self.word(i);
        // "3pm", "9.30am" (full stops are dropped: "930am"), "9:30pm"
        if let Some((number, pm)) =
            w.strip_suffix("pm").map(|n| (n, true)).or_else(|| w.strip_suffix("am").map(|n| (n, false)))
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit() || b == b':')
        {
            let (h, m) = match number.split_once(':') {
                Some((h, m)) => (h, m),
                None if number.len() > 2 => number.split_at(number.len() - 2),
                None => (number, "00"),
            };
            if !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) || h.is_empty() || m.len() != 2 {
                return None;
            }
            let mut hour: u8 = h.parse().ok()?;
            let minute: u8 = m.parse().ok()?;
            if hour == 0 || hour > 12 || minute > 59 {
                return None;
            }
            if pm && hour < 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
            let mut end = i + 1;
            if has_role(self.word(end), ContextRole::Zone) {
                end += 1;
            }
            return self.clock_on_day(i, end, hour, minute);
        }
        let (mut hour, minute, mut end) = if let Some((h, m)) = w.split_once(':') {
            // "4:22.60": a running time with its hundredths, a length, not a time of day
            if m.get(2..).is_some_and(|r| r.starts_with('.') && r.len() > 1) {
                return None;
            }
            let h: u8 = h.parse().ok()?;
            let m: u8 = m.get(..2)?.parse().ok()?;
            (h, m, i + 1)
        } else if let Some(code) = self.pod(i).filter(|c| matches!(*c, "MI" | "MN")) {
            let prev = if i == 0 { "" } else { self.word(i - 1) };
            if !matches!(prev, "at" | "by" | "until" | "before" | "after" | "around" | "since" | "till") {
                return None;
            }
            let h = if code == "MI" { 12 } else { 24 };
            (h, 0, i + 1)
        } else if let Some((h, m)) = dotted_clock(w).filter(|_| matches!(self.word(i + 1), "am" | "pm")) {
            // "8.20 a.m.": a full stop between hours and minutes, as British and wire copy
            // write it; only before "a.m."/"p.m.", where it cannot be an amount
            (h, m, i + 1)
        } else if let Some(hm) = self.int(i).filter(|_| {
            (3..=4).contains(&self.word(i).len())
                && matches!(self.word(i + 1), "utc" | "gmt")
                && i > 0
                && matches!(
                    self.word(i - 1),
                    "at" | "by" | "until" | "till" | "before" | "after" | "around" | "about" | "from" | "to"
                )
                && !(i > 1 && matches!(self.word(i - 2), "(" | "["))
        }) {
            // "at 2100 UTC": a 24-hour time written without a colon before the universal zone,
            // after a preposition of time. In brackets ("10:35 a.m. (0735 GMT)") it restates the
            // time just given, which TBAQ and our catalogue leave unmarked; without a
            // preposition it is a page's stamp ("Updated 1423 GMT")
            let (h, m) = (u8::try_from(hm / 100).ok()?, u8::try_from(hm % 100).ok()?);
            if h > 23 || m > 59 {
                return None;
            }
            return self.clock_on_day(i, i + 2, h, m);
        } else {
            let h = self.int(i).or_else(|| {
                self.class(i, |c| match c {
                    WordClass::Num(n) if *n <= 12 => Some(*n),
                    _ => None,
                })
            })?;
            if !matches!(self.word(i + 1), "am" | "pm" | "o'clock") {
                return None;
            }
            (u8::try_from(h).ok()?, 0, i + 1)
        };
        match self.word(end) {
            "pm" if hour < 12 => {
                hour += 12;
                end += 1;
            }
            "am" if hour == 12 => {
                hour = 0;
                end += 1;
            }
            "am" | "pm" | "o'clock" => end += 1,
            _ if w.contains(':') => {}
            _ if end == i + 1 && hour == 12 || hour == 24 => {}
            _ => return None,
        }
        if hour > 24 || minute > 59 {
            return None;
        }
        if has_role(self.word(end), ContextRole::Zone) {
            end += 1;
        }
        self.clock_on_day(i, end, hour, minute)
    }

    /// The clock time `start..end` with the day written after it, if any: "5 p.m. EST, Nov. 9",
    /// "3 p.m. Friday", "9pm Thursday night", "11pm on Thursday night".
    fn clock_on_day(&self, i: usize, mut end: usize, hour: u8, minute: u8) -> Option<Parse> {
        let mut sem = Sem::Clock { day: None, hour, minute };
        // "5 p.m. EST, Nov. 9"
        let k = if self.is(end, ",") { end + 1 } else { end };
        if let Some(p) = self.absolute(k)
            && matches!(p.sem, Sem::Date { day: Some(_), .. })
            && p.start == k
        {
            return Self::parse(i, p.end, Sem::Clock { day: Some(Box::new(p.sem)), hour, minute });
        }
        // "8 p.m. local time on Sunday": the day comes after "local time" (left out of the
        // extent: the gold sets split on it)
        let after = if self.is(end, "local") && self.is(end + 1, "time") { end + 2 } else { end };
        // "5 p.m. on March 29": two expressions, the clock time on that day
        if self.is(after, "on")
            && let Some(p) = self.absolute(after + 1)
            && matches!(p.sem, Sem::Date { day: Some(_), .. })
        {
            return Self::parse(i, end, Sem::Clock { day: Some(Box::new(p.sem)), hour, minute });
        }
        // "7:30 this morning": one expression, on the publication day
        if self.is(after, "this")
            && self.pod(after + 1).is_some_and(|c| matches!(c, "MO" | "AF" | "EV" | "NI"))
        {
            return Self::parse(
                i,
                after + 2,
                Sem::Clock { day: Some(Box::new(Sem::Deictic(0))), hour, minute },
            );
        }
        // "3 p.m. Friday", "10 a.m. today"
        let k = if self.is(after, "on") { after + 1 } else { after };
        if let Some(day) = self.weekday(k).map(Sem::Weekday).or_else(|| {
            self.class(k, |c| match c {
                WordClass::Deictic(n, None) => Some(Sem::Deictic(*n)),
                _ => None,
            })
        }) {
            sem = Sem::Clock { day: Some(Box::new(day)), hour, minute };
            // "3 p.m. Friday" is one expression; "3 p.m. on Friday" two, on the same day, and
            // so is "9pm Thursday night" (the part of the day is an expression of its own)
            if k == end && self.pod(k + 1).is_none() {
                end = k + 1;
            }
        }
        Self::parse(i, end, sem)
    }

    fn holiday(&self, i: usize) -> Option<Parse> {
        // "the Thanksgiving weekend", "this Easter weekend": the weekend of the holiday, with
        // its determiner
        if self.is(i, "the") || self.is(i, "this") {
            let weekend = self
                .holiday(i + 1)
                .filter(|p| matches!(p.sem, Sem::HolidayWeekend { .. }))
                .map(|p| Parse { start: i, ..p });
            // ("this Christmas" alone is read below)
            if weekend.is_some() || self.is(i, "the") {
                return weekend;
            }
        }
        // "last Christmas", "next Valentine's Day": the occurrence before or after the publication
        // date
        let n = match self.word(i) {
            "last" => Some(-1),
            "next" => Some(1),
            _ => None,
        };
        if let Some(n) = n
            && let Some(p) = self.holiday_day(i + 1)
            && let Sem::Holiday { code, year: None } = p.sem
            && let Some((m, d)) = code.split_once('-')
            && let (Ok(month), Ok(day)) = (m.parse::<u8>(), d.parse::<u8>())
        {
            return Self::parse(i, p.end, Sem::NamedDay { month, day, n });
        }
        // "this Christmas": the determiner belongs to the day
        if self.is(i, "this")
            && let Some(p) = self.holiday_day(i + 1)
            && matches!(p.sem, Sem::Holiday { year: None, .. })
            && !self.is(p.end, "weekend")
        {
            return Some(Parse { start: i, ..p });
        }
        let p = self.holiday_day(i)?;
        if let Sem::Holiday { code, year } = p.sem
            && self.is(p.end, "weekend")
        {
            return Self::parse(i, p.end + 1, Sem::HolidayWeekend { code, year });
        }
        Some(p)
    }

    fn holiday_day(&self, i: usize) -> Option<Parse> {
        let a = self.atoms.get(i)?;
        if !a.capital {
            return None;
        }
        // "Labor Day", "Valentine's Day", "Martin Luther King Day"
        for len in (2..=4).rev() {
            // every such holiday ends in "day" ("Good Friday"): no key to build otherwise
            if !self.word(i + len - 1).ends_with("day") {
                continue;
            }
            let mut key = String::new();
            for k in i..(i + len).min(self.atoms.len()) {
                let w = self.word(k);
                if !key.is_empty() && !w.starts_with('\'') {
                    key.push(' ');
                }
                key.push_str(w);
            }
            if let Some(code) = classes(&key).iter().find_map(|c| match c {
                WordClass::Holiday(h) => Some(*h),
                _ => None,
            }) {
                let (year, end) = self.of_year(i + len);
                let year = year.or_else(|| self.year_after(end, code));
                return Self::parse(i, end, Sem::Holiday { code, year });
            }
        }
        let mut end = i + 1;
        let mut code = self.class(i, |c| match c {
            WordClass::Holiday(h) => Some(*h),
            _ => None,
        });
        // "New Year's", "New Year's Eve" ("'s" joined or apart)
        let apart = self.is(i + 1, "year") && self.is(i + 2, "'s");
        if self.is(i, "new") && (self.is(i + 1, "year's") || apart) {
            code = Some("01-01");
            end = if apart { i + 3 } else { i + 2 };
            // "a New Year's crisis": a modifier, not the day
            if self.atoms.get(end).is_some_and(|a| a.kind == TokenKind::Word && !a.capital)
                && !matches!(self.word(end), "eve" | "day")
            {
                return None;
            }
            if self.is(end, "eve") {
                code = Some("12-31");
                end += 1;
            }
        }
        let mut code = code?;
        if self.is(end, "eve") && code == "12-25" {
            code = "12-24";
            end += 1;
        } else if self.is(end, "day") {
            end += 1;
        }
        let (year, end) = self.of_year(end);
        let year = year.or_else(|| self.year_after(end, code));
        Self::parse(i, end, Sem::Holiday { code, year })
    }

    /// Most lowercase words between a holiday and the "in" of a date that gives its year
    /// ("a Christmas office party in December 1998").
    const HOLIDAY_NOUNS: usize = 3;

    /// The year of a date just after a holiday that names no year of its own ("a Christmas
    /// party in December 1998", "the Easter rising in 1916"): the holiday falls in it. A month
    /// must be the holiday's own ("Christmas shopping in January 2001" is no Christmas then).
    fn year_after(&self, k: usize, code: &str) -> Option<i32> {
        let own_month = code.split_once('-').and_then(|(m, _)| m.parse::<u8>().ok());
        for j in k..=k + Self::HOLIDAY_NOUNS {
            let a = self.atoms.get(j)?;
            if a.lower == "in" {
                if let Some(y) = self.year(j + 1) {
                    return Some(y);
                }
                let m = self.month(j + 1)?;
                return (own_month == Some(m)).then(|| self.year(j + 2)).flatten();
            }
            if a.kind != TokenKind::Word || a.capital {
                return None;
            }
        }
        None
    }

    /// "2023-06-14", "6/14/2023", "06/14/23".
    fn numeric_date(&self, i: usize) -> Option<Parse> {
        let w = self.word(i);
        let a = self.atoms.get(i)?;
        if a.kind != TokenKind::Number {
            return None;
        }
        let parts: Vec<&str> = if w.len() == 10 && w.as_bytes().get(4) == Some(&b'-') {
            w.split('-').collect()
        } else {
            let p: Vec<&str> = w.split('/').collect();
            if p.len() != 3 {
                return None;
            }
            // "7/8/07": a two-digit year (see [`two_digit_year`])
            let year = match p[2].len() {
                4 => p[2].to_string(),
                2 => two_digit_year(p[2].parse().ok()?).to_string(),
                _ => return None,
            };
            let m: u8 = p[0].parse().ok()?;
            let d: u8 = p[1].parse().ok()?;
            // "22/03/2013": day first, as British and European copy writes it, when the first
            // number cannot be a month
            let (m, d) = if m > 12 && d <= 12 { (d, m) } else { (m, d) };
            let y: i32 = year.parse().ok()?;
            return Self::parse(i, i + 1, Sem::Date { year: Some(y), month: Some(m), day: Some(d) });
        };
        if parts.len() != 3 {
            return None;
        }
        let y: i32 = parts[0].parse().ok()?;
        let m: u8 = parts[1].parse().ok()?;
        let d: u8 = parts[2].parse().ok()?;
        Self::parse(i, i + 1, Sem::Date { year: Some(y), month: Some(m), day: Some(d) })
    }

    /// Quantities of time: durations ("three years", "the past two months", "a two-year
    /// plan") and offsets ("two days ago", "a year earlier").
    fn quantity_expr(&self, i: usize) -> Option<Parse> {
        // "between three and four weeks": a range of lengths, "between" inside (the fifth news
        // sample), one expression valued as "two to three weeks" below
        if self.is(i, "between")
            && let Some((Qty::N(_), j)) = self.qty(i + 1)
            && self.is(j, "and")
            && let Some((qty @ Qty::N(_), u)) = self.qty(j + 1)
            && let Some(unit) =
                self.unit(u).filter(|_| self.plural(u) && !self.joined(u) && !self.is(u + 1, "old"))
        {
            return Self::parse(i, u + 1, Sem::Duration { qty, unit });
        }
        let mut start = i;
        let mut k = i;
        let mut the = false;
        if self.is(k, "the") {
            the = true;
            k += 1;
            if matches!(self.word(k), "past" | "last" | "next" | "coming" | "previous" | "first" | "final") {
                k += 1;
            }
            if self.is(k, "first") || self.is(k, "last") {
                k += 1;
            }
        } else if matches!(self.word(k), "past" | "last" | "next" | "coming") && self.qty(k + 1).is_some() {
            // "is planned to last two years", "will last three days": the verb, outside the extent
            if self.is(k, "last") && k > 0 && LAST_AS_VERB.contains(&self.word(k - 1)) {
                return None;
            }
            k += 1;
        }
        // "exports plunged by a quarter", "a quarter of the staff": a fraction, not three months
        if matches!(self.word(k), "a" | "one")
            && self.is(k + 1, "quarter")
            && (k > 0 && self.is(k - 1, "by")
                || self.is(k + 2, "of") && !matches!(self.word(k + 3), "a" | "an"))
        {
            return None;
        }
        let (qty, u_at) = match self.qty(k) {
            Some(q) => q,
            None => {
                // bare plural unit: "for years", "in recent years"
                self.unit(k)?;
                // "a decade-long dispute", "day-long talks"
                if self.joined(k + 1) && self.is(k + 1, "long") {
                    let qty = if self.plural(k) { Qty::X } else { Qty::N(1.0) };
                    return Self::parse(k, k + 2, Sem::Duration { qty, unit: self.unit(k)? });
                }
                if !self.plural(k) || the {
                    return None;
                }
                let prev = if k == 0 { "" } else { self.word(k - 1) };
                // "in recent years": a vague length (TBAQ 6 of 10, silver 58 of 61 write `PXY`)
                if prev == "recent" {
                    start = k - 1;
                    return Self::parse(start, k + 1, Sem::Duration { qty: Qty::X, unit: self.unit(k)? });
                }
                // "months ago": a vague length, as TBAQ writes it (`PXM`)
                if self.is(k + 1, "ago") {
                    return Self::parse(k, k + 2, Sem::Duration { qty: Qty::X, unit: self.unit(k)? });
                }
                // "hours later": an unknown number of them
                // "crossing the border days after a sniper killed…": days of the event's month,
                // a date (TBAQ, twice; not "in the first days after", "those days before")
                let counted_from = self.is(k, "days")
                    && matches!(self.word(k + 1), "after" | "before")
                    && !self.clause_ends(k + 2)
                    && k > 0
                    && self.atoms[k - 1].kind == TokenKind::Word
                    && !matches!(
                        prev,
                        "the"
                            | "those"
                            | "these"
                            | "first"
                            | "early"
                            | "final"
                            | "last"
                            | "of"
                            | "its"
                            | "their"
                            | "his"
                            | "her"
                            | "our"
                            | "my"
                            | "your"
                            | "many"
                            | "some"
                            | "two"
                            | "few"
                    );
                if counted_from {
                    return Self::parse(k, k + 1, Sem::DaysOfEvent);
                }
                // "just months before the vote", "came years after the war": an unknown number
                // of them (silver marks bare "months" before "after"/"before"; not "hours",
                // which it leaves unmarked, nor "days", a date above)
                let counted_span = matches!(self.word(k), "months" | "years")
                    && matches!(self.word(k + 1), "after" | "before" | "since")
                    && !self.clause_ends(k + 2)
                    && k > 0
                    && self.atoms[k - 1].kind == TokenKind::Word
                    && !matches!(
                        prev,
                        "those" | "these" | "its" | "their" | "his" | "her" | "our" | "my" | "your"
                    );
                if !matches!(prev, "for" | "over" | "within" | "in")
                    && !matches!(self.word(k + 1), "ago" | "later")
                    && !counted_span
                {
                    return None;
                }
                (Qty::X, k)
            }
        };
        // "two to three weeks", "the next 12 to 18 months", "one or two months": a range of
        // lengths is one expression (TBAQ, twice; silver; the fifth and seventh news samples),
        // valued by its upper count, as silver writes it ("four to six weeks" `P6W`; TBAQ has
        // `P2W` and `PXM`, the news samples `PXW`: the value is left as the second count gave it
        // before ranges were joined)
        let (qty, u_at) = self.length_range(qty, u_at).unwrap_or((qty, u_at));
        // "two more weeks", "20 additional years"
        let u_at = if matches!(
            self.word(u_at),
            "more" | "additional" | "extra" | "trading" | "business" | "working" | "straight" | "consecutive"
        ) && self.unit(u_at + 1).is_some()
        {
            u_at + 1
        } else {
            u_at
        };
        let mut unit = self.unit(u_at)?;
        if matches!(unit, Unit::Weekend) {
            return None;
        }
        // "a quarter-century", "a quarter century ago": 25 years
        let (qty, u_at) = match qty {
            Qty::N(n) if unit == Unit::Quarter && self.unit(u_at + 1) == Some(Unit::Century) => {
                unit = Unit::Year;
                (Qty::N(n * 25.0), u_at + 1)
            }
            q => (q, u_at),
        };
        // "the 1988 second quarter": a year, not 1988 seconds
        if matches!(unit, Unit::Second | Unit::Quarter) && self.year(k).is_some() {
            return None;
        }
        // "five-year-old", "52 years old": an age, not a time expression
        if self.is(u_at + 1, "old") {
            return None;
        }
        // "children aged 8 - 10 years", "aged 12 years": an age too ("at the age of nine
        // months" is left alone: silver marks it)
        let from = if start >= 2
            && is_range_word(self.word(start - 1))
            && self.atoms[start - 2].kind == TokenKind::Number
        {
            start - 2
        } else {
            start
        };
        if from > 0 && self.is(from - 1, "aged") {
            return None;
        }
        // "three-quarters of its food", "the last-minute effort": not time
        if self.joined(u_at)
            && (unit == Unit::Quarter && self.plural(u_at) || k > i && self.joined(k) && qty == Qty::N(1.0))
        {
            return None;
        }
        // "a second group": an ordinal
        // ("and a second, in January": an ordinal too; a length after "for", "in", "within")
        if matches!(self.word(k), "a" | "an")
            && unit == Unit::Second
            && (!self.clause_ends(u_at + 1)
                || !matches!(self.word(k.wrapping_sub(1)), "for" | "in" | "within" | "about" | "than"))
        {
            return None;
        }
        // "$500 million a year", "15 a year": a rate, annotated as the length "a year" (AQUAINT,
        // MEANTIME)
        // "the eight-year war": an adjectival duration leaves the determiner out; but "a
        // three-year period", "the eight-week period" are the length whole (TBAQ: "a three-year
        // period", "the year-ago period"; the first and third news samples)
        // ("the extra seven-day period" keeps "seven-day" alone: AQUAINT)
        let det = if start < k { Some(start) } else { k.checked_sub(1) };
        let period_noun = self.joined(u_at)
            && self.is(u_at + 1, "period")
            && !self.plural(u_at)
            && det.is_some_and(|d| d + 1 == k && matches!(self.word(d), "a" | "an" | "the"));
        if period_noun && let Some(d) = det {
            return Self::parse(d, u_at + 2, Sem::Duration { qty, unit });
        }
        if self.joined(u_at) && start < k {
            start = k;
        }
        // "one day" as in "one day, he…" is vague; "a day" after "once", "per", "twice": a set
        let prev = if start == 0 { "" } else { self.word(start - 1) };
        if matches!(self.word(k), "a" | "an") && matches!(prev, "once" | "twice" | "times" | "per") {
            return None;
        }
        let mut end = u_at + 1;
        // "a year and a half"
        let qty = match qty {
            Qty::N(n) if self.is(end, "and") && self.is(end + 1, "a") && self.is(end + 2, "half") => {
                end += 3;
                Qty::N(n + 0.5)
            }
            q => q,
        };
        let next = self.word(end);
        let (sign, anaphoric) = match next {
            "ago" => (Some(-1), false),
            // "a few weeks back, I said": "back" closing its clause is "ago" ("pushed back a
            // week", "two years back home" are not)
            "back" if self.clause_ends(end + 1) => (Some(-1), false),
            "earlier" => (Some(-1), true),
            "later" => (Some(1), true),
            // "two days before the vote" is a duration; "two days before," a date
            "before" | "after" if self.clause_ends(end + 1) => {
                (Some(if next == "before" { -1 } else { 1 }), true)
            }
            "from" if self.is(end + 1, "now") => (Some(1), false),
            // "in a week's time", "in two weeks' time": that far from the story's day
            "'s" | "'" if self.is(end + 1, "time") && prev == "in" => (Some(1), false),
            _ => (None, false),
        };
        if let Some(sign) = sign
            && !the
        {
            end += if matches!(next, "from" | "'s" | "'") { 2 } else { 1 };
            // "in a week's time" from the story's day is a day: seven days on
            let (qty, unit) = match qty {
                Qty::N(n) if matches!(next, "'s" | "'") && unit == Unit::Week => (Qty::N(n * 7.0), Unit::Day),
                q => (q, unit),
            };
            // "a year earlier" in an earnings story compares quarters: handled in resolution
            return Self::parse(start, end, Sem::Ago { qty, unit, sign, anaphoric });
        }
        // "year-earlier", "year-ago" with no number
        Self::parse(start, end, Sem::Duration { qty, unit })
    }

    /// A second count after "to" or "or" at `at`, before a plural unit ("two to three weeks",
    /// "one or two months"): that count and the unit's atom. None when `at` starts no range.
    fn length_range(&self, qty: Qty, at: usize) -> Option<(Qty, usize)> {
        // "sentenced in 1995 to 15 years": a year, then the length alone; "between two to six
        // days" TBAQ marks as two ("two", "six days")
        if !matches!(qty, Qty::N(_))
            || !matches!(self.word(at), "to" | "or")
            || self.unit(at).is_some()
            || at.checked_sub(1).is_some_and(|y| self.year(y).is_some())
            || at.checked_sub(2).is_some_and(|b| self.is(b, "between"))
        {
            return None;
        }
        let (upper @ Qty::N(_), u) = self.qty(at + 1)? else {
            return None;
        };
        // "five to 10-year-olds", "two or three years old": ages, not lengths
        (self.unit(u).is_some() && self.plural(u) && !self.joined(u) && !self.is(u + 1, "old"))
            .then_some((upper, u))
    }

    /// True when atom `i` is an amount: a number, money or a counted plural ("seats").
    fn is_amount(&self, i: usize) -> bool {
        let Some(a) = self.atoms.get(i) else { return false };
        let w = a.lower.as_str();
        a.kind == TokenKind::Number
            || matches!(
                w,
                "million" | "billion" | "thousand" | "cents" | "percent" | "%" | "dollars" | "times"
            )
            || (w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") && self.unit(i).is_none() && !a.capital)
    }

    /// True when atom `i` ends a clause: punctuation or the end of the sentence.
    fn clause_ends(&self, i: usize) -> bool {
        self.atoms.get(i).is_none_or(|a| a.kind == TokenKind::Punct)
    }

    /// Vague references: "now", "recently", "the future", "the past".
    fn reference(&self, i: usize) -> Option<Parse> {
        let w = self.word(i);
        // "right now": the adverb with its intensifier (TBAQ marks it whole)
        if w == "right" && self.is(i + 1, "now") && !self.joined(i + 1) {
            return Self::parse(i, i + 2, Sem::Ref("PRESENT_REF"));
        }
        if w == "these" && self.is(i + 1, "days") {
            return Self::parse(i, i + 2, Sem::Ref("PRESENT_REF"));
        }
        // "the current champion", "the current Georgian champion", "current Apple chief": who
        // holds a title now, not a time (the three news samples and MEANTIME leave these
        // unmarked; TBAQ's marked "current" qualify things: "current market conditions")
        // (an office after one or two capitalised words too: "current Prime Minister", "the
        // current US leader"; "the current US strategy" stays)
        let office = |k: usize| has_role(self.word(k), ContextRole::Office);
        let capital = |k: usize| self.atoms.get(k).is_some_and(|a| a.capital && a.kind == TokenKind::Word);
        if w == "current"
            && (office(i + 1) || capital(i + 1) && (office(i + 2) || capital(i + 2) && office(i + 3)))
        {
            return None;
        }
        // "over the years", "through the decades": a vague length
        if w == "the"
            && i > 0
            && matches!(self.word(i - 1), "over" | "through" | "throughout")
            && self.plural(i + 1)
            && let Some(unit) = self.unit(i + 1)
        {
            return Self::parse(i, i + 2, Sem::Duration { qty: Qty::X, unit });
        }
        // "the weeks ahead"; "the years to come" (the extent leaves "to come" out)
        if w == "the"
            && self.plural(i + 1)
            && self.is(i + 2, "to")
            && self.is(i + 3, "come")
            && let Some(unit) = self.unit(i + 1).filter(|u| !matches!(u, Unit::Weekend | Unit::Quarter))
        {
            return Self::parse(i, i + 2, Sem::Duration { qty: Qty::X, unit });
        }
        if w == "the"
            && self.plural(i + 1)
            && self.is(i + 2, "ahead")
            && let Some(unit) = self.unit(i + 1).filter(|u| !matches!(u, Unit::Weekend | Unit::Quarter))
        {
            return Self::parse(i, i + 3, Sem::Duration { qty: Qty::X, unit });
        }
        // "the week ahead", "the president's busy week ahead": the coming week (not "a week
        // ahead of the vote", a length)
        let k = if w == "the" { i + 1 } else { i };
        if self.is(k, "week") && self.is(k + 1, "ahead") && !self.is(k + 2, "of") && !self.joined(k + 1) {
            return Self::parse(i, k + 2, Sem::Shift { unit: Unit::Week, n: 1, anaphoric: false });
        }
        // "Islam will one day be …", "One day, we may wear …": some time ahead, not a length
        if w == "one" && self.is(i + 1, "day") {
            let modal = |k: usize| MODALS.contains(&self.word(k));
            let after_modal = i > 0 && modal(i - 1);
            let opens_modal_clause = i == 0 && self.is(i + 2, ",") && (i + 3..i + 6).any(modal);
            if after_modal || opens_modal_clause {
                return Self::parse(i, i + 2, Sem::Ref("FUTURE_REF"));
            }
        }
        // "at a later date"
        if w == "a" && self.is(i + 1, "later") && self.is(i + 2, "date") {
            return Self::parse(i, i + 3, Sem::Ref("FUTURE_REF"));
        }
        // "the year-earlier period", "the year-ago quarter", "year-ago period": the noun phrase
        // (TBAQ)
        let y = if w == "the" { i + 1 } else { i };
        if matches!(self.word(y), "year" | "month" | "week")
            && self.joined(y + 1)
            && matches!(self.word(y + 1), "earlier" | "ago")
            && matches!(self.word(y + 2), "period" | "quarter")
        {
            let unit = self.unit(y)?;
            return Self::parse(i, y + 3, Sem::Ago { qty: Qty::N(1.0), unit, sign: -1, anaphoric: false });
        }
        if w == "the" || w == "a" {
            let code = match self.word(i + 1) {
                // "the future of our peoples" is a noun phrase, not a time
                "future" if w == "the" && !self.is(i + 2, "of") => "FUTURE_REF",
                "near" | "distant" | "short" | "long"
                    if self.is(i + 2, "future") || self.is(i + 2, "term") && self.word(i + 1) != "long" =>
                {
                    return Self::parse(i, i + 3, Sem::Ref("FUTURE_REF"));
                }
                "past" if !matches!(self.word(i + 2), "few" | "several") && self.qty(i + 2).is_none() => {
                    if self.unit(i + 2).is_some() || self.plural_noun(i + 2) {
                        return None;
                    }
                    "PAST_REF"
                }
                "present" if !self.atoms.get(i + 2).is_some_and(|a| a.kind == TokenKind::Word) => {
                    "PRESENT_REF"
                }
                _ => return None,
            };
            return Self::parse(i, i + 2, Sem::Ref(code));
        }
        // "up 14 percent year to date", "year-to-date gains": the current year
        if w == "year" && self.is(i + 1, "to") && self.is(i + 2, "date") && !self.is(i.wrapping_sub(1), "the")
        {
            return Self::parse(i, i + 3, Sem::Shift { unit: Unit::Year, n: 0, anaphoric: false });
        }
        if (w == "year" || w == "month" || w == "week") && self.joined(i + 1) {
            // "year-earlier", "year-ago": a year before the period the story reports on
            if matches!(self.word(i + 1), "earlier" | "ago") {
                let unit = self.unit(i)?;
                return Self::parse(
                    i,
                    i + 2,
                    Sem::Ago { qty: Qty::N(1.0), unit, sign: -1, anaphoric: false },
                );
            }
        }
        let code = self.class(i, |c| match c {
            WordClass::Ref(r) => Some(*r),
            _ => None,
        })?;
        if w == "now" && i == 0 && self.is(i + 1, ",") {
            return None;
        }
        if w == "soon" && (i > 0 && self.is(i - 1, "as") || self.is(i + 1, "after")) {
            return None;
        }
        Self::parse(i, i + 1, Sem::Ref(code))
    }

    /// Recurrences: "every Monday", "each year", "daily", "twice a week".
    fn set(&self, i: usize) -> Option<Parse> {
        let w = self.word(i);
        // "per hour" in "50 miles per hour" is a rate, never annotated (TBAQ, MEANTIME, silver)
        if w == "every" || w == "each" {
            let k = i + 1;
            // "every other week": every second one
            if w == "every"
                && self.is(k, "other")
                && let Some(unit) = self.unit(k + 1).filter(|_| !self.plural(k + 1))
            {
                return Self::parse(i, k + 2, Sem::Set(period_value(Qty::N(2.0), unit)?));
            }
            // "each morning", "every evening"
            if let Some(code) = self.pod(k).filter(|c| matches!(*c, "MO" | "AF" | "EV" | "NI"))
                && !self.plural(k)
            {
                return Self::parse(i, k + 1, Sem::Set(format!("XXXX-XX-XXT{code}")));
            }
            if let Some(d) = self.weekday(k) {
                // "every Friday night"
                if let Some(code) = self.pod(k + 1).filter(|c| matches!(*c, "MO" | "AF" | "EV" | "NI")) {
                    return Self::parse(i, k + 2, Sem::Set(format!("XXXX-WXX-{d}T{code}")));
                }
                return Self::parse(i, k + 1, Sem::Set(format!("XXXX-WXX-{d}")));
            }
            // "each February", "every September"
            if let Some(m) = self.month(k).filter(|_| self.atoms[k].capital && !self.plural(k)) {
                return Self::parse(i, k + 1, Sem::Set(format!("XXXX-{m:02}")));
            }
            // "each summer", "every spring"
            if let Some(code) = self.season(k) {
                return Self::parse(i, k + 1, Sem::Set(format!("XXXX-{code}")));
            }
            // "every few months": a vague period
            if let Some((Qty::X, j)) = self.qty(k)
                && let Some(unit) = self.unit(j).filter(|u| self.plural(j) && *u != Unit::Weekend)
            {
                return Self::parse(i, j + 1, Sem::Set(period_value(Qty::X, unit)?));
            }
            let (qty, u_at) = match self.qty(k) {
                Some((Qty::N(n), j)) if !matches!(self.word(k), "a" | "an") => (n, j),
                _ => (1.0, k),
            };
            let unit = self.unit(u_at)?;
            // "people's every day lives": the adjective "everyday" written apart
            if unit == Unit::Day && u_at == k && has_role(self.word(k + 1), ContextRole::EverydayNoun) {
                return None;
            }
            // "every weekend": the weekend of every week, as "on weekends"
            if unit == Unit::Weekend && qty == 1.0 {
                return Self::parse(i, u_at + 1, Sem::Set("XXXX-WXX-WE".to_string()));
            }
            return Self::parse(i, u_at + 1, Sem::Set(period_value(Qty::N(qty), unit)?));
        }
        if (w == "once" || w == "twice") && matches!(self.word(i + 1), "a" | "an" | "per" | "every") {
            let unit = self.unit(i + 2)?;
            // "Once A Day Lotion": a product's name, every word capitalised
            if (i..i + 4).all(|k| self.atoms.get(k).is_some_and(|a| a.capital && a.kind == TokenKind::Word)) {
                return None;
            }
            return Self::parse(i, i + 3, Sem::Set(period_value(Qty::N(1.0), unit)?));
        }
        // "three times a week"
        if let Some((Qty::N(_), k)) = self.qty(i).filter(|_| !matches!(w, "a" | "an"))
            && self.is(k, "times")
            && matches!(self.word(k + 1), "a" | "an" | "per" | "every")
            && let Some(unit) = self.unit(k + 2).filter(|_| !self.plural(k + 2))
        {
            return Self::parse(i, k + 3, Sem::Set(period_value(Qty::N(1.0), unit)?));
        }
        // "two days a week", "three nights a week": so many days of every week, one recurrence
        // of the longer unit (all three news samples mark it whole; "24 hours a day" stays
        // unmarked, as in TBAQ)
        if let Some((Qty::N(_), k)) = self.qty(i).filter(|_| !matches!(w, "a" | "an"))
            && matches!(self.word(k), "days" | "nights" | "evenings" | "mornings" | "afternoons")
            && matches!(self.word(k + 1), "a" | "per")
            && let Some(unit) = self
                .unit(k + 2)
                .filter(|u| !self.plural(k + 2) && matches!(u, Unit::Week | Unit::Month | Unit::Year))
        {
            return Self::parse(i, k + 3, Sem::Set(period_value(Qty::N(1.0), unit)?));
        }
        // "Tuesday nights": every Tuesday night
        if let Some(d) = self.weekday(i)
            && let Some(code) = self.word(i + 1).strip_suffix('s').and_then(|single| {
                classes(single).iter().find_map(|c| match c {
                    WordClass::PartOfDay(p) if matches!(*p, "MO" | "AF" | "EV" | "NI") => Some(*p),
                    _ => None,
                })
            })
        {
            return Self::parse(i, i + 2, Sem::Set(format!("XXXX-WXX-{d}T{code}")));
        }
        // "on weekends": every weekend
        if w == "weekends" && i > 0 && self.is(i - 1, "on") {
            return Self::parse(i, i + 1, Sem::Set("XXXX-WXX-WE".to_string()));
        }
        // "on Mondays": every Monday
        if let Some(single) = w.strip_suffix('s')
            && self.atoms[i].capital
            && let Some(d) = classes(single).iter().find_map(|c| match c {
                WordClass::Weekday(d) if single.len() > 4 => Some(*d),
                _ => None,
            })
        {
            return Self::parse(i, i + 1, Sem::Set(format!("XXXX-WXX-{d}")));
        }
        let value = self.class(i, |c| match c {
            WordClass::Set(v) => Some(*v),
            _ => None,
        })?;
        // "the Daily Telegraph", "Daily Mail Australia", "the Weekly Standard": a title; so is
        // one that ends a name ("LA Weekly", "China Daily")
        if self.atoms[i].capital
            && (self.atoms.get(i + 1).is_some_and(|a| a.capital && a.kind == TokenKind::Word)
                || i > 0 && self.atoms[i - 1].capital && self.atoms[i - 1].kind == TokenKind::Word)
        {
            return None;
        }
        Self::parse(i, i + 1, Sem::Set(value.to_string()))
    }

    /// Splits off the first day of a day range that shares its month: "16-21 June",
    /// "from 16 to 21 June"; and adds the second day of "June 16-21".
    fn split_ranges(&self, out: &mut Vec<Parse>) {
        let mut extra = Vec::new();
        for p in out.iter() {
            let Sem::Date { year, month: Some(month), day: Some(_) } = p.sem else { continue };
            // "June 16-21[, 2023]": the day after the dash
            let dash = p.end;
            if is_range_word(self.word(dash))
                && let Some(d2) = self.day(dash + 1)
                && self.month(dash + 2).is_none()
                && self.unit(dash + 2).is_none()
                && self.atoms.get(dash + 1).is_some_and(|a| a.kind == TokenKind::Number)
            {
                let (y2, end) = match year {
                    Some(y) => (Some(y), dash + 2),
                    None => {
                        let k = if self.is(dash + 2, ",") { dash + 3 } else { dash + 2 };
                        match self.year(k) {
                            Some(y) => (Some(y), k + 1),
                            None => (None, dash + 2),
                        }
                    }
                };
                extra.push((
                    None,
                    Parse {
                        start: dash + 1,
                        end,
                        sem: Sem::Date { year: y2, month: Some(month), day: Some(d2) },
                        modifier: None,
                    },
                ));
                continue;
            }
            // "16-21 June": the day before the dash
            // ("iPhone 4 until September 30" is no range: words need "from" or "between")
            let dash = matches!(self.word(p.start.saturating_sub(1)), "-" | "–" | "—");
            let opened = p.start >= 3 && matches!(self.word(p.start - 3), "from" | "between");
            // "on 14 and 15 October", "on 14 or 15 October": two days that share the month
            // (TimeML: two TIMEX3, the first borrowing the month) unless the number before is
            // one of a list of numbers ("3, 14 and 15 October" is left alone)
            let coordinated = matches!(self.word(p.start.saturating_sub(1)), "and" | "or")
                && (p.start < 3 || self.atoms[p.start - 3].kind != TokenKind::Number)
                && !matches!(self.word(p.start.saturating_sub(3)), "," | "of" | "aged" | "ages");
            if p.start >= 2
                && (is_range_word(self.word(p.start - 1)) || self.is(p.start - 1, "or"))
                && (dash || opened || coordinated)
                && let Some(d1) = self.day(p.start - 2)
                && self.atoms[p.start - 2].kind == TokenKind::Number
                && !out.iter().any(|q| q.end > p.start - 2 && q.start < p.start - 1)
            {
                extra.push((
                    Some(p.start - 2),
                    Parse {
                        start: p.start - 2,
                        end: p.start - 1,
                        sem: Sem::Date { year, month: Some(month), day: Some(d1) },
                        modifier: None,
                    },
                ));
            }
        }
        // "June 16-21, 2023": the first part takes the year written after the second
        for (_, e) in &extra {
            if let Sem::Date { year: Some(y), .. } = e.sem
                && let Some(first) = out.iter_mut().find(|p| p.end + 1 == e.start)
                && let Sem::Date { year: year @ None, .. } = &mut first.sem
            {
                *year = Some(y);
            }
        }
        out.extend(extra.into_iter().map(|(_, p)| p));
        out.sort_by_key(|p| p.start);
        out.dedup_by(|b, a| b.start < a.end);
        self.share_years(out);
    }

    /// "August or September 2007", "March to May 2024": the first month takes the year written
    /// after the second (the year before when it comes later in the calendar: "December or
    /// January 2008"); "from 6pm to 10pm on Friday": the first clock time takes the day.
    fn share_years(&self, out: &mut [Parse]) {
        for k in 1..out.len() {
            let (first, rest) = out.split_at_mut(k);
            let (p, q) = (&mut first[k - 1], &rest[0]);
            if p.end + 1 != q.start || !(is_range_word(self.word(p.end)) || self.is(p.end, "or")) {
                continue;
            }
            match (&mut p.sem, &q.sem) {
                (
                    Sem::Date { year: year @ None, month: Some(m1), .. },
                    Sem::Date { year: Some(y), month: Some(m2), .. },
                ) => {
                    *year = Some(if *m1 > *m2 { *y - 1 } else { *y });
                }
                // "from 6pm to 10pm on Friday"
                (Sem::Clock { day: day @ None, .. }, Sem::Clock { day: Some(d), .. }) => {
                    *day = Some(d.clone())
                }
                _ => {}
            }
        }
    }

    /// The span of atoms `start..end`, widened to whole hyphenated words.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let mut s = start;
        while s > 0 && self.atoms[s].joined {
            s -= 1;
        }
        let mut e = end;
        while e < self.atoms.len() && self.atoms[e].joined {
            e += 1;
        }
        Span::new(self.atoms[s].span.start, self.atoms[e - 1].span.end)
    }
}

/// Hours and minutes of a clock time written with a full stop ("8.20", "11.05").
fn dotted_clock(w: &str) -> Option<(u8, u8)> {
    let (h, m) = w.split_once('.')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (h, m): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 12 && m <= 59).then_some((h, m))
}

/// Verbs that make a following "overnight" mean "suddenly" ("won't happen overnight").
const SUDDEN_VERBS: &[&str] = &["happen", "happens", "happened", "change", "changes", "changed", "disappear"];

/// Modal verbs that put "one day" ahead ("could one day replace").
const MODALS: &[&str] = &["will", "may", "might", "could", "would", "can", "should"];

fn is_range_word(w: &str) -> bool {
    matches!(w, "-" | "–" | "—" | "to" | "through" | "until" | "and")
}

/// The year a two-digit year stands for ("7/8/07", "'90"): the twentieth century from 40 on,
/// else the twenty-first (a fixed pivot: news rarely writes a clipped year more than a
/// generation back or ahead).
fn two_digit_year(yy: i32) -> i32 {
    if yy <= 39 { 2000 + yy } else { 1900 + yy }
}

/// The year of a clipped form "'90" / "’03" (see [`two_digit_year`]).
fn clipped_year(w: &str) -> Option<i32> {
    let digits = w.strip_prefix('\'').or_else(|| w.strip_prefix('’'))?;
    if digits.len() != 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(two_digit_year(digits.parse().ok()?))
}

/// "1990s" → 199, "'90s" → 199; none for anything else.
fn decade(w: &str) -> Option<i32> {
    let digits = w.strip_suffix('s')?;
    let digits = digits.strip_suffix('\'').unwrap_or(digits);
    if let Some(short) = digits.strip_prefix('\'') {
        if short.len() == 2 && short.ends_with('0') {
            let n: i32 = short.parse().ok()?;
            return Some(if n >= 30 { 190 + n / 10 } else { 200 + n / 10 });
        }
        return None;
    }
    if digits.len() == 4 && digits.ends_with('0') && digits.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = digits.parse().ok()?;
        return (1000..3000).contains(&y).then_some(y / 10);
    }
    None
}

/// The ISO 8601 period of a quantity of units: `P3Y`, `PT4H`, `PXM`, `P10Y` for a decade.
pub fn period_value(qty: Qty, unit: Unit) -> Option<String> {
    let (factor, code, clock) = match unit {
        Unit::Year => (1.0, "Y", false),
        Unit::Month => (1.0, "M", false),
        Unit::Week => (1.0, "W", false),
        Unit::Day => (1.0, "D", false),
        Unit::Hour => (1.0, "H", true),
        Unit::Minute => (1.0, "M", true),
        Unit::Second => (1.0, "S", true),
        Unit::Decade => (10.0, "Y", false),
        Unit::Century => (100.0, "Y", false),
        Unit::Millennium => (1000.0, "Y", false),
        Unit::Quarter => (1.0, "Q", false),
        Unit::Fortnight => (2.0, "W", false),
        Unit::Weekend => (1.0, "WE", false),
    };
    let t = if clock { "T" } else { "" };
    let amount = match qty {
        Qty::X => match unit {
            // "decades-long": TBAQ and MEANTIME write an unknown number of years
            Unit::Decade => "XY".to_string(),
            Unit::Century => "XCE".to_string(),
            _ => format!("X{code}"),
        },
        Qty::N(n) => {
            let v = n * factor;
            if !(0.0..=100_000.0).contains(&v) {
                return None;
            }
            if v.fract() == 0.0 {
                format!("{}{code}", v as i64)
            } else if let (0.5, Some(half)) = (v.fract(), half_unit(unit)) {
                // "5 1/2 hours" → PT5H30M (TBAQ)
                let whole = v.trunc() as i64;
                if whole == 0 { half.to_string() } else { format!("{whole}{code}{half}") }
            } else {
                format!("{v}{code}")
            }
        }
    };
    Some(format!("P{t}{amount}"))
}

/// Half of a clock unit in the next smaller one: a half hour is `30M` (TBAQ writes
/// `PT5H30M`; for years the gold sets disagree, `P2Y6M` in TBAQ and `P2.5Y` in MEANTIME).
fn half_unit(unit: Unit) -> Option<&'static str> {
    Some(match unit {
        Unit::Hour => "30M",
        Unit::Minute => "30S",
        _ => return None,
    })
}
