"""Source convention: numbers in continental format (3,5 million; 20.000 people; 14 000)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import Rule, rule
from auditor.checks.convention_mixed_numbers import counted, lone_decimal, number_start
from auditor.document import Document
from auditor.finding import Finding

# Each regex starts with a literal (fast scan); the integer part is found by walking back.
_DECIMAL = re.compile(r",\d{1,2}(?=\s?(?:%|(?:percent|per cent|million|billion|trillion|thousand|"
                      r"euros?|dollars?|pesos?|reais|liras?|km|kilomet(?:er|re)s?|met(?:er|re)s?|"
                      r"degrees?|hectares?|tons?|tonnes?|kg|kilos?|points?|times|mg|ml|mm|cm|"
                      r"(?:nano|micro|milli|centi)?(?:grams?|grammes?|lit(?:er|re)s?)|barrels|"
                      r"inhabitants|kWh|MWh|GW|MW)\b))")
_DOT = re.compile(r"\.\d{3}(?!\d)")
_DOT_NEXT = re.compile(r"\s+(?!(?:seconds?|secs?|degrees?|percent|per cent|fielding|batting)\b)"
                       r"(?:[a-z]|euros?\b|dollars?\b)|\s?[€$]")
# "5.775 trillion rupiah" is a decimal; "20.000 million" (Spanish 20.000 millones) is not
_SCALE = re.compile(r"\s+(?:million|billion|trillion)\b")
# 0,52%: an integer part of 0 never starts an English thousands figure.
_ZERO = re.compile(r"0,\d{2,4}(?![\d,])")
_SPACE = re.compile(r"[ \u00a0\u202f]\d{3}(?![\d]|[.,]\d)")
_SPACE_BEFORE = re.compile(r"\b(?:than|some|over|about|least|of|to|nearly|almost|around|and|by|"
                           r"were|are|killed|displaced|housed)\s$")
_HARD = re.compile("[\u00a0\u202f]")  # no-break spaces: typeset French, never English
_SPACE_UNIT = re.compile(r"\s?(?:F?CFA|francs?|euros?|dinars?|dirhams?|km|kg|tonnes|hectares)\b")

DECIMAL = rule(
    "convention.decimal-comma", "source-convention", "warning",
    "“{text}” writes the decimal point as a comma, as continental languages do; in English"
    " it reads as a broken thousands figure",
    suggestion="Use a decimal point ({fixed})",
    languages={"es": 1.0, "fr": 1.0, "pt": 1.0, "de": 1.0, "it": 1.0, "tr": 0.8}, source=__name__,
    bad=["The economy grew by ⟦2,4⟧% last year; damage was put at ⟦3,5⟧ million euros.",
         "The column stretched for ⟦1,8⟧ kilometres along the road.",
         "The legal limit is ⟦3,5⟧ nanograms per millilitre; the plant makes ⟦1,2⟧ GW.",
         "Unemployment edged up 0.2 points while the deficit fell to ⟦0,52⟧% in October.",
         "The index slipped ⟦0,8⟧ points and the ratio stood at ⟦0,37⟧ at the close."],
    good=["The economy grew by 2.4% last year; 3,500 million euros were pledged.",
          "Some 12,000 people signed; rounds 1,2 and 3 were postponed.",
          "Doses of 1, 2 or 5 milligrams; sites 4,5 and 6 lost 2.5 GW; 3,500 grams.",
          "They led 3-0,52 minutes in; bits 0,1 and 2 flipped; a 10,000 rise; (0,0) origin."])
DOT = rule(
    "convention.thousands-dot", "source-convention", "warning",
    "“{text}” separates thousands with a dot, as Spanish, Portuguese, German, Italian and"
    " Turkish do; in English it reads as a decimal",
    suggestion="Use commas for thousands ({fixed})",
    languages={"es": 1.0, "pt": 1.0, "de": 1.0, "it": 1.0, "tr": 1.0, "id": 0.8}, source=__name__,
    bad=["More than ⟦20.000⟧ people fled; the fine was ⟦1.500⟧ euros per car.",
         "At least ⟦1.250.000⟧ residents lost power; the budget is ⟦20.000⟧ million euros.",
         "Prices rose 0.4% as the plant delivered ⟦3.500⟧ kilowatt hours to 2.5 million homes.",
         "The 1.5 billion plan creates ⟦1.200⟧ jobs in a town of ⟦50.000⟧ inhabitants."],
    good=["More than 20,000 people fled; his lap of 83.456 seconds stood for a decade.",
          "Version 2.1 was released; the rate is 4.500 percent; at 10:15.300 it ended.",
          "He is charged with embezzling 5.775 trillion rupiah; the bill came to 1.125 billion.",
          "The dollar hit 151.86 yen, near the high of 152.003 it reached in May.",
          "Shares rose 2.5%; the index, at 1,234 points, neared the 1.025 mark set in 1998.",
          "Households averaged 2.375 people per home; the course ran 1.250 kilometres in 2.5"
          " hours; firmware 3.100 drivers shipped."])
SPACE = rule(
    "convention.thousands-space", "source-convention", "warning",
    "“{text}” separates thousands with a space, as French does; English copy writes commas",
    suggestion="Use commas for thousands ({fixed})",
    languages={"fr": 1.0, "ru": 0.5, "pl": 0.5}, source=__name__,
    bad=["The fighting displaced more than ⟦14 000⟧ people; a sack of rice costs ⟦2 750⟧ FCFA.",
         "Aid reached some ⟦250 000⟧ residents; officials counted ⟦3\u202f200⟧ ballots."],
    good=["The fighting displaced more than 14,000 people.",
          "On May 15 200 protesters gathered; in 2019 300 more joined; the score was 3 000."])


class Numbers:
    rules = (DECIMAL, DOT, SPACE)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        memo: list[bool] = []
        decimals = [(s, m.end()) for m in _DECIMAL.finditer(text)
                    if (s := number_start(text, m.start(), zero=True)) is not None]
        decimals += [(m.start(), m.end()) for m in _ZERO.finditer(text)
                     if number_start(text, m.start() + 1, zero=True) == m.start()
                     and text[m.start() - 1 : m.start()] not in ("-", "(", "–")]
        for start, end in sorted(set(decimals)):
            yield _finding(doc, DECIMAL, start, end, ",", ".")
        for seps, regex, rule_ in ((".", _DOT, DOT), (" \u00a0\u202f", _SPACE, SPACE)):
            done = -1
            for m in regex.finditer(text):
                if m.start() < done or (start := number_start(text, m.start())) is None:
                    continue
                done = m.end()
                while (n := regex.match(text, done)) is not None:  # later groups: 1 250 000
                    done = n.end()
                if rule_ is DOT and (not _DOT_NEXT.match(text, done) or (
                        _SCALE.match(text, done) and not text.endswith("00", 0, done)) or (
                        done - start < 9 and not counted(text, start, done)
                        and lone_decimal(text, start, memo))):
                    continue
                if rule_ is SPACE and not (_HARD.search(text, start, done) or _SPACE_UNIT.match(
                        text, done) or _SPACE_BEFORE.search(text[max(0, start - 12):start])):
                    continue
                yield _finding(doc, rule_, start, done, seps, ",")


def _finding(doc: Document, rule_: Rule, start: int, end: int, old: str, new: str) -> Finding:
    text = doc.text[start:end]
    fixed = "".join(new if c in old else c for c in text)
    return rule_.finding(doc, start, end, message=rule_.message.format(text=text),
                         suggestion=rule_.suggestion.format(fixed=fixed))


CHECKS = (Numbers(),)
