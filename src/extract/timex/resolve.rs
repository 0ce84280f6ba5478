//! The normaliser: a parsed meaning ([`Sem`]) + its anchors and tense → a TIMEX3 type and
//! value, at the precision the text gives.

use crate::extract::timex::TimexType;
use crate::extract::timex::grammar::{Qty, Sem, period_value};
use crate::extract::timex::lexicon::{TenseCue, Unit};
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// What a time expression resolves against.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// The publication date (DCT): deictic expressions count from it.
    pub dct: Date,
    /// The last date the text mentioned (its first day): anaphoric expressions count from it.
    pub reference: Date,
    /// The last day-precision date the text mentioned: clock times without a day fall on it.
    pub reference_day: Date,
    /// The direction of the clause.
    pub tense: Option<TenseCue>,
    /// The sentence talks about quarters (earnings): "a year ago" means that quarter a year ago.
    pub quarters: bool,
}

/// A resolved value: its type, its TIMEX3 value, and the day it names, if it names one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// DATE, TIME, DURATION or SET.
    pub kind: TimexType,
    /// The TIMEX3 value.
    pub value: String,
    /// The day named, for anaphoric anchors that follow.
    pub day: Option<Date>,
}

fn date(y: i32, m: u8, d: u8) -> Option<Date> {
    // (years before 1000 come only with their era: "600 AD")
    if !(1..=2999).contains(&y) {
        return None;
    }
    Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

fn ymd(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn quarter_of(d: Date) -> u8 {
    ((d.month() - 1) / 3 + 1) as u8
}

/// The number of the last quarter that has ended (earnings stories report on it).
fn latest_quarter(d: Date) -> u8 {
    let q = quarter_of(d);
    if q == 1 { 4 } else { q - 1 }
}

fn weekday_number(d: Date) -> u8 {
    d.weekday().to_monday_one_offset() as u8
}

fn dated(value: String, day: Option<Date>) -> Option<Resolved> {
    Some(Resolved { kind: TimexType::Date, value, day })
}

/// Resolves `sem` in `ctx`; none when it names no real date (the 45th of a month, year 99999).
pub fn resolve(sem: &Sem, ctx: &Context) -> Option<Resolved> {
    let dct = ctx.dct;
    match sem {
        Sem::Date { year, month, day } => resolve_date(*year, *month, *day, ctx),
        Sem::DayOfWeekDate { month, day, weekday } => {
            let guess = infer_year(*month, Some(*day), ctx);
            let year = [guess, guess - 1, guess + 1]
                .into_iter()
                .find(|y| date(*y, *month, *day).is_some_and(|d| weekday_number(d) == *weekday))
                .unwrap_or(guess);
            resolve_date(Some(year), Some(*month), Some(*day), ctx)
        }
        Sem::Century(c) => dated(format!("{c:02}"), None),
        // decades as TimeML writes them: "199" (TimeBank, MEANTIME, silver; AQUAINT has "199X")
        Sem::Decade(d) => dated(format!("{d:03}"), None),
        Sem::AnyWeekday(d) => dated(format!("XXXX-WXX-{d}"), None),
        Sem::UnfixedDay => dated("XXXX-XX-XX".to_string(), None),
        Sem::UnfixedPeriod(unit) => dated(
            match unit {
                Unit::Week => "XXXX-WXX",
                Unit::Month => "XXXX-XX",
                _ => "XXXX",
            }
            .to_string(),
            None,
        ),
        Sem::Weekday(wd) => {
            let d = weekday_day(*wd, ctx);
            dated(ymd(d), Some(d))
        }
        Sem::Deictic(n) => {
            let d = dct.checked_add(n.days()).ok()?;
            dated(ymd(d), Some(d))
        }
        Sem::NamedDay { month, day, n } => {
            let y = dct.year() as i32;
            let here = (dct.month() as u8, dct.day() as u8);
            let year = match n {
                -1 if (*month, *day) < here => y,
                -1 => y - 1,
                _ if (*month, *day) > here => y,
                _ => y + 1,
            };
            resolve_date(Some(year), Some(*month), Some(*day), ctx)
        }
        Sem::TheWeekend => {
            // "the weekend": the coming one only when future-marked or on the weekend itself,
            // or on a Friday unless the clause is past ("heading into the weekend he is …")
            let wd = weekday_number(dct);
            let back = ctx.tense != Some(TenseCue::Future)
                && wd < 6
                && !(wd == 5 && ctx.tense != Some(TenseCue::Past));
            shift(dct, Unit::Weekend, if back { -1 } else { 0 })
        }
        Sem::ReferenceDay => dated(ymd(ctx.reference_day), Some(ctx.reference_day)),
        Sem::Shift { unit, n, anaphoric } => {
            let base = if *anaphoric { ctx.reference } else { dct };
            shift(base, *unit, *n)
        }
        Sem::NamedMonth { month, n } => {
            let (y, m) = (dct.year() as i32, dct.month() as u8);
            let year = match n {
                -1 if *month < m => y,
                -1 => y - 1,
                1 if *month > m => y,
                1 => y + 1,
                _ => y,
            };
            dated(format!("{year:04}-{month:02}"), None)
        }
        Sem::InShiftedYear { month, day, n, anaphoric } => {
            let base = if *anaphoric { ctx.reference } else { dct };
            let y = base.year() as i32 + i32::try_from(*n).ok()?;
            resolve_date(Some(y), Some(*month), *day, ctx)
        }
        Sem::NamedWeekday { weekday, n } => {
            let today = weekday_number(dct) as i64;
            let wd = *weekday as i64;
            let delta = match n {
                -1 => {
                    let back = (today - wd).rem_euclid(7);
                    -(if back == 0 { 7 } else { back })
                }
                1 => {
                    let ahead = (wd - today).rem_euclid(7);
                    if ahead == 0 { 7 } else { ahead }
                }
                _ => wd - today,
            };
            let d = dct.checked_add(delta.days()).ok()?;
            dated(ymd(d), Some(d))
        }
        Sem::Season { code, year, n } => {
            let year = match year {
                Some(y) => *y,
                None => season_year(code, *n, ctx),
            };
            dated(format!("{year:04}-{code}"), None)
        }
        Sem::SeasonOfDct => {
            // meteorological seasons; a winter that began in December belongs to that December's
            // year, as "that winter" below
            let (code, back) = match dct.month() {
                3..=5 => ("SP", 0),
                6..=8 => ("SU", 0),
                9..=11 => ("FA", 0),
                12 => ("WI", 0),
                _ => ("WI", 1),
            };
            dated(format!("{:04}-{code}", dct.year() as i32 - back), None)
        }
        Sem::ThatSeason { code } => {
            // a winter that began in December belongs to that December's year
            let r = ctx.reference;
            let year = r.year() as i32 - i32::from(*code == "WI" && r.month() < 3);
            dated(format!("{year:04}-{code}"), None)
        }
        Sem::Quarter { q, year, n } => {
            let current = quarter_of(dct);
            let y = dct.year() as i32;
            let (y, q) = match (q, year) {
                (Some(q), Some(y)) => (*y, *q),
                // ("expects fourth-quarter earnings" in January: the quarter just ended)
                (Some(q), None)
                    if *q > current && (ctx.tense != Some(TenseCue::Future) || *q == latest_quarter(dct)) =>
                {
                    (y - 1, *q)
                }
                (Some(q), None) => (y, *q),
                (None, _) => {
                    let index = y * 4 + current as i32 - 1 + *n as i32;
                    (index.div_euclid(4), (index.rem_euclid(4) + 1) as u8)
                }
            };
            dated(format!("{y:04}-Q{q}"), None)
        }
        Sem::Half { h, year } => {
            let y = match year {
                Some(y) => *y,
                // the second half not yet begun in a past clause is last year's
                None if *h == 2 && dct.month() <= 6 && ctx.tense == Some(TenseCue::Past) => {
                    dct.year() as i32 - 1
                }
                None => dct.year() as i32,
            };
            date(y, 1, 1)?;
            dated(format!("{y:04}-H{h}"), None)
        }
        Sem::ShiftedQuarter { q, years } => {
            let y = dct.year() as i32 + i32::try_from(*years).ok()?;
            let q = q.unwrap_or_else(|| latest_quarter(dct));
            dated(format!("{y:04}-Q{q}"), None)
        }
        Sem::NthWeekdayOf { n, weekday, month, year } => {
            let y = year.unwrap_or_else(|| infer_year(*month, None, ctx));
            let d = nth_weekday(y, *month, *weekday, *n)?;
            dated(ymd(d), Some(d))
        }
        Sem::OfShiftedYear { part, years } => {
            let y = Some(dct.year() as i32 + i32::try_from(*years).ok()?);
            let part = match part.as_ref() {
                Sem::Half { h, .. } => Sem::Half { h: *h, year: y },
                Sem::Quarter { q, n, .. } => Sem::Quarter { q: *q, year: y, n: *n },
                Sem::Season { code, .. } => Sem::Season { code, year: y, n: None },
                _ => return None,
            };
            resolve(&part, ctx)
        }
        Sem::ShiftedQuarterOf { year } => {
            date(*year, 1, 1)?;
            dated(format!("{year:04}-Q{}", latest_quarter(dct)), None)
        }
        Sem::Ago { qty, unit, sign, anaphoric } => {
            let Qty::N(n) = qty else {
                if *anaphoric {
                    // "a few days later": only the length is known
                    let value = period_value(*qty, *unit)?;
                    return Some(Resolved { kind: TimexType::Duration, value, day: None });
                }
                let r = if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                return dated(r.to_string(), None);
            };
            // "a minute and a half later": the length (TBAQ)
            if n.fract() != 0.0
                && *anaphoric
                && let Some(value) = period_value(*qty, *unit)
            {
                return Some(Resolved { kind: TimexType::Duration, value, day: None });
            }
            if n.fract() != 0.0 || *n > 10_000.0 {
                let r = if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                return dated(r.to_string(), None);
            }
            // "about 45 minutes later", "an hour earlier": the length, as TBAQ writes "a minute
            // and a half later" (the clock time it lands on is rarely known)
            if *anaphoric
                && matches!(unit, Unit::Hour | Unit::Minute | Unit::Second)
                && let Some(value) = period_value(*qty, *unit)
            {
                return Some(Resolved { kind: TimexType::Duration, value, day: None });
            }
            let n = *n as i64 * sign;
            // "a year ago" in an earnings story is that quarter a year ago; "two years ago"
            // stays a year (TBAQ: every "N years ago/earlier" with N > 1 is a year)
            if ctx.quarters && *unit == Unit::Year && n.abs() == 1 {
                let current = quarter_of(dct) as i32;
                let index = (dct.year() as i32 + n as i32) * 4 + current - 2;
                return dated(format!("{:04}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1), None);
            }
            let base = if *anaphoric { ctx.reference } else { dct };
            // "a decade ago": the year ten years back (TBAQ writes a year, "1989-XX")
            if *unit == Unit::Decade {
                return shift(base, Unit::Year, n * 10);
            }
            shift(base, *unit, n)
        }
        Sem::Duration { qty, unit } => {
            Some(Resolved { kind: TimexType::Duration, value: period_value(*qty, *unit)?, day: None })
        }
        Sem::Ref(r) => dated(r.to_string(), None),
        Sem::YearBc(y) => dated(format!("BC{y:04}"), None),
        Sem::Set(v) => Some(Resolved { kind: TimexType::Set, value: v.clone(), day: None }),
        Sem::Holiday { code, year } => {
            let rule = HolidayRule::parse(code)?;
            let (m, d) = rule.around();
            let y = match year {
                Some(y) => *y,
                None => infer_year(m, Some(d), ctx),
            };
            let day = rule.day(y)?;
            dated(ymd(day), Some(day))
        }
        Sem::HolidayWeekend { code, year } => {
            let holiday = resolve(&Sem::Holiday { code, year: *year }, ctx)?.day?;
            // a Monday holiday's weekend is the one before it ("Memorial Day weekend")
            let back = if weekday_number(holiday) == 1 { 2 } else { 0 };
            let d = holiday.checked_sub(back.days()).ok()?;
            dated(format!("{}-WE", week(d)), None)
        }
        Sem::WeekdayBeside { weekday, after, day } => {
            let from = resolve(day, ctx)?.day?;
            let step: i64 = if *after { 1 } else { -1 };
            let d = (1..=7)
                .filter_map(|k| from.checked_add((step * k).days()).ok())
                .find(|d| weekday_number(*d) == *weekday)?;
            dated(ymd(d), Some(d))
        }
        Sem::WeekdayOfWeek { weekday, n } => {
            let monday = ctx.dct.checked_sub(i64::from(weekday_number(ctx.dct) - 1).days()).ok()?;
            let d = monday.checked_add((7 * n + i64::from(*weekday) - 1).days()).ok()?;
            dated(ymd(d), Some(d))
        }
        Sem::NewYear => {
            let y = dct.year() as i32 + i32::from(dct.month() > 6);
            dated(format!("{y:04}"), None)
        }
        Sem::DayInView(day) => {
            let d = date(ctx.reference.year() as i32, ctx.reference.month() as u8, *day)?;
            dated(ymd(d), Some(d))
        }
        Sem::DaysOfEvent => {
            let r = ctx.reference;
            dated(format!("{:04}-{:02}-XX", r.year(), r.month()), None)
        }
        Sem::WeekOf(day) => {
            let d = resolve(day, ctx)?.day?;
            dated(week(d), Some(d))
        }
        Sem::Clock { day, hour, minute } => {
            let d = match day {
                Some(sem) => resolve(sem, ctx)?.day?,
                None => ctx.reference_day,
            };
            let value = if *hour == 24 {
                format!("{}T24:00", ymd(d))
            } else {
                format!("{}T{hour:02}:{minute:02}", ymd(d))
            };
            // "3 p.m. Friday" names Friday for what follows; a bare "3 p.m." names no new day
            Some(Resolved { kind: TimexType::Time, value, day: day.is_some().then_some(d) })
        }
        Sem::PartOfDay { day, code } => {
            let d = resolve(day, ctx)?.day?;
            let suffix = match *code {
                "MI" => "12:00",
                "MN" => "24:00",
                other => other,
            };
            Some(Resolved { kind: TimexType::Time, value: format!("{}T{suffix}", ymd(d)), day: Some(d) })
        }
    }
}

fn resolve_date(year: Option<i32>, month: Option<u8>, day: Option<u8>, ctx: &Context) -> Option<Resolved> {
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => {
            let day = date(y, m, d)?;
            dated(ymd(day), Some(day))
        }
        (Some(y), Some(m), None) => {
            date(y, m, 1)?;
            dated(format!("{y:04}-{m:02}"), None)
        }
        (Some(y), None, None) => {
            date(y, 1, 1)?;
            dated(format!("{y:04}"), None)
        }
        (None, Some(m), d) => {
            let y = infer_year(m, d, ctx);
            match d {
                Some(d) => {
                    let day = date(y, m, d)?;
                    dated(ymd(day), Some(day))
                }
                None => {
                    date(y, m, 1)?;
                    dated(format!("{y:04}-{m:02}"), None)
                }
            }
        }
        _ => None,
    }
}

/// The year of a month (and day) written without one: the past or future occurrence the
/// tense asks for, else the nearest to the publication date.
pub fn infer_year(month: u8, day: Option<u8>, ctx: &Context) -> i32 {
    let dct = ctx.dct;
    let y = dct.year() as i32;
    let here = (dct.month() as u8, dct.day() as u8);
    let there = (month, day.unwrap_or(0));
    let same_month_only = day.is_none() && month == here.0;
    match ctx.tense {
        _ if same_month_only => y,
        Some(TenseCue::Past) => {
            // a day within two weeks ahead is the coming one even in a past clause ("the strike
            // had been set for Oct. 6", "the vote was scheduled for Jan. 3")
            let soon = day.is_some_and(|d| {
                [y, y + 1].into_iter().any(|year| {
                    date(year, month, d).is_some_and(|next| next > dct && (next - dct).get_days() <= 14)
                })
            });
            if soon {
                if there > here { y } else { y + 1 }
            } else if there <= here {
                y
            } else {
                y - 1
            }
        }
        Some(TenseCue::Future) => {
            // a date a few weeks back is a late report, not next year's
            let recent = (month as i32 - here.0 as i32) * 31 + there.1 as i32 - here.1 as i32 > -31;
            if there >= here || recent { y } else { y + 1 }
        }
        _ => {
            // no cue: news looks back more than ahead; up to three months ahead, nine back
            let diff = month as i32 - here.0 as i32;
            if diff > 3 {
                y - 1
            } else if diff <= -9 {
                y + 1
            } else {
                y
            }
        }
    }
}

/// A bare weekday: the publication day itself or the days just before it, unless the clause
/// is future-marked: then the day itself or the days just after it; in a present-tense clause,
/// whichever of the two is nearer.
fn weekday_day(wd: u8, ctx: &Context) -> Date {
    let today = weekday_number(ctx.dct) as i64;
    let wd = wd as i64;
    let ahead = (wd - today).rem_euclid(7);
    let back = (today - wd).rem_euclid(7);
    let delta = if ctx.tense == Some(TenseCue::Future) {
        ahead
    } else if ctx.tense == Some(TenseCue::Present) && ahead > 0 && ahead < back {
        // a present-tense state that runs into a weekday ("a warning is in force on Monday"
        // in a Saturday story): the nearer of the coming and the last such day
        ahead
    } else {
        -(today - wd).rem_euclid(7)
    };
    ctx.dct.checked_add(delta.days()).unwrap_or(ctx.dct)
}

fn season_year(code: &str, n: Option<i64>, ctx: &Context) -> i32 {
    let start = match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
    let dct = ctx.dct;
    let y = dct.year() as i32;
    let m = dct.month() as i32;
    // index of seasons: year * 4 + (start month / 3 - 1); winter starts in December
    let current = {
        let (sy, sm) = if m < 3 { (y - 1, 12) } else { (y, (m / 3) * 3) };
        sy * 4 + sm / 3 - 1
    };
    let this_year = y * 4 + start / 3 - 1;
    let candidates = [this_year - 4, this_year, this_year + 4];
    let pick = |f: &dyn Fn(i32) -> bool, last: bool| {
        let mut it = candidates.iter().copied().filter(|c| f(*c));
        if last { it.next_back() } else { it.next() }
    };
    let chosen = match (n, ctx.tense) {
        (Some(-1), _) => pick(&|c| c < current, true),
        (Some(1), _) => pick(&|c| c > current, false),
        // "this summer": the nearest such season, this calendar year's on a tie
        (Some(_), _) => candidates.iter().copied().min_by_key(|c| ((c - current).abs(), *c != this_year)),
        (None, Some(TenseCue::Past)) => pick(&|c| c <= current, true),
        (None, Some(TenseCue::Future)) => pick(&|c| c >= current, false),
        (None, _) => Some(this_year),
    };
    chosen.unwrap_or(this_year).div_euclid(4)
}

/// Easter Sunday (Gregorian), by the anonymous Gregorian algorithm.
fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(y, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// When a holiday falls, from its code in `words.tsv`.
#[derive(Debug, Clone, Copy)]
enum HolidayRule {
    /// A fixed day: `12-25`.
    Fixed(u8, u8),
    /// The `n`th weekday of a month (`-1`: the last): `9/1/1` is Labor Day.
    NthWeekday { month: u8, weekday: u8, n: i8 },
    /// Days after Easter Sunday: `EA-2` is Good Friday.
    Easter(i64),
    /// Days after US Thanksgiving: `TG`, `TG+1` (Black Friday).
    Thanksgiving(i64),
    /// US Election Day, the Tuesday after the first Monday of November: `ED`.
    Election,
}

impl HolidayRule {
    fn parse(code: &str) -> Option<HolidayRule> {
        Some(match code {
            "TG" => HolidayRule::Thanksgiving(0),
            "ED" => HolidayRule::Election,
            "EA" => HolidayRule::Easter(0),
            _ => {
                if let Some(offset) = code.strip_prefix("TG") {
                    return Some(HolidayRule::Thanksgiving(offset.trim_start_matches('+').parse().ok()?));
                }
                if let Some(offset) = code.strip_prefix("EA") {
                    return Some(HolidayRule::Easter(offset.trim_start_matches('+').parse().ok()?));
                }
                let parts: Vec<&str> = code.split('/').collect();
                if let [month, weekday, n] = parts[..] {
                    return Some(HolidayRule::NthWeekday {
                        month: month.parse().ok()?,
                        weekday: weekday.parse().ok()?,
                        n: n.parse().ok()?,
                    });
                }
                let (m, d) = code.split_once('-')?;
                HolidayRule::Fixed(m.parse().ok()?, d.parse().ok()?)
            }
        })
    }

    /// A month and day near the holiday, to choose its year.
    fn around(self) -> (u8, u8) {
        match self {
            HolidayRule::Fixed(m, d) => (m, d),
            HolidayRule::NthWeekday { month, .. } => (month, 15),
            HolidayRule::Easter(_) => (4, 1),
            HolidayRule::Thanksgiving(_) | HolidayRule::Election => (11, 15),
        }
    }

    /// The day it falls on in year `y`.
    fn day(self, y: i32) -> Option<Date> {
        match self {
            HolidayRule::Fixed(m, d) => date(y, m, d),
            HolidayRule::Easter(offset) => easter(y)?.checked_add(offset.days()).ok(),
            HolidayRule::Thanksgiving(offset) => thanksgiving(y)?.checked_add(offset.days()).ok(),
            HolidayRule::Election => {
                let monday = nth_weekday(y, 11, 1, 1)?;
                monday.checked_add(1.days()).ok()
            }
            HolidayRule::NthWeekday { month, weekday, n } => nth_weekday(y, month, weekday, n),
        }
    }
}

/// The `n`th `weekday` (Monday = 1) of a month; `n = -1` is the last.
fn nth_weekday(y: i32, month: u8, weekday: u8, n: i8) -> Option<Date> {
    if !(1..=7).contains(&weekday) || n == 0 || n > 5 {
        return None;
    }
    let first = date(y, month, 1)?;
    let offset = (i64::from(weekday) - weekday_number(first) as i64).rem_euclid(7);
    if n > 0 {
        let d = first.checked_add((offset + 7 * (i64::from(n) - 1)).days()).ok()?;
        return (d.month() == first.month()).then_some(d);
    }
    let last = first.last_of_month();
    let back = (weekday_number(last) as i64 - i64::from(weekday)).rem_euclid(7);
    last.checked_sub(back.days()).ok()
}

fn thanksgiving(y: i32) -> Option<Date> {
    let first = date(y, 11, 1)?;
    let offset =
        (Weekday::Thursday.to_monday_one_offset() - first.weekday().to_monday_one_offset()).rem_euclid(7);
    first.checked_add((offset as i64 + 21).days()).ok()
}

/// `base` moved by `n` units, at that unit's precision: `2023`, `2023-05`, `2023-W23`…
fn shift(base: Date, unit: Unit, n: i64) -> Option<Resolved> {
    let n32 = i32::try_from(n).ok()?;
    match unit {
        Unit::Year => dated(format!("{:04}", base.year() as i32 + n32), None),
        Unit::Decade => dated(format!("{:03}", (base.year() as i32 + 10 * n32) / 10), None),
        Unit::Century => dated(format!("{:02}", (base.year() as i32 + 100 * n32) / 100), None),
        Unit::Month => {
            let d = base.checked_add(n.months()).ok()?;
            dated(format!("{:04}-{:02}", d.year(), d.month()), None)
        }
        Unit::Quarter => {
            let index = base.year() as i32 * 4 + quarter_of(base) as i32 - 1 + n32;
            dated(format!("{:04}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1), None)
        }
        Unit::Week | Unit::Fortnight => {
            let weeks = if unit == Unit::Fortnight { 2 * n } else { n };
            let d = base.checked_add(weeks.weeks()).ok()?;
            dated(week(d), None)
        }
        Unit::Weekend => {
            let d = base.checked_add(n.weeks()).ok()?;
            dated(format!("{}-WE", week(d)), None)
        }
        Unit::Day => {
            let d = base.checked_add(n.days()).ok()?;
            dated(ymd(d), Some(d))
        }
        Unit::Hour | Unit::Minute | Unit::Second => {
            Some(Resolved { kind: TimexType::Time, value: ymd(base), day: None })
        }
        Unit::Millennium => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as d;

    fn ctx(tense: Option<TenseCue>) -> Context {
        Context {
            dct: d(2023, 6, 14),
            reference: d(2023, 6, 14),
            reference_day: d(2023, 6, 14),
            tense,
            quarters: false,
        }
    }

    #[test]
    fn bare_months_follow_the_tense() {
        assert_eq!(infer_year(2, None, &ctx(Some(TenseCue::Past))), 2023);
        assert_eq!(infer_year(2, None, &ctx(Some(TenseCue::Future))), 2024);
        assert_eq!(infer_year(11, None, &ctx(None)), 2022);
        assert_eq!(infer_year(8, None, &ctx(None)), 2023);
        assert_eq!(infer_year(1, Some(5), &ctx(Some(TenseCue::Future))), 2024);
        assert_eq!(infer_year(4, Some(7), &ctx(Some(TenseCue::Future))), 2024);
    }

    #[test]
    fn absurd_dates_resolve_to_nothing() {
        let c = ctx(None);
        assert_eq!(resolve(&Sem::Date { year: None, month: Some(2), day: Some(45) }, &c), None);
        assert_eq!(resolve(&Sem::Date { year: Some(9999), month: None, day: None }, &c), None);
    }

    #[test]
    fn thanksgiving_is_the_fourth_thursday() {
        assert_eq!(thanksgiving(2023), Some(d(2023, 11, 23)));
        assert_eq!(easter(2013), Some(d(2013, 3, 31)));
        assert_eq!(easter(2024), Some(d(2024, 3, 31)));
        assert_eq!(easter(2025), Some(d(2025, 4, 20)));
    }

    #[test]
    fn holidays_fall_on_their_rule_day() {
        let day = |code: &str, y| HolidayRule::parse(code).and_then(|r| r.day(y));
        assert_eq!(day("9/1/1", 2023), Some(d(2023, 9, 4)));
        assert_eq!(day("5/1/-1", 2023), Some(d(2023, 5, 29)));
        assert_eq!(day("EA-2", 2013), Some(d(2013, 3, 29)));
        assert_eq!(day("ED", 1998), Some(d(1998, 11, 3)));
        assert_eq!(day("ED", 2022), Some(d(2022, 11, 8)));
        assert_eq!(day("07-04", 2023), Some(d(2023, 7, 4)));
        assert_eq!(day("2/1/9", 2023), None);
    }
}
