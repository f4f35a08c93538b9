"""The rules of the agreement check (auditor.checks.agreement), with their examples."""

from __future__ import annotations

from auditor.checks.base import Rule, rule

_SRC = "auditor.checks.agreement"
_FIX = "Use “it”/“its” or “they”/“their” for a group, or name it again (“the group added”)"

GROUP = rule(
    "agreement.gendered-pronoun-for-group",
    "agreement-artifact",
    "warning",
    "“{pronoun}” seems to refer to “{antecedent}”, and no {person} is named nearby: a "
    "gendered pronoun for a group or an institution is carried over from a source language "
    "with grammatical gender (Arabic makes non-human plurals feminine)",
    suggestion=_FIX + " instead of “{pronoun}”",
    languages={"ar": 1.5},
    source=_SRC,
    bad=[
        "Several armed groups rejected the ceasefire proposal on Sunday. ⟦She⟧ added that any "
        "deal must include the release of prisoners.",
        "The rebel coalition announced that it had seized the airport. ⟦She⟧ said in a "
        "statement that the advance would continue.",
        "The Interior Ministry denied reports of mass arrests in the capital. ⟦He⟧ stressed "
        "that all detainees had access to lawyers.",
        "The football federation suspended the club and explained in ⟦her⟧ ruling that fans "
        "had invaded the pitch.",
        "Foreign Minister Karim Nasser opened the talks. Nasser said the delegations were "
        "ready. The rebel factions then announced that ⟦she⟧ would attend.",
        "The talks were chaired by a UN envoy. Diplomats said the monitoring mission, which "
        "halted ⟦her⟧ patrols in May, would soon resume them.",
        "The ministry and ⟦her⟧ regional offices will close on Friday for the holiday.",
        "Transport Secretary Hugo Lima resigned. The regional government will buy the ferries "
        "with ⟦her⟧ own budget, officials said.",
        "Economists had expected a cut. The Treasury said ⟦she⟧ would keep the forecast of "
        "2.1 percent growth.",
    ],
    good=[
        "The ministry's spokeswoman, Ana Torres, briefed reporters on Monday. She added that "
        "talks with the unions would resume.",
        "Karim Haddad leads the group. The group has lost ground since May. He said more "
        "fighters had joined this week.",
        "The Interior Minister rejected the claims. He said the police had acted lawfully.",
        "Maria Fernandez founded the company in 2009. She still runs it from Seville.",
        "The army issued a statement on the pilot. “He is a hero,” it said.",
        "The tanker left port on Monday. She was carrying two million barrels of crude.",
        "The coach, Dana Reyes, left in May. The club, which ended her contract early, "
        "declined to comment.",
        "A police spokesperson declined to comment. The unit, which she leads, was disbanded.",
        "Lee, 41, was charged on Monday. The bank, which froze her accounts, said it would "
        "cooperate with the inquiry.",
        "The committee heard Morales on Tuesday, and Morales said the agency, which hired "
        "her in 2019, had treated her fairly.",
        "The ministry said that Ortega would pay for the trip with her own money.",
        "Regulators said Ana Ruiz and her deputy had ignored the warnings.",
        "The foundation, which Lucía Ortega set up in 2010, runs on her own money.",
    ],
)

SPEAKER = rule(
    "agreement.gendered-pronoun-after-group-speaker",
    "agreement-artifact",
    "info",
    "“{pronoun}” follows a sentence that turns to “{antecedent}” as the new speaker, so it "
    "reads as referring to it; an institution is “it” in English (a source language with "
    "grammatical gender may have made it masculine or feminine)",
    suggestion=_FIX + ", or name the spokesperson",
    languages={"ar": 0.7},
    source=_SRC,
    bad=[
        "The party's spokesman praised the deal. Meanwhile, the Pentagon described the strike "
        "as limited. ⟦He⟧ said in a statement that no civilians were hurt.",
        "Mrs Okafor welcomed the vote. For its part, the electoral commission called the "
        "count fair. ⟦She⟧ added that turnout had reached 60 percent.",
    ],
    good=[
        "The Pentagon's spokesman described the strike as limited. He said no civilians "
        "were hurt.",
        "Meanwhile, General Amir Hatami described the strike as limited. He said no "
        "civilians were hurt.",
        "Mr Ortega praised the deal. The ministry called it fair. He said it was a good day.",
    ],
)

COUNTRY = rule(
    "agreement.gendered-pronoun-for-country",
    "agreement-artifact",
    "info",
    "“{pronoun}” seems to refer to “{antecedent}”, and no {person} is named nearby: "
    "countries are feminine or masculine in many source languages, “it” in English",
    suggestion="Use “it”/“its” instead of “{pronoun}”, or name the country again",
    languages={"ar": 0.8, "fr": 0.3, "es": 0.2, "pt": 0.2},
    source=_SRC,
    bad=[
        "Egypt has reopened the border crossing for aid trucks. ⟦She⟧ said the decision "
        "was humanitarian.",
        "Talks resumed after Iraq sent a delegation to Amman. ⟦He⟧ demanded guarantees on "
        "water.",
    ],
    good=[
        "Egypt's foreign minister visited Rafah. She said the crossing would reopen.",
        "Iraq sent a delegation to Amman. Its head, Saleh Jaber, said he expected a deal.",
        "Britain and her allies pledged more aid on Monday.",
        "The striker left Brazil and his family behind when he joined the club.",
    ],
)

RESUMPTIVE = rule(
    "agreement.resumptive-pronoun-after-which",
    "agreement-artifact",
    "warning",
    "“{pronoun}” repeats “{antecedent}”, the subject of this “which” clause: English leaves no "
    "room for a pronoun here (a literal rendering of a source verb's gender agreement, as "
    "Arabic gives non-human plurals a feminine singular verb)",
    suggestion="Drop “{pronoun}”: “which” is already the subject",
    languages={"ar": 1.5},
    source=_SRC,
    bad=[
        "The new ferry lines, which ⟦she⟧ operated more than 300 crossings in March, will be "
        "extended in the spring.",
        "Officials said the aid convoys, which ⟦she⟧ delivered about 400 tonnes of flour, were "
        "stopped at the border.",
        "The housing project, which ⟦he⟧ included three phases, was approved on Monday.",
    ],
    good=[
        "The company, which she launched the following year, now employs 40 people.",
        "The strike, which he organised with two colleagues, closed the port for a week.",
        "The shelter, which she opened in 2015, houses 30 families.",
        "The budget, which she reduced by a third, was passed on Monday.",
        "The ferry, which she operated for a decade, was sold for scrap.",
    ],
)


def message(r: Rule, pronoun: str, antecedent: str, female: bool) -> str:
    person = "woman" if female else "man"
    return r.message.format(pronoun=pronoun, antecedent=antecedent, person=person)


def evidence(r: Rule, female: bool, antecedent: str) -> dict[str, float]:
    """Female pronouns for plurals point to Arabic; male ones for institutions are wider."""
    if r is RESUMPTIVE:
        return {"ar": 1.5} if female else {"ar": 1.0}
    if r is not GROUP:
        return dict(r.languages)
    plural = antecedent.lower().endswith("s")
    if female:
        return {"ar": 1.5} if plural else {"ar": 1.5, "fr": 0.4, "es": 0.3, "pt": 0.3}
    if plural:
        return {"ar": 0.5}
    return {"ar": 1.0, "fr": 0.6, "es": 0.5, "pt": 0.5, "ru": 0.5, "de": 0.4}
