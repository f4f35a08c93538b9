"""Work items: every input item with a stable id and a content hash."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from auditor.document import Document
from auditor.errors import InputError
from auditor.ingest import load_bytes, load_items
from auditor.sources import STDIN, expand


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Item:
    """One input item: a document to audit or an input error to record."""

    id: str
    location: str
    hash: str
    document: Document | None = None
    error: InputError | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.hash)

    def payload(self) -> tuple[str, str, dict[str, Any], int | None]:
        """What a worker needs to rebuild the Document (MappingProxy does not pickle)."""
        doc = self.document
        assert doc is not None
        return doc.text, doc.source, dict(doc.metadata), doc.body_end


def _location(source: str) -> str:
    return source.split("#", 1)[0]


def iter_items(inputs: Iterable[str], stdin_bytes: bytes | None = None,
               max_bytes: int | None = None) -> Iterator[Item]:
    """Every item of every input, in input order; errors are items too."""
    limit = {} if max_bytes is None else {"max_bytes": max_bytes}
    for location in expand(inputs):
        if isinstance(location, InputError):
            yield _error_item(location, location.source)
            continue
        if location == STDIN:
            loaded = load_bytes(stdin_bytes or b"", "<stdin>", **limit)
        else:
            loaded = load_items(location, **limit)
        for entry in loaded:
            if isinstance(entry, InputError):
                yield _error_item(entry, location)
            else:
                yield Item(entry.source, location, content_hash(entry.text), document=entry)


def _error_item(error: InputError, location: str) -> Item:
    return Item(error.source, _location(location), "error:" + content_hash(error.one_line()),
                error=error)
