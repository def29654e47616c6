#!/usr/bin/env bash
# Trains the shipped German name tagger (streams/.../enrich/ner/de.model.gz) from GermEval 2014 (CC BY 4.0):
# its test part whole, and the even-numbered half of its development part, so the odd half stays held out
# for `./newswire eval-ner ../shared/benchmarks/multilingual-ner/de-dev.jsonl --split 2:1`.
#
# Usage: scripts/ner-training/train-de.sh NER-de-test.tsv
#   NER-de-test.tsv: GermEval 2014's test part as published (github.com/davidsbatista/NER-datasets,
#   GermEval2014/NER-de-test.tsv @ db7ff3c); the development part is ../shared's de-dev.jsonl, which
#   germeval2014.py reproduces byte for byte from NER-de-dev.tsv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/germeval2014.py" "$1" germeval-test > "$work/test.jsonl"
# Documents 0 mod 2 of the development part: the half train-ner --split 2:0 would take.
awk 'NR % 2 == 1' "$root/../shared/benchmarks/multilingual-ner/de-dev.jsonl" > "$work/dev-half.jsonl"
cd "$root"
./newswire train-ner "$work/test.jsonl" "$work/dev-half.jsonl" \
    --out streams/src/main/resources/io/newswire/streams/enrich/ner/de.model.gz
