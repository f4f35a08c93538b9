"""Entity mistranslation by shape: half-translated place names.

Russian and Ukrainian place names often start with an adjective (Krasny Yar, Stary Oskol,
Novy Urengoy, Nizhny Tagil); machine translation turns the adjective into English and keeps
the rest ("Red Yar", "Old Oskol"). Mexico City neighbourhoods are colonias (Colonia Guerrero,
la colonia Doctores); translated, they become "the Warrior colony", "the Doctores colony"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding, Severity
from auditor.wordfreqs import zipf_en

_ADJECTIVES = ("Red", "White", "Black", "New", "Old", "Great", "Lower", "Upper", "Big", "Small",
               "Little", "Middle", "Yellow", "Green", "Blue", "Dry", "Beautiful")
_HALF = re.compile(r"(?<![\w-])(?:" + "|".join(_ADJECTIVES) + r") (?P<rest>[A-Z][a-z]+)(?![\w-])")
# The kept part is no English word (a transliteration); these rare ones are English names.
_NOT_NAME = frozenset(re.findall(r"\w+", """Saxony Silesia Caledonia Yarmouth Lars Volta Franconia
    Lusatia Moravia Palatinate Hebrides Karabakh Bavaria Carniola Styria Egypt Nubia Mesopotamia
    Kazakhstan Uzbekistan Tajikistan Kyrgyzstan Amsterdam Galloway Malvern Tatra Tatras Dniester
    Dnieper Mongolia Tartary Franken Lorraine"""))
# Well-known names: the half translation is certain ("Red Yar", "Old Oskol").
_KNOWN = frozenset(re.findall(r"\w+ \w+", """Red Yar, Red Sulin, White Kalitva, New Urengoy,
    Old Oskol, Lower Novgorod, Lower Tagil, Upper Pyshma, Upper Salda, Lower Kamsk, Lower Vartovsk,
    New Kakhovka, Red Liman, Red Lyman, Big Tokmak, Red Luch"""))
_SLAVIC_STORY = re.compile(r"\b(?:Russia|Russian|Moscow|Kremlin|oblast|Ukrain\w*|Kyiv|Kiev|"
                           r"Belarus)")
_COLONY = re.compile(r"(?<![\w-])(?:(?:(?:[A-Z][\w’'.]*|de|del|la|los|las) ){1,4}?colony|"
                     r"colony [A-Z][\w’'.]+(?: [A-Z][\w’'.]+){0,2})(?![\w-])")
_MEXICO = re.compile(r"\b(?:Mexico|Mexican|CDMX|Iztapalapa|Cuauhtémoc|Coyoacán|Tlalpan|Ecatepec|"
                     r"Sheinbaum|Brugada|alcaldía|Jalisco|Guadalajara|Monterrey|Puebla)\b")
_NATIVE_COLONY = re.compile(r"\b(?i:British|French|Spanish|Portuguese|Dutch|German|Italian|Belgian|"
                            r"Roman|Greek|Phoenician|Crown|Penal|Plymouth|Jamestown|Mennonite|Mormon|"
                            r"LeBaron|Former|Leper|Artists?|Nudist|Bee|Ant|Space|Mars|Moon|Danish|"
                            r"Swedish|Japanese|American|Royal|Massachusetts|Virginia|Cape)\b")

SLAVIC = rule(
    "entity.half-translated-place", "entity-mistranslation", "info",
    "“{text}”: a Russian/Ukrainian place name with its adjective translated (Krasny → Red, "
    "Stary → Old, Novy → New); English copy transliterates the whole name",
    suggestion="Transliterate the whole name (Krasny Yar, Stary Oskol, Novy Urengoy)",
    languages={"ru": 1.0, "uk": 0.5}, source=__name__,
    bad=["Shelling damaged a school in ⟦Red Liman⟧ near the Donetsk line, Moscow said.",
         "Russian air defences downed drones over ⟦White Kalitva⟧ and ⟦Red Sulin⟧.",
         "Gas output in ⟦New Urengoy⟧ fell while ⟦Old Oskol⟧ steel mills slowed, Russian data say.",
         "The Russian governor said debris fell on ⟦Upper Pyshma⟧ and ⟦Lower Tagil⟧."],
    good=["Putin walked across Red Square and the Red Army parade began in Moscow.",
          "Russian ships in the Black Sea and the White Sea; New Delhi and New York reacted.",
          "The Great Khan's army; Russia's Old Believers; the New Yorker and Little Russia.",
          "Russian gas reached Lower Saxony; trucks queued at Upper Lars on the Georgian border."])
COLONY = rule(
    "entity.colonia-as-colony", "entity-mistranslation", "info",
    "“{text}”: a Mexican colonia is a city neighbourhood, not a colony; English copy writes"
    " “the Guerrero neighbourhood” or keeps “Colonia Guerrero”",
    suggestion="Write “neighbourhood” or keep “colonia” with the name",
    languages={"es": 1.0}, source=__name__,
    bad=["Police cordoned off ⟦the Warrior colony⟧ after the shooting in Mexico City.",
         "Residents of ⟦the Doctores colony⟧ in Cuauhtémoc protested the water cuts.",
         "The blast hit a house in ⟦the colony Santa Martha⟧, in Iztapalapa, Mexico City."],
    good=["New Spain was a Spanish colony; Mexico City grew from the Aztec capital.",
          "Mennonite colony farmers in Chihuahua sold cheese across Mexico.",
          "The Roma neighbourhood of Mexico City and the Juárez area drew tourists."])


class PlaceShapes:
    rules = (SLAVIC, COLONY)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        if not doc.vocabulary.isdisjoint(_ADJECTIVES):
            story: bool | None = None
            for m in _HALF.finditer(text):
                rest = m.group("rest")
                if (rest in _NOT_NAME or zipf_en(rest) >= 3.0 or rest.endswith("stan")
                        or "(" in text[max(0, m.start() - 2) : m.start()]):
                    continue
                known = m.group() in _KNOWN
                if story is None and not known:
                    story = bool(_SLAVIC_STORY.search(text))
                if story or known:
                    yield SLAVIC.finding(doc, m.start(), m.end(),
                                         message=SLAVIC.message.format(text=m.group()),
                                         severity=Severity.WARNING if known else None)
        if "colony" not in doc.vocabulary or not _MEXICO.search(text):
            return
        for m in _COLONY.finditer(text):
            if _NATIVE_COLONY.search(text, max(0, m.start() - 25), m.end()) or doc.in_quote(
                    m.start()):
                continue
            start = m.start()
            if text[max(0, start - 4) : start] in ("the ", "The "):
                start -= 4
            yield COLONY.finding(doc, start, m.end(), message=COLONY.message.format(
                text=text[start : m.end()]))


CHECKS = (PlaceShapes(),)
