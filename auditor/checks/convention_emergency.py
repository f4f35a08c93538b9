"""Source convention: an emergency number with an article (call the 15, dial the 112), as
French, Spanish, Italian and Portuguese say it (appeler le 15, llamar al 112, chiamare il 118)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding, Severity

_ROMANCE = {"fr": 0.5, "es": 0.5, "it": 0.5, "pt": 0.5}
_NUMBERS = {
    "15": {"fr": 1.2}, "17": {"fr": 1.2}, "18": {"fr": 1.2}, "114": {"fr": 1.0},
    "115": {"fr": 0.6, "it": 0.6}, "119": {"fr": 0.8}, "3114": {"fr": 1.2},
    "112": _ROMANCE | {"de": 0.3, "tr": 0.3}, "113": {"it": 1.0}, "118": {"it": 1.2},
    "1522": {"it": 1.2}, "061": {"es": 1.0}, "062": {"es": 1.0}, "091": {"es": 1.0},
    "092": {"es": 1.0}, "016": {"es": 1.0}, "190": {"pt": 1.2}, "192": {"pt": 1.2},
    "193": {"pt": 1.2}, "199": {"pt": 0.8}, "180": {"pt": 0.6, "ar": 0.4}, "110": {"de": 0.8},
    "102": {"ru": 0.5}, "103": {"ru": 0.5}, "122": {"ar": 0.8},
    "123": {"ar": 0.8}, "997": {"ar": 0.8}, "998": {"ar": 0.8}, "999": {"ar": 0.4},
    "911": {"es": 0.5},
}
# "the" + a number is found from the literal; the verb before it is checked after. What
# follows must not be a noun (called the 15 members); after some words it is surely the line.
_THE = re.compile(r"the (?P<n>\d{2,4})(?=\s*[,.;:)]|\s*$|\s+(?P<sure>if|or|immediately|first|"
                  r"instead|directly|urgently|right away|at once|without delay|free of charge)\b|"
                  r"\s+(?:before|and|in|for|to|when|at|as|rather|which|that|where|from)\b)")
_VERB = re.compile(r"(?i:\b(?:call(?:s|ed|ing)?|dial(?:s|led|ed|ling|ing)?|ring(?:s|ing)?|rang|"
                   r"phon(?:e|es|ed|ing)|contact(?:s|ed|ing)?|alert(?:s|ed|ing)?) $)")
_EMERGENCY = re.compile(r"(?i:emergenc|ambulance|samu|police|fire|rescue|hospital|doctor|medic|"
                        r"injur|symptom|accident|urgent|help|assistance|danger|violence|victim)")

EMERGENCY = rule(
    "convention.emergency-number-article", "source-convention", "warning",
    "“{text}”: “the” before an emergency number, as appeler le 15 / llamar al 112 / chiamare"
    " il 118; English says “call 15”, or names the service", suggestion="Write “{fixed}”",
    languages=_ROMANCE, source=__name__,
    bad=["Residents with symptoms should ⟦call the 15⟧ before going to hospital.",
         "A neighbour ⟦dialled the 112⟧ when the smoke reached the stairs.",
         "Victims of violence can ⟦contact the 1522⟧, which is free, or ⟦ring the 17⟧."],
    good=["Residents with symptoms should call 15, the SAMU medical line, before going out.",
          "Call the 101 line or dial the 111 service; police called the 15 members to testify.",
          "She phoned the 911 dispatcher; the chair called the 17 delegates, and the 112 to come."])


class EmergencyNumbers:
    rules = (EMERGENCY,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for m in _THE.finditer(text):
            langs = _NUMBERS.get(m.group("n"))
            verb = _VERB.search(text, max(0, m.start() - 12), m.start()) if langs else None
            if verb is None or doc.in_quote(m.start(), m.end()):
                continue
            sent = doc.sentence_at(m.start())
            sure = (sent is not None and bool(_EMERGENCY.search(text, sent.start, sent.end))
                    and (m.group("sure") is not None or text[m.end() : m.end() + 1] in ",.;:)"))
            found = text[verb.start() : m.end()]
            yield EMERGENCY.finding(doc, verb.start(), m.end(), languages=langs,
                                    severity=None if sure else Severity.INFO,
                                    message=EMERGENCY.message.format(text=found),
                                    suggestion=EMERGENCY.suggestion.format(
                                        fixed=found.replace(" the ", " ")))


CHECKS = (EmergencyNumbers(),)
