"""HTML page -> Document: main text (trafilatura, offline), page metadata, credit lines.

Credit and origin lines that boilerplate removal drops (footers, bylines, "Source: X")
are appended after the main text, separated by a blank line; ``body_end`` marks where
they begin.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree, html

from auditor.document import Document
from auditor.errors import InputError
from auditor.ingest.credits import candidate_lines, new_lines
from auditor.ingest.markup import tree_to_text

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_NOT_MAIN = frozenset(
    {"script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form"}
)
_AUTHOR_KEYS = ("author", "article:author", "byl", "parsely-author", "sailthru.author",
                "dc.creator")  # fmt: skip
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _meta_tags(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("http-equiv") or "").lower()
        content = (meta.get("content") or "").strip()
        if key and content:
            out.setdefault(key, content)
    return out


def page_metadata(root: etree._Element) -> dict[str, str]:
    """html_lang, site_name, canonical_url, author and title, where the page has them."""
    metas = _meta_tags(root)
    canonical = next((ln.get("href") for ln in root.iter("link")
                      if "canonical" in (ln.get("rel") or "").lower().split() and ln.get("href")),
                     None)  # fmt: skip
    title_el = root.find(".//title")
    title = metas.get("og:title") or (title_el.text_content() if title_el is not None else "")
    meta = {
        "html_lang": root.get("lang") or root.get(_XML_LANG) or metas.get("content-language"),
        "site_name": metas.get("og:site_name") or metas.get("application-name"),
        "canonical_url": canonical or metas.get("og:url"),
        "author": next((metas[k] for k in _AUTHOR_KEYS if k in metas), None),
        "title": " ".join(title.split()) or None,
    }
    return {k: v.strip() for k, v in meta.items() if v and v.strip()}


def _fallback_text(root: etree._Element) -> str:
    for xpath in (".//article", ".//main", ".//body"):
        el = root.find(xpath)
        if el is not None and (text := tree_to_text(el, _NOT_MAIN)):
            return text
    return tree_to_text(root, _NOT_MAIN)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(ln.strip() for ln in text.split("\n") if ln.strip())


def html_to_document(markup: str, source: str, encoding: str = "utf-8") -> Document:
    """Parse one HTML page; raise InputError when it is empty or has no readable text."""
    markup = _XML_DECL.sub("", markup, count=1)
    try:
        root = html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        why = "the HTML page is empty" if "empty" in str(exc) else f"unreadable HTML ({exc})"
        raise InputError(source, why, "check that the file is a web page") from None
    meta = {"format": "html", "encoding": encoding, **page_metadata(root)}
    body = root.find(".//body")
    credits = candidate_lines(body if body is not None else root)
    import trafilatura  # imported here: it costs ~0.5 s, and most inputs are not HTML

    try:
        extracted = trafilatura.extract(
            root, fast=True, include_comments=False, include_tables=True, deduplicate=False
        )
    except Exception:  # an odd page must not stop a batch: fall back to the page text
        extracted = None
    main = _clean(extracted or "")
    if len(main) < 80:  # trafilatura gives up on short pages: take the page text instead
        main = _clean(_fallback_text(root))
    if not main:
        why = "the HTML page has no readable text"
        raise InputError(source, why, "give the page with the story in it, or paste the text")
    extra = new_lines([c for ln in credits if (c := _clean(ln))], main)
    if not extra:
        return Document.from_text(main, source, meta)
    meta["appended_lines"] = extra
    text = main + "\n\n" + "\n".join(extra)
    return Document.from_text(text, source, meta, body_end=len(main) + 2)
