""""Her own"/"his own" after a group that is the subject of its clause (checks.agreement).

"Own" binds the possessive to the subject of its clause: in "The municipality will
build them with her own funds" the funds can only be the municipality's, whoever
else the story names, so "her" renders the feminine gender of Spanish municipalidad
or Portuguese prefeitura. Kept out: a person, a pronoun or a clause boundary (a
comma, "who", "that", "because" ...) between the group and the possessive ("The
ministry said that Lopez would pay with her own money"), a group that does not open
its clause ("A spokeswoman for the ministry ..."), and "her" for a country ("Britain
and her own colonies" is old but native).
"""

from __future__ import annotations

import re

from auditor.checks.agreement_context import Context
from auditor.checks.agreement_cues import Mention
from auditor.document import Token

# what may open the clause before the group: "On Monday, the regional "
_LEAD = re.compile(r"(?:[A-Z][\w’'-]*(?: [\w’'-]+){0,4}, )?(?:[\w’'-]+ ){0,4}\Z")
_BOUNDARY = re.compile(r"[,;:“”\"()]|\b(?:who|whom|whose|that|which|because|while|when|after|"
                       r"before|if|unless|until|since|whereas|although|though)\b")


def own_possessive(ctx: Context, k: int) -> Mention | None:
    """The group (or, for "his", the country) a "her own"/"his own" at token ``k`` owns."""
    toks, text = ctx.doc.tokens, ctx.doc.text
    tok: Token = toks[k]
    if tok.lower not in ("her", "his") or k + 1 >= len(toks) or toks[k + 1].lower != "own":
        return None
    sent = ctx.doc.sentence_at(tok.start)
    if sent is None:
        return None
    here = [m for m in ctx.between(sent.start, tok.start) if m.start not in ctx.quoted]
    if not here or here[0].kind == "person" or (tok.lower == "her" and here[0].kind != "group"):
        return None
    first = here[0]
    if any(m.kind == "person" for m in here) or not _LEAD.match(text[sent.start : first.start]):
        return None
    if _BOUNDARY.search(text, first.end, tok.start):
        return None
    return first
