"""Token keys and phrase look-up, shared by the agreement and inconsistency checks.

Every token gets a key (no possessive, ' for ’, a space for -) once per document;
a look-up table is first intersected with the story's distinct keys, so only the
tokens that can match are looked at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import compress
from types import MappingProxyType
from typing import Generic, TypeVar

from auditor.document import Document

V = TypeVar("V")
_POSSESSIVE_END = re.compile(r"[’']s(?=\x00|\Z)")
_ARTICLE_CAP = re.compile(r"(?:a[lnrsdtz]|ash|el|ul) [A-Z]")


def key(text: str) -> str:
    """A phrase as look-up tables store it: no possessive, ' for ’, a space for -."""
    return _POSSESSIVE_END.sub("", text).replace("’", "'").replace("-", " ")


@dataclass(frozen=True)
class Keys:
    cased: list[str]  # key of each token, as written
    lower: list[str]  # ... and in lower case
    distinct: frozenset[str]  # every cased key
    distinct_lower: frozenset[str]  # every lower-case key
    capitalised: list[int]  # positions of tokens that can be names ("Aleppo", "al-Bab")

    def positions(self, k: str, lower: bool = False) -> list[int]:
        """Where the key ``k`` occurs (a scan in C, fast for the few keys a check wants)."""
        ks, out, i = self.lower if lower else self.cased, [], -1
        while True:
            try:
                i = ks.index(k, i + 1)
            except ValueError:
                return out
            out.append(i)


def token_keys(doc: Document) -> Keys:
    """The keys of ``doc``'s tokens, computed once per document."""
    return doc.memo("consistency.token_keys", _build_keys)


def _build_keys(doc: Document) -> Keys:
    joined = key("\x00".join(doc.words))
    cased = joined.split("\x00") if doc.tokens else []
    lower = joined.lower().split("\x00") if doc.tokens else []
    distinct = frozenset(cased)
    names = {k for k in distinct if k[:1].isupper() or (k[:1] in "aeu" and _ARTICLE_CAP.match(k))}
    caps = list(compress(range(len(cased)), map(names.__contains__, cased)))
    return Keys(cased, lower, distinct, frozenset(lower), caps)


@dataclass(frozen=True)
class Table(Generic[V]):
    """Phrases (keyed by ``key``, lower-cased or not) with the value each stands for."""

    entries: dict[str, V]
    lower: bool
    starters: frozenset[str]  # first words of the multi-word entries
    vocab: frozenset[str]  # every single word worth looking at
    # the leading words of multi-word entries ("the white", for "the white house"): a
    # phrase not among them can grow into no entry, so the look-up stops extending it
    prefixes: frozenset[str]
    # the words that can follow each starter ("the" -> {"white", "kremlin", ...}): most
    # "the"s in a story are followed by none of them and need no look-ahead at all
    seconds: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, V]], lower: bool) -> Table[V]:
        entries = {(key(p).lower() if lower else key(p)): v for p, v in pairs}
        split = [p.split() for p in entries if " " in p]
        starters = frozenset(words[0] for words in split)
        prefixes = frozenset(" ".join(words[:n]) for words in split for n in range(1, len(words)))
        seconds: dict[str, set[str]] = {}
        for words in split:
            seconds.setdefault(words[0], set()).add(words[1])
        return cls(entries, lower, starters, frozenset(entries) | starters, prefixes,
                   MappingProxyType({k: frozenset(v) for k, v in seconds.items()}))

    def find(self, doc: Document) -> Iterator[tuple[int, int, V]]:
        """(start, end, value) of the longest entries found as whole tokens, in text order."""
        keys = token_keys(doc)
        ks, distinct = (keys.lower, keys.distinct_lower) if self.lower else (
            keys.cased, keys.distinct)
        wanted = distinct & self.vocab
        if len(wanted) > 4:  # one pass (at C speed) beats many scans
            hits = list(compress(range(len(ks)), map(wanted.__contains__, ks)))
        else:
            hits = sorted(i for k in wanted for i in keys.positions(k, self.lower))
        toks, text, covered = doc.tokens, doc.text, -1
        for i in hits:
            if i <= covered:
                continue
            best, k = None, ks[i]
            if k in self.starters and i + 1 < len(ks) and ks[i + 1] in self.seconds[k]:
                for j in range(i + 1, min(i + 4, len(toks))):
                    if text[toks[j - 1].end : toks[j].start] != " ":
                        break
                    k += " " + ks[j]
                    if k in self.entries:
                        best = (j, self.entries[k])
                    if k not in self.prefixes:
                        break
            if best is None and ks[i] in self.entries:
                best = (i, self.entries[ks[i]])
            if best is not None:
                yield toks[i].start, toks[best[0]].end, best[1]
                covered = best[0]
