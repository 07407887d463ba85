#!/usr/bin/env bash
# Builds Resources/lexicons/quotes/<lang>.tsv (cue verbs and the words around them) for the quote
# stage: makes a throwaway venv under /tmp with spacy-lookups-data 1.0.5 from PyPI (its lemma
# tables expand the project's base verb lists to inflected forms), then runs
# scripts/build-quote-lexicon.py. Run from anywhere: bash scripts/build-quote-lexicon.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${NEWSDESK_LEXICON_VENV:-/tmp/newsdesk-quotes-lexicon-venv}"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import spacy_lookups_data" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q spacy-lookups-data==1.0.5 >&2
fi
"$venv/bin/python" "$root/scripts/build-quote-lexicon.py" "$root/Resources/lexicons/quotes"
