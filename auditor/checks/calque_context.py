"""Calques found by phrase whose native homonym shows in the context: calque_context.tsv.

Each line is a phrase rule like those of calque_phrases.tsv (anchor, pattern, examples)
plus a ``veto``: a case-insensitive regex searched in the sentence or paragraph (``scope``)
around a match. "the second semester" is Portuguese/Spanish for the second half of the
year unless school or university talk is near; "the folder said" is the ministry (pasta)
unless files and computers are; "at 11 hours" is a clock time unless shifts or patients.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from auditor.checks.anchors import AnchorIndex
from auditor.checks.base import Rule, rule
from auditor.checks.calque_phrases import read_rows
from auditor.checks.declarative import DATA_DIR, parse_languages
from auditor.document import Document
from auditor.finding import Finding
from auditor.segment import Span


@dataclass(frozen=True)
class _Entry:
    rule: Rule
    anchors: tuple[str, ...]
    regex: re.Pattern[str]
    veto: re.Pattern[str]
    paragraph: bool
    in_quotes: bool = False


@cache
def _entries() -> tuple[_Entry, ...]:
    out = []
    for row in read_rows(DATA_DIR / "calque_context.tsv"):
        r = rule(
            f"calque.{row['key']}", "calque", row["severity"],
            f"“{{text}}” renders {row['source']}; English news writes “{row['english']}”",
            suggestion=f"Use “{row['english']}”", languages=parse_languages(row["languages"]),
            bad=row["bad"].split(" || "), good=row["good"].split(" || "),
            explanation=f"A word-for-word rendering of {row['source']}; silent when the"
                        f" context shows the native sense ({row['native']}).", source=__name__)
        out.append(_Entry(r, tuple(row["anchor"].split("|")), re.compile(row["pattern"]),
                          re.compile(row["veto"], re.IGNORECASE), row["scope"] == "paragraph"))
    return tuple(out)


@cache
def _index() -> AnchorIndex[_Entry]:
    return AnchorIndex("calque_context", _entries())


def _scope(doc: Document, offset: int, paragraph: bool) -> Span | None:
    if not paragraph:
        return doc.sentence_at(offset)
    paras = doc.paragraphs
    i = bisect.bisect_right([p.start for p in paras], offset) - 1
    return paras[i] if i >= 0 and offset < paras[i].end else None


class ContextCalques:
    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(e.rule for e in _entries())

    def run(self, doc: Document) -> Iterable[Finding]:
        for e, m in _index().matches(doc):
            span = _scope(doc, m.start(), e.paragraph)
            start, end = (span.start, span.end) if span else (m.start(), m.end())
            if not e.veto.search(doc.text, start, end):
                yield e.rule.finding(doc, m.start(), m.end(),
                                     message=e.rule.message.format(text=m.group()))


CHECKS = (ContextCalques(),)
