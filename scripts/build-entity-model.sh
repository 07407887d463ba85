#!/usr/bin/env bash
# Trains Newsdesk's name recogniser (Resources/entities/names.bin) on the NER corpora in
# ../shared/train/ner (see its README for sources and licences), with the gazetteer evidence
# of Resources/entities. Deterministic: the same corpora and resources give the same model.
#
#   bash scripts/build-entity-model.sh [OUTPUT]
set -euo pipefail
cd "$(dirname "$0")/.."
corpora="${NER_CORPORA:-../shared/train/ner}"
output="${1:-Resources/entities/names.bin}"
swift build -c release --product newsdesk-train >&2
# Weights: news-like and clean text counts fully; historical OCR, tweets and legal text less.
# Only wikigold and WNUT-17 mark `other` names (MISC); elsewhere such a name is not corrected.
.build/release/newsdesk-train names --out "$output" --epochs "${EPOCHS:-8}" --prune "${PRUNE:-0.0002}" ${RESOURCES_FLAG:---resources Resources/entities} \
  --train "$corpora/europeana_fr_bnf:1:fr" \
  --train "$corpora/europeana_de_lft:1:de" \
  --train "$corpora/europeana_de_onb:0.5:de" \
  --train "$corpora/europeana_de_sbb:1:de" \
  --train "$corpora/uner_pt_bosque:1:pt" \
  --train "$corpora/lener_br:0.5:pt" \
  --train "$corpora/wikigold:1:en:other" \
  --train "$corpora/wnut17:0.5:en:other" \
  --train "$corpora/btc:0.5:en" \
  --file "$corpora/uner_en_ewt/dev.conll:1:en"
