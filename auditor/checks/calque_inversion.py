"""Calque: a sentence opened by a non-speech verb before its subject ("analyzes Ömer Ö.")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document
from auditor.finding import Finding, Severity

# A sentence start: a space after . ! ? or a closing quote (checked in code); the regex
# starts with the literal space so CPython scans at C speed.
_START = re.compile(
    r" (?<=[.!?…”\"’] )(?P<verb>[A-Za-z]+)(?: out)?[ \t]+"
    r"(?:(?:the|this|that|an?)\s+(?:[\w-]+\s+){0,2}?(?P<role>[a-zé]+)\b"
    r"|(?P<name>(?P<first>[A-ZÀ-ÖØ-Þ][\w’'-]+)(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,3}))")
_QUOTES, _STOPS = "”\"’", ".!?…"


INVERSION = rule(
    "calque.verb-subject-inversion",
    "calque",
    "info",
    "“{text}”: a non-speech verb placed before its subject, as Spanish and Portuguese do"
    " (analiza X, explica el experto); English inverts only “said” and its like",
    suggestion="Put the subject first: “{subject} {verb}”, or use “said”",
    languages={"es": 1.0, "pt": 1.0, "it": 0.7, "fr": 0.4},
    source=__name__,
    bad=[
        "The front moved 20 km in a day. ⟦explains Marta Ruiz⟧, a military historian.",
        "“The lines simply collapsed.” ⟦Recalls the minister⟧, who visited on Monday.",
        "The talks failed. ⟦analyses the expert⟧ from the institute.",
    ],
    good=[
        "“The lines simply collapsed,” said Marta Ruiz, a military historian.",
        "“The lines simply collapsed,” explains Ruiz. Adds the minister: “We were ready.”",
        "The talks failed. Explains how the deal fell apart, the report is long.",
        "Considers the possibility remote. Warns that prices may rise.",
        "Prices rose. Stressed banks in Europe cut lending; Ensures the Army did.",
    ],
)


@cache
def _words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for r in read_tsv(DATA_DIR / "calque_inversion.tsv"):
        kinds.setdefault(r["kind"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in kinds.items()}


class Inversion:
    rules = (INVERSION,)

    def run(self, doc: Document) -> Iterable[Finding]:
        words = _words()
        for m in _START.finditer(doc.text):
            verb, role, name = m.group("verb"), m.group("role"), m.group("first")
            if verb.lower() not in words["verb"]:
                continue
            if (role and role not in words["role"]) or (name and name.lower() in words["stop"]):
                continue
            before, prev = doc.text[m.start() - 1], doc.text[m.start() - 2 : m.start() - 1]
            if before in _QUOTES and prev not in _STOPS:
                continue  # “...,” explains Smith: native journalistic inversion
            lower = verb[0].islower()
            if not lower and before not in _QUOTES and prev not in _QUOTES:
                continue
            start = m.start("verb")
            yield INVERSION.finding(
                doc, start, m.end(),
                message=INVERSION.message.format(text=doc.text[start : m.end()]),
                suggestion=INVERSION.suggestion.format(
                    subject=doc.text[m.end("verb") : m.end()].strip().removeprefix("out "),
                    verb=verb.lower()),
                severity=Severity.WARNING if lower else Severity.INFO,
            )


CHECKS = (Inversion(),)
