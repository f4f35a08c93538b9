"""Source convention: figures worded the source's way ("29 thousand euros", "by %40").

Romance languages, Russian, Turkish and Arabic write a numeral before the word for
thousand (29 mil, 29 тысяч, 29 bin, 29 ألف) and a literal translation keeps it; English news
writes 29,000. Turkish puts the percent sign first (%15), which English never does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

_THOUSAND = re.compile(r"thousand(?![\w-])(?! (?:islands|lakes|oaks|palms|hills)\b)")
_FIGURE = re.compile(r"(?<![\w.,$£])(?:R\$ ?|€ ?)?(\d{1,3}(?:[.,]\d{1,2})?)[ \u00a0]\Z")
_PERCENT = re.compile(r"%\d{1,3}(?:[.,]\d{1,2})?(?![\w%$&=+/])")
_BEFORE_PERCENT = frozenset(" \n\t(“\"'‘[-–\u00a0")
_CODE = re.compile(r"(?i:url|http|encod|escape|printf|format|placeholder|template|%[sd])")

THOUSAND = rule(
    "convention.digit-thousand", "source-convention", "info",
    "“{text}”: a numeral with the word “thousand” is how {langs} write figures (29 mil, 29"
    " тысяч, 29 bin); English news writes {fixed}",
    suggestion="Write {fixed}",
    languages={"es": 0.4, "pt": 0.4, "it": 0.4, "ru": 0.5, "tr": 0.5, "ar": 0.4}, source=__name__,
    bad=["The fire destroyed ⟦14 thousand⟧ hectares of pine forest in the hills.",
         "Some ⟦3 thousand⟧ doctors walked out; the union wants ⟦250 thousand⟧ more nurses.",
         "Exports reached ⟦1.5 thousand⟧ tonnes while the bridge cost ⟦R$ 80 thousand⟧.",
         "Only ⟦40 thousand⟧ of the promised flats were finished by the deadline."],
    good=["Tens of thousands marched; a thousand more waited; several thousand stayed home.",
          "Scientists dated the 2 thousand-year-old boat; the Ten Thousand Islands flooded.",
          "“We counted 29 thousand ballots,” the clerk said, and some 29,000 were valid.",
          "Boats toured the 1 thousand islands region; thousands of people fled.",
          "Donors gave $5 thousand each; the 2,000-seat hall held a thousand guests."])
PERCENT = rule(
    "convention.percent-first", "source-convention", "warning",
    "“{text}” puts the percent sign before the figure, as Turkish (and Arabic copy) writes it;"
    " English writes {fixed}",
    suggestion="Write {fixed}", languages={"tr": 1.2, "ar": 0.5}, source=__name__,
    bad=["Annual inflation eased to ⟦%47.1⟧ in September, the institute said.",
         "Rents in Istanbul rose by ⟦%90⟧ (⟦%85⟧ in Ankara) over the year.",
         "The party won ⟦%26,5⟧ of the vote, up from ⟦%22⟧."],
    good=["Annual inflation eased to 47.1% in September, the institute said.",
          "Open https://example.com/search?q=rent%20prices or type %20 for a space.",
          "The template prints %s and %d; the format %5d pads to five digits."])


def _fixed_thousand(figure: str) -> str:
    if "," in figure or "." in figure:
        whole, _, frac = figure.replace(",", ".").partition(".")
        return f"{int(whole) * 1000 + int(frac.ljust(3, '0')):,}"
    return f"{int(figure) * 1000:,}"


class NumberForms:
    rules = (THOUSAND, PERCENT)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        if "thousand" in text:
            yield from self._thousands(doc)
        if "%" not in text:
            return
        for m in _PERCENT.finditer(text):
            start = m.start()
            if start and text[start - 1] not in _BEFORE_PERCENT:
                continue
            sent = doc.sentence_at(start)
            if sent and _CODE.search(text, sent.start, sent.end):
                continue
            fixed = m.group()[1:].replace(",", ".") + "%"
            yield PERCENT.finding(doc, start, m.end(),
                                  message=PERCENT.message.format(text=m.group(), fixed=fixed),
                                  suggestion=PERCENT.suggestion.format(fixed=fixed))

    def _thousands(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for m in _THOUSAND.finditer(text):
            fig = _FIGURE.search(text, max(0, m.start() - 14), m.start())
            if fig is None or doc.in_quote(fig.start(), m.end()):
                continue
            fixed = _fixed_thousand(fig.group(1))
            found = text[fig.start() : m.end()]
            yield THOUSAND.finding(
                doc, fig.start(), m.end(),
                message=THOUSAND.message.format(text=found, fixed=fixed,
                                                langs="Spanish, Portuguese, Russian, Turkish"),
                suggestion=THOUSAND.suggestion.format(fixed=fixed))


CHECKS = (NumberForms(),)
