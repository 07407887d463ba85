#!/usr/bin/env bash
# Trains the plain-text cleaner's line model (Resources/linemodel/lines.bin), line trees
# (context.bin) and title ranker (title.bin) on the train split of the dump corpus, building
# the corpus first when it is not there (scripts/build-dump-corpus.sh). `newsdesk-train lines`
# trains the line model and writes the context features of the train lines and their pages'
# title candidates; scripts/train-line-trees.py (scikit-learn, in a throwaway virtual
# environment) fits the trees on them. Deterministic: the same corpus gives the same models.
#
#   bash scripts/build-line-model.sh [CORPUS_DIR] [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-/tmp/newsdesk-dumps}"
output="${2:-Resources/linemodel}"
[ -f "$corpus/corpus.jsonl" ] || bash scripts/build-dump-corpus.sh "$corpus"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags=(-c release --static-swift-stdlib --scratch-path "${NEWSDESK_SCRATCH_PATH:-.build-bench}")
swift build "${flags[@]}" --product newsdesk-train >&2
"$(swift build "${flags[@]}" --show-bin-path)/newsdesk-train" lines --corpus "$corpus/corpus.jsonl" --out "$output/lines.bin" \
    --context-out "$work/context.tsv" --title-out "$work/titles.tsv" --epochs "${EPOCHS:-5}" --body-weight "${BODY_WEIGHT:-4}"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check numpy==2.4.6 scikit-learn==1.9.1 >&2
"$work/venv/bin/python" scripts/train-line-trees.py lines "$work/context.tsv" "$output/context.bin"
"$work/venv/bin/python" scripts/train-line-trees.py titles "$work/titles.tsv" "$output/title.bin"
