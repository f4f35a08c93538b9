"""Data of the entity-mistranslation checks (no rules of its own)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.checks.declarative import DATA_DIR, read_tsv


@dataclass(frozen=True)
class Entry:
    name: str
    lang: str
    word: str
    english: str
    kind: str
    home: re.Pattern[str]
    classes: tuple[str, ...]


Predicates = dict[str, list[tuple[str, re.Pattern[str]]]]  # class -> [(side, pattern)]


@cache
def ambiguous_names() -> tuple[dict[str, Entry], Predicates]:
    """Spelling -> entry, and the contexts that betray the common-word reading, by class."""
    entries = {}
    for r in read_tsv(DATA_DIR / "entity_ambiguous.tsv"):
        home = re.compile(rf"\b(?:{r['home']})\b")
        entry = Entry(r["name"], r["lang"], r["word"], r["english"], r["kind"], home,
                      tuple(r["classes"].split()))
        entries.update({n: entry for n in r["name"].split("|")})
    preds: Predicates = {}
    for r in read_tsv(DATA_DIR / "entity_predicates.tsv"):
        pat = r["pattern"] + ("$" if r["side"] == "before" else "")
        preds.setdefault(r["class"], []).append((r["side"], re.compile(pat)))
    return entries, preds
