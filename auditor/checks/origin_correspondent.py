"""Origin markers: the copy mentions its own staff ("An AFP correspondent", "our reporter")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.origin_common import NAME, ROLE, outlet_ending, outlet_weight, windows
from auditor.document import Document
from auditor.finding import Finding

_ROLE = ROLE
# "information received by the AA correspondent" is an attribution formula (origin_selfref).
_ATTRIBUTED = re.compile(r"\b(?:information|data)\s+(?:received|obtained|gathered|collected|"
                         r"acquired)\s+by\s+$", re.IGNORECASE)
_STAFF = re.compile(
    rf"\b(?P<det2>[Aa]n?|[Tt]he)\s+(?P<role2>{_ROLE})\s+of\s+(?:the\s+)?(?P<name2>{NAME})"
    rf"|\b(?P<det>(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree)\s+)?(?P<name>{NAME})\s+"
    rf"(?:(?:own|local|senior|chief|field|staff|photo|video|TV|television|war|special)\s+)?"
    rf"(?P<role>{_ROLE})\b"
    rf"|\b(?P<our>[Oo]ur\s+(?:own\s+)?{_ROLE})\b")
_POSS = ("'s", "’s")
_KEYWORD = re.compile(rf"{_ROLE}\b")  # see windows()
# A journalist who is the news (killed, detained...) is not the story's author.
_VICTIM_BEFORE = re.compile(r"\b(?:kill(?:ed|ing)?|detain(?:ed|ing)?|arrest(?:ed|ing)?|freed|"
                            r"releas(?:ed|ing)|kidnapp(?:ed|ing)|abduct(?:ed|ing)|injur(?:ed|ing)|"
                            r"wound(?:ed|ing)|shot|target(?:ed|ing)|expel(?:led|ling)|deport(?:ed|ing)|"
                            r"death of|murder of|funeral of|family of|former)\s+$", re.IGNORECASE)
_VICTIM_AFTER = re.compile(r"^[^.;:!?]{0,40}?\b(?:(?:was|were|has been|have been|had been)\s+"
                           r"(?:\w+\s+)?(?:killed|injured|wounded|shot|arrested|detained|kidnapped|"
                           r"abducted|hurt|expelled|deported|beaten|attacked|hit|jailed|sentenced|"
                           r"released|freed|missing|charged|banned)|died)\b")

CORRESPONDENT = rule(
    "origin.correspondent", "origin-marker", "info",
    "The copy cites {outlet}'s own staff: it is {outlet} copy (often translated from its "
    "source-language desk)",
    suggestion="Credit {outlet} for the story, or rewrite as “a reporter for {outlet}”",
    source=__name__,
    bad=["⟦An EFE reporter⟧ at the scene counted a dozen burnt cars.",
         "Shops stayed shut, ⟦Anadolu's correspondent⟧ in Idlib said.",
         "⟦The correspondent of Al Mayadeen⟧ said shelling continued overnight.",
         "Residents told ⟦our correspondent⟧ that the water had been cut.",
         "Meanwhile ⟦Sabah reporters⟧ saw the convoy cross the border."],
    good=["An AFP journalist was killed in the strike, the agency said.",
          "Israeli forces detained an Al Jazeera correspondent on Sunday.",
          "He told Reuters the plant would close.",
          "A correspondent for the paper, who asked not to be named, was expelled.",
          "A Reuters cameraman, Issam Abdallah, was killed by tank fire."],
)


class Correspondents:
    rules = (CORRESPONDENT,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for m in (m for s, e in windows(text, _KEYWORD) for m in _STAFF.finditer(text, s, e)):
            if doc.in_quote(m.start(), m.end()):
                continue
            if _ATTRIBUTED.search(text, max(0, m.start() - 40), m.start()):
                continue
            if _VICTIM_BEFORE.search(text, max(0, m.start() - 25), m.start()) or \
                    _VICTIM_AFTER.match(text[m.end() : m.end() + 60]):
                continue
            end = m.end("role") if m.start("role") >= 0 else m.end()
            if m.start("our") >= 0:
                yield CORRESPONDENT.finding(doc, m.start(), end, languages={},
                                            message="“our correspondent”: the copy speaks as the "
                                            "newsroom that first published it", suggestion="")
                continue
            group = "name" if m.start("name") >= 0 else "name2"
            name_end = m.end(group) - (2 if text[m.end(group) - 2 : m.end(group)] in _POSS else 0)
            hit = outlet_ending(text, m.start(group), name_end)
            if hit is None:
                continue
            outlet, start = hit[0], m.start() if hit[1] == m.start(group) else hit[1]
            weights = outlet_weight(outlet, 1.5, name=text[hit[1] : name_end], native=2.0)
            yield CORRESPONDENT.finding(
                doc, start, end, languages=weights, outlet=outlet.id,
                message=CORRESPONDENT.message.format(outlet=outlet.name),
                suggestion=(CORRESPONDENT.suggestion or "").format(outlet=outlet.name))


CHECKS = (Correspondents(),)
