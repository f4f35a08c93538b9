"""IPTC ninjs items (1.x, 2.x, 3.0) -> Document, or an error saying why not.

1.x has ``headline``/``byline``/``body_text``/``body_xhtml``; 2.x and 3.0 have
``headlines`` and ``bodies`` lists (3.0 spells keys in camelCase, so keys are read
case-insensitively) and ``by``. The document text is the body only; headline,
byline and the other item fields go into the metadata.
"""

from __future__ import annotations

from typing import Any

from auditor.document import Document
from auditor.errors import InputError, UnsupportedItem
from auditor.ingest.language import base_code, describe, detect_language
from auditor.ingest.markup import html_fragment_to_text, nitf_to_text

NON_TEXT_TYPES = frozenset({"picture", "graphic", "audio", "video", "event", "planning"})
_NINJS_KEYS = frozenset({
    "uri", "headline", "headlines", "body_text", "body_html", "body_xhtml", "bodies", "type",
    "$standard", "standard", "byline", "by", "bylines", "versioncreated", "language",
    "descriptions", "eventdetails",
})  # fmt: skip
_CAMEL_3_0 = ("versionCreated", "firstCreated", "contentCreated", "pubStatus", "copyrightHolder")
_WANT = "auditor audits English text items"


def _str(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict):
        return _str(value.get("value") or value.get("byline") or value.get("name"))
    if isinstance(value, list):
        main = [v for v in value if isinstance(v, dict) and v.get("role") == "main"]
        return next((s for v in main + value if (s := _str(v))), None)
    return None


def ninjs_version(item: dict[str, Any]) -> str:
    for key in ("$standard", "standard"):
        std = item.get(key)
        if isinstance(std, dict) and isinstance(std.get("version"), str):
            return std["version"]
    if any(k in item for k in _CAMEL_3_0):
        return "3.x"
    low = {k.lower() for k in item}
    return "2.x" if low & {"headlines", "bodies", "by"} else "1.x"


def _bodies(f: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, value) for every body the item carries; kind is text, html or nitf."""
    out = [(kind, f[key]) for key, kind in
           (("body_text", "text"), ("body_xhtml", "html"), ("body_html", "html"))
           if isinstance(f.get(key), str)]  # fmt: skip
    for body in f.get("bodies") or []:
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue
        b = {k.lower(): v for k, v in body.items()}
        ctype, role = str(b.get("contenttype") or "").lower(), str(b.get("role") or "").lower()
        if "nitf" in ctype or role == "nitf":
            out.append(("nitf", b["value"]))
        elif "html" in ctype or role in ("html", "xhtml", "html5"):
            out.append(("html", b["value"]))
        elif not ctype or ctype.startswith("text/plain"):
            out.append(("text", b["value"]))
    return out


def pick_body(f: dict[str, Any]) -> tuple[str, str]:
    """The body to audit and its kind (text, html or nitf).

    Among bodies holding (nearly) the most words, the one with the most paragraphs wins
    (1.x ``body_text`` often flattens paragraphs that ``body_xhtml`` keeps), plain text
    on a tie.
    """
    converted = []
    for kind, value in _bodies(f):
        if kind == "nitf":
            text = nitf_to_text(value)
        elif kind == "html":
            text = html_fragment_to_text(value)
        else:  # plain text stays as the agency sent it (stray spaces can be evidence)
            text = value.strip()
        if text:
            converted.append((kind, text))
    if not converted:
        return "", ""
    if len(converted) == 1:
        kind, text = converted[0]
        return text, kind
    words = [len(c[1].split()) for c in converted]
    full = [c for c, n in zip(converted, words, strict=True) if n >= 0.95 * max(words)]
    kind, text = max(full, key=lambda c: (c[1].count("\n"), c[0] == "text"))
    return text, kind


def _metadata(f: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    meta = {
        "format": "ninjs",
        "ninjs_version": ninjs_version(item),
        "uri": _str(f.get("uri")),
        "headline": _str(f.get("headline")) or _str(f.get("headlines")),
        "byline": _str(f.get("byline")) or _str(f.get("by")) or _str(f.get("bylines")),
        "language": _str(f.get("language")),
        "copyrightholder": _str(f.get("copyrightholder")),
        "copyrightnotice": _str(f.get("copyrightnotice")),
        "type": _str(f.get("type")) or ("event" if "eventdetails" in f else None),
        "version": _str(f.get("version")),
        "located": _str(f.get("located")),
    }
    return {k: v for k, v in meta.items() if v is not None}


def item_to_document(item: Any, source: str, where: str = "") -> Document | InputError:
    """One ninjs item -> Document, UnsupportedItem (fine but not auditable) or InputError."""
    if not isinstance(item, dict):
        why = f"{where}a JSON {type(item).__name__}, not a ninjs item (a JSON object)"
        return InputError(source, why, "each item must be one ninjs JSON object")
    f = {k.lower(): v for k, v in item.items()}
    if not _NINJS_KEYS & f.keys():
        why = f"{where}a JSON object but not a ninjs news item (no uri, headline or body)"
        return InputError(source, why, "give IPTC ninjs items, plain text or HTML")
    meta = _metadata(f, item)
    kind = meta.get("type")
    if kind in NON_TEXT_TYPES:
        why = f"{where}ninjs {kind} item has no text story to audit"
        return UnsupportedItem(source, why, _WANT)
    text, body_kind = pick_body(f)
    if not text:
        label = f"ninjs {kind} item" if kind else "ninjs item"
        return UnsupportedItem(source, f"{where}{label} has no text body to audit", _WANT)
    declared = meta.get("language")
    if declared and base_code(declared) != "en":
        why = f"{where}the item is in {describe(declared)}"
        return UnsupportedItem(source, why, "auditor audits English copy")
    if not declared:
        detected = detect_language(text)
        if detected and detected != "en":
            why = f"{where}the item has no language field and its text is in {describe(detected)}"
            return UnsupportedItem(source, why, "auditor audits English copy")
        meta["language_detected"] = detected
    meta["body_format"] = body_kind
    return Document.from_text(text, source, meta)
