"""Origin markers: credit lines of the source newsroom left in the copy: staff labels in the
source language ("Edição: Marina Tavares", "Redacción: EFE"), photo credits naming a foreign
outlet ("Photo: Rafael Nunes/Agência Brasil") or a newsroom convention ("Foto: Especial")."""

from __future__ import annotations

from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.origin_common import LANGUAGE_OF, describe, foreign_desk, merge
from auditor.checks.origin_staff_data import Credit, credits
from auditor.document import Document
from auditor.finding import Finding, Severity
from auditor.outlets import is_native

LABEL = rule(
    "origin.credit-label-foreign", "origin-marker", "warning",
    "A credit label in {language} (“{text}”): the source newsroom's credits were left in the copy",
    suggestion="Delete the line, or credit the original publisher in English", source=__name__,
    bad=["Rates were held at 10.5%.\n⟦Edição: Carla Nogueira Dias⟧",
         "⟦Redacción: Tomás Ibarra y Lucía Medina⟧\nThe dam burst at dawn.",
         "The bridge reopens in May.\n⟦Traduction : Hélène Marchand⟧",
         "⟦Redazione⟧\nThe senate voted late on Tuesday.",
         "Exports fell.\n\n⟦Reportagem: João Pedro Alves⟧ / ⟦Texto: Rita Moura⟧"],
    good=["Edition: the second print run sold out.", "Texts: the full speeches are online.",
          "Por ejemplo, he said, the law is clear.\nThe court agreed.",
          "Editor: Jane Smith\nThe council voted.", "Photo: Jane Smith\nThe council voted."])
PHOTO = rule(
    "origin.photo-outlet", "origin-marker", "info",
    "A photo credit naming {outlet}: the story and its pictures came from that outlet",
    suggestion="Delete the photo credit from the body text", source=__name__,
    bad=["Inflation slowed in May.\n⟦Photo: Tânia Rêgo/Agência Brasil⟧",
         "The coach was sacked on Friday. (⟦Photo: EFE⟧)",
         "Voters queued for hours.\n⟦Foto: Marco Rossi/ANSA⟧",
         "Fishermen blocked the port.\n⟦Photo: Clarín/Archive⟧"],
    good=["Photo: Smoke rises over the outskirts of Hama on Friday. (AFP)",
          "The minister spoke. (AP Photo/Evan Vucci)", "Photo: Jane Smith\nThe council met.",
          "Photographer Ana Ruiz, who worked for EFE, won the prize."])
CONVENTION = rule(
    "origin.photo-convention", "origin-marker", "info",
    "“{text}”: a photo credit in the convention of the source newsroom",
    suggestion="Delete the photo credit from the body text", source=__name__,
    bad=["Two suspects were held.\n⟦Photo: Special⟧",
         "The mayor opened the road. (⟦Foto: Especial⟧)",
         "The clinic closed.\n⟦Photo: Disclosure⟧", "Flood waters rose.\n⟦Photo: Reuters/File⟧",
         "Police sealed the area.\n⟦Photo: Social networks⟧"],
    good=["Photo: Courtesy of the Ortiz family", "Special photo section, page 12",
          "Photo: A special unit patrols the border.", "(AP Photo/File)"])


def _photo_outlet(doc: Document, c: Credit) -> Finding | None:
    found = [(o, n) for o, n in c.outlets if o.language != "en"]
    if not found:
        return None
    outlet, name = found[0]
    weight = 2.5 if is_native(outlet, name) else 1.5 if foreign_desk(outlet) else 0.7
    label = c.label.languages.get(outlet.language, 0.0)
    words = merge(*(w for _, w in c.words))
    langs = merge({outlet.language: max(weight, 1.5 if label else 0.0)}, words)
    loud = label or max(words.values(), default=0) >= 1.5
    return PHOTO.finding(doc, c.start, c.end, languages=langs, outlet=outlet.id,
                         severity=Severity.WARNING if loud else None,
                         message=PHOTO.message.format(outlet=describe(outlet)))


class StaffCredits:
    rules = (LABEL, PHOTO, CONVENTION)

    def run(self, doc: Document) -> Iterable[Finding]:
        for c in credits(doc):
            text = doc.text[c.start : c.end]
            if doc.in_quote(c.start, c.end):
                continue
            if c.label.kind == "photo" and (finding := _photo_outlet(doc, c)):
                yield finding
            elif c.label.kind == "photo" and c.words and (
                    any(k == "source" for k, _ in c.words) or c.outlets):
                words = merge(*(w for _, w in c.words))  # "Foto: Especial": the word decides
                langs = merge(words, {k: v for k, v in c.label.languages.items()
                                      if k in words or not words})
                if not c.outlets and not langs:
                    continue
                loud = max(langs.values(), default=0) >= 1.5
                yield CONVENTION.finding(doc, c.start, c.end, languages=langs or {"es": 0.3,
                                                                                  "pt": 0.3},
                                         severity=Severity.WARNING if loud else None,
                                         message=CONVENTION.message.format(text=text))
            elif c.label.languages and (c.people or c.outlets or c.label.alone) and not c.words:
                langs = merge(c.label.languages, c.joined)
                top = max(langs, key=langs.__getitem__)
                outlet = next((o for o, _ in c.outlets), None)
                yield LABEL.finding(doc, c.start, c.end, languages=langs,
                                    outlet=outlet.id if outlet else None,
                                    severity=None if langs[top] >= 1.5 else Severity.INFO,
                                    message=LABEL.message.format(language=LANGUAGE_OF.get(top, top),
                                                                 text=text))


CHECKS = (StaffCredits(),)
