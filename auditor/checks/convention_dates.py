"""Source convention: dates written the source's way (15.11.2025; the 20-A protests)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.calendar_words import MONTHS
from auditor.document import Document
from auditor.finding import Finding, Severity

# ".11.2025" is found from its literal dot; the day before it is checked after.
_DOTTED = re.compile(r"\.(?:0?[1-9]|1[0-2])\.(?:(?:19|20)\d\d|\d\d)(?!\d|\.\d)")
_DAY = re.compile(r"(?<![\w.,/-])(?:0?[1-9]|[12]\d|3[01])$")
_NOT_DATE = re.compile(r"(?i:version|v|release|build|firmware|update|ios|android|windows|"
                       r"section|chapter|article|paragraph|rule|clause|ip|address)\W{0,2}$")
_SHORT_YEAR = re.compile(r"(?i:on|until|till|since|from|dated|before|after|by|of) $")
# "the 20-A protests": Spanish shorthand for a date (20 de abril); found from the hyphen.
_EVENT = re.compile(r"-[EFMAJSOND](?![\w-])")
_EVENT_BEFORE = re.compile(r"(?:^|\W)(?:the|of|since|on|after|before|until|from|to|for) "
                           r"(?:[1-9]|[12]\d|3[01])$")
_EVENT_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:last|this|next|in|and|or|of|protests?|"
                          r"march(?:es)?|demonstrations?|strikes?|elections?|vote|attacks?|"
                          r"referendum|movement|rally|rallies|mobili[sz]ations?|coup|bombings?|"
                          r"general|anniversary)\b")
_EVENT_NOT = re.compile(r"(?i:class|division|school|league|conference|grade|route|seat|row|"
                        r"gate|flight|apartment|room|highway|interstate|form|visa|draft|type)")

DOTTED = rule(
    "convention.dotted-date", "source-convention", "warning",
    "“{text}”: a day.month.year date, as German, Russian, Turkish and Polish write it;"
    " English news writes the month in words", suggestion="Write {fixed}",
    languages={"de": 0.8, "ru": 0.8, "tr": 0.6, "pl": 0.5, "cs": 0.4}, source=__name__,
    bad=["Navigation was extended until ⟦15.11.2025⟧ because of mild ice.",
         "The decree of ⟦3.04.2024⟧ set the quota; a hearing is due on ⟦1.12.2025⟧.",
         "The contract was signed on ⟦02.09.24⟧ in Ankara."],
    good=["Navigation was extended until 15/11/2025 because of mild ice.",
          "Version 3.11.2024 shipped; the server at 10.12.2020.5 and score 6.4.2 lost.",
          "Trading opened at 10.30 and the yield rose to 4.12 percent in 2024.",
          "Chapter 2.3.2019 of the report, release v1.10.2021 and Section 4.2.2019."])
EVENT = rule(
    "convention.date-shorthand", "source-convention", "info",
    "“{text}”: Spanish news shorthand for a date (20-A = 20 de abril, 8-M = 8 de marzo);"
    " English copy names the day", suggestion="Write the date (April 20)",
    languages={"es": 1.0, "ca": 0.5}, source=__name__,
    bad=["It was the largest march since the ⟦20-A⟧ last year.",
         "Organisers recalled the ⟦23-J⟧ elections and the ⟦8-M⟧ march in Madrid.",
         "Catalonia has changed since the ⟦1-O⟧, the minister said."],
    good=["The school moved up from Class 5-A to 6-A; the 3-D printer broke.",
          "Fighters of the M-23 held the 4-A road; a 1-A draft card was found.",
          "He wore number 10-A on the form; the 9-S lab is closed."])


class Dates:
    rules = (DOTTED, EVENT)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for m in _DOTTED.finditer(text):
            day = _DAY.search(text, max(0, m.start() - 2), m.start())
            if day is None or _NOT_DATE.search(text, max(0, day.start() - 12), day.start()):
                continue
            short = len(m.group()) - m.group().rfind(".") == 3
            if short and not _SHORT_YEAR.search(text, max(0, day.start() - 7), day.start()):
                continue
            found = text[day.start() : m.end()]
            d, mo, y = found.split(".")
            fixed = f"{int(d)} {MONTHS[int(mo) - 1]} {'20' + y if short else y}"
            yield DOTTED.finding(doc, day.start(), m.end(),
                                 severity=Severity.INFO if short else None,
                                 message=DOTTED.message.format(text=found),
                                 suggestion=DOTTED.suggestion.format(fixed=fixed))
        for m in _EVENT.finditer(text):
            before = _EVENT_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if before is None or not _EVENT_AFTER.match(text, m.end()):
                continue
            start = m.start() - len(before.group().rsplit(" ", 1)[1])
            sent = doc.sentence_at(m.start())
            if (sent and _EVENT_NOT.search(text, sent.start, sent.end)) or (
                    m.group() == "-D" and text[start : m.start()] in ("2", "3", "4")):
                continue
            yield EVENT.finding(doc, start, m.end(),
                                message=EVENT.message.format(text=text[start : m.end()]))


CHECKS = (Dates(),)
