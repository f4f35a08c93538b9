"""A gendered pronoun that stands for a thing (for checks.agreement).

Russian, Italian, German, French, Spanish, Portuguese and Arabic give every noun a
gender, so a literal translation calls the bridge "he" and the law "she". Two cues:

* predicate: what follows the pronoun fits only a thing ("he will be the longest
  suspension bridge", "she enters into force", "his entry into force"), whoever else
  the story names. Ships, aircraft and cars are "she" in English, so "she" needs a
  predicate no ship takes, or a nearer thing that is not a ship.
* antecedent: the nearest thing before a subject pronoun ("The new law ... She"), when
  no person the pronoun could mean is in reach (checked by the caller).
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import NamedTuple

from auditor.checks.agreement_context import Context
from auditor.checks.agreement_cues import Mention, lexicon, words
from auditor.checks.agreement_mentions import things
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Token

_SUBJECT = frozenset({"he", "she"})
_POSSESSIVE = frozenset({"his", "her"})
_JOINED = re.compile(r"(?:, (?:and|but|so|yet)|; | and| but) \Z")


class Predicate(NamedTuple):
    pattern: re.Pattern[str]
    possessive: bool
    male_only: bool
    ships: bool  # "she" is native for a ship with this predicate


@cache
def _predicates(possessive: bool) -> tuple[re.Pattern[str], tuple[Predicate, ...]]:
    """The predicates after a subject (or a possessive) pronoun, and one pattern that any of
    them matches: most pronouns fail it, and no predicate is tried one by one."""
    nouns = "|".join(sorted((re.escape(t) for t, k in lexicon().things.entries.items()
                             if k in ("structure", "vessel")), key=len, reverse=True))
    rows = [r for r in read_tsv(DATA_DIR / "agreement_predicates.tsv")
            if (r["pronoun"] == "possessive") == possessive]
    preds = tuple(Predicate(re.compile(r["pattern"].replace("(NOUNS)", f"(?P<noun>{nouns})")),
                            possessive, r["gender"] == "m", r["ships"] == "yes") for r in rows)
    return re.compile("|".join(f"(?:{p.pattern.pattern})".replace("?P<noun>", "")
                               for p in preds)), preds


def _things(ctx: Context) -> tuple[list[Mention], list[int]]:
    found = ctx.doc.memo("agreement.things", things)
    return found, [m.start for m in found]


def nearest(ctx: Context, i: int, tok: Token, concrete: bool = False, noun: str = ""
            ) -> Mention | None:
    """The last thing named from three sentences back up to ``tok``: only a structure or a
    vessel if ``concrete``, only the same ``noun`` (or its plural) if given."""
    found, starts = _things(ctx)
    lo = ctx.doc.sentences[ctx.back(i, 3)].start
    for k in range(bisect.bisect_left(starts, tok.start) - 1, -1, -1):
        m = found[k]
        if m.start < lo:
            return None
        if (not concrete or m.kind != "thing") and (
                not noun or m.text.lower().removesuffix("s") == noun):
            return m
    return None


def _ship(ctx: Context, i: int, tok: Token) -> bool:
    """A ship (aircraft, car) is the nearest thing, or is named in reach."""
    near = nearest(ctx, i, tok)
    if near is None or near.kind == "vessel":
        return True
    lo = ctx.doc.sentences[ctx.back(i, 3)].start
    return any(m.kind == "person" and m.gender == "f" and not m.name and not m.pronoun
               and lexicon().folded.entries.get(m.text.lower()) == "vessel"
               for m in ctx.between(lo, tok.start))


def predicate(ctx: Context, k: int, i: int) -> Mention | None:
    """The thing pronoun ``k`` (in sentence ``i``) stands for, when its predicate says so:
    the nearest thing named before it, or the predicate noun ("the longest bridge")."""
    tok = ctx.doc.tokens[k]
    low, text = tok.lower, ctx.doc.text
    if low not in _SUBJECT and low not in _POSSESSIVE:
        return None
    female, (gate, preds) = low in ("she", "her"), _predicates(low in _POSSESSIVE)
    if not gate.match(text, tok.end):
        return None
    for p in preds:
        if female and p.male_only:
            continue
        m = p.pattern.match(text, tok.end)
        if m is None:
            continue
        noun = m.groupdict().get("noun")
        if female and p.ships and (_ship(ctx, i, tok) or (
                noun and lexicon().things.entries.get(noun.lower()) == "vessel")):
            continue
        near = nearest(ctx, i, tok, p.ships, noun.lower().removesuffix("s") if noun else "")
        if near is not None:
            return near
        a = m.start("noun") if noun else tok.end + 1
        return Mention(a, m.end("noun") if noun else m.end(), "thing", "", noun or "a thing")
    return None


def topic(ctx: Context, i: int, k: int) -> Mention | None:
    """The thing that opens the sentence of the nearest thing before subject pronoun ``k``
    ("The new metro line was approved ... She will link", "The old boiler in the basement
    was installed in 1987, and she has"): things do not speak, so not before "she said"."""
    toks = ctx.doc.tokens
    if k + 1 < len(toks) and toks[k + 1].lower in words("speech"):
        return None
    m = nearest(ctx, i, toks[k])
    if m is None:
        return None
    sent = ctx.doc.sentence_at(m.start)
    found, starts = _things(ctx)
    if sent is not None:  # the first thing of that sentence: "boiler", not "basement"
        m = found[bisect.bisect_left(starts, sent.start)]
    lead = ctx.doc.text[sent.start if sent else 0 : m.start]
    return m if lead.count(" ") <= 4 and not any(c in lead for c in ",;:“”\"") else None


def clause_subject(ctx: Context, k: int) -> str:
    """How pronoun ``k`` opens a clause inside its sentence: "joined" ("..., and she has"),
    "reported" ("Technicians said she had"), or "" (it does not)."""
    toks = ctx.doc.tokens
    sent = ctx.doc.sentence_at(toks[k].start)
    if sent is None:
        return ""
    if _JOINED.search(ctx.doc.text, sent.start, toks[k].start):
        return "joined"
    j = k - 1 - (k > 1 and toks[k - 1].lower == "that")
    return "reported" if j >= 0 and toks[j].lower in words("speech") else ""
