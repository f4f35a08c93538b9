"""JSON feeds -> ninjs items: one object, a JSON array, concatenated objects, or JSON Lines.

Every item becomes a Document or an error of its own, so one bad line in a feed of
thousands costs that line only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from auditor.document import Document
from auditor.errors import InputError
from auditor.ingest.decode import decode_bytes
from auditor.ingest.ninjs import item_to_document

Item = Document | InputError
_JSON_FIX = "fix the JSON (python -m json.tool shows where it breaks)"
_LINE_FIX = "fix or remove that line; each line must hold one JSON object"


def _item_source(path: str, item: Any, index: int | None) -> str:
    """``path#uri``, else ``path#index`` (``path`` alone for a lone item without a uri)."""
    uri = item.get("uri") if isinstance(item, dict) else None
    if isinstance(uri, str) and uri.strip():
        return f"{path}#{uri.strip()}"
    return path if index is None else f"{path}#{index}"


def _safe(item: Any, source: str, where: str = "") -> Item:
    """item_to_document, with a clear one-line error instead of a traceback on a surprise."""
    try:
        return item_to_document(item, source, where)
    except Exception as exc:  # a feed of thousands must not die on one odd item
        why = f"{where}the item could not be read ({type(exc).__name__}: {exc})"
        return InputError(source, why, "report this item to the auditor maintainers")


def iter_json(text: str, path: str) -> Iterator[Item]:
    """A JSON document holding one item, an array of items, or several concatenated items."""
    decoder = json.JSONDecoder()
    values: list[Any] = []
    pos, end = 0, len(text)
    while True:
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end:
            break
        try:
            value, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            why = f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            yield InputError(path, why, _JSON_FIX)
            break
        values.append(value)
    if len(values) == 1 and isinstance(values[0], list):
        values = values[0]
        if not values:
            yield InputError(path, "the JSON array is empty", "give it at least one ninjs item")
    if len(values) == 1:
        yield _safe(values[0], _item_source(path, values[0], None))
        return
    for index, value in enumerate(values, 1):
        yield _safe(value, _item_source(path, value, index), f"item {index}: ")


def iter_lines(lines: Iterable[tuple[int, str | InputError]], path: str) -> Iterator[Item]:
    """JSON Lines: ``lines`` yields (line number, text or a per-line read error)."""
    seen = False
    for lineno, line in lines:
        if isinstance(line, InputError):
            seen = True
            yield line
            continue
        if not line.strip():
            continue
        seen = True
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            why = f"line {lineno} is not valid JSON ({exc.msg} at column {exc.colno})"
            yield InputError(f"{path}#{lineno}", why, _LINE_FIX)
            continue
        yield _safe(item, _item_source(path, item, lineno), f"line {lineno}: ")
    if not seen:
        yield InputError(path, "the feed holds no items", "give it one ninjs JSON object a line")


def text_lines(text: str) -> Iterator[tuple[int, str]]:
    yield from enumerate(text.split("\n"), 1)


def file_lines(path: str, max_bytes: int) -> Iterator[tuple[int, str | InputError]]:
    """Stream a JSON Lines file of any size; each line is held to ``max_bytes``."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                why = f"line {lineno} is {len(raw):,} bytes, over the {max_bytes:,}-byte limit"
                yield lineno, InputError(f"{path}#{lineno}", why, "raise --max-bytes or split it")
                continue
            try:
                yield lineno, decode_bytes(raw, f"{path}#{lineno}").text
            except InputError as exc:
                yield lineno, exc
