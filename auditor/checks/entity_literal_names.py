"""Entity mistranslation: an institution or party name rendered word for word by shape.

Where checks/entity_institutions.py lists whole literal names, these rules catch families
of them: a department kept as "Secretariat of ..." (Secretaría de), a mass noun left in the
plural ("Ministry of Infrastructures and Transports"), "Company of Aqueduct and Sewerage"
(Empresa de ...), "the deputy of the constituency" (député), Brazil's "Superior Tribunal of
Justice", "Public Ministry", "Civil House", a party name translated in the brackets after a
politician ("(Republicans)": Republicanos) and "the Union" for the CDU/CSU. Data:
auditor/data/entity_literal_names.tsv (rows may need a context cue in the story).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.checks.entity_literal_rules import INSTITUTION, PARTY
from auditor.checks.foreign_data import deliberate, language_names
from auditor.document import Document
from auditor.finding import Finding

_GLOSSED = re.compile(r"(?:literally|meaning|means|translates as|known as|called)\W*\Z")


class Row(NamedTuple):
    rule: str
    langs: tuple[str, ...]
    pattern: re.Pattern[str]
    english: str
    context: re.Pattern[str] | None
    unless: re.Pattern[str] | None


@cache
def _rows() -> dict[str, list[Row]]:
    """Rows by the literal that every match of them contains (a cheap substring test)."""
    out: dict[str, list[Row]] = {}
    for r in read_tsv(DATA_DIR / "entity_literal_names.tsv"):
        row = Row(r["rule"], tuple(r["lang"].split()), re.compile(r["pattern"]), r["english"],
                  re.compile(r["context"]) if r["context"] else None,
                  re.compile(r["unless"]) if r["unless"] else None)
        out.setdefault(r["key"], []).append(row)
    return out


class LiteralNames:
    rules = (INSTITUTION, PARTY)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for key, rows in _rows().items():
            if key not in text:
                continue
            for row in rows:
                if row.context is not None and not row.context.search(text):
                    continue
                for m in row.pattern.finditer(text):
                    yield from self._judge(doc, row, m.start(), m.end())

    def _judge(self, doc: Document, row: Row, start: int, end: int) -> Iterable[Finding]:
        text = doc.text
        if start and (text[start - 1].isalnum() or text[start - 1] == "-"):
            return
        sent = doc.sentence_at(start)
        if row.unless is not None and sent is not None and row.unless.search(
                text, sent.start, sent.end):
            return
        if _GLOSSED.search(text, max(0, start - 40), start) or deliberate(doc, start, end):
            return
        r = PARTY if row.rule == "party" else INSTITUTION
        names = " or ".join(language_names().get(c, c) for c in row.langs)
        values = {"text": text[start:end], "english": row.english, "lang": names}
        yield r.finding(doc, start, end, message=r.message.format(**values),
                        suggestion=r.suggestion.format(**values),
                        languages={c: round(1.5 / len(row.langs), 2) for c in row.langs})


CHECKS = (LiteralNames(),)
