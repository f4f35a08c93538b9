"""Sentence shapes where a gendered pronoun can only stand for a thing (for checks.agreement).

* resumptive: "the trains, which she transported 1.2 million passengers": "which" is
  the subject, so "she" has no place in English; it renders the feminine agreement of
  the Arabic verb (non-human plurals are feminine singular).
* coordinated: "Argentina and his creditors" opening a sentence: the possessive can
  only go back to the country or group it is joined to.
* relative possessive: "the Jeddah platform, which stopped her work", in a story that
  names no woman at all and no one of unknown gender close by.
* reported by a group: "The LGL said she had hired four inspectors": the pronoun is
  not the group's own spokeswoman (who would be "the spokeswoman said").
"""

from __future__ import annotations

import re

from auditor.checks.agreement_context import Context, person
from auditor.checks.agreement_cues import Mention, words
from auditor.document import Token

_WHICH = re.compile(r"(\w[\w’'-]*), which \Z")
_WHICH_POSS = re.compile(r"(\w[\w’'-]*), which (?:[a-z]+ ){1,2}\Z")
_OBJECT = re.compile(r"(?:\d|(?:more|over|about|nearly|around|some|almost|roughly|at least|up "
                     r"to|the|a|an|its|their|dozens|hundreds|thousands|millions|several|many|"
                     r"two|three|four|five|six|seven|eight|nine|ten|all|most)\b)")
_COUNT = frozenset(re.findall(r"\w+", """more than over about nearly around some almost roughly
    at least up to the a an its their of dozens hundreds thousands millions several many two
    three four five six seven eight nine ten all most hundred thousand million billion"""))
_TIME = frozenset(re.findall(r"\w+", """day days week weeks month months year years decade
    decades time times hour hours minute minutes ago later earlier before after century
    centuries season seasons morning evening night weekend summer winter spring autumn once
    twice first last next previous following same"""))


def _sentence_before(ctx: Context, tok: Token) -> str:
    sent = ctx.doc.sentence_at(tok.start)
    return ctx.doc.text[sent.start if sent else 0 : tok.start]


def resumptive(ctx: Context, k: int) -> Mention | None:
    """The antecedent when pronoun ``k`` repeats the subject "which" of its clause."""
    toks = ctx.doc.tokens
    if toks[k].lower not in ("she", "he") or k + 3 >= len(toks):
        return None
    head = _WHICH.search(_sentence_before(ctx, toks[k]))
    if head is None or toks[k + 1].lower not in words("transitive"):
        return None
    after = ctx.doc.text[toks[k + 1].end : toks[k + 1].end + 60]
    if not after.startswith(" ") or not _OBJECT.match(after, 1):
        return None
    noun = next((t for t in toks[k + 2 : k + 9]
                 if t.lower not in _COUNT and not t.lower[0].isdigit()), None)
    if noun is None or noun.lower in _TIME:
        return None  # "which she launched the following year", "... three times"
    start = toks[k].start - len(head.group(0))
    return Mention(start, start + len(head.group(1)), "group", "", head.group(1))


def coordinated(ctx: Context, tok: Token) -> Mention | None:
    """The country or group that "his" (or "her", for a group) is joined to by "and"."""
    low = tok.lower
    sent = ctx.doc.sentence_at(tok.start)
    if low not in ("his", "her") or sent is None:
        return None
    first = next((m for m in ctx.between(sent.start, tok.start)), None)
    if first is None or first.kind == "person" or (low == "her" and first.kind == "country"):
        return None  # "Britain and her allies" is old but native usage
    text = ctx.doc.text
    lead = text[sent.start : first.start]
    if lead not in ("", "The ", "the ") or text[first.end : tok.start] != " and ":
        return None
    return first


def relative_possessive(ctx: Context, tok: Token, gender: str, skip: set[int]) -> Mention | None:
    """The group a "which ... her/his" clause hangs on, when no one could own the possessive."""
    sent = ctx.doc.sentence_at(tok.start)
    if tok.lower not in ("her", "his") or sent is None:
        return None
    clause = _WHICH_POSS.search(ctx.doc.text[sent.start : tok.start])
    if clause is None:
        return None
    here = ctx.between(sent.start, tok.start)
    end = sent.start + clause.end(1)
    head = next((m for m in here if m.end == end and m.kind == "group"), None)
    if head is None or head.start in ctx.quoted:
        return None
    before = ctx.between(0, tok.start)
    if any(m.kind == "person" and m.gender == gender and not m.pronoun for m in before):
        return None  # a man / a woman somewhere in the story
    near = [m for m in ctx.window(ctx.doc.sentence_index(tok.start), tok.start, 3)
            if m.name or m.pronoun]
    if person(near, gender, skip, head.start) or person(here, gender, skip, head.start):
        return None
    return head


def spokespeople(ctx: Context, k: int) -> set[int]:
    """The spokespeople named before pronoun ``k`` when it opens what a group said ("The
    LGL said (that) she"): the group's own voice is not whom the pronoun means."""
    toks, j = ctx.doc.tokens, k - 1
    if j > 0 and toks[j].lower == "that":
        j -= 1
    if j < 1 or toks[j].lower not in words("speech") or toks[j].end + 1 != toks[j + 1].start:
        return set()
    end = toks[j - 1].end
    sent = ctx.doc.sentence_at(toks[k].start)
    if sent is None or not any(m.end == end and m.kind == "group"
                               for m in ctx.between(sent.start, toks[k].start)):
        return set()
    spokes = words("spokes")
    return {m.start for m in ctx.between(0, toks[k].start)
            if m.kind == "person" and not m.name and m.text.lower() in spokes}
