"""Calques and source formulas found by phrase: one rule per line of calque_phrases.tsv.

Each line is a real, documented pattern of translated news (perdió la vida -> "lost the
life", l'ensemble des -> "the ensemble of", hafizahu Allah -> "may God protect him"),
with its languages, the English fix and its own examples. A line's regex runs only
when one of its lower-case anchors occurs in the text, so the check stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from auditor.checks.anchors import AnchorIndex
from auditor.checks.base import Rule, rule
from auditor.checks.declarative import DATA_DIR, parse_languages
from auditor.document import Document
from auditor.finding import Finding

_PREFIX = {"calque": "calque", "source-convention": "convention"}


@dataclass(frozen=True)
class _Entry:
    rule: Rule
    anchors: tuple[str, ...]
    regex: re.Pattern[str]
    in_quotes: bool


def read_rows(path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln.strip() and ln[0] != "#"]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=True)) for ln in lines[1:]]


@cache
def _entries() -> tuple[_Entry, ...]:
    out = []
    for row in read_rows(DATA_DIR / "calque_phrases.tsv"):
        r = rule(
            f"{_PREFIX[row['category']]}.{row['key']}", row["category"], row["severity"],
            f"“{{text}}” renders {row['source']}; English news writes “{row['english']}”",
            suggestion=f"Use “{row['english']}”", languages=parse_languages(row["languages"]),
            bad=row["bad"].split(" || "), good=row["good"].split(" || "),
            explanation=f"A word-for-word rendering of {row['source']}.", source=__name__)
        out.append(_Entry(r, tuple(row["anchor"].split("|")), re.compile(row["pattern"]),
                          row["quotes"] == "yes"))
    return tuple(out)


class PhraseCalques:
    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(e.rule for e in _entries())

    def run(self, doc: Document) -> Iterable[Finding]:
        for e, m in _index().matches(doc):
            yield e.rule.finding(doc, m.start(), m.end(),
                                 message=e.rule.message.format(text=m.group()))


@cache
def _index() -> AnchorIndex[_Entry]:
    return AnchorIndex("calque_phrases", _entries())


CHECKS = (PhraseCalques(),)
