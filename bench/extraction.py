"""Main-content extraction benchmark: Newsdesk and its peers on the same pages, one table.

Runs `newsdesk extract --format jsonl --jobs 1` on the pages, decompressed beforehand into a
temporary directory as the peers get them decompressed (Newsdesk's figure still includes process
start, loading its language model and lexicons, reading the files and decoding them), and
trafilatura, readability-lxml and resiliparse in this Python process with the HTML already in
memory (their best case).
Speed is pages per CPU-second (user + system), which a shared, busy machine disturbs far less
than wall time; Newsdesk's is the median of three runs of each set.
Each set is scored with its own metric, as ../shared/bench/README.md describes:

- scrapinghub: 4-token shingles of \\w+ tokens as multisets; per-page precision and recall,
  averaged over pages (precision over pages with a prediction), F1 of the two means;
- trafilatura-eval: whitespace-normalised substring search of the "with" (TP / FN) and
  "without" (FP) snippets, summed over pages; F1 = 2TP / (2TP + FP + FN);

plus title, author and date accuracy against the trafilatura-eval metadata gold for Newsdesk
and trafilatura. Usage: python bench/extraction.py NEWSDESK_BINARY DATA_DIR
"""

import collections
import gzip
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

WORD = re.compile(r"\w+")
SPACE = re.compile(r"\s+")


# ---------------------------------------------------------------- data

def load_scrapinghub(root):
    truth = json.load(open(os.path.join(root, "scrapinghub", "ground-truth.json"), encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        path = os.path.join(root, "scrapinghub", "html", page_id + ".html.gz")
        if os.path.exists(path):
            pages.append({"path": path, "gold": truth[page_id]["articleBody"], "url": truth[page_id].get("url")})
    return pages


def load_trafilatura_eval(root):
    evaldata = json.load(open(os.path.join(root, "trafilatura-eval", "evaldata.json"), encoding="utf-8"))
    pages = []
    for url in sorted(evaldata):
        entry = evaldata[url]
        path = os.path.join(root, "trafilatura-eval", "pages", entry["file"])
        if os.path.exists(path):
            pages.append({"path": path, "url": url, **entry})
    return pages


# ---------------------------------------------------------------- metrics

def shingles(text, size=4):
    tokens = WORD.findall(text or "")
    return collections.Counter(tuple(tokens[i:i + size]) for i in range(max(1, len(tokens) - size + 1)))


def score_scrapinghub(pages, predictions):
    precisions, recalls = [], []
    for page, predicted in zip(pages, predictions):
        gold, guess = shingles(page["gold"]), shingles(predicted)
        tp = sum((gold & guess).values())
        fp = sum((guess - gold).values())
        fn = sum((gold - guess).values())
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def normalise(text):
    return SPACE.sub(" ", text or "").strip()


def score_trafilatura_eval(pages, predictions):
    tp = fp = fn = 0
    for page, predicted in zip(pages, predictions):
        text = normalise(predicted)
        for snippet in page.get("with", []):
            if normalise(snippet) in text:
                tp += 1
            else:
                fn += 1
        for snippet in page.get("without", []):
            if normalise(snippet) in text:
                fp += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


NAME_SPLIT = re.compile(r"\s*(?:;|,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)


def names(value):
    if isinstance(value, list):
        value = "; ".join(value)
    return {normalise(part).lower() for part in NAME_SPLIT.split(value or "") if normalise(part)}


def metadata_accuracy(pages, metadata):
    """Share of pages with gold for each field where the prediction matches exactly."""
    results = {}
    for field in ("title", "author", "date"):
        gold_pages = [(page, meta) for page, meta in zip(pages, metadata) if page.get(field)]
        if not gold_pages:
            continue
        if field == "title":
            right = sum(normalise(meta.get("title")) == normalise(page["title"]) for page, meta in gold_pages)
        elif field == "author":
            right = sum(names(meta.get("author")) == names(page["author"]) for page, meta in gold_pages)
        else:
            right = sum((meta.get("date") or "")[:10] == page["date"][:10] for page, meta in gold_pages)
        results[field] = right / len(gold_pages)
    return results


# ---------------------------------------------------------------- tools

def child_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_newsdesk(binary, pages, html_cache, directory):
    """Texts and metadata in input order, and the CPU time of the whole run on one core
    (process start, reading and decoding included). The pages are written to `directory`
    first, decompressed, as the peers receive them."""
    paths = []
    for index, (raw, _) in enumerate(html_cache):
        path = os.path.join(directory, f"{index:05d}.html")
        with open(path, "wb") as out:
            out.write(raw)
        paths.append(path)
    started = child_cpu_seconds()
    output = subprocess.run([binary, "extract", "--format", "jsonl", "--jobs", "1", *paths],
                            capture_output=True, text=True).stdout
    elapsed = child_cpu_seconds() - started
    texts, metadata = [], []
    for line in output.split("\n"):
        if not line:
            continue
        article = json.loads(line)
        if "error" in article:
            texts.append("")
            metadata.append({})
            continue
        # The body as a reader sees it: the title is not part of it in either gold standard.
        texts.append(article.get("text", ""))
        metadata.append({"title": article.get("title"), "author": article.get("authors"),
                         "date": article.get("published")})
    assert len(texts) == len(pages), f"newsdesk printed {len(texts)} results for {len(pages)} pages"
    return texts, metadata, elapsed


def read_html(page):
    raw = gzip.open(page["path"]).read()
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw, raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw, raw.decode("utf-8", "replace")


def peer_tools():
    tools = {}
    try:
        import trafilatura

        def run_trafilatura(raw, html, url):
            return trafilatura.extract(raw, url=url) or ""

        def trafilatura_metadata(raw, url):
            meta = trafilatura.extract_metadata(raw, default_url=url)
            return {"title": meta.title, "author": meta.author, "date": meta.date} if meta else {}

        tools["trafilatura 2.3.1"] = (run_trafilatura, trafilatura_metadata)
    except ImportError as error:
        print(f"trafilatura unavailable: {error}", file=sys.stderr)
    try:
        import lxml.html
        from readability import Document

        def run_readability(raw, html, url):
            summary = Document(html).summary(html_partial=True)
            return lxml.html.fromstring(summary).text_content() if summary.strip() else ""

        tools["readability-lxml 0.9"] = (run_readability, None)
    except ImportError as error:
        print(f"readability unavailable: {error}", file=sys.stderr)
    try:
        from resiliparse.extract.html2text import extract_plain_text

        def run_resiliparse(raw, html, url):
            return extract_plain_text(html, main_content=True)

        tools["resiliparse 2.0.1"] = (run_resiliparse, None)
    except ImportError as error:
        print(f"resiliparse unavailable: {error}", file=sys.stderr)
    return tools


def run_peer(function, pages, html_cache):
    texts = []
    elapsed = 0.0
    for page, (raw, html) in zip(pages, html_cache):
        started = time.process_time()
        try:
            texts.append(function(raw, html, page.get("url")) or "")
        except Exception:  # a peer's crash on one page counts as an empty prediction
            texts.append("")
        elapsed += time.process_time() - started
    return texts, elapsed


# ---------------------------------------------------------------- main

def main():
    binary, root = sys.argv[1], sys.argv[2]
    sets = {"scrapinghub": load_scrapinghub(root), "trafilatura-eval": load_trafilatura_eval(root)}
    scorers = {"scrapinghub": score_scrapinghub, "trafilatura-eval": score_trafilatura_eval}
    tools = peer_tools()
    rows = []
    metadata_rows = []
    startups = []
    for set_name, pages in sets.items():
        html_cache = [read_html(page) for page in pages]
        with tempfile.TemporaryDirectory() as directory:
            # The median of three runs: one run of the whole set is a fraction of a second of
            # CPU, which a burst of a neighbour's load on this shared machine visibly skews; each
            # peer's time is a sum over hundreds of calls.
            runs = [run_newsdesk(binary, pages, html_cache, directory) for _ in range(3)]
            texts, metadata, _ = runs[0]
            elapsed = statistics.median(run[2] for run in runs)
            # The fixed cost the peers' per-call timing leaves out (interpreter, imports): the
            # quickest of three one-page runs.
            startup = min(run_newsdesk(binary, pages[:1], html_cache[:1], directory)[2] for _ in range(3))
            startups.append(startup)
        # Without its start-up, as the peers are timed: the other pages over the time beyond it.
        steady = (len(pages) - 1) / max(elapsed - startup, 1e-9)
        rows.append(("Newsdesk", set_name, *scorers[set_name](pages, texts), len(pages) / elapsed, steady))
        if set_name == "trafilatura-eval":
            metadata_rows.append(("Newsdesk", metadata_accuracy(pages, metadata)))
        for tool_name, (function, metadata_function) in tools.items():
            texts, elapsed = run_peer(function, pages, html_cache)
            rows.append((tool_name, set_name, *scorers[set_name](pages, texts), len(pages) / elapsed, None))
            if set_name == "trafilatura-eval" and metadata_function:
                peer_metadata = []
                for page, (raw, _) in zip(pages, html_cache):
                    try:
                        peer_metadata.append(metadata_function(raw, page.get("url")))
                    except Exception:
                        peer_metadata.append({})
                metadata_rows.append((tool_name, metadata_accuracy(pages, peer_metadata)))

    print("| tool | set | P | R | F1 | pages/s (CPU time, 1 core) | pages/s without start-up |")
    print("|---|---|---|---|---|---|---|")
    for tool, set_name, p, r, f1, rate, steady in rows:
        steady_text = f"{steady:.0f}" if steady else "(as timed)"
        print(f"| {tool} | {set_name} | {p:.3f} | {r:.3f} | {f1:.3f} | {rate:.0f} | {steady_text} |")
    print()
    print(f"Newsdesk's pages/s: the median of three runs of each set, start-up included (process, language model, lexicons: "
          f"{1000 * min(startups):.0f} ms, the quickest one-page run); the peers are timed per call, "
          f"after their imports. Without start-up: the other pages over the CPU time beyond a one-page run.")
    print()
    print("| tool | title | author | date | (trafilatura-eval metadata gold) |")
    print("|---|---|---|---|---|")
    for tool, accuracy in metadata_rows:
        print(f"| {tool} | {accuracy.get('title', 0):.3f} | {accuracy.get('author', 0):.3f} | {accuracy.get('date', 0):.3f} | |")


if __name__ == "__main__":
    main()
