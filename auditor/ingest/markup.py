"""Markup -> text with one paragraph per line (HTML fragments in ninjs bodies, NITF)."""

from __future__ import annotations

import re

from lxml import etree, html

BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "figure",
    "figcaption", "table", "tr", "caption", "address", "nav", "form", "fieldset", "hr",
    # NITF
    "hl1", "hl2", "hedline", "byline", "dateline", "distributor", "block", "body.head",
    "body.content", "body.end", "tagline", "abstract",
})  # fmt: skip
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "docdata", "tobject"})
_SPACE = re.compile(r"\s+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""  # comments, processing instructions
    return tag.rsplit("}", 1)[-1].lower()


def tree_to_text(root: etree._Element, skip: frozenset[str] = SKIP_TAGS) -> str:
    """Text of ``root``: each block element starts a new line, whitespace is collapsed."""
    parts: list[str] = []
    skipping = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = _local(el.tag)
        if event == "start":
            if tag in skip or not isinstance(el.tag, str):
                skipping += 1
            elif not skipping:
                if tag in BLOCK_TAGS or tag == "br":
                    parts.append("\n")
                if el.text:
                    parts.append(_SPACE.sub(" ", el.text))
            continue
        if tag in skip or not isinstance(el.tag, str):
            skipping -= 1
        elif not skipping and tag in BLOCK_TAGS:
            parts.append("\n")
        if not skipping and el.tail and el is not root:
            parts.append(_SPACE.sub(" ", el.tail))
    lines = (line.strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def html_fragment_to_text(markup: str) -> str:
    """Text of an HTML (or XHTML) fragment or page; empty string when there is none."""
    markup = _XML_DECL.sub("", markup)
    if not markup.strip():
        return ""
    if "<" not in markup:
        return "\n".join(_SPACE.sub(" ", ln).strip() for ln in markup.splitlines() if ln.strip())
    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    return tree_to_text(root)


def nitf_to_text(markup: str) -> str:
    """Body text of a NITF document (``body.content``, else the whole ``body``)."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(markup.encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        return html_fragment_to_text(markup)
    content = root.find(".//body.content")
    if content is None:
        content = root.find(".//body")
    return tree_to_text(content if content is not None else root)
