"""Full names written two ways (for checks.consistency_spelling).

Word by word, "Abdel Fattah al-Burhan" and "Abdul-Fattah Al-Burhan" do not line up
(two words against one), and "Joaquim Sousa Mendes" / "Joaquín Sousa Mendes" differ
only in a given name too short to compare alone. So runs of capitalised words that
start with a given name are compared whole: once with the Arabic "Abd al-" family
(Abdel, Abdul, Abd el-, Abdal) folded, hyphens, case and the article aside; and once
by their surname, for a given name spelled two close ways (Portuguese Joaquim,
Spanish Joaquín) in front of the same surname.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from auditor.checks.agreement_cues import lexicon
from auditor.checks.consistency_common import (
    ARTICLE,
    POSSESSIVE,
    Occurrence,
    distance,
    plain,
    skeleton,
)
from auditor.checks.consistency_phrases import token_keys
from auditor.document import Document
from auditor.wordfreqs import zipf_en

_ABD = re.compile(r"\babd(?:[aeiou]l?)?\b ?|\babd[aeiou]l(?=[bcdfghjklmnpqrstvwxyz])")
_GIVEN = re.compile(r"Abd(?:[aeiou]l?)?(?:[-‐ ]|$)|Abd[aeiou]l")


def _runs(doc: Document) -> list[tuple[int, int]]:
    """(first, last) token indexes of runs of two or more capitalised words one space apart."""
    toks, text, caps = doc.tokens, doc.text, token_keys(doc).capitalised
    out: list[tuple[int, int]] = []
    for i, j in pairwise(caps):
        if j != i + 1 or text[toks[i].end : toks[j].start] != " ":
            continue
        if out and out[-1][1] == i:  # the run goes on
            out[-1] = (out[-1][0], j)
        else:
            out.append((i, j))
    return out


def name_runs(doc: Document) -> tuple[list[list[Occurrence]], list[list[Occurrence]]]:
    """Occurrences of full names grouped (by folded spelling, by surname and given name)."""
    lex, toks = lexicon(), doc.tokens
    whole: dict[str, list[Occurrence]] = defaultdict(list)
    by_surname: dict[str, list[Occurrence]] = defaultdict(list)
    for a, b in _runs(doc):
        while a < b and (toks[a].lower in lex.folded.entries or (
                toks[a].text not in lex.names and zipf_en(toks[a].lower) >= 4)):
            a += 1  # "Lieutenant General", "Egyptian President"
        first = toks[a].text
        if b - a < 1 or b - a > 4 or not (first in lex.names or _GIVEN.match(first)):
            continue
        parts = [ARTICLE.sub("", POSSESSIVE.sub("", t.text)).lower().replace("’", "'")
                 for t in toks[a : b + 1]]
        form = " ".join(p.replace("-", " ").replace("‐", " ") for p in parts)
        occ = Occurrence(toks[a].start, toks[b].end, form,
                         POSSESSIVE.sub("", doc.text[toks[a].start : toks[b].end]))
        whole[skeleton(_ABD.sub("abd", plain(form)).replace(" ", ""))].append(occ)
        given, _, surname = form.partition(" ")
        if len(surname) >= 5:
            by_surname[f"{surname}|{plain(given)[:3]}"].append(occ)
    close = [g for g in by_surname.values() if _one_person(g)]
    return [g for g in whole.values() if len(g) > 1], close


def _one_person(group: list[Occurrence]) -> bool:
    """Given names close in spelling, not a male/female pair (Mario / Maria, Daniel / Daniela)."""
    givens = {o.form.partition(" ")[0] for o in group}
    if len(givens) != 2:
        return False
    x, y = sorted(givens, key=len)
    px, py = plain(x), plain(y)
    if py in (px + "a", px[:-1] + "a", px[:-1] + "o") or len(px) < 4:
        return False
    genders = {lexicon().names.get(w.capitalize(), "") for w in (x, y)} - {"", "u"}
    return len(genders) < 2 and 0 < distance(px, py) <= 2
