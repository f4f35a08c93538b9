"""Source convention: how the source names people. Portuguese and Spanish put the article and
the profession before a name as a title (o engenheiro Paulo Sequeira: "the engineer Paulo
Sequeira"); Mexican prosecutors and crime reporters replace a suspect's surname with "N"
(Jorge "N"), a convention English keeps only when explaining it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+"
_ROLES = ("engineer", "lawyer", "doctor", "professor", "deputy", "senator", "councilman",
          "councilwoman", "councillor", "councilor")
_ARTICLE_TITLE = re.compile(
    r"(?<![\w-])(?:the|The) (?P<role>" + "|".join(_ROLES) + r") (?P<name>" + _NAME
    + r" (?:(?:da|de|do|dos|das|del|di|la) )?" + _NAME + r")(?![\w-])")
_WORK = re.compile(r" (?:Who|Strange|Zhivago|Foster|No|Watson)\b")
_MARKS = ('"N"', "“N”", "'N'", "‘N’")
_N_MARK = re.compile("(?:" + "|".join(_MARKS) + r")(?![\w-])(?! word)")
_PERSON = re.compile(r"(?<![\w-])" + _NAME + r"(?: " + _NAME + r"){0,2} \Z")
_NOT_PERSON = frozenset(("The", "Letter", "Press", "Type", "Key", "Option", "Button", "Grade"))

ARTICLE_TITLE = rule(
    "convention.article-title", "source-convention", "info",
    "“{text}”: “the {role}” used as a title before the name follows Portuguese/Spanish usage"
    " (o engenheiro, el abogado); English writes the name and the role apart",
    suggestion="Write “{name}, {article} {role},” or “{name}”", source=__name__,
    languages={"pt": 0.5, "es": 0.4, "it": 0.3},
    bad=["The bridge was inspected by ⟦the engineer Paulo Sequeira⟧ on Friday.",
         "Family members hired ⟦the lawyer Ana Ferreira⟧ to sue the clinic.",
         "⟦The doctor João Marques⟧ treated the driver at the roadside.",
         "The proposal came from ⟦the deputy Marcos do Val⟧, who chairs the committee."],
    good=["The engineer who designed the dam, Paulo Sequeira, was not consulted.",
          "The engineer, Paulo Sequeira, said the cracks were superficial.",
          "Fans of the doctor Who franchise queued; the lawyer said Smith would appeal.",
          "Dr. Ana Ferreira, a lawyer, and engineer Paulo Sequeira signed the report."])
PLACEHOLDER = rule(
    "convention.placeholder-surname", "source-convention", "info",
    "“{text}”: Mexican prosecutors and papers replace a suspect's surname with “N”; English"
    " copy gives the first name and says the surname was withheld",
    suggestion="Write “a man identified only as {first}” or give the full name if public",
    source=__name__, languages={"es": 1.2},
    bad=["Police in Jalisco arrested ⟦Jorge \"N\"⟧, 34, over the killing.",
         "Prosecutors charged ⟦Juan Carlos “N”⟧ with kidnapping.",
         "The suspect, ⟦María 'N'⟧, was taken to the prison in Puebla."],
    good=["Joaquín Guzmán, alias \"El Chapo\", was extradited in 2017.",
          "Press \"N\" to cancel, or type the letter “N” in the box.",
          "She never uses the \"N\" word and got a grade of \"N\" for the class."])


class NameForms:
    rules = (ARTICLE_TITLE, PLACEHOLDER)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        if not doc.vocabulary.isdisjoint(_ROLES):
            for m in _ARTICLE_TITLE.finditer(text):
                if _WORK.match(text, m.start("name") - 1) or doc.in_quote(m.start()):
                    continue
                values = {"text": m.group(), "role": m.group("role"), "name": m.group("name"),
                          "article": "an" if m.group("role")[0] in "aeiou" else "a"}
                yield ARTICLE_TITLE.finding(doc, m.start(), m.end(),
                                            message=ARTICLE_TITLE.message.format(**values),
                                            suggestion=ARTICLE_TITLE.suggestion.format(**values))
        if not any(mark in text for mark in _MARKS):
            return
        for m in _N_MARK.finditer(text):
            person = _PERSON.search(text, max(0, m.start() - 60), m.start())
            if person is None or person.group().split()[0] in _NOT_PERSON:
                continue
            first = person.group().strip()
            yield PLACEHOLDER.finding(
                doc, person.start(), m.end(),
                message=PLACEHOLDER.message.format(text=text[person.start() : m.end()]),
                suggestion=PLACEHOLDER.suggestion.format(first=first))


CHECKS = (NameForms(),)
