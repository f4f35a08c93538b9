"""Garble: a passive that opens the sentence, its subject put after it ("Was detained a man").

Spanish, Portuguese and Italian put the subject of a passive (or of a verb of
happening) after the verb ("Fue detenido en el lugar un hombre de 34 años", "Foram
presos três suspeitos"); a literal translation opens with "Was detained at the scene
a 34-year-old man" or "Were arrested three suspects". An English statement never
starts with "Was"/"Were" and a participle: questions ("Was it worth it?", "Were
they warned?"), the conditional "Were it not for ..." and the diary style "Was told
the office would close" (a retained object after told, given, asked...) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

_IRREGULAR = ("found|held|hit|hurt|killed|shot|struck|caught|seen|taken|stolen|sold|built|made|"
              "born|brought|sent|set|put|kept|left|lost|beaten|broken|chosen|driven|frozen|"
              "shut|spent|thrown|torn|won|written|known|shown|drawn|swept|led|bought|dug|laid")
_OPEN = re.compile(
    r"W(?:as|ere) (?P<span>(?:(?:also|later|then|finally|subsequently|immediately|reportedly|"
    rf"already|again|yesterday|today) )?(?:[a-z]{{3,}}ed|{_IRREGULAR}))\b(?P<rest>[^.!?\n]*)")
# a retained object, not a subject: "Was told the office would close", "Was given a warning"
_OBJECT_VERBS = frozenset(re.findall(r"\w+", """told asked given offered shown promised handed
    granted awarded denied refused allowed taught fined charged ordered advised informed assured
    reminded warned paid sent owed spared served"""))
# the first word of a subject, not inside a phrase of place or time ("in 1998", "at the scene")
_SUBJECT = re.compile(r"(?<![\w’'-])(?<!\bin )(?<!\bon )(?<!\bat )(?<!\bto )(?<!\bby )(?<!\bof )"
                      r"(?<!\bfor )(?<!\bfrom )(?<!\bwith )(?<!\bnear )(?<!\bsince )(?<!\bafter )"
                      r"(?<!\bbefore )(?<!\bduring )(?<!\binto )(?<!\bunder )(?<!\bacross )"
                      r"(?:an?|the|\d[\d,.]*(?:-\w+)?|one|two|three|four|five|six|seven|eight"
                      r"|nine|ten|dozens|hundreds|thousands|several|some|more than|about|nearly"
                      r"|almost|around|at least|up to|his|her|their|its|[A-Z][\w’'-]+)(?= )")
_QUESTION = re.compile(r"[^.!\n]*\?")

POSTPOSED = rule(
    "garble.postposed-passive-subject",
    "garble",
    "warning",
    "“{text}”: the sentence opens with a passive and puts its subject after it, the word order "
    "of Spanish or Portuguese “fue detenido un hombre”",
    suggestion="Put the subject first: “A 34-year-old man was detained ...”",
    languages={"es": 1.2, "pt": 1.2, "it": 0.8, "fr": 0.3},
    source=__name__,
    bad=[
        "Police sealed off the street. ⟦Was detained⟧ at the scene a 41-year-old driver, "
        "who tested positive for alcohol.",
        "⟦Were arrested⟧ four members of the gang in an operation in Porto on Thursday.",
        "Divers searched the reservoir for two days. ⟦Was finally found⟧ the body of the "
        "fisherman near the dam.",
        "⟦Were injured⟧ in the collision 12 passengers of the bus, two of them seriously.",
        "The festival drew 80,000 people. ⟦Was also seized⟧ a large amount of counterfeit cash.",
    ],
    good=[
        "Were it not for the rain, the fire would have reached the village.",
        "Was it worth it? The mayor thinks so.",
        "Were the suspects ever questioned about the missing money?",
        "Was detained Marta’s brother in the raid as well? Nobody would say.",
        "Was told the office would close at noon, so I left early, one customer wrote.",
        "“Was caught off guard by the whole thing,” the driver said.",
        "Were prices to rise again, the central bank would step in.",
        "Was he detained at the scene? Police would not say.",
        "Career: Was elected to parliament in 2010 and re-elected in 2014.",
    ],
)


class PostposedPassive:
    rules = (POSTPOSED,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for m in _OPEN.finditer(text):
            sent = doc.sentence_at(m.start())
            if sent is None or text[sent.start : m.start()].strip("“\"‘ ") or doc.in_quote(
                    m.start(), m.end("span")):
                continue
            span, rest = m["span"], m["rest"]
            if span.rsplit(" ", 1)[-1] in _OBJECT_VERBS or not _SUBJECT.search(rest + " "):
                continue
            if _QUESTION.match(text, m.end("span"), sent.end + 1):
                continue  # "Was detained anyone else?"
            start, end = m.start(), m.end("span")
            yield POSTPOSED.finding(doc, start, end,
                                    message=POSTPOSED.message.format(text=text[start:end]))


CHECKS = (PostposedPassive(),)
