//! The tagger's weights: an averaged perceptron's rows, stored sparse and quantised.
//!
//! Binary format (little-endian), defined for lede:
//! `b"LEDENER1"`, `u32` number of tags, `f32` scale, `u32` number of features, then per feature
//! `u32` key, `u8` n, and n × (`u8` tag, `i16` weight). A weight is `i16 × scale`.

use crate::extract::ner::features::N_TAGS;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use thiserror::Error;

const MAGIC: &[u8; 8] = b"LEDENER1";

/// Why a weights file cannot be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ModelError {
    /// Not a lede NER weights file.
    #[error("not a lede NER model (bad header)")]
    BadHeader,
    /// Made for another tag set.
    #[error("the model has {0} tags, this build expects {N_TAGS}")]
    TagCount(u32),
    /// Cut short.
    #[error("the model file is truncated")]
    Truncated,
}

/// Feature keys are already hashes: use them as they are.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map keyed by feature hash.
pub type KeyMap<V> = HashMap<u32, V, BuildHasherDefault<KeyHasher>>;

/// One slot of the weight table: a feature key (0 = empty) and its row of quantised weights.
#[derive(Debug, Clone, Copy)]
struct Slot {
    key: u32,
    row: [i16; N_TAGS],
}

const EMPTY: Slot = Slot { key: 0, row: [0; N_TAGS] };

/// The weights, ready to score: an open-addressing table whose slots hold the whole row, so
/// that a feature costs one memory access.
#[derive(Debug)]
pub struct Model {
    slots: Vec<Slot>,
    mask: usize,
    scale: f32,
    features: usize,
}

impl Default for Model {
    fn default() -> Self {
        Model { slots: vec![EMPTY; 1], mask: 0, scale: 1.0, features: 0 }
    }
}

/// Key 0 marks an empty slot; a feature that hashes to 0 is stored as 1.
fn slot_key(key: u32) -> u32 {
    key.max(1)
}

fn home(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 7) as usize & mask
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let slice = self.bytes.get(self.at..self.at + N).ok_or(ModelError::Truncated)?;
        self.at += N;
        let mut out = [0u8; N];
        out.copy_from_slice(slice);
        Ok(out)
    }
}

impl Model {
    /// Reads a weights file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.get(..8) != Some(MAGIC.as_slice()) {
            return Err(ModelError::BadHeader);
        }
        let mut r = Reader { bytes, at: 8 };
        let tags = u32::from_le_bytes(r.take()?);
        if tags as usize != N_TAGS {
            return Err(ModelError::TagCount(tags));
        }
        let scale = f32::from_le_bytes(r.take()?);
        let count = u32::from_le_bytes(r.take()?) as usize;
        // Check the whole file before allocating for it.
        let mut rows = Vec::with_capacity(count.min(bytes.len() / 5));
        for _ in 0..count {
            let key = slot_key(u32::from_le_bytes(r.take()?));
            let [n] = r.take()?;
            let mut row = [0i16; N_TAGS];
            for _ in 0..n {
                let [tag] = r.take()?;
                let weight = i16::from_le_bytes(r.take()?);
                if let Some(w) = row.get_mut(tag as usize) {
                    *w = weight;
                }
            }
            rows.push((key, row));
        }
        let capacity = (rows.len() * 3 / 2 + 1).next_power_of_two();
        let mut model = Model { slots: vec![EMPTY; capacity], mask: capacity - 1, scale, features: 0 };
        for (key, row) in rows {
            let mut i = home(key, model.mask);
            while model.slots[i].key != 0 && model.slots[i].key != key {
                i = (i + 1) & model.mask;
            }
            if model.slots[i].key == 0 {
                model.features += 1;
            }
            model.slots[i] = Slot { key, row };
        }
        Ok(model)
    }

    /// Writes weights (feature key → one weight per tag), dropping weights whose magnitude is
    /// below `min_weight`.
    pub fn to_bytes(weights: &KeyMap<[f32; N_TAGS]>, min_weight: f32) -> Vec<u8> {
        let max = weights.values().flat_map(|row| row.iter()).fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / f32::from(i16::MAX) } else { 1.0 };
        let mut keys: Vec<u32> = weights.keys().copied().collect();
        keys.sort_unstable();
        let mut body = Vec::new();
        let mut count = 0u32;
        for key in keys {
            let row = &weights[&key];
            let kept: Vec<(u8, i16)> = row
                .iter()
                .enumerate()
                .filter(|(_, w)| w.abs() >= min_weight)
                .map(|(t, w)| (t as u8, (w / scale).round() as i16))
                .filter(|(_, q)| *q != 0)
                .collect();
            if kept.is_empty() {
                continue;
            }
            count += 1;
            body.extend_from_slice(&key.to_le_bytes());
            body.push(kept.len() as u8);
            for (tag, q) in kept {
                body.push(tag);
                body.extend_from_slice(&q.to_le_bytes());
            }
        }
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&body);
        out
    }

    /// Number of features with a weight.
    pub fn features(&self) -> usize {
        self.features
    }

    /// Adds the weights of `features` to `scores`.
    pub fn score(&self, features: &[u32], scores: &mut [f32; N_TAGS]) {
        let mut sum = [0i32; N_TAGS];
        for &key in features {
            let key = slot_key(key);
            let mut i = home(key, self.mask);
            loop {
                let slot = &self.slots[i];
                if slot.key == key {
                    for (s, &w) in sum.iter_mut().zip(&slot.row) {
                        *s += i32::from(w);
                    }
                    break;
                }
                if slot.key == 0 {
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
        for (s, q) in scores.iter_mut().zip(sum) {
            *s += q as f32 * self.scale;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut weights: KeyMap<[f32; N_TAGS]> = KeyMap::default();
        let mut row = [0f32; N_TAGS];
        row[3] = 2.0;
        row[5] = -1.0;
        row[6] = 0.001;
        weights.insert(42, row);
        let model = Model::from_bytes(&Model::to_bytes(&weights, 0.01)).expect("valid");
        assert_eq!(model.features(), 1);
        let mut scores = [0f32; N_TAGS];
        model.score(&[42, 7], &mut scores);
        assert!((scores[3] - 2.0).abs() < 1e-3);
        assert!((scores[5] + 1.0).abs() < 1e-3);
        assert_eq!(scores[6], 0.0);
    }

    #[test]
    fn rejects_garbage() {
        assert_eq!(Model::from_bytes(b"nope").unwrap_err(), ModelError::BadHeader);
        let mut bytes = Model::to_bytes(&KeyMap::default(), 0.0);
        bytes[16] = 9; // claims 9 features that are not there
        assert_eq!(Model::from_bytes(&bytes).unwrap_err(), ModelError::Truncated);
    }
}
