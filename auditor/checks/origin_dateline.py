"""Origin markers: agency slugs in datelines ("BEIRUT (AFP) —") and "By NAME, Outlet" bylines."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.origin_common import describe, foreign_desk, merge, outlet_weight
from auditor.document import Document
from auditor.finding import Finding, Severity
from auditor.outlets import Outlet, from_name

# A dateline slug counts in dateline position only: after an all-caps city ("MUSCAT (ONA) -"),
# after "City, date" ("Abidjan, 21 nov (AIP) -") or alone at the start of a paragraph:
# "Sen. Jo Ray (R) -" and "Muscat (ONA) said" are not datelines.
_CITY = r"[A-ZÀ-Þ][A-ZÀ-Þ.'’ /-]{1,30}"
_DATE = (r"(?:\d{1,2}(?:\s+[A-Za-zÀ-ÿ]{3,9}\.?)?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?")
_DATED = rf"[A-ZÀ-Þ][\w.'’ /-]{{1,30}}[,.]\s*(?:[A-Z][\w ]{{1,20}},\s*)?{_DATE}"
_DATELINE = re.compile(
    rf"(?P<place>{_DATED}|{_CITY}(?:,[^()\n]{{1,30}}?)?|)\s*"
    r"\((?P<agency>[^()\n]{2,40})\)(?:\s*(?P<sep>\.-|[—–-]{1,2}|:)|(?<=\))(?=\s+[A-ZÀ-Þ]))")
# TASS ("MOSCOW, November 27. /TASS/.") and RIA Novosti ("MOSCOW, 27 Nov – RIA Novosti.").
_SLASHED = re.compile(rf"(?P<place>{_DATED})\.?\s*/(?P<agency>[\w -]{{2,20}})/\.?")
_DASHED = re.compile(rf"(?P<place>{_DATED})\.?\s*[—–-]\s*(?P<agency>[A-ZÀ-Þ][\w-]*"
                     r"(?:\s+[A-ZÀ-Þ][\w-]*){0,2})\.(?=\s|$)")
# Day-only dates ("MADRID, 21 (EUROPA PRESS)") are the house style of Spanish agencies.
_DAY_ONLY = re.compile(r",\s*\d{1,2}\s*$")
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
         "Economy shrinks again\n⟦(dpa) -⟧ Germany's economy shrank in the last quarter.",
         "⟦SAINT PETERSBURG, 3 March. /TASS/.⟧ The port will reopen in spring.",
         "⟦KAZAN, 9 Feb – RIA Novosti.⟧ A gas pipe burst overnight.",
         "⟦SEVILLA, 14 (EUROPA PRESS)⟧ The regional court fined the firm.",
         "⟦CHENGDU, Feb. 9 (Xinhua) --⟧ Panda numbers rose again.",
         "⟦SOHAR (ONA) -⟧ The port handled more cargo this year.",
         "⟦Yamoussoukro, 3 Feb (AIP)-⟧ Cocoa planters received their bonuses.",
         "⟦TUNIS, Jan 5 (TAP) -⟧ Olive oil exports rose sharply.",
         "⟦KUWAIT CITY (KUNA) --⟧ The assembly met on Sunday.",
         "⟦NEW YORK (AP) —⟧ Stocks fell on Monday."],
    good=["DAMASCUS (Syria) — Residents said the bakeries reopened on Monday.",
          "The agency (AFP) said nothing more.",
          "Sen. Mark Dunn (R) — who chairs the panel — said the vote would slip.",
          "Muscat (ONA) said exports rose.", "Oman News Agency (ONA) - the state agency - said.",
          "MOSCOW, Nov 27 - Reuters reported that talks resumed.",
          "LONDON, March 3 — Shares rose. /Editing by Tom Hale/"],
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
            m = None
            for regex in (_DATELINE, _SLASHED, _DASHED):
                if (m := regex.match(doc.text, para.start, para.end)) and (
                        found := _resolve(m.group("agency"))):
                    break
            else:
                continue
            outlet = next((o for o in found if o.language != "en"), found[0])
            weights = merge(*(outlet_weight(o, 1.0) for o in found))
            spanish = regex is _DATELINE and (m.group("sep") == ".-" or (
                m.group("sep") is None and _DAY_ONLY.search(m.group("place")) is not None))
            if regex is _DATELINE and m.group("sep") is None and not spanish:
                continue
            if spanish:
                weights = merge(weights, {"es": 1.5})
            yield DATELINE.finding(doc, m.start(), m.end(), languages=weights, outlet=outlet.id,
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
