"""Source convention: Russian-style company names (FSUE "Atomflot", JSC "Russian Railways",
the shipyard "Zvezda"): the legal form or a generic noun first, the name in quotation marks."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding, Severity

# Legal forms of Russia and the CIS (FGUP/FSUE, OAO/OJSC, ZAO/CJSC, OOO/LLC, PAO/PJSC, AO/JSC).
_ONLY_RUSSIAN = frozenset(re.findall(r"\w+", "FSUE FGUP FGBU FKU FSBI GUP MUP OJSC CJSC OAO ZAO"
                                                " OOO PAO"))
_FORMS = _ONLY_RUSSIAN | {"FSI", "SUE", "MUE", "PJSC", "JSC", "AO", "LLC", "NAO", "ANO", "NPO",
                          "TOO"}
_NAME = r"\s?[A-Z0-9][\w’'.&-]*(?: [\w’'.&-]+){0,3}"
_FORM = re.compile(rf"(?<![\w-])(?P<form>{'|'.join(sorted(_FORMS, key=len, reverse=True))})"
                   rf"(?:\s+(?P<q>[\"“«„]){_NAME}[\"”»“]|(?P<bare> [A-Z][a-z]\w+))")
_NOUNS = ("company", "concern", "holding", "state corporation", "enterprise", "plant", "factory",
          "shipyard", "bank", "airline", "group of companies", "design bureau",
          "research institute")
_NOUN = re.compile(rf"(?i:{'|'.join(_NOUNS)}) (?P<q>[\"“«„]){_NAME}[\"”»“]")

FORM = rule(
    "convention.legal-form-quotes", "source-convention", "warning",
    "“{text}”: a Russian legal form before the name in quotation marks (ФГУП «Атомфлот»);"
    " English copy writes the name alone (Atomflot) or the state-owned company Atomflot",
    suggestion="Write the company name without the legal form and the quotation marks",
    languages={"ru": 1.5, "uk": 0.8, "kk": 0.5}, source=__name__,
    bad=["Two icebreakers will join the fleet of ⟦FSUE “Atomflot”⟧ next year.",
         "Tickets are sold by ⟦JSC \"Russian Railways\"⟧ and ⟦LLC «Romashka»⟧ alike.",
         "Shares of ⟦PJSC \"Gazprom Neft\"⟧ rose; a contract went to ⟦OAO Severstal⟧."],
    good=["Two icebreakers will join the fleet of the state-owned company Atomflot next year.",
          "JSC Gazprom and PJSC Lukoil said; an LLC \"shell\" was set up; the OJSC statement.",
          "Acme LLC, \"the best firm in Ohio\", sued; JSC and AO bonds fell."])
NOUN = rule(
    "convention.quoted-company", "source-convention", "info",
    "“{text}”: a generic noun and the company's name in quotation marks, as Russian (and"
    " Arabic) copy writes it (завод «Звезда»); English writes the Zvezda shipyard",
    suggestion="Drop the quotation marks (the Zvezda shipyard)",
    languages={"ru": 0.6, "ar": 0.3, "uk": 0.4}, source=__name__,
    bad=["Tankers are built at the ⟦shipyard \"Zvezda\"⟧ in the Far East.",
         "Engineers of the ⟦concern “Kalashnikov”⟧ and the ⟦bank \"Otkritie\"⟧ met.",
         "The parts come from the ⟦plant «Uralvagonzavod»⟧ and a ⟦design bureau \"Almaz\"⟧."],
    good=["Tankers are built at the Zvezda shipyard in the Far East.",
          "The company \"strongly denies\" it; a firm called \"Acme\" and the bank, \"a lender\".",
          "The airline's \"Premium Economy\" seats and the plant's \"Model Y\" line were cut."])


class OrgForms:
    rules = (FORM, NOUN)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        if not doc.vocabulary.isdisjoint(_FORMS):
            for m in _FORM.finditer(text):
                bare = m.group("bare") is not None
                if bare and m.group("form") not in _ONLY_RUSSIAN:
                    continue
                yield FORM.finding(doc, m.start(), m.end(), message=FORM.message.format(
                    text=m.group()), severity=Severity.INFO if bare else None,
                    languages={"ru": 0.8} if bare else None)
        if any(q in text for q in "\"“«„"):
            lower = doc.lower_text
            for noun in _NOUNS:
                pos = lower.find(noun + " ")
                while pos != -1:
                    if not lower[pos - 1 : pos].isalpha() and (m := _NOUN.match(text, pos)):
                        yield NOUN.finding(doc, m.start(), m.end(),
                                           message=NOUN.message.format(text=m.group()))
                    pos = lower.find(noun + " ", pos + 1)


CHECKS = (OrgForms(),)
