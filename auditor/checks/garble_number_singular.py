"""Garble: a singular noun after a number above one ("96 receiving site", "15 person were hurt").

Arabic counts 11 and up with a singular noun ("96 mawqi'", "70 milyun muwatin"),
Turkish and Indonesian never pluralise after a numeral, and a literal translation
keeps the singular. Only nouns from a closed list are checked, and only where the
noun ends its phrase (punctuation, a preposition, a verb such as "were"), so
compound modifiers stay silent ("a 20 person team", "the 10 mile race", "a 96
page report"), as do years, model and route numbers ("the 737 aircraft", "the 42
bus", "Year 11 student", "a No 10 official") and ticket lists ("2 adult, 1 child").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.checks.garble_numbers import WORDS, anchors, lowers, numeral
from auditor.document import Document
from auditor.finding import Finding

_NUMBER = re.compile(
    rf"(?<![\w.,/$£€¥#+×’'-])(?P<num>\d[\d,.]*\d|[2-9]|(?i:(?:{WORDS})(?:-[a-z]+)?))"
    r"(?P<mult>(?: (?:hundred|thousand|million|billion|trillion))*)"
    r" (?:(?:[a-z]{2,}(?:ing|[^e]ed)|[A-Z][a-z]+(?:ian|ese|ish|i|an)|new|other|young|foreign|"
    r"local|small|large|public|private|main|major|rural|remote|civilian|military|medical|"
    r"innocent|elderly|more|additional|further|separate) )?(?P<noun>[a-z]+)"
    rf"(?![\w’'-])(?P<after> ?[.;:!?)”\"]|,(?! ?(?:\d|(?i:{WORDS})\b))| [a-z]+\b)"
)
_YEAR = re.compile(r"(?:1[5-9]|2[01])\d\d")


@cache
def _plurals() -> dict[str, str]:
    return {r["term"]: r["plural"] for r in read_tsv(DATA_DIR / "garble_number_nouns.tsv")}


@cache
def _context(kind: str) -> frozenset[str]:
    rows = read_tsv(DATA_DIR / "garble_number_context.tsv")
    return frozenset(r["word"] for r in rows if r["kind"] == kind)


SINGULAR = rule(
    "garble.singular-after-number",
    "garble",
    "warning",
    "“{text}”: a singular noun after a number above one, as Arabic and Turkish count",
    suggestion="Use the plural: “{plural}”",
    languages={"ar": 1.0, "tr": 0.5, "id": 0.3},
    source=__name__,
    bad=[
        "The governorate now runs ⟦96 receiving site⟧ between silos and hangars.",
        "The subsidy reaches more than ⟦70 million citizen⟧.",
        "At least ⟦15 person⟧ were injured in the collapse.",
        "Rescuers reached ⟦three village⟧ in the valley on Sunday.",
        "The army said ⟦12 Syrian soldier⟧ had been captured near Homs.",
        "The ministry opened ⟦2,400 school⟧, officials said.",
    ],
    good=[
        "She led a 20 person team through the mountains.",
        "He won the 10 mile race and a 96 page report was published.",
        "Police said the 737 aircraft landed safely, and the 42 bus was diverted.",
        "A Year 11 student and a No 10 official were among the witnesses.",
        "In 2024 child poverty rose, and the 2023 election changed little.",
        "Family tickets cover 2 adult, 2 child places at the museum.",
        "The 27 member states agreed, and 15 member countries abstained.",
        "A 4 x 4 vehicle in the desert and a 70 million dollar deal were cited.",
    ],
)


class SingularAfterNumber:
    rules = (SINGULAR,)

    def run(self, doc: Document) -> Iterable[Finding]:
        # Anchor on the listed nouns among the tokens (a C-speed scan), then read the
        # few that follow a numeral with the full pattern in a small window.
        plurals, text, tokens, words = _plurals(), doc.text, doc.tokens, lowers(doc)
        for i in anchors(doc, plurals):
            if i == 0 or not (numeral(words[i - 1]) or (i > 1 and numeral(words[i - 2]))):
                continue
            tok = tokens[i]
            for m in _NUMBER.finditer(text, max(0, tok.start - 48), tok.end + 30):
                if m.end("noun") == tok.end:
                    yield from self._finding(doc, m, plurals)
                    break

    @staticmethod
    def _finding(doc: Document, m: re.Match[str], plurals: dict[str, str]) -> Iterable[Finding]:
        text, noun, num = doc.text, m["noun"], m["num"]
        after = m["after"][1:]
        if m["after"][0] == " " and after not in _context("after") and not (
                len(after) > 4 and after.endswith("ed")):
            return  # "a 20 person team": the noun modifies another noun
        if not m["mult"] and (_YEAR.fullmatch(num) or num.replace(",", "").startswith("1.")):
            return  # a year ("2024 election"), or 1.5 with nothing after it
        if m.start() > 0 and text[m.start() - 1] == " ":
            prev = text[max(0, m.start() - 30) : m.start()].split()
            word = prev[-1].strip("(\"“") if prev else ""
            if word.lower() in _context("label") or (
                    word[:1].isupper() and word not in _context("capital")):
                return  # "a 20 person team", "Year 11 student", "Boeing 737 plane"
        start, end = m.start(), m.end("noun")
        phrase = text[start:end]
        plural = phrase[: len(phrase) - len(noun)] + plurals[noun]
        yield SINGULAR.finding(doc, start, end, message=SINGULAR.message.format(text=phrase),
                               suggestion=SINGULAR.suggestion.format(plural=plural))

CHECKS = (SingularAfterNumber(),)
