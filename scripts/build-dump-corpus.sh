#!/usr/bin/env bash
# Builds the plain-text cleaner's development corpus (scripts/build-dump-corpus.py): the pages of
# ../shared/bench/extraction dumped whole by html-text, inscriptis, resiliparse, BeautifulSoup
# (PyPI, in a throwaway virtual environment) and lynx and w3m (Debian: installed if missing),
# every line labelled. Nothing is written into the repository.
#
#   bash scripts/build-dump-corpus.sh [OUT_DIR]        (default /tmp/newsdesk-dumps)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/newsdesk-dumps}"
data="${EXTRACTION_DATA:-../shared/bench/extraction}"
[ -d "$data" ] || { echo "extraction pages not found at $data" >&2; exit 1; }
for tool in lynx w3m; do
    command -v "$tool" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y --no-upgrade "$tool" >&2
done
venv="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$venv")"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check --upgrade pip >&2
"$venv/bin/pip" install --quiet --disable-pip-version-check \
    html-text==0.7.1 inscriptis==2.7.6 resiliparse==2.0.1 beautifulsoup4==4.15.0 lxml==6.1.3 trafilatura==2.3.1 >&2
"$venv/bin/python" -W ignore scripts/build-dump-corpus.py "$data" "$out"
echo "corpus: $out/corpus.jsonl" >&2
