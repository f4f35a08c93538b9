"""Source convention: Hijri dates in the forms convention.hijri-date (calque_phrases.tsv) misses:
other spellings of the months (Dhul-Hijjah, Rabi ul-Awwal), month-first order (Shawwal 22,
1445), ordinals (the 3rd of Rajab 1446) and a bare Hijri year (1445 AH)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding, Severity

_Q = "[‘'’ʿ]?"
_AL = r"(?:[- ]?(?:al|ul|el|ath|ath-|as)[- ]?|[- ])"
_MONTH = (rf"(?:Muharram|Safar|Rabi{_Q}{_AL}(?:Awwal|Awal|Auwal|Thani|Akhir|Akhar|Sani)|"
          rf"Jumad[ai]{_AL}(?:Ula|Oula|Awwal|Awal|Akhira|Akhirah|Thani|Akhir|Ukhra|Sani)|Rajab|"
          rf"Sha{_Q}a?ban|Rama[dz]h?an|Shaww?al|(?:Dhu|Zu|Thu){_Q}l?{_AL}?(?:Q|K)i?{_Q}a?{_Q}dah?|"
          rf"(?:Dhu|Zu|Thu){_Q}l?{_AL}?Hij(?:j|ja)?ah?)")
_YEAR = r"1[34]\d\d(?: ?(?:AH|A\.H\.|H\.|Hijri)(?!\w))?"
_DAY = r"(?:[1-9]|[12]\d|30)(?:st|nd|rd|th)?"
_BARE = r"(?:[1-9]\d\d|1[0-4]\d\d) ?(?:AH|A\.H\.)(?![\w-])|(?:the )?Hijri year 1[34]\d\d"
_DATE = re.compile(rf"(?<!\w)(?:(?:the )?{_DAY} (?:of )?{_MONTH},? {_YEAR}|{_MONTH} {_DAY},? "
                   rf"{_YEAR}|(?P<year>{_BARE}|1[34]\d\d Hijri))")
# Every form has a Hijri year (1300-1499) or AH / Hijri: the regex runs only around them.
_TRIGGERS = frozenset(map(str, range(1300, 1500))) | {"AH", "Hijri"}


HIJRI = rule(
    "convention.hijri-date-form", "source-convention", "warning",
    "“{text}”: a date in the Hijri calendar, carried over from Arabic copy; English news"
    " gives the Gregorian date", suggestion="Give the Gregorian date only",
    languages={"ar": 1.5}, source=__name__,
    bad=["Pilgrims stood on Mount Arafat on ⟦9 Dhul-Hijjah 1445⟧, officials said.",
         "The decree was dated ⟦Rabi ul-Awwal 12, 1446 AH⟧ and published on Sunday.",
         "Celebrations began on ⟦the 27th of Rajab 1446⟧ across the kingdom.",
         "The mosque was first built in ⟦1120 AH⟧, according to the ministry."],
    good=["Pilgrims stood on Mount Arafat on June 15, 2024, officials said.",
          "Ramadan 2025 ended on March 30; about 1,446 pilgrims arrived; Eid fell on a Sunday.",
          "The AH-64 Apache flew 1445 hours; Shah Rukh Khan and Rajab Tayyip were pictured.",
          "The decree dated 20 Rajab 1446 takes effect at once (convention.hijri-date)."])


@cache
def _strict() -> re.Pattern[str] | None:
    """convention.hijri-date's own pattern: its hits are left to it."""
    from auditor.checks.calque_phrases import _entries

    return next((e.regex for e in _entries() if e.rule.id == "convention.hijri-date"), None)


class HijriDates:
    rules = (HIJRI,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        if doc.vocabulary.isdisjoint(_TRIGGERS) and "A.H." not in text:
            return  # the common case, decided at C speed
        strict, seen = _strict(), set()
        for tok in doc.tokens:
            if tok.text not in _TRIGGERS and not text.startswith("A.H.", tok.start):
                continue
            for m in _DATE.finditer(text, max(0, tok.start - 45), tok.end + 12):
                if m.start() in seen or doc.in_quote(m.start(), m.end()) or (
                        strict and strict.search(text, max(0, m.start() - 4), m.end() + 4)):
                    continue
                seen.add(m.start())
                year_only = m.group("year") is not None
                yield HIJRI.finding(doc, m.start(), m.end(),
                                    severity=Severity.INFO if year_only else None,
                                    languages={"ar": 0.7} if year_only else None,
                                    message=HIJRI.message.format(text=m.group()))


CHECKS = (HijriDates(),)
