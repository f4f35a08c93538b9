"""HTML pages for a batch: one page per audited item, and an index of every record.

Pages are written as items complete; the index is rebuilt at the end from
results.jsonl and errors.jsonl, so a resumed batch lists the items of every run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from auditor.batch.items import Item
from auditor.batch.store import ERRORS, RESULTS, read_records
from auditor.report.html import render_index, render_story
from auditor.report.html.writer import INDEX, page_filename

BATCH_FIELDS = ("item_id", "input", "content_hash")


class BatchPages:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.directory = out / "html"
        self.directory.mkdir(parents=True, exist_ok=True)

    def add(self, item: Item, record: dict[str, Any]) -> None:
        assert item.document is not None
        report = {k: v for k, v in record.items() if k not in BATCH_FIELDS}
        page = render_story(report, item.document.text, index_href=f"./{INDEX}")
        (self.directory / page_name(item.id)).write_text(page, "utf-8", errors="replace")

    def finish(self) -> Path:
        path = self.directory / INDEX
        path.write_text(render_index(self._entries()), "utf-8", errors="replace")
        return path

    def _entries(self) -> Iterator[tuple[dict[str, Any], str | None]]:
        for record in read_records(self.out / RESULTS):
            name = page_name(record["item_id"])
            href = "./" + quote(name) if (self.directory / name).exists() else None
            yield {k: v for k, v in record.items() if k not in BATCH_FIELDS}, href
        for record in read_records(self.out / ERRORS):
            yield {"schema_version": "1.0", "source": record["item_id"],
                   "error": {"kind": record["kind"], "message": record["message"]}}, None


def page_name(item_id: str) -> str:
    """Unique per item: feeds reuse file names and ninjs URIs across versions."""
    digest = hashlib.sha1(item_id.encode("utf-8")).hexdigest()[:8]
    return f"{page_filename(item_id).removesuffix('.html')}-{digest}.html"
