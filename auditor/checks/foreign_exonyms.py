"""Foreign fragments: a place or group spelled the source language's way ("from Tschetschenien",
"affiliated with Al-Qaïda", "in Cisjordania"), and capitalised German nouns left in the copy."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.checks.foreign_data import (
    deliberate,
    language_names,
    loanwords,
    name_neighbour,
    quoted_alone,
)
from auditor.checks.foreign_institutions import JOINERS, institution_runs
from auditor.document import Document
from auditor.finding import Finding, Severity
from auditor.wordfreqs import foreign_word, is_foreign

EXONYM = rule(
    "foreign.exonym", "foreign-fragment", "warning",
    "“{text}” is the {lang} spelling; English copy writes {english}",
    suggestion="Write {english}", languages={"es": 1.5}, source=__name__,
    bad=["Two convoys left ⟦Cisjordania⟧ for Amman on Friday.",
         "The suspect had travelled to ⟦Weißrussland⟧ twice last year.",
         "Officials in ⟦Pékin⟧ rejected the report."],
    good=["Credit Suisse and Banco do Brasil shares fell.",
          "Argentine and Chilean officials met in Brussels and Beijing."])
NOUN = rule(
    "foreign.german-noun", "foreign-fragment", "info",
    "“{text}” looks German, not English: check that it is not an untranslated word",
    suggestion="Translate the word, or gloss it if it is meant", languages={"de": 0.7},
    source=__name__,
    bad=["Police said the man was a known ⟦Gefährder⟧ under observation.",
         "The rally drew crowds from ⟦Niedersachsen⟧ and Hamburg."],
    good=["The Bundestag and the Bundesliga both paused for the holiday.",
          "Analysts at Deutsche Bank cited the Energiewende and the Mittelstand."])


@cache
def _exonyms() -> dict[str, list[tuple[re.Pattern[str], str, str]]]:
    table: dict[str, list[tuple[re.Pattern[str], str, str]]] = {}
    for r in read_tsv(DATA_DIR / "foreign_exonyms.tsv"):
        for spelling in r["spellings"].split():
            words = spelling.split("_")
            regex = re.compile(r"\s".join(map(re.escape, words)) + r"(?![\w'’-])")
            table.setdefault(words[0], []).append((regex, r["lang"], r["english"]))
    return table


@lru_cache(maxsize=65536)
def _german_word(token: str) -> bool:
    """The token (its part before a hyphen) is a German word English does not use."""
    low = token.split("-")[0].lower().replace("ß", "ss")
    if len(low) < 6 or not is_foreign(low) or low in loanwords():
        return False  # is_foreign is a dict lookup; foreign_word below parses a profile
    if not (fw := foreign_word(low)):
        return False
    return (fw.lang == "de" and len(fw.langs) <= 1 and fw.zipf_en < 2.0
            and fw.zipf - fw.zipf_en >= 2.5)


class Exonyms:
    rules = (EXONYM, NOUN)

    def run(self, doc: Document) -> Iterable[Finding]:
        table, text, toks = _exonyms(), doc.text, doc.tokens
        # Word-level tests once per distinct word; only the few candidates are looked at.
        wanted = {w for w in doc.vocabulary
                  if w[:1].isupper() and (w in table or _german_word(w))}
        if not wanted:
            return
        taken = {k for a, b, _ in institution_runs(doc) for k in range(a, b + 1)}
        for i in doc.positions(wanted):
            if i in taken:
                continue
            tok = toks[i]
            for regex, lang, english in table.get(tok.text, ()):
                if m := regex.match(text, tok.start):
                    yield from self._exonym(doc, i, m, lang, english)
                    break
            else:
                yield from self._noun(doc, i)

    @staticmethod
    def _exonym(doc: Document, i: int, m: re.Match[str], lang: str, english: str):
        last = next(k for k in range(i, len(doc.tokens)) if doc.tokens[k].end >= m.end())
        if name_neighbour(doc, i, -1, JOINERS) or name_neighbour(doc, last, 1, JOINERS):
            return
        start, end = m.span()
        weak = deliberate(doc, start, end) or doc.in_quote(start, end)
        langs = lang.split()
        values = {"text": m.group(), "english": english,
                  "lang": " or ".join(language_names()[c] for c in langs)}
        yield EXONYM.finding(doc, start, end, message=EXONYM.message.format(**values),
                             suggestion=EXONYM.suggestion.format(**values),
                             languages={c: round((0.5 if weak else 1.5) / len(langs), 2)
                                        for c in langs},
                             severity=Severity.INFO if weak else None)

    @staticmethod
    def _noun(doc: Document, i: int):
        tok = doc.tokens[i]
        word = tok.text.split("-")[0]
        if not _german_word(tok.text):
            return
        if name_neighbour(doc, i, -1, JOINERS) or name_neighbour(doc, i, 1, JOINERS):
            return
        wrapped = doc.text[tok.start - 1 : tok.start] + doc.text[tok.end : tok.end + 1]
        end = tok.start + len(word)
        if (deliberate(doc, tok.start, end) or quoted_alone(doc, tok.start, tok.end)
                or (len(wrapped) == 2 and all(c in "\"“”«»„'‘’" for c in wrapped))):
            return
        yield NOUN.finding(doc, tok.start, end, message=NOUN.message.format(text=word))


CHECKS = (Exonyms(),)
