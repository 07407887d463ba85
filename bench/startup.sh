#!/usr/bin/env bash
# Start-up: builds release, then times one small French text through each command that
# evaluations and scripts call many times (median of 25 runs, wall clock, process start included).
#   bash bench/startup.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_newsdesk

python3 - "$binary" "$root/Examples/fr-valcor-venissieux-fermeture.txt" <<'PYTHON'
import statistics, subprocess, sys, time

binary, text = sys.argv[1], sys.argv[2]
commands = [
    ["--version"],
    ["extract", text],
    ["analyze", text],
    ["analyze", "--verbatim", text],
    ["analyze", "--verbatim", "--language", "fr", text],
]
print("| command | median of 25 |")
print("|---|---|")
for arguments in commands:
    runs = []
    for _ in range(25):
        start = time.perf_counter()
        subprocess.run([binary, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        runs.append(time.perf_counter() - start)
    shown = " ".join(a if a != text else "FILE" for a in arguments)
    print(f"| `newsdesk {shown}` | {statistics.median(runs) * 1000:.1f} ms |")
PYTHON
