//! The temporal word tables (`data/words.tsv`, `data/tense.tsv`), loaded once.

use std::collections::HashMap;
use std::sync::LazyLock;

/// What a word can mean to the temporal grammar. A word may have several meanings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// A month, 1–12.
    Month(u8),
    /// A weekday, Monday = 1.
    Weekday(u8),
    /// A cardinal number written as a word.
    Num(i64),
    /// An ordinal ("third"); `-1` for "last".
    Ord(i64),
    /// A calendar unit.
    Unit(Unit),
    /// A vague quantity: "several", "few".
    Fuzzy,
    /// A season code: `SP`, `SU`, `FA`, `WI`.
    Season(&'static str),
    /// A part-of-day code: `MO`, `AF`, `EV`, `NI`, `MI` (noon), `MN` (midnight).
    PartOfDay(&'static str),
    /// A day relative to the anchor: "yesterday" = -1; "tonight" is 0 with the night.
    Deictic(i64, Option<&'static str>),
    /// "last" = -1, "next" = 1, "this" = 0; anaphoric ("following") when the flag is set.
    Rel(i64, bool),
    /// A position in a period: "early", "mid", "late".
    Position(&'static str),
    /// A vague reference: `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(&'static str),
    /// A recurrence word and its period: "weekly" → `P1W`.
    Set(&'static str),
    /// A holiday: `MM-DD`, or `TG` (Thanksgiving, US).
    Holiday(&'static str),
    /// A comparison before a quantity: "about", "more than" (the TIMEX3 `mod`).
    Compare(&'static str),
}

/// Calendar units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Year.
    Year,
    /// Month.
    Month,
    /// Week.
    Week,
    /// Day.
    Day,
    /// Hour.
    Hour,
    /// Minute.
    Minute,
    /// Second.
    Second,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
    /// Three months.
    Quarter,
    /// Saturday and Sunday.
    Weekend,
    /// Two weeks.
    Fortnight,
    /// A thousand years.
    Millennium,
}

impl Unit {
    fn from_code(code: &str) -> Option<Unit> {
        Some(match code {
            "Y" => Unit::Year,
            "M" => Unit::Month,
            "W" => Unit::Week,
            "D" => Unit::Day,
            "H" => Unit::Hour,
            "MIN" => Unit::Minute,
            "S" => Unit::Second,
            "DE" => Unit::Decade,
            "CE" => Unit::Century,
            "Q" => Unit::Quarter,
            "WE" => Unit::Weekend,
            "FN" => Unit::Fortnight,
            "ML" => Unit::Millennium,
            _ => return None,
        })
    }

    /// True for hours, minutes and seconds (ISO 8601 `PT…`).
    pub fn is_clock(self) -> bool {
        matches!(self, Unit::Hour | Unit::Minute | Unit::Second)
    }
}

/// The direction a clause gives an underspecified date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenseCue {
    /// Past or perfect.
    Past,
    /// Simple present or progressive.
    Present,
    /// Future-marked: "will", "is expected to", "plans".
    Future,
}

static WORDS: LazyLock<HashMap<&'static str, Vec<WordClass>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<WordClass>> = HashMap::new();
    for row in rows(include_str!("data/words.tsv")) {
        let mut cols = row.split('\t');
        let (Some(word), Some(class), Some(value)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        if let Some(class) = parse_class(class, value) {
            map.entry(word).or_default().push(class);
        }
    }
    map
});

/// What a context word tells the grammar (`data/context.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextRole {
    /// A conjunction that opens another clause after a time expression: "on Thursday but
    /// there were concerns" (the verb after it is not the expression's).
    ClauseJoint,
    /// A time zone after a clock time: "EDT".
    Zone,
    /// A noun that makes a four-digit number a count: "2000 people".
    Counted,
    /// A word before a number that makes it a count or a name: "flight 1549".
    NotYear,
    /// A word before a four-digit number that makes it a year: "since 1999".
    YearCue,
    /// An auxiliary that makes the next participle passive: "be held".
    PassiveAux,
    /// A word that makes the next "-ed" word an adjective: "the preferred shares".
    Determiner,
    /// A preposition that makes the next date a deadline: "until June 5".
    Deadline,
    /// A preposition that puts the next date in the past: "since March".
    LookingBack,
    /// A word that, before "to", marks a plan or forecast: "is forecast to", "is likely to".
    PlanTo,
    /// A word of a sports match: "the second half" in its sentence is the match's, not a
    /// half year ("scored twice early in the second half").
    Match,
    /// A reporting verb: the day right after it ("police said Monday") is when the story was
    /// told, not the day of the clock times that follow.
    Reporting,
    /// A word of a plan's auxiliary chain ("had been due to expire", "had been scheduled to"):
    /// a plan behind "had" was for a time now past.
    PlanChain,
    /// A verb that puts something off to the day after "until": "adjourned until Tuesday".
    Deferral,
    /// A participle that says a plan did not go ahead: "a meeting scheduled for Monday was
    /// cancelled".
    CalledOff,
    /// A capitalised word after a weekday that makes both a newspaper's name: "the Sunday
    /// Times", "the Sunday Telegraph".
    Masthead,
    /// A title or office after "current" that makes it qualify a person, not a time: "the
    /// current champion", "current Apple chief".
    Office,
    /// A noun after a part of the day that makes it an adjective: "the dawn service", "the
    /// night shift".
    PodNoun,
    /// A noun of a fixture after "their weekend": "their weekend clash" is the coming weekend.
    Fixture,
    /// A word after "ahead of" that makes it a comparison, not a time still ahead: "opened
    /// ahead of schedule on Tuesday".
    AheadOfMeasure,
    /// A verb of being or coming after a season that opens its clause: "Summer is here",
    /// "Winter arrived late".
    SeasonVerb,
    /// A word of the weather that makes "the 60s" a temperature: "highs in the 60s".
    Temperature,
    /// A long span of the calendar after "the last day of": "the season", "the term".
    LongSpan,
    /// A preposition or conjunction after "overnight" that keeps it the night, not an
    /// adjective: "gave way overnight near the pier", "overnight and into Sunday".
    AfterOvernight,
    /// A verb that makes the weekday after it, and a noun phrase after that, a day set aside:
    /// "declared Friday a day of mourning" (the day lies ahead of the declaring).
    Designation,
    /// A noun after "every day" that makes the two words the adjective "everyday" written
    /// apart: "every day life", "every day items".
    EverydayNoun,
}

static CONTEXT: LazyLock<HashMap<&'static str, Vec<ContextRole>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<ContextRole>> = HashMap::new();
    for row in rows(include_str!("data/context.tsv")) {
        let Some((word, role)) = row.split_once('\t') else { continue };
        let role = match role.trim() {
            "zone" => ContextRole::Zone,
            "counted" => ContextRole::Counted,
            "not-year" => ContextRole::NotYear,
            "year-cue" => ContextRole::YearCue,
            "passive-aux" => ContextRole::PassiveAux,
            "determiner" => ContextRole::Determiner,
            "deadline" => ContextRole::Deadline,
            "looking-back" => ContextRole::LookingBack,
            "plan-to" => ContextRole::PlanTo,
            "plan-chain" => ContextRole::PlanChain,
            "match" => ContextRole::Match,
            "reporting" => ContextRole::Reporting,
            "deferral" => ContextRole::Deferral,
            "called-off" => ContextRole::CalledOff,
            "masthead" => ContextRole::Masthead,
            "clause-joint" => ContextRole::ClauseJoint,
            "office" => ContextRole::Office,
            "pod-noun" => ContextRole::PodNoun,
            "fixture" => ContextRole::Fixture,
            "ahead-measure" => ContextRole::AheadOfMeasure,
            "season-verb" => ContextRole::SeasonVerb,
            "temperature" => ContextRole::Temperature,
            "long-span" => ContextRole::LongSpan,
            "everyday-noun" => ContextRole::EverydayNoun,
            "after-overnight" => ContextRole::AfterOvernight,
            "designation" => ContextRole::Designation,
            _ => continue,
        };
        map.entry(word).or_default().push(role);
    }
    map
});

/// True when the lower-case `word` plays `role` in `data/context.tsv`.
pub fn has_role(word: &str, role: ContextRole) -> bool {
    CONTEXT.get(word).is_some_and(|roles| roles.contains(&role))
}

static TENSE: LazyLock<HashMap<&'static str, TenseCue>> = LazyLock::new(|| {
    rows(include_str!("data/tense.tsv"))
        .filter_map(|row| {
            let (word, cue) = row.split_once('\t')?;
            let cue = match cue.trim() {
                "past" => TenseCue::Past,
                "present" => TenseCue::Present,
                "future" => TenseCue::Future,
                _ => return None,
            };
            Some((word, cue))
        })
        .collect()
});

fn rows(table: &'static str) -> impl Iterator<Item = &'static str> {
    table.lines().map(str::trim_end).filter(|line| !line.is_empty() && !line.starts_with('#'))
}

fn parse_class(class: &str, value: &'static str) -> Option<WordClass> {
    let int = || value.parse::<i64>().ok();
    Some(match class {
        "month" => WordClass::Month(u8::try_from(int()?).ok()?),
        "weekday" => WordClass::Weekday(u8::try_from(int()?).ok()?),
        "num" => WordClass::Num(int()?),
        "ord" => WordClass::Ord(int()?),
        "unit" => WordClass::Unit(Unit::from_code(value)?),
        "fuzzy" => WordClass::Fuzzy,
        "season" => WordClass::Season(value),
        "pod" => WordClass::PartOfDay(value),
        "deictic" => match value.strip_suffix("NI") {
            Some(days) => WordClass::Deictic(days.parse().ok()?, Some("NI")),
            None => WordClass::Deictic(int()?, None),
        },
        "rel" => match value.strip_prefix('A') {
            Some(n) => WordClass::Rel(n.parse().ok()?, true),
            None => WordClass::Rel(int()?, false),
        },
        "pos" => WordClass::Position(value),
        "ref" => WordClass::Ref(value),
        "set" => WordClass::Set(value),
        "holiday" => WordClass::Holiday(value),
        "cmp" => WordClass::Compare(value),
        _ => return None,
    })
}

/// Every meaning of a lower-case word.
pub fn classes(word: &str) -> &'static [WordClass] {
    WORDS.get(word).map(Vec::as_slice).unwrap_or(&[])
}

/// The tense cue a lower-case word carries, if any.
pub fn tense_cue(word: &str) -> Option<TenseCue> {
    TENSE.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        assert!(classes("sept").contains(&WordClass::Month(9)));
        assert!(classes("second").contains(&WordClass::Unit(Unit::Second)));
        assert!(classes("second").contains(&WordClass::Ord(2)));
        assert!(classes("tonight").contains(&WordClass::Deictic(0, Some("NI"))));
        assert!(classes("following").contains(&WordClass::Rel(1, true)));
        assert_eq!(tense_cue("will"), Some(TenseCue::Future));
        assert!(classes("smarch").is_empty());
        assert!(has_role("gmt", ContextRole::Zone));
        assert!(has_role("since", ContextRole::YearCue));
        assert!(has_role("to", ContextRole::YearCue) && has_role("to", ContextRole::Deadline));
    }
}
