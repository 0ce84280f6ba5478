//! Time expressions (TIMEX3): the vocabulary the temporal tagger and the timeline share.

use crate::extract::span::Span;
use serde::{Deserialize, Serialize};

/// The TIMEX3 `type` of a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: "June 16", "last November", "2023".
    Date,
    /// A time of day, or a part of a day: "3 p.m.", "last night".
    Time,
    /// A length of time: "three years".
    Duration,
    /// A recurrence: "every Monday", "weekly".
    Set,
}

/// The TIMEX3 `mod`: where in the named period, or how exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TimexMod {
    /// "early April".
    Start,
    /// "mid-April".
    Mid,
    /// "late April".
    End,
    /// "around April 1".
    Approx,
    /// "more than four hours".
    MoreThan,
    /// "less than a year".
    LessThan,
    /// "at least four hours".
    EqualOrMore,
    /// "at most four hours".
    EqualOrLess,
    /// "before 2020".
    Before,
    /// "after 2020".
    After,
    /// "on or before June 1".
    OnOrBefore,
    /// "on or after June 1".
    OnOrAfter,
}

/// One time expression found in a text, normalised to a TimeML value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// Where it is in the text (TimeML extent: prepositions left out).
    pub span: Span,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The TIMEX3 value at the precision the text gives: `2023-06-16`, `2023-06`, `P3Y`…
    pub value: String,
    /// The end of a range written as one expression ("from 16 to 21 June").
    pub end_value: Option<String>,
    /// Where in the period, or how exact.
    #[serde(rename = "mod")]
    pub modifier: Option<TimexMod>,
}
