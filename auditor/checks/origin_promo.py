"""The self-promotion formulas of Arabic news sites, translated word for word: "Youm7 reviews for
you in the following lines" (يستعرض لكم اليوم السابع في السطور التالية), "we present to you in
the following report". Naming the site, the formula is an origin marker; without a name it is
a calque of the Arabic web-news register."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.origin_common import outlet_ending, outlet_weight
from auditor.document import Document
from auditor.finding import Finding, Severity

_VERB = re.compile(r"(?:reviews?|presents?|offers?|monitors?|brings?|provides?|shows?|displays?|"
                   r"lists?|highlights?|explains?|reveals?|publish(?:es)?)\b")
_FOR_YOU = re.compile(r"\s+(?:(?:for|to)\s+you|you)\b")
_LINES = re.compile(r"(?:in|through|during|via|over|with)\s+the\s+(?:following|next|coming)\s+"
                    r"(?:few\s+)?(?:lines|report)\b(?!\s+of\b)", re.IGNORECASE)
_SUBJECT = re.compile(r"(?:\b[Ww]e|\b(?:website|site|portal|newspaper))\s+$")  # before the verb
_SITE = re.compile(r"\s+(?:news\s+)?(?:website|site|portal)\s*$")
_ANCHORS = ("for you", "to you", "following lines", "next lines", "following report",
            "next report", "coming lines")

PROMO = rule(
    "origin.self-reference-promo", "origin-marker", "warning",
    "“{text}”: the self-promotion formula of {outlet}, its original publisher, translated "
    "word for word",
    suggestion="Delete the formula; credit {outlet} as the original publisher", source=__name__,
    bad=["Rain is expected, and ⟦Youm7 reviews for you in the following lines⟧ the forecast.",
         "⟦Masrawy presents to you⟧ the prices of gold today.",
         "In this report ⟦Al-Masry Al-Youm website monitors for you⟧ the new fares.",
         "⟦Sabq offers in the following report⟧ the list of winners."],
    good=["Netflix presents to audiences a new thriller this week.",
          "The BBC brings you the latest news every hour.",
          "Youm7 reported that the fares would rise."])
FORMULA = rule(
    "calque.following-lines", "calque", "warning",
    "“{text}”: a stock formula of Arabic news sites (في السطور التالية, نستعرض لكم), "
    "translated word for word",
    suggestion="Delete the formula and go straight to the facts", languages={"ar": 1.0},
    source=__name__,
    bad=["Prices rose again, and ⟦we review for you in the following lines⟧ the new list.",
         "⟦We present to you⟧ the most important details of the decision.",
         "The site ⟦monitors for you⟧ the exchange rates.",
         "Temperatures will drop, as shown ⟦in the following lines⟧."],
    good=["The app offers you three plans, the company said.",
          "We bring you the top stories every morning.",
          "Special offers for you are listed on the website.",
          "Errors appear in the following lines of the code, the engineer said.",
          "Read the following report carefully, the judge told the jury."])


class Promotions:
    rules = (PROMO, FORMULA)

    def run(self, doc: Document) -> Iterable[Finding]:
        low = doc.lower_text
        if not any(a in low for a in _ANCHORS):
            return
        seen: set[int] = set()
        for anchor in _ANCHORS:
            i = low.find(anchor)
            while i != -1:
                sent = doc.sentence_at(i)
                if sent is not None and sent.start not in seen:
                    seen.add(sent.start)
                    yield from self._sentence(doc, sent.start, sent.end)
                i = low.find(anchor, i + 1)

    @staticmethod
    def _sentence(doc: Document, start: int, end: int) -> Iterable[Finding]:
        text = doc.text
        if doc.in_quote(start, end):
            return
        lines = _LINES.search(text, start, end)
        for verb in _VERB.finditer(text, start, end):
            if verb.start() and text[verb.start() - 1].isalnum():
                continue
            you = _FOR_YOU.match(text, verb.end())
            prep = you is not None and you.group().split()[0] in ("for", "to")
            gap = lines.start() - (you.end() if you else verb.end()) if lines else -1
            if not (you or 0 <= gap <= 2):
                continue
            stop = lines.end() if lines and 0 <= gap <= 2 else you.end()  # type: ignore[union-attr]
            before = text[start : verb.start()]
            name_end = start + len(_SITE.sub("", before.rstrip()))
            hit = outlet_ending(text, start, name_end) if before.strip() else None
            if hit is not None and hit[0].language != "en":
                outlet, said = hit[0], text[hit[1] : stop]
                yield PROMO.finding(doc, hit[1], stop, languages=outlet_weight(outlet, 1.5),
                                    outlet=outlet.id, message=PROMO.message.format(
                                        text=said, outlet=outlet.name),
                                    suggestion=(PROMO.suggestion or "").format(outlet=outlet.name))
                return
            subject = _SUBJECT.search(before)
            if prep and (subject or 0 <= gap <= 2):
                s = verb.start() - len(subject.group()) if subject and subject.group()[
                    :2].lower() == "we" else verb.start()
                yield FORMULA.finding(doc, s, stop, message=FORMULA.message.format(
                    text=text[s:stop]))
                return
        if lines and not doc.in_quote(lines.start(), lines.end()):
            yield FORMULA.finding(doc, lines.start(), lines.end(), severity=Severity.INFO,
                                  languages={"ar": 0.5},
                                  message=FORMULA.message.format(text=lines.group()))


CHECKS = (Promotions(),)
