"""Inconsistency: one place or group spelled two known ways (Turkey / Türkiye, Kiev / Kyiv).

The spellings come from data/variants.tsv. The story's main spelling is the one
used most (then the one used first); every other spelling is flagged, except in
a sentence that names both on purpose ("Myanmar, formerly Burma").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache

from auditor.checks.base import rule
from auditor.checks.consistency_common import Occurrence, flag
from auditor.checks.consistency_phrases import Table, key
from auditor.checks.declarative import DATA_DIR
from auditor.document import Document
from auditor.finding import Finding

KNOWN = rule(
    "inconsistency.known-variant",
    "inconsistency",
    "warning",
    "“{match}” is spelled {first} elsewhere in this story: one name, two spellings",
    suggestion="Use one spelling throughout: {main}",
    source=__name__,
    bad=[
        "Kiev has asked for more air defence. Officials in ⟦Kyiv⟧ said on Monday the "
        "request was urgent.",
        "Turkey closed its airspace. Later, ⟦Türkiye⟧ reopened two corridors. Turkey "
        "said the measure was temporary.",
    ],
    good=[
        "Myanmar, formerly known as Burma, held elections. Myanmar's army disputed the result.",
        "Turkey's minister spoke. Officials in Türkiye have used that new name since 2022.",
        "The Houthi movement said the Houthis had fired two drones.",
        "Turkey and its Turkish-backed allies met in Ankara; turkey was served at dinner.",
    ],
)


_NAMING = re.compile(r"\b(?:(?:new|old|former|official) name|(?:re)?named|renamed|formerly|"
                     r"known|also called|spell(?:ing|ed|s)?)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def norm(form: str) -> str:
    return key(form).lower()


@cache
def _variants() -> Table[int]:
    lines = (DATA_DIR / "variants.tsv").read_text("utf-8").splitlines()
    groups = [line.strip().split("|") for line in lines if line.strip() and line[0] != "#"]
    return Table.of(((w, i) for i, g in enumerate(groups) for w in g), lower=True)


def known_form(word: str) -> str | None:
    """The normalised spelling when ``word`` is in the variants list, else None."""
    return norm(word) if norm(word) in _variants().entries else None


class KnownVariants:
    rules = (KNOWN,)

    def run(self, doc: Document) -> Iterable[Finding]:
        table = _variants()
        found: dict[int, list[Occurrence]] = defaultdict(list)
        for start, end, group in table.find(doc):
            text = doc.text[start:end]
            form = norm(text)
            if text[0].islower() and not form.startswith("al"):
                continue  # "turkey" the bird, not the country
            if form.endswith("s") and form[:-1] in table.entries:
                form = form[:-1]
            found[group].append(Occurrence(start, end, form, text))
        for occ in found.values():
            if len({o.form for o in occ}) < 2:
                continue  # one spelling throughout (the usual case): nothing to flag
            in_sentence: dict[int, set[str]] = defaultdict(set)
            for o in occ:
                in_sentence[doc.sentence_index(o.start)].add(o.form)
            occ = [o for o in occ if len(in_sentence[doc.sentence_index(o.start)]) == 1
                   and not _NAMING.search(doc.text, max(0, o.start - 40), o.end + 40)]
            yield from flag(doc, occ, lambda main, other: KNOWN)


CHECKS = (KnownVariants(),)
