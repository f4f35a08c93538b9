"""Paragraph and sentence segmentation with character offsets.

A regex splitter with an abbreviation list: measured at well under a
millisecond per 1,000 words (pysbd takes ~20 ms), which the throughput goal
needs. Sentence ends are ., ! or ? (optionally followed by closing quotes or
brackets) before whitespace and a plausible sentence start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr",
    "adm", "gov", "sen", "rep", "rev", "st", "jr", "sr", "no", "nos", "vol", "fig", "inc", "ltd",
    "co", "corp", "dept", "est", "approx", "vs", "etc", "al", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "rd", "pres",
    "amb", "min", "hon", "messrs", "mme", "mlle", "sra", "sres", "u.s", "u.k", "u.n", "e.u",
    "d.c", "a.m", "p.m", "i.e", "e.g",
))

_PARA = re.compile(r"[^\n]+")
# an opening quote may be German „ or French « (with its space) before the next sentence;
# [.!?…][.!?…]* rather than [.!?…]+: a leading character class lets re skip ahead (~2x)
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"”’»“)\]]*(?=\s+(?:[\"“‘«„‹(\[]\s?)?[\w¿¡])")
_LAST_WORD = re.compile(r"([\w.]+)\.?$")
_DOTTED = re.compile(r"(?:\w\.)+\w")  # "U.S", "e.g" (the final dot is the boundary)


def split_paragraphs(text: str) -> list[Span]:
    """Non-blank lines are paragraphs (wire copy puts one paragraph per line)."""
    spans = []
    for m in _PARA.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(Span(start, end))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation or an initial."""
    m = _LAST_WORD.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in ABBREVIATIONS:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.S.")
    return (len(word) == 1 and word.isalpha()) or bool(_DOTTED.fullmatch(word))


def _next_letter(text: str, pos: int, end: int) -> str:
    while pos < end and not text[pos].isalnum():
        pos += 1
    return text[pos] if pos < end else ""


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as absolute spans, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct = m.group()
        single_dot = punct.startswith(".") and len(punct.rstrip("\"”’»)]")) == 1
        if single_dot and _is_abbreviation(text, m.start()):
            continue
        if _next_letter(text, m.end(), end).islower():  # “Go!” he said.
            continue
        spans.append(Span(cur, m.end()))
        cur = m.end()
        while cur < end and text[cur].isspace():
            cur += 1
    if cur < end:
        spans.append(Span(cur, end))
    return [s for s in spans if s.end > s.start]
