"""Foreign fragments in a non-Latin script: whole lines, spans inside English, glosses."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.foreign_data import (
    Script,
    deliberate,
    language_names,
    script_char,
    script_regex,
    scripts_in,
)
from auditor.document import Document
from auditor.finding import Finding
from auditor.langid import identify_among

LINE = rule(
    "foreign.script-line", "foreign-fragment", "error",
    "A whole line in {lang} ({script} script) left in the English copy: untranslated source "
    "text, often a footer or credit of the original publisher",
    suggestion="Translate the line or delete it; check what it says about the source",
    languages={"ar": 2.5}, source=__name__,
    bad=["The talks ended on Monday.\n⟦نشرت هذه المقالة أولا على موقع الجزيرة⟧",
         "Prices rose again.\n⟦Статья впервые опубликована на сайте агентства⟧"],
    good=["The rouble fell 2% against the euro (€) and the index lost 5 points 📉.",
          "Officials in Türkiye and Keçeli's office confirmed the visit to Saraqib."])
SPAN = rule(
    "foreign.script-span", "foreign-fragment", "warning",
    "Untranslated {lang} ({script} script) inside an English sentence",
    suggestion="Translate the fragment, or gloss it deliberately in parentheses",
    languages={"ar": 1.5}, source=__name__,
    bad=["The council said that ⟦الوضع الأمني⟧ remains fragile in the north.",
         "Residents described the ⟦обстановка в городе⟧ as calm on Sunday."],
    good=["The angle α was measured at 30 degrees, the report said.",
          "Shares closed at ¥1,200 and ₹90 after a quiet session."])
GLOSS = rule(
    "foreign.script-gloss", "foreign-fragment", "info",
    "{lang} original given beside the English ({script} script): fine when deliberate, "
    "but it hints at the story's source language",
    languages={"ar": 0.3}, machine=0.0, source=__name__,
    bad=["Officials at the Kremlin (⟦Кремль⟧) declined to comment.",
         "The group, known as ⟦هيئة تحرير الشام⟧, took the town."],
    good=["The Kremlin declined to comment on the report.",
          "The index rose 3% (about €40m) on Thursday."])


def _language(text: str, script: Script, present: list[Script]) -> str:
    letters = sum(c.isalpha() for c in text)
    if len(text.split()) >= 3 or (" " not in text and letters >= 6):
        allowed = tuple(code for s in present for code, _ in s.languages)
        if lang := identify_among(text, allowed):
            return lang
    for code, chars in script.markers:
        if any(c in chars for c in text):
            return code
    return script.languages[0][0]


class ForeignScript:
    rules = (LINE, SPAN, GLOSS)

    def run(self, doc: Document) -> Iterable[Finding]:
        regex = script_regex()
        if doc.text.isascii() or not script_char().search(doc.text):
            return
        for para in doc.paragraphs:
            ptext = para.text(doc.text)
            hits = [m for m in regex.finditer(ptext) if sum(c.isalpha() for c in m.group()) >= 2]
            if not hits:
                continue
            foreign = sum(sum(c.isalpha() for c in m.group()) for m in hits)
            if foreign >= 0.5 * sum(c.isalpha() for c in ptext):
                yield self._finding(doc, LINE, para.start, para.end, ptext, 2.5)
                continue
            for m in hits:
                start, end = para.start + m.start(), para.start + m.end()
                start, end = _trim(doc.text, start, end)
                around = doc.text[start - 1 : start] + doc.text[end : end + 1]
                if around in ("()", "[]") or deliberate(doc, start, end):
                    yield self._finding(doc, GLOSS, start, end, doc.text[start:end], 0.3)
                else:
                    yield self._finding(doc, SPAN, start, end, doc.text[start:end], 1.5)

    @staticmethod
    def _finding(doc: Document, r, start: int, end: int, text: str, weight: float) -> Finding:
        present = scripts_in(text)
        script = present[0]
        lang = _language(text, script, present)
        name = language_names().get(lang, lang)
        return r.finding(doc, start, end, languages={lang: weight},
                         message=r.message.format(lang=name, script=script.name.capitalize()))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop joining punctuation and spaces at the edges of a span."""
    while end > start and unicodedata.category(text[end - 1])[0] not in "LMN":
        end -= 1
    while start < end and not text[start].isalpha():
        start += 1
    return start, end


CHECKS = (ForeignScript(),)
