#!/usr/bin/env python3
"""Builds the project's quote development sets: bench/quotes-dev/<lang>.jsonl from the marked-up
texts in bench/quotes-dev/source/<lang>.txt (written for Newsdesk), with offsets computed from the
strings, so they are exact (Unicode scalars, as Python's `text[start:end]`).

Source format, one document after another:

    ## ID DATE q1=direct q2=indirect n1=Emmanuel_Macron
    « {q1|Nous ne céderons pas} », {c1|a affirmé} mardi {s1|la ministre}.

    {s2|Le président} {c2|a déclaré} que {q2|la réforme ira jusqu'au bout}.

- `{qN|…}` marks quote N's content; a second `{qN|…}` adds a fragment (an incise skipped, or a
  paragraph that continues the quote); `{cN|…}` its cue, `{sN|…}` its speaker. Marks nest.
- The header gives each quote's kind (direct, partial, indirect; the set writes `mixed` as
  partial, as the metric does) and, with `nN=`, the speaker's full name (underscores for spaces)
  when the text names them; otherwise a name-like speaker span is its own name.
- Lines after the header up to the next `## ` are the text; blank lines separate paragraphs.

Output: one JSON object per document in the format of ../shared/bench/quotes (PolNeAR):
{"id", "language", "date", "text", "quotes": [{"start", "end", "text", "kind", "cue", "speaker",
"speaker_name", "fragments"?}]}.

usage: build.py [LANG ...]   (default: fr de es it pt)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\{([qcs])(\d+)\|")


def parse(body):
    """The plain text and, per (kind, number), the list of (start, end) spans."""
    out, spans, stack = [], {}, []
    i = 0
    while i < len(body):
        m = MARK.match(body, i)
        if m:
            stack.append((m.group(1), int(m.group(2)), len("".join(out))))
            i = m.end()
            continue
        if body[i] == "}" and stack:
            kind, number, start = stack.pop()
            spans.setdefault((kind, number), []).append((start, len("".join(out))))
            i += 1
            continue
        out.append(body[i])
        i += 1
    if stack:
        raise ValueError(f"unclosed mark {stack[-1]}")
    return "".join(out), spans


def document(language, header, lines):
    fields = header.split()
    doc_id, date, attributes = fields[0], fields[1], dict(f.split("=", 1) for f in fields[2:])
    text, spans = parse("\n".join(lines).strip("\n"))
    quotes = []
    numbers = sorted({n for (k, n) in spans if k == "q"})
    for n in numbers:
        fragments = sorted(spans[("q", n)])
        start, end = fragments[0][0], fragments[-1][1]
        quote = {"start": start, "end": end, "text": text[start:end], "kind": attributes.get(f"q{n}", "direct")}
        if quote["kind"] not in ("direct", "partial", "indirect"):
            raise ValueError(f"{doc_id}: q{n} has kind {quote['kind']}")
        if len(fragments) > 1:
            quote["fragments"] = [list(f) for f in fragments]
        cue = spans.get(("c", n))
        quote["cue"] = {"start": cue[0][0], "end": cue[0][1], "text": text[cue[0][0]:cue[0][1]]} if cue else None
        speaker = spans.get(("s", n))
        quote["speaker"] = {"start": speaker[0][0], "end": speaker[0][1], "text": text[speaker[0][0]:speaker[0][1]]} if speaker else None
        name = attributes.get(f"n{n}")
        if name:
            quote["speaker_name"] = name.replace("_", " ")
        elif quote["speaker"] and quote["speaker"]["text"][:1].isupper():
            quote["speaker_name"] = quote["speaker"]["text"]
        else:
            quote["speaker_name"] = None
        quotes.append(quote)
    for (k, n) in spans:
        if k != "q" and n not in numbers:
            raise ValueError(f"{doc_id}: {k}{n} without q{n}")
    return {"id": doc_id, "language": language, "date": date, "text": text, "quotes": quotes}


def build(language):
    with open(os.path.join(HERE, "source", f"{language}.txt"), encoding="utf-8") as f:
        source = f.read().split("\n")
    docs, header, lines = [], None, []
    for line in source:
        if line.startswith("## "):
            if header:
                docs.append(document(language, header, lines))
            header, lines = line[3:], []
        elif header is not None:
            lines.append(line)
    if header:
        docs.append(document(language, header, lines))
    with open(os.path.join(HERE, f"{language}.jsonl"), "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{language}: {len(docs)} documents, {sum(len(d['quotes']) for d in docs)} quotes", file=sys.stderr)


if __name__ == "__main__":
    for language in sys.argv[1:] or ["fr", "de", "es", "it", "pt"]:
        build(language)
