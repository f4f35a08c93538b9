"""Whose statement? "said in her statement" after a group or a man (for checks.agreement).

"X said in his statement" / "said X, the director, in his press release": the
possessive can only be the sayer's, so it must agree with the sayer. A group gets
"its"; a woman "her". Arabic makes "company" feminine and "ministry" feminine, and
French son/sa, Spanish su and Italian suo/sua agree with the thing owned (or say
nothing of the owner), so "his press release" for a woman is a literal rendering.
"""

from __future__ import annotations

import re

from auditor.checks.agreement_context import Context
from auditor.checks.agreement_cues import Mention, words
from auditor.checks.base import rule
from auditor.document import Token

_OWNED = re.compile(
    r"(?:(?:official|latest|written|weekly|daily|annual|joint|final|own|brief|short) )?"
    r"(?:statement|press release|release|communiqu[eé]|report|note|letter|tweet|post|message|"
    r"bulletin|ruling|announcement|account|website|newsletter|decision|notice|circular)s?\b")
OWNER = rule(
    "agreement.possessive-of-other-gender",
    "agreement-artifact",
    "warning",
    "“{pronoun}” belongs to {antecedent}, who said it and is not a {person}: French son/sa, "
    "Spanish su and Italian suo/sua agree with the thing owned or do not show the owner's "
    "gender, and a literal translation guessed",
    suggestion="Use the owner's pronoun instead of “{pronoun}”",
    languages={"fr": 0.8, "es": 0.6, "it": 0.6, "pt": 0.5},
    source="auditor.checks.agreement",
    bad=[
        "Health officials met on Monday. “We will reopen soon,” said Marie Dubois, head of "
        "the clinic, in ⟦his⟧ statement.",
        "Rail workers walked out at dawn. Union leader Ana Pereira announced in ⟦his⟧ "
        "weekly newsletter that the strike would go on.",
    ],
    good=[
        "The coach was sacked on Friday. His assistant, Laura Vidal, said in his statement "
        "that Pablo Ruiz had been treated unfairly.",
        "Marie Dubois, head of the clinic, said in her statement that beds were short.",
        "Ana Pereira, whose husband Rui led the union, said in his letter that he had "
        "resigned.",
    ],
)
_PREP = frozenset({"in", "on", "through", "via"})
_ADVERB = frozenset({"also", "later", "again", "then", "further", "earlier", "separately"})
_NAME_REST = re.compile(  # the rest of a name ("Company[ for Silos and Storage ]said")
    r"(?: (?:[A-Z][\w’'-]*|for|and|of|the|de|du|des|del|di|da|do|dos))*(?:, [^,.;:“”\"]{1,80},)? ")


def sayer(ctx: Context, k: int) -> Mention | None:
    """Whose "his"/"her" statement pronoun ``k`` (a possessive) is, if the clause says."""
    doc, toks = ctx.doc, ctx.doc.tokens
    tok = toks[k]
    if tok.lower not in ("his", "her") or k < 3 or toks[k - 1].lower not in _PREP \
            or not _OWNED.match(doc.text, tok.end + 1):
        return None
    sent = doc.sentence_at(tok.start)
    if sent is None:
        return None
    here = [m for m in ctx.between(sent.start, tok.start) if not m.pronoun]
    speech = words("speech")
    j = k - 2 - (toks[k - 2].lower in _ADVERB)
    if toks[j].lower in speech:  # "The company said in her statement"
        verb = toks[j]
        return next((m for m in reversed(here) if m.end <= verb.start and _tail(
            ctx, m, verb.start)), None)
    for v in range(k - 2, max(k - 24, 0), -1):  # "explained Catherine Le Goff, ..., in his"
        if toks[v].start < sent.start:
            break
        if toks[v].lower in speech:
            subject = next((m for m in here if m.start == toks[v].end + 1), None)
            return subject if subject is not None and _tail(ctx, subject, toks[k - 1].start) \
                else None
    return None


def _tail(ctx: Context, m: Mention, end: int) -> bool:
    """Only the rest of the name and an aside in commas lie between ``m`` and ``end``."""
    return m.end == end - 1 or bool(_NAME_REST.fullmatch(ctx.doc.text, m.end, end))


def owner_clash(ctx: Context, tok: Token, owner: Mention) -> bool:
    """A person of the other gender owns the statement, and nobody of the pronoun's gender
    is in reach: "Catherine Le Goff ... in his press release"."""
    gender = "f" if tok.lower == "her" else "m"
    if owner.kind != "person" or owner.gender in ("", gender):
        return False
    i = ctx.doc.sentence_index(tok.start)
    return not any(m.kind == "person" and m.gender in ("", gender) and not m.plural
                   and m.start != owner.start for m in ctx.window(i, tok.start, 3))
