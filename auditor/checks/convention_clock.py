"""Source convention: times of day written the source's way (at 17h, 9h30; 23:40 hours)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

# Found from a literal (a fast scan); the hour digits and the preposition are checked after.
_H = re.compile(r"h(?<=\dh)")
_H_TIME = re.compile(r"(?:1[3-9]|2[0-3])h(?:[0-5]\d)?\b(?! of\b)|(?:[01]?\d|2[0-3])h[0-5]\d\b")
_HOURS = re.compile(r":(?=[0-5]\d (?:hours|hrs)\b)")
_HOURS_TIME = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d (?:hours|hrs)\b")
_BEFORE = re.compile(r"(?:^|\W)(?:at|from|until|till|before|after|around|about|since|towards?|"
                     r"by|approximately|roughly|some) $")

HOUR_H = rule(
    "convention.hour-h", "source-convention", "warning",
    "“{text}”: the French way of writing the time of day (17h, 9h30); English writes 5 p.m.",
    suggestion="Write the time as English does (5 p.m., 9:30 a.m.)",
    languages={"fr": 1.0, "pt": 0.5, "es": 0.3, "it": 0.3}, source=__name__,
    bad=["The results will be published at ⟦18h⟧ on Sunday.",
         "Trains are suspended from ⟦9h30⟧ until ⟦14h⟧."],
    good=["The results will be published at 6 p.m. on Sunday.",
          "The mediators met after 14h of talks; the car went from 0 to 60 in 4h flat; by 8h."])
CLOCK_HOURS = rule(
    "convention.clock-hours", "source-convention", "info",
    "“{text}”: a clock time followed by “hours”, as in a las 23:40 horas; English writes"
    " 11:40 p.m.", suggestion="Drop “hours” (11:40 p.m.)",
    languages={"es": 1.0, "pt": 0.8, "it": 0.5}, source=__name__,
    bad=["The blast happened at ⟦21:15 hours⟧ near the market.",
         "Voting closed around ⟦18:00 hrs⟧ in most districts."],
    good=["The blast happened at 9:15 p.m. near the market.",
          "She finished the marathon in 2:45 hours; the base went on alert at 2100 hours."])


class Clock:
    rules = (HOUR_H, CLOCK_HOURS)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for regex, exact, rule_ in ((_H, _H_TIME, HOUR_H), (_HOURS, _HOURS_TIME, CLOCK_HOURS)):
            for trigger in regex.finditer(text):
                start = trigger.start()
                while start > 0 and text[start - 1].isdigit():
                    start -= 1
                m = exact.match(text, start)
                if m and _BEFORE.search(text, max(0, start - 16), start):
                    yield rule_.finding(doc, start, m.end(),
                                        message=rule_.message.format(text=m.group()))


CHECKS = (Clock(),)
