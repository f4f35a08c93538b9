"""Which format is this text? Content decides; the file extension breaks ties."""

from __future__ import annotations

import json
import re
from enum import Enum

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|section|h[1-6])[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_NITF_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE nitf[^>]*>\s*)?<nitf[\s>]", re.DOTALL
)
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})


class Format(Enum):
    TEXT = "text"
    HTML = "html"
    NITF = "nitf"
    JSON = "json"  # one JSON value, or several concatenated ones
    JSONL = "jsonl"  # one JSON object per line


def _first_line_is_object(text: str) -> bool:
    stripped = text.lstrip()
    line = stripped.split("\n", 1)[0].strip()
    if not line.startswith("{") or len(stripped) <= len(line):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def sniff(text: str, suffix: str = "") -> Format:
    """Guess the format of decoded ``text``; ``suffix`` is the file extension, if any."""
    suffix = suffix.lower()
    head = text[:4096]
    first = head.lstrip()[:1]
    if first in ("{", "["):
        if suffix in JSONL_SUFFIXES or (first == "{" and _first_line_is_object(text)):
            return Format.JSONL
        if suffix in TEXT_SUFFIXES:  # a .txt story that happens to open with a bracket
            return Format.JSON if _parses(text) else Format.TEXT
        return Format.JSON
    if suffix in JSONL_SUFFIXES:
        return Format.JSONL
    if suffix in JSON_SUFFIXES:
        return Format.JSON
    if _NITF_START.match(head):
        return Format.NITF
    if suffix in HTML_SUFFIXES or _HTML_START.match(head):
        return Format.HTML
    return Format.TEXT


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
