"""Garble: a verbless evaluative opening ("Hard the reaction of the opposition").

Italian and Spanish headline-style prose fronts an adjective and drops the copula
("Dura la reazione delle opposizioni", "Positivo il giudizio dei sindacati");
a literal translation gives "Hard the reaction of the opposition". English says
"The opposition reacted harshly" or inverts with a verb ("Swift was the reaction").
Only a closed list of evaluative adjectives, then "the", then a noun of reaction
or opinion, then of/from/by/in or the end of the sentence, at a sentence start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

_ADJ = (
    "Hard|Harsh|Tough|Sharp|Severe|Strong|Firm|Fierce|Bitter|Scathing|Furious|Angry|Indignant|"
    "Cold|Cool|Frosty|Icy|Lukewarm|Warm|Enthusiastic|Positive|Negative|Different|Similar|"
    "Opposite|Contrary|Favou?rable|Unfavou?rable|Critical|Cautious|Prudent|Clear|Explicit|Blunt|"
    "Dry|Terse|Laconic|Lapidary|Ironic|Sarcastic|Immediate|Swift|Prompt|Unanimous|Satisfied|"
    "Pleased|Unhappy|Disappointed|Worried|Concerned|Alarmed|Optimistic|Pessimistic|Sceptical|"
    "Skeptical|Doubtful|Mixed|Divided|Unequivocal|Categorical|Decisive|Resolute|Heated|Bleak|"
    "Grim|Gloomy|Upbeat|Confident|Vehement|Outraged|Shocked|Surprised|Dismissive|Polemical|"
    "Moderate|Measured|Conciliatory|Neutral|Encouraging|Disappointing|Satisfactory|Excellent|"
    "Glowing|Mild|Soft|Timid|Ambiguous|Vague|Total|Full|Unconditional|"
    "Harsher|Tougher|Sharper|Stronger|Firmer|Colder|Cooler|Warmer|Milder|Softer|Clearer|Harder"
)
_INTENSIFIER = "Very|Even|Equally|Much|Rather|Quite|Far|Less|More|Decidedly|Particularly|" \
    "Especially|Somewhat|Also|Just as|Extremely|Highly|Rather"
_NOUN = (
    r"reactions?|responses?|repl(?:y|ies)|comments?|remarks?|positions?|judge?ments?|"
    r"criticisms?|stances?|views?|assessments?|tone|verdicts?|opinions?|answers?|condemnation|"
    r"words|note|welcome|reception|retort|rebuke|attacks?|statements?|message|line|outlook|"
    r"forecasts?|balance|outcome|results?|mood|climate|atmosphere|evaluations?|analysis|"
    r"commentary|appeal|warnings?|approach|attitude|feedback|reading|interpretation|approval|"
    r"rejection|opposition|support|praise|satisfaction|disappointment"
)
_OPENING = re.compile(
    rf"[\"“‘«„]?(?P<span>(?:(?:{_INTENSIFIER}) (?i:{_ADJ})|(?:{_ADJ})) the "
    rf"(?:(?:first|initial|official|immediate|latest|final|political|public) )?(?:{_NOUN}))"
    r"(?: (?:of|from|by|in|at|among|on|to|within|inside)\b|[.:;!])"
)

EVALUATIVE = rule(
    "garble.evaluative-inversion",
    "garble",
    "warning",
    "“{text}”: a fronted adjective with no verb, the Italian and Spanish “Dura la reazione "
    "di ...” construction",
    suggestion="Give it a subject and a verb: “The opposition reacted harshly”, or “The "
    "reaction of ... was harsh”",
    languages={"it": 1.5, "es": 0.7, "pt": 0.5, "fr": 0.3},
    source=__name__,
    bad=[
        "The council approved the budget. ⟦Hard the reaction⟧ of the opposition parties.",
        "⟦Positive the judgement⟧ of the unions, who called the deal a step forward.",
        "⟦Different the position⟧ of Brussels, which wants stricter limits.",
        "⟦Very harsh the comments⟧ from the mayor of Genoa on Monday evening.",
        "The decree was signed late on Friday. ⟦Cold the reception⟧ in Berlin.",
        "⟦Unanimous the condemnation⟧ from the parties in parliament.",
    ],
    good=[
        "Hard hit were the coastal towns, where the storm cut power for days.",
        "Despite the reaction of the opposition, the bill passed.",
        "Read the reaction from our correspondents in Rome.",
        "Swift was the reaction of the markets: the lira fell 3%.",
        "Harsh criticism of the plan came from the unions.",
        "Clear the way for the ambulances, police told the crowd.",
        "Better the devil you know, the mayor said of the coalition.",
    ],
)


class EvaluativeInversion:
    rules = (EVALUATIVE,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for sent in doc.sentences:
            m = _OPENING.match(text, sent.start, sent.end)
            if m:
                start, end = m.span("span")
                yield EVALUATIVE.finding(doc, start, end,
                                         message=EVALUATIVE.message.format(text=m["span"]))


CHECKS = (EvaluativeInversion(),)
