"""Origin markers: credit lines naming the outlet a story came from ("Source: Terra", "— AFP")."""

from __future__ import annotations

from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.origin_common import describe, foreign_desk, merge, outlet_weight
from auditor.checks.origin_labels import (
    GENERIC,
    credit_labels,
    name_like,
    parse_credit,
    resolve,
    split_names,
    stock_sites,
)
from auditor.document import Document
from auditor.finding import Finding, Severity
from auditor.outlets import is_native, name_key

CREDIT = rule(
    "origin.credit", "origin-marker", "warning",
    "Credit line naming {outlet}: the story was taken from that outlet",
    suggestion="Delete the credit line, or replace it with the house credit for syndicated copy",
    source=__name__,
    bad=["Fighting continued overnight.\n⟦Source: Folha de S.Paulo⟧",
         "The ministry did not comment.\n⟦(With EFE and Europa Press)⟧",
         "Three people were hurt.\n⟦Fuente: Infobae⟧", "Markets were closed. ⟦— Xinhua⟧",
         "Talks resume next week.\n⟦© 2024 Agence France-Presse⟧",
         "The strike ends on Monday.\n⟦Le Figaro avec AFP et Reuters⟧",
         "Prices rose.\n⟦Estadão com Reuters⟧", "Dams overflowed.\n⟦Agencia EFE⟧",
         "The index fell.\n⟦(With information from Clarín and Diario Norte)⟧",
         "Two ferries sank.\n⟦*With information from EL UNIVERSAL⟧",
         "The plant will close in May.\n⟦With material from dpa/Reuters⟧",
         "The senator was acquitted.\n⟦Folhapress⟧", "Coffee prices fell.\n⟦Estadão Conteúdo⟧"],
    good=["With Reuters reporting that talks had stalled, shares fell.",
          "[Flooded streets in the capital. Source: Pixabay]\nThe rains continued.",
          "Voters went to the polls.\nAn interview with Le Monde",
          "The exhibit opens in May.\n*With thanks to the Folha archive staff",
          "The senator was acquitted.\nPhoto: Folhapress"],
)
CREDIT_UNKNOWN = rule(
    "origin.credit-unknown", "origin-marker", "info",
    "A bare source line at the end of the story: the copy may have been lifted from “{name}”",
    suggestion="Check where the story came from and credit it properly",
    source=__name__,
    bad=["The vote is on Sunday.\n⟦Source: Daily Corriente⟧",
         "Turnout was low.\n⟦Fuente: Diario Sur⟧",
         "Two bridges collapsed.\n⟦With information from Heraldo del Valle⟧",
         "The mayor resigned.\n⟦(With information from agencies)⟧"],
    good=["The vote is on Sunday.\nSource: Pixabay", "Source: the interior ministry said the vote "
          "would go ahead despite the protests, and officials began distributing ballots.",
          "The plant closed.\nWith thanks to Maria Lopez", "Rain fell.\nWith reporting from Kyiv"],
)
_TRANSLATED_LABEL = ("“{label}” is a source-language credit formula left in the copy: the story "
                     "was translated from a report by “{name}”")


class Credits:
    rules = (CREDIT, CREDIT_UNKNOWN)

    def run(self, doc: Document) -> Iterable[Finding]:
        sources = credit_labels()[2]
        paras = doc.paragraphs
        for n, para in enumerate(paras):
            line = doc.text[para.start : para.end]
            near_end = n >= len(paras) - 3
            if (parsed := parse_credit(line, near_end)) is None:
                continue
            offset, label, langs, rest = parsed
            source = label.lower() in sources
            start = para.start + offset
            names, joined = split_names(rest)
            if langs:  # "Com informações de X e Y": the label says which language "e" is
                joined = {k: v for k, v in joined.items() if k in langs}
            found = resolve(names, doc.text)
            # A label vouches for the names after it: one known outlet among them will do.
            if found and (len(found) == len(names) or source or
                          (label and all(name_like(i) for i in names))):
                outlet = next((o for o, _ in found if o.language != "en"), found[0][0])
                weights = merge(langs, joined,
                                *(outlet_weight(o, strong=2.5, name=i) for o, i in found))
                loud = max(langs.values(), default=0) >= 2 or joined or any(
                    foreign_desk(o) or is_native(o, i) for o, i in found)
                yield CREDIT.finding(doc, start, para.end, languages=weights, outlet=outlet.id,
                                     severity=Severity.WARNING if loud else Severity.INFO,
                                     message=CREDIT.message.format(outlet=describe(outlet)))
            elif source and near_end and not found and rest[:1].isupper() and not (
                    {name_key(i) for i in names} & stock_sites()):
                yield CREDIT_UNKNOWN.finding(doc, para.start, para.end, languages=langs,
                                             message=CREDIT_UNKNOWN.message.format(name=rest))
            elif langs and len(label.split()) > 1 and names and all(
                    name_like(i) or i.lower() in GENERIC for i in names):
                generic = all(i.lower() in GENERIC for i in names)
                yield CREDIT_UNKNOWN.finding(
                    doc, para.start, para.end, languages=langs,
                    outlet=None if generic else names[0].removeprefix("the "),
                    message=_TRANSLATED_LABEL.format(label=label, name=rest))


CHECKS = (Credits(),)
