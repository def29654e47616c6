#!/usr/bin/env bash
# Trains the shipped Russian name tagger (streams/.../enrich/ner/ru.model.gz) from factRuEval-2016 (MIT): its test
# set whole, and the even-numbered half of its development set, so the odd half stays held out for
# `./newswire eval-ner ../shared/benchmarks/multilingual-ner/ru-dev.jsonl --split 2:1`.
#
# Usage: scripts/ner-training/train-ru.sh TESTSET_DIR
#   TESTSET_DIR: testset/ of github.com/dialogue-evaluation/factRuEval-2016 (@ dfe9623); the development set is
#   ../shared's ru-dev.jsonl, whose entities factrueval2016.py reproduces from devset/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/factrueval2016.py" "$1" ru-test > "$work/test.jsonl"
# Documents 0 mod 2 of the development set: the half train-ner --split 2:0 would take.
awk 'NR % 2 == 1' "$root/../shared/benchmarks/multilingual-ner/ru-dev.jsonl" > "$work/dev-half.jsonl"
cd "$root"
./newswire train-ner "$work/test.jsonl" "$work/dev-half.jsonl" \
    --out streams/src/main/resources/io/newswire/streams/enrich/ner/ru.model.gz
