"""Garble: a word coordinated with itself ("the main supporter and supporter").

A source pair of near-synonyms ("principal apoyo y sostén") collapses into one
English word. English repeats words around "and" only to intensify ("again and
again", "bigger and bigger", "years and years", "we waited and waited"); those
are skipped from a data list and by form (comparatives, past tenses, -ing forms,
"rows and rows of", a subject pronoun before a repeated verb).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document
from auditor.finding import Finding

_AND = re.compile(r" and ([A-Za-z][a-z’'-]+)\b")
_CONTRAST = re.compile(r" (?:of|with|without|who|that|which|whose|from) ")
_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_LEADS = "i you we they he she it people just kept to and would will"
_VERB_LEAD = frozenset(_LEADS.split())


@cache
def _native() -> frozenset[str]:
    return frozenset(r["term"] for r in read_tsv(DATA_DIR / "garble_reduplications.tsv"))


SELF = rule(
    "garble.self-coordinated",
    "garble",
    "warning",
    "“{text}”: a word joined to itself with “and”; two different source words were "
    "probably translated the same way",
    suggestion="Keep one word, or restore the second meaning (“main backer and ally”)",
    source=__name__,
    bad=[
        "Moscow remains the chief ⟦sponsor and sponsor⟧ of the junta in Bamako.",
        "The talks ended in a ⟦calm and calm⟧ atmosphere, the mediators said.",
        "Qatar, a key ⟦ally and ally⟧ of the movement, hosted the delegation.",
    ],
    good=[
        "The shelling went on again and again through the night.",
        "Crowds grew bigger and bigger as the day wore on.",
        "Families waited for years and years for news of the missing.",
        "We waited and waited, but nobody came, she said.",
        "Rows and rows of tents now line the border road.",
        "The fund covers secured loans and loans with no collateral.",
        "Prices rose more and more steeply after the devaluation.",
    ],
)


class SelfCoordinated:
    rules = (SELF,)

    def run(self, doc: Document) -> Iterable[Finding]:
        native = _native()
        text = doc.text
        for m in _AND.finditer(text):  # a literal prefix: fast to scan for
            second = m.group(1)
            start = m.start() - len(second)
            if start < 0 or text[start : m.start()].lower() != second.lower():
                continue
            if start and (text[start - 1].isalnum() or text[start - 1] in "’'-"):
                continue
            word = second.lower()
            if word in native or word.endswith(("ed", "ing")) or second[0].isupper():
                continue  # intensifiers, verbs, names ("Johnson and Johnson")
            if word.endswith("s") and _CONTRAST.match(text, m.end()):
                continue  # "rows and rows of", "loans and loans with no collateral"
            before = _BEFORE.search(text, max(0, start - 20), start)
            if before and before.group(1).lower() in _VERB_LEAD:
                continue  # "they talk and talk"
            if doc.in_quote(start, m.end()):
                continue
            yield SELF.finding(doc, start, m.end(),
                               message=SELF.message.format(text=text[start : m.end()]))


CHECKS = (SelfCoordinated(),)
