"""The speaker of a quotation given the other gender ("Dr. Ayşe Yıldırım ... ," he said).

Turkish, Persian, Hungarian, Finnish, Indonesian and Chinese have one pronoun for
"he" and "she" (o, u, ő, hän, dia, tā in speech), so a translator guesses, and a
machine defaults to "he". The check fires on a speech tag after a quotation ("...,”
he said") when the only people named in the two sentences before are of the other
gender by their given name, and no one the pronoun could mean (a man for "he", a
person of unknown gender, a role such as "the director", a group of people) is
mentioned in the four sentences before or since the previous paragraph began.
"""

from __future__ import annotations

import bisect
import re

from auditor.checks.agreement_context import Context, person
from auditor.checks.agreement_cues import Mention, words

_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "one", "of", "them"})
_WORD = re.compile(r"[\w’'-]+")
_NAME_WORD = re.compile(r"(?<![\w’'-])[A-ZÀ-ÖØ-ÞĀ-ſ][\w-]+")  # no possessive: "Costa"
_NAME = re.compile(r"[\w’'-]+(?: [A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*)*")  # "Nilüfer Kaya"


def _tag(ctx: Context, k: int) -> bool:
    """Pronoun ``k`` is the subject of a speech tag after a quotation ("," he said")."""
    toks, text = ctx.doc.tokens, ctx.doc.text
    tok = toks[k]
    if tok.lower not in ("he", "she") or k + 1 >= len(toks):
        return False
    before = text[max(0, tok.start - 3) : tok.start].rstrip(" ,")
    return before[-1:] in ("”", "\"") and toks[k + 1].lower in words("speech")


def _other_voice(ctx: Context, lo: int, end: int, allowed: set[str], gender: str) -> bool:
    """Someone not in ``allowed`` speaks between ``lo`` and ``end``: "said the principal",
    "one of them said" (a speaker the lexicon does not know as a person)."""
    doc, speech = ctx.doc, words("speech")
    toks = doc.tokens
    for j in range(bisect.bisect_left(toks, (lo,)), bisect.bisect_left(toks, (end,))):
        if toks[j].lower not in speech or j == 0 or j + 1 >= len(toks) or doc.in_quote(
                toks[j].start):
            continue
        before, n = toks[j - 1], j + 1
        gap = doc.text[before.end : toks[j].start]
        if "," in gap and not any(c in gap for c in "”\"’"):  # "Öztürk, the owner of ..., says"
            sent = doc.sentence_at(toks[j].start)
            first = next(iter(ctx.between(sent.start, toks[j].start)), None) if sent else None
            if first is not None and first.kind == "person" and first.gender not in ("", gender):
                continue
        if not any(c in gap for c in "”\"’"):
            who = before.lower  # "one of them said", "Yıldırım, the director, said"
        else:  # "...,” said the principal"
            while n + 1 < len(toks) and toks[n].lower in _DETERMINERS:
                n += 1
            who = toks[n].lower
        if who not in allowed:
            return True
    return False


def other_speaker(ctx: Context, k: int, gender: str, skip: set[int]) -> Mention | None:
    """The woman (for "he") or man (for "she") a speech tag pronoun ``k`` must stand for."""
    if not _tag(ctx, k):
        return None
    tok = ctx.doc.tokens[k]
    i = ctx.doc.sentence_index(tok.start)
    wide = ctx.window(i, tok.start, 4)
    if not wide or person(wide, gender, skip) is not None:
        return None
    named = [m for m in ctx.window(i, tok.start, 2) if m.kind == "person" and m.name
             and m.gender not in ("", gender) and not m.pronoun]
    if not named:
        return None
    text = ctx.doc.text
    lo = ctx.doc.sentences[ctx.back(i, 1)].start  # she is in the sentence before, or this one
    names = {w.removesuffix("’s").removesuffix("'s") for m in named
             for w in _NAME.match(text, m.start).group().split()}  # type: ignore[union-attr]
    if not any(m.kind == "person" and m.gender not in ("", gender)
               for m in ctx.between(lo, tok.start)) and not any(
            w in names for w in _NAME_WORD.findall(text, lo, tok.start)):  # "According to Kaya"
        return None
    allowed = {w.lower() for m in wide if m.kind == "person" and m.gender not in ("", gender)
               for w in _WORD.findall(text, m.start, m.end + 40)[:3]}
    return None if _other_voice(ctx, wide[0].start, tok.start, allowed, gender) else named[-1]
