"""Calque: a sentence opened by a participle of saying, its speaker named after a comma
("Stating that exports rose, Bolat said ..."): Turkish agency copy renders ... belirten /
... ifade eden / ... vurgulayan X this way, sentence after sentence. Native copy does it
now and then with the common openers (AP: "Noting that inflation remains high, Powell
said ..."): those fire only when the story does it twice or more, or when the speaker
clause runs on into a quotation or a that-clause ("..., Bolat said: ...")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

# Openers Turkish translations favour and native copy almost never uses; the rest are
# the native ones (noting, stressing, saying) that carry less weight.
_RARE = ("Stating that|Expressing that|Underlining that|Underscoring that|Reminding that|"
         "Indicating that|Conveying that|Mentioning that|Asserting that|Expressing his|"
         "Expressing her|Evaluating|Touching (?:on|upon)|Drawing attention to")
_COMMON = ("Noting that|Stressing that|Emphasi[sz]ing that|Pointing out that|Saying that|"
           "Explaining that|Adding that|Highlighting that|Recalling that|Claiming that")
_OPENER = re.compile(rf"[“\"]?(?:(?P<rare>{_RARE})|(?P<common>{_COMMON}))\b")
# The speaker after the last comma: up to eight words, then a verb of saying.
_CLAUSE = re.compile(
    r", (?:the |[^\W\d_][\w’'.-]*[ ,]+)(?:[\w’'.(),-]+ ){0,7}?(?:said|says|added|adds|stated|"
    r"states|noted|notes|continued|continues|expressed|stressed|emphasi[sz]ed|underlined|"
    r"explained|remarked|pointed out|asserted|warned|declared|announced|indicated|reminded|"
    r"highlighted|recalled|told|urged|called on|spoke as follows|used the following)\b"
    r"|, (?:he|she|they|it) (?:said|added|stated|noted|continued|stressed|explained)\b")
_RUN_ON = re.compile(r"(?: that\b|:)")

PARTICIPIAL = rule(
    "calque.participial-saying-opener", "calque", "info",
    "“{text} …, X said”: the sentence opens with a participle of saying and names the speaker"
    " after a comma, as Turkish agency copy renders … belirten / … ifade eden X",
    suggestion="Start with the speaker: “X said that …” or “X noted that …”",
    languages={"tr": 1.0, "ar": 0.3}, source=__name__,
    explanation="Turkish news puts the reported clause in a participle before the speaker"
    " (Ekonominin büyüdüğünü belirten Bakan ... dedi). Translated literally it yields"
    " “Stating that the economy grew, the minister said ...”, sentence after sentence.",
    bad=["⟦Stating that⟧ exports rose 12 percent in May, Trade Minister Ömer Bolat said the"
         " target was within reach.",
         "The dam is full. ⟦Underlining that⟧ no village is at risk, the governor added that"
         " teams remain on alert.",
         "⟦Expressing that⟧ the talks were positive, Fidan said: “We will meet again.”",
         "⟦Noting that⟧ the works will end in June, Mayor Yavaş, speaking at the site, said"
         " 300 homes will be built. ⟦Pointing out that⟧ the metro line is ready, Yavaş said"
         " tests would start.",
         "⟦Stressing that⟧ the ceasefire must hold, the minister said that aid is waiting."],
    good=["Stating that the economy grew is not enough, the report argues, without data.",
          "Noting the rise in exports, the bank kept its forecast; the minister said exports rose.",
          "Stating that he was tired, he left the room early.",
          "Noting that inflation remains high, Powell said the Fed would stay patient.",
          "“Stating that exports rose, Bolat said the target was near,” the agency wrote."])


class ParticipialOpeners:
    rules = (PARTICIPIAL,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        hits = []
        for sent in doc.sentences:
            m = _OPENER.match(text, sent.start, sent.end)
            said = m and _CLAUSE.search(text, m.end(), sent.end)
            if said and not doc.in_quote(m.end() - 1):
                hits.append((m, bool(m.group("rare") or _RUN_ON.match(text, said.end()))))
        for m, sure in hits:
            if not sure and len(hits) < 2:
                continue  # one "Noting that ..., X said" is native news style
            rare = m.group("rare")
            start, end = m.start("rare") if rare else m.start("common"), m.end()
            yield PARTICIPIAL.finding(
                doc, start, end, message=PARTICIPIAL.message.format(text=text[start:end]),
                languages=None if rare else {"tr": 0.6, "ar": 0.2})


CHECKS = (ParticipialOpeners(),)
