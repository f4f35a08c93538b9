"""Foreign fragments in Latin script: lower-case words far more frequent in es/fr/pt/it/... than
in English (wordfreq), left untranslated in brackets or in running text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.foreign_data import (
    deliberate,
    foreign_quote,
    language_names,
    loanwords,
    quoted_alone,
)
from auditor.checks.foreign_readalso import read_also
from auditor.checks.foreign_runs import Run, foreign_runs
from auditor.document import Document
from auditor.finding import Finding, Severity

_ENGLISH = 2.0  # a lone word this frequent in English (large list) is an English word too
_OPEN, _CLOSE = re.compile(r"[\[(]\s*$"), re.compile(r"\s*[\])]")

BRACKET = rule(
    "foreign.bracketed-word", "foreign-fragment", "warning",
    "“{text}” in brackets is {lang}, not English: an untranslated word of the source",
    suggestion="Translate the word (or drop the bracket)", languages={"es": 1.8}, source=__name__,
    bad=["The army of the regime ⟦[venezolano]⟧ has withdrawn from the border.",
         "He said the ⟦(ayuntamiento)⟧ would pay for the repairs."],
    good=["The minister [Hernández] said the plan was ready.",
          "The ruling was quoted in full (sic) by the court's press office."])
RUN = rule(
    "foreign.latin-run", "foreign-fragment", "warning",
    "“{text}” is {lang}, not English: words of the source left untranslated",
    suggestion="Translate the phrase", languages={"es": 1.5}, source=__name__,
    bad=["Officials said the ⟦consejo de ministros⟧ would meet again on Tuesday.",
         "Police blocked the road near the ⟦gare du nord⟧ after the alert."],
    good=["The film by Guillermo del Toro opened the festival in Venice.",
          "Talks on the Frente para la Victoria list ended without a deal."])
WORD = rule(
    "foreign.latin-word", "foreign-fragment", "info",
    "“{text}” looks {lang}, not English: check that it is not an untranslated word",
    suggestion="Translate the word, or italicise and gloss it if it is meant",
    languages={"es": 0.7}, source=__name__,
    bad=["Rebels advanced towards the ⟦aeropuerto⟧ before dawn, witnesses said.",
         "The mayor promised new ⟦viviendas⟧ for families displaced by the floods."],
    good=["Protesters gathered in the barrio after the vote, paid in reais.",
          "The word they chanted, desaparecidos, echoed across the square."])


class ForeignWords:
    rules = (BRACKET, RUN, WORD)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        # the headline after a foreign "read also" label is that label's finding
        links = [(s, text.find("\n", s) % (len(text) + 1)) for s, _, _ in read_also(doc)]
        for run in foreign_runs(doc, loanwords()):
            start, end = run.start, run.end
            if any(a <= start < b for a, b in links):
                continue
            if run.content == 1 and end - start < 4:  # "dir", "com", "del": abbreviations, names
                continue
            left, right = _OPEN.search(text, max(0, start - 3), start), _CLOSE.match(text, end)
            if left and right:
                yield self._finding(doc, BRACKET, left.start(), right.end(), run, 1.8)
            elif (deliberate(doc, start, end) or quoted_alone(doc, start, end)
                  or foreign_quote(doc, start, end)):
                continue
            elif run.titled and run.content <= 3:
                yield self._finding(doc, WORD, start, end, run, 0.5)  # a title or a name
            elif run.content >= 3 or (run.content == 2 and run.syntax):
                yield self._finding(doc, RUN, start, end, run, 1.5)
            elif run.content == 1 and run.english >= _ENGLISH and run.gap < 3.5:
                continue  # "pare", "modo", "colonia": English knows the word
            elif run.strong and run.content == 1 and not doc.in_quote(start, end):
                yield self._finding(doc, WORD, start, end, run, 1.0, Severity.WARNING)
            else:
                yield self._finding(doc, WORD, start, end, run, 0.5)

    @staticmethod
    def _finding(doc: Document, r, start: int, end: int, run: Run, weight: float,
                 severity: Severity | None = None) -> Finding:
        langs = {lang: round(weight * share, 2) for lang, share in run.languages.items()}
        name = language_names().get(run.lang, run.lang)
        msg = r.message.format(text=doc.text[start:end], lang=name)
        return r.finding(doc, start, end, message=msg, languages=langs, severity=severity)


CHECKS = (ForeignWords(),)
