#!/usr/bin/env bash
# Search at scale (issue 13): builds release, ingests the extraction pages of ../shared/bench
# and exports them, writes COUNT (default 100,000) plain-text variants of those and the other
# shared sets with bench/search-corpus.py, ingests them (--jobs 2) into a fresh store, then
# times 1,000 queries of mixed shapes in process (newsdesk-search-bench: the store opened once,
# ten hits with snippets per query, as `newsdesk search` gives), a warm-up pass first. Prints
# ingest time, store size, and latency percentiles overall and by query shape.
#   bash bench/search-scale.sh [COUNT]
#   WORK=/some/dir bash bench/search-scale.sh   keeps the store there and reuses it next time
#   STORE=/some/dir/store.sqlite bash bench/search-scale.sh   times that store (upgraded to the
#       current schema on opening) with the queries beside it; builds the timer only, never a corpus
#   PASSES=5 bash bench/search-scale.sh   measured passes after the warm-up (default 1); the
#       table gives each query its median time over the passes
set -euo pipefail
source "$(dirname "$0")/common.sh"
shared="$root/../shared/bench"
count="${1:-100000}"
passes="${PASSES:-1}"

flags=(-c release --static-swift-stdlib --package-path "$root" --scratch-path "${NEWSDESK_SCRATCH_PATH:-$root/.build-bench}")
swift build "${flags[@]}" --product newsdesk-search-bench >&2
timer="$(swift build "${flags[@]}" --show-bin-path)/newsdesk-search-bench"

if [ -n "${STORE:-}" ]; then
    [ -f "$STORE" ] || { echo "no store at $STORE" >&2; exit 1; }
    work="$(dirname "$STORE")"
elif [ -n "${WORK:-}" ]; then
    work="$WORK"
    mkdir -p "$work"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi
store="${STORE:-$work/store.sqlite}"
if [ ! -f "$store" ]; then
    require_data "$shared/extraction"
    build_newsdesk
    # Status 2 only says that a few files (licences, ground truth) are not articles.
    "$binary" ingest "$shared/extraction" --db "$work/pages.sqlite" --jobs 2 > /dev/null 2>&1 || [ $? = 2 ]
    "$binary" export --db "$work/pages.sqlite" --output "$work/pages.jsonl"
    python3 "$root/bench/search-corpus.py" "$work/pages.jsonl" "$shared" "$work" "$count"
    /usr/bin/time -f '%e %M' -o "$work/ingest-time" \
        "$binary" ingest "$work/corpus" --db "$store" --jobs 2 --format json > "$work/ingest.json" || [ $? = 2 ]
    rm -rf "$work/corpus"
fi

"$timer" "$store" "$work/queries.txt" > "$work/warm-up.tsv"
for pass in $(seq "$passes"); do
    "$timer" "$store" "$work/queries.txt" > "$work/times-$pass.tsv"
done
python3 - "$work" "$store" "$passes" <<'PYTHON'
import json, os, pathlib, statistics, sys
from collections import defaultdict
work, store, passes = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])

def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]

def rows(name):
    return [line.split("\t") for line in (work / name).read_text().splitlines()]

shapes = (work / "query-shapes.txt").read_text().splitlines()
queries = (work / "queries.txt").read_text().splitlines()
runs = [rows(f"times-{number}.tsv") for number in range(1, passes + 1)]
times = [(str(statistics.median(float(run[index][0]) for run in runs)), runs[0][index][1]) for index in range(len(runs[0]))]
warm_up = [float(ms) for ms, _ in rows("warm-up.tsv")]
if (work / "ingest-time").exists():
    seconds, kilobytes = (work / "ingest-time").read_text().split()[-2:]
    summary = json.loads((work / "ingest.json").read_text())
    print(f"ingest: {summary['stored']} stored in {float(seconds):.0f} s "
          f"({summary['stored'] / float(seconds):.0f} articles/s), peak memory {int(kilobytes) / 1024:.0f} MB")
size = sum(os.path.getsize(store + suffix) for suffix in ("", "-wal") if os.path.exists(store + suffix))
print(f"store: {size / 1e6:.0f} MB")
by_shape = defaultdict(list)
for shape, (ms, _) in zip(shapes, times):
    by_shape[shape].append(float(ms))
everything = [float(ms) for ms, _ in times]
refused = [(q, outcome) for q, (_, outcome) in zip(queries, times) if not outcome.isdigit()]
print("| queries | n | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---|---|---|---|---|")
overall = "all" if passes == 1 else f"all (median of {passes} passes)"
for name, values in [("all (warm-up pass)", warm_up), (overall, everything)] + sorted(by_shape.items()):
    print(f"| {name} | {len(values)} | {percentile(values, 50):.1f} | {percentile(values, 95):.1f} | "
          f"{percentile(values, 99):.1f} | {max(values):.1f} |")
print(f"over 1 s: {sum(v > 1000 for v in everything)}; refused: {len(refused)} {refused[:5]}")
slowest = sorted(zip(everything, queries), reverse=True)[:8]
print("slowest: " + "; ".join(f"{q!r} {ms:.0f} ms" for ms, q in slowest))
PYTHON
