#!/usr/bin/env bash
# Main-content extraction: Newsdesk vs trafilatura, readability-lxml and resiliparse on both
# sets of ../shared/bench/extraction, scored with each set's own metric (bench/extraction.py).
# Peers are installed from PyPI into a throwaway virtual environment. Run from anywhere:
#   bash bench/extraction.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
data="$root/../shared/bench/extraction"
require_data "$data"

build_newsdesk

venv="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$venv")"' EXIT
python3 -m venv "$venv"
# A current pip: older resolvers trip over the lxml[html_clean] extra that two peers require.
"$venv/bin/pip" install --quiet --disable-pip-version-check --upgrade pip >&2
"$venv/bin/pip" install --quiet --disable-pip-version-check \
    trafilatura==2.3.1 readability-lxml==0.9 resiliparse==2.0.1 >&2

"$venv/bin/python" "$root/bench/extraction.py" "$binary" "$data"
