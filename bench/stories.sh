#!/usr/bin/env bash
# Stories, storylines and wire copies (near duplicates) on ../shared/bench/stories: Newsdesk's
# ingest against the README's TF-IDF single-pass clustering (scikit-learn) and datasketch's
# MinHash LSH, scored as the set's README says (bench/stories.py). The peers are installed from
# PyPI into a throwaway virtual environment. Run from anywhere:
#   bash bench/stories.sh            (STORIES_ONLY=1: stories and storylines alone)
set -euo pipefail
source "$(dirname "$0")/common.sh"
data="$root/../shared/bench/stories"
require_data "$data"

build_newsdesk

venv="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$venv")"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check datasketch==2.0.0 scikit-learn==1.9.1 >&2

"$venv/bin/python" "$root/bench/stories.py" "$binary" "$data"
