"""Ingest: bytes from files or stdin -> Documents.

Formats are sniffed from the content (the extension breaks ties): plain text, HTML,
NITF, an IPTC ninjs JSON item (or a JSON array of items), and JSON Lines feeds.
Per-item problems are *yielded* as InputError (UnsupportedItem for items that were
read but hold nothing to audit), so one bad line in a feed never hides the rest.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from auditor.document import Document
from auditor.errors import InputError, UnsupportedItem
from auditor.ingest import jsonl
from auditor.ingest.decode import decode_bytes
from auditor.ingest.html import html_to_document
from auditor.ingest.markup import nitf_to_text
from auditor.ingest.sniff import JSONL_SUFFIXES, Format, sniff

__all__ = ["DEFAULT_MAX_BYTES", "STDIN", "InputError", "UnsupportedItem", "load_bytes",
           "load_items", "load_path"]  # fmt: skip

DEFAULT_MAX_BYTES = 10_000_000
STDIN = "<stdin>"
Item = Document | InputError

logging.getLogger("trafilatura").addHandler(logging.NullHandler())  # the library never prints


def _too_big(source: str, size: int, max_bytes: int) -> InputError:
    why = f"the input is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit"
    return InputError(source, why, "raise the limit with --max-bytes, or split the input")


def load_bytes(
    data: bytes, source: str = STDIN, *, max_bytes: int = DEFAULT_MAX_BYTES, suffix: str = ""
) -> Iterator[Item]:
    """Documents (or errors) from raw bytes; ``suffix`` is a file-extension hint."""
    if len(data) > max_bytes:
        yield _too_big(source, len(data), max_bytes)
        return
    try:
        decoded = decode_bytes(data, source)
        fmt = sniff(decoded.text, suffix)
        if fmt is Format.JSONL:
            yield from jsonl.iter_lines(jsonl.text_lines(decoded.text), source)
        elif fmt is Format.JSON:
            yield from jsonl.iter_json(decoded.text, source)
        elif fmt is Format.HTML:
            yield html_to_document(decoded.text, source, decoded.encoding)
        else:
            yield _text_document(decoded.text, source, decoded.encoding, fmt)
    except InputError as exc:
        yield exc


def _text_document(text: str, source: str, encoding: str, fmt: Format) -> Document:
    if fmt is Format.NITF:
        text = nitf_to_text(text)
        if not text.strip():
            raise InputError(source, "the NITF document has no body text", "check the file")
    return Document.from_text(text, source, {"format": fmt.value, "encoding": encoding})


def _looks_like_jsonl(path: Path) -> bool:
    if path.suffix.lower() in JSONL_SUFFIXES:
        return True
    with path.open("rb") as fh:
        head = fh.read(65536)
    return head.lstrip().startswith(b"{") and b"}\n{" in head.replace(b"\r\n", b"\n")


def load_items(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Documents (or errors) from a file; ``-`` reads standard input."""
    if str(path) == "-":
        yield from load_bytes(sys.stdin.buffer.read(max_bytes + 1), STDIN, max_bytes=max_bytes)
        return
    path = Path(path)
    try:
        if path.is_dir():
            yield InputError(str(path), "is a directory", "pass the files in it, e.g. dir/*.txt")
            return
        size = path.stat().st_size
        if size > max_bytes and _looks_like_jsonl(path):  # a big feed: stream it line by line
            yield from jsonl.iter_lines(jsonl.file_lines(str(path), max_bytes), str(path))
            return
        if size > max_bytes:
            yield _too_big(str(path), size, max_bytes)
            return
        data = path.read_bytes()
    except OSError as exc:
        fix = "check the path" if isinstance(exc, FileNotFoundError) else "check the file"
        yield InputError(str(path), (exc.strerror or str(exc)).lower(), fix)
        return
    yield from load_bytes(data, str(path), max_bytes=max_bytes, suffix=path.suffix)


def load_path(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """All Documents of a file; raises the first InputError."""
    out = []
    for item in load_items(path, max_bytes=max_bytes):
        if isinstance(item, InputError):
            raise item
        out.append(item)
    return out
