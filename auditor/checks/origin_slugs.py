"""Agency slugs in datelines: the patterns and their reading (no checks; see origin_dateline)."""

from __future__ import annotations

import re

from auditor.checks.origin_byline import resolve_all
from auditor.document import Document
from auditor.outlets import Outlet, candidates, place_country

# A dateline slug counts in dateline position only: after an all-caps city ("MUSCAT (ONA) -"),
# after "City, date" ("Abidjan, 21 nov (AIP) -"), after a town in normal case when a dash and
# a sentence follow ("Bonn (dpa) - The"), or alone at the start of a paragraph:
# "Sen. Jo Ray (R) -" and "Muscat (ONA) said" are not datelines.
_CITY = r"[A-ZÀ-Þ][A-ZÀ-Þ.'’ /-]{1,30}"
_TOWN = (r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:(?:[ -]|\s(?:de|do|da|del|la|el|al|am|an|sur)\s)"
         r"[A-ZÀ-Þ][a-zß-ÿ'’]+){0,2}")
_NOTE = r"(?:\s*\([A-ZÀ-Þ][\w .'’-]{1,25}\))?"  # the country after the city: "Seville (Spain)"
_DATE = (r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Za-zÀ-ÿ]{3,9}\.?)?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
         r"(?:st|nd|rd|th)?)(?:,?\s+\d{4})?")
_DATED = rf"[A-ZÀ-Þ][\w.'’ /-]{{1,30}}{_NOTE}[,.]\s*(?:[A-Z][\w ]{{1,20}},\s*)?{_DATE}"
_DATELINE = re.compile(
    rf"(?P<place>{_DATED}|{_CITY}(?:,[^()\n]{{1,30}}?)?|(?P<town>{_TOWN}){_NOTE}|)\s*"
    r"\((?P<agency>[^()\n]{2,40})\)(?:\s*(?P<sep>\.-|[—–-]{1,2}|:)|(?<=\))(?=\s+[A-ZÀ-Þ]|\s*$))")
# TASS ("MOSCOW, November 27. /TASS/.") and RIA Novosti ("MOSCOW, 27 Nov – RIA Novosti.").
_SLASHED = re.compile(rf"(?P<place>{_DATED})\.?\s*/(?P<agency>[\w -]{{2,20}})/\.?")
_DASHED = re.compile(rf"(?P<place>{_DATED})\.?\s*[—–-]\s*(?P<agency>[A-ZÀ-Þ][\w-]*"
                     r"(?:\s+[A-ZÀ-Þ][\w-]*){0,2})\.(?=\s|$)")
# Gulf and Iranian agencies put the slug after the place and date, between commas:
# "Tehran, IRNA -- ", "Riyadh, Jumada II 1, 1447, Nov 22, 2025, SPA -- ".
_COMMA = re.compile(rf"(?P<place>[A-ZÀ-Þ][\w.'’ /-]{{1,30}}{_NOTE}"
                    r"(?:,\s*[\w.'’ /-]{1,30}){0,5}?),\s*(?P<agency>[A-Z]{2,6})\s*[—–-]{1,2}"
                    r"(?=\s*[A-ZÀ-Þ\"“‘'])")
# Levantine and Iraqi agencies open with a bare slug: "NNA - ", "Beirut - NNA - ", "Basra-INA - ".
_DASH = re.compile(rf"(?P<place>(?:{_TOWN}|{_CITY})\s*[—–-]\s*)?(?P<agency>[A-Z]{{2,6}})"
                   r"\s*[—–-]{1,2}(?=\s*[A-ZÀ-Þ\"“‘'])")
# Day-only dates ("MADRID, 21 (EUROPA PRESS)") are the house style of Spanish agencies.
_DAY_ONLY = re.compile(r",\s*\d{1,2}\s*$")
_SENTENCE = re.compile(r"\s*[A-ZÀ-Þ\"“‘']")


Slug = tuple[re.Match[str], list[Outlet], bool]


def dateline_slug(doc: Document, para_start: int, para_end: int) -> Slug | None:
    """The dateline opening the paragraph: its match, the outlets of its slug, and whether
    it is in the style of the Spanish agencies (".-" or a day-only date)."""
    text = doc.text
    for regex in (_DATELINE, _SLASHED, _DASHED, _COMMA, _DASH):
        if (m := regex.match(text, para_start, para_end)) is None:
            continue
        # the place counts thrice among the story's mentions of countries ("APS": Dakar or Algiers)
        found = resolve_all(m.group("agency"), "\n".join((m.group("place") or "",) * 3 + (text,)))
        if not found:
            continue
        if regex is not _DATELINE:
            return m, found, False
        sep = m.group("sep")
        spanish = sep == ".-" or (sep is None and _DAY_ONLY.search(m.group("place")) is not None)
        if sep is None and not spanish:
            continue
        if (town := m.group("town")) is not None and not spanish and (
                sep == ":" or not _SENTENCE.match(text, m.end())
                or any(o in found for o in candidates(m.group("place")))
                or (" " in town and not m.group("agency").islower() and not place_country(town))):
            # "Oman News Agency (ONA) - the state": an expansion; "Lawrence Wong (PAP) - The
            # premier": a person and his party. A town of several words must be a known one.
            continue
        return m, found, spanish
    return None
