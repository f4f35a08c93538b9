"""Garble: German verb-second order kept ("Since 1 July can associations apply").

German puts the finite verb second after a fronted adverbial and the participle
last ("Seit 1. Juli können Vereine ... beantragen", "In Bayern wurden bisher nur
12 Anträge genehmigt"); a literal translation gives "In Bavaria have so far only 12
applications been approved". Flagged: a time or place opener ("From January
onwards", "In future", or a fronted "As ..., / When ..., " clause), then have/has/had
or a modal (can, could, will, would, must, should, shall, might), then a subject
("customers", "private households"); or a reporting verb put second before a
determiner or a name ("On Monday announced the agency"), never after a comma.
Negative and restrictive inversions ("Only then did", "At no point had"), questions,
"Had X known" conditionals, optative "may", imperative "have a look" and quotes are
left alone. A have-verb before a noun phrase, or after
an opener that can itself be a subject ("Last year had the highest rainfall"),
needs a participle right after its subject ("had the minister announced that").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.garble_verb_second_patterns import (
    HYPOTHETICAL,
    NOT_NAME,
    NOT_PLURAL,
    OPENER,
    PARTICIPLE,
)
from auditor.document import Document
from auditor.finding import Finding

V2 = rule(
    "garble.verb-second",
    "garble",
    "warning",
    "“{text}”: the auxiliary comes before its subject after an opening phrase, German "
    "verb-second order",
    suggestion="Put the subject before the verb: “{opener}, {subject} ... {aux} ...”",
    languages={"de": 1.5, "nl": 1.0},
    source=__name__,
    bad=[
        "Since 1 July 2024 ⟦can non-commercial⟧ associations apply for a licence.",
        "In Bavaria ⟦have so far only 12⟧ applications been approved.",
        "Yesterday ⟦had the minister⟧ announced that the border would close.",
        "From next year ⟦will tenants⟧ pay a lower deposit.",
        "As the agency announced on Tuesday, ⟦have so far 40⟧ clubs been registered.",
        "In the past year ⟦could the company⟧ double its sales in Asia.",
        "From March onwards ⟦must private households⟧ pay a grid surcharge.",
        "On Thursday ⟦reported the Federal⟧ Statistical Office a rise in exports.",
        "In future ⟦should pensioners⟧ receive the payment automatically.",
    ],
    good=[
        "Only then did the minister announce the decision.",
        "At no point had the army lost control of the city.",
        "Last year had the highest rainfall since records began.",
        "In hindsight, had the government acted sooner, lives would have been saved.",
        "Since when have the ministers known about the leak?",
        "Today has the makings of a historic day, he said.",
        "In Bavaria, the party has the largest number of seats.",
        "If you are in town, have a look at the new museum.",
        "Now is the time to act, and here is the plan.",
        "In the corner sat a man who had been waiting for hours.",
        "Recently announced measures include a cut in fuel duty.",
        "Next year will come new rules for landlords, the minister said.",
        "In Rome, said the mayor, rents have doubled in ten years.",
        "From then on, customers must book online.",
    ],
)


class VerbSecond:
    rules = (V2,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for sent in doc.sentences:
            m = OPENER.match(text, sent.start, sent.end)
            if not m or (m["clause"] and not m["comma"]) or self._native(text, m, sent.end):
                continue
            start, end = m.start("aux"), m.end("subj")
            if doc.in_quote(start, end):
                continue
            opener = text[sent.start : m.start("aux")].strip(" ,\"“")
            yield V2.finding(doc, start, end, message=V2.message.format(text=text[start:end]),
                             suggestion=V2.suggestion.format(
                                 opener=opener, subject=m["subj"], aux=m["aux"]))

    @staticmethod
    def _native(text: str, m: re.Match[str], end: int) -> bool:
        sentence = text[m.end() : end].rstrip("\"”’ ")
        if sentence.endswith("?") or (m["name"] in NOT_NAME):
            return True
        aux, plural = m["aux"], (m["plural"] or "").split()
        have = aux in ("have", "has", "had")
        if plural and (have or m["lex"] or any(w in NOT_PLURAL for w in plural)):
            return True
        if m["lex"] and (m["comma"] or m["clause"] or not (m["det"] or m["name"])):
            return True  # "Recently announced measures", "In Rome, said the mayor, ..."
        if aux == "had" and HYPOTHETICAL.search(sentence):
            return True  # "..., had the army moved sooner, lives would..."
        if aux == "have" and m["det"] in ("a", "an", "your", "some") and not m["adv"]:
            return True  # imperative: "In London, have a look at the Tate"
        if have and not m["adv"] and (m["det"] or m["subjtime"] or m["np"] or m["cnp"]):
            p = PARTICIPLE.match(text, m.end("subj") + 1, end)
            head = f" {m['subj']} {p.group() if p else ''} "
            return not p or "est " in head or " most " in head  # "had the highest recorded"
        return False


CHECKS = (VerbSecond(),)
