"""Entity mistranslation: an institution, office or place name translated word for word
("the President of the Government" for presidente del Gobierno, "House of Meat" for Bayt Lahm,
"International Cash Fund" for the IMF). Data: auditor/data/entity_institutions.tsv."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.checks.foreign_data import deliberate, headed_by, language_names
from auditor.document import Document
from auditor.finding import Finding

INSTITUTION = rule(
    "entity.translated-institution", "entity-mistranslation", "warning",
    "“{text}” is a word-for-word {lang} rendering that English does not use: {english}",
    suggestion="Use the English name: {english}", languages={"es": 1.5}, source=__name__,
    bad=["Earlier, the ⟦President of the Government⟧ told reporters that talks would go on.",
         "A bill on housing reached the ⟦Congress of the Deputies⟧ on Thursday.",
         "Pilgrims filled Manger Square in ⟦House of Meat⟧ for the midnight mass.",
         "The ⟦International Money Fund⟧ cut its forecast for the lira.",
         "Deputies of the ⟦Great National Assembly of Turkey⟧ approved the budget."],
    good=["Spain's prime minister told the Congress of Deputies that the plan would pass.",
          "The International Monetary Fund cut its growth forecast for Saudi Arabia.",
          "Bethlehem, whose Arabic name Bayt Lahm means house of meat, lit its tree.",
          "He is President of the Government of the Canary Islands since 2023.",
          "The Council of Ministers and the Federal Council met on Friday."])

_GLOSSED = re.compile(r"\b(?:literally|meaning|means|translates|translated|known as|called)\b"
                      r"[^.;]{0,40}$", re.IGNORECASE)


@cache
def _table() -> tuple[dict[str, list[tuple[re.Pattern[str], dict[str, str]]]], frozenset[str]]:
    by_key: dict[str, list[tuple[re.Pattern[str], dict[str, str]]]] = {}
    for row in read_tsv(DATA_DIR / "entity_institutions.tsv"):
        key = re.match(r"[\w']+", row["literal"]).group()  # type: ignore[union-attr]
        regex = re.compile(rf"{row['literal']}(?![\w-])")
        by_key.setdefault(key, []).append((regex, row))
    return by_key, frozenset(by_key)


class TranslatedInstitution:
    rules = (INSTITUTION,)

    def run(self, doc: Document) -> Iterable[Finding]:
        table, keys = _table()
        text, toks = doc.text, doc.tokens
        # A literal starts at a token whose head (before any hyphen) is its first word:
        # most stories stop here.
        wanted = headed_by(doc, keys)
        if not wanted:
            return
        for tok in map(toks.__getitem__, doc.positions(wanted)):
            for regex, row in table[tok.text.split("-", 1)[0]]:
                if not (m := regex.match(text, tok.start)):
                    continue
                start, end = m.span()
                if _GLOSSED.search(text, max(0, start - 60), start) or deliberate(doc, start, end):
                    break
                langs = row["lang"].split()
                values = {"text": text[start:end], "english": row["english"],
                          "lang": " or ".join(language_names().get(c, c) for c in langs)}
                yield INSTITUTION.finding(
                    doc, start, end, message=INSTITUTION.message.format(**values),
                    suggestion=INSTITUTION.suggestion.format(**values),
                    languages={c: round(2.0 / len(langs), 2) for c in langs})
                break


CHECKS = (TranslatedInstitution(),)
