//! The direction of a clause, from cheap cues: auxiliaries and verb endings near the time
//! expression ("will", "was", "-ed"), nearest first.

use crate::extract::timex::grammar::Atom;
use crate::extract::timex::lexicon::{ContextRole, TenseCue, WordClass, classes, has_role, tense_cue};
use crate::extract::token::TokenKind;

/// How far (in atoms) a cue may be from the expression.
const BEFORE: usize = 12;
const AFTER: usize = 8;
/// How far (in atoms) a future cue may be when no nearer cue decides.
const FUTURE_BEFORE: usize = 20;
/// How far (in atoms) a future cue may follow a fronted expression ("On Friday, …, will").
const FUTURE_AFTER: usize = 20;

/// The tense cue for the expression at atoms `start..end` of a sentence: the nearest cue
/// before it in its clause, else the nearest after it (not a reporting verb after a comma:
/// "…on Sunday, the Met Office said" is the attribution).
pub fn clause_tense(atoms: &[Atom], start: usize, end: usize) -> Option<TenseCue> {
    let lo = start.saturating_sub(BEFORE);
    let mut closed = false;
    for i in (lo..start).rev() {
        if is_boundary(&atoms[i]) {
            closed = true;
            break;
        }
        if let Some(cue) = cue(atoms, i) {
            // "Just ahead of the trip, the department on Sunday issued…": "ahead of" governs
            // its own phrase, not the clause after the comma
            if atoms[i].lower == "ahead" && atoms[i..start].iter().any(|a| a.lower == ",") {
                continue;
            }
            return Some(cue);
        }
    }
    let hi = (end + AFTER).min(atoms.len());
    let mut comma = false;
    let mut open = true;
    for i in end..hi {
        if is_boundary(&atoms[i]) {
            open = false;
            break;
        }
        // "is due to repay the loan on Thursday but there were concerns": "but" opens
        // another clause, whose verb is not this one's
        if has_role(&atoms[i].lower, ContextRole::ClauseJoint) {
            open = false;
            break;
        }
        // ", the Met Office said": the attribution after a comma is not the clause's verb
        comma |= atoms[i].lower == ",";
        if comma && has_role(&atoms[i].lower, ContextRole::Reporting) {
            open = false;
            break;
        }
        // (", the Met Office said": a capitalised word of the attribution is a name)
        if comma && atoms[i].capital {
            continue;
        }
        // "met on Sunday ahead of the vote": "ahead of" after the expression is not its verb
        if atoms[i].lower == "ahead" {
            continue;
        }
        if let Some(cue) = cue(atoms, i) {
            return Some(cue);
        }
    }
    // "On Friday, the visiting prime minister of a small northern country and his wife will
    // join…": an expression fronted before a comma at the clause's start heads the clause; a
    // long subject may put its future auxiliary far after it (only the future counts there)
    let fronted = atoms.get(end).is_some_and(|a| a.lower == ",")
        && (start == 0 || start == 1 && matches!(atoms[0].lower.as_str(), "on" | "in" | "at" | "by"));
    if open && fronted && comma {
        for k in hi..(end + FUTURE_AFTER).min(atoms.len()) {
            if is_boundary(&atoms[k]) || has_role(&atoms[k].lower, ContextRole::ClauseJoint) {
                break;
            }
            if atoms[k].capital {
                continue;
            }
            if let Some(c) = cue(atoms, k) {
                return (c == TenseCue::Future).then_some(c);
            }
        }
    }
    // "will bring winds of up to 80mph to western coasts from late on Sunday": a future
    // auxiliary governs a long verb phrase; further back, only it counts
    let far = if closed { lo } else { start.saturating_sub(FUTURE_BEFORE) };
    for k in (far..lo).rev() {
        if is_boundary(&atoms[k]) {
            break;
        }
        if let Some(c) = cue(atoms, k) {
            // "had lodged a claim after slipping on a wet step … in March": a past perfect
            // governs a long verb phrase too
            let perfect = c == TenseCue::Past && (k.saturating_sub(1)..=k).any(|j| atoms[j].lower == "had");
            return (c == TenseCue::Future || perfect).then_some(c);
        }
    }
    None
}

/// True when the expression at atom `start` is a deadline ("extended to Nov. 20", "by
/// January"): it lies ahead whatever the tense of the clause.
/// "until", "by", "through" make a deadline of a month or a date only (`bare_date`): "until
/// Thursday, they had not…" looks back.
pub fn is_deadline(atoms: &[Atom], start: usize, end: usize, bare_date: bool) -> bool {
    let word = |i: usize| atoms.get(i).map(|a| a.lower.as_str()).unwrap_or("");
    // "as early as Tuesday", "as soon as Friday"; "the Jan. 14 deadline"
    if start >= 3 && word(start - 1) == "as" && word(start - 3) == "as" {
        return true;
    }
    if matches!(word(end), "deadline" | "deadlines") {
        return true;
    }
    // "a revision to December's figures": a possessive names a thing of that time, no limit
    if !bare_date
        || start == 0
        || !has_role(&atoms[start - 1].lower, ContextRole::Deadline)
        || word(end) == "'s"
    {
        return false;
    }
    let before = if start > 1 { atoms[start - 2].lower.as_str() } else { "" };
    // "the nine months to September", "the year to March": the period ending then
    let period_end = [before, before.strip_suffix('s').unwrap_or(before)]
        .iter()
        .any(|w| classes(w).iter().any(|c| matches!(c, WordClass::Unit(_))));
    !(matches!(before, "from" | "back" | "up")
        || period_end
        || start > 1 && atoms[start - 2].kind == TokenKind::Number)
}

/// True when an infinitive stands between the expression at atom `start` and the clause's
/// verb ("ordered the rail firms to publish timetables by Friday", "told to register by
/// Friday"): what is to be done lies ahead of the order, even in a past clause. Only "by" and
/// "before" deadlines ask this: "admitted to hospitals till Monday" is no infinitive.
pub fn infinitive_before(atoms: &[Atom], start: usize) -> bool {
    let lo = start.saturating_sub(BEFORE);
    for i in (lo..start).rev() {
        let atom = &atoms[i];
        if is_boundary(atom) {
            return false;
        }
        // (a lowercase word after "to"; "to the marshals", "to 5 %" are prepositions)
        let verb = atoms.get(i + 1).filter(|_| atom.lower == "to");
        if verb.is_some_and(|verb| {
            verb.kind == TokenKind::Word
                && !verb.capital
                && i + 1 < start
                && !has_role(&verb.lower, ContextRole::Determiner)
        }) {
            return true;
        }
        // ("to publish": the verb of the infinitive is not the clause's cue)
        if cue(atoms, i).is_some() && !(i > 0 && atoms[i - 1].lower == "to") {
            return false;
        }
    }
    false
}

/// True when the nearest cue before the expression at atom `start` in its clause is a present
/// perfect ("has given the relatives until 9 a.m. Tuesday"): a deadline that stands now.
pub fn perfect_before(atoms: &[Atom], start: usize) -> bool {
    nearest_cue_before(atoms, start)
        .is_some_and(|i| (i.saturating_sub(1)..=i).any(|k| matches!(atoms[k].lower.as_str(), "has" | "have")))
}

/// True when the nearest cue before the expression at atom `start` in its clause is a plan or
/// forecast told in the past ("the storm was expected to leave Thursday", "results were not
/// expected before Tuesday morning"): `clause_tense` reads it as past, but the day planned for
/// may lie just ahead.
pub fn planned_in_past(atoms: &[Atom], start: usize) -> bool {
    let Some(i) = nearest_cue_before(atoms, start) else { return false };
    let w = atoms[i].lower.as_str();
    let was = (i.saturating_sub(2)..i).any(|k| matches!(atoms[k].lower.as_str(), "was" | "were"));
    let plan = tense_cue(w) == Some(TenseCue::Future) && w.ends_with("ed")
        || has_role(w, ContextRole::PlanTo) && atoms.get(i + 1).is_some_and(|n| n.lower == "to");
    was && plan && !planned_before(atoms, i)
}

/// The atom of the nearest tense cue before the expression at atom `start`, in its clause.
fn nearest_cue_before(atoms: &[Atom], start: usize) -> Option<usize> {
    (start.saturating_sub(BEFORE)..start)
        .rev()
        .take_while(|&i| !is_boundary(&atoms[i]))
        .find(|&i| cue(atoms, i).is_some())
}

/// True when the expression at atom `start` follows "since": it lies in the past ("since
/// March" in a February story is last year's March).
pub fn looks_back(atoms: &[Atom], start: usize) -> bool {
    start > 0 && has_role(&atoms[start - 1].lower, ContextRole::LookingBack)
}

/// True when the expression at atom `start` follows a reporting verb ("police said Monday",
/// "announced on Tuesday"): the day the story was told.
pub fn reported_on(atoms: &[Atom], start: usize) -> bool {
    let k = if start > 0 && atoms[start - 1].lower == "on" { start - 1 } else { start };
    k > 0 && has_role(&atoms[k - 1].lower, ContextRole::Reporting)
}

/// Most words between a deferral verb and its "until": "adjourned the trial of the three men
/// until Tuesday".
const DEFERRAL_REACH: usize = 7;

/// True when the expression at atom `start` follows "until" or "till" after a verb that puts
/// something off ("was adjourned until Tuesday", "postponed the vote till Monday"): the day
/// lies ahead of the deferral, even in a past clause.
pub fn deferred_to(atoms: &[Atom], start: usize) -> bool {
    if start == 0 || !matches!(atoms[start - 1].lower.as_str(), "until" | "till") {
        return false;
    }
    (start.saturating_sub(1 + DEFERRAL_REACH)..start - 1)
        .rev()
        .map(|k| atoms[k].lower.as_str())
        .take_while(|w| w.chars().any(char::is_alphanumeric))
        .any(|w| has_role(w, ContextRole::Deferral))
}

/// What became of a plan for a weekday ("a meeting scheduled for Monday …"), read from the
/// verb that follows the expression in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanOutcome {
    /// No past verb follows: the plan lies ahead ("has called a protest for Saturday").
    Ahead,
    /// A past verb follows: the plan was carried out ("a meeting planned for Tuesday was held").
    Held,
    /// The plan did not go ahead ("…was cancelled", "…was put back"): it may have been for a
    /// day just past or just ahead.
    CalledOff,
}

/// Most atoms between a planned-for day and the main clause's verb: "scheduled for Wednesday,
/// was postponed".
const PLAN_VERB_REACH: usize = 4;

/// What became of the plan for the expression ending at atom `end`: a past auxiliary and a
/// participle after it ("was cancelled", "were held", "was called off") tell that the plan
/// was for a day that is now settled; "was to be held", "was expected to" are still plans.
pub fn plan_outcome(atoms: &[Atom], end: usize) -> PlanOutcome {
    let word = |i: usize| atoms.get(i).map(|a| a.lower.as_str()).unwrap_or("");
    let reach = atoms.iter().enumerate().skip(end).take(PLAN_VERB_REACH);
    for (i, atom) in reach {
        if is_boundary(atom) {
            break;
        }
        if !matches!(word(i), "was" | "were") {
            continue;
        }
        let k = if word(i + 1) == "been" { i + 2 } else { i + 1 };
        let next = word(k);
        if has_role(next, ContextRole::CalledOff) {
            return PlanOutcome::CalledOff;
        }
        let participle = (next.len() > 4 && next.ends_with("ed")) || tense_cue(next) == Some(TenseCue::Past);
        if participle && word(k + 1) != "to" && tense_cue(next) != Some(TenseCue::Future) {
            return PlanOutcome::Held;
        }
        break;
    }
    PlanOutcome::Ahead
}

/// True when the future cue at atom `i` ends a plan's chain that starts at "had" ("had been
/// due to expire", "previously had been scheduled to"): the plan was for a time now past.
fn planned_before(atoms: &[Atom], i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        k -= 1;
        let w = atoms[k].lower.as_str();
        if w == "had" {
            return true;
        }
        if !has_role(w, ContextRole::PlanChain) {
            return false;
        }
    }
    false
}

fn is_boundary(atom: &Atom) -> bool {
    matches!(atom.lower.as_str(), ";" | ":" | "\"" | "“" | "”" | "``" | "''")
}

fn cue(atoms: &[Atom], i: usize) -> Option<TenseCue> {
    let a = &atoms[i];
    if a.kind != TokenKind::Word {
        return None;
    }
    let w = a.lower.as_str();
    // "8:30 a.m." is a clock time, not the verb "am"
    if w == "am" && i > 0 && atoms[i - 1].lower.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // "the last phase", "the past decade", "the orbiter's last flight": an adjective, not a
    // past tense
    if matches!(w, "last" | "past")
        && i > 0
        && (has_role(&atoms[i - 1].lower, ContextRole::Determiner)
            || matches!(atoms[i - 1].lower.as_str(), "'s" | "’s"))
    {
        return None;
    }
    // "the Scottish Cup last four", "reached the last 16": a round of a competition, not a
    // past tense
    if w == "last"
        && atoms.get(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Number || classes(&n.lower).iter().any(|c| matches!(c, WordClass::Num(_)))
        })
    {
        return None;
    }
    if w == "going" {
        return (atoms.get(i + 1).is_some_and(|n| n.lower == "to")).then_some(TenseCue::Future);
    }
    // "rested on Thursday ahead of their game on Saturday": what is ahead of the clause lies
    // after it
    if w == "ahead"
        && atoms.get(i + 1).is_some_and(|n| n.lower == "of")
        && !atoms.get(i + 2).is_some_and(|n| has_role(&n.lower, ContextRole::AheadOfMeasure))
    {
        return Some(TenseCue::Future);
    }
    if w == "set" && atoms.get(i + 1).is_some_and(|n| n.lower == "to") {
        return Some(TenseCue::Future);
    }
    if w == "to" {
        return None;
    }
    // "Egypt play Ghana on Wednesday", "Uganda now face Mali": a fixture, between two names
    if matches!(w, "play" | "face")
        && atoms.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word && n.capital)
        && i.checked_sub(1).is_some_and(|k| atoms[k].capital || atoms[k].lower == "now")
    {
        return Some(TenseCue::Future);
    }
    // "residents have until Friday": a verb of possession, not the perfect's auxiliary
    if matches!(w, "have" | "has")
        && atoms.get(i + 1).is_some_and(|n| matches!(n.lower.as_str(), "until" | "till"))
    {
        return Some(TenseCue::Present);
    }
    // "will have no fans": the future's auxiliary before "have" (not "would have", a past
    // that did not happen)
    // ("will not have", "won't be" as well)
    let aux = match i.checked_sub(1).map(|k| atoms[k].lower.as_str()) {
        Some("not" | "n't") => i.checked_sub(2),
        _ => i.checked_sub(1),
    };
    if matches!(w, "have" | "be")
        && aux.is_some_and(|k| matches!(atoms[k].lower.as_str(), "will" | "'ll" | "shall" | "wo"))
    {
        return Some(TenseCue::Future);
    }
    // "has a cup tie on 11 November", "have no game on Saturday": possession before a
    // determiner, a present tense after the future's check (a perfect's auxiliary comes before a participle)
    if matches!(w, "have" | "has")
        && atoms.get(i + 1).is_some_and(|n| matches!(n.lower.as_str(), "a" | "an" | "no" | "the"))
    {
        return Some(TenseCue::Present);
    }
    // "is to resume": a plan
    if matches!(w, "is" | "are") && atoms.get(i + 1).is_some_and(|n| n.lower == "to") {
        return Some(TenseCue::Future);
    }
    // "to be held": not yet
    if w == "be" && i > 0 && atoms[i - 1].lower == "to" {
        return Some(TenseCue::Future);
    }
    // "is forecast to make landfall", "is projected to grow": a plan or forecast
    if has_role(w, ContextRole::PlanTo) && atoms.get(i + 1).is_some_and(|n| n.lower == "to") {
        let was = (i.saturating_sub(2)..i).any(|k| matches!(atoms[k].lower.as_str(), "was" | "were" | "had"));
        return Some(if was { TenseCue::Past } else { TenseCue::Future });
    }
    // a passive participle ("must be returned", "will be held") takes its tense from the
    // auxiliary
    let passive = i > 0 && has_role(&atoms[i - 1].lower, ContextRole::PassiveAux);
    if let Some(c) = tense_cue(w) {
        if c == TenseCue::Past && passive {
            return None;
        }
        if c == TenseCue::Future && planned_before(atoms, i) {
            return Some(TenseCue::Past);
        }
        // "was expected to", "had been scheduled to": a plan in the past
        let was = (i.saturating_sub(2)..i).any(|k| matches!(atoms[k].lower.as_str(), "was" | "were" | "had"));
        if c == TenseCue::Future && w.ends_with("ed") && was {
            return Some(TenseCue::Past);
        }
        return Some(c);
    }
    if w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed") && !a.capital && !a.joined {
        // after a determiner it is an adjective: "a still unspecified date", "the preferred shares"
        let adjective = i > 0 && has_role(&atoms[i - 1].lower, ContextRole::Determiner);
        return (!passive && !adjective).then_some(TenseCue::Past);
    }
    None
}
