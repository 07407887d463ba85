#!/usr/bin/env bash
# The plain-text cleaner on whole-page scraper dumps: the rule-based line classifier beside the
# learned one (Resources/linemodel) on the dev split of the dump corpus (sites never trained
# on), per dumper and overall, one table (newsdesk-train measure-lines). Builds the corpus
# first when it is not there (scripts/build-dump-corpus.sh: PyPI dumpers in a throwaway venv,
# lynx and w3m from Debian). Run from anywhere:
#   bash bench/dumps.sh [CORPUS_DIR]        (default /tmp/newsdesk-dumps)
set -euo pipefail
source "$(dirname "$0")/common.sh"
corpus="${1:-/tmp/newsdesk-dumps}"
[ -f "$corpus/corpus.jsonl" ] || bash "$root/scripts/build-dump-corpus.sh" "$corpus"
flags=(-c release --static-swift-stdlib --package-path "$root" --scratch-path "${NEWSDESK_SCRATCH_PATH:-$root/.build-bench}")
swift build "${flags[@]}" --product newsdesk-train >&2
"$(swift build "${flags[@]}" --show-bin-path)/newsdesk-train" measure-lines --corpus "$corpus/corpus.jsonl" --models "$root/Resources/linemodel"
