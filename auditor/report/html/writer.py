"""Write story pages and the index into a folder, as the CLI audits inputs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

INDEX = "index.html"


def page_filename(source: str) -> str:
    """A safe file name for the page of ``source`` (the JSON report's name, .html)."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1] or "stdin"
    name = re.sub(r"[^\w.#-]+", "_", name).replace("#", "__").lstrip(".") or "story"
    return f"{name}.html"


class HtmlReportWriter:
    """Writes one page per story as it comes, and ``index.html`` on :meth:`finish`.

    Two stories with the same file name get ``-2``, ``-3``... so no page is lost.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._entries: list[tuple[dict[str, Any], str | None]] = []
        self._used = {INDEX}

    def _unique(self, name: str) -> str:
        stem, n = name.removesuffix(".html"), 2
        while name.lower() in self._used:
            name, n = f"{stem}-{n}.html", n + 1
        self._used.add(name.lower())
        return name

    def add_story(self, record: dict[str, Any], text: str) -> Path:
        from auditor.report.html import render_story

        name = self._unique(page_filename(str(record.get("source", ""))))
        path = self.directory / name
        page = render_story(record, text, index_href=f"./{INDEX}")
        path.write_text(page, "utf-8", errors="replace")
        self._entries.append((record, "./" + quote(name)))
        return path

    def add_error(self, record: dict[str, Any]) -> None:
        self._entries.append((record, None))

    def finish(self) -> Path:
        from auditor.report.html import render_index

        path = self.directory / INDEX
        path.write_text(render_index(self._entries), "utf-8", errors="replace")
        return path
