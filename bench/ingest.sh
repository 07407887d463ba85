#!/usr/bin/env bash
# Ingest throughput: builds Newsdesk in release mode, ingests every page of both extraction
# sets in ../shared/bench/extraction (1,171 gzip HTML pages) into a fresh database, and prints
# pages per second and peak memory (max RSS). Run from anywhere: bash bench/ingest.sh [jobs]
set -euo pipefail
source "$(dirname "$0")/common.sh"
data="$root/../shared/bench/extraction"
jobs="${1:-$(nproc)}"
require_data "$data"

build_newsdesk

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pages=$(find "$data/scrapinghub/html" "$data/trafilatura-eval/pages" -name '*.html.gz' | wc -l)

runs=3
results=()
for run in $(seq 1 $runs); do
    rm -f "$work"/bench.sqlite*
    /usr/bin/time -f '%e %M' -o "$work/time" "$binary" ingest "$data/scrapinghub/html" "$data/trafilatura-eval/pages" \
        --db "$work/bench.sqlite" --jobs "$jobs" --format json > "$work/summary.json" || true
    read -r seconds kilobytes < <(tail -n 1 "$work/time")
    stored=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stored"])' "$work/summary.json")
    [ "$run" = 1 ] && python3 -c 'import json,sys,collections
s = json.load(open(sys.argv[1]))
print("not stored:", dict(collections.Counter(p["code"] for p in s["problems"])), file=sys.stderr)' "$work/summary.json"
    results+=("$seconds $kilobytes $stored")
done

printf '%s\n' "${results[@]}" | python3 -c '
import sys, statistics
pages, jobs = int(sys.argv[1]), sys.argv[2]
rows = [tuple(map(float, line.split())) for line in sys.stdin if line.strip()]
seconds = statistics.median(r[0] for r in rows)
peak_mb = max(r[1] for r in rows) / 1024
stored = int(rows[-1][2])
print(f"| pages | stored | jobs | seconds (median of {len(rows)}) | pages/s | peak memory |")
print("|---|---|---|---|---|---|")
print(f"| {pages} | {stored} | {jobs} | {seconds:.2f} | {pages / seconds:.0f} | {peak_mb:.0f} MB |")
' "$pages" "$jobs"
