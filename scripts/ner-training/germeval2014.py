#!/usr/bin/env python3
"""GermEval 2014 TSV -> the eval-ner / train-ner JSON lines (the layout of ../shared's de-dev.jsonl).

Outer layer only; OTH -> MISC; *deriv / *part -> MISCD. Sentences are joined into pseudo-documents of 25
(GermEval has no document markers), tokens by one space except before , . ; : ! ? ) and after (.

Usage: germeval2014.py NER-de-test.tsv PREFIX > germeval-test.jsonl
"""
import json
import sys

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")"}
PER_DOCUMENT = 25


def sentences(path):
    tokens = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if tokens:
                    yield tokens
                tokens = []
                continue
            columns = line.split("\t")
            tokens.append((columns[1], columns[2]))
    if tokens:
        yield tokens


def entity_type(tag):
    kind = tag[2:]
    if kind.endswith("deriv") or kind.endswith("part"):
        return "MISCD"
    return {"OTH": "MISC"}.get(kind, kind)


def render(sentence, offset):
    """The sentence's text and its entities, offsets in code points from the document's start."""
    text = ""
    entities = []
    open_entity = None
    previous = None
    for word, tag in sentence:
        if text and word not in NO_SPACE_BEFORE and previous != "(":
            text += " "
        start = offset + len(text)
        text += word
        end = offset + len(text)
        if tag.startswith("B-") or (tag.startswith("I-") and (open_entity is None or open_entity["type"] != entity_type(tag))):
            open_entity = {"start": start, "end": end, "type": entity_type(tag)}
            entities.append(open_entity)
        elif tag.startswith("I-"):
            open_entity["end"] = end
        else:
            open_entity = None
        previous = word
    return text, entities


def main(path, prefix):
    batch = []
    number = 0

    def flush():
        nonlocal number
        text = ""
        entities = []
        for sentence in batch:
            if text:
                text += "\n"
            sentence_text, sentence_entities = render(sentence, len(text))
            text += sentence_text
            entities.extend(sentence_entities)
        for entity in entities:
            entity["text"] = text[entity["start"]:entity["end"]]
        print(json.dumps({"id": f"{prefix}-{number}", "text": text, "entities": entities}, ensure_ascii=False))
        number += 1

    for sentence in sentences(path):
        batch.append(sentence)
        if len(batch) == PER_DOCUMENT:
            flush()
            batch = []
    if batch:
        flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
