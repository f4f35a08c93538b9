"""Where a pronoun stands and what the story mentioned before it (for checks.agreement)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter

from auditor.checks.agreement_cues import PRONOUNS, Mention
from auditor.checks.agreement_mentions import mentions
from auditor.document import Document, Token

_NAME_BEFORE = re.compile(r"((?:[A-Z][\w’'-]* ){1,3})\Z")  # "Russian " before "Kremlin"
_SHIFT = re.compile(r"(?:On the other hand|Meanwhile|For (?:its|their) part|In turn|In contrast"
                    r"|On the other side|For its side|As for\b[^,]{1,40}),", re.IGNORECASE)
_TELLING = frozenset({"he", "she", "his", "himself", "herself"})
_OPENER = re.compile(r"(?:In|On|At|For|Later|Earlier|Meanwhile|However|But|And|Also|Then|After|"
                     r"During|Through|With|Last|Speaking|Separately|Moreover)\b[^,.;:“\"]{0,30},?")


def person(window: list[Mention], gender: str, skip: frozenset[int] | set[int] = frozenset(),
           plural_after: int = -1) -> Mention | None:
    """The first person in ``window`` whom a pronoun of ``gender`` could refer to: not a
    pronoun at an offset in ``skip``, and not a plural role ("officials") unless it comes
    after ``plural_after`` (the speakers of a sentence about a woman nobody named)."""
    return next((m for m in window if m.kind == "person" and m.gender in ("", gender)
                 and m.start not in skip and (m.start > plural_after or not m.plural)), None)


def _learn(doc: Document, ments: list[Mention], quoted: frozenset[int]) -> list[Mention]:
    """A person of unknown gender takes the gender of the next person mention when that is
    "he", "his" or "she" in the same sentence ("Al-Araj said that he closed his hotel")."""
    learnt: dict[str, str] = {}
    people = [m for m in ments if m.kind == "person"]
    for m, nxt in pairwise(people):  # each person and the next one
        if m.gender or m.pronoun or not nxt.pronoun or m.plural or m.start in quoted:
            continue
        if (nxt.text.lower() in _TELLING and nxt.start not in quoted
                and doc.sentence_index(nxt.start) == doc.sentence_index(m.start)):
            key = m.text if m.name else str(m.start)
            learnt[key] = nxt.gender if learnt.get(key, nxt.gender) == nxt.gender else ""
    if not learnt:
        return ments
    return [m._replace(gender=learnt[k]) if not m.gender and (
        k := m.text if m.name else str(m.start)) in learnt else m for m in ments]


def _inside(doc: Document, offsets: list[int]) -> frozenset[int]:
    """The (sorted) ``offsets`` that fall inside a direct quotation."""
    out: set[int] = set()
    for q in doc.quotes:
        out.update(offsets[bisect.bisect_left(offsets, q.start) : bisect.bisect_right(
            offsets, q.end)])
    return frozenset(out)


@dataclass(frozen=True)
class Context:
    doc: Document
    ments: list[Mention]  # every mention, pronouns included, in text order
    starts: list[int]
    quoted: frozenset[int]  # starts of the mentions and sentences inside quotations
    para_starts: list[int]

    @classmethod
    def of(cls, doc: Document, pronouns: list[tuple[Token, str]]) -> Context:
        ments = mentions(doc) + [Mention(t.start, t.end, "person", PRONOUNS[w], t.text,
                                         pronoun=True) for t, w in pronouns]
        ments.sort(key=itemgetter(0))  # by start (stable: the lexicon's order at a tie)
        starts = [m.start for m in ments]
        quoted = _inside(doc, sorted(starts + [s.start for s in doc.sentences]))
        ments = _learn(doc, ments, quoted)
        return cls(doc, ments, starts, quoted, [p.start for p in doc.paragraphs])

    def between(self, start: int, end: int) -> list[Mention]:
        return self.ments[bisect.bisect_left(self.starts, start) : bisect.bisect_left(
            self.starts, end)]

    def back(self, i: int, n: int) -> int:
        """The sentence ``n`` before sentence ``i``, not counting sentences inside quotes."""
        quoted, sents = self.quoted, self.doc.sentences
        while i > 0 and n > 0:
            i -= 1
            n -= sents[i].start not in quoted
        while i > 0 and sents[i].start in quoted:
            i -= 1
        return i

    def window(self, i: int, end: int, n: int) -> list[Mention]:
        """Mentions from ``n`` sentences back (or the previous paragraph's start) to ``end``."""
        p = bisect.bisect_right(self.para_starts, end) - 1
        lo = min(self.back(i, n), self.doc.sentence_index(self.para_starts[p - 1]) if p else 0)
        return self.between(self.doc.sentences[lo].start, end)

    def subject(self, i: int, tok: Token) -> bool:
        """First in its sentence, after a quotation, or after a short opener ("In her speech")."""
        before = self.doc.text[self.doc.sentences[i].start : tok.start].rstrip()
        return not before or before[-1] in "”\"’»" or bool(_OPENER.fullmatch(before))

    def speaker_shift(self, i: int) -> tuple[Mention, list[Mention]] | None:
        """The group opening sentence ``i`` as a new speaker ("Meanwhile, the Kremlin said")."""
        sent = self.doc.sentences[i]
        if not _SHIFT.match(self.doc.text, sent.start):
            return None
        inside = self.between(sent.start, sent.end)
        first = next((m for m in inside if m.start not in self.quoted), None)
        return (first, inside) if first is not None and first.kind == "group" else None

    def full_name(self, m: Mention) -> str:
        text, lo = self.doc.text, m.start
        for _ in range(4):  # the name has at most three words, one space after each
            lo = text.rfind(" ", 0, lo) if lo > 0 else -1
        name = _NAME_BEFORE.search(text, lo + 1, m.start)
        return (name.group(1) if name else "") + m.text
