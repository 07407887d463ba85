#!/usr/bin/env python3
"""Builds a development set for tuning Newsdesk's language identifier, apart from the test data.

The lingua test lines (../shared/bench/langid) are for measuring only. Tuning uses this set,
made from other text: the gettext message catalogues (/usr/share/locale/<lang>/LC_MESSAGES/*.mo)
that the Debian packages of the project's machine image install (less iso-codes' lists of
names), translated by each project's volunteers (coreutils, tar, bash, glib, apt, dpkg, …; each
catalogue is under its package's licence, mostly GPL or LGPL). English comes from the
catalogues' source strings (msgids). Software messages are noisier than news (untranslated
English terms, jargon), so the set's accuracies run below the test data's; only comparisons
between settings on it mean anything. Nothing of it is committed: scripts/langid-dev.sh rebuilds
it in a temporary directory.

Per language (see LANGUAGES) with enough messages it writes, deterministically:
  word-pairs/<code>.txt  two words (lower-cased, in text order) drawn from one message
  sentences/<code>.txt   whole messages of 6 to 40 words
usage: build-langid-devset.py OUT_DIR [--per-language N]
"""
import argparse, gettext, glob, os, random, re, struct

# The model's languages that Debian's catalogues have: the bench README's 20 (less zh and ja,
# which the script decides alone) to tune for, and the others to check that they lose nothing.
LANGUAGES = ("en fr de es it pt nl ca ro pl ru uk bg ar fa tr sv da "
             "af az be bs cs cy el eo et eu fi ga he hi hr hu id is ka kk ko lt lv mk mn mr ms nb nn "
             "sk sl sq sr sw th tl ur vi xh zu").split()
LOCALE_DIRS = {"pt": ["pt", "pt_BR", "pt_PT"], "nb": ["nb", "nb_NO", "no"], "sr": ["sr", "sr@latin", "sr@Latn"]}
MINIMUM = 300  # lines per task, or the language is left out
# Format directives, markup, accelerators and escapes: not text of the language.
NOISE = re.compile(r"%[-+ #0-9.*]*[a-zA-Z]|\{[^}]*\}|<[^>]*>|\$\{?\w+\}?|\\[nt]|[_&](?=\w)|--?\w[\w-]*")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def messages(code):
    """The catalogue texts of one language, sorted (English: the source strings)."""
    found = set()
    for directory in LOCALE_DIRS.get(code, [code if code != "en" else "fr"]):
        for path in sorted(glob.glob(f"/usr/share/locale/{directory}/LC_MESSAGES/*.mo")):
            if os.path.basename(path).startswith("iso_"):
                continue  # iso-codes: names of languages and countries, not sentences
            try:
                with open(path, "rb") as f:
                    catalog = gettext.GNUTranslations(f)._catalog
            except (OSError, UnicodeDecodeError, IndexError, struct.error):  # a few catalogues are malformed
                continue
            for key, value in catalog.items():
                source = key[0] if isinstance(key, tuple) else key
                text = source if code == "en" else value
                translated = code == "en" or text != source
                if source and isinstance(text, str) and translated:
                    found.add(" ".join(NOISE.sub(" ", text).split()))
    return sorted(found)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--per-language", type=int, default=1000)
    args = parser.parse_args()
    for task in ("word-pairs", "sentences"):
        os.makedirs(os.path.join(args.out, task), exist_ok=True)
    for code in LANGUAGES:
        rng = random.Random(f"newsdesk-devset-{code}")
        texts = messages(code)
        pairs, sentences = [], []
        for text in texts:
            words = [w.lower() for w in WORD.findall(text)]
            if len(words) >= 2:
                i, j = sorted(rng.sample(range(len(words)), 2))
                pairs.append(f"{words[i]} {words[j]}")
            if 6 <= len(words) <= 40:
                sentences.append(text)
        rng.shuffle(pairs)
        rng.shuffle(sentences)
        if min(len(pairs), len(sentences)) < MINIMUM:
            continue
        for task, lines in (("word-pairs", pairs), ("sentences", sentences)):
            with open(os.path.join(args.out, task, code + ".txt"), "w", encoding="utf-8") as f:
                f.write("".join(line + "\n" for line in lines[: args.per_language]))
        print(code, len(texts), "messages", len(pairs), "pairs", len(sentences), "sentences")


if __name__ == "__main__":
    main()
