"""Origin markers: desk sign-off initials left at the end of wire copy ("kaa/cmas", "str-jm/ll",
"(end) fam.gta", "3325**1416").

AFP and the francophone agencies that copy its desk style (AIP, APS) close each dispatch
with the lower-case initials of the writer and the editors, slash-separated. Clients are
meant to strip them; when they survive on the last line, the story is raw agency copy,
most often from a French-language desk. KUNA closes with "(end)" and dotted initials, IRNA
with a numeric slug around "**": those name the agency too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.origin_common import describe, outlet_weight
from auditor.document import Document
from auditor.finding import Finding
from auditor.outlets import get

# Groups of 2-5 lower-case letters joined by "-" ("str-kaa"), two to four groups
# separated by "/"; the whole line and nothing else.
_GROUP = r"[a-z]{2,5}(?:-[a-z]{2,5}){0,2}"
_SIGNOFF = re.compile(rf"[ \t]*(?P<span>{_GROUP}(?:/{_GROUP}){{1,3}})[ \t]*$")
# Slash pairs that are English words, not initials: pronouns in a bio, "and/or", units.
_WORDS = frozenset({"he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs",
                    "ze", "zir", "xe", "xem", "and", "or", "yes", "no", "km", "mph", "kg",
                    "day", "yr", "mo", "wk", "hr", "min", "sec", "per", "true", "false"})
# "(end) fam.gta" (KUNA) at the very end; "3325**1416" or "**2050" alone on the last line (IRNA).
_TRAILERS = (("kuna", re.compile(r"(?P<span>\(end\)[ \t]*[a-z]{1,4}(?:[./][a-z]{1,4}){0,3})$")),
             ("irna", re.compile(r"(?<![^\n])[ \t]*(?P<span>(?:\d{3,5})?(?:\*\*\d{3,5})+)$")))

SIGNOFF = rule(
    "origin.footer-signoff", "origin-marker", "info",
    "Desk sign-off initials (“{text}”) at the end of the story: raw agency copy, in the "
    "style of AFP's French-language desks",
    suggestion="Delete the sign-off initials, and credit the agency",
    languages={"fr": 0.5},
    source=__name__,
    bad=["The dam will be inspected again in April.\n⟦bur-fmx/sw⟧",
         "Cocoa farmers have threatened to strike.\n\n⟦ykb/tg⟧",
         "Prices are expected to rise again.\n⟦aa-pd/mba/ard⟧"],
    good=["Dr Lee studies coral reefs.\nshe/her",
          "Visitors can pay by card and/or cash.\nkm/h",
          "The match ended in a draw.\nThe jm/ll initials closed the dispatch, an editor said."],
)
TRAILER = rule(
    "origin.footer-agency-trailer", "origin-marker", "info",
    "The closing mark of {outlet} (“{text}”) at the end of the story: raw agency copy",
    suggestion="Delete the closing mark, and credit the agency",
    source=__name__,
    bad=["The refinery will reach full capacity next year.\n⟦(end) sm.bk⟧",
         "Oil output rose by a tenth, the minister said. ⟦(end) rj⟧",
         "The two sides will meet again in Muscat.\n⟦4417**2214⟧",
         "Talks will resume in Geneva.\n\n⟦**1840⟧"],
    good=["The play runs until May.\n(END)",
          "The strike, he said, was not the end) of it.\nrj",
          "Tickets cost 12**2 cents, a reader wrote.\nThe reply came later.",
          "Scores: 1**22\nThe final round is on Sunday."],
)


class SignOffs:
    rules = (SIGNOFF, TRAILER)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text.rstrip()
        for outlet_id, regex in _TRAILERS:
            if (m := regex.search(text, max(0, len(text) - 40))) and (o := get(outlet_id)):
                yield TRAILER.finding(doc, *m.span("span"), languages=outlet_weight(o, 1.0),
                                      outlet=o.id, message=TRAILER.message.format(
                                          outlet=describe(o), text=m.group("span")))
        start = text.rfind("\n") + 1
        m = _SIGNOFF.match(text, start)
        if m is None or "/" not in text[start:] or \
                any(w in _WORDS for w in re.split(r"[/-]", m.group("span"))):
            return
        yield SIGNOFF.finding(doc, m.start("span"), m.end("span"),
                              message=SIGNOFF.message.format(text=m.group("span")))


CHECKS = (SignOffs(),)
