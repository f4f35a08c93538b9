"""Rules of checks/entity_literal_names.py, with their examples."""

from __future__ import annotations

from auditor.checks.base import rule

_SRC = "auditor.checks.entity_literal_names"

INSTITUTION = rule(
    "entity.literal-institution-name", "entity-mistranslation", "warning",
    "“{text}” renders an institution name word for word (from {lang}); English copy says "
    "{english}",
    suggestion="Use the English name or a description: {english}",
    languages={"es": 0.7, "pt": 0.7}, source=_SRC,
    bad=["Residents complained to the ⟦Secretariat of Health⟧ about the closed clinic.",
         "A report by the ⟦Secretariat of Urban Mobility⟧ counted 300 new bus lanes.",
         "The ⟦Ministry of Infrastructures⟧ and the treasury signed the contract.",
         "Funds were frozen by the ⟦Minister of Economy and Finances⟧ last week.",
         "Engineers of the ⟦Company of Water⟧ and Sewerage of Lima fixed the main.",
         "The ⟦deputy of the constituency⟧ said the hospital must stay open.",
         "The ⟦Superior Tribunal⟧ of Justice rejected the appeal on Tuesday.",
         "Prosecutors of the ⟦Public Ministry⟧ of Rio opened an inquiry.",
         "The minister of the ⟦Civil House⟧ met governors in Brasília.",
         "Agents took the suspect to the ⟦Federal Police Superintendence⟧ in Curitiba.",
         "The ⟦Prefecture of Belo Horizonte⟧ cancelled the carnival parade."],
    good=["The Secretary of State met the foreign minister in Ankara.",
          "The Department of Transportation fined the airline $2 million.",
          "The Ministry of Transport and the Ministry of Finance agreed on fares.",
          "Lawyers appealed to the Superior Court on Friday.",
          "The Public Prosecutor's Office opened an inquiry into the deal.",
          "Officers of the Civil Guard seized 2 tonnes of hashish near Cádiz.",
          "The Chamber of Deputies passed the bill by 320 votes to 100.",
          "She spoke at the Secretariat of the Pacific Community in Nouméa.",
          "The Ministry of Foreign Affairs and the Ministry of Public Works issued a note.",
          "The East India Company and the Company of Merchant Adventurers traded cloth.",
          "The International Criminal Tribunal for the former Yugoslavia closed in 2017.",
          "Snow closed roads in the prefecture of Niigata, and Fukushima Prefecture.",
          "The Generalitat said schools in Barcelona would reopen.",
          "He was elected deputy leader of the party and deputy mayor of Lyon."])

PARTY = rule(
    "entity.translated-party-name", "entity-mistranslation", "info",
    "“{text}” translates the name of a party (from {lang}); English copy keeps the name or "
    "uses the standard one: {english}",
    suggestion="Use {english}",
    languages={"pt": 0.7, "de": 0.6}, source=_SRC,
    bad=["Brazil's senate backed the plan after Senator Damares Alves (⟦Republicans⟧-DF) "
         "changed her vote.",
         "In Brasília, deputy Arthur Lira (⟦Progressives⟧) said the vote would be on Tuesday.",
         "Merz said the CDU would not back the bill. The ⟦Union⟧ had promised to scrap the law.",
         "The SPD and the Greens criticised the CSU leader. The CDU/CSU bloc, the ⟦Union⟧, "
         "wants lower taxes."],
    good=["In Congress, the Republicans (who hold the House) blocked the bill.",
          "Lula met Governor Tarcísio de Freitas of the Republicanos party in São Paulo.",
          "The CDU's Friedrich Merz said the Union of German Cities backed the plan.",
          "Germany's CDU said the European Union must cut red tape; the Union needs growth, "
          "it added.",
          "The speech was given at the Oxford Union, where the CDU's delegation sat."])
