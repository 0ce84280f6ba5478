//! Word clusters: three nested groupings of ~640k English word forms (64, 512 and 20,000
//! clusters), made from the word vectors of spaCy's `en_core_web_md` (vectors CC0, package MIT)
//! by `scripts/word_clusters.py`. Words used in similar contexts share clusters, which lets the
//! tagger generalise from names it has seen to names it has not.
//!
//! The table (`models/clusters.bin`) is embedded and indexed once, on first use.

use std::sync::LazyLock;

/// Cluster ids of a word: coarse (64), middle (512) and fine (20,000).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordCluster {
    /// One of 64.
    pub coarse: u8,
    /// One of 512.
    pub middle: u16,
    /// One of 20,000 (the vector row).
    pub fine: u16,
}

static TABLE: &[u8] = include_bytes!("../../../models/clusters.bin");
const HEADER: usize = 12;
const ENTRY: usize = 8;

fn fnv1a32(word: &str) -> u32 {
    let mut h: u32 = 0x811C_9DC5;
    for b in word.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

fn count() -> usize {
    if TABLE.get(..8) != Some(b"LEDECLU1".as_slice()) {
        return 0;
    }
    let n = TABLE.get(8..12).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize);
    // A table cut short is used only as far as it goes.
    n.min(TABLE.len().saturating_sub(HEADER) / ENTRY)
}

fn read_u16(at: usize) -> u16 {
    TABLE.get(at..at + 2).map_or(0, |b| u16::from_le_bytes([b[0], b[1]]))
}

/// The table as an open-addressing hash table (built once): hash → (fine << 16 | middle).
struct Index {
    slots: Vec<(u32, u32)>,
    mask: usize,
    coarse: &'static [u8],
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let n = count();
    let capacity = (n * 2).max(1).next_power_of_two();
    let mut slots = vec![(0u32, u32::MAX); capacity];
    let mask = capacity - 1;
    for i in 0..n {
        let at = HEADER + i * ENTRY;
        let h = u32::from_le_bytes([TABLE[at], TABLE[at + 1], TABLE[at + 2], TABLE[at + 3]]);
        let value = (u32::from(read_u16(at + 4)) << 16) | u32::from(read_u16(at + 6));
        let mut s = home(h, mask);
        while slots[s].1 != u32::MAX && slots[s].0 != h {
            s = (s + 1) & mask;
        }
        slots[s] = (h, value);
    }
    let coarse = TABLE.get(HEADER + n * ENTRY..).unwrap_or(&[]);
    Index { slots, mask, coarse }
});

fn home(hash: u32, mask: usize) -> usize {
    (hash.wrapping_mul(0x9E37_79B1) >> 5) as usize & mask
}

/// The clusters of a word form as written (case matters), if the table knows it.
pub fn cluster(word: &str) -> Option<WordCluster> {
    let index = &*INDEX;
    let key = fnv1a32(word);
    let mut s = home(key, index.mask);
    loop {
        let (h, value) = index.slots[s];
        if value == u32::MAX {
            return None;
        }
        if h == key {
            let middle = (value & 0xffff) as u16;
            let coarse = index.coarse.get(middle as usize).copied().unwrap_or(0);
            return Some(WordCluster { coarse, middle, fine: (value >> 16) as u16 });
        }
        s = (s + 1) & index.mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_words_share_clusters() {
        let paris = cluster("Paris").expect("Paris is known");
        let berlin = cluster("Berlin").expect("Berlin is known");
        let microsoft = cluster("Microsoft").expect("Microsoft is known");
        assert_eq!(paris.middle, berlin.middle);
        assert_ne!(paris.middle, microsoft.middle);
        assert!(cluster("zzqxjv-not-a-word").is_none());
    }
}
