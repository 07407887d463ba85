"""Development corpus for the plain-text cleaner: whole-page text dumps, every line labelled.

Each HTML page of ../shared/bench/extraction (scrapinghub and trafilatura-eval) is dumped whole,
menus, footers and all, by several dumpers the way a naive scraper does, and every line of every
dump gets a label by aligning it against the page's gold:

- body: the line's word 3-grams are mostly in the gold body (scrapinghub's articleBody; for
  trafilatura-eval a line holding one of its "with" snippets, which is gold, else its 3-grams in
  trafilatura's own extraction of the page, which is silver and marked so); a line of one or two
  words is body when it is in the gold and sits inside the body's first and last long lines;
- title: the line that is the gold title (trafilatura-eval's title; for scrapinghub, which has
  none, the page's og:title or first <h1>, silver), the occurrence closest before the body;
- credit: a short line outside the body that credits a picture or the reporting ("Reporting
  by …", "Photo: …", "(AP Photo/…)", "Crédit photo", "Tous droits réservés") (silver);
- leftover: everything else (a line holding a trafilatura-eval "without" snippet is gold);
- lines between clear body and clear leftover (a third to two thirds of their 3-grams in the
  body) get no label: they count neither in training nor in scores.

Pages are split by site (the URL's host, without "www.") into train and dev, by a hash of the
host: one site's pages never sit on both sides; about 30 % of the sites are dev. Output: one JSON object per page and dumper per line of
OUT/corpus.jsonl: {"page", "set", "site", "split", "dumper", "title", "titleGold", "lines":
[[text, label, gold], …]}. Usage: python scripts/build-dump-corpus.py DATA_DIR OUT_DIR
(scripts/build-dump-corpus.sh installs the dumpers and runs it).
"""

import gzip
import hashlib
import json
import multiprocessing
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from urllib.parse import urlparse

WORD = re.compile(r"\w+")
SPACE = re.compile(r"\s+")
DEV_SHARE = 30  # percent of sites held out for dev
CREDIT = re.compile(
    r"^(\(?(additional )?(reporting|writing|editing|compiled|produced|research) by\b)"
    r"|\b(photo|foto|image|picture|bild|crédits? photo|credits?|crédits?|fotos?)\s*[:©/]"
    r"|\((ap|afp|reuters|dpa|epa)\s*(photo|/)"
    r"|getty images|\bap photo\b|tous droits réservés|alle rechte vorbehalten|\bfoto:|\bphoto:",
    re.IGNORECASE)
COPYRIGHT_FOOTER = re.compile(r"(©|\(c\)|copyright)\s*(\d{4})?", re.IGNORECASE)
DUMPERS = ["html-text", "inscriptis", "resiliparse", "bs4", "lynx", "w3m"]


def normalize(text):
    return SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def tokens(text):
    return [t.lower() for t in WORD.findall(text)]


def trigrams(words):
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def decode(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        head = raw[:4096].decode("ascii", "ignore")
        match = re.search(r"charset=[\"']?([\w-]+)", head, re.IGNORECASE)
        if match:
            try:
                return raw.decode(match.group(1))
            except (LookupError, UnicodeDecodeError):
                pass
        return raw.decode("cp1252", "replace")


# ---------------------------------------------------------------- dumpers

def dump(dumper, html, path):
    if dumper == "html-text":
        import html_text
        return html_text.extract_text(html, guess_layout=True)
    if dumper == "inscriptis":
        import inscriptis
        return inscriptis.get_text(html)
    if dumper == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree
        return extract_plain_text(HTMLTree.parse(html), main_content=False, preserve_formatting=True)
    if dumper == "bs4":
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(html, "lxml")
        for tag in soup(["script", "style", "noscript", "template"]):
            tag.decompose()
        return soup.get_text("\n")
    # Wide pages: one paragraph a line, as a scraper that does not wrap writes them.
    if dumper == "lynx":
        command = ["lynx", "-dump", "-nolist", "-width=1024", "-assume_charset=utf-8", "-display_charset=utf-8", path]
    else:
        command = ["w3m", "-dump", "-cols", "1024", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", path]
    result = subprocess.run(command, capture_output=True, timeout=60)
    return result.stdout.decode("utf-8", "replace")


def silver_body(html):
    import trafilatura
    return trafilatura.extract(html, include_comments=False, favor_precision=True) or ""


def html_title(html):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(html, "lxml")
    meta = soup.find("meta", attrs={"property": "og:title"})
    if meta and meta.get("content"):
        return normalize(meta["content"])
    h1 = soup.find("h1")
    return normalize(h1.get_text(" ")) if h1 else None


# ---------------------------------------------------------------- labels

def label_lines(lines, body_text, with_snippets, without_snippets, title):
    gold_words = tokens(body_text)
    gold_grams = trigrams(gold_words)
    gold_joined = " " + " ".join(gold_words) + " "
    labels = []
    for line in lines:
        words = tokens(line)
        norm = normalize(line)
        if any(s in norm for s in with_snippets):
            labels.append(["body", True])
        elif any(s in norm for s in without_snippets):
            labels.append(["leftover", True])
        elif len(words) >= 3:
            grams = trigrams(words)
            share = len(grams & gold_grams) / len(grams)
            labels.append(["body" if share >= 2 / 3 else "leftover" if share <= 1 / 3 else None, False])
        else:
            labels.append(["short", False])
    long_body = [i for i, (label, _) in enumerate(labels) if label == "body" and len(tokens(lines[i])) >= 6]
    first, last = (long_body[0], long_body[-1]) if long_body else (len(lines), -1)
    for i, (label, gold) in enumerate(labels):
        if label != "short":
            continue
        words = tokens(lines[i])
        inside = first < i < last and words and (" " + " ".join(words) + " ") in gold_joined
        labels[i] = ["body" if inside else "leftover", False]
    for i, line in enumerate(lines):
        if labels[i][0] != "body" and len(tokens(line)) <= 25 and CREDIT.search(line):
            if not (i > last and COPYRIGHT_FOOTER.search(line)):
                labels[i] = ["credit", False]
    if title:
        key = normalize(title).lower()
        matches = [i for i, line in enumerate(lines) if normalize(line).lower() == key]
        before = [i for i in matches if i < first]
        pick = before[-1] if before else (matches[0] if matches else None)
        if pick is not None:
            labels[pick] = ["title", labels[pick][1]]
    return labels


def process(job):
    path, meta = job
    raw = gzip.open(path).read()
    html = decode(raw)
    if meta["set"] == "scrapinghub":
        body, with_s, without_s = meta["body"], [], []
        title, title_gold = html_title(html), False
    else:
        body = silver_body(html)
        with_s = [normalize(s) for s in meta["with"]]
        without_s = [normalize(s) for s in meta["without"]]
        title, title_gold = (normalize(meta["title"]), True) if meta.get("title") else (html_title(html), False)
    out = []
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as handle:
        handle.write(html)
        handle.flush()
        for dumper in DUMPERS:
            try:
                text = dump(dumper, html, handle.name)
            except Exception as error:  # a dumper that fails on a page leaves the page out
                print(f"{dumper} failed on {path}: {error}", file=sys.stderr)
                continue
            lines = [normalize(l) for l in text.splitlines()]
            lines = [l for l in lines if l]
            labels = label_lines(lines, body, with_s, without_s, title)
            out.append({
                "page": os.path.basename(path), "set": meta["set"], "site": meta["site"], "split": meta["split"],
                "dumper": dumper, "title": title, "titleGold": title_gold,
                "lines": [[l, lab, gold] for l, (lab, gold) in zip(lines, labels)],
            })
    return out


def site_of(url):
    host = (urlparse(url or "").hostname or "unknown").lower()
    return host[4:] if host.startswith("www.") else host


def split_of(site):
    # The first four bytes of the host's SHA-256, big-endian: the accuracy floor test picks
    # its dev pages the same way.
    return "dev" if int(hashlib.sha256(site.encode()).hexdigest()[:8], 16) % 100 < DEV_SHARE else "train"


def jobs(data):
    truth = json.load(open(os.path.join(data, "scrapinghub", "ground-truth.json"), encoding="utf-8"))
    for page_id, entry in sorted(truth.items()):
        site = site_of(entry.get("url"))
        yield (os.path.join(data, "scrapinghub", "html", page_id + ".html.gz"),
               {"set": "scrapinghub", "site": site, "split": split_of(site), "body": entry["articleBody"]})
    evaldata = json.load(open(os.path.join(data, "trafilatura-eval", "evaldata.json"), encoding="utf-8"))
    for url, entry in sorted(evaldata.items()):
        site = site_of(url)
        yield (os.path.join(data, "trafilatura-eval", "pages", entry["file"]),
               {"set": "trafilatura-eval", "site": site, "split": split_of(site), **entry})


def main():
    data, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    work = [job for job in jobs(data) if os.path.exists(job[0])]
    with open(os.path.join(out_dir, "corpus.jsonl"), "w", encoding="utf-8") as out, \
            multiprocessing.Pool(int(os.environ.get("JOBS", "2"))) as pool:
        for count, records in enumerate(pool.imap(process, work, chunksize=4), 1):
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if count % 100 == 0:
                print(f"{count}/{len(work)} pages", file=sys.stderr)


if __name__ == "__main__":
    main()
