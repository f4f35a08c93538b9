"""Shared by the inconsistency checks: spelling skeletons and the "which form wins" rule.

A skeleton folds the alternations that transliteration conventions disagree on
(e/i, o/u, ou/u, ee/i, y/i, q/k, ch/sh, dj/j, dh/d, ph/f, a final -h, doubled
letters, diacritics, apostrophes, hyphens and the Arabic article), so that
Saraqib/Saraqeb, Hamdaniya/Hamdaniyah and Keçeli/Keceli share one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from auditor.checks.base import Rule
from auditor.document import Document
from auditor.finding import Finding

ARTICLE = re.compile(r"^(?:a[lnrsdtz]|ash|el|ul)[-‐\s]", re.IGNORECASE)
MARKS = re.compile(r"[’'ʿʾ`‘\-‐\s]")
POSSESSIVE = re.compile(r"[’']s$")
_FOLDS = (("ch", "sh"), ("dj", "j"), ("dh", "d"), ("ph", "f"), ("ck", "k"), ("q", "k"),
          ("ou", "u"), ("oo", "u"), ("ee", "i"), ("e", "i"), ("o", "u"), ("y", "i"))
DOUBLE = re.compile(r"(.)\1+")
_SPECIAL = str.maketrans({"ı": "i", "ø": "o", "æ": "e", "ß": "s", "đ": "d", "ł": "l"})


@lru_cache(maxsize=65536)
def plain(word: str) -> str:
    """Lower case, no diacritics, no possessive."""
    word = POSSESSIVE.sub("", word).lower().translate(_SPECIAL)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    s = MARKS.sub("", ARTICLE.sub("", plain(word)))
    s = re.sub(r"([aeiou])h$", r"\1", s)
    for a, b in _FOLDS:
        s = s.replace(a, b)
    return DOUBLE.sub(r"\1", s)


def distance(a: str, b: str) -> int:
    """Levenshtein distance (short words only)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


@dataclass(frozen=True)
class Occurrence:
    start: int
    end: int
    form: str  # the spelling, normalised for comparison (case, hyphens, spaces)
    text: str


def deviants(occurrences: Iterable[Occurrence], standard: Callable[[str], bool] | None = None
             ) -> tuple[Occurrence, list[Occurrence]]:
    """The story's main spelling and every occurrence of the others. The main one is the
    most used (then the first), unless ``standard`` tells some forms apart from the others
    (the usual English spelling, Netanyahu, against a transliteration, Nitanyahu)."""
    occ = sorted(occurrences, key=lambda o: o.start)
    counts = Counter(o.form for o in occ)
    first = {}
    for o in occ:
        first.setdefault(o.form, o)
    known = {f for f in first if standard(f)} if standard else set()
    if len(known) == len(first):
        known = set()
    main = max(first.values(), key=lambda o: (o.form in known, counts[o.form], -o.start))
    return main, [o for o in occ if o.form != main.form]


def where(doc: Document, occ: Occurrence) -> str:
    line, col = doc.line_col(occ.start)
    return f"“{occ.text}” (line {line}, column {col})"


def flag(doc: Document, occ: list[Occurrence],
         choose: Callable[[Occurrence, Occurrence], Rule | None],
         standard: Callable[[str], bool] | None = None) -> Iterator[Finding]:
    """Findings for every occurrence that departs from the story's main spelling."""
    if len({o.form for o in occ}) < 2:
        return
    main, others = deviants(occ, standard)
    for o in others:
        if (r := choose(main, o)) is not None:
            yield r.finding(doc, o.start, o.end,
                            message=r.message.format(match=o.text, first=where(doc, main)),
                            suggestion=r.suggestion.format(main=main.text))
