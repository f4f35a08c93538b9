"""Foreign fragments: a source site's "read also" label left in the English copy ("LEIA TAMBÉM:",
"Lire aussi", "Читайте также"), the link line of a page translated wholesale."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, parse_languages, read_tsv
from auditor.checks.foreign_data import language_names
from auditor.document import Document
from auditor.finding import Finding

_LEAD = " \t*_•»›>([-–—"  # what may come before the label on its line

READ_ALSO = rule(
    "foreign.read-also-label", "foreign-fragment", "warning",
    "“{text}” is a {lang} “read also” label: the source page was translated with its links",
    suggestion="Delete the line (and the linked headline)", source=__name__,
    bad=["The central bank held rates.\n⟦LEIA TAMBÉM:⟧ Dólar fecha em alta\nTraders were calm.",
         "Three ministers resigned.\n⟦Lire aussi :⟧ Le gouvernement sous pression",
         "Snow closed the pass.\n⟦Читайте также:⟧ Морозы в Сибири",
         "The strike spread to Milan.\n» ⟦Leggi anche⟧ \nThe unions met.",
         "Fares rose again.\n⟦Lea también:⟧ El metro cierra dos estaciones",
         "Exports doubled.\n⟦LESEN SIE AUCH⟧ Neue Zölle auf Stahl"],
    good=["Read also: Five things to know about the budget",
          "Lea, who also runs a bakery, said prices rose.",
          "He said 'Leia também' was printed on the flyer.",
          "Veja, the Brazilian weekly, reported the deal.",
          "Ver más allá is the title of her new album, she said."])


@cache
def _table() -> tuple[dict[str, dict[str, float]], frozenset[str], re.Pattern[str]]:
    rows = read_tsv(DATA_DIR / "foreign_read_also.tsv")
    langs = {r["label"].casefold(): parse_languages(r["language"]) for r in rows}
    firsts = {v for r in rows for w in [r["label"].split()[0]]
              for v in (w, w.capitalize(), w.upper(), w.lower())}
    labels = "|".join(re.escape(r["label"]) for r in sorted(rows, key=lambda r: -len(r["label"])))
    regex = re.compile(rf"(?P<label>{labels})(?!\w)(?P<colon>[ \t]*[:：»›>|—–-])?", re.IGNORECASE)
    return langs, frozenset(firsts), regex


def read_also(doc: Document) -> list[tuple[int, int, dict[str, float]]]:
    """Each foreign "read also" label opening a line: (start, end, language weights)."""
    return doc.memo("foreign.read-also", _find)


def _find(doc: Document) -> list[tuple[int, int, dict[str, float]]]:
    langs, firsts, regex = _table()
    text, out = doc.text, []
    for i in doc.positions(firsts & doc.vocabulary):
        start = doc.tokens[i].start
        line = text.rfind("\n", 0, start) + 1
        if text[line:start].strip(_LEAD) or not (m := regex.match(text, start)):
            continue
        after = text[m.end() : text.find("\n", m.end()) % (len(text) + 1)].strip()
        shouting = m.group("label").isupper() and after[:1].isupper()
        if m.group("colon") or not after or shouting:
            end = m.end() if m.group("colon") else m.end("label")
            out.append((start, end, langs[m.group("label").casefold()]))
    return out


class ReadAlso:
    rules = (READ_ALSO,)

    def run(self, doc: Document) -> Iterable[Finding]:
        for start, end, langs in read_also(doc):
            lang = max(langs, key=langs.__getitem__)
            said = {"text": doc.text[start:end].strip(), "lang": language_names().get(lang, lang)}
            yield READ_ALSO.finding(doc, start, end, languages=langs,
                                    message=READ_ALSO.message.format(**said))


CHECKS = (ReadAlso(),)
