"""Source convention: "English Name (ACRONYM)" where the acronym abbreviates the source name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.convention_acronyms import _lexicon
from auditor.checks.convention_expansion_words import (
    CONNECT,
    core_name,
    covers,
    evidence,
    name_before,
    plain,
    reordered,
    units,
)
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document
from auditor.finding import Finding

_PAREN = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")  # starts with a literal: a fast scan
_REORDERED = {"es": 0.5, "fr": 0.5, "pt": 0.4, "it": 0.4}
_MARKET = re.compile(r"(?i:\bshares\b|\bstocks?\b|nasdaq|nyse|ticker|\btraded\b)")

SOURCE_NAME = rule(
    "convention.acronym-source-name", "source-convention", "info",
    "“({acronym})” does not abbreviate “{name}”: it is the acronym of the source-language"
    " name{why}", suggestion="Give the English acronym, or say what {acronym} stands for",
    languages={}, source=__name__,
    explanation="Translators put the English name in front and keep the source's acronym:"
    " Consejo Nacional Electoral (CNE) becomes National Electoral Council (CNE), Agence"
    " régionale de santé (ARS) Regional Health Agency (ARS). Romance names put the head noun"
    " first, so the letters come out of English order.",
    bad=["Figures from the ⟦Federal Ministry of Labour (BMAS)⟧ show a rise.",
         "Ballots were counted by the ⟦National Electoral Council (CNE)⟧ overnight.",
         "A spokesman for the ⟦Water and Sanitation Company of Lima (SEDAPAL)⟧ apologised.",
         "Staff at the ⟦Departmental Fire and Rescue Service (SDIS)⟧ were recalled.",
         "Turnout was certified by the ⟦national electoral council (CNE)⟧ at midnight.",
         "Teachers at the ⟦institute of secondary education (IES)⟧ in Vigo struck."],
    good=["The Centers for Disease Control and Prevention (CDC) and the Bank of Japan (BoJ)"
          " agreed; the Association of Southeast Asian Nations (ASEAN) met.",
          "Germany's Social Democrats (SPD) and the International Cycling Union (UCI) objected.",
          "Shares of Super Micro Computer (SMCI) fell; Brazil's Workers' Party (PT) gained.",
          "The US Agency for International Development (USAID) and Hayat Tahrir al-Sham (HTS);"
          " the Intergovernmental Authority on Development (IGAD) met.",
          "The Organisation for Economic Co-operation and Development (OECD) and Reporters"
          " Without Borders (RSF) reported; the World Anti-Doping Agency (WADA) too.",
          "Stocks of liquefied natural gas (LNG) and personal protective equipment (PPE) fell;"
          " Germany's domestic intelligence agency (BfV) and the ruling party (AKP) spoke."])


@cache
def _english() -> frozenset[str]:
    rows = read_tsv(DATA_DIR / "convention_expansions_english.tsv")
    return frozenset(r["term"] for r in rows if r["kind"] != "name word") | frozenset(_lexicon()[0])


@cache
def _skip_words() -> frozenset[str]:
    """Words of names that keep their own acronym in English (parties, sports bodies, firms)."""
    return frozenset(r["term"] for r in read_tsv(DATA_DIR / "convention_expansions_english.tsv")
                     if r["kind"] == "name word")


class SourceNameAcronyms:
    rules = (SOURCE_NAME,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text, english = doc.text, _english()
        for m in _PAREN.finditer(text):
            acr = m.group(1)
            upper = sum(c.isupper() for c in acr)
            core = acr[:-1] if acr.endswith("s") and upper > 1 else acr
            if (upper < 2 or len(core) - upper > 1 or acr in english or core in english
                    or text[m.start() - 1 : m.start()] != " " or doc.in_quote(m.start())):
                continue
            words = name_before(text, m.start() - 1)
            name = core_name(words)
            content = [w for _, w in name if w.lower() not in CONNECT]
            if len(content) < 2 and (low := reordered(text, m.start() - 1, core)) is not None:
                yield SOURCE_NAME.finding(
                    doc, low, m.end(), languages=_REORDERED,
                    message=SOURCE_NAME.message.format(
                        acronym=acr, name=text[low : m.start() - 1],
                        why=": its letters are the English ones in the source's word order"),
                    suggestion=SOURCE_NAME.suggestion.format(acronym=acr))
                continue
            if (len(content) < 2 or (content[-1].isupper() and len(content[-1]) > 2)
                    or not _skip_words().isdisjoint(map(plain, content))):
                continue
            sent = doc.sentence_at(m.start())
            if sent and _MARKET.search(text, sent.start, sent.end):
                continue
            if covers(core.lower(), units(words)):
                continue
            langs, why = evidence(core.lower(), [p for _, w in name if (p := plain(w))])
            start = name[0][0]
            yield SOURCE_NAME.finding(
                doc, start, m.end(), languages=langs,
                message=SOURCE_NAME.message.format(acronym=acr, name=text[start : m.start() - 1],
                                                   why=why),
                suggestion=SOURCE_NAME.suggestion.format(acronym=acr))


CHECKS = (SourceNameAcronyms(),)
