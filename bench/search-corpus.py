"""Writes the synthetic corpus and the query mix of bench/search-scale.sh, deterministically.

    python3 bench/search-corpus.py EXPORT.jsonl SHARED_BENCH OUT_DIR COUNT

EXPORT.jsonl is `newsdesk export` of the extraction pages; SHARED_BENCH is ../shared/bench. Base
articles: the exported pages, the stories, time and quote sets (title and paragraphs, language),
and articles composed of langid sentences for languages the other sets lack (Japanese, Chinese,
Korean, Russian, Arabic…). Each of COUNT plain-text files (OUT_DIR/corpus/NNN/NNNNNN.txt) is a
variant: a base article's title and paragraphs with paragraphs of two other articles of its
language mixed in, and one made-up word of its own (a rare term); one in 400 is long (about
forty articles of its language run together, 100–300 kB). OUT_DIR/queries.txt gets 1,000
queries of mixed shapes: common, middling and rare words, two-word conjunctions, phrases, OR,
NOT, prefixes, parentheses, function words, and Chinese, Japanese and Korean words.
"""
import json, pathlib, random, re, sys
from collections import Counter, defaultdict

export, shared, out, count = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]), int(sys.argv[4])
rng = random.Random(13)

articles = []  # (language, title, [paragraphs])


def add(language, title, text):
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text or "") if len(p.strip()) > 40]
    if title and paragraphs:
        articles.append((language or "und", " ".join(title.split()), paragraphs))


for line in export.open(encoding="utf-8"):
    record = json.loads(line)
    add(record.get("language"), record.get("title"), record.get("text"))
for name in ["stories/ecbplus.jsonl", "stories/near-dup.jsonl", "stories/timeline.jsonl", "time/frtimebank-1999.jsonl",
             "time/meantime-en.jsonl", "time/meantime-es.jsonl", "time/tempeval3-tbaq.jsonl", "quotes/polnear-train.jsonl"]:
    for line in (shared / name).open(encoding="utf-8"):
        record = json.loads(line)
        text = record.get("text", "")
        title = record.get("title") or text.strip().split("\n", 1)[0][:150]
        add(record.get("language"), title, text)

sentences_dir = shared / "langid/lingua-testdata/sentences"
cjk_sentences = {}
for language in ["ja", "zh", "ko", "ru", "ar", "uk", "el", "tr", "pl", "it", "pt", "nl", "sv", "vi", "hi", "he"]:
    sentences = [s.strip() for s in (sentences_dir / f"{language}.txt").open(encoding="utf-8") if len(s.strip()) > 15]
    if language in ("ja", "zh", "ko"):
        cjk_sentences[language] = sentences
    composed = 300 if language in ("ja", "zh", "ko") else 80
    for _ in range(composed):
        picked = rng.sample(sentences, min(len(sentences), rng.randint(8, 18)))
        paragraphs = [" ".join(picked[i:i + 3]) if language not in ("ja", "zh") else "".join(picked[i:i + 3])
                      for i in range(1, len(picked), 3)]
        add(language, picked[0], "\n\n".join(paragraphs))

by_language = defaultdict(list)
for article in articles:
    by_language[article[0]].append(article)

syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "qui", "zor", "bel", "dun", "fey", "gra", "hol", "jun", "pex", "wyl"]


def made_up(index):
    word, n = "", index + 4096
    while n:
        word += syllables[n % len(syllables)]
        n //= len(syllables)
    return word


corpus = out / "corpus"
for index in range(count):
    language, title, paragraphs = articles[index % len(articles)] if index < len(articles) else rng.choice(articles)
    peers = by_language[language]
    if index % 400 == 399:
        body = [p for other in rng.sample(peers, min(len(peers), 40)) for p in other[2]]
    else:
        body = list(paragraphs)
        for other in rng.sample(peers, min(len(peers), 2)):
            body.insert(rng.randint(0, len(body)), rng.choice(other[2]))
    body.insert(rng.randint(1, len(body)), f"{made_up(index).capitalize()} ({index}).")
    folder = corpus / f"{index // 1000:03d}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{index:06d}.txt").write_text(title + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")

# Query mix.
word_counts = Counter()
word_lists = []
for language, title, paragraphs in articles:
    if language in ("ja", "zh"):
        continue
    words = re.findall(r"[^\W\d_]{3,}", " ".join(paragraphs).lower())
    word_counts.update(words)
    word_lists.append(words)
ranked = [w for w, _ in word_counts.most_common()]
common, middling = ranked[:200], ranked[2000:20000]
function_words = ["the and of to", "le la les de", "der die das und", "el la de que", "the", "de"]


def cjk_word():
    language = rng.choice(["ja", "zh", "ko"])
    sentence = rng.choice(cjk_sentences[language])
    runs = [r for r in re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}", sentence)]
    run = rng.choice(runs) if runs else "東京"
    start = rng.randrange(max(1, len(run) - 1))
    return run[start:start + rng.randint(2, 4)]


def phrase():
    words = rng.choice(word_lists)
    start = rng.randrange(max(1, len(words) - 3))
    return '"' + " ".join(words[start:start + rng.randint(2, 3)]) + '"'


shapes = [
    ("common word", 0.14, lambda: rng.choice(common)),
    ("middling word", 0.14, lambda: rng.choice(middling)),
    ("rare word", 0.10, lambda: made_up(rng.randrange(count))),
    ("two words", 0.12, lambda: f"{rng.choice(middling)} {rng.choice(common)}"),
    ("phrase", 0.10, phrase),
    ("OR", 0.08, lambda: " OR ".join(rng.choice(middling) for _ in range(rng.randint(2, 3)))),
    ("NOT", 0.05, lambda: f"{rng.choice(common)} -{rng.choice(middling)}"),
    ("prefix", 0.09, lambda: rng.choice(middling)[:rng.randint(3, 5)] + "*"),
    ("parentheses", 0.04, lambda: f"({rng.choice(middling)} OR {rng.choice(middling)}) {rng.choice(common)}"),
    ("function words", 0.04, lambda: rng.choice(function_words)),
    ("CJK word", 0.10, cjk_word),
]
queries = []
for _ in range(1000):
    pick, total = rng.random(), 0.0
    for name, weight, make in shapes:
        total += weight
        if pick < total:
            break
    queries.append((name, make()))
(out / "queries.txt").write_text("".join(f"{query}\n" for _, query in queries), encoding="utf-8")
(out / "query-shapes.txt").write_text("".join(f"{name}\n" for name, _ in queries), encoding="utf-8")
print(f"{len(articles)} base articles in {len(by_language)} languages; {count} files; {len(queries)} queries", file=sys.stderr)
