"""Mentions a gendered pronoun could point back to: people, groups, countries.

No parser: lexicons of group nouns, organisations, countries and person roles,
given names by gender, and cues for unknown names ("Abdulghany commented", ", who").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from auditor.checks.consistency_phrases import Table, token_keys
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document, Token
from auditor.wordfreqs import zipf_en

PRONOUNS = {"she": "f", "her": "f", "hers": "f", "herself": "f",
            "he": "m", "him": "m", "his": "m", "himself": "m"}
_NAME_NEXT = re.compile(
    r"[A-Z]|(?:al|el|ad|as|ash|at|az|ibn|bin|ben|abu|de|da|di|dos|van|von)[-\s]")
_WHO = re.compile(r", who(?:se)?\b")
_POSSESSIVE = re.compile(r"[’']s$")
_ARTICLE = re.compile(r"^(?:a[lnrsdtz]|el)[-\s]")
_TITLE_GAP = re.compile(r" (?:[A-Z][\w.’'-]* ){0,3}")  # "Minister[ ]Hisham", "Lt[ Gen ]Ali"


@cache
def words(kind: str) -> frozenset[str]:
    return frozenset(r["term"] for r in read_tsv(DATA_DIR / "agreement_words.tsv")
                     if r["kind"] == kind)


class Mention(NamedTuple):  # a NamedTuple: a story has dozens, built on every audit
    start: int
    end: int
    kind: str  # person | group | country
    gender: str  # "m", "f", or "" when either
    text: str
    name: bool = False  # a proper name ("Abdel-Rahman"), not a role noun ("the envoy")
    pronoun: bool = False

    @property
    def plural(self) -> bool:
        """A plural role ("officials", "residents"): never what "she" or "he" stands for."""
        low = self.text.lower()
        return not self.name and low.endswith("s") and (
            low[:-1] in lexicon().folded.entries or low[:-3] + "y" in lexicon().folded.entries)


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


@cache
def _kind(kind: str) -> tuple[str, str]:
    base, _, gender = ("person-f" if kind == "vessel" else kind).partition("-")
    return "group" if base == "org" else base, gender


def _mention(start: int, end: int, kind: str, text: str) -> Mention:
    return Mention(start, end, *_kind(kind), text)


def mentions(doc: Document) -> list[Mention]:
    """Every person, group and country mention in the document, in text order."""
    return doc.memo("agreement.mentions", _mentions)


def _mentions(doc: Document) -> list[Mention]:
    lex, text = lexicon(), doc.text
    out = [_mention(a, b, kind, text[a:b]) for table in (lex.folded, lex.cased)
           for a, b, kind in table.find(doc)]
    toks, skip, surnames, names, last = doc.tokens, -1, {}, lex.names, len(doc.tokens) - 1
    for i in token_keys(doc).capitalised:
        if i <= skip or i == last:
            continue
        tok, nxt = toks[i], toks[i + 1]
        word = tok.text[:-2] if tok.text.endswith(("’s", "'s")) else tok.text
        if not word or word.isupper() or not word[0].isupper():
            continue
        gender, adjacent = names.get(word), nxt.start == tok.end + 1 and text[tok.end] == " "
        if gender and adjacent and (_NAME_NEXT.match(nxt.text) or _acts(nxt.text)):
            out.append(Mention(tok.start, nxt.end, "person", gender.strip("u"), word, True))
            skip = i  # the rest of the name ("Hisham Abdel-Rahman") is this person too
            while skip + 1 < len(toks) and text[toks[skip].end : toks[skip + 1].start] == " " \
                    and _NAME_NEXT.match(toks[skip + 1].text):
                skip += 1
            if skip > i and gender != "u":
                key = _surname(toks[skip].text)
                surnames[key] = gender if surnames.get(key, gender) == gender else ""
        elif (adjacent and _acts(nxt.text) and _name_like(doc, toks[i - 1] if i else None,
                                                          tok, word)) or (
                text.startswith(", who", tok.end) and _WHO.match(text, tok.end)
                and word not in lex.cased.entries and word.lower() not in lex.folded.entries):
            out.append(Mention(tok.start, tok.end, "person", "", word, True))
    out.sort(key=lambda m: m.start)
    if surnames:  # "Abdel-Rahman stressed" after "Hisham Abdel-Rahman said": a man
        out = [m._replace(gender=surnames[_surname(m.text)]) if m.name and not m.gender
               and _surname(m.text) in surnames else m for m in out]
    return _titled(text, out)


def _surname(word: str) -> str:
    return _ARTICLE.sub("", _POSSESSIVE.sub("", word).lower())


def _titled(text: str, out: list[Mention]) -> list[Mention]:
    """A role right before a name takes the name's gender ("Foreign Minister Hisham ...")."""
    for k in range(len(out) - 2, -1, -1):
        m, n = out[k], out[k + 1]
        if m.kind == "person" and not m.name and not m.gender and n.name and n.gender \
                and _TITLE_GAP.fullmatch(text, m.end, n.start):
            out[k] = m._replace(gender=n.gender)
    return out


@cache
def _verbs() -> frozenset[str]:
    return words("speech") | words("verb")


def _acts(word: str) -> bool:
    """A verb a person is the subject of: "Zelensky signed", "Abdulghany commented"."""
    return word in _verbs() or (word.endswith("ed") and len(word) > 4 and word[0].islower())


def _name_like(doc: Document, prev: Token | None, tok: Token, word: str) -> bool:
    """Not a known word, not inside a name ("Ministry of Health"), not "Fighting" opening."""
    lex, low = lexicon(), word.lower()
    if low in words("function") or low in lex.folded.entries or word in lex.cased.entries:
        return False
    if prev is None or any(c in ".!?\n" for c in doc.text[prev.end : tok.start]):
        return zipf_en(low) < 4  # "Several armed groups", "Fighting erupted"
    if prev.lower in words("place"):
        return False
    if prev.lower not in words("joiner"):
        return True
    if prev.lower != "and":
        return False
    k = bisect.bisect_left(doc.tokens, prev) - 1  # "Bosnia and Herzegovina": a capital before
    return k < 0 or doc.text[doc.tokens[k].end : prev.start] != " " or not (
        doc.tokens[k].text[:1].isupper())
