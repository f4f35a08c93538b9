"""Garble: an opening phrase, then the verb, then a counted subject ("In the crash died two").

Russian (and Ukrainian, Polish) put new information last: "Без отопления остались
более 9 тысяч человек", "В аварии погибли двое рабочих". A literal translation keeps
the order: "Without heating remained more than 9 thousand people", "In the accident
died two workers". English puts the counted subject first ("More than 9,000 people were
left without heating"). Flagged: a sentence that opens with a prepositional phrase (no
comma), then an intransitive or passive verb of the news (died, remained, were injured,
took part ...), then a quantity. Native locative inversion uses be, stand, lie, sit or
come ("Among the dead were two children", "In the corner stood a man") and is left
alone; so are "In the accident, two workers died" and quotations. With live, work or
study the inversion is rare but literary ("In this flat lived seven people"): info.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding, Severity

_PREP = ("In|On|At|Without|From|During|After|As a result of|Since|Under|Near|Among|Across|"
         "Throughout|Inside|Outside|Within|Through|Following|Because of|Due to|Over|Along|"
         "Behind|Before|Beyond|Around|Amid|Into")
_PASSIVE = ("injured|killed|hurt|wounded|evacuated|hospitali[sz]ed|left|detained|arrested|"
            "rescued|affected|infected|displaced|registered|recorded|poisoned|trapped|"
            "found|reported|employed|housed|accommodated|vaccinated|buried")
_VERB = (rf"(?:remained|remain|remains|died|die|dies|stayed|arrived|arrive|arrives|appeared|"
         rf"occurred|took part|take part|takes part|participated|participate|suffered|perished|"
         rf"gathered|drowned|fell ill|got sick|went missing|disappeared|(?:were|was|are|is|have "
         rf"been|has been) (?:{_PASSIVE})|(?P<live>live|lived|lives|work|worked|works|study|"
         rf"studied|studies|reside|resided|resides))")
_NUMBER = (r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
           r"thirty|forty|fifty|a hundred|hundreds|thousands|tens of thousands|dozens|several")
_INVERSION = re.compile(
    rf"(?P<span>(?P<pp>(?:{_PREP}) [^,.;:!?\n\"“”()]{{1,60}}?) {_VERB} (?:(?:without|in|on|at|from|"
    rf"with|under|near) [a-z][\w-]*(?: [a-z][\w-]*)? )?(?:(?:more than|over|about|"
    rf"around|nearly|almost|at least|up to|some|less than|fewer than|only|just|another|"
    rf"a further|roughly|approximately|a total of) )?(?:{_NUMBER})(?: (?:thousand|million|"
    rf"hundred|of))?(?: [a-z][\w-]*)?)\b")
_TRIGGER = re.compile(rf" {_VERB} ")
_CLAUSE = re.compile(r"\b(?:where|when|who|whom|whose|which|that|if|because|while|as|once)\b")

INVERSION = rule(
    "garble.locative-inversion-quantity",
    "garble",
    "warning",
    "“{text}”: an opening phrase, then the verb, then the counted subject, the word order of "
    "Russian “в аварии погибли двое рабочих”",
    suggestion="Put the subject first: “Two workers died in the accident”",
    languages={"ru": 1.2, "uk": 1.0, "pl": 0.6, "cs": 0.5},
    source=__name__,
    bad=[
        "⟦After the storm remained without electricity about 40 thousand households⟧.",
        "The bus left the road near Tver. ⟦In the crash died three passengers⟧, the regional "
        "ministry said.",
        "⟦During the shelling were injured at least 11 civilians⟧, the governor wrote.",
        "⟦In the competition took part more than 200 teams⟧ from 14 countries.",
        "⟦Without hot water have been left 1,500 residents⟧ of the district since Monday.",
    ],
    good=[
        "In the accident, two workers died and a third was badly hurt.",
        "Among the dead were two children and a nurse.",
        "In the corner stood a man holding 40 balloons.",
        "Remaining were about 40 people who refused to leave.",
        "In the crash three passengers died, the ministry said.",
        "At stake are 9,000 jobs in the region.",
        "After the storm, 40,000 households remained without power.",
        "“In the fire died two of my neighbours,” the woman said.",
        "In cases where patients die two doctors must sign the certificate.",
    ],
)


class LocativeInversion:
    rules = (INVERSION,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text, seen = doc.text, -1
        for trigger in _TRIGGER.finditer(text):
            sent = doc.sentence_at(trigger.start())
            if sent is None or sent.start <= seen:
                continue
            begin = sent.start + (text[sent.start] in "“\"")
            m = _INVERSION.match(text, begin, sent.end)
            if m is None or _CLAUSE.search(m["pp"]) or doc.in_quote(m.start(), m.end()):
                continue
            seen = sent.start
            live = m["live"] is not None
            yield INVERSION.finding(doc, m.start(), m.end(),
                                    message=INVERSION.message.format(text=m["span"]),
                                    severity=Severity.INFO if live else None)


CHECKS = (LocativeInversion(),)
