#!/usr/bin/env bash
# Trains the plain-text cleaner's line model (Resources/linemodel/lines.bin) on the train split
# of the dump corpus, building the corpus first when it is not there
# (scripts/build-dump-corpus.sh). Deterministic: the same corpus gives the same model.
#
#   bash scripts/build-line-model.sh [CORPUS_DIR] [OUTPUT]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-/tmp/newsdesk-dumps}"
output="${2:-Resources/linemodel/lines.bin}"
[ -f "$corpus/corpus.jsonl" ] || bash scripts/build-dump-corpus.sh "$corpus"
flags=(-c release --static-swift-stdlib --scratch-path "${NEWSDESK_SCRATCH_PATH:-.build-bench}")
swift build "${flags[@]}" --product newsdesk-train >&2
"$(swift build "${flags[@]}" --show-bin-path)/newsdesk-train" lines --corpus "$corpus/corpus.jsonl" --out "$output" \
    --epochs "${EPOCHS:-5}" --body-weight "${BODY_WEIGHT:-4}" --smoothing "${SMOOTHING:-0.5}"
