"""Inconsistency: one acronym or one quoted name written two ways in a story.

* "OSDH" and "Osdh": an acronym that also appears as a capitalised word.
* “Deterring Aggression” and “Deter Aggression”: two quoted title-case names whose
  words share their stems (crude suffix stripping) but not their spelling.
The form used most (then first) is the story's; the others are flagged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.consistency_common import Occurrence, flag
from auditor.checks.consistency_phrases import token_keys
from auditor.document import Document
from auditor.finding import Finding
from auditor.wordfreqs import zipf_en

ACRONYM = rule(
    "inconsistency.acronym-case", "inconsistency", "warning",
    "“{match}” is written {first} elsewhere in this story: one acronym, two forms",
    suggestion="Use one form throughout: {main}", source=__name__,
    bad=["The UNHCR opened two camps. According to ⟦Unhcr⟧, 4,000 people arrived.",
         "Fighters of the PKK crossed the border, a ⟦Pkk⟧ statement said. The PKK denied it."],
    good=["WHO officials met. Who pays for the vaccines is unclear.",
          "The ICRC said aid was blocked; ICRC staff left Gaza.",
          "BEIRUT (Reuters) - Beirut's port reopened. NEW DELHI - Delhi slept."],
)
QUOTED = rule(
    "inconsistency.quoted-name", "inconsistency", "warning",
    "“{match}” is called {first} elsewhere in this story: one name, two renderings",
    suggestion="Use one name throughout: “{main}”", source=__name__,
    bad=["The army launched “Operation Iron Shield” at dawn. By noon, “⟦Operation Iron "
         "Shields⟧” had reached the river.",
         "Rebels named the push “Dawn of Liberation”. Commanders said “⟦Dawn of Liberating⟧” "
         "would go on."],
    good=["The army launched “Operation Olive Branch”; “Olive Branch” ended in March.",
          "Protesters chanted “Free Gaza” and “Free Palestine” outside the embassy."],
)
_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "to", "al", "el", "de", "a"})
_SUFFIXES = ("ings", "ing", "ions", "ion", "ed", "es", "s")


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return re.sub(r"(.)\1$", r"\1", w).removesuffix("e")


def _acronym(doc: Document, i: int) -> bool:
    """Not a heading or a dateline in capitals (BEIRUT (Reuters) -, NEW DELHI)."""
    toks = doc.tokens
    return not any(0 <= j < len(toks) and len(toks[j].text) > 1 and toks[j].text.isupper()
                   for j in (i - 1, i + 1)) and all(p.start != toks[i].start
                                                    for p in doc.paragraphs)


def _initial(doc: Document, start: int) -> bool:
    sent = doc.sentence_at(start)
    return sent is not None and sent.start == start


def _acronyms(doc: Document) -> Iterable[list[Occurrence]]:
    keys, toks = token_keys(doc), doc.tokens
    for caps in [k for k in filter(str.isupper, keys.distinct) if 3 <= len(k) <= 6]:
        title = caps.capitalize()
        if title not in keys.distinct:
            continue
        z = zipf_en(caps.lower())
        upper = [i for i in keys.positions(caps) if _acronym(doc, i)]
        lower = [i for i in keys.positions(title)
                 if z < 3 or (z < 4.5 and not _initial(doc, toks[i].start))]
        if upper and lower:
            yield [Occurrence(toks[i].start, toks[i].end, keys.cased[i], keys.cased[i])
                   for i in sorted(upper + lower)]


def _quoted(doc: Document) -> Iterable[list[Occurrence]]:
    found: dict[tuple[str, ...], list[Occurrence]] = defaultdict(list)
    for q in doc.quotes:
        inner = doc.text[q.start + 1 : q.end - 1].strip(" ,.")
        words = inner.split()
        if 2 <= len(words) <= 5 and all(w[0].isupper() or w in _SMALL for w in words):
            start = doc.text.index(inner, q.start)
            key = tuple(_stem(w) for w in words if w not in _SMALL)
            found[key].append(Occurrence(start, start + len(inner), inner, inner))
    return found.values()


class FormVariants:
    rules = (ACRONYM, QUOTED)

    def run(self, doc: Document) -> Iterable[Finding]:
        for occ in _acronyms(doc):
            yield from flag(doc, occ, lambda main, other: ACRONYM)
        for occ in _quoted(doc):
            yield from flag(doc, occ, lambda main, other: QUOTED)


CHECKS = (FormVariants(),)
