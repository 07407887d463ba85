"""A year of news as a stream: how ingest keeps up as the store grows.

Makes a synthetic stream of ARTICLES plain-text articles (default 100,000) from the shared
benchmark texts (stories, quotes, time and entity sets: English, French, Spanish, German),
deterministically (fixed seed), dated over one year: each article is either a new report (two
to six paragraphs of one source text, shuffled, with a paragraph of another text of the same
language and its numbers changed) or, one time in four, a wire copy of an article of the last
two days (re-headlined, a paragraph cut, a credit line added). Then ingests it into a fresh
store in date order, one `newsdesk ingest --date D` per day (a daily crawl), and prints per
block of 10,000 articles: CPU seconds, articles per CPU second, the ratio to the first block;
where the CPU went as ingest reports it (the stages on worker threads, linking copies and
grouping stories on the writer thread, the rest: the store's writes, process start); the
largest resident memory of an ingest call, and the store's size at the end of the block.

    python stream.py NEWSDESK_BINARY DATA_DIR [ARTICLES]
"""
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time

SOURCES = [
    "stories/ecbplus.jsonl", "stories/timeline.jsonl", "quotes/polnear-train.jsonl", "quotes/polnear-dev.jsonl",
    "time/frtimebank-1999.jsonl", "time/meantime-en.jsonl", "time/meantime-es.jsonl", "time/tempeval3-tbaq.jsonl",
    "entities/meantime-dev.jsonl", "entities/hipe-dev-fr.jsonl", "entities/hipe-dev-de.jsonl", "entities/hipe-dev-en.jsonl",
]
BLOCK = 10_000
AGENCIES = ["AFP", "AP", "Reuters", "dpa", "EFE"]


def base_texts(data):
    """(language, title, paragraphs) of every source document with at least two paragraphs."""
    texts = []
    for name in SOURCES:
        with open(os.path.join(data, name), encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                paragraphs = [p.strip() for p in re.split(r"\n\s*\n", doc["text"]) if len(p.strip()) > 40]
                if len(paragraphs) >= 2:
                    title = doc.get("title") or paragraphs[0].split(". ")[0][:90]
                    texts.append((doc.get("language", "en"), title, paragraphs))
    return texts


def new_report(rng, texts, by_language):
    language, title, paragraphs = rng.choice(texts)
    kept = rng.sample(paragraphs, min(len(paragraphs), rng.randint(2, 6)))
    other = rng.choice(by_language[language])
    extra = re.sub(r"\d+", lambda m: str(rng.randint(2, 999)), rng.choice(other[2]))
    kept.insert(rng.randint(0, len(kept)), extra)
    return title, kept


def wire_copy(rng, title, paragraphs):
    copy = list(paragraphs)
    if len(copy) > 2:
        del copy[rng.randrange(len(copy))]
    copy.append(f"({rng.choice(AGENCIES)})")
    return f"{title} | {rng.choice(['Daily', 'Courier', 'Herald', 'Post'])}", copy


def make_stream(data, count, folder, seed=7):
    """Writes the articles as files; returns [(date, path)] in date order."""
    rng = random.Random(seed)
    texts = base_texts(data)
    by_language = {}
    for text in texts:
        by_language.setdefault(text[0], []).append(text)
    start = 20_089  # 2025-01-01 as days since 1970-01-01
    days = sorted(rng.randrange(365) for _ in range(count))
    recent = []
    stream = []
    for index, day in enumerate(days):
        recent = [(d, t, p) for d, t, p in recent[-200:] if day - d <= 2]
        if recent and rng.random() < 0.25:
            _, title, paragraphs = rng.choice(recent)
            title, paragraphs = wire_copy(rng, title, paragraphs)
        else:
            title, paragraphs = new_report(rng, texts, by_language)
            recent.append((day, title, paragraphs))
        path = os.path.join(folder, f"{index:06d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(title + "\n\n" + "\n\n".join(paragraphs) + "\n")
        date = time.strftime("%Y-%m-%d", time.gmtime((start + day) * 86400))
        stream.append((date, path))
    return stream


def child_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main():
    binary, data = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    with tempfile.TemporaryDirectory() as work:
        folder = os.path.join(work, "stream")
        os.makedirs(folder)
        stream = make_stream(data, count, folder)
        database = os.path.join(work, "stream.sqlite")
        print("| block | articles | CPU s | articles / CPU s | vs first block | stages | copies | stories | the rest | max RSS MB | store MB |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        first_rate = None
        for block_start in range(0, len(stream), BLOCK):
            block = stream[block_start:block_start + BLOCK]
            cpu_before = child_cpu()
            parts = {"copies": 0.0, "stories": 0.0, "stages": 0.0}
            index = 0
            while index < len(block):
                date = block[index][0]
                paths = []
                while index < len(block) and block[index][0] == date:
                    paths.append(block[index][1])
                    index += 1
                result = subprocess.run(
                    [binary, "ingest", "--db", database, "--date", date, "--jobs", "2", "--format", "json"] + paths,
                    capture_output=True, text=True)
                if result.returncode not in (0, 2):
                    sys.exit(f"ingest failed ({result.returncode}): {result.stderr[-2000:]}")
                for part, seconds in json.loads(result.stdout)["cpuSeconds"].items():
                    parts[{"link-copies": "copies", "group-stories": "stories"}.get(part, "stages")] += seconds
            seconds = child_cpu() - cpu_before
            rate = len(block) / seconds
            first_rate = first_rate or rate
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            size = sum(os.path.getsize(database + suffix) for suffix in ("", "-wal") if os.path.exists(database + suffix)) / 1e6
            rest = seconds - sum(parts.values())
            print(f"| {block_start // BLOCK + 1} | {block_start + len(block):,} | {seconds:,.1f} | {rate:,.0f} | "
                  f"{first_rate / rate:.2f}× | {parts['stages']:,.1f} | {parts['copies']:,.1f} | {parts['stories']:,.1f} | "
                  f"{rest:,.1f} | {rss:,.0f} | {size:,.0f} |", flush=True)


if __name__ == "__main__":
    main()
