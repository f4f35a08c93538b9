"""Origin markers: "originally published on X" footers, in English and a dozen other languages."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.calendar_words import MONTHS, WEEKDAYS
from auditor.checks.origin_common import (
    LANGUAGE_NAMES,
    NAME,
    merge,
    outlet_in,
    outlet_weight,
)
from auditor.checks.origin_phrases import footer_phrases
from auditor.document import Document
from auditor.finding import Finding

# An English footer talks about "this article", or names an outlet or a language.
_THIS = re.compile(r"^\W*this\s+(?:article|story|piece|post|report|interview|column|op-ed|"
                   r"commentary|analysis|content|text)\b", re.IGNORECASE)
_LANG_NAME = re.compile(r"\b(" + "|".join(LANGUAGE_NAMES) + r")\b", re.IGNORECASE)
# The publisher a footer ends with when the knowledge base does not know it: "... first
# published on Tigris Evening Post." / "... sur www.atlas-info24.ma". Evidence names it as written.
_UNKNOWN = re.compile(rf"\b(?:on|in|by|at|from|en|em|sur|par|por|auf|bei|su|da|di|de)\s+"
                      rf"(?:the\s+)?(?:(?:website|site|portal|page)\s+(?:of\s+)?)?"
                      rf"(?P<name>(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{{2,}}"
                      rf"|{NAME})[\s.!”\"»)]*$")
# "... first published on Monday." / "... in English.": not names (other languages:
# LANGUAGE_NAMES)
_NOT_NAMES = frozenset((*MONTHS, *WEEKDAYS, "English"))
_NAMES = {"ar": "Arabic", "es": "Spanish", "fr": "French", "pt": "Portuguese", "de": "German",
          "it": "Italian", "tr": "Turkish", "ru": "Russian", "fa": "Persian", "zh": "Chinese",
          "nl": "Dutch", "id": "Indonesian"}

FOOTER = rule(
    "origin.footer", "origin-marker", "error",
    "A footer in {language} saying where the story first appeared{outlet}: the copy is a "
    "translation of another outlet's article",
    suggestion="Delete the footer line and credit the original publisher properly",
    source=__name__,
    bad=["Rebels entered the city on Friday.\n⟦Publicado originalmente en www.elpais.com⟧",
         "The talks ended without a deal.\n⟦Dieser Artikel erschien zuerst bei Spiegel Online.⟧",
         "Prices rose again.\n⟦本文首发于财新网⟧",
         "Protests spread.\n⟦نُشر هذا المقال في الأصل على موقع الجزيرة نت⟧"],
    good=["The decree, first published in the official gazette in 2019, was never applied.",
          "Her novel was originally published in 1998 and translated into 20 languages."],
)
FOOTER_EN = rule(
    "origin.footer-english", "origin-marker", "warning",
    "A republication footer{outlet}: the story was first published elsewhere",
    suggestion="Delete the footer line, or keep it as a proper credit if the licence requires one",
    source=__name__,
    bad=["Police made two arrests.\n⟦This article was originally published in Spanish by El País.⟧",
         "Shares fell 3%.\n⟦This story first appeared on theconversation.com⟧",
         "Rain is forecast.\n⟦Originally published by Infobae.⟧",
         "The port reopened.\n⟦Translated from the Arabic by Sam Wood.⟧",
         "Turnout was low.\n⟦This report was first published on Basra Horizon News.⟧"],
    good=["The video first appeared on Telegram on Monday.",
          "The report, originally published by the ministry, was withdrawn.",
          "Originally published in 1998, the novel sold a million copies.",
          "Translated from the Latin, the motto means 'let justice be done'."],
)


class Footers:
    rules = (FOOTER, FOOTER_EN)

    def run(self, doc: Document) -> Iterable[Finding]:
        for para, m, lang in footer_phrases(doc):
            line = doc.text[para.start : para.end]
            short = len(line) <= 300
            start = para.start if short else m.start()
            hit = outlet_in(doc.text, start, para.end, doc.text)
            outlet = hit[0] if hit else None
            end = para.end if short else max(m.end(), hit[2] if hit else 0)
            unknown = None if outlet or not short else _unknown(line)
            named = f" ({outlet.name if outlet else unknown})" if outlet or unknown else ""
            outlet_id = outlet.id if outlet else unknown
            weights = outlet_weight(outlet, 2.0, name=doc.text[hit[1] : hit[2]] if hit else None)
            if lang != "en":
                yield FOOTER.finding(
                    doc, start, end, languages=merge(weights, {lang: 3.0}),
                    outlet=outlet_id,
                    message=FOOTER.message.format(language=_NAMES.get(lang, lang), outlet=named))
                continue
            spoken = {LANGUAGE_NAMES[n.lower()]: 3.0 for n in _LANG_NAME.findall(line)}
            translated = "translated" in m.group().lower()
            this = bool(_THIS.match(line))
            lead = line[: m.start() - para.start].strip(" *_—–-([")
            if len(line) > 250 or (lead and not this):
                continue  # an English footer is a line of its own
            if spoken or (not translated and (outlet or unknown or this)):
                yield FOOTER_EN.finding(doc, start, end, languages=merge(weights, spoken),
                                        outlet=outlet_id,
                                        message=FOOTER_EN.message.format(outlet=named))


def _unknown(line: str) -> str | None:
    """The name an unknown publisher goes by at the end of a footer line, or None."""
    m = _UNKNOWN.search(line.strip())
    name = m["name"].rstrip(".") if m else ""
    if not name or name in _NOT_NAMES or name.lower() in LANGUAGE_NAMES or name.isdigit():
        return None
    return name.removeprefix("https://").removeprefix("http://").removeprefix("www.")


CHECKS = (Footers(),)
