"""Origin markers: agency slugs in datelines ("BEIRUT (AFP) —", "Bonn (dpa) -", "Tehran, IRNA -").
"""

from __future__ import annotations

from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.origin_common import describe, merge, outlet_weight
from auditor.checks.origin_slugs import dateline_slug
from auditor.document import Document
from auditor.finding import Finding, Severity

DATELINE = rule(
    "origin.credit-dateline", "origin-marker", "info",
    "Dateline with the slug of {outlet}: the story is that agency's copy",
    suggestion="Replace the agency slug with the house dateline, and credit the agency",
    source=__name__,
    bad=["⟦LA PAZ, 4 Mar (EFE).-⟧ El presidente boliviano dijo que...",
         "⟦ISTANBUL (Anadolu) —⟧ Turkish officials said on Monday the talks would resume.",
         "Economy shrinks again\n⟦(dpa) -⟧ Germany's economy shrank in the last quarter.",
         "⟦SAINT PETERSBURG, 3 March. /TASS/.⟧ The port will reopen in spring.",
         "⟦KAZAN, 9 Feb – RIA Novosti.⟧ A gas pipe burst overnight.",
         "⟦SEVILLA, 14 (EUROPA PRESS)⟧ The regional court fined the firm.",
         "Port strike ends\n\n⟦LAS PALMAS DE GRAN CANARIA, 9 (EUROPA PRESS)⟧\n\nDockers voted.",
         "⟦CHENGDU, Feb. 9 (Xinhua) --⟧ Panda numbers rose again.",
         "⟦SOHAR (ONA) -⟧ The port handled more cargo this year.",
         "⟦Yamoussoukro, 3 Feb (AIP)-⟧ Cocoa planters received their bonuses.",
         "⟦TUNIS, Jan 5 (TAP) -⟧ Olive oil exports rose sharply.",
         "⟦KUWAIT CITY (KUNA) --⟧ The assembly met on Sunday.",
         "⟦Leipzig (dpa) -⟧ Fewer trains ran on Saturday as drivers walked out.",
         "⟦Abu Dhabi (WAM) -⟧ The ministry opened a new port.",
         "⟦Sharjah, 3rd March 2026 (WAM) --⟧ The fair drew record crowds.",
         "⟦NNA -⟧ The caretaker cabinet met in Beirut on Monday.",
         "⟦Basra-INA -⟧ Oil exports from the southern ports rose.",
         "⟦Cadiz (Spain), 2 Mar (EFE).-⟧ Fishermen blocked the harbour again.",
         "⟦Salzburg, Feb 12 (APA) -⟧ The festival sold out in a day.",
         "⟦Isfahan, IRNA --⟧ A new metro line opened on Sunday.",
         "⟦Dammam, Rajab 3, 1447, Dec 22, 2025, SPA --⟧ The governor opened the port.",
         "⟦Agadir, 9 Oct (MAP) -⟧ Sardine landings fell by a fifth.",
         "⟦NEW YORK (AP) —⟧ Stocks fell on Monday."],
    good=["DAMASCUS (Syria) — Residents said the bakeries reopened on Monday.",
          "The agency (AFP) said nothing more.",
          "Sen. Mark Dunn (R) — who chairs the panel — said the vote would slip.",
          "Muscat (ONA) said exports rose.", "Oman News Agency (ONA) - the state agency - said.",
          "Saudi Press Agency (SPA) - The agency reported the visit.",
          "MOSCOW, Nov 27 - Reuters reported that talks resumed.",
          "AUSTIN, TX - Voters in Texas approved the bond.",
          "UPDATE - The council has now confirmed the closure.",
          "EXCLUSIVE - Fund managers cut their bets, a survey showed.",
          "Leipzig (Saxony) - The city council met on Monday.",
          "Lawrence Wong (PAP) - The prime minister won a new mandate.",
          "American Psychological Association (APA) - The group issued new guidance.",
          "LONDON, March 3 — Shares rose. /Editing by Tom Hale/"],
)


class Datelines:
    rules = (DATELINE,)

    def run(self, doc: Document) -> Iterable[Finding]:
        for para in doc.paragraphs[:3]:
            if (hit := dateline_slug(doc, para.start, para.end)) is None:
                continue
            m, found, spanish = hit
            outlet = next((o for o in found if o.language != "en"), found[0])
            weights = merge(*(outlet_weight(o, 1.0) for o in found))
            if spanish:
                weights = merge(weights, {"es": 1.5})
            yield DATELINE.finding(doc, m.start(), m.end(), languages=weights, outlet=outlet.id,
                                   severity=Severity.WARNING if spanish else None,
                                   message=DATELINE.message.format(outlet=describe(outlet)))


CHECKS = (Datelines(),)
