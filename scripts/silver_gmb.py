#!/usr/bin/env python3
"""Silver NER labels for lede's tagger: spaCy en_core_web_md (MIT) run over the public-domain
Voice of America sentences of the GMB-derived `ner_dataset.csv.gz`.

Only the GMB *texts* (tokens) are read; GMB's own annotations (research-only terms) are
ignored. spaCy tags the given tokens (no re-tokenization) and its OntoNotes labels are mapped to
lede's four: PERSON->PER; ORG->ORG; GPE, LOC, FAC->LOC; NORP, EVENT, WORK_OF_ART, LAW, LANGUAGE,
PRODUCT->MISC; everything else O.

Usage (outside CI; see models/README.md):
    python3 scripts/silver_gmb.py MODEL_DIR ../shared/data/ner/gmb-kaggle/ner_dataset.csv.gz OUT.conll

Output: CoNLL 2-column `token TAG` (IOB2), blank line between sentences, `-DOCSTART- O` every
200 sentences (GMB has no document ids; contiguous ranges stand in for documents).
"""
import csv
import gzip
import io
import sys

import spacy
from spacy.tokens import Doc

LABELS = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "LANGUAGE": "MISC", "PRODUCT": "MISC",
}


def sentences(path):
    with gzip.open(path, "rb") as raw:
        reader = csv.reader(io.TextIOWrapper(raw, encoding="cp1252", newline=""))
        next(reader)
        words = []
        for row in reader:
            if row[0].startswith("Sentence:") and words:
                yield words
                words = []
            words.append(row[1])
    # The last sentence is cut at Excel's row limit: dropped.


def main():
    model_dir, data, out_path = sys.argv[1:4]
    nlp = spacy.load(model_dir, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    docs = (Doc(nlp.vocab, words=w) for w in sentences(data))
    with open(out_path, "w", encoding="utf-8") as out:
        for n, doc in enumerate(nlp.pipe(docs, batch_size=256)):
            if n and n % 200 == 0:
                out.write("-DOCSTART- O\n\n")
            tags = ["O"] * len(doc)
            for ent in doc.ents:
                label = LABELS.get(ent.label_)
                if label is None:
                    continue
                for i in range(ent.start, ent.end):
                    tags[i] = ("B-" if i == ent.start else "I-") + label
            for token, tag in zip(doc, tags):
                out.write(f"{token.text} {tag}\n")
            out.write("\n")
            if n % 5000 == 0:
                print(n, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
