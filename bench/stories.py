"""Wire copies, stories and storylines on ../shared/bench/stories, scored as its README says.

Stories and storylines: each set ingested into a fresh store in date order, one `ingest --date D`
per date (undated documents last, in one call), then exported; `story` and `storyline` are
scored against the gold (B-cubed, pairwise, adjusted Rand index). A document Newsdesk does not
store (no article in it) is a cluster of its own. The peer, the README's TF-IDF single-pass
clustering, runs in this process over the same documents in the same order, its thresholds the
README's (0.21 for stories, 0.16 for storylines).

Newsdesk: the documents written as text files (title, blank line, text), ingested into a fresh
store in date order (undated last), one `newsdesk ingest --date D` per date as the README asks;
then exported, and `duplicateOf` links scored. Its speed is taken from fresh stores that ingest
the same files in the same order in one call (the per-date calls are mostly process start-up):
documents per CPU second of finding copies (the fingerprint stage and linking each article to
the stored ones, as ingest's summary reports their CPU time), and of the whole ingest. The peer,
datasketch's MinHash LSH, runs in this process over the same documents, timed from shingling
to the LSH query and insert. Each speed is the median of three runs, Newsdesk's and datasketch's
alternating. The one-call ingest into
an empty store finds copies among the articles it remembers without asking the store; the
per-date ingests, whose store holds the earlier dates, look copies up in the store (and pay its
set-up in every call), and so does a second run over a store that holds the first half of the
documents; their speeds of finding copies are reported too.

    python stories.py NEWSDESK_BINARY DATA_DIR
"""
import collections
import hashlib
import itertools
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time


def load(path):
    with open(path, encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle if line.strip()]
    for doc in docs:
        # One date in timeline.jsonl is written MM-DD-YYYY (WikiNews, a US site); read it so.
        match = doc.get("date") and re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", doc["date"])
        if match:
            doc["date"] = f"{match[3]}-{match[1]}-{match[2]}"
    return docs


def in_date_order(docs):
    """Dated documents by date (stable), then the undated ones."""
    dated = sorted((d for d in docs if d.get("date")), key=lambda d: d["date"])
    return dated + [d for d in docs if not d.get("date")]


def input_text(doc):
    return (doc["title"] + "\n\n" if doc.get("title") else "") + doc["text"] + "\n"


def child_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    # Status 2: some inputs were not stored (no article); anything else is a failure.
    if result.returncode not in (0, 2):
        sys.exit(f"{' '.join(command[:3])} … failed ({result.returncode}): {result.stderr[-2000:]}")
    return result.stdout


def write_inputs(docs, folder):
    """One file per document in ingest order; returns (path, article id) per document."""
    written = []
    for index, doc in enumerate(docs):
        path = os.path.join(folder, f"{index:05d}.txt")
        data = input_text(doc).encode("utf-8")
        with open(path, "wb") as handle:
            handle.write(data)
        written.append((path, hashlib.sha256(data).hexdigest()))
    return written


def newsdesk_ingest(binary, docs, paths, database, by_date):
    """Ingests in order; returns the CPU seconds the ingest processes took, and the CPU seconds
    by stage that ingest reports (summed over the calls)."""
    before = child_cpu()
    calls = []
    if by_date:
        for date, group in itertools.groupby(zip(docs, paths), key=lambda pair: pair[0].get("date")):
            files = [path for _, path in group]
            calls.append(["--date", date] + files if date else files)
    else:
        calls.append(paths)
    stages = {}
    for arguments in calls:
        summary = json.loads(run([binary, "ingest", "--db", database, "--format", "json"] + arguments))
        for stage, seconds in summary["cpuSeconds"].items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    return child_cpu() - before, stages


def newsdesk_export(binary, database):
    before = child_cpu()
    articles = [json.loads(line) for line in run([binary, "export", "--db", database]).splitlines() if line]
    return articles, child_cpu() - before


def groups(links):
    """Groups of ids linked (transitively) by id -> linked id (or None)."""
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links.items():
        find(a)
        if b is not None:
            parent[find(a)] = find(b)
    clusters = {}
    for x in parent:
        clusters.setdefault(find(x), set()).add(x)
    return list(clusters.values())


def pairs(clusters):
    return {frozenset(p) for c in clusters for p in itertools.combinations(sorted(c), 2)}


def score_duplicates(docs, links):
    """links: doc id -> doc id it was marked a duplicate of (or None), for every document."""
    gold = groups({d["id"]: d.get("duplicate_of") for d in docs})
    predicted = groups(links)
    gold_pairs, predicted_pairs = pairs(gold), pairs(predicted)
    hit = len(gold_pairs & predicted_pairs)
    p = hit / len(predicted_pairs) if predicted_pairs else 1.0
    r = hit / len(gold_pairs) if gold_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    group_of = {x: c for c in predicted for x in c}
    copies = [d for d in docs if d["role"] == "copy"]
    found = sum(1 for d in copies if d["duplicate_of"] in group_of[d["id"]])
    negatives = [d for d in docs if d["role"] == "negative"]
    linked = sum(1 for d in negatives if len(group_of[d["id"]]) > 1)
    return {"P": p, "R": r, "F1": f, "copies": (found, len(copies)), "negatives": (linked, len(negatives))}


def newsdesk_duplicates(binary, docs, work):
    folder = os.path.join(work, "near-dup")
    os.makedirs(folder)
    written = write_inputs(docs, folder)
    paths = [path for path, _ in written]
    doc_of = {article_id: doc["id"] for doc, (_, article_id) in zip(docs, written)}

    database = os.path.join(work, "near-dup.sqlite")
    _, stages = newsdesk_ingest(binary, docs, paths, database, by_date=True)
    # In these calls the store holds earlier dates' articles: copies are looked up in it.
    by_date_speed = len(docs) / (stages["fingerprint"] + stages["link-copies"])
    articles, _ = newsdesk_export(binary, database)
    links = {d["id"]: None for d in docs}
    for article in articles:
        original = article.get("duplicateOf")
        links[doc_of[article["id"]]] = doc_of.get(original) if original else None
    scores = score_duplicates(docs, links)

    # Through the store: the first half ingested in one call, then the second half, whose
    # copies of the first half are looked up in the store.
    half = len(docs) // 2
    through_store = []
    for run_index in range(3):
        database = os.path.join(work, f"near-dup-halves-{run_index}.sqlite")
        newsdesk_ingest(binary, docs[:half], paths[:half], database, by_date=False)
        _, stages = newsdesk_ingest(binary, docs[half:], paths[half:], database, by_date=False)
        through_store.append((len(docs) - half) / (stages["fingerprint"] + stages["link-copies"]))
    scores["store speed"] = sorted(through_store)[1]
    scores["by-date speed"] = by_date_speed
    return scores, paths


def newsdesk_speed(binary, docs, paths, database):
    """One ingest of every document into an empty store: documents per CPU second of finding
    copies (the fingerprint stage and linking, as ingest reports their CPU time) and of the
    whole ingest (every stage, the store, process start)."""
    seconds, stages = newsdesk_ingest(binary, docs, paths, database, by_date=False)
    return len(docs) / (stages["fingerprint"] + stages["link-copies"]), len(docs) / seconds


def datasketch_duplicates(docs):
    """One run of the baseline over the documents in order: its links, and documents per CPU
    second from shingling to the LSH query and insert."""
    from datasketch import MinHash, MinHashLSH

    def shingles(doc):
        words = re.findall(r"\w+", ((doc.get("title") or "") + " " + doc["text"]).lower())
        return {" ".join(words[i:i + 3]).encode("utf-8") for i in range(max(1, len(words) - 2))}

    # The permutations made once and shared, as datasketch's documentation advises for speed.
    template = MinHash(num_perm=128)
    started = time.process_time()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    indexed = {}
    links = {}
    for order, doc in enumerate(docs):
        signature = MinHash(num_perm=128, permutations=template.permutations, scheme=template.scheme)
        signature.update_batch(list(shingles(doc)))
        found = [key for key in lsh.query(signature) if indexed[key][1].jaccard(signature) >= 0.5]
        links[doc["id"]] = min(found, key=lambda key: indexed[key][0]) if found else None
        indexed[doc["id"]] = (order, signature)
        lsh.insert(doc["id"], signature)
    return links, len(docs) / (time.process_time() - started)


def newsdesk_copies_across_stories(binary, docs, work):
    """ECB+ has no duplicate gold, but some of its documents are one wire story on two sites:
    ingested as the README says, how many articles Newsdesk links as copies, and how many of
    those links cross two gold stories (each one a false copy)."""
    folder = os.path.join(work, "ecbplus")
    os.makedirs(folder)
    written = write_inputs(docs, folder)
    story_of = {article_id: doc["story"] for doc, (_, article_id) in zip(docs, written)}
    database = os.path.join(work, "ecbplus.sqlite")
    newsdesk_ingest(binary, docs, [path for path, _ in written], database, by_date=True)
    articles, _ = newsdesk_export(binary, database)
    links = [(a["id"], a["duplicateOf"]) for a in articles if a.get("duplicateOf")]
    return len(links), sum(1 for copy, first in links if story_of[copy] != story_of[first])


def b_cubed(gold, predicted):
    """B-cubed precision, recall and F1 averaged over documents; gold and predicted map each
    document to its cluster."""
    gold_members, predicted_members = collections.defaultdict(set), collections.defaultdict(set)
    for doc, cluster in gold.items():
        gold_members[cluster].add(doc)
    for doc, cluster in predicted.items():
        predicted_members[cluster].add(doc)
    precision = recall = 0.0
    for doc in gold:
        shared = len(gold_members[gold[doc]] & predicted_members[predicted[doc]])
        precision += shared / len(predicted_members[predicted[doc]])
        recall += shared / len(gold_members[gold[doc]])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def pairwise(gold, predicted):
    def same(clusters):
        members = collections.defaultdict(list)
        for doc, cluster in clusters.items():
            members[cluster].append(doc)
        return {frozenset(p) for group in members.values() for p in itertools.combinations(sorted(group), 2)}
    gold_pairs, predicted_pairs = same(gold), same(predicted)
    hit = len(gold_pairs & predicted_pairs)
    p = hit / len(predicted_pairs) if predicted_pairs else 1.0
    r = hit / len(gold_pairs) if gold_pairs else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def adjusted_rand(gold, predicted):
    from sklearn.metrics import adjusted_rand_score
    docs = sorted(gold)
    return adjusted_rand_score([gold[d] for d in docs], [predicted[d] for d in docs])


def lenient_b_cubed(docs, predicted):
    """Storyline B-cubed where a co-clustered pair also counts as right in precision when the
    two share any of their `storylines`."""
    lines = {d["id"]: set(d.get("storylines") or [d["storyline"]]) for d in docs}
    gold = {d["id"]: d["storyline"] for d in docs}
    members = collections.defaultdict(set)
    for doc, cluster in predicted.items():
        members[cluster].add(doc)
    precision = 0.0
    for doc in gold:
        cluster = members[predicted[doc]]
        precision += sum(1 for other in cluster if gold[other] == gold[doc] or lines[other] & lines[doc]) / len(cluster)
    precision /= len(gold)
    recall = b_cubed(gold, predicted)[1]
    return 2 * precision * recall / (precision + recall)


def newsdesk_stories(binary, docs, work, name):
    """Ingests the documents as the README says; returns each document's story and storyline
    (a document not stored is alone in both) and documents per CPU second of the whole ingest
    and of grouping into stories (as ingest reports it)."""
    folder = os.path.join(work, f"{name}-stories")
    os.makedirs(folder)
    written = write_inputs(docs, folder)
    doc_of = {article_id: doc["id"] for doc, (_, article_id) in zip(docs, written)}
    database = os.path.join(work, f"{name}-stories.sqlite")
    seconds, stages = newsdesk_ingest(binary, docs, [path for path, _ in written], database, by_date=True)
    articles, _ = newsdesk_export(binary, database)
    story = {d["id"]: "alone:" + d["id"] for d in docs}
    storyline = dict(story)
    for article in articles:
        doc = doc_of[article["id"]]
        story[doc] = article.get("story") or story[doc]
        storyline[doc] = article.get("storyline") or storyline[doc]
    return story, storyline, len(docs) / seconds, len(docs) / stages.get("group-stories", float("nan"))


def tfidf_single_pass(docs, threshold):
    """The README's baseline: TF-IDF (sublinear tf, English stop words) fitted on the file,
    then in order each document joins the cluster whose centroid is most cosine-similar if
    that is at least `threshold`, else starts one. Returns clusters and documents per CPU second."""
    import numpy
    from sklearn.feature_extraction.text import TfidfVectorizer
    started = time.process_time()
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [(d.get("title") or "") + "\n" + d["text"] for d in docs])
    sums, clusters = [], {}
    for index, doc in enumerate(docs):
        vector = vectors[index].toarray()[0]
        best, best_similarity = None, -1.0
        for cluster, total in enumerate(sums):
            norm = numpy.linalg.norm(total)
            similarity = float(vector @ total / norm) if norm else 0.0
            if similarity > best_similarity:
                best, best_similarity = cluster, similarity
        if best is None or best_similarity < threshold:
            sums.append(vector.copy())
            best = len(sums) - 1
        else:
            sums[best] += vector
        clusters[doc["id"]] = best
    return clusters, len(docs) / (time.process_time() - started)


def story_rows(binary, data, work):
    """The table rows of stories (ecbplus, timeline) and storylines (timeline)."""
    rows = []
    for name in ("ecbplus", "timeline"):
        docs = in_date_order(load(os.path.join(data, f"{name}.jsonl")))
        gold = {d["id"]: d["story"] for d in docs}
        story, storyline, ingest_speed, grouping_speed = newsdesk_stories(binary, docs, work, name)
        theirs, their_speed = tfidf_single_pass(docs, 0.21)
        line_cells = ("–", "–", "–")
        if name == "timeline":
            gold_lines = {d["id"]: d["storyline"] for d in docs}
            their_lines, _ = tfidf_single_pass(docs, 0.16)
            line_cells = (
                f"{b_cubed(gold_lines, storyline)[2]:.3f} ({lenient_b_cubed(docs, storyline):.3f})",
                f"{b_cubed(gold_lines, their_lines)[2]:.3f} ({lenient_b_cubed(docs, their_lines):.3f})")
        for system, clusters, speed, line in (
            ("Newsdesk (ingest by date)", story, f"{ingest_speed:,.0f} ingest, {grouping_speed:,.0f} grouping", line_cells[0]),
            ("TF-IDF single pass (0.21 / 0.16)", theirs, f"{their_speed:,.0f}", line_cells[1] if name == "timeline" else "–"),
        ):
            p, r, f = b_cubed(gold, clusters)
            pp, pr, pf = pairwise(gold, clusters)
            rows.append(f"| {name} | {system} | {p:.3f} / {r:.3f} / {f:.3f} | {pp:.3f} / {pr:.3f} / {pf:.3f} | "
                        f"{adjusted_rand(gold, clusters):.3f} | {line} | {speed} |")
    return rows


def duplicate_row(name, scores):
    return (f"| near-dup | {name} | {scores['P']:.3f} / {scores['R']:.3f} / {scores['F1']:.3f} | "
            f"{scores['copies'][0]} / {scores['copies'][1]} | {scores['negatives'][0]} / {scores['negatives'][1]} | "
            f"{scores['speed']:,.0f} |")


def main():
    binary, data = sys.argv[1], sys.argv[2]
    docs = in_date_order(load(os.path.join(data, "near-dup.jsonl")))
    with tempfile.TemporaryDirectory() as work:
        rows = story_rows(binary, data, work)
        print("| file | system | B³ P / R / F1 | pairwise P / R / F1 | ARI | storyline B³ F1 (lenient) | docs / CPU s |")
        print("|---|---|---|---|---|---|---|")
        print("\n".join(rows))
        print()
        if os.environ.get("STORIES_ONLY"):
            return
        ours, paths = newsdesk_duplicates(binary, docs, work)
        ecb_links, ecb_crossing = newsdesk_copies_across_stories(
            binary, in_date_order(load(os.path.join(data, "ecbplus.jsonl"))), work)
        # Speeds: Newsdesk and datasketch alternately, three runs each, so that both see the
        # machine in the same state; the medians are compared.
        finding, whole, theirs = [], [], []
        for run_index in range(3):
            copies, ingest = newsdesk_speed(binary, docs, paths, os.path.join(work, f"near-dup-speed-{run_index}.sqlite"))
            finding.append(copies)
            whole.append(ingest)
            links, speed = datasketch_duplicates(docs)
            theirs.append(speed)
    ours["speed"] = sorted(finding)[1]
    ours["ingest speed"] = sorted(whole)[1]
    peer = score_duplicates(docs, links)
    peer["speed"] = sorted(theirs)[1]
    print("| file | system | dup P / R / F1 | copies found | negatives linked | docs / CPU s |")
    print("|---|---|---|---|---|---|")
    print(duplicate_row("Newsdesk (fingerprint + linking)", ours))
    print(duplicate_row("datasketch MinHash LSH (0.5, 128)", peer))
    print(f"\nNewsdesk / datasketch, documents per CPU second: {ours['speed'] / peer['speed']:.1f}x "
          f"(runs: Newsdesk {', '.join(f'{x:,.0f}' for x in finding)}; datasketch {', '.join(f'{x:,.0f}' for x in theirs)})")
    print(f"Newsdesk finding copies in a second run over a store (looked up in it): {ours['store speed']:,.0f} documents per CPU second")
    print(f"Newsdesk finding copies in the per-date ingests (a store lookup and its set-up per call): {ours['by-date speed']:,.0f} documents per CPU second")
    print(f"Newsdesk's whole ingest (every stage, the store, process start): {ours['ingest speed']:,.0f} documents per CPU second")
    print(f"ecbplus (no duplicate gold): Newsdesk links {ecb_links} articles as copies, {ecb_crossing} of them to another gold story")


if __name__ == "__main__":
    main()
