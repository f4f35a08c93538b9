"""Garble: a finite verb with no subject after an opening phrase (pro-drop source).

Spanish, Portuguese and Italian drop subject pronouns ("Desde Idlib, bastión
rebelde, han avanzado casi 20 kilómetros"); a literal translation leaves
"From Idlib, a rebel stronghold, have advanced almost 20 kilometres". Native
inversions put a subject after the verb and need no comma ("From the hills came
a cry"); negative inversions ("At no point had the army...") are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

_PREP = (
    "From|In|Since|After|Before|During|With|Without|Under|Through|Across|Along|Inside|"
    "Outside|Near|Towards?|Beyond|Around|Throughout|Following|Despite|Within|Behind|"
    "Between|Among|Against|Over|Into|At|On|By|Upon|Amid"
)
_AUX = "have|has|had|are|were|is|was|will|would|could|can|should|must|may|might"
_ADV = "almost|already|also|now|just|still|even|since|reportedly|allegedly|again|recently|"\
    "finally|never|not|been|mostly|largely|quickly|managed to"
_PARTICIPLE = (
    r"[a-z]+(?:ed|en|wn|ing)|been|made|gone|done|fought|won|left|lost|held|kept|brought|"
    r"caught|led|sent|set|put|hit|met|found|begun|run|told|sold|built|spent|struck|stood|"
    r"seized|said|paid|laid|got|taught|sought|bought|dealt|felt|meant|become"
)
_SUBJECTLESS = re.compile(
    rf"(?m)(?:^|(?<=[.;!?] ))(?P<span>(?:{_PREP}) [^,;.!?\n\"“”]{{1,60}}?[ \t]?,"
    rf"(?: [^,;.!?\n\"“”]{{1,60}},)? (?:{_AUX})(?: (?:{_ADV}))? (?:{_PARTICIPLE}))\b"
    rf"(?P<rest>[^.!?\n]*[.!?]?)"
)
_TRIGGER = re.compile(rf", (?:{_AUX}) ")
_NEGATIVE = re.compile(r"\b(?:no|not|never|only|little|neither|nor|hardly|rarely|seldom)\b", re.I)
_INVERSION = re.compile(r" (?:come|arisen|emerged|arrived|gone)\b")

SUBJECTLESS = rule(
    "garble.subjectless-clause",
    "garble",
    "warning",
    "“{text}”: the verb has no subject; the source language dropped the pronoun "
    "and the translation did not restore it",
    suggestion="Add the subject (“From X, the rebels have advanced...”)",
    languages={"es": 1.0, "pt": 1.0, "it": 1.0},
    source=__name__,
    bad=[
        "⟦From Mosul, the provincial capital, have moved⟧ south in two columns.",
        "Talks stalled. ⟦Since last week, has been⟧ impossible to reach the town.",
        "⟦In the north , have already captured⟧ three villages, the group said.",
    ],
    good=[
        "From the hills came a cry, and then silence.",
        "From Mosul, the provincial capital, the rebels have moved south.",
        "At no point, officials said, had the army lost control.",
        "In the past week, have you seen any convoys?",
        "Since 2015, Russian jets have flown thousands of sorties.",
    ],
)


class Subjectless:
    rules = (SUBJECTLESS,)

    def run(self, doc: Document) -> Iterable[Finding]:
        seen: set[int] = set()
        for trigger in _TRIGGER.finditer(doc.text):  # rare and fast to find
            sent = doc.sentence_at(trigger.start())
            begin = sent.start if sent else max(0, trigger.start() - 200)
            m = _SUBJECTLESS.search(doc.text, begin, trigger.end() + 80)
            if not m or m.start() in seen:
                continue
            seen.add(m.start())
            span, start, end = m.group("span"), *m.span("span")
            if m.group("rest").endswith("?") or _NEGATIVE.search(span) or _INVERSION.search(span):
                continue
            if doc.in_quote(start, end):
                continue
            yield SUBJECTLESS.finding(doc, start, end,
                                      message=SUBJECTLESS.message.format(text=span))

CHECKS = (Subjectless(),)
