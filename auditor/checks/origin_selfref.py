"""Origin markers: the copy talking about its own publisher ("told the Al-Hurra website")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.origin_common import NAME, outlet_ending, outlet_weight, windows
from auditor.document import Document
from auditor.finding import Finding, Severity

_TO = (r"(?:told|tells|telling|(?:spoke|speaks|speaking|spoken|talked|talking|said|confirmed|"
       r"revealed|explained|stated|declared|disclosed|statements?|remarks|comments|"
       r"(?:an?\s+)?(?:exclusive\s+|phone\s+|telephone\s+)?interview)\s+(?:exclusively\s+)?"
       r"(?:to|with)|(?:confirmed|obtained|seen|reviewed|contacted|verified|monitored|documented|"
       r"learned)\s+by)")
_WEBSITE = re.compile(
    rf"\b{_TO}\s+the\s+(?P<name>{NAME})\s+(?:news\s+)?(?:website|site)\b"
    rf"|\b[Tt]he\s+(?P<name2>{NAME})\s+(?:news\s+)?(?:website|site)\s+(?:has\s+|had\s+)?"
    r"(?:learned|learnt|obtained|confirmed|contacted|asked|reviewed|verified|was\s+told)\b")
_NEWSROOM = re.compile(
    rf"\b(?:in\s+(?:exclusive\s+)?statements\s+to\s+(?:the\s+)?(?P<name>{NAME})"
    rf"|(?P<name2>{NAME})\s+(?:has\s+|had\s+)?(?:learned|learnt)\s+(?:that|from)\b)")

_KEYWORD = re.compile(r"(?:website|site|learned|learnt|statements)\b")  # see windows()

WEBSITE = rule(
    "origin.self-reference-website", "origin-marker", "warning",
    "“{text}”: the copy refers to {outlet}, its own original publisher, the way the "
    "source-language article did",
    suggestion="Drop “the … website” and credit {outlet} as the original publisher",
    source=__name__,
    bad=["Two officials ⟦told the Enab Baladi website⟧ that the crossing was shut.",
         "The figures, ⟦obtained by the Youm7 website⟧, show a sharp drop.",
         "⟦The Al-Masry Al-Youm website has learned⟧ that the minister will resign."],
    good=["A video posted on the Al Jazeera website showed the damage.",
          "He told the BBC News website that he would appeal.",
          "According to the official SANA news agency, four people died."],
)
NEWSROOM = rule(
    "origin.self-reference-newsroom", "origin-marker", "info",
    "“{text}”: the copy speaks as {outlet}, the way its own source-language article did",
    suggestion="Attribute the reporting to {outlet} explicitly, or rewrite in the house voice",
    source=__name__,
    bad=["⟦Asharq Al-Awsat has learned that⟧ the talks were postponed.",
         "The mayor said, ⟦in statements to Al-Akhbar⟧, that the port would reopen.",
         "Meanwhile ⟦Youm7 has learned that⟧ fares will rise."],
    good=["Reuters has learned that the bank will cut jobs.",
          "In statements to parliament, the minister defended the plan."],
)


class SelfReferences:
    rules = (WEBSITE, NEWSROOM)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        spans = list(windows(text, _KEYWORD))
        for regex, r in ((_WEBSITE, WEBSITE), (_NEWSROOM, NEWSROOM)):
            for m in (m for s, e in spans for m in regex.finditer(text, s, e)):
                group = "name" if m.start("name") >= 0 else "name2"
                hit = outlet_ending(text, m.start(group), m.end(group))
                if doc.in_quote(m.start(), m.end()) or hit is None or (
                        r is WEBSITE and hit[1] != m.start(group)):
                    continue
                outlet, start = hit[0], m.start()
                if group == "name2" and hit[1] != m.start(group):
                    start = hit[1]
                if outlet.language == "en":
                    continue
                weights = outlet_weight(outlet, 2.0 if r is WEBSITE else 1.5)
                severity = Severity.INFO if r is NEWSROOM or not weights else None
                said = {"outlet": outlet.name, "text": text[start : m.end()]}
                yield r.finding(doc, start, m.end(), languages=weights, outlet=outlet.id,
                                severity=severity, message=r.message.format(**said),
                                suggestion=(r.suggestion or "").format(**said))


CHECKS = (SelfReferences(),)
