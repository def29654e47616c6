#!/usr/bin/env bash
# Trains a shipped name tagger (streams/.../enrich/ner/xx.model.gz) from a published set's test part, whole, and
# the even-numbered half of its development part in ../shared, so the odd half stays held out for
# `./newswire eval-ner ../shared/benchmarks/multilingual-ner/xx-dev.jsonl --split 2:1`.
# The tagger reads the rules' labels, so the model depends on the code it is trained with: the shipped German and
# Russian models are what this command gives at commits 5a00a88 and cd6379e (see docs/enrichment.md).
#
# Usage: scripts/ner-training/train.sh de NER-de-test.tsv
#          GermEval 2014's test part (CC BY 4.0) as published: github.com/davidsbatista/NER-datasets,
#          GermEval2014/NER-de-test.tsv @ db7ff3c (germeval2014.py reproduces ../shared's de-dev.jsonl byte for
#          byte from NER-de-dev.tsv)
#        scripts/ner-training/train.sh ru testset/
#          factRuEval-2016's test set (MIT): github.com/dialogue-evaluation/factRuEval-2016, testset/ @ dfe9623
#          (factrueval2016.py gives ../shared's ru-dev.jsonl entities exactly from devset/)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
language="$1"
case "$language" in
    de) converter="$here/germeval2014.py" ;;
    ru) converter="$here/factrueval2016.py" ;;
    *) echo "No training set is known for '$language' (de, ru)" >&2; exit 2 ;;
esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$converter" "$2" "$language-test" > "$work/test.jsonl"
# Documents 0 mod 2 of the development part: the half train-ner --split 2:0 would take.
awk 'NR % 2 == 1' "$root/../shared/benchmarks/multilingual-ner/$language-dev.jsonl" > "$work/dev-half.jsonl"
cd "$root"
./newswire train-ner "$work/test.jsonl" "$work/dev-half.jsonl" \
    --out "streams/src/main/resources/io/newswire/streams/enrich/ner/$language.model.gz"
