"""Source convention: numbers that only a continental writer produces (8.924,15; 34,2750)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

# Dot thousands and a comma decimal in one figure (8.924,15), or a comma followed by four
# or more digits (34,2750; never an English thousands group). Found from the literal.
_TRIGGER = re.compile(r"\.\d{3},\d|,\d{4}")
_FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+|\d{1,3},\d{4,6}")
_NUMBER_CHARS = frozenset("0123456789.,")
# A lone 160.245 in a story that writes 1,234 or 3.5 elsewhere is a decimal (FX quotes).
_ENGLISH = re.compile(r"\d,\d{3}(?![\d,])|(?<![\d.,])\d+\.\d{1,2}(?![\d.,])")
_CONTINENTAL = re.compile(r"\d\.\d{3}[.,]\d|(?<![\d.,])\d+,\d{1,2}(?:\s?%|\s(?:percent|per cent|"
                          r"million|billion))")
# "4,2000 passengers": a count is never a decimal, so a comma figure before a plural
# noun is a mistyped thousands group (seen in AP copy), not a continental decimal.
_COUNTED = re.compile(r"\s+(?:people|[a-z]{3,}s)\b")
# A count is never a decimal: "1.200 jobs", "50.000 inhabitants"; a measure only when the
# group ends in 00 ("3.500 kilowatt hours"), since 1.250 metres may be a careful decimal.
_COUNTED = re.compile(r"\s(?:people|persons|inhabitants|residents|jobs|homes|houses|dwellings|"
                      r"households|families|workers|employees|students|pupils|children|patients|"
                      r"cases|deaths|victims|soldiers|troops|officers|vehicles|cars|visitors|"
                      r"tourists|passengers|migrants|refugees|members|voters|signatures|beds|"
                      r"apartments|flats|schools|companies|firms|businesses|euros|dollars|reais|"
                      r"pesos|liras|roubles|rubles)\b(?!\s+per\b)")
_MEASURED = re.compile(r"\s(?:tonnes|tons|kilowatt[- ]hours|megawatt[- ]hours|kWh|MWh|hectares|"
                       r"kilometres|kilometers|km|square metres|square meters|litres|liters|"
                       r"barrels|cubic metres|cubic meters)\b(?!\s+per\b)")
_ROUND = re.compile(r"\d{1,3}\.\d00")
_FX = re.compile(r"\b(?:yen|yuan|per dollar|against the dollar|exchange rate|yields?|rupees?)\b")

MIXED = rule(
    "convention.continental-number", "source-convention", "warning",
    "“{text}” is a continental figure (a comma for the decimal point, dots for thousands),"
    " as Spanish, Portuguese, German, Italian and Turkish write numbers",
    suggestion="Write {fixed}",
    languages={"es": 1.2, "pt": 1.2, "de": 1.2, "it": 1.2, "tr": 1.2, "id": 0.8},
    source=__name__,
    bad=["The index closed at ⟦12.480,37⟧ points on Friday.",
         "Exports reached ⟦1.204.511,6⟧ tonnes; the lira ended at ⟦38,1125⟧ to the dollar."],
    good=["The index closed at 12,480.37 points on Friday.",
          "Exports reached 1,204,511.6 tonnes; the lira ended at 38.1125 to the dollar;"
          " votes were 1,234,567.",
          "Many of them are among the 4,2000 passengers and crew aboard."],
)


class MixedNumbers:
    rules = (MIXED,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text, done = doc.text, -1
        for t in _TRIGGER.finditer(text):
            start = t.start()
            while start > 0 and text[start - 1] in _NUMBER_CHARS:
                start -= 1
            end = t.end()
            while end < len(text) and (text[end].isdigit() or (
                    text[end] in ".," and text[end + 1 : end + 2].isdigit())):
                end += 1
            if start < done or not _FIGURE.fullmatch(text, start, end):
                continue
            if "." not in text[start:end] and _COUNTED.match(text, end):
                continue
            done, figure = end, text[start:end]
            fixed = figure.replace(".", "\0").replace(",", ".").replace("\0", ",")
            yield MIXED.finding(doc, start, end, message=MIXED.message.format(text=figure),
                                suggestion=MIXED.suggestion.format(fixed=fixed))


def number_start(text: str, pos: int, zero: bool = False) -> int | None:
    """Start of the 1-3 digit integer part ending at ``pos``, if it begins a number
    (``zero``: a lone 0 may be the integer part, as in the decimal 0,52)."""
    start = pos
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    ok = 1 <= pos - start <= 3 and (text[start] != "0" or (zero and pos - start == 1)) and (
        start == 0 or not (text[start - 1].isalnum() or text[start - 1] in ".,:"))
    return start if ok else None


def lone_decimal(text: str, start: int, memo: list[bool]) -> bool:
    """Is the lone dotted group at ``start`` (160.245) a decimal? ``memo`` caches per text."""
    if not memo:
        memo.append(not _CONTINENTAL.search(text))
        memo.append(memo[0] and bool(_ENGLISH.search(text)))
    return memo[0] and (memo[1] or bool(_FX.search(text, max(0, start - 80), start)))


def counted(text: str, start: int, end: int) -> bool:
    """Does a lone dotted group count things ("1.200 jobs", "3.500 kilowatt hours")?"""
    return bool(_COUNTED.match(text, end)) or bool(
        _ROUND.fullmatch(text, start, end) and _MEASURED.match(text, end))


CHECKS = (MixedNumbers(),)
