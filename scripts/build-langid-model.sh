#!/usr/bin/env bash
# Rebuilds Resources/langid/*.bin from registry data: downloads the two PyPI wheels (no install)
# and Debian's Maltese Tesseract data, unpacks them in a temporary directory, and runs
# scripts/build-langid-model.py in a throwaway venv that has its two readers (brotli for
# lingua's model files, msgpack for wordfreq's). Maltese, which lingua lacks, gets its n-grams
# from the word list inside tesseract-ocr-mlt (read with the tesseract-ocr package's
# combine_tessdata and dawg2wordlist, installed from Debian if missing; needs root).
# Takes about a minute. Running Newsdesk needs none of this: the built files are committed.
# usage: bash scripts/build-langid-model.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q brotli==1.2.1 msgpack==1.2.4
"$work/venv/bin/pip" download -q --no-deps -d "$work/wheels" lingua-language-detector==1.4.2 wordfreq==3.1.1
mkdir -p "$work/lingua" "$work/wordfreq" "$work/maltese"
"$work/venv/bin/python" -m zipfile -e "$work"/wheels/lingua_language_detector-1.4.2-*.whl "$work/lingua"
"$work/venv/bin/python" -m zipfile -e "$work"/wheels/wordfreq-3.1.1-*.whl "$work/wordfreq"

if ! command -v dawg2wordlist >/dev/null || ! command -v combine_tessdata >/dev/null; then
    apt-get install -y -q --no-install-recommends tesseract-ocr >&2
fi
(cd "$work/maltese" && apt-get download -q 'tesseract-ocr-mlt=1:4.1.0-2' >&2 && dpkg-deb -x tesseract-ocr-mlt_*.deb .)
combine_tessdata -u "$work/maltese/usr/share/tesseract-ocr/5/tessdata/mlt.traineddata" "$work/maltese/mlt." >/dev/null
dawg2wordlist "$work/maltese/mlt.lstm-unicharset" "$work/maltese/mlt.lstm-word-dawg" "$work/maltese/words.txt" >/dev/null

mkdir -p "$root/Resources/langid"
"$work/venv/bin/python" "$root/scripts/build-langid-model.py" \
    --lingua "$work/lingua" --wordfreq "$work/wordfreq" --maltese "$work/maltese/words.txt" \
    --out "$root/Resources/langid"
