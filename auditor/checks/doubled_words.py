"""Garble: the same word twice in a row ("the the", "their they")."""

from __future__ import annotations

from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

# Pronoun and determiner pairs that a translation engine leaves behind when it
# renders one source word twice; legitimate English never puts them side by side.
_CLASHING = {
    ("their", "they"), ("they", "their"), ("its", "it"), ("his", "he"), ("her", "she"),
    ("the", "a"), ("a", "the"), ("the", "the"),
}
# Legal doublings: "that that", "had had", "is is" in speech, "very very".
_ALLOWED = {"that", "had", "very", "bye", "no", "so", "far", "knock", "ha", "yeah", "now"}

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
    ],
    good=[
        "He said that that was the end of it.",
        "They had had enough of the fighting.",
        "Their own officials said they would stay.",
    ],
)


class DoubledWords:
    rules = (DOUBLED,)

    def run(self, doc: Document) -> Iterable[Finding]:
        toks = doc.tokens
        for a, b in zip(toks, toks[1:], strict=False):
            if doc.text[a.end : b.start] != " ":
                continue
            pair = (a.lower, b.lower)
            if (pair[0] == pair[1] and pair[0] not in _ALLOWED) or pair in _CLASHING:
                if a.text[0].isupper() and b.text[0].isupper() and pair[0] != pair[1]:
                    continue
                text = doc.text[a.start : b.end]
                yield DOUBLED.finding(
                    doc, a.start, b.end, message=DOUBLED.message.format(text=text))


CHECKS = (DoubledWords(),)
