#!/usr/bin/env python3
"""Builds Newsdesk's language-identification model (Resources/langid/*.bin).

Inputs, both downloaded from PyPI by scripts/build-langid-model.sh:
  * lingua-language-detector 1.4.2 (Apache-2.0): per-language character n-gram models
    (orders 1-5, conditional probabilities P(last char | previous chars) within words),
    75 languages, trained by lingua's author on the Leipzig corpora.
  * wordfreq 3.1.1 (code Apache-2.0, data CC-BY-SA-4.0): word frequency lists.
And from Debian, for Maltese (which lingua lacks):
  * tesseract-ocr-mlt 4.1.0 (tessdata_fast, Apache-2.0): its word list, 150,000 word forms,
    unpacked by scripts/build-langid-model.sh. It has no frequencies, so Maltese n-grams are
    counted over distinct words (see count_word_types) and Maltese has no word table entries.

Output: seven tables (ngrams-1.bin … ngrams-5.bin, one per n-gram order, and the word table in
two halves, words-1.bin and words-2.bin, split by key parity so that no file passes 2.5 MB) in one
binary format (little-endian), read by NewsdeskText's LanguageModel:
  magic "NDLM", version u32, language count u32, per language: code (4 bytes, NUL padded) and
  one f32 (for n-grams: unused 0; for words: log of the share of running text the kept words
  cover), key count u32, keys u32[] (FNV-1a hash of the UTF-8 text, low 32 bits, never 0;
  ordered by mix(key), the loader's slot order), posting counts u8[], postings u16[] (language
  index << 8 | quantised -log p * 8).

Pruning keeps each language's most probable n-grams (by joint probability, computed along the
chain of lower orders) and most frequent words, so each file stays small.
"""
import argparse, gzip, json, math, os, re, struct, sys
from collections import defaultdict

import brotli
import msgpack

NGRAM_FILES = ["unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"]
# n-grams kept per language for orders 1..5 (None: all).
KEEP = [None, None, 6000, 6000, 4000]
WORDS_KEPT = 24000
WORD_SHARDS = 2
QUANT = 8.0  # steps per nat

# wordfreq codes that differ from the ISO 639-1 codes Newsdesk reports: Filipino is lingua's
# Tagalog, and the Serbo-Croatian list (Latin script) serves Croatian, Bosnian and, transliterated
# to Cyrillic, Serbian (lingua's Serbian model is Cyrillic).
WORDFREQ_CODES = {"fil": ["tl"], "sh": ["hr", "bs", "sr"]}
CYRILLIC_CODES = {"sr"}
# Serbian Latin to Cyrillic, digraphs first.
SERBIAN_CYRILLIC = [("dž", "џ"), ("lj", "љ"), ("nj", "њ")] + list(zip(
    "abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж"))
# Languages decided by script alone: their word lists add nothing.
SCRIPT_DECIDED = {"zh", "ja", "ko", "el", "he", "th", "hy", "ka", "bn", "gu", "pa", "ta", "te"}


def fnv1a32(text: str) -> int:
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    k = h & 0xFFFFFFFF
    return k if k != 0 else 1


def load_lingua(models_dir, code):
    """Conditional log-probabilities per order for one language ({ngram: logp})."""
    orders = []
    for name in NGRAM_FILES:
        path = os.path.join(models_dir, code, name + ".json.br")
        table = {}
        if os.path.exists(path):
            data = json.loads(brotli.decompress(open(path, "rb").read()))["ngrams"]
            for fraction, grams in data.items():
                num, den = fraction.split("/")
                lp = math.log(int(num) / int(den))
                for g in grams.split(" "):
                    table[g] = lp
        orders.append(table)
    return orders


def count_word_types(path):
    """Conditional log-probabilities per order, as load_lingua gives, counted over the distinct
    lower-cased words of a word list (one word a line; split at hyphens and apostrophes)."""
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            for w in re.split(r"[^\w]|[\d_]", line.strip().lower()):
                if w:
                    words.add(w)
    counts = [defaultdict(int) for _ in NGRAM_FILES]
    for w in sorted(words):
        for n in range(len(NGRAM_FILES)):
            for i in range(len(w) - n):
                counts[n][w[i:i + n + 1]] += 1
    total = sum(counts[0].values())
    orders = [{g: math.log(c / total) for g, c in counts[0].items()}]
    for n in range(1, len(NGRAM_FILES)):
        orders.append({g: math.log(c / counts[n - 1][g[:-1]]) for g, c in counts[n].items()})
    return orders


def prune(orders):
    """Keeps the most probable n-grams of each order, ranked by joint probability."""
    joint = [dict() for _ in orders]
    for n, table in enumerate(orders):
        for g, lp in table.items():
            if n == 0:
                joint[0][g] = lp
            else:
                prefix = joint[n - 1].get(g[:-1])
                if prefix is not None:
                    joint[n][g] = prefix + lp
    kept = []
    for n, table in enumerate(orders):
        ranked = sorted(joint[n].items(), key=lambda kv: -kv[1])
        if KEEP[n] is not None:
            ranked = ranked[: KEEP[n]]
        kept.append({g: table[g] for g, _ in ranked})
    return kept


def mix(key):
    return (key * 0x9E3779B1) & 0xFFFFFFFF


def quantise(logp):
    return max(0, min(255, int(round(-logp * QUANT))))


def to_cyrillic(word):
    for latin, cyrillic in SERBIAN_CYRILLIC:
        word = word.replace(latin, cyrillic)
    return word


def write_table(path, codes, extras, entries, shard=None):
    """entries: {text: [(language index, logp)]}; shard (i, n) keeps the keys with key % n == i."""
    keyed = {}
    collisions = 0
    for text, postings in entries.items():
        k = fnv1a32(text)
        if k in keyed:
            collisions += 1
            continue
        keyed[k] = postings
    # In the order of the loader's hash slots (NGramTable.mix, top bits): it then fills its
    # table front to back instead of at random, which is most of the load time.
    keys = sorted((k for k in keyed if shard is None or k % shard[1] == shard[0]), key=lambda k: (mix(k), k))
    with open(path, "wb") as out:
        out.write(b"NDLM")
        out.write(struct.pack("<II", 1, len(codes)))
        for code, extra in zip(codes, extras):
            out.write(code.encode("ascii").ljust(4, b"\0"))
            out.write(struct.pack("<f", extra))
        out.write(struct.pack("<I", len(keys)))
        out.write(struct.pack("<%dI" % len(keys), *keys))
        counts = bytearray()
        postings = []
        for k in keys:
            plist = sorted(keyed[k])
            counts.append(len(plist))
            for lang, lp in plist:
                postings.append(lang << 8 | quantise(lp))
        out.write(bytes(counts))
        out.write(struct.pack("<I", len(postings)))
        out.write(struct.pack("<%dH" % len(postings), *postings))
    print(f"{path}: {len(keys)} keys, {len(postings)} postings, {collisions} hash collisions dropped, "
          f"{os.path.getsize(path)} bytes", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lingua", required=True, help="unpacked lingua-language-detector 1.x wheel")
    parser.add_argument("--wordfreq", required=True, help="unpacked wordfreq wheel")
    parser.add_argument("--maltese", help="Maltese word list (one word a line), for a model lingua lacks")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    models_dir = os.path.join(args.lingua, "lingua", "language-models")
    extra = {"mt": args.maltese} if args.maltese else {}
    codes = sorted(os.listdir(models_dir) + list(extra))
    index = {c: i for i, c in enumerate(codes)}

    # One table per order: the small, hot tables of short n-grams then stay in the processor's
    # cache while the scorer probes the big ones.
    per_order = [defaultdict(list) for _ in NGRAM_FILES]
    for code in codes:
        source = count_word_types(extra[code]) if code in extra else load_lingua(models_dir, code)
        for n, table in enumerate(prune(source)):
            for g, lp in table.items():
                per_order[n][g].append((index[code], lp))
    for n, entries in enumerate(per_order):
        write_table(os.path.join(args.out, f"ngrams-{n + 1}.bin"), codes, [0.0] * len(codes), entries)

    data_dir = os.path.join(args.wordfreq, "wordfreq", "data")
    word_entries = defaultdict(list)
    coverage = [0.0] * len(codes)
    for name in sorted(os.listdir(data_dir)):
        if not name.startswith("small_"):
            continue
        wf_code = name[len("small_"):].split(".")[0]
        with gzip.open(os.path.join(data_dir, name), "rb") as f:
            buckets = msgpack.load(f, raw=False)[1:]
        for code in WORDFREQ_CODES.get(wf_code, [wf_code]):
            if code not in index or code in SCRIPT_DECIDED:
                continue
            kept = 0
            covered = 0.0
            seen = set()
            for centibels, words in enumerate(buckets):
                lp = -centibels / 100.0 * math.log(10)
                for w in words:
                    if kept >= WORDS_KEPT:
                        break
                    w = to_cyrillic(w) if code in CYRILLIC_CODES else w
                    if any(ch.isdigit() for ch in w) or w in seen:
                        continue
                    seen.add(w)
                    word_entries[w].append((index[code], lp))
                    covered += math.exp(lp)
                    kept += 1
            coverage[index[code]] = math.log(min(covered, 0.999))
    for shard in range(WORD_SHARDS):
        write_table(os.path.join(args.out, f"words-{shard + 1}.bin"), codes, coverage, word_entries,
                    (shard, WORD_SHARDS))


if __name__ == "__main__":
    main()
