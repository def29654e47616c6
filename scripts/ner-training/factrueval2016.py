#!/usr/bin/env python3
"""factRuEval-2016 (devset/ or testset/ of dialogue-evaluation/factRuEval-2016) -> the eval-ner / train-ner
JSON lines (the layout of ../shared's ru-dev.jsonl).

The Natasha project's conventions: a person is the whole mention (first to last of its spans); organisations and
places are their name parts only (org_name, loc_name: "мэрии Москвы" gives LOC "Москвы"); LocOrg -> LOC; a
name inside another is left out.
Offsets are code points into the .txt file's text, read verbatim.

Usage: factrueval2016.py DIR PREFIX > out.jsonl   (DIR holds book_N.txt, .spans, .objects)
"""
import json
import os
import re
import sys

NAME_PARTS = {"Org": ("org_name", "ORG"), "Location": ("loc_name", "LOC"), "LocOrg": ("loc_name", "LOC")}


def spans(path):
    table = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            fields = line.split("#")[0].split()
            if fields:
                table[fields[0]] = (fields[1], int(fields[2]), int(fields[2]) + int(fields[3]))
    return table


def entities(directory, book):
    table = spans(os.path.join(directory, book + ".spans"))
    found = {}
    with open(os.path.join(directory, book + ".objects"), encoding="utf-8") as lines:
        for line in lines:
            fields = line.split("#")[0].split()
            if not fields:
                continue
            kind, members = fields[1], [table[s] for s in fields[2:] if s in table]
            if kind == "Person" and members:
                found[(min(m[1] for m in members), max(m[2] for m in members))] = "PER"
            elif kind in NAME_PARTS:
                part, label = NAME_PARTS[kind]
                for span_type, start, end in members:
                    if span_type == part:
                        found.setdefault((start, end), label)
    # Flat, as the Natasha loader leaves it: a name inside another ("РФ" in "Совета при Президенте РФ") goes.
    return {span: label for span, label in found.items()
            if not any(other != span and other[0] <= span[0] and span[1] <= other[1] for other in found)}


def main(directory, prefix):
    books = sorted((name[:-4] for name in os.listdir(directory) if name.startswith("book_") and name.endswith(".txt")),
                   key=lambda name: int(re.sub(r"\D", "", name)))
    for number, book in enumerate(books):
        with open(os.path.join(directory, book + ".txt"), encoding="utf-8", newline="") as source:
            text = source.read()
        listed = [{"start": s, "end": e, "type": t, "text": text[s:e]} for (s, e), t in sorted(entities(directory, book).items())]
        print(json.dumps({"id": f"{prefix}-{number}", "source_doc": book, "text": text, "entities": listed}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
