"""Garble: a pronoun that repeats a subject already stated before an aside.

"where the province of Aleppo, largely held by the regime, it borders Idlib":
the subject noun phrase, a comma-delimited aside, then "it"/"they" again. French
and Spanish syntax (and the machine that follows it) resume a long subject this
way; edited English does not. Time phrases ("The next day, after the vote, they
left"), parenthetical asides ("it said", "it was hoped,") and quotations are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

_DET = r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)"
_LEAD = r"(?:where|while|whereas|because|since|that|and|but|although|though|when|if)"
_RESUMPTIVE = re.compile(
    rf"(?m)(?:^|(?<=[.;!?] )|\b{_LEAD} )(?P<np>{_DET} [^,;.!?\n\"“”()]{{2,50}}?), "
    rf"(?P<aside>[^,;.!?\n\"“”]{{3,80}}?), (?P<span>(?:it|they|he|she) (?P<verb>[a-z]+))\b"
    r"(?P<aside_end>(?: [a-z]+){0,3},)?"
)
_TRIGGER = re.compile(r", (?:it|they|he|she) [a-z]")
_TIME = re.compile(
    r"\b(?:day|week|month|year|morning|night|evening|afternoon|time|moment|weekend|hour|"
    r"minute|decade|season|spring|summer|winter|autumn|fall|said|way|point|case)s?\b"
)
_REPORTING_WORDS = """said says say told added claim claims claimed noted argued believe believes
    believed think thinks thought insisted warned stressed seems seemed appears appeared
    suggests suggested reported wrote writes admitted conceded recalled explained"""
_REPORTING = frozenset(_REPORTING_WORDS.split())

RESUMPTIVE = rule(
    "garble.resumptive-pronoun",
    "garble",
    "warning",
    "“{text}”: the pronoun repeats the subject “{np}” stated before the aside",
    suggestion="Delete “{pron}”",
    languages={"fr": 0.7, "es": 0.5, "ar": 0.3},
    source=__name__,
    bad=[
        "The port, badly damaged by the storm, ⟦it handles⟧ a third of the traffic.",
        "Fighting resumed in the valley, where the militias, backed by the army, "
        "⟦they control⟧ most roads.",
    ],
    good=[
        "The next day, after the vote was counted, they left the capital.",
        "The ministry, in a statement, said it would appeal.",
        "The army, backed by Russia, retook the city, and it has held it since.",
        "The plan, officials said, it was hoped, would end the siege.",
        "The minister, however, it must be said, has little support.",
        "The rebels, the ministry said, they claim, are foreign fighters.",
    ],
)


class Resumptive:
    rules = (RESUMPTIVE,)

    def run(self, doc: Document) -> Iterable[Finding]:
        seen: set[int] = set()
        for trigger in _TRIGGER.finditer(doc.text):  # rare and fast to find
            sent = doc.sentence_at(trigger.start())
            begin = sent.start if sent else max(0, trigger.start() - 200)
            for m in _RESUMPTIVE.finditer(doc.text, begin, trigger.end() + 40):
                if m.start("span") not in seen:
                    seen.add(m.start("span"))
                    yield from self._finding(doc, m)

    @staticmethod
    def _finding(doc: Document, m: re.Match[str]) -> Iterable[Finding]:
        np, start, end = m.group("np"), *m.span("span")
        if _TIME.search(np) or m.group("verb") in _REPORTING or m.group("aside_end"):
            return
        if doc.in_quote(start, end):
            return
        pron = m.group("span").split()[0]
        yield RESUMPTIVE.finding(
            doc, start, end,
            message=RESUMPTIVE.message.format(text=m.group("span"), np=np),
            suggestion=RESUMPTIVE.suggestion.format(pron=pron),
        )

CHECKS = (Resumptive(),)
