"""Origin markers: an agency's own attribution formulas, translated word for word
("contactado pela Lusa" -> "Contacted by Lusa", "AA muhabirinin edindiği bilgiye göre" ->
"According to the information received by the AA correspondent", "nach SPIEGEL-
Informationen" -> "According to SPIEGEL information", "sagte dem SPIEGEL")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from auditor.checks.base import rule
from auditor.checks.origin_common import NAME, ROLE, outlet_ending, outlet_weight
from auditor.document import Document
from auditor.finding import Finding
from auditor.outlets import Outlet, is_native

# Each formula starts at a keyword, found with str.find (a regex alternation scans ~5x
# slower), and is matched from there only.
_KEYS = tuple(k for w in ("according to", "contacted by", "questioned by", "consulted by",
                          "interviewed by", "heard by", "approached by", "reached by", "asked by",
                          "told ", "speaking to", "said to", "declared to", "stated to")
              for k in (w, w.capitalize()))
_FORMULA = re.compile(
    rf"(?:[Cc]ontacted|[Qq]uestioned|[Cc]onsulted|[Ii]nterviewed|[Hh]eard|[Aa]pproached|"
    rf"[Rr]eached|[Aa]sked)\s+by\s+(?:the\s+)?(?P<by>{NAME})"
    rf"|[Aa]ccording\s+to\s+(?:the\s+)?(?:information|data)\s+(?:(?:received|obtained|"
    rf"gathered|collected|acquired)\s+by|of|from)\s+(?:the\s+)?(?P<info>{NAME})(?:\s+{ROLE})?"
    rf"|[Aa]ccording\s+to\s+(?P<info2>{NAME})\s+information\b"
    rf"|(?:told|[Ss]peaking\s+to|(?:said|declared|stated)\s+to)\s+(?:the\s+)?(?P<told>{NAME})"
    r"(?!\s+(?:news\s+)?(?:website|site|newspaper|daily|weekly|paper|agency|news\s+agency|"
    r"channel|television|TV|radio|broadcaster|magazine|portal|outlet)\b)")
# Weight for the outlet's language (agencies with English services get 1.0 at most, see
# outlet_weight): "told X" is how native copy cites X too, so it counts for little.
_STRENGTH = {"by": 1.5, "info": 1.5, "info2": 1.5, "told": 0.5}

ATTRIBUTION = rule(
    "origin.self-reference-attribution", "origin-marker", "info",
    "“{text}”: the attribution formula of {outlet}'s own copy, translated word for word",
    suggestion="Attribute the reporting to {outlet} explicitly, or rewrite in the house voice",
    source=__name__,
    bad=["⟦Questioned by Lusa⟧, the mayor of Porto said the works would resume.",
         "⟦According to information obtained by the Anadolu reporter⟧, the talks stalled.",
         "⟦According to SPIEGEL information⟧, the ministry knew of the leak.",
         "The fund will grow, sources ⟦consulted by EFE⟧ said.",
         "The minister ⟦told Anadolu⟧ on Friday that exports rose.",
         "The coach ⟦told EL PAÍS⟧ that he would stay."],
    good=["When contacted by Reuters, the company declined to comment.",
          "She told the Turkish daily Hürriyet that she would run.",
          "He told Folha newspaper the plan was dead.", "She told Le Monde she would run.",
          "According to information from the health ministry, 40 people died.",
          "The bill was approved by Congress."],
)


def _self_told(outlet: Outlet, name: str) -> bool:
    """ "told X" is an agency's own formula ("told EFE"), or a paper's house style when it
    writes its own name in capitals ("told EL PAÍS"); otherwise it cites X."""
    return outlet.kind == "wire" or (name.isupper() and not outlet.name.isupper())


def _starts(text: str) -> Iterator[int]:
    for key in _KEYS:
        i = text.find(key)
        while i != -1:
            if i == 0 or not text[i - 1].isalnum():
                yield i
            i = text.find(key, i + 1)


class Attributions:
    rules = (ATTRIBUTION,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for k in _starts(text):
            if (m := _FORMULA.match(text, k)) is None or doc.in_quote(m.start(), m.end()):
                continue
            group = next(g for g in _STRENGTH if m.start(g) >= 0)
            name = m.group(group)
            hit = outlet_ending(text, m.start(group), m.end(group))
            if hit is None or hit[1] != m.start(group) or hit[0].language == "en":
                continue
            outlet, strength = hit[0], _STRENGTH[group]
            if group == "told" and not _self_told(outlet, name):
                continue
            weights = outlet_weight(outlet, strength, name=name, native=2.0)
            if group == "told" and not is_native(outlet, name):
                # "told AFP" is also how a wire's own English desk writes: it names the
                # outlet but says nothing about the language unless the name is native
                weights = {} if outlet.kind == "wire" else {
                    lang: min(w, strength) for lang, w in weights.items()}
            said = {"outlet": outlet.name, "text": m.group()}
            yield ATTRIBUTION.finding(doc, m.start(), m.end(), languages=weights,
                                      outlet=outlet.id, message=ATTRIBUTION.message.format(**said),
                                      suggestion=(ATTRIBUTION.suggestion or "").format(**said))


CHECKS = (Attributions(),)
