"""Entity mistranslation: a place name or a local office translated as common words.

Machine translation reads Belo Horizonte as "Beautiful Horizon", Castilla-La Mancha as
"Castile-The Stain", the Brazilian Fazenda (finance ministry) as "the Farm", the Belgian
parquet (prosecutor's office) as "the Floor of Brussels", German Stadtwerke as "the city
works". Data: auditor/data/entity_place_names.tsv (a row may need a cue in the story)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.checks.entity_place_rules import OFFICE, PLACE
from auditor.checks.foreign_data import deliberate, language_names
from auditor.document import Document
from auditor.finding import Finding, Severity

_GLOSSED = re.compile(r"(?i:literally|meaning|means|translates as|known as|called|nicknamed)"
                      r"\W*\Z")

class Row(NamedTuple):
    kind: str
    langs: tuple[str, ...]
    pattern: re.Pattern[str]
    english: str
    severity: Severity | None
    context: re.Pattern[str] | None
    unless: re.Pattern[str] | None


def _opt(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


@cache
def _rows() -> tuple[dict[str, list[int]], tuple[Row, ...]]:
    """The rows, and by key word (case-sensitive) the rows whose every match contains it."""
    rows, by_key = [], {}
    for r in read_tsv(DATA_DIR / "entity_place_names.tsv"):
        for key in r["key"].split("|"):
            by_key.setdefault(key, []).append(len(rows))
        rows.append(Row(r["kind"], tuple(r["lang"].split()),
                        re.compile(r["pattern"] + r"(?![\w-])"), r["english"],
                        Severity.parse(r["severity"]) if r["severity"] else None,
                        _opt(r["context"]), _opt(r["unless"])))
    return by_key, tuple(rows)


def _parts(doc: Document) -> frozenset[str]:
    """The parts of the story's hyphenated words (Mouths-of-the-Rhône)."""
    hyphenated = doc.memo("foreign.hyphenated", lambda d: [w for w in d.vocabulary if "-" in w])
    return frozenset(p for w in hyphenated for p in w.split("-"))


class PlaceNames:
    rules = (PLACE, OFFICE)

    def run(self, doc: Document) -> Iterable[Finding]:
        by_key, rows = _rows()
        keys = doc.vocabulary.intersection(by_key) | _parts(doc).intersection(by_key)
        for i in sorted({i for key in keys for i in by_key[key]}):
            yield from self._hits(doc, rows[i])

    def _hits(self, doc: Document, row: Row) -> Iterable[Finding]:
        text, cue = doc.text, row.context is None
        for m in row.pattern.finditer(text):
            start, end = m.span()
            if not (cue := cue or bool(row.context and row.context.search(text))):
                return
            before = text[max(0, start - 2) : start]
            if before[-1:].isalnum() or before[-1:] == "-" or "(" in before:
                continue  # inside a word, or a gloss in brackets: Belo Horizonte (Beautiful ...)
            sent = doc.sentence_at(start)
            if row.unless and sent and row.unless.search(text, sent.start, sent.end):
                continue
            if _GLOSSED.search(text, max(0, start - 40), start) or deliberate(doc, start, end):
                continue
            r = PLACE if row.kind == "place" else OFFICE
            values = {"text": text[start:end], "english": row.english,
                      "lang": " or ".join(language_names().get(c, c) for c in row.langs)}
            yield r.finding(doc, start, end, message=r.message.format(**values),
                            suggestion=r.suggestion.format(**values), severity=row.severity,
                            languages={c: round(1.5 / len(row.langs), 2) for c in row.langs})


CHECKS = (PlaceNames(),)
