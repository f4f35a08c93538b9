"""Content farm: image placeholders and stock-photo credits left in the body text.

Farms illustrate copied stories from free stock libraries; the bracketed image
description and credit ("[A map of the region. Source: Pixabay]", "Photo by X on
Unsplash") stay in the text. Agency captions ("(Photo: AFP)") are not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document
from auditor.finding import Finding, Severity

_BRACKET_PARA = re.compile(r"\[(?P<body>[^\[\]\n]{3,240})\]")
_IMAGE_WORDS = re.compile(
    r"\b(?:image|photo|picture|map|illustration|graphic|chart|infographic|caption|screenshot|"
    r"thumbnail|showing|depicting|pictured|photograph|source:|credit:|img)\b", re.I)
_EDITORIAL = re.compile(r"^(?:editor|correction|update|clarification|this (?:story|article))", re.I)
_INLINE = re.compile(r"\[(?:featured )?(?:image|photo|picture|img|illustration|insert (?:an? )?"
                     r"(?:image|photo)[^\]\n]{0,40})(?:\s*[:\-–][^\]\n]{0,150})?\]", re.I)


# What precedes a stock-site name in a credit: "Source: ", "Photo by X on ", "via ".
_CREDIT = re.compile(
    r"(?<![\w-])(?:(?:(?:Image|Photo|Picture|Illustration|Header|Cover|Featured)"
    r"[ \w]{0,12}|Source|Credits?)"
    r"\s*[:|\-–]\s*(?:[^\n:]{0,40}?[ /(])?"
    r"|(?:Photo|Image|Picture)s? (?:by|from) [^\n]{1,40}? (?:on|via|from) "
    r"|(?:via|courtesy of) )$", re.I)


@cache
def _sites() -> tuple[re.Pattern[str], dict[str, Severity], frozenset[str]]:
    rows = read_tsv(DATA_DIR / "farm_stock_sites.tsv")
    names = "|".join(re.escape(r["term"]) for r in sorted(rows, key=lambda r: -len(r["term"])))
    severity = {r["term"]: Severity.parse(r["severity"]) for r in rows}
    first_words = frozenset(r["term"].split()[0] for r in rows)
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"), severity, first_words


PLACEHOLDER = rule(
    "farm.image-placeholder", "content-farm", "warning",
    "An image placeholder left in the body text: the story was copied out of a page layout",
    suggestion="Delete the bracketed image description", source=__name__,
    bad=["The rebels entered the city.\n⟦[A photo of the old citadel at dusk.]⟧\nFighting went on.",
         "Crowds gathered in the square. ⟦[Image: protesters outside the parliament]⟧ Police "
         "watched."],
    good=["[Editor's note: an earlier version of this story misidentified the photo.]",
          "The ministry said the convoy [of 40 trucks] reached the town on Friday."],
)
CREDIT = rule(
    "farm.stock-credit", "content-farm", "warning",
    "A stock-image credit (“{site}”) in the body text: news agencies do not illustrate "
    "with free stock libraries, republishing sites do",
    suggestion="Delete the credit line", source=__name__,
    bad=["The talks resumed on Monday.\n⟦Photo by Ana Ruiz on Unsplash⟧\nDelegates met.",
         "Featured image ⟦via Pexels⟧", "A view of the port. ⟦Image source: Pixabay⟧"],
    good=["Shutterstock shares rose 4% after the company raised its forecast.",
          "Photo: a burst water main floods a street in Leeds (Reuters)",
          "The picture, first posted on Flickr, was later deleted, police said."],
)


class ImagePlaceholders:
    rules = (PLACEHOLDER, CREDIT)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.body
        if "[" in text:
            yield from self._placeholders(doc, text)
        sites, severity, first_words = _sites()
        if first_words.isdisjoint(t.text for t in doc.tokens):  # 10x cheaper than the regex
            return
        for site in sites.finditer(text):  # the site names are rare: look back from them
            credit = _CREDIT.search(text, max(0, site.start() - 70), site.start())
            if credit:
                yield CREDIT.finding(doc, credit.start(), site.end(),
                                     severity=severity[site.group()],
                                     message=CREDIT.message.format(site=site.group()))

    @staticmethod
    def _placeholders(doc: Document, text: str) -> Iterable[Finding]:
        spans = set()
        for para in doc.paragraphs:
            m = _BRACKET_PARA.fullmatch(text, para.start, para.end)
            if m and _IMAGE_WORDS.search(m["body"]) and not _EDITORIAL.match(m["body"]):
                spans.add((para.start, para.end))
        spans.update(m.span() for m in _INLINE.finditer(text))
        for start, end in sorted(spans):
            yield PLACEHOLDER.finding(doc, start, end)

CHECKS = (ImagePlaceholders(),)
