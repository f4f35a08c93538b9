"""Garble: a capital restarting a sentence mid-clause after a bracket.

"The economy of the regime [sirio] It is also fragile": an inserted or
untranslated bracketed word is followed by a capitalised function word, as if a
new sentence began, though nothing ended the clause. Datelines ("BEIRUT (AP)
The..."), acronym labels ("[PDF]"), ellipses ("[...]") and brackets that close
a sentence ("(again.) They") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

_FUNCTION = (
    "It|They|He|She|The|This|These|Those|There|We|Its|Their|His|Her|A|An|In|On|At|To|And|"
    "But|As|So|Which|That"
)
_TRIGGER = re.compile(rf"[\])][ \t]+(?P<span>{_FUNCTION})[ \t]+[a-z]")
# The lower-case word, the bracket and its content, just before the trigger.
_BEFORE = re.compile(r"(?<![\w'’-])[a-z]+[ \t]*[\[(](?P<body>[^\[\]()\n.!?]{1,40})$")
_ACRONYM = re.compile(r"\W*[A-Z]{2,}\W*")

RESTART = rule(
    "garble.bracket-restart",
    "garble",
    "warning",
    "“{word}” restarts a sentence in mid-clause after a bracket: the clause was cut and rejoined",
    suggestion="Lower-case “{word}” and check what the bracket was meant to say",
    source=__name__,
    bad=[
        "The budget of the province [iraquí] ⟦It⟧ has been cut by half, the governor said.",
        "Supplies for the camp (mainly flour) ⟦They⟧ arrive once a week.",
        "The position of the government [francés] ⟦The⟧ minister would not comment.",
    ],
    good=[
        "BEIRUT, Lebanon (AP) The death toll rose to 14 on Monday.",
        "We cannot go back [...] They will never accept it, he said.",
        "The talks stalled (again.) They resume next week.",
        "The army said it had retaken the town (Saraqib) in the south.",
        "The full report [PDF] The findings were published on Monday.",
    ],
)


class BracketRestart:
    rules = (RESTART,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for m in _TRIGGER.finditer(text):
            before = _BEFORE.search(text, max(0, m.start() - 80), m.start())
            if not before or not any(c.isalpha() for c in before["body"]):
                continue
            if _ACRONYM.fullmatch(before["body"]):
                continue
            word = m["span"]
            yield RESTART.finding(doc, *m.span("span"),
                                  message=RESTART.message.format(word=word),
                                  suggestion=RESTART.suggestion.format(word=word))


CHECKS = (BracketRestart(),)
