"""Garble: a number noun used as in Romance languages ("two millions of", "a hundred of").

French, Spanish, Italian and Portuguese treat million, milliard and centaine as
nouns ("deux millions de personnes", "3,5 billones de pesos", "une centaine de
patients"); a literal translation keeps the plural and the "of". English writes
"two million people" and takes "of" after a number only before a determiner or a
pronoun ("a hundred of them", "a hundred of the patients"). Bare "hundreds of",
"tens of thousands of" and a year or date before "thousands of" ("In 2019
thousands of people fled", "On May 5 thousands marched") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.garble_numbers import WORDS, anchors, lowers
from auditor.document import Document
from auditor.finding import Finding

_NUMBER = rf"(?:\d(?:[\d,.]*\d)?|(?i:{WORDS}))"
_PLURAL = re.compile(rf"(?<![\w.,’'-]){_NUMBER} (?P<noun>(?:hundred|thousand|million|billion|"
                     r"trillion|dozen)s) of\b")
# "$10 million of aid" and "2.5 billion of total income" are English: a singular number
# noun before a bare "of" is only suspect after an article or a number word
_SINGLE = re.compile(rf"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|half a|(?i:{WORDS})) (?P<noun>hundred|"
                     r"thousand|dozen) of (?P<next>[a-z]+)\b(?![’'-])")
_SINGULARS = ("hundred", "thousand", "million", "billion", "trillion", "dozen")
_NOUNS = frozenset(_SINGULARS) | frozenset(w + "s" for w in _SINGULARS)
_YEAR = re.compile(r"(?:1[5-9]|2[01])\d\d\b")
_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.? $")
_DETERMINERS = """the them us you these those this that which whom whose what whatever it its
    his her their our my your each every all both such other others last next one many several
    some any no more most own a an mine yours ours theirs either neither yesterday today tomorrow"""
_NOT_BARE = frozenset(_DETERMINERS.split())

NUMERAL_OF = rule(
    "garble.numeral-noun-of",
    "garble",
    "warning",
    "“{text}”: a number noun used as in French, Spanish or Italian (“deux millions de”, "
    "“une centaine de”)",
    suggestion="Drop the plural “s” and the “of”: “two million people”, “a hundred patients”; "
    "or write “hundreds of ...”",
    languages={"fr": 0.7, "es": 0.7, "it": 0.7, "pt": 0.7},
    source=__name__,
    bad=[
        "The state will invest ⟦3,5 billions of⟧ pesos in the network.",
        "More than ⟦two millions of⟧ voters stayed at home.",
        "Doctors say ⟦a hundred of⟧ patients were sent to other hospitals.",
        "The union counted ⟦a thousand of⟧ striking workers outside the plant.",
        "The port handles ⟦12 millions of⟧ tonnes a year.",
        "She bought ⟦a dozen of⟧ eggs at the market.",
    ],
    good=[
        "Hundreds of people gathered outside the court.",
        "Millions of dollars were lost in the fraud.",
        "A hundred of them were sent to Brest last year.",
        "About a hundred of the patients were moved overnight.",
        "In 2019 thousands of people fled the fighting.",
        "Tens of thousands of workers joined the strike, and two million of its members voted.",
        "A million of which came from the regional budget.",
        "Australia has linked $10 million of aid to the deal; 2.5 billion of total income came "
        "from gaming, and the bank sold a billion of bonds.",
        "On May 5 thousands of people marched, and of the 12, thousands of others stayed home.",
    ],
)


class NumeralOf:
    rules = (NUMERAL_OF,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text, tokens, words = doc.text, doc.tokens, lowers(doc)
        for i in anchors(doc, _NOUNS):
            if i + 1 == len(words) or words[i + 1] != "of":
                continue
            tok = tokens[i]
            pattern = _PLURAL if words[i].endswith("s") else _SINGLE
            for m in pattern.finditer(text, max(0, tok.start - 24), tok.end + 30):
                if m.start("noun") == tok.start and self._garbled(text, m):
                    start, end = m.start(), m.end("noun") + 3  # through " of"
                    yield NUMERAL_OF.finding(doc, start, end, message=NUMERAL_OF.message.format(
                        text=text[start:end]))

    @staticmethod
    def _garbled(text: str, m: re.Match[str]) -> bool:
        if "next" in m.re.groupindex:
            return m["next"] not in _NOT_BARE  # "a hundred of patients", not "... of them"
        if _YEAR.match(text, m.start()):
            return False  # "In 2019 thousands of people fled"
        return not _MONTH.search(text, max(0, m.start() - 11), m.start())


CHECKS = (NumeralOf(),)
