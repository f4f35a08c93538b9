"""Ingest: bytes from files or stdin -> Documents (placeholder: plain UTF-8 text only)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from auditor.document import Document
from auditor.errors import InputError


def load_items(path: Path | str) -> Iterator[Document | InputError]:
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        yield InputError(str(path), exc.strerror or str(exc))
        return
    yield Document.from_text(text, str(path))


def load_path(path: Path | str) -> list[Document]:
    out = []
    for item in load_items(path):
        if isinstance(item, InputError):
            raise item
        out.append(item)
    return out
