"""Phrase rules run around literal anchors found in one pass over the story.

Phrase rules (calque_phrases.tsv, calque_context.tsv) run their regex only around
an anchor, a lower-case literal every match contains. Searching each anchor with
``str.find`` costs a full scan per anchor (~200 scans a story); an Aho-Corasick
automaton over all anchors finds every occurrence in one scan, and only the rules
whose anchors occur are looked at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Generic, Protocol, TypeVar

import ahocorasick

from auditor.document import Document

WINDOW = 120  # characters searched on each side of an anchor


def automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton whose ``iter(text)`` yields (end offset, word) for
    every occurrence of every word, overlaps included, in one scan of the text."""
    found = ahocorasick.Automaton()
    for word in words:
        found.add_word(word, word)
    found.make_automaton()
    return found


class Anchored(Protocol):
    @property
    def anchors(self) -> tuple[str, ...]: ...
    @property
    def regex(self) -> re.Pattern[str]: ...
    @property
    def in_quotes(self) -> bool: ...  # fire inside direct quotations too


E = TypeVar("E", bound=Anchored)


class AnchorIndex(Generic[E]):
    """The anchors of a table's entries, searched in one scan per document."""

    def __init__(self, name: str, entries: Sequence[E]) -> None:
        self._key, self._entries = f"anchors.{name}", tuple(entries)
        self._owners: dict[str, list[int]] = {}
        for i, e in enumerate(self._entries):
            for anchor in e.anchors:
                self._owners.setdefault(anchor, []).append(i)
        self._automaton = automaton(self._owners)

    def hits(self, doc: Document) -> Mapping[str, list[int]]:
        """anchor -> start offsets in ``doc.lower_text`` (overlaps included), once per doc."""
        return doc.memo(self._key, self._scan)

    def _scan(self, doc: Document) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for end, anchor in self._automaton.iter(doc.lower_text):
            found.setdefault(anchor, []).append(end - len(anchor) + 1)
        return found

    def matches(self, doc: Document) -> Iterator[tuple[E, re.Match[str]]]:
        """(entry, match) for every entry whose regex matches around one of its anchors,
        once per match start, outside quotations unless the entry allows them."""
        text, hits = doc.text, self.hits(doc)
        for i in sorted({i for anchor in hits for i in self._owners[anchor]}):
            e, seen = self._entries[i], set()
            for anchor in e.anchors:
                for pos in hits.get(anchor, ()):
                    for m in e.regex.finditer(text, max(0, pos - WINDOW),
                                              pos + len(anchor) + WINDOW):
                        if m.start() in seen or (
                                not e.in_quotes and doc.in_quote(m.start(), m.end())):
                            continue
                        seen.add(m.start())
                        yield e, m
