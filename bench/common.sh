# Sourced by the benchmark scripts: the repository root, a check for the shared benchmark data,
# and a release build of newsdesk. NEWSDESK_SCRATCH_PATH picks another build directory than
# .build-bench (useful when others build in the same checkout).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

require_data() {
    [ -d "$1" ] || { echo "benchmark data not found at $1" >&2; exit 1; }
}

# Builds newsdesk in release mode as it would be deployed, the Swift runtime and Foundation
# linked in statically (no dynamic symbol lookups at start: about 5 ms less per run), and sets
# $binary to it. Its own build directory keeps the development build from being redone.
build_newsdesk() {
    if [ -n "${NEWSDESK_BINARY:-}" ]; then
        binary="$NEWSDESK_BINARY"
        return
    fi
    local flags=(-c release --static-swift-stdlib --package-path "$root" --scratch-path "${NEWSDESK_SCRATCH_PATH:-$root/.build-bench}")
    swift build "${flags[@]}" --product newsdesk >&2
    binary="$(swift build "${flags[@]}" --show-bin-path)/newsdesk"
}
