//! The direction of a clause, from cheap cues: auxiliaries and verb endings near the time
//! expression ("will", "was", "-ed"), nearest first.

use crate::extract::timex::grammar::Atom;
use crate::extract::timex::lexicon::{TenseCue, tense_cue};
use crate::extract::token::TokenKind;

/// How far (in atoms) a cue may be from the expression.
const BEFORE: usize = 12;
const AFTER: usize = 8;

/// The tense cue for the expression at atoms `start..end` of a sentence: the nearest cue
/// before it in its clause, else the nearest after it.
pub fn clause_tense(atoms: &[Atom], start: usize, end: usize) -> Option<TenseCue> {
    let lo = start.saturating_sub(BEFORE);
    for i in (lo..start).rev() {
        if is_boundary(&atoms[i]) {
            break;
        }
        if let Some(cue) = cue(atoms, i) {
            return Some(cue);
        }
    }
    let hi = (end + AFTER).min(atoms.len());
    for i in end..hi {
        if is_boundary(&atoms[i]) {
            break;
        }
        if let Some(cue) = cue(atoms, i) {
            return Some(cue);
        }
    }
    None
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
    if w == "going" {
        return (atoms.get(i + 1).is_some_and(|n| n.lower == "to")).then_some(TenseCue::Future);
    }
    if w == "set" && atoms.get(i + 1).is_some_and(|n| n.lower == "to") {
        return Some(TenseCue::Future);
    }
    if w == "to" {
        return None;
    }
    if let Some(c) = tense_cue(w) {
        return Some(c);
    }
    if w.len() > 4 && w.ends_with("ed") && !a.capital && !a.joined {
        return Some(TenseCue::Past);
    }
    None
}
