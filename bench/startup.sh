#!/usr/bin/env bash
# Start-up: builds release, then times one small French text through each command that
# evaluations and scripts call many times (median of 25 runs, wall clock, process start included).
#   bash bench/startup.sh
# BASELINE=/path/to/an/older/newsdesk adds its column, timed in the same run, runs alternating.
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_newsdesk

python3 - "$binary" "$root/Examples/fr-valcor-venissieux-fermeture.txt" "${BASELINE:-}" <<'PYTHON'
import statistics, subprocess, sys, time

binary, text, baseline = sys.argv[1], sys.argv[2], sys.argv[3]
binaries = [baseline, binary] if baseline else [binary]
commands = [
    ["--version"],
    ["extract", text],
    ["analyze", text],
    ["analyze", "--verbatim", text],
    ["analyze", "--verbatim", "--language", "fr", text],
]
print("| command | " + " | ".join(["baseline", "this build"] if baseline else ["median of 25"]) + " |")
print("|---|" + "---|" * len(binaries))
for arguments in commands:
    runs = {b: [] for b in binaries}
    for _ in range(25):
        for b in binaries:
            start = time.perf_counter()
            subprocess.run([b, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            runs[b].append(time.perf_counter() - start)
    shown = " ".join(a if a != text else "FILE" for a in arguments)
    print(f"| `newsdesk {shown}` | " + " | ".join(f"{statistics.median(runs[b]) * 1000:.1f} ms" for b in binaries) + " |")
PYTHON
