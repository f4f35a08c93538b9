"""Origin markers: credit lines naming the outlet a story came from ("Source: Terra", "— AFP")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.origin_common import describe, foreign_desk, merge, outlet_weight
from auditor.checks.origin_labels import credit_labels, stock_sites
from auditor.document import Document
from auditor.finding import Finding, Severity
from auditor.outlets import Outlet, from_name, name_key

_SPLIT = re.compile(r"\s*(?:[,/;&+]|\b(?:and|y|e|et|und|ve)\b)\s*")
_SIGNOFF = re.compile(r"(?:^|(?<=\s))[—–-]{1,2}\s*(?P<rest>[^\s—–-][^—–\n]{0,40}?)\s*\.?$")
_COPYRIGHT = re.compile(r"^(?:©|\([cC]\)|[Cc]opyright)\s*(?P<rest>.{2,80})$")
_NOISE = re.compile(r"\b(?:19|20)\d\d\b|all rights reserved\.?|©", re.IGNORECASE)

CREDIT = rule(
    "origin.credit", "origin-marker", "warning",
    "Credit line naming {outlet}: the story was taken from that outlet",
    suggestion="Delete the credit line, or replace it with the house credit for syndicated copy",
    source=__name__,
    bad=["Fighting continued overnight.\n⟦Source: Folha de S.Paulo⟧",
         "The ministry did not comment.\n⟦(With EFE and Europa Press)⟧",
         "Three people were hurt.\n⟦Fuente: Infobae⟧", "Markets were closed. ⟦— Xinhua⟧",
         "Talks resume next week.\n⟦© 2024 Agence France-Presse⟧"],
    good=["With Reuters reporting that talks had stalled, shares fell.",
          "[Flooded streets in the capital. Source: Pixabay]\nThe rains continued."],
)
CREDIT_UNKNOWN = rule(
    "origin.credit-unknown", "origin-marker", "info",
    "A bare source line at the end of the story: the copy may have been lifted from “{name}”",
    suggestion="Check where the story came from and credit it properly",
    source=__name__,
    bad=["The vote is on Sunday.\n⟦Source: Daily Corriente⟧",
         "Turnout was low.\n⟦Fuente: Diario Sur⟧"],
    good=["The vote is on Sunday.\nSource: Pixabay", "Source: the interior ministry said the vote "
          "would go ahead despite the protests, and officials began distributing ballots."],
)


def _outlets(rest: str) -> tuple[list[Outlet], int]:
    items = [i for i in _SPLIT.split(_NOISE.sub("", rest).strip()) if i.strip()]
    found = [o for i in items if (o := from_name(i)) is not None]
    return found, len(items)


class Credits:
    rules = (CREDIT, CREDIT_UNKNOWN)

    def run(self, doc: Document) -> Iterable[Finding]:
        regex, label_langs, sources = credit_labels()
        paras = doc.paragraphs
        for n, para in enumerate(paras):
            line = doc.text[para.start : para.end]
            near_end = n >= len(paras) - 3
            start, langs, rest, label = para.start, {}, None, ""
            if len(line) <= 90 and (m := regex.match(line)):
                label, rest = m.group("label").lower(), m.group("rest")
                langs = {k: 2.5 * v for k, v in label_langs[label].items() if k != "en"}
            elif len(line) <= 90 and (m := _COPYRIGHT.match(line)):
                rest = m.group("rest")
            elif (m := _SIGNOFF.search(line)) is not None:
                start, rest = para.start + m.start(), m.group("rest")
            elif near_end and len(line) <= 60:
                rest = line
            if rest is None:
                continue
            found, items = _outlets(rest)
            if found and (len(found) == items or label in sources):
                outlet = next((o for o in found if o.language != "en"), found[0])
                weights = merge(langs, *(outlet_weight(o, strong=2.5) for o in found))
                loud = langs or any(foreign_desk(o) for o in found)
                severity = Severity.WARNING if loud else Severity.INFO
                yield CREDIT.finding(doc, start, para.end, languages=weights, outlet=outlet.id,
                                     severity=severity,
                                     message=CREDIT.message.format(outlet=describe(outlet)))
            elif label in sources and near_end and not found and rest[:1].isupper() and not (
                    {name_key(i) for i in _SPLIT.split(rest)} & stock_sites()):
                yield CREDIT_UNKNOWN.finding(doc, para.start, para.end, languages=langs,
                                             message=CREDIT_UNKNOWN.message.format(name=rest))


CHECKS = (Credits(),)
