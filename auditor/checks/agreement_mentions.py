"""Every mention a gendered pronoun could point back to, in text order (checks.agreement).

People, groups (organisation nouns and names, and acronyms that stand for an
organisation) and countries come from ``mentions``; things ("the bridge", "the law")
from ``things``, kept apart: a thing is never what "he" or "she" means in English.
"""

from __future__ import annotations

import re
from functools import cache
from operator import itemgetter

from auditor.checks.agreement_cues import PRONOUNS, Mention, lexicon, people, surname, words
from auditor.checks.agreement_lookup import Found, find_all
from auditor.document import Document

_TITLE_GAP = re.compile(  # "Minister[ ]Hisham", "Dr[. ]Ayşe", "Governor[ of Sharkia, ]Ali"
    r"[.,]?(?: of(?: the)? [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2},)? (?:[A-Z][\w.’'-]* ){0,3}")
_APPOSED = re.compile(  # "Catherine[ Le Goff, ]director", "Ana[ Ruiz, the deputy ]mayor"
    r"(?: [A-Z][\w’'-]*){0,3}(?:, \d{1,3})?, (?:(?:the|a|an|[a-z]+) ){0,2}")  # ", 34, a nurse"
_AFTER_THE = re.compile(r"he ([A-Z]{2,6})(?=[’']s\b|[^\w’'-]|\Z)")  # "the LGL", "The ARS’s"
_CAPS_NEXT = re.compile(r"[^\w\n]{1,3}[A-Z][A-Z0-9]+\b")  # a headline, a dateline: "ROME, AUGUST"
_BRACKET = re.compile(r"\(([A-Z][A-Z0-9&]{1,6})\)")  # "(LGL)", spelt out before it
_MODIFIER = re.compile(  # "the youth protection", "a student association": not a person
    r" [a-z]+(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|hood|age|ure|ery)s?\b")
_new = tuple.__new__  # builds a Mention without NamedTuple's Python-level __new__


def mentions(doc: Document) -> list[Mention]:
    """Every person, group and country mention in the document, in text order."""
    return doc.memo("agreement.mentions", _mentions)


def pronouns(doc: Document) -> list[int]:
    """The token positions of the gendered pronouns, in text order ("His Highness" is none)."""
    toks, titles = doc.tokens, words("title")
    return [k for k in _found(doc).extra if k + 1 == len(toks) or toks[k + 1].lower not in titles]


def things(doc: Document) -> list[Mention]:
    """Nouns for things, in text order (kind "thing", "structure" or "vessel")."""
    text = doc.text
    return [_new(Mention, (a, b, kind, "", text[a:b], False, False))
            for a, b, kind in _found(doc).hits[2]]


def _found(doc: Document) -> Found[str]:
    lex = lexicon()
    return doc.memo("agreement.found", lambda d: find_all(
        d, (lex.folded, lex.cased, lex.things), PRONOUNS.keys()))


@cache
def _kind(kind: str) -> tuple[str, str]:
    base, _, gender = ("person-f" if kind == "vessel" else kind).partition("-")
    return "group" if base == "org" else base, gender


def _mentions(doc: Document) -> list[Mention]:
    lex, text = lexicon(), doc.text
    out = [_new(Mention, (a, b, *_kind(kind), text[a:b], False, False))
           for hits in _found(doc).hits[:2] for a, b, kind in hits
           if not (kind == "person" and _MODIFIER.match(text, b))]
    named, surnames = people(doc, lex)
    out += named
    out += _acronyms(doc)
    out.sort(key=itemgetter(0))  # by start (stable: the lexicon's order at a tie)
    if surnames:  # "Abdel-Rahman stressed" after "Hisham Abdel-Rahman said": a man
        out = [m._replace(gender=surnames[surname(m.text)]) if m.name and not m.gender
               and surname(m.text) in surnames else m for m in out]
    return _titled(text, out)


def _titled(text: str, out: list[Mention]) -> list[Mention]:
    """A role next to a name takes the name's gender: "Foreign Minister Hisham ...",
    "the Governor of Sharkia, Mamdouh ...", "Catherine Le Goff, director of ...", and so
    does a role word right before that role ("head teacher, Elif")."""
    for k in range(len(out) - 2, -1, -1):  # from the end: "head" after "teacher"
        a, b = out[k], out[k + 1]
        if b.gender and not a.gender and not a.name and a.kind == b.kind == "person" and (
                (b.name and _TITLE_GAP.fullmatch(text, a.end, b.start))
                or (not b.name and b.start == a.end + 1)):
            out[k] = a._replace(gender=b.gender)
    for k in [k for k in range(len(out) - 1) if out[k].gender and out[k].name
              and not out[k + 1].gender and not out[k + 1].name and out[k + 1].kind == "person"
              and not out[k + 1].pronoun]:
        if _APPOSED.fullmatch(text, out[k].end, out[k + 1].start):
            out[k + 1] = out[k + 1]._replace(gender=out[k].gender)
    return out


def _acronyms(doc: Document) -> list[Mention]:
    """Acronyms standing for an organisation: spelt out with one in brackets ("the Regional
    Health Agency (ARS)"), or after "the" ("the LGL said"), never "the PM" or "the TV"."""
    text, lex, plain = doc.text, lexicon(), words("not-org")
    found = {m.start(1): m.group(1) for m in _AFTER_THE.finditer(text)
             if text[m.start() - 1 : m.start()] in ("t", "T")
             and not text[m.start() - 2 : m.start() - 1].isalnum()}
    for org in {m.group(1) for m in _BRACKET.finditer(text) if _org_name(text, m.start())}:
        a, n = text.find(org), len(org)
        while a >= 0:  # every use of it, as a whole word
            if not text[a - 1 : a].isalnum() and not text[a + n : a + n + 1].isalnum():
                found[a] = org
            a = text.find(org, a + 1)
    return sorted(_new(Mention, (a, a + len(w), "group", "", w, False, False))
                  for a, w in found.items() if w not in plain and w not in lex.cased.vocab
                  and w.lower() not in lex.folded.vocab and not _CAPS_NEXT.match(text, a + len(w)))


def _org_name(text: str, end: int) -> bool:
    """The capitalised name before ``end`` has an organisation word ("State Office for ...")."""
    before = text[max(0, end - 120) : end].split()[-8:]
    org = words("org-word")
    return bool(before) and before[-1][:1].isupper() and any(
        w.lower() in org for w in before if w[:1].isupper())
