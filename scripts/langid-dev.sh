#!/usr/bin/env bash
# Measures the language identifier on the development set: the set the identifier's parameters
# are tuned on, so that the lingua test lines (../shared/bench/langid) stay for measuring only.
# Builds the set from Debian's gettext catalogues (scripts/build-langid-devset.py) in a temporary
# directory, builds Newsdesk in release mode, and prints bench/langid.py's table for Newsdesk
# alone ("75 languages" there means the 54 languages the set has).
# usage: bash scripts/langid-dev.sh [--per-language N]
set -euo pipefail
source "$(dirname "$0")/../bench/common.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/build-langid-devset.py" "$work" >&2
build_newsdesk
python3 "$root/bench/langid.py" "$binary" "$work" --tools newsdesk "$@"
