"""Calque: "the" before a country or an acronym that English names bare (the Russia's, the HTS,)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document
from auditor.finding import Finding, Severity

# What may follow the name for "the" to be the source's article rather than English
# attributive use (the Syria talks, the NATO summit, the Iran and Iraq wars stay silent).
_NEXT = (r"(?P<poss>[’']s\b)|(?=\s*[,.;:)]|\s+(?:has|have|had|is|was|were|are|will|would|could|"
         r"can|said|says|took|seized|launched|announced|entered|controls|controlled|into|in|to|"
         r"from|with|on|at)\b)")

COUNTRY = rule(
    "calque.article-country",
    "calque",
    "info",
    "“{text}”: “the” before a country name, as la Rusia / la Russie / a Rússia",
    suggestion="Drop “the”: “{name}”",
    languages={"es": 0.7, "fr": 0.7, "pt": 0.7, "it": 0.7},
    source=__name__,
    bad=[
        "It followed ⟦the Iran’s⟧ decision to enrich uranium.",
        "Trade with ⟦the Brazil⟧, the ministry said, fell by half.",
        "The border between Egypt and ⟦the Libya⟧ was closed.",
    ],
    good=[
        "The Syria talks resumed; the Iran deal and the Russia-Ukraine war dominated.",
        "The Russia of the 1990s was poorer; the Netherlands and the Gambia voted yes.",
        "The Iran and Iraq wars were long; the Turkey match was postponed.",
    ],
)
ACRONYM = rule(
    "calque.article-acronym",
    "calque",
    "info",
    "“{text}”: “the” before an acronym English writes bare, as le HTS / el HTS",
    suggestion="Drop “the”: “{name}”",
    languages={"fr": 0.8, "es": 0.5, "pt": 0.5, "it": 0.5},
    source=__name__,
    bad=[
        "Fighters of ⟦the HTS⟧, backed by artillery, advanced.",
        "Members of ⟦the NATO⟧ will meet in June.",
    ],
    good=[
        "Fighters of HTS, backed by artillery, advanced.",
        "The NATO summit and the Hamas-run ministry; the UN, the EU and the SDF agreed.",
    ],
)


@cache
def _regex() -> tuple[re.Pattern[str], frozenset[str]]:
    rows = read_tsv(DATA_DIR / "calque_no_article.tsv")
    names = "|".join(re.escape(r["term"]) for r in sorted(rows, key=lambda r: -len(r["term"])))
    acronyms = frozenset(r["term"] for r in rows if r["kind"] == "acronym")
    # Starts with the literal "he" (fast scan); the T/t and word start are checked behind it.
    return re.compile(rf"he(?<=(?<!\w)[Tt]he)\s+(?P<name>{names})(?![\w-])(?:{_NEXT})"), acronyms


class Article:
    rules = (COUNTRY, ACRONYM)

    def run(self, doc: Document) -> Iterable[Finding]:
        regex, acronyms = _regex()
        for m in regex.finditer(doc.text):
            start, end = m.start() - 1, m.end("poss") if m.group("poss") else m.end("name")
            if doc.in_quote(start, end):
                continue
            name = m.group("name")
            which = ACRONYM if name in acronyms else COUNTRY
            sure = which is COUNTRY and m.group("poss")
            yield which.finding(
                doc, start, end,
                message=which.message.format(text=doc.text[start:end]),
                suggestion=which.suggestion.format(name=doc.text[m.start("name") : end]),
                severity=Severity.WARNING if sure else None,
            )


CHECKS = (Article(),)
