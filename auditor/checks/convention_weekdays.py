"""Weekdays used the source's way: "Thursday 28," (el jueves 28) and a past "this Friday"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

_DAY_NUMBER = re.compile(r"day (?:[1-9]|[12]\d|3[01])(?=[,.;:)]|\s+(?:at|in|when|after|before|"
                         r"during)\b)")
_PAREN_DAY = re.compile(r"day \((?:[1-9]|[12]\d|3[01])\)")
_WEEKDAY_END = re.compile(r"(?<![\w])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)$")
_THIS_DAY = re.compile(r"this (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?![’']s\b)"
                       r"(?!\s+(?:will|would|is|are)\b)")
_PAST = re.compile(r"\b(?:said|told|\w{3,}ed)\b")
_NOT_PAST = re.compile(r"\b(?:will|would|shall|next|until|due|going|plans?|expected|postponed|"
                       r"delayed|scheduled|rescheduled|moved|set|deadline)\b|[’']ll\b")

WEEKDAY_DAY = rule(
    "convention.weekday-day", "source-convention", "info",
    "“{text}”: a weekday with a bare day number and no month (el jueves 28, le jeudi 28)",
    suggestion="Name the month (Thursday, November 28) or keep only the weekday",
    languages={"es": 0.7, "fr": 0.7, "it": 0.7, "pt": 0.3}, source=__name__,
    bad=["The talks resumed on ⟦Thursday 28⟧, officials said.", "Voting began ⟦Sunday 3⟧ at dawn."],
    good=["The talks resumed on Thursday 28 November, officials said.",
          "On Monday 12 people were hurt; on Friday the 13th nobody came; today 5, tomorrow 6."])
PAREN_DAY = rule(
    "convention.weekday-paren-day", "source-convention", "warning",
    "“{text}”: the day of the month in parentheses after the weekday is Brazilian news style"
    " (sexta-feira (6))", suggestion="Write “on Friday” or “on Friday, June 6”",
    languages={"pt": 1.5}, source=__name__,
    bad=["The bill passed the Senate on ⟦Tuesday (11)⟧ by a wide margin.",
         "Police raided the offices this ⟦Friday (28)⟧, the ministry said."],
    good=["The bill passed the Senate on Tuesday (local time) by a wide margin.",
          "Turnout on Friday (28%) beat Monday's; see page 3 (Saturday) and note (4)."])
THIS_DAY = rule(
    "calque.this-weekday", "calque", "info",
    "“{text}” for a day already past renders este viernes / nesta sexta-feira; English says"
    " “on {day}”",
    suggestion="Use “on {day}”", languages={"es": 0.8, "pt": 0.8, "it": 0.5, "fr": 0.3},
    source=__name__,
    explanation="Spanish and Portuguese news dates events of the current week with este/esta"
    " (este viernes, nesta sexta-feira). In English “this Friday” points ahead.",
    bad=["The ministry announced ⟦this Tuesday⟧ that the border had reopened.",
         "Police arrested three men ⟦this Sunday⟧; the mayor resigned ⟦this Monday⟧."],
    good=["The ministry will announce this Tuesday whether the border reopens.",
          "The vote, postponed to this Sunday, is expected to be close; he praised this Friday's"
          " deal; she said talks would resume this Friday, and warned this Monday is a deadline."])


class Weekdays:
    rules = (WEEKDAY_DAY, PAREN_DAY, THIS_DAY)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for m in _DAY_NUMBER.finditer(text):
            if w := _WEEKDAY_END.search(text, max(0, m.start() - 6), m.start()):
                yield WEEKDAY_DAY.finding(doc, w.start(), m.end(), message=WEEKDAY_DAY.message
                                          .format(text=text[w.start() : m.end()]))
        for m in _PAREN_DAY.finditer(text):
            if w := _WEEKDAY_END.search(text, max(0, m.start() - 6), m.start()):
                yield PAREN_DAY.finding(doc, w.start(), m.end(), message=PAREN_DAY.message
                                        .format(text=text[w.start() : m.end()]))
        for m in _THIS_DAY.finditer(text):
            sent = doc.sentence_at(m.start())
            clause = text[max(sent.start if sent else 0, m.start() - 80) : m.start()]
            clause = re.split(r"[.;!?\n]", clause)[-1]
            if not _PAST.search(clause) or _NOT_PAST.search(clause) or doc.in_quote(m.start()):
                continue
            day = m.group()[5:]
            yield THIS_DAY.finding(doc, m.start(), m.end(),
                                   message=THIS_DAY.message.format(text=m.group(), day=day),
                                   suggestion=THIS_DAY.suggestion.format(day=day))


CHECKS = (Weekdays(),)
