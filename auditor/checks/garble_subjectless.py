"""Garble: a finite verb with no subject after an opening phrase (pro-drop source).

Spanish, Portuguese and Italian drop subject pronouns ("Desde Idlib, bastión
rebelde, han avanzado casi 20 kilómetros"); a literal translation leaves
"From Idlib, a rebel stronghold, have advanced almost 20 kilometres". Native
inversions put a subject after the verb and need no comma ("From the hills came
a cry"); negative inversions ("At no point had the army...") are skipped. The same
loss opens a sentence with a bare reporting verb: "Highlighted that inflation...".
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
# "At least four people, including two policemen, have been killed": a quantity is a subject
_QUANTITY = re.compile(r"(?:At (?:least|most)|Over|Around|Under|Near|Upwards of|Up to) "
                       r"(?:\d|a (?:dozen|hundred|thousand|million)|(?:one|two|three|four|five|"
                       r"six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundreds|"
                       r"thousands|dozens|millions)\b)")
_REPORT_TRIGGER = re.compile(r"ed(?: out)? that\b")
_VERBS = (r"(?:Highlight|Affirm|Recall|Stress|Emphasi[sz]|Underlin|Add|Explain|Indicat|Point|Not|"
          r"Stat|Warn|Assur|Declar|Consider|Argu|Insist|Reiterat|Acknowledg|Admitt|Denounc|Claim|"
          r"Clarifi|Maintain|Specifi|Lament|Regrett|Mention|Confirm|Inform|Guarante|Assert|Remark|"
          r"Observ|Conclud|Recogni[sz]|Defend)ed(?: out)? that\b")
_REPORT = re.compile(rf"(?m)(?:^|(?<=[.!?] )|(?<=[.!?][\"”] ))(?:Also (?i:{_VERBS})|{_VERBS})")
_REPORT_LANGS = {"es": 1.0, "pt": 1.0, "it": 1.0, "ar": 0.8}
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
        "The mayor spoke briefly. ⟦Stressed that⟧ the budget was balanced.",
        "⟦Also recalled that⟧ the bridge had been closed since May.",
        "⟦In the north , have already captured⟧ three villages, the group said.",
    ],
    good=[
        "From the hills came a cry, and then silence.",
        "From Mosul, the provincial capital, the rebels have moved south.",
        "At no point, officials said, had the army lost control.",
        "In the past week, have you seen any convoys?",
        "Since 2015, Russian jets have flown thousands of sorties.",
        "At least four people, including two policemen, have been killed in the raid.",
        "Over 300 families, most of them farmers, have fled the valley.",
        "Revealed: the secret deal behind the merger. Note that the figures are provisional.",
        "Said to be the oldest tree in Europe, it stands in a churchyard; he stressed that.",
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
            if (m.group("rest").endswith("?") or _NEGATIVE.search(span) or _QUANTITY.match(span)
                    or _INVERSION.search(span) or doc.in_quote(start, end)):
                continue
            yield SUBJECTLESS.finding(doc, start, end,
                                      message=SUBJECTLESS.message.format(text=span))
        for trigger in _REPORT_TRIGGER.finditer(doc.text):
            m = _REPORT.search(doc.text, max(0, trigger.start() - 30), trigger.end())
            if m and m.end() == trigger.end() and not doc.in_quote(m.start(), m.end()):
                yield SUBJECTLESS.finding(doc, m.start(), m.end(), languages=_REPORT_LANGS,
                                          message=SUBJECTLESS.message.format(text=m.group()))

CHECKS = (Subjectless(),)
