# Sourced by the benchmark scripts: the repository root, a check for the shared benchmark data,
# and a release build of newsdesk. NEWSDESK_SCRATCH_PATH picks another build directory (useful
# when others build in the same checkout).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

require_data() {
    [ -d "$1" ] || { echo "benchmark data not found at $1" >&2; exit 1; }
}

# Builds newsdesk in release mode and sets $binary to it.
build_newsdesk() {
    local scratch=(${NEWSDESK_SCRATCH_PATH:+--scratch-path "$NEWSDESK_SCRATCH_PATH"})
    swift build -c release --package-path "$root" "${scratch[@]}" --product newsdesk >&2
    binary="$(swift build -c release --package-path "$root" "${scratch[@]}" --show-bin-path)/newsdesk"
}
