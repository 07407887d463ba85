#!/usr/bin/env python3
"""Builds Newsdesk's language-identification model (Resources/langid/*.bin).

Inputs, both downloaded from PyPI by scripts/build-langid-model.sh:
  * lingua-language-detector 1.4.2 (Apache-2.0): per-language character n-gram models
    (orders 1-5, conditional probabilities P(last char | previous chars) within words),
    75 languages, trained by lingua's author on the Leipzig corpora.
  * wordfreq 3.1.1 (code Apache-2.0, data CC-BY-SA-4.0): word frequency lists.

Output: six tables (ngrams-1.bin … ngrams-5.bin, one per n-gram order, and words.bin) in one
binary format (little-endian), read by NewsdeskText's LanguageModel:
  magic "NDLM", version u32, language count u32, per language: code (4 bytes, NUL padded) and
  one f32 (for n-grams: unused 0; for words: log of the share of running text the kept words
  cover), key count u32, keys u32[] (ascending FNV-1a hash of the UTF-8 text, low 32 bits,
  never 0), posting counts u8[], postings u16[] (language index << 8 | quantised -log p * 8).

Pruning keeps each language's most probable n-grams (by joint probability, computed along the
chain of lower orders) and most frequent words, so each file stays small.
"""
import argparse, gzip, json, math, os, struct, sys
from collections import defaultdict

import brotli
import msgpack

NGRAM_FILES = ["unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"]
# n-grams kept per language for orders 1..5 (None: all).
KEEP = [None, None, 6000, 6000, 4000]
WORDS_KEPT = 12000
QUANT = 8.0  # steps per nat

# wordfreq codes that differ from the ISO 639-1 codes Newsdesk reports.
WORDFREQ_CODES = {"fil": "tl"}
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


def quantise(logp):
    return max(0, min(255, int(round(-logp * QUANT))))


def write_table(path, codes, extras, entries):
    """entries: {text: [(language index, logp)]}"""
    keyed = {}
    collisions = 0
    for text, postings in entries.items():
        k = fnv1a32(text)
        if k in keyed:
            collisions += 1
            continue
        keyed[k] = postings
    keys = sorted(keyed)
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
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    models_dir = os.path.join(args.lingua, "lingua", "language-models")
    codes = sorted(os.listdir(models_dir))
    index = {c: i for i, c in enumerate(codes)}

    # One table per order: the small, hot tables of short n-grams then stay in the processor's
    # cache while the scorer probes the big ones.
    per_order = [defaultdict(list) for _ in NGRAM_FILES]
    for code in codes:
        for n, table in enumerate(prune(load_lingua(models_dir, code))):
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
        code = WORDFREQ_CODES.get(wf_code, wf_code)
        if code not in index or code in SCRIPT_DECIDED:
            continue
        with gzip.open(os.path.join(data_dir, name), "rb") as f:
            buckets = msgpack.load(f, raw=False)[1:]
        kept = 0
        covered = 0.0
        for centibels, words in enumerate(buckets):
            lp = -centibels / 100.0 * math.log(10)
            for w in words:
                if kept >= WORDS_KEPT:
                    break
                if any(ch.isdigit() for ch in w):
                    continue
                word_entries[w].append((index[code], lp))
                covered += math.exp(lp)
                kept += 1
        coverage[index[code]] = math.log(min(covered, 0.999))
    write_table(os.path.join(args.out, "words.bin"), codes, coverage, word_entries)


if __name__ == "__main__":
    main()
