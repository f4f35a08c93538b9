"""Source convention: millions abbreviated the source's way (37 mln, 5 Mrd., 12 thous.)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding, Severity


@dataclass(frozen=True)
class _Abbr:
    english: str
    languages: dict[str, float]
    sure: bool  # never written in native English copy (Reuters briefs do write mln, bln)


_ABBRS = {
    "mln": _Abbr("million", {"ru": 0.6, "it": 0.5, "pl": 0.5}, False),
    "bln": _Abbr("billion", {"ru": 0.6, "it": 0.3}, False),
    "trln": _Abbr("trillion", {"ru": 0.8}, False),
    "mlrd": _Abbr("billion", {"ru": 1.5}, True),
    "mld": _Abbr("billion", {"it": 1.0, "pl": 0.8}, True),
    "thous.": _Abbr("thousand", {"ru": 1.2}, True),
    "ths.": _Abbr("thousand", {"ru": 1.0}, True),
    "tys.": _Abbr("thousand", {"pl": 1.2}, True),
    "Mio.": _Abbr("million", {"de": 1.5}, True),
    "Mio": _Abbr("million", {"de": 1.5}, True),
    "Mrd.": _Abbr("billion", {"de": 1.5}, True),
    "Mrd": _Abbr("billion", {"de": 1.5}, True),
    "mdp": _Abbr("million pesos", {"es": 1.5}, True),
    "mdd": _Abbr("million dollars", {"es": 1.5}, True),
    "Md€": _Abbr("billion euros", {"fr": 1.2}, True),
    "M€": _Abbr("million euros", {"fr": 1.2}, True),
}
# Literal alternatives (a fast scan), then the figure before them is checked.
_TRIGGER = re.compile("|".join(re.escape(a) for a in sorted(_ABBRS, key=len, reverse=True))
                      + r"(?![\w€])")
_WORDS = frozenset(a.rstrip(".€") or a for a in _ABBRS)  # as doc.tokens splits them
_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{1,3})*[ \u00a0]?$")

MAGNITUDE = rule(
    "convention.magnitude-abbreviation", "source-convention", "warning",
    "“{text}”: {abbr} abbreviates {english} the way {langs} copy does (млн, Mrd., mld);"
    " English news writes {english} (or m, bn)", suggestion="Write “{english}”",
    languages={"ru": 0.6}, source=__name__,
    explanation="Russian wires abbreviate млн, млрд, тыс. (mln, mlrd, thous.), Italian and"
    " Polish mln and mld, German Mio. and Mrd., Mexican papers mdp (millones de pesos), French"
    " M€ and Md€. Reuters briefs also write mln and bln, so those two are only a hint.",
    bad=["Grain exports fell to ⟦4.1 mlrd⟧ roubles as ⟦250 thous.⟧ tonnes stayed in port.",
         "Shipments along the route topped ⟦28 mln⟧ tonnes; the fund needs ⟦2 bln⟧ more.",
         "The region lost ⟦3,2 Mrd.⟧ euros; the state spent ⟦450 mdp⟧ on the dam.",
         "The deficit reached ⟦12 mld⟧ euros and the plan costs ⟦40 M€⟧."],
    good=["The deal is worth $5bn; the fine was €3mn and the bonus £2m.",
          "Output hit 5m barrels a day; the MLN party and Mio Tanaka both objected.",
          "He ran 12 miles in 2 hours; model M3 sold 2 million; Mrd Khan signed."])


class Magnitudes:
    rules = (MAGNITUDE,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        if doc.vocabulary.isdisjoint(_WORDS):
            return
        for m in _TRIGGER.finditer(text):
            fig = _FIGURE.search(text, max(0, m.start() - 12), m.start())
            if fig is None or (m.start() > 0 and text[m.start() - 1].isalpha()):
                continue
            abbr = _ABBRS[m.group()]
            found = text[fig.start() : m.end()]
            yield MAGNITUDE.finding(
                doc, fig.start(), m.end(), languages=abbr.languages,
                severity=None if abbr.sure else Severity.INFO,
                message=MAGNITUDE.message.format(
                    text=found, abbr=m.group(), english=abbr.english,
                    langs="/".join(abbr.languages)),
                suggestion=MAGNITUDE.suggestion.format(english=abbr.english))


CHECKS = (Magnitudes(),)
