"""Origin-marker lines that boilerplate removal drops: footers, bylines, credits, sources.

"Originally published on ...", "Source: X", "© AFP" and author bios name where a story
came from, so HTML ingest keeps them (after the main text) for the provenance checks.
"""

from __future__ import annotations

import re

from lxml import etree

from auditor.ingest.markup import tree_to_text

MAX_LINE = 400
MAX_LINES = 12
# class/id words (article-byline, photoCredit, source_link; not "resources" or "authority")
_CREDIT_ATTR = re.compile(
    r"(?:(?<![a-zA-Z])(?:byline|credit|source|copyright|author|attribution|provenance)"
    r"|(?:Byline|Credit|Source|Copyright|Author|Attribution|Provenance))(?![a-rt-z])"
)
_NAV_TAGS = frozenset({"nav", "script", "style", "noscript", "template", "form", "button"})
# the page-wide scan skips link lists and sidebars (related headlines are not credits)
_SCAN_SKIP = _NAV_TAGS | {"li", "aside", "select", "header"}
_ORIGIN = re.compile(
    r"\b(?:originally|first|initially)\s+(?:published|appeared|posted|ran|written)\b"
    r"|\b(?:published|appeared|posted)\s+(?:originally|first)\b"
    r"|^\W{0,3}(?:sources?|fuente|fonte|quelle|kaynak|credits?)\s*:"
    r"|©|\(c\)\s*\d{4}|^\W{0,3}copyright\b|\bcopyright\s+(?:©|\(c\)|\d{4})"
    r"|\ball rights reserved\b"
    r"|\b(?:republished|reprinted|reproduced)\s+(?:from|with|by|courtesy)\b|\bcourtesy of\b"
    r"|\btranslated\s+(?:from|by)\b|\btranslation\s*:"
    r"|\b(?:publicado|publicada|publié|publiée|paru|apareció|appar[su]o)\s+"
    r"(?:originalmente|originariamente|initialement|à l'origine|d'abord|en)\b"
    r"|\boriginalmente\s+(?:publicad[oa]|em|en)\b"
    r"|derechos reservados|droits réservés|direitos reservados"
    r"|ظهرت?\s+(?:في\s+)?الأصل|نشر(?:ت)?\s+(?:في\s+)?الأصل|المصدر\s*:|جميع الحقوق محفوظة"
    r"|^\(?(?:with|via)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\)?\.?$",
    re.IGNORECASE,
)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _short_lines(el: etree._Element) -> list[str]:
    return [ln for ln in tree_to_text(el, _NAV_TAGS).split("\n") if 0 < len(ln) <= MAX_LINE]


_MENU = re.compile(r"menu|nav|dropdown", re.I)


def _is_credit(el: etree._Element) -> bool:
    """A byline/credit/source element of the story (not a site menu that names authors)."""
    attrs = f"{el.get('class', '')} {el.get('id', '')} {el.get('rel', '')}"
    up = {a.tag for a in el.iterancestors()}
    if "nav" in up or _MENU.search(attrs) or ("header" in up and "article" not in up):
        return False
    return bool(_CREDIT_ATTR.search(attrs)) or el.tag == "address" or (
        el.tag == "footer" and "article" in up
    )


def _credit_elements(body: etree._Element) -> list[etree._Element]:
    found: list[etree._Element] = []
    inside: set[etree._Element] = set()
    for el in body.iter():
        if not isinstance(el.tag, str) or any(a in inside for a in el.iterancestors()):
            continue
        if _is_credit(el):
            found.append(el)
            inside.add(el)
    return found


def candidate_lines(body: etree._Element) -> list[str]:
    """Credit/origin lines of the page in page order (read before anything edits the tree)."""
    all_text = tree_to_text(body, _SCAN_SKIP)
    lines = [ln for ln in all_text.split("\n") if len(ln) <= MAX_LINE and _ORIGIN.search(ln)]
    for el in _credit_elements(body):
        lines.extend(_short_lines(el))
    return sorted(lines, key=lambda ln: all_text.find(ln) % (len(all_text) + 1))


def new_lines(lines: list[str], main_text: str) -> list[str]:
    """``lines`` without repeats and without those the main text already holds."""
    main, seen, out = _norm(main_text), set(), []
    for line in lines:
        key = _norm(line)
        if len(key) < 2 or key in seen or key in main:
            continue
        seen.add(key)
        out.append(line)
    return out[:MAX_LINES]
