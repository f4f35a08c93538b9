"""Mentions a gendered pronoun could point back to: people, groups, countries.

No parser: lexicons of group nouns, organisations, countries and person roles,
given names by gender, and cues for unknown names ("Abdulghany commented", ", who").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.checks.consistency_phrases import Table, token_keys
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document, Token
from auditor.wordfreqs import zipf_en

PRONOUNS = {"she": "f", "her": "f", "hers": "f", "herself": "f",
            "he": "m", "him": "m", "his": "m", "himself": "m"}
_NAME_NEXT = re.compile(
    r"[A-Z]|(?:al|el|ad|as|ash|at|az|ibn|bin|ben|abu|de|da|di|dos|van|von)[-\s]")
_WHO = re.compile(r", whose?\b")
_POSSESSIVE = re.compile(r"[’']s$")


@cache
def words(kind: str) -> frozenset[str]:
    return frozenset(r["term"] for r in read_tsv(DATA_DIR / "agreement_words.tsv")
                     if r["kind"] == kind)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # person | group | country
    gender: str  # "m", "f", or "" when either
    text: str


@dataclass(frozen=True)
class Lexicon:
    folded: Table[str]  # group nouns and person roles (any case) -> kind
    cased: Table[str]  # organisations and countries, as written -> kind
    names: dict[str, str]  # given name -> m / f / u


@cache
def lexicon() -> Lexicon:
    rows = [(r["term"], r["kind"]) for r in read_tsv(DATA_DIR / "agreement_nouns.tsv")]
    proper = ("org", "country")
    return Lexicon(Table.of([r for r in rows if r[1] not in proper], lower=True),
                   Table.of([r for r in rows if r[1] in proper], lower=False),
                   {r["term"]: r["gender"] for r in read_tsv(DATA_DIR / "agreement_names.tsv")})


def _mention(start: int, end: int, kind: str, text: str) -> Mention:
    base, _, gender = ("person-f" if kind == "vessel" else kind).partition("-")
    return Mention(start, end, "group" if base == "org" else base, gender, text)


def mentions(doc: Document) -> list[Mention]:
    """Every person, group and country mention in the document, in text order."""
    lex, text = lexicon(), doc.text
    out = [_mention(a, b, kind, text[a:b]) for table in (lex.folded, lex.cased)
           for a, b, kind in table.find(doc)]
    toks = doc.tokens
    for i in token_keys(doc).capitalised:
        prev, tok = toks[i - 1] if i else None, toks[i]
        word = _POSSESSIVE.sub("", tok.text)
        if word.isupper() or not word[0].isupper() or i + 1 == len(toks):
            continue
        nxt = toks[i + 1]
        gender, adjacent = lex.names.get(word), text[tok.end : nxt.start] == " "
        if gender and adjacent and (_NAME_NEXT.match(nxt.text) or _acts(nxt.text)):
            out.append(Mention(tok.start, nxt.end, "person", gender.strip("u"), word))
        elif _WHO.match(text, tok.end) or (adjacent and _acts(nxt.text) and _name_like(
                doc, prev, tok, word)):
            out.append(Mention(tok.start, tok.end, "person", "", word))
    out.sort(key=lambda m: m.start)
    return out


def _acts(word: str) -> bool:
    """A verb a person is the subject of: "Zelensky signed", "Abdulghany commented"."""
    return word in words("speech") or word in words("verb") or (
        word.endswith("ed") and len(word) > 4)


def _name_like(doc: Document, prev: Token | None, tok: Token, word: str) -> bool:
    """Not a known word, not inside a name ("Ministry of Health"), not "Fighting" opening."""
    lex, low = lexicon(), word.lower()
    if low in words("function") or low in lex.folded.entries or word in lex.cased.entries:
        return False
    if prev is None or any(c in ".!?\n" for c in doc.text[prev.end : tok.start]):
        return zipf_en(low) < 4  # "Several armed groups", "Fighting erupted"
    return prev.lower not in words("joiner")
