"""Origin markers: "By NAME, Outlet" bylines naming the outlet the story was written for."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.origin_common import describe, foreign_desk, outlet_weight
from auditor.document import Document
from auditor.finding import Finding, Severity
from auditor.outlets import Outlet, from_name

_BYLINE = re.compile(r"By\s+(?P<rest>[^\n]{2,80}?)\.?$")
_BYLINE_SPLIT = re.compile(r"\s*(?:,|\||—|–|\s-\s|\bfor\b|\bof\b)\s*")
_ITEMS = re.compile(r"\s*[/,&]\s*|\s+and\s+")

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


def resolve_all(rest: str, context: str) -> list[Outlet]:
    """The outlets a slug or byline part lists ("EFE/Reuters"), or [] unless all are known."""
    items = [i for i in _ITEMS.split(rest.strip()) if i]
    found = [o for i in items if (o := from_name(i, context)) is not None]
    return found if len(found) == len(items) else []


class Bylines:
    rules = (BYLINE,)

    def run(self, doc: Document) -> Iterable[Finding]:
        paras = doc.paragraphs
        for para in paras[:3] + paras[3:][-3:]:
            m = _BYLINE.match(doc.text, para.start, para.end)
            if m is None:
                continue
            parts = _BYLINE_SPLIT.split(m.group("rest"))
            found = next((f for p in reversed(parts) if (f := resolve_all(p, doc.text))), None)
            if found:
                outlet = found[0]
                yield BYLINE.finding(doc, m.start(), m.end(), languages=outlet_weight(outlet),
                                     outlet=outlet.id,
                                     severity=Severity.WARNING if foreign_desk(outlet) else None,
                                     message=BYLINE.message.format(outlet=describe(outlet)))


CHECKS = (Bylines(),)
