"""Entity mistranslation: a news outlet's name translated word for word ("the newspaper
The Country" for El País, "The Seventh Day website" for Youm7)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document
from auditor.finding import Finding

_NOUN = (r"(?:newspaper|daily|paper|weekly|magazine|channel|TV|television|broadcaster|network"
         r"|website|site|portal|news\s+site|agency|outlet|journal)")

OUTLET = rule(
    "entity.translated-outlet", "entity-mistranslation", "warning",
    "“{text}” is {original}, a {lang} outlet, with its name translated word for word",
    suggestion="Use the outlet's own name: {original}", languages={"es": 2.0}, source=__name__,
    bad=["The figures were first published by the Madrid newspaper ⟦The Country⟧ on Sunday.",
         "⟦The Seventh Day⟧ website said three people were hurt in Giza.",
         "According to the French daily ⟦The Cross⟧, the bishops will meet in Lourdes."],
    good=["The Nation, the weekly magazine, ran the essay on Monday.",
          "She told The Financial Times newspaper that rates would fall.",
          "The country's newspapers carried the story on their front pages."])


_BEFORE = re.compile(rf"\b{_NOUN},?\s+[\"“]?$")
_AFTER = re.compile(rf"[\"”]?(?:['’]s)?\s+{_NOUN}\b")


@cache
def _data() -> tuple[dict[str, dict[str, str]], re.Pattern[str]]:
    rows = {r["literal"]: r for r in read_tsv(DATA_DIR / "entity_outlets.tsv")}
    by_first: dict[str, list[str]] = {}
    for name in sorted(rows, key=len, reverse=True):
        first, _, rest = name.partition(" ")
        by_first.setdefault(first, []).append(re.escape(rest).replace(r"\ ", r"\s+"))
    names = "|".join(rf"{f}\s+(?:{'|'.join(rests)})" for f, rests in by_first.items())
    return rows, re.compile(rf"(?:{names})(?![\w-]|\s+[A-Z])")


@cache
def _firsts() -> frozenset[str]:
    return frozenset(name.split()[0] for name in _data()[0])


class TranslatedOutlet:
    rules = (OUTLET,)

    def run(self, doc: Document) -> Iterable[Finding]:
        rows, regex = _data()
        text = doc.text
        firsts = _firsts()
        for tok in doc.tokens:
            if tok.text not in firsts or not (m := regex.match(text, tok.start)):
                continue
            start, end = m.span()
            if not (_BEFORE.search(text, max(0, start - 40), start) or _AFTER.match(text, end)):
                continue
            row = rows[" ".join(m.group().split())]
            langs = row["lang"].split()
            msg = OUTLET.message.format(text=m.group(), original=row["original"],
                                        lang=" or ".join(_LANG[c] for c in langs))
            yield OUTLET.finding(doc, start, end, message=msg,
                                 suggestion=OUTLET.suggestion.format(original=row["original"]),
                                 languages={c: 2.0 / len(langs) for c in langs})


_LANG = {"ar": "Arabic", "es": "Spanish", "fr": "French", "pt": "Portuguese", "it": "Italian"}
CHECKS = (TranslatedOutlet(),)
