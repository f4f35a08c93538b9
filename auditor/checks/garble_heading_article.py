"""Garble: a question heading that lost its article ("What does attack mean?").

Arabic, Russian and other sources drive machine translation to drop or garble
articles in short subheadings. Only a short paragraph that is a question, with a
lower-case singular count noun straight after the auxiliary, is flagged; mass
nouns ("What is inflation?") and names ("What does Hamas want?") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document
from auditor.finding import Finding

_HEADING = re.compile(
    r"(?:What|Who|Why|How|When|Where|Which)\s+(?:does|do|did|is|was|will|can|could|would|"
    r"should|has)\s+(?P<noun>[a-z]+)\b[^?\nA-Z]{0,60}\?"
)


@cache
def _count_nouns() -> frozenset[str]:
    return frozenset(r["term"] for r in read_tsv(DATA_DIR / "garble_count_nouns.tsv"))


HEADING = rule(
    "garble.heading-article",
    "garble",
    "info",
    "“{noun}” has no article in this question heading: an article was lost in translation",
    suggestion="Add “the” (“What does the {noun} mean?”)",
    languages={"ar": 0.3},
    source=__name__,
    bad=[
        "⟦Why did army withdraw from the border?⟧\nThe army left on Monday.",
        "⟦What does ruling change?⟧\nThe court ruled on Tuesday.",
    ],
    good=[
        "What does the ruling change?\nThe court ruled on Tuesday.",
        "What does Hamas want?\nThe group issued demands.",
        "What is inflation?\nPrices rose again.",
        "Who is opposition leader Keir Starmer?\nHe leads Labour.",
        "Officials asked why did army units withdraw from the border without orders, and "
        "who gave the order to pull back from the northern sector?",
    ],
)


class HeadingArticle:
    rules = (HEADING,)

    def run(self, doc: Document) -> Iterable[Finding]:
        nouns = _count_nouns()
        for para in doc.paragraphs:
            if para.end - para.start > 80:
                continue
            m = _HEADING.fullmatch(doc.text, para.start, para.end)
            if m and m.group("noun") in nouns:
                noun = m.group("noun")
                yield HEADING.finding(doc, para.start, para.end,
                                      message=HEADING.message.format(noun=noun),
                                      suggestion=HEADING.suggestion.format(noun=noun))


CHECKS = (HeadingArticle(),)
