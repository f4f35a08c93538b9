"""The lexicons of the agreement check, and the people a story names.

No parser: lexicons of group nouns, organisations, countries, person roles and things,
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
_NAME_NEXT = re.compile(  # a capital (Latin-1 or Latin Extended-A: "Öztürk", "Şahin")
    r"[A-ZÀ-ÖØ-ÞĀ-ſ]|(?:al|el|ad|as|ash|at|az|ibn|bin|ben|abu|de|da|di|dos|van|von)[-\s]")
_WHO = re.compile(r", who(?:se)?\b")
# "Rita Serôdio, an urban geographer at ...": an appositive naming a person's trade
_DETERMINERS = frozenset({"a", "an", "the"})
_APPOSITIVE = re.compile(r", (?:an?|the) (?:[a-z-]+ ){0,3}[a-z]+(?:er|ist|ian|or|ant|ent|ee|"
                         r"man|woman|wife)s?\b(?! of\b)")
_POSSESSIVE = re.compile(r"[’']s$")
_ARTICLE = re.compile(r"^(?:a[lnrsdtz]|el)[-\s]")


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
    things: Table[str]  # nouns for things (any case) -> thing / structure / vessel


@cache
def lexicon() -> Lexicon:
    rows = [(r["term"], r["kind"]) for r in read_tsv(DATA_DIR / "agreement_nouns.tsv")]
    proper = ("org", "country")
    return Lexicon(Table.of([r for r in rows if r[1] not in proper], lower=True),
                   Table.of([r for r in rows if r[1] in proper], lower=False),
                   {r["term"]: r["gender"] for r in read_tsv(DATA_DIR / "agreement_names.tsv")},
                   Table.of([(r["term"], r["kind"]) for r in read_tsv(
                       DATA_DIR / "agreement_things.tsv")], lower=True))


def people(doc: Document, lex: Lexicon) -> tuple[list[Mention], dict[str, str]]:
    """Named people (a given name, or a capitalised word before a verb or ", who"), and the
    gender each surname is known to have ("Hisham Abdel-Rahman": abdel-rahman is a man)."""
    text, toks, skip, surnames, names, verbs = doc.text, doc.tokens, -1, {}, lex.names, _verbs()
    keys, last, out = token_keys(doc), len(toks) - 1, []
    cased = keys.cased
    # a given name, or a word before a verb, "who" or "whose": a superset of the words
    # the loop keeps, found without a Python statement per capitalised word
    maybe = [i for i in keys.capitalised if i < last and (cased[i] in names or (
        (nk := cased[i + 1]) in verbs or nk.endswith("ed") or nk.startswith("who")
        or nk in _DETERMINERS))]
    for i in maybe:
        if i <= skip:
            continue
        tok, nxt = toks[i], toks[i + 1]
        word = tok.text[:-2] if tok.text.endswith(("’s", "'s")) else tok.text
        gender, nt = names.get(word), nxt.text
        acts = nt in verbs or (nt[-2:] == "ed" and len(nt) > 4 and nt[0].islower())
        appositive = text.startswith(", ", tok.end) and _APPOSITIVE.match(text, tok.end)
        if not (gender or acts or appositive or text.startswith(", who", tok.end)):
            continue
        if not word or word.isupper() or not word[0].isupper():
            continue
        adjacent = nxt.start == tok.end + 1 and text[tok.end] == " "
        if gender and adjacent and (acts or _NAME_NEXT.match(nt)):
            out.append(Mention(tok.start, nxt.end, "person", gender.strip("u"), word, True))
            skip = i  # the rest of the name ("Hisham Abdel-Rahman") is this person too
            while skip + 1 < len(toks) and text[toks[skip].end : toks[skip + 1].start] == " " \
                    and _NAME_NEXT.match(toks[skip + 1].text):
                skip += 1
            if skip > i and gender != "u":
                key = surname(toks[skip].text)
                surnames[key] = gender if surnames.get(key, gender) == gender else ""
        elif (adjacent and acts and _name_like(doc, toks[i - 1] if i else None,
                                                          tok, word)) or (
                (appositive or (text.startswith(", who", tok.end) and _WHO.match(text, tok.end)))
                and word not in lex.cased.entries and word.lower() not in lex.folded.entries):
            out.append(Mention(tok.start, tok.end, "person", "", word, True))
    return out, surnames


def surname(word: str) -> str:
    return _ARTICLE.sub("", _POSSESSIVE.sub("", word).lower())


@cache
def _verbs() -> frozenset[str]:
    return words("speech") | words("verb")


def _acts(word: str) -> bool:
    """A verb a person is the subject of: "Zelensky signed", "Abdulghany commented"."""
    return word in _verbs() or (word.endswith("ed") and len(word) > 4 and word[0].islower())


def _plural_role(low: str) -> bool:
    entries = lexicon().folded.entries
    return low.endswith("s") and (low[:-1] in entries or low[:-3] + "y" in entries)


def _name_like(doc: Document, prev: Token | None, tok: Token, word: str) -> bool:
    """Not a known word, not inside a name ("Ministry of Health"), not "Fighting" opening."""
    lex, low = lexicon(), word.lower()
    if low in words("function") or low in lex.folded.entries or word in lex.cased.entries or (
            low in words("org-word") or _plural_role(low)):
        return False  # "Office said", "Inspectors said": not a name
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
