"""Origin markers: desk sign-off initials left at the end of wire copy ("kaa/cmas", "str-jm/ll").

AFP and the francophone agencies that copy its desk style (AIP, APS) close each dispatch
with the lower-case initials of the writer and the editors, slash-separated. Clients are
meant to strip them; when they survive on the last line, the story is raw agency copy,
most often from a French-language desk.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

# Groups of 2-5 lower-case letters joined by "-" ("str-kaa"), two to four groups
# separated by "/"; the whole line and nothing else.
_GROUP = r"[a-z]{2,5}(?:-[a-z]{2,5}){0,2}"
_SIGNOFF = re.compile(rf"[ \t]*(?P<span>{_GROUP}(?:/{_GROUP}){{1,3}})[ \t]*$")
# Slash pairs that are English words, not initials: pronouns in a bio, "and/or", units.
_WORDS = frozenset({"he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs",
                    "ze", "zir", "xe", "xem", "and", "or", "yes", "no", "km", "mph", "kg",
                    "day", "yr", "mo", "wk", "hr", "min", "sec", "per", "true", "false"})

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


class SignOffs:
    rules = (SIGNOFF,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text.rstrip()
        start = text.rfind("\n") + 1
        m = _SIGNOFF.match(text, start)
        if m is None or "/" not in text[start:] or \
                any(w in _WORDS for w in re.split(r"[/-]", m.group("span"))):
            return
        yield SIGNOFF.finding(doc, m.start("span"), m.end("span"),
                              message=SIGNOFF.message.format(text=m.group("span")))


CHECKS = (SignOffs(),)
