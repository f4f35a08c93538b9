"""Foreign fragments: an institution's name left in the source language ("the Fiscalía General
del Estado", "in the Assembleia da República"). Heads: auditor/data/foreign_institutions.tsv."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.checks.foreign_data import capitalised, deliberate, headed_by, language_names
from auditor.document import Document
from auditor.finding import Finding, Severity
from auditor.outlets import from_name, is_native
from auditor.wordfreqs import is_foreign

# Source-language joining words inside a name (never English ones: "of", "and").
JOINERS = frozenset({"de", "del", "la", "las", "los", "el", "da", "do", "dos", "das", "des", "du",
                     "di", "della", "dei", "degli", "delle", "dello", "der", "für", "und", "y",
                     "e", "et", "van", "voor", "het", "ve", "le", "les", "em", "en", "sur"})
_LEAD = frozenset({"The", "A", "An", "In", "On", "At", "For", "By", "From", "To", "But", "And",
                   "When", "After", "Before", "While", "If", "As", "Its", "Their", "Both", "Then"})
_APPOSITION = re.compile(
    r"\s*(?:\((?:the\s)?[a-z]|[\"”»]|,\s*(?:the|a|an|its|which|known|[A-Z]\w+['’]s)\s(?:[\w'’-]+\s)"
    r"{0,4}?(?:parliament|house|senate|congress|court|prosecutors?|ministry|office|police|agency"
    r"|assembly|chamber|council|legislature|government|tribunal|watchdog|regulator|institute)\b)")

NAME = rule(
    "foreign.untranslated-institution", "foreign-fragment", "warning",
    "“{text}” is the {lang} name of an institution, left untranslated in English copy",
    suggestion="Use the English name (gloss the original in parentheses if it matters)",
    languages={"es": 1.5}, source=__name__,
    bad=["Investigators from the ⟦Procuraduría General de Justicia⟧ opened a case on Monday.",
         "The bill now goes to the ⟦Câmara dos Deputados⟧ for a final vote.",
         "A spokesman for the ⟦Staatsanwaltschaft⟧ in Cologne declined to comment."],
    good=["The film by Guillermo del Toro opened the festival in Venice.",
          "Shares of Banco Santander and Instituto Cervantes events rose in Madrid.",
          "He met officials of the Ministry of the Interior and the Council of State.",
          "The Guardia Civil and the Junta de Andalucía closed the beach.",
          "Agence France Presse reported the blast, citing police."])


@cache
def heads() -> dict[str, tuple[str, bool]]:
    rows = read_tsv(DATA_DIR / "foreign_institutions.tsv")
    return {h: (r["lang"], r["alone"] == "y") for r in rows for h in r["heads"].split()}


def institution_runs(doc: Document) -> list[tuple[int, int, str]]:
    """(first token, last token, language) of every foreign institution name
    (computed once per document: two checks use it)."""
    return doc.memo("foreign.institution_runs", _institution_runs)


def _institution_runs(doc: Document) -> list[tuple[int, int, str]]:
    toks, text, table = doc.tokens, doc.text, heads()
    runs: list[tuple[int, int, str]] = []
    named = headed_by(doc, table)
    if not named:
        return runs
    i = 0
    for start in doc.positions(named):
        if start < i:
            continue
        i = start
        a = b = i
        while a > 0 and text[toks[a - 1].end : toks[a].start] == " " and (
                capitalised(toks[a - 1].text) and toks[a - 1].text not in _LEAD
                and not toks[a - 1].text.endswith(("'s", "’s"))):
            a -= 1
        while b + 1 < len(toks) and text[toks[b].end : toks[b + 1].start] == " ":
            if _part(toks[b + 1].text) or (toks[b + 1].text in JOINERS and b + 2 < len(toks)
                                           and _part(toks[b + 2].text)):
                b += 1
            else:
                break
        while b > a and toks[b].text in JOINERS:
            b -= 1
        words = [t.text for t in toks[a : b + 1]]
        lang, alone = table[_head(toks[i].text)]
        joined = any(w in JOINERS or not capitalised(w) or "-" in w for w in words)
        n_heads = sum(_head(w) in table for w in words)
        other = sum(is_foreign(w.lower()) for w in words if _head(w) not in table)
        if ((alone and b == a) or (b > a and (joined or n_heads >= 2 or other >= 1))) and \
                not _english_outlet_name(text[toks[a].start : toks[b].end]):
            runs.append((a, b, lang))
        i = b + 1
    return runs


def _english_outlet_name(name: str) -> bool:
    """ "Agence France-Presse" is how English copy names AFP; "Agencia EFE" is not."""
    return (o := from_name(name)) is not None and not is_native(o, name)


def _head(word: str) -> str:
    return word.split("-", 1)[0]


def _part(word: str) -> bool:
    """A word that continues a foreign name: capitalised, or a lower-case foreign word
    ("Assemblée nationale", "Cour de cassation")."""
    return capitalised(word) or (word.islower() and len(word) > 3 and is_foreign(word))


class UntranslatedInstitution:
    rules = (NAME,)

    def run(self, doc: Document) -> Iterable[Finding]:
        toks = doc.tokens
        for a, b, lang in institution_runs(doc):
            start, end = toks[a].start, toks[b].end
            weak = (deliberate(doc, start, end, after=False) or doc.in_quote(start, end)
                    or bool(_APPOSITION.match(doc.text, end)))
            msg = NAME.message.format(text=doc.text[start:end], lang=language_names()[lang])
            yield NAME.finding(doc, start, end, message=msg, languages={lang: 0.5 if weak else 1.5},
                               severity=Severity.INFO if weak else None)


CHECKS = (UntranslatedInstitution(),)
