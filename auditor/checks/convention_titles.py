"""Source convention: academic and professional titles before a name that English news drops
(Eng. for Arabic muhandis, Me for French Maître, On. for Italian Onorevole, Prof. Dr., Lic.)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding, Severity

# title -> (languages, sure); unsure ones are only a hint (Arch. may be an archbishop).
_TITLES: dict[str, tuple[dict[str, float], bool]] = {
    "Prof. Dr.": ({"tr": 1.0, "de": 1.0}, True), "Doç. Dr.": ({"tr": 2.0}, True),
    "Op. Dr.": ({"tr": 2.0}, True), "Uzm. Dr.": ({"tr": 2.0}, True),
    "Dr. Eng.": ({"ar": 1.5}, True), "Dr.-Ing.": ({"de": 1.5}, True),
    "Dipl.-Ing.": ({"de": 1.5}, True), "Dr. med.": ({"de": 1.5}, True),
    "Eng.": ({"ar": 1.2}, True), "Ing.": ({"es": 0.8, "it": 0.8, "de": 0.5}, True),
    "Avv.": ({"it": 1.5}, True), "Dott.": ({"it": 1.5}, True), "Dott.ssa": ({"it": 1.5}, True),
    "Prof.ssa": ({"it": 1.5}, True), "Arq.": ({"es": 1.2, "pt": 1.0}, True),
    "Dra.": ({"es": 1.0, "pt": 1.0}, True), "Licda.": ({"es": 1.5}, True),
    "Lcdo.": ({"es": 1.5}, True), "Lcda.": ({"es": 1.5}, True), "Mtro.": ({"es": 1.5}, True),
    "Mtra.": ({"es": 1.5}, True), "Pr": ({"fr": 1.2}, True), "Me": ({"fr": 1.5}, True),
    "Arch.": ({"it": 0.8}, False), "Lic.": ({"es": 0.8}, False), "Geom.": ({"it": 1.0}, False),
    "Sra.": ({"es": 0.6, "pt": 0.4}, False), "On.": ({"it": 1.0}, False),
    "Engineer": ({"ar": 0.6}, False),
}
_HEADS = frozenset(t.split(".")[0].split()[0] for t in _TITLES)
_TITLE = re.compile(
    r"(?<![\w.-])(?P<title>" + "|".join(re.escape(t) for t in sorted(_TITLES, key=len,
                                                                      reverse=True))
    + r") (?P<name>{0}(?: (?:(?:al|el|bin|de|da|di|van|von)[- ])?{0})?)".format(
        r"[A-ZÀ-ÞĞİŞ][a-zà-ÿğışç'’]+(?:-[A-Za-zà-ÿğışç'’]+)*"))
_NOT_NAME = re.compile(r"(?:Lit|Too|Corps|Brigade|Battalion|Regiment|Command|Company|School|"
                       r"Department|Officer|Jobs)\b")
_LAWYER = re.compile(r"(?i:lawyer|counsel|attorney|avocat|defen[cs]e|represent|barrister|"
                     r"client|court|bar association|plaintiff|appeal|trial|hearing|judge|verdict|"
                     r"acquit|prosecut|sentenc|lawsuit|complaint|charges)")

TITLE = rule(
    "convention.foreign-title", "source-convention", "warning",
    "“{text}”: the title {title} before a name is a {langs} convention; English news gives the"
    " name alone and the role in words (an engineer, a lawyer, a professor)",
    suggestion="Drop “{title}” and describe the role if it matters", source=__name__,
    languages={"ar": 0.8, "tr": 0.8, "it": 0.8, "fr": 0.8, "es": 0.8},
    bad=["The ministry's adviser, ⟦Eng. Khaled Mansour⟧, inspected the pumping station.",
         "⟦Me Laurent Dubois⟧, who represents the family, will appeal the ruling.",
         "⟦Prof. Dr. Ayşe Demir⟧ of Hacettepe University led the study with ⟦Op. Dr. Kaya⟧.",
         "The hearing was chaired by ⟦On. Elisa Morandi⟧ of the Democratic Party.",
         "⟦Dipl.-Ing. Markus Weber⟧ and ⟦Avv. Rossi⟧ signed the report.",
         "The plan was presented by ⟦Lic. Ana Torres⟧ and ⟦Ing. Luis Ramírez⟧ in Puebla."],
    good=["Dr. Smith and Prof. Jones led the study; Rev. Al Green and Gen. Mark Milley spoke.",
          "Sen. Elizabeth Warren and Rep. Jim Jordan clashed; Gov. Gavin Newsom left.",
          "Read Me Before You, hum Call Me Maybe, and join the Me Too movement, lawyers said.",
          "Game On. Elisa Morandi won; she took an Eng. Lit. degree at Leeds.",
          "Chief Engineer Montgomery Scott and the Army Engineer Corps fixed the levee."])


class Titles:
    rules = (TITLE,)

    def run(self, doc: Document) -> Iterable[Finding]:
        if _HEADS.isdisjoint(doc.vocabulary):
            return
        text = doc.text
        for m in _TITLE.finditer(text):
            title, name = m.group("title"), m.group("name")
            langs, sure = _TITLES[title]
            prev = text[max(0, m.start() - 30) : m.start()].split()
            if _NOT_NAME.match(name) or (" " not in name and not sure):
                continue
            if title in ("Me", "On.", "Engineer") and prev and prev[-1][:1].isupper() and not \
                    prev[-1].endswith((".", ",", ":")):
                continue  # Call Me Maybe, Game On, Chief Engineer
            if title == "Me" and not _LAWYER.search(text, max(0, m.start() - 200), m.end() + 200):
                continue
            yield TITLE.finding(
                doc, m.start(), m.end(), languages=langs,
                severity=None if sure else Severity.INFO,
                message=TITLE.message.format(text=m.group(), title=title,
                                             langs="/".join(langs)),
                suggestion=TITLE.suggestion.format(title=title))


CHECKS = (Titles(),)
