#!/usr/bin/env python3
"""Word clusters for lede's NER tagger, from the word vectors shipped in spaCy's
en_core_web_md 3.8.0 (package licence MIT; the vectors are "Explosion Vectors", CC0).

spaCy md maps ~685k word forms onto 20,000 vector rows: the row is already a fine cluster.
The 20,000 row vectors are grouped further with k-means (fixed seed) into 512 clusters, and
those into 64, so each word gets three cluster ids (64 / 512 / 20,000), a hierarchy in the
spirit of Brown clusters.

Usage (outside CI; see models/README.md):
    python3 scripts/word_clusters.py MODEL_DIR models/clusters.bin

Output format (little-endian): b"LEDECLU1", u32 count, then count x (u32 FNV-1a hash of the
word's UTF-8 bytes, u16 row, u16 cluster512 (the 64-cluster is cluster512's parent, stored in a
trailing table of 512 u8)). Entries sorted by hash.
"""
import struct
import sys

import numpy as np
import spacy


def fnv1a32(data: bytes) -> int:
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def kmeans(x, k, iters, seed):
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    for _ in range(iters):
        d = (x * x).sum(1)[:, None] - 2 * x @ centres.T + (centres * centres).sum(1)[None, :]
        assign = d.argmin(1)
        for c in range(k):
            members = x[assign == c]
            if len(members):
                centres[c] = members.mean(0)
    return assign, centres


def main():
    model_dir, out_path = sys.argv[1:3]
    nlp = spacy.load(model_dir, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "ner"])
    vectors = nlp.vocab.vectors
    data = np.asarray(vectors.data, dtype=np.float32)
    norms = np.linalg.norm(data, axis=1, keepdims=True)
    unit = data / np.maximum(norms, 1e-6)
    c512, centres = kmeans(unit, 512, 12, 2026)
    centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-6)
    c64_of_512, _ = kmeans(centres, 64, 25, 2026)
    entries = {}
    for key, row in vectors.key2row.items():
        try:
            word = nlp.vocab.strings[key]
        except KeyError:
            continue
        if not word or len(word) > 24 or any(ch.isspace() for ch in word) or not any(ch.isalpha() for ch in word):
            continue
        h = fnv1a32(word.encode("utf-8"))
        entries.setdefault(h, (row, int(c512[row])))
    with open(out_path, "wb") as out:
        out.write(b"LEDECLU1")
        out.write(struct.pack("<I", len(entries)))
        for h in sorted(entries):
            row, c = entries[h]
            out.write(struct.pack("<IHH", h, row, c))
        out.write(bytes(int(p) for p in c64_of_512))
    print(f"{len(entries)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
