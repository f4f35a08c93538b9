"""Shared helpers for the garble rules about numbers (no checks of its own).

Both number rules anchor on a small vocabulary among the document's tokens: the
lower-cased words are listed once per document (``doc.memo``) and matched against
a frozenset at C speed, so only the few candidates are read with a regex.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from itertools import compress
from operator import itemgetter

from auditor.document import Document

WORDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
         "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
         "ninety|hundred|thousand|dozen")
NUMERALS = frozenset(WORDS.split("|")) | {"million", "billion", "trillion"}


def _lowers(doc: Document) -> list[str]:
    return list(map(itemgetter(3), doc.tokens))


def lowers(doc: Document) -> list[str]:
    """The lower-cased tokens of ``doc``, built once per document."""
    return doc.memo("garble.lowers", _lowers)


def anchors(doc: Document, vocabulary: Collection[str]) -> Iterator[int]:
    """Indices of the tokens whose lower-case form is in ``vocabulary``."""
    words = lowers(doc)
    return compress(range(len(words)), map(vocabulary.__contains__, words))


def numeral(word: str) -> bool:
    """A lower-cased token that is a cardinal: digits, "twenty-five", "million"."""
    return word[:1].isdigit() or word.partition("-")[0] in NUMERALS
