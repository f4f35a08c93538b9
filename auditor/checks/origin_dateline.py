"""Origin markers: agency slugs in datelines ("BEIRUT (AFP) —") and "By NAME, Outlet" bylines."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.origin_common import describe, foreign_desk, merge, outlet_weight
from auditor.document import Document
from auditor.finding import Finding, Severity
from auditor.outlets import Outlet, from_name

_DATELINE = re.compile(
    r"(?P<place>(?:[A-ZÀ-Þ][\w.'’ -]{1,30}(?:,[^()\n]{1,30}?)?)?)\s*"
    r"\((?P<agency>[^()\n]{2,40})\)\s*(?P<sep>\.-|[—–-]{1,2}|:)")
_BYLINE = re.compile(r"By\s+(?P<rest>[^\n]{2,80}?)\.?$")
_BYLINE_SPLIT = re.compile(r"\s*(?:,|\||—|–|\s-\s|\bfor\b|\bof\b)\s*")
_ITEMS = re.compile(r"\s*[/,&]\s*|\s+and\s+")

DATELINE = rule(
    "origin.credit-dateline", "origin-marker", "info",
    "Dateline with the slug of {outlet}: the story is that agency's copy",
    suggestion="Replace the agency slug with the house dateline, and credit the agency",
    source=__name__,
    bad=["⟦LA PAZ, 4 Mar (EFE).-⟧ El presidente boliviano dijo que...",
         "⟦ISTANBUL (Anadolu) —⟧ Turkish officials said on Monday the talks would resume.",
         "Economy shrinks again\n⟦(dpa) -⟧ Germany's economy shrank in the last quarter."],
    good=["DAMASCUS (Syria) — Residents said the bakeries reopened on Monday.",
          "The agency (AFP) said nothing more."],
)
BYLINE = rule(
    "origin.credit-byline", "origin-marker", "info",
    "Byline naming {outlet}: the story was written for that outlet",
    suggestion="Replace the byline with the house credit for syndicated copy",
    source=__name__,
    bad=["⟦By Carla Mendes, Folha de S.Paulo⟧\nThe central bank raised rates.",
         "Metro fares rise\n⟦By Ahmed Samir | Youm7⟧\nCairo's metro fares rose on Sunday."],
    good=["By Sunday, the troops had withdrawn.\nOfficials said little.",
          "By Maria Lopez, Staff Writer\nThe council met on Tuesday."],
)


def _resolve(rest: str) -> list[Outlet]:
    items = [i for i in _ITEMS.split(rest.strip()) if i]
    found = [o for i in items if (o := from_name(i)) is not None]
    return found if len(found) == len(items) else []


class Datelines:
    rules = (DATELINE, BYLINE)

    def run(self, doc: Document) -> Iterable[Finding]:
        paras = doc.paragraphs
        head, tail = paras[:3], paras[3:][-3:]
        for para in head:
            m = _DATELINE.match(doc.text, para.start, para.end)
            if m and (found := _resolve(m.group("agency"))):
                outlet = next((o for o in found if o.language != "en"), found[0])
                weights = merge(*(outlet_weight(o, 1.0) for o in found))
                spanish = m.group("sep") == ".-"
                if spanish:
                    weights = merge(weights, {"es": 1.5})
                yield DATELINE.finding(doc, m.start(), m.end(), languages=weights,
                                       outlet=outlet.id,
                                       severity=Severity.WARNING if spanish else None,
                                       message=DATELINE.message.format(outlet=describe(outlet)))
        for para in head + tail:
            m = _BYLINE.match(doc.text, para.start, para.end)
            if m is None:
                continue
            parts = _BYLINE_SPLIT.split(m.group("rest"))
            found = next((f for p in reversed(parts) if (f := _resolve(p))), None)
            if found:
                outlet = found[0]
                weights = outlet_weight(outlet)
                yield BYLINE.finding(doc, m.start(), m.end(), languages=weights, outlet=outlet.id,
                                     severity=Severity.WARNING if foreign_desk(outlet) else None,
                                     message=BYLINE.message.format(outlet=describe(outlet)))


CHECKS = (Datelines(),)
