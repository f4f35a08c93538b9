"""The agreement lexicon's entries and the pronouns of a story, in one pass over its tokens.

The same look-up as ``Table.find`` (the longest entry from each token that no earlier
entry covers), for several tables (case-folded or cased) at once, plus the positions of
a few extra words (the pronouns): one scan of the lower-case keys instead of one a table.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import Generic, NamedTuple, TypeVar

from auditor.checks.consistency_phrases import Table, token_keys
from auditor.document import Document

V = TypeVar("V")


class Found(NamedTuple, Generic[V]):
    hits: list[list[tuple[int, int, V]]]  # (start, end, value) for each table, in text order
    extra: list[int]  # token positions of the extra words


def find_all(doc: Document, tables: Sequence[Table[V]], extra: Set[str]) -> Found[V]:
    keys = token_keys(doc)
    wants = [(keys.distinct_lower if t.lower else keys.distinct) & t.vocab for t in tables]
    more = keys.distinct_lower & extra
    either = set(more).union(*(w if t.lower else {k.lower() for k in w}
                               for t, w in zip(tables, wants, strict=True)))
    lower = keys.lower
    hits = [i for i, k in enumerate(lower) if k in either] if either else []
    return Found([_longest(doc, t, lower if t.lower else keys.cased, w, hits)
                  for t, w in zip(tables, wants, strict=True)],
                 [i for i in hits if lower[i] in more] if more else [])


def _longest(doc: Document, table: Table[V], ks: list[str], wanted: Set[str],
             hits: list[int]) -> list[tuple[int, int, V]]:
    toks, text, out, covered = doc.tokens, doc.text, [], -1
    entries, starters, prefixes, seconds = (table.entries, table.starters, table.prefixes,
                                            table.seconds)
    n = len(toks)
    for i in [i for i in hits if ks[i] in wanted]:
        k = ks[i]
        if i <= covered:
            continue
        end, value = -1, None
        if k in starters and i + 1 < n and ks[i + 1] in seconds[k]:
            for j in range(i + 1, min(i + 4, n)):
                if text[toks[j - 1].end : toks[j].start] != " ":
                    break
                k += " " + ks[j]
                if k in entries:
                    end, value = j, entries[k]
                if k not in prefixes:
                    break
        if end < 0 and ks[i] in entries:
            end, value = i, entries[ks[i]]
        if end >= 0:
            out.append((toks[i].start, toks[end].end, value))
            covered = end
    return out
