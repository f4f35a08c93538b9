"""Sentence segmentation candidates: speed and agreement on the project's corpora.

Usage:  python bench/segmentation.py      (pysbd and blingfire are optional:
        pip install pysbd blingfire to include them)

Compares auditor's regex splitter (auditor/segment.py) with pysbd and
blingfire: milliseconds per 1,000 words, and how many of each candidate's
sentence boundaries the others share (no gold standard is shipped, so
agreement is reported, and the disagreements are printed for a person to judge).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt"))
    files += sorted((ROOT / "tests" / "corpus").rglob("*.txt"))
    return [p.read_text("utf-8") for p in files]


def auditor_ends(text: str) -> set[int]:
    from auditor.document import Document

    return {s.end for s in Document.from_text(text).sentences}


def pysbd_ends(text: str) -> set[int]:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    out = set()
    for line_start, line in _lines(text):
        out |= {line_start + len(s.sent.rstrip()) + s.start for s in seg.segment(line)}
    return out


def blingfire_ends(text: str) -> set[int]:
    import blingfire

    out = set()
    for line_start, line in _lines(text):
        _, offsets = blingfire.text_to_sentences_and_offsets(line)
        out |= {line_start + end for _, end in offsets}
    return out


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def timed(fn: Callable[[str], set[int]], texts: list[str]) -> float:
    fn(texts[0])
    t = time.process_time()
    for text in texts:
        fn(text)
    return time.process_time() - t


def main() -> None:
    texts = corpus()
    words = sum(len(t.split()) for t in texts)
    candidates = {"auditor regex": auditor_ends}
    for name, fn, module in (("pysbd", pysbd_ends, "pysbd"),
                             ("blingfire", blingfire_ends, "blingfire")):
        try:
            __import__(module)
            candidates[name] = fn
        except ImportError:
            print(f"({name} not installed: skipped)")
    ends = {name: [fn(t) for t in texts] for name, fn in candidates.items()}
    print(f"{len(texts)} texts, {words} words")
    for name, fn in candidates.items():
        ms = timed(fn, texts) / words * 1000 * 1000
        print(f"{name:14} {ms:7.2f} ms per 1,000 words, {sum(map(len, ends[name]))} boundaries")
    base = ends["auditor regex"]
    for name in candidates:
        if name == "auditor regex":
            continue
        shared = sum(len(a & b) for a, b in zip(base, ends[name], strict=True))
        only_ours = sum(len(a - b) for a, b in zip(base, ends[name], strict=True))
        only_theirs = sum(len(b - a) for a, b in zip(base, ends[name], strict=True))
        print(f"vs {name}: {shared} shared, {only_ours} only auditor, {only_theirs} only {name}")
        shown = 0
        for text, a, b in zip(texts, base, ends[name], strict=True):
            for end in sorted(b - a)[:2]:
                if shown < 6:
                    before, after = text[max(0, end - 50) : end], text[end : end + 25]
                    print(f"    only {name}: …{before!r}|{after!r}")
                    shown += 1


if __name__ == "__main__":
    main()
