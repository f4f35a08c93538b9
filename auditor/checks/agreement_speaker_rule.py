"""The rule for a speech tag of the other gender (checks.agreement_speaker)."""

from __future__ import annotations

from auditor.checks.base import rule

SPEAKER_GENDER = rule(
    "agreement.speaker-of-other-gender",
    "agreement-artifact",
    "warning",
    "“{pronoun}” says the quotation, but the only person named nearby is {antecedent}, not a "
    "{person} by her or his given name: Turkish, Persian and other languages without gendered "
    "pronouns leave the translator to guess",
    suggestion="Use the speaker's pronoun, or the name (“Yıldırım said”)",
    languages={"tr": 1.0, "fa": 0.8, "id": 0.6, "hu": 0.5, "fi": 0.5, "zh": 0.4},
    source="auditor.checks.agreement",
    bad=[
        "Dr. Zeynep Aksoy showed visitors around the new wing on Tuesday. “For ten years we "
        "worked in a basement,” ⟦he⟧ said.",
        "The village school reopened after the floods. Its head teacher, Elif Demir, counted "
        "the pupils at the gate. “Only half have come back,” ⟦he⟧ told reporters.",
        "Mehmet Kaya has fished the lake since 1998. “The water has never been this low,” "
        "⟦she⟧ said, pointing at the old jetty.",
    ],
    good=[
        "Dr. Zeynep Aksoy showed visitors around the new wing. Her husband, a surgeon, "
        "joined them. “We worked in a basement,” he said.",
        "Elif Demir and the mayor cut the ribbon. “Only half have come back,” he said.",
        "Mehmet Kaya’s daughter runs the boat now. “The water has never been this low,” "
        "she said.",
        "Fatma Yilmaz lost her shop in the quake. Her neighbour Ahmet helped her rebuild. "
        "“We had nothing left,” he said.",
        "Ayşe Kara, 41, waited outside the court. “It is not over,” her lawyer said. “We "
        "will appeal,” he added.",
        "Andrea Rossi runs the bakery. “Business is slow,” he said.",
        "Elif Demir teaches at the school. “The children are scared,” said the principal. "
        "“We all are,” he added.",
        "Giulia Rossi opened the bridge. “It was hard,” one of the builders said. “But we "
        "did it,” he added.",
        "Martina Costa’s bar was full. A stranger in a red coat sat down at the piano. “I "
        "play here every night,” he said.",
    ],
)
