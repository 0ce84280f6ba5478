#!/usr/bin/env python3
"""Silver NER labels for lede's tagger on pre-tokenized, licence-clean texts: spaCy
en_core_web_md (MIT) tags the given tokens; OntoNotes labels are mapped to PER/ORG/LOC/MISC as
in silver_gmb.py. Only the first column (the word) of each input file is read: the input's own
labels are ignored.

Used for the GUM news, interview and voyage documents (texts CC BY 2.5 / CC BY-SA 3.0; never
the whow genre, which is non-commercial).

Usage (outside CI; see models/README.md):
    python3 scripts/silver_conll.py MODEL_DIR OUT.conll FILE...
Each input file is one document (token per line, blank line between sentences).
"""
import sys

import spacy
from spacy.tokens import Doc

from silver_gmb import LABELS


def sentences(path):
    words = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield words
                    words = []
                continue
            words.append(line.split("\t")[0].split(" ")[0])
    if words:
        yield words


def main():
    model_dir, out_path, *files = sys.argv[1:]
    if any("whow" in f for f in files):
        sys.exit("the GUM whow genre is non-commercial: leave it out")
    nlp = spacy.load(model_dir, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    with open(out_path, "w", encoding="utf-8") as out:
        for path in files:
            docs = [Doc(nlp.vocab, words=w) for w in sentences(path)]
            for doc in nlp.pipe(docs):
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
            out.write("-DOCSTART- O\n\n")


if __name__ == "__main__":
    main()
