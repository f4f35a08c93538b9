"""Source convention: acronyms in the source language's form (OSDH for SOHR, OTAN for NATO)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, parse_languages, read_tsv
from auditor.document import Document
from auditor.finding import Finding, Severity

_NAMES = {"es": "Spanish", "fr": "French", "pt": "Portuguese", "it": "Italian", "de": "German",
          "tr": "Turkish", "ru": "Russian"}
_LOWER = re.compile(r"[a-z]")

ACRONYM = rule(
    "convention.acronym", "source-convention", "warning",
    "“{term}” is the {langs} acronym for the {expansion}; English copy writes {english}",
    suggestion="Use {english} ({expansion})", languages={"es": 1.5, "fr": 1.5, "pt": 1.5},
    source=__name__,
    bad=["Figures from the monitor ⟦OSDH⟧ put the toll at 40; the ⟦OTAN⟧ summit ended.",
         "Sanctions agreed by the ⟦UE⟧ last month took effect; ⟦EE.UU.⟧ objected.",
         "The ⟦CPI⟧ prosecutor asked judges for a warrant.",
         "Several ⟦ONGs⟧ working in the camps suspended operations.",
         "Residents announced an appeal to the ⟦TAR⟧ against the new landfill.",
         "The Senate approved the ⟦DDL⟧ on citizenship; ⟦MChS⟧ rescuers reached the village.",
         "Vaccines are offered at family health centres (⟦ASM⟧); ⟦KDV⟧ on food stays at 1%."],
    good=["The Syrian Observatory for Human Rights (SOHR) put the toll at 40.",
          "The CPI rose 0.3 percent in March; the city was founded around 300 BCE.",
          "NATO and the EU condemned the strike; UNICEF said children were hurt.",
          "Users of EI benefits in Ontario will see higher payments.",
          "OTAN AND ONU LEADERS MEET IN BRUSSELS TO DISCUSS THE WAR",
          "Run the DDL script on the database; Dana White agreed to an IVA with debt relief.",
          "The BOE held rates as sterling fell; the SMI index and Swiss shares rose."],
)


@dataclass(frozen=True)
class _Entry:
    languages: dict[str, float]
    english: str
    expansion: str
    context: re.Pattern[str] | None  # must match the sentence (acronyms English also uses)
    severity: Severity | None  # None: the rule's (warning)


@cache
def _lexicon() -> tuple[dict[str, _Entry], re.Pattern[str], frozenset[str]]:
    entries = {r["term"]: _Entry(parse_languages(r["languages"]), r["english"], r["expansion"],
                                 re.compile(r["context"]) if r.get("context") else None,
                                 Severity.parse(r["severity"]) if r.get("severity") else None)
               for r in read_tsv(DATA_DIR / "acronyms.tsv")}
    # Dotted forms (EE.UU., EE. UU.) are several tokens: a regex finds them.
    dotted = sorted((t for t in entries if "." in t), key=len, reverse=True)
    regex = re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, dotted))})(?!\w)")
    return entries, regex, frozenset(t[:3] for t in dotted)


def _bare(text: str) -> str:
    return text[:-2] if text.endswith(("’s", "'s")) else text.partition("-")[0]


def _shouting(sentence: str) -> bool:
    """Headlines set in capitals: every acronym-looking word is just a capitalised word."""
    letters = sum(map(str.isalpha, sentence))
    return letters > 12 and len(_LOWER.findall(sentence)) < letters * 0.3


class Acronyms:
    rules = (ACRONYM,)

    def run(self, doc: Document) -> Iterable[Finding]:
        entries, dotted, prefixes = _lexicon()
        texts = doc.vocabulary
        words = " ".join(texts).replace("-", " ").replace("’s", " ").replace("'s", " ").split()
        hits: list[tuple[int, int, str]] = []
        if not entries.keys().isdisjoint(words):  # rare: decided at C speed first
            starts = tuple(entries.keys() & words)  # every hit's bare form is among them
            found = {w for w in texts if w.startswith(starts) and _bare(w) in entries}
            hits = [(t.start, t.start + len(_bare(t.text)), _bare(t.text))
                    for t in doc.tokens if t.text in found]
        if any(p in doc.text for p in prefixes):
            hits += [(m.start(), m.end(), m.group()) for m in dotted.finditer(doc.text)]
        for start, end, term in hits:
            entry = entries[term]
            span = doc.sentence_at(start)
            sentence = span.text(doc.text) if span else term
            if _shouting(sentence) or (entry.context and not entry.context.search(sentence)):
                continue
            yield ACRONYM.finding(
                doc, start, end, languages=entry.languages, severity=entry.severity,
                message=ACRONYM.message.format(
                    term=term, langs="/".join(_NAMES.get(k, k) for k in entry.languages),
                    expansion=entry.expansion, english=entry.english),
                suggestion=ACRONYM.suggestion.format(
                    english=entry.english, expansion=entry.expansion))


CHECKS = (Acronyms(),)
