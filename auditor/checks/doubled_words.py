"""Garble: the same word twice in a row ("the the"), or two clashing pronouns ("their they")."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress
from operator import eq

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

# Pronoun and determiner pairs that a translation engine leaves behind when it
# renders one source word twice; edited English never puts them side by side.
# (Pairs such as "them their" or "you your" are left out: "gave them their due".)
_CLASHING = frozenset({
    ("their", "they"), ("they", "their"), ("its", "it"), ("his", "he"), ("her", "she"),
    ("the", "a"), ("a", "the"), ("the", "an"), ("an", "the"), ("a", "an"), ("an", "a"),
    ("our", "we"), ("we", "our"), ("their", "its"), ("its", "their"),
})
# Sentence-initial doublings ("The the") differ only in case.
_INITIAL = ("the", "a", "an", "of", "to", "in", "on", "and", "it", "is", "for", "with", "that",
            "at", "by", "from", "as", "this", "they", "he", "she", "we", "their", "its", "his")
_PAIRS = _CLASHING | {(w.capitalize(), w) for w in _INITIAL} | {
    (a.capitalize(), b) for a, b in _CLASHING}
# Doublings English allows: "had had", "that that", "what it is is", reduplicated
# interjections and names of dances or dishes written with a space.
_ALLOWED_WORDS = """that had is do very bye no so far knock ha yeah now there tut well blah
    chop hush night win go never yum pom tom mahi beri can boo cha dum pooh ack bla tsk la yo"""
_ALLOWED = frozenset(_ALLOWED_WORDS.split())

DOUBLED = rule(
    "garble.doubled-word",
    "garble",
    "warning",
    "“{text}”: a word repeated, or two clashing pronouns side by side",
    suggestion="Delete one of the two words",
    source=__name__,
    bad=[
        "The rebels said ⟦their they⟧ had been pushed out in 2016.",
        "He met ⟦the the⟧ delegation on Monday.",
        "The ministry said ⟦its it⟧ would respond.",
        "Officials blamed ⟦a the⟧ faulty valve for the blast.",
        "The Daily Post said ⟦in in⟧ a statement that it would appeal.",
    ],
    good=[
        "He said that that was the end of it.",
        "They had had enough of the fighting.",
        "Their own officials said they would stay.",
        "Sirhan Sirhan was denied parole for the 16th time.",
        "The score was 2 2 at half-time, the board showed.",
        "What the problem is is a lack of money.",
    ],
)


class DoubledWords:
    rules = (DOUBLED,)

    def run(self, doc: Document) -> Iterable[Finding]:
        # Split on single spaces and compare neighbours at C speed; only the rare
        # hits are examined in Python (a token loop costs ~3x more per article).
        words = doc.text.split(" ")
        nxt = words[1:]
        idx = range(len(nxt))
        hits = sorted({*compress(idx, map(eq, words, nxt)),
                       *compress(idx, map(_PAIRS.__contains__, zip(words, nxt, strict=False)))})
        for i in hits:
            a, b = words[i], words[i + 1]
            low = a.lower()
            if not a.isalpha() or (low == b and low in _ALLOWED):
                continue
            if a[0].isupper() and b[0].isupper():
                continue  # names ("Bora Bora", "Sirhan Sirhan") and title case
            if len(a) == 1 and a not in "aAI" and low == b.lower():
                continue  # list letters
            text = f"{a} {b}"
            start = sum(map(len, words[:i])) + i  # hits are rare: sum at C speed
            # "the the" is a common human typo; "their they" is a machine's.
            machine = 0.5 if low == b.lower() else 1.5
            yield DOUBLED.finding(doc, start, start + len(text), machine=machine,
                                  message=DOUBLED.message.format(text=text))


CHECKS = (DoubledWords(),)
