#!/usr/bin/env bash
# A year of news as a stream (bench/stream.py): a synthetic stream of 100,000 articles made
# from the shared benchmark texts, ingested day by day into one store; prints the CPU cost of
# each block of 10,000 articles as the store grows. Run from anywhere:
#   bash bench/stream.sh [ARTICLES]
set -euo pipefail
source "$(dirname "$0")/common.sh"
data="$root/../shared/bench"
require_data "$data/stories"

build_newsdesk
python3 "$root/bench/stream.py" "$binary" "$data" "$@"
