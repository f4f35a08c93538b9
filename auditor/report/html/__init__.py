"""HTML reports for editors: one self-contained page per story, plus an index.

Pages are rendered from the JSON record (``auditor.report.jsonout.report_dict``)
and the document text, so batch results can be rendered the same way::

    from auditor.report import html, jsonout
    page = html.render_story(jsonout.report_dict(report), report.document.text)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from auditor.report.html.index import index_view
from auditor.report.html.render import render_page
from auditor.report.html.story import story_view
from auditor.report.html.writer import HtmlReportWriter, page_filename

__all__ = ["HtmlReportWriter", "page_filename", "render_index", "render_story"]


def render_story(record: dict[str, Any], text: str, *, index_href: str | None = None) -> str:
    """The story page for one result record and the text its offsets point into."""
    return render_page("story.html.j2", "story.js", v=story_view(record, text),
                       index_href=index_href)


def render_index(entries: Iterable[tuple[dict[str, Any], str | None]],
                 title: str = "Audit index") -> str:
    """The index page: ``entries`` are (record, href of its page); errors have no page."""
    return render_page("index.html.j2", "index.js", v=index_view(entries), title=title)
