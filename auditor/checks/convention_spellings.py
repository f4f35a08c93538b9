"""Spellings for convention.transliteration: an Arabic name's source-language forms.

From the English spellings (translit_names.tsv) and each language's scheme
(translit_schemes.tsv), every spelling a scheme can produce is generated once,
mapped back to its English form and the languages that write it so.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from functools import cache

from auditor.checks.declarative import DATA_DIR, parse_languages, read_tsv

_MAX_SITES = 6  # at most 2**6 spellings per name per language


@cache
def foreign_forms() -> Mapping[str, tuple[str, dict[str, float]]]:
    """foreign spelling -> (English spelling, {language: weight})."""
    names = {r["name"] for r in read_tsv(DATA_DIR / "translit_names.tsv")}
    schemes: dict[str, list[tuple[re.Pattern[str], str, float]]] = {}
    for r in read_tsv(DATA_DIR / "translit_schemes.tsv"):
        schemes.setdefault(r["language"], []).append(
            (re.compile(r["pattern"]), r["foreign"], float(r["weight"])))
    out: dict[str, tuple[str, dict[str, float]]] = {}
    for name in sorted(names):
        for lang, subs in schemes.items():
            sites = [(m.start(), m.end(), f, w) for rx, f, w in subs for m in rx.finditer(name)]
            sites.sort()
            for mask in itertools.product((False, True), repeat=min(len(sites), _MAX_SITES)):
                chosen = [s for s, on in zip(sites, mask, strict=False) if on]
                if not chosen or any(a[1] > b[0] for a, b in itertools.pairwise(chosen)):
                    continue
                form, pos = [], 0
                for start, end, foreign, _ in chosen:
                    form += [name[pos:start], foreign]
                    pos = end
                spelled = "".join(form) + name[pos:]
                if spelled in names:
                    continue
                weight = min(w for *_, w in chosen)
                langs = out.setdefault(spelled, (name, {}))[1]
                langs[lang] = max(langs.get(lang, 0.0), weight)
    return out


@cache
def keep_words() -> frozenset[str]:
    """Lower-case words never flagged unless they follow al-: English names and words."""
    return frozenset(r["word"] for r in read_tsv(DATA_DIR / "translit_keep.tsv"))


@cache
def fixed_forms() -> Mapping[str, tuple[str, dict[str, float]]]:
    """Fixed source-language spellings (Alepo, Téhéran): term -> (English, languages)."""
    return {r["term"]: (r["english"], parse_languages(r["languages"]))
            for r in read_tsv(DATA_DIR / "translit_forms.tsv")}
