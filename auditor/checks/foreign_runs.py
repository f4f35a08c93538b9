"""Runs of consecutive lower-case foreign words in a document (no rules of its own)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from itertools import compress

from auditor.document import Document
from auditor.langid import identify_among
from auditor.wordfreqs import FOREIGN_LANGS, ForeignWord, foreign_word, is_foreign

_ELISION = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "dell", "all", "nell",
                      "sull", "dall"})
# Short function words of the source languages: they join or open a run, never make one.
_JOINERS = frozenset({"de", "la", "el", "y", "e", "da", "di", "il", "le", "du", "et", "em", "os",
                      "um", "lo", "al", "en", "ne"})
# Function words of three letters or more: a run with one is syntax, not a borrowed term.
_FUNCTION = frozenset({"del", "des", "los", "las", "una", "uno", "dos", "das", "der", "die", "und",
                       "het", "een", "van", "les", "une", "pour", "par", "sur", "con", "por",
                       "para", "nel", "della", "dei", "degli", "che", "não", "com", "ile", "bir",
                       "dan", "yang", "untuk", "aux", "avec", "dans", "sont", "est", "ont"})
_JOIN = "J"


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    content: int  # foreign words of three letters or more
    syntax: bool  # contains a function word ("ley de amnistía"), not just a borrowed term
    lang: str
    languages: Mapping[str, float]  # language -> share of the evidence (best = 1.0)
    strong: bool  # a single word that English essentially never uses
    english: float  # highest English zipf (large list) among its words
    gap: float  # smallest lead of a word's foreign zipf over its English zipf
    titled: bool  # right after a capitalised foreign word: a title ("La Nuit des hirondelles")


_CACHE: dict[str, ForeignWord | str | None] = {}


def _profiles(doc: Document, allowed: frozenset[str]) -> list[ForeignWord | str | None]:
    """The profile of each token; memoised per distinct word (the allow-list is the same
    module-wide set)."""
    if len(_CACHE) > 200_000:
        _CACHE.clear()
    for w in doc.vocabulary.difference(_CACHE):  # words not seen before (a set operation in C)
        _CACHE[w] = _profile(w, allowed)
    return list(map(_CACHE.__getitem__, doc.words))


def _profile(word: str, allowed: frozenset[str]) -> ForeignWord | str | None:
    if not word.islower():
        return None
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if "'" in word or "’" in word:
        pre, _, word = word.replace("’", "'").partition("'")
        if pre not in _ELISION:
            return None
    if len(word) <= 2:
        return _JOIN if word in _JOINERS else None
    if "-" in word or word in allowed or not is_foreign(word):
        return None
    return foreign_word(word)


# Spelling that tells Spanish from Portuguese when wordfreq finds a word in both.
_ORTHO = {"es": re.compile(r"ñ|ci[oó]n(?:es)?$|dad$|ll|ía[sn]?$"),
          "pt": re.compile(r"[ãõçê]|ções?$|dade$|nh|lh|ão$|ões$")}


def _languages(pairs: list[tuple[str, ForeignWord]], text: str) -> dict[str, float]:
    score: dict[str, float] = {}
    for word, fw in pairs:
        for lang, z in fw.langs:
            cue = 0.3 if lang in _ORTHO and _ORTHO[lang].search(word) else 0.0
            score[lang] = score.get(lang, 0.0) + 1.0 + (z - fw.zipf) + cue
    top = max(score.values())
    shares = {k: round(v / top, 2) for k, v in score.items() if v >= 0.5 * top}
    if len(text.split()) >= 3 and (guess := identify_among(text, FOREIGN_LANGS)):
        shares = {k: min(v, 0.5) for k, v in shares.items()} | {guess: 1.0}
    return dict(sorted(shares.items(), key=lambda kv: -kv[1]))


def _is_cap(doc: Document, i: int, j: int) -> bool:
    """Token j is a capitalised word right next to token i (one space apart)."""
    toks = doc.tokens
    if not 0 <= j < len(toks):
        return False
    a, b = (toks[i], toks[j]) if i < j else (toks[j], toks[i])
    return toks[j].text[0].isupper() and doc.text[a.end : b.start] == " "


def foreign_runs(doc: Document, allowed: frozenset[str]) -> list[Run]:
    toks, text = doc.tokens, doc.text
    prof = _profiles(doc, allowed)
    runs, resume = [], 0  # resume: the first token after the last run
    for i in compress(range(len(prof)), prof):  # only tokens with a profile can start a run
        if i < resume:
            continue
        if not isinstance(prof[i], ForeignWord) and not (
                prof[i] == _JOIN and i + 1 < len(toks) and isinstance(prof[i + 1], ForeignWord)):
            continue
        j = i
        while j + 1 < len(toks) and prof[j + 1] and text[toks[j].end : toks[j + 1].start] == " ":
            j += 1
        while j >= i and prof[j] == _JOIN:
            j -= 1
        if j < i:
            continue
        start, end = toks[i].start, toks[j].end
        after = text[end : end + 2]
        named = _is_cap(doc, i, i - 1) and _is_cap(doc, j, j + 1)
        web = after[:1] in ("@", "/") or (after[:1] == "." and after[1:2].isalnum())
        pairs = [(t.text.lower(), p) for t, p in zip(toks[i : j + 1], prof[i : j + 1], strict=True)
                 if isinstance(p, ForeignWord)]
        words = [p for _, p in pairs]
        if not named and not web:
            langs = _languages(pairs, text[start:end])
            fw = words[0]
            strong = len(words) == 1 and fw.zipf >= 4.5 and fw.zipf_en <= 1.0 and end - start >= 5
            syntax = any(p == _JOIN for p in prof[i : j + 1]) or any(
                t.text.lower() in _FUNCTION for t in toks[i : j + 1])
            english = max(fw.zipf_en for fw in words)
            gap = min(fw.zipf - fw.zipf_en for fw in words)
            titled = (_is_cap(doc, i, i - 1) and is_foreign(toks[i - 1].text.lower())
                      and text[: toks[i - 1].start].rstrip(" \t")[-1:] not in ("", "\n", ".", ":"))
            runs.append(Run(start, end, len(words), syntax, next(iter(langs)), langs, strong,
                            english, gap, titled))
        resume = j + 1
    return _prefer_document_language(runs)


def _prefer_document_language(runs: list[Run]) -> list[Run]:
    """A run that fits two close languages (es/pt, es/it) takes the one the rest of the
    document points to ("relacionadas" after "Seguir leyendo" is Spanish)."""
    total: dict[str, float] = {}
    for r in runs:
        for lang, share in r.languages.items():
            total[lang] = total.get(lang, 0.0) + share * r.content
    out = []
    for r in runs:
        close = [k for k, v in r.languages.items() if v >= 0.8]
        best = max(close, key=lambda k: total.get(k, 0.0))
        if best != r.lang:
            langs = {best: 1.0} | {k: v for k, v in r.languages.items() if k != best}
            r = replace(r, lang=best, languages=langs)
        out.append(r)
    return out
