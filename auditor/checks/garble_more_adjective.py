"""Garble: "more" before a one-syllable adjective that takes -er ("the droughts are more long").

Romance languages (más largo, plus long, più lungo), Arabic (akthar tulan) and
Russian (более длинный) build every comparative with a word for "more"; a literal
translation keeps "more long", "more high than last year". Only short adjectives
whose -er form is obligatory are listed, and only where the adjective ends the
phrase: as a predicate (after be/become/seem ...) or before a "than" of degree.
"More" that counts a noun ("no more long queues", "more new cases"), hyphenated
compounds ("more long-term", "more high-quality") and two qualities compared
("more dead than alive", "more young than old") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding, Severity

_ADJ = ("long|high|big|small|low|short|cheap|fast|slow|strong|weak|old|young|new|large|great|"
        "tall|deep|wide|poor|hot|cold|hard|soft|warm|near|late|early|thick|thin|quick|steep|"
        "dark|loud")
_ER = {"big": "bigger", "hot": "hotter", "thin": "thinner", "early": "earlier", "large": "larger",
       "late": "later", "wide": "wider"}
_MORE = re.compile(
    rf" more (?P<adj>{_ADJ})(?![\w’'-])(?:(?P<end> ?[.,;:!?)”\"—–]|$)"
    r"| than (?P<than>[\w$£€]+)"
    r"| (?:and|or|but) (?:more|less|so|too|very|also|even|much|far|increasingly|not)\b"
    r"| (?:in|for|at|on|during|since|because|when|if|now|today|nowadays|this|every|again|"
    r"still|overall|here)\b)"
)
_CUE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|become|becomes|became|becoming|seem|seems|seemed|"
    r"remain|remains|remained|get|gets|got|getting|grow|grows|grew|growing|look|looks|looked|"
    r"appear|appears|appeared|feel|feels|felt|[’']s|[’']re)"
    r"(?: (?:much|far|even|now|still|ever|slightly|considerably|significantly|increasingly|also|"
    r"generally|often|usually|already|then|currently|somewhat|not|no longer|always|getting|"
    r"becoming|a lot|a little|a bit|yet))*$"
)
_THERE = re.compile(r"\b(?:[Tt]here|[Hh]ere|[Ww]hat)\b")
_DEGREE_WORDS = """the a an this that these those its their his her our my your any anything
    anyone ever before last usual expected planned previously originally normal average required
    necessary forecast predicted elsewhere today yesterday now then once in at on during under
    what we they he she it i you before other"""
_DEGREE = frozenset(_DEGREE_WORDS.split())
_SKIP_BEFORE = frozenset(("no", "any", "once", "one", "some", "the", "many", "few", "several"))
# "are more narrow and more long": look for the predicate before the first member
_COORD = re.compile(r"(?: (?:more|less|too|so|very))? [a-z]+,? (?:and|or|but)(?: also)?$")

MORE = rule(
    "garble.more-short-adjective",
    "garble",
    "warning",
    "“{text}”: “more” with a one-syllable adjective; English uses “{er}” (Romance, Arabic "
    "and Russian build every comparative with “more”)",
    suggestion="Write “{er}”",
    languages={"es": 0.4, "fr": 0.4, "it": 0.4, "pt": 0.4, "ar": 0.4, "ru": 0.5},
    source=__name__,
    bad=[
        "Farmers say the dry seasons are ⟦more long⟧ than they used to be.",
        "Prices were ⟦more high⟧ than last year in every region.",
        "The new terminal is ⟦more big⟧, and the queues have gone.",
        "Winters here have become much ⟦more cold⟧ in recent decades.",
        "The ministry said the currency remained ⟦more weak⟧ than the dollar.",
        "The river is getting ⟦more deep⟧ and more dangerous each year.",
    ],
    good=[
        "There will be no more long queues at the border, the minister said.",
        "Investors want more long-term bonds and more high-quality assets.",
        "The disease has caused more new cases in the south than in the north.",
        "He looked more dead than alive when he was found.",
        "Crowds were more young than old, organisers said.",
        "There is more cold weather on the way, and more cold in the forecast.",
        "Prices are once more high, and the queues are long.",
    ],
)


class MoreShortAdjective:
    rules = (MORE,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for m in _MORE.finditer(text):
            prefix = text[max(0, m.start() - 40) : m.start()]
            words = prefix.lower().split()  # "more and more long" is skipped below
            if words and (words[-1] in _SKIP_BEFORE or words[-2:-1] == ["more"]):
                continue
            than = m["than"]
            if than is not None:
                if not (than.lower() in _DEGREE or than[0].isdigit() or than[0].isupper()):
                    continue  # "more dead than alive": two qualities compared
            elif not _CUE.search(_COORD.sub("", prefix.lower())) or _THERE.search(prefix[-20:]):
                continue  # not a predicate, or existential "there is more cold in..."
            start, end = m.start() + 1, m.end("adj")
            adj = m["adj"]
            er = _ER.get(adj, adj + "er")
            quoted = doc.in_quote(start, end)
            yield MORE.finding(doc, start, end,
                               message=MORE.message.format(text=text[start:end], er=er),
                               suggestion=MORE.suggestion.format(er=er),
                               severity=Severity.INFO if quoted else None)


CHECKS = (MoreShortAdjective(),)
