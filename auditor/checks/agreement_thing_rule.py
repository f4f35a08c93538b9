"""The rule for a gendered pronoun that stands for a thing (checks.agreement_things)."""

from __future__ import annotations

from auditor.checks.base import rule

THING = rule(
    "agreement.gendered-pronoun-for-thing",
    "agreement-artifact",
    "warning",
    "“{pronoun}” stands for “{antecedent}”, a thing: English says “it”/“its”; the source "
    "language gives the noun a grammatical gender (Russian ledokol and Italian ponte are "
    "masculine, French loi and Spanish ley feminine) and the translation kept it",
    suggestion="Use “it”/“its” instead of “{pronoun}”, or name the thing again",
    languages={"ru": 0.7, "it": 0.6, "fr": 0.5, "es": 0.5, "pt": 0.5, "de": 0.4, "ar": 0.5},
    source="auditor.checks.agreement",
    bad=[
        "The new ring road was opened on Friday after six years of work. ⟦He⟧ is 42 "
        "kilometres long and crosses three rivers.",
        "Senators approved the pension law by 52 votes to 20. ⟦She⟧ will enter into force "
        "on 1 January, the labour minister said.",
        "Mayor Luca Bianchi inaugurated the viaduct on Sunday. With a span of 1.2 km, ⟦he⟧ "
        "will be the longest viaduct in the region.",
        "The company's chief executive said the tanker had been repaired. “⟦He⟧ has completed "
        "the sea trials and will sail in June,” he added.",
        "The cabinet adopted the decree in March, but ⟦her⟧ entry into force was delayed by a "
        "court challenge.",
        "The metro line was approved in 2019 after years of delay. ⟦She⟧ will link the "
        "airport to the city centre by 2027.",
        "The new dam was finished in 2023 after a decade of disputes over water. ⟦He⟧ now "
        "supplies power to six million homes.",
        "The boiler in the town's only school dates from 1979, and ⟦she⟧ has never been "
        "replaced.",
        "Engineers say the old water main under the square is fragile. ⟦He⟧ has burst three "
        "times this winter.",
    ],
    good=[
        "The tanker left Rotterdam on Monday. She has completed her sea trials and will join "
        "the fleet in May.",
        "The aircraft carrier returned to Norfolk. She is the largest warship ever built in "
        "the United States.",
        "Engineer Paolo Rossi designed the bridge. He is the first Italian to win the prize.",
        "The law was drafted by Senator Maria Lopez. She said it would enter into force in "
        "January.",
        "The striker joined the club in May. He was built like a tank and scored twice on "
        "his debut.",
        "Party elders call Ramos the bridge between the old guard and the young. He is the "
        "bridge between two generations, one of them said.",
        "The reform was pushed through by the finance minister. He took effective control of "
        "the budget in May.",
        "The bridge was designed by Santiago Calatrava. He said it would last 200 years.",
        "The boiler was fixed by Olga, the caretaker, and she has looked after it for 30 years.",
        "The tanker left the dry dock in May. She has undergone a complete refit.",
        "The new turbine hall impressed Maria Keller, and she asked for a second one.",
    ],
)


def evidence(female: bool) -> dict[str, float]:
    """Masculine things are typical of Russian and Italian, feminine ones of French."""
    if female:
        return {"fr": 0.6, "es": 0.5, "pt": 0.5, "it": 0.5, "ru": 0.4, "de": 0.5, "ar": 0.6}
    return {"ru": 0.8, "it": 0.7, "es": 0.5, "pt": 0.5, "fr": 0.4, "de": 0.3, "ar": 0.5}
