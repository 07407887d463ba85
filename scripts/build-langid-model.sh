#!/usr/bin/env bash
# Rebuilds Resources/langid/*.bin from PyPI data: downloads the two source wheels (no install),
# unpacks them in a temporary directory, and runs scripts/build-langid-model.py in a throwaway
# venv that has its two readers (brotli for lingua's model files, msgpack for wordfreq's).
# Takes about a minute. Running Newsdesk needs none of this: the built files are committed.
# usage: bash scripts/build-langid-model.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q brotli==1.2.1 msgpack==1.2.4
"$work/venv/bin/pip" download -q --no-deps -d "$work/wheels" lingua-language-detector==1.4.2 wordfreq==3.1.1
mkdir -p "$work/lingua" "$work/wordfreq"
"$work/venv/bin/python" -m zipfile -e "$work"/wheels/lingua_language_detector-1.4.2-*.whl "$work/lingua"
"$work/venv/bin/python" -m zipfile -e "$work"/wheels/wordfreq-3.1.1-*.whl "$work/wordfreq"
mkdir -p "$root/Resources/langid"
"$work/venv/bin/python" "$root/scripts/build-langid-model.py" \
    --lingua "$work/lingua" --wordfreq "$work/wordfreq" --out "$root/Resources/langid"
