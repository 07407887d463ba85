#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer from the Swift toolchain (-sanitize=fuzzer, with
# AddressSanitizer): the HTML extractor, the plain-text cleaner, the decoder and the search-query
# translator (Sources/newsdesk-fuzz), each for SECONDS (default 600), one after another. An input
# that runs over a second counts as a hang. Seeds: Examples/ and the query shapes below. Crashes
# and hangs land in $out/TARGET/ (default .build-fuzz/findings); replay one with a normal build:
# swift run newsdesk-fuzz TARGET FILE. A summary line per target ends the run.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-600}"
[ $# -gt 0 ] && shift
targets=(html text decoder query)
[ $# -gt 0 ] && targets=("$@")
scratch="$root/.build-fuzz"
out="${FUZZ_OUT:-$scratch/findings}"

# lld, not gold: gold fails on libFuzzer's archive beside SwiftPM's renamed entry point.
swift build --package-path "$root" --scratch-path "$scratch" --product newsdesk-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library -Xswiftc -use-ld=lld >&2 || exit 1
fuzzer="$(swift build --package-path "$root" --scratch-path "$scratch" --show-bin-path)/newsdesk-fuzz"

for target in "${targets[@]}"; do
    corpus="$out/$target/corpus"
    mkdir -p "$corpus" "$out/$target/crashes"
    case "$target" in
        html) cp "$root"/Examples/*.html "$corpus"/ 2>/dev/null ;;
        text) cp "$root"/Examples/*.txt "$corpus"/ 2>/dev/null ;;
        decoder) cp "$root"/Examples/* "$corpus"/ 2>/dev/null ;;
        query)
            i=0
            for q in 'grève OR strike' '"pompes à chaleur"' 'négoci* -budget' '(a OR b) NOT c' '商標法 iPhone発売' 'l'"'"'Union AND ('; do
                printf '%s' "$q" > "$corpus/seed-$i"
                i=$((i + 1))
            done ;;
    esac
    NEWSDESK_FUZZ_TARGET="$target" "$fuzzer" "$corpus" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$out/$target/crashes/" -print_final_stats=1 > "$out/$target/log" 2>&1
    status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$target/log" | grep -o '[0-9]*$')
    found=$(ls "$out/$target/crashes" | wc -l)
    echo "$target: exit $status, ${runs:-?} inputs in ${seconds} s, $found crash/hang/leak files in $out/$target/crashes"
done
