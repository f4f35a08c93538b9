"""Rules of checks/entity_place_names.py, with their examples."""

from __future__ import annotations

from auditor.checks.base import rule

_SRC = "auditor.checks.entity_place_names"

PLACE = rule(
    "entity.translated-place-name", "entity-mistranslation", "warning",
    "“{text}” translates a {lang} place name word for word; English copy keeps the name:"
    " {english}", suggestion="Use the place's own name: {english}",
    languages={"pt": 0.7, "es": 0.7}, source=_SRC,
    bad=["Flights to ⟦Beautiful Horizon⟧ were cancelled because of the storm.",
         "The ferry left ⟦Good Airs⟧ at dawn for Montevideo.",
         "Traffic jams paralysed ⟦Great Cairo⟧ on the first day of Eid.",
         "Skiers crowded the slopes of ⟦Red Glade⟧ above Sochi despite the drone alerts.",
         "Farmers in ⟦Castile-The Stain⟧ lost half of the grape harvest."],
    good=["Flights to Belo Horizonte were cancelled because of the storm.",
          "Greater Cairo has more than 20 million people; New Cairo keeps growing.",
          "The city's name, Buenos Aires, means good airs; the Black Sea port reopened.",
          "He preached in Saint Paul, Minnesota, before moving to Brazil.",
          "The final is in Belo Horizonte (Beautiful Horizon), a name once read as a promise.",
          "The hotel offers a beautiful horizon over the bay and the Old Bailey trial went on."])
OFFICE = rule(
    "entity.translated-local-office", "entity-mistranslation", "warning",
    "“{text}” renders a {lang} institution or office word for word; English copy says"
    " {english}", suggestion="Use {english}",
    languages={"pt": 0.7, "fr": 0.7}, source=_SRC,
    bad=["Brazil's deficit will narrow next year, ⟦the Farm⟧ said, as Haddad defended the tax.",
         "Investigators from the ⟦Floor of Brussels⟧ searched two homes in Anderlecht.",
         "The case goes before the ⟦correctional tribunal⟧ of Liège in June.",
         "The ⟦Lisbon Municipal Chamber⟧ approved 400 homes for rent in the Alvalade district.",
         "The ⟦procurator of the King⟧ ordered an autopsy; the ⟦instruction judge⟧ agreed."],
    good=["The farm said its cattle were healthy; the farm minister visited Mato Grosso.",
          "Senators took the floor of the Senate; the floor of Brussels Airport flooded.",
          "The Lisbon city council approved the plan; the Parliament's chamber was full.",
          "He was sentenced by the criminal court; the King's speech opened parliament.",
          "The judge instructed the jury, and the prosecutor appealed."])
