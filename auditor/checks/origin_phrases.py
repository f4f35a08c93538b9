"""The footer phrase table (data/origin_footers.tsv) compiled for fast search (no checks here).

A hundred case-insensitive phrases in one regex cost ~15 ms per story, so each phrase
has an anchor word: only phrases whose anchor occurs in a paragraph are compiled
into that paragraph's (cached) regex.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from auditor.checks.anchors import automaton
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document
from auditor.segment import Span

_ARABIC = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "ة": "[ةه]", "ى": "[ىي]", "ي": "[ىي]"}
_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")
_HARAKAT = "[\u064b-\u0652\u0670\u0640]*"
# Folding for the anchor pre-filter: Arabic short vowels and tatweel dropped, alef unified.
_FOLD = str.maketrans({**{chr(c): None for c in range(0x064B, 0x0653)}, "\u0670": None,
                       "\u0640": None, "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


@dataclass(frozen=True)
class Phrase:
    pattern: str
    language: str
    anchor: str  # the phrase's longest word, folded: no match is possible without it


def _pattern(phrase: str) -> str:
    out = []
    for ch in phrase:
        if ch == "…":
            out.append(r"[^\n]{1,80}?")
        elif ch == " ":
            out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        elif "\u0600" <= ch <= "\u06ff":
            out.append(_ARABIC.get(ch, re.escape(ch)) + _HARAKAT)
        else:
            out.append(re.escape(ch))
    body = "".join(out)
    return body if "\u3000" <= phrase[0] <= "\u9fff" else rf"(?<!\w){body}(?!\w)"


def _fold(text: str) -> str:
    text = text.lower().replace("’", "'")
    return text.translate(_FOLD) if _ARABIC_CHAR.search(text) else text


@cache
def phrases() -> tuple[Phrase, ...]:
    out = []
    for r in sorted(read_tsv(DATA_DIR / "origin_footers.tsv"), key=lambda r: -len(r["phrase"])):
        anchor = max(_fold(r["phrase"]).split(), key=len)
        out.append(Phrase(_pattern(r["phrase"]), r["language"], anchor))
    return tuple(out)


@lru_cache(maxsize=512)
def _regex(chosen: tuple[int, ...]) -> re.Pattern[str]:
    table = phrases()
    return re.compile("|".join(f"(?P<p{i}>{table[i].pattern})" for i in chosen), re.IGNORECASE)


@cache
def _anchors() -> tuple[frozenset[str], frozenset[str]]:
    """The phrases' anchors: (Arabic ones, the others)."""
    anchors = {p.anchor for p in phrases()}
    arabic = frozenset(a for a in anchors if _ARABIC_CHAR.match(a))
    return arabic, frozenset(anchors - arabic)


@cache
def _other_anchors() -> ahocorasick.Automaton:
    """The non-Arabic anchors, all found in one scan of a story (instead of one scan each)."""
    return automaton(_anchors()[1])


def footer_phrases(doc: Document) -> Iterator[tuple[Span, re.Match[str], str]]:
    """Each paragraph holding a footer phrase: the paragraph, the match, its language."""
    table, text = phrases(), doc.text
    folded = text.lower().replace("’", "'")
    arabic = _ARABIC_CHAR.search(folded) is not None  # Arabic is folded per paragraph below
    arabic_anchors = _anchors()[0]
    anchors = {a for _, a in _other_anchors().iter(folded)} | (arabic_anchors if arabic else set())
    for para in doc.paragraphs if anchors else ():
        line = text[para.start : para.end]
        folded = _fold(line) if arabic else line.lower().replace("’", "'")
        if not (here := {a for a in anchors if a in folded}):
            continue
        chosen = tuple(i for i, p in enumerate(table) if p.anchor in here)
        if m := _regex(chosen).search(text, para.start, para.end):
            yield para, m, table[int((m.lastgroup or "p0")[1:])].language
