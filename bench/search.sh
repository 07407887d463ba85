#!/usr/bin/env bash
# Search latency: builds release, ingests every page of ../shared/bench/extraction (1,171 pages,
# decompressed) plus one generated French article of about 3.9 MB that names "conseil" in every
# paragraph, then times a fixed mix of queries (`newsdesk search Q --format json`, process start
# included, median of three). BASELINE=/path/to/another/newsdesk adds a column for another build,
# which gets a store of its own (a store's schema belongs to the build that wrote it).
#   bash bench/search.sh            BASELINE=/tmp/old/newsdesk bash bench/search.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
data="$root/../shared/bench/extraction"
require_data "$data"

build_newsdesk

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$data" "$work" "$binary" "${BASELINE:-}" <<'PYTHON'
import gzip, pathlib, random, statistics, subprocess, sys, time

data, work, binaries = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), [b for b in sys.argv[3:] if b]
pages = work / "pages"
pages.mkdir()
for page in sorted(data.glob("*/*/*.html.gz")):
    (pages / page.name[:-3]).write_bytes(gzip.decompress(page.read_bytes()))
random.seed(1)
words = ("le conseil municipal a voté mardi la rénovation de école primaire du centre ville dont les "
         "travaux commenceront en juin selon maire").split()
paragraphs = [" ".join(random.choice(words) for _ in range(80)).capitalize() + "." for _ in range(8000)]
(pages / "long.txt").write_text("Un très long compte rendu du conseil\n\n" + "\n\n".join(paragraphs))

# One-letter prefixes (s* t*) are refused as too broad since the query limits (FTSQuery); their
# two-letter neighbours are timed instead.
queries = ["se* th*", "an* OR be* OR co* OR de*", "the and of to", "conseil", "strike", '"the"', "s* t*"]
columns = []
for index, binary in enumerate(binaries):
    database = work / f"store-{index}.sqlite"
    # Status 2 only says that a few pages held no article.
    ingest = subprocess.run([binary, "ingest", str(pages), "--db", str(database)], capture_output=True)
    if ingest.returncode not in (0, 2):
        sys.exit(f"{binary} ingest failed: {ingest.stderr.decode()}")
    times = []
    for query in queries:
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([binary, "search", query, "--db", str(database), "--format", "json"], capture_output=True)
            runs.append(time.perf_counter() - start)
        times.append(statistics.median(runs))
    columns.append(times)

names = ["this build"] + (["baseline"] if len(binaries) > 1 else [])
print("| query | " + " | ".join(names) + " |")
print("|---|" + "---|" * len(names))
for row, query in enumerate(queries):
    cells = [f"{column[row] * 1000:.0f} ms" for column in columns]
    print(f"| `{query}` | " + " | ".join(cells) + " |")
PYTHON
