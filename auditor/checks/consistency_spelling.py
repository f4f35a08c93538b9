"""Inconsistency: one name transliterated two ways in one story (Saraqib / Saraqeb).

Capitalised words of five letters or more are grouped by their spelling skeleton
(consistency_common.skeleton); a group with two surface spellings is one name
written two ways. Given names are compared together with the word after them,
since two people may spell Mohammed differently. Words common in English
(Martin / Marten) and the Arabic article alone (al-Assad / Assad) never count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from auditor.checks.agreement_cues import lexicon
from auditor.checks.base import Rule, rule
from auditor.checks.consistency_common import (
    ARTICLE,
    DOUBLE,
    MARKS,
    POSSESSIVE,
    Occurrence,
    distance,
    flag,
    plain,
    skeleton,
)
from auditor.checks.consistency_names import name_runs
from auditor.checks.consistency_phrases import token_keys
from auditor.checks.consistency_variants import known_form
from auditor.document import Document
from auditor.finding import Finding
from auditor.wordfreqs import zipf_en

_NO_VOWELS = str.maketrans("", "", "aiu")
_MSG = "“{match}” and {first} look like two transliterations of one name in the same story"
TRANSLIT = rule(
    "inconsistency.transliteration", "inconsistency", "warning", _MSG,
    suggestion="Use one spelling throughout: {main}", source=__name__,
    bad=["Shelling hit Maarat al-Numan overnight. Residents of Maarat ⟦al-Nouman⟧ fled.",
         "Troops entered Deir Hafer on Sunday and held the road west of Deir ⟦Hafir⟧.",
         "Mohammed Qassem chaired the talks. An aide said ⟦Mohammad⟧ Qassem would go to Doha.",
         "Police in Kahramanmaraş reopened the road; traffic from ⟦Kahramanmaras⟧ resumed.",
         "Envoys met Abdel Rahman al-Mahdi in Doha. Later ⟦Abdul-Rahman Al-Mahdi⟧ flew home.",
         "Minister Joaquim Ferreira Lopes spoke first. ⟦Joaquín Ferreira Lopes⟧ then left.",
         "Settlers clashed with police, and Binyamin ⟦Nitanyahu⟧ called for calm. Critics of "
         "Netanyahu said the call came late."],
    good=["Bashar al-Assad met aides. Assad said the army would hold.",
          "Martin Lewis and Tom Marten both spoke at the meeting.",
          "Mohammed bin Salman met Muhammad Yunus in Riyadh.",
          "Hussein Karim lost his house; his cousin Hassan Karim lost two tractors.",
          "Macron spoke at the Élysée. Elise Perrot reported from Paris.",
          "Hamas fighters moved towards Hama, while Iraq and Iran traded accusations.",
          "Abdel Fattah al-Sisi met aides; Abdel-Fattah El-Sisi then addressed the nation.",
          "Mario Costa Pinto and his sister Maria Costa Pinto run the vineyard.",
          "Abdel Rahman Nasser chaired the meeting with Abdel Karim Nasser, his cousin."],
)
MINOR = rule(
    "inconsistency.transliteration-minor", "inconsistency", "info", _MSG,
    suggestion="Use one spelling throughout: {main}", source=__name__,
    bad=["The Hamdaniya district was shelled. Families left ⟦Hamadaniya⟧ by bus.",
         "Fighters of Hay’at Tahrir al-Sham advanced, and ⟦Hayat⟧ Tahrir al-Sham said "
         "more would follow."],
    good=["Families left the Hamdaniya district, then returned to Hamdaniya.",
          "Bashar al-Assad spoke; Assad's aides stayed silent."],
)


@lru_cache(maxsize=16384)
def _name(token: str) -> tuple[str, str, str, str] | None:
    """(word without possessive, spelling form, skeleton, consonants of the skeleton) of a
    token that can be a transliterated name, else None."""
    word = POSSESSIVE.sub("", token)
    core = ARTICLE.sub("", word)
    if len(core) < 5 or not core[0].isupper() or core[1:].isupper() or known_form(word):
        return None
    skel = skeleton(word)
    return word, core.lower().replace("’", "'"), skel, skel.translate(_NO_VOWELS)


@lru_cache(maxsize=16384)
def _capital(token: str) -> bool:
    """Capitalised, the Arabic article aside ("al-Assad")."""
    return ARTICLE.sub("", token)[:1].isupper()


def _capitalised_pair(doc: Document, i: int) -> bool:
    """Token ``i`` is followed, one space on, by a capitalised word (al- aside)."""
    toks = doc.tokens
    return 0 <= i < len(toks) - 1 and doc.text[toks[i].end : toks[i + 1].start] == " " and (
        toks[i].text[:1].isupper() and _capital(toks[i + 1].text))


def _shared_consonants(doc: Document, caps: list[int]) -> set[str]:
    """Consonant skeletons that two spellings in the story share. Spellings grouped below
    always share one, so words with a skeleton of their own (most) are skipped."""
    forms: dict[str, set[str]] = defaultdict(set)
    for word in {doc.words[i] for i in caps}:
        if (info := _name(word)) is not None:
            forms[info[3]].add(info[1])
    return {consonants for consonants, spellings in forms.items() if len(spellings) > 1}


def _occurrences(doc: Document) -> dict[str, list[Occurrence]]:
    names, toks, caps = lexicon().names, doc.tokens, token_keys(doc).capitalised
    found: dict[str, list[Occurrence]] = defaultdict(list)
    shared = _shared_consonants(doc, caps)
    for i in caps if shared else ():
        if (info := _name(toks[i].text)) is None or info[3] not in shared:
            continue
        word, form, skel, _ = info
        occ = Occurrence(toks[i].start, toks[i].end, form, word)
        first = _capitalised_pair(doc, i)  # "Elise Perrot", not "the Élysée"
        if first and word in names:  # a given name: compared with the surname after it
            found[f"={skel.replace('a', 'i')} {skeleton(toks[i + 1].text)}"].append(occ)
        elif first and not _capitalised_pair(doc, i - 1):
            found[f"={skel} {skeleton(toks[i + 1].text)}"].append(occ)
        elif word not in names:
            found[skel].append(occ)
    by_consonants: dict[str, list[str]] = defaultdict(list)
    for k in found:
        by_consonants[k.translate(_NO_VOWELS)].append(k)
    for similar in (g for g in by_consonants.values() if len(g) > 1):
        for k in sorted(similar, key=len, reverse=True):  # Hamadaniya joins Hamdaniya
            shorter = {k[:i] + k[i + 1 :] for i in range(1, len(k)) if k[i] in "aiu"}
            target = next((t for t in similar if t in shorter and len(t) >= 7), None)
            if target and k[0] != "=" and k in found:
                found[target].extend(found.pop(k))
    return found


def _rule(main: Occurrence, other: Occurrence, name: bool) -> Rule | None:
    a, b = plain(main.form), plain(other.form)
    za, zb = zipf_en(a), zipf_en(b)
    if not name and ((za >= 3 and zb >= 3) or max(za, zb) >= 4):
        return None  # two ordinary English words or names (Martin / Marten)
    edits = distance(a, b)
    minor = (MARKS.sub("", main.form) == MARKS.sub("", other.form)
             or DOUBLE.sub(r"\1", main.form) == DOUBLE.sub(r"\1", other.form)
             or (not name and skeleton(a) != skeleton(b))
             or edits > 2 or (edits == 2 and min(len(a), len(b)) < 8))  # Elise / Élysée
    return MINOR if minor else TRANSLIT


class TransliterationVariants:
    rules = (TRANSLIT, MINOR)

    def run(self, doc: Document) -> Iterable[Finding]:
        spans: list[tuple[int, int]] = []
        for key, occ in _occurrences(doc).items():
            for f in flag(doc, occ, lambda m, o, n=key[0] == "=": _rule(m, o, n), _english):
                spans.append((f.start, f.end))
                yield f
        whole, close = name_runs(doc)
        for occ in whole + close:
            for f in flag(doc, occ, lambda m, o: _rule(m, o, True), _english):
                if not any(a < f.end and f.start < b for a, b in spans):
                    spans.append((f.start, f.end))
                    yield f


def _english(form: str) -> bool:
    """The usual English spelling of a name (Netanyahu, not Nitanyahu)."""
    return all(zipf_en(plain(w)) >= 2.5 for w in form.split())


CHECKS = (TransliterationVariants(),)
