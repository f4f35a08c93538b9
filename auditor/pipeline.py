"""Inputs to reports: expand paths, ingest, audit; errors are values, never raised."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator

from auditor.audit import Auditor, Report
from auditor.errors import InputError
from auditor.ingest import load_bytes, load_items
from auditor.sources import STDIN, expand


def audit_inputs(
    auditor: Auditor, inputs: Iterable[str], *, max_bytes: int | None = None
) -> Iterator[Report | InputError]:
    limit = {} if max_bytes is None else {"max_bytes": max_bytes}
    for location in expand(inputs):
        if isinstance(location, InputError):
            yield location
            continue
        if location == STDIN:
            items = load_bytes(sys.stdin.buffer.read(), "<stdin>", **limit)
        else:
            items = load_items(location, **limit)
        for item in items:
            yield item if isinstance(item, InputError) else auditor.audit_document(item)


def report_filename(source: str) -> str:
    """A safe, unique-enough file name for a report on ``source``."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1] or "stdin"
    name = re.sub(r"[^\w.#-]+", "_", name).replace("#", "__")
    return f"{name}.json"
