"""Every line of the shared XSS payload list, in every field, renders as inert text.

Each chunk of payload lines becomes a story page (payloads as story text, finding
text, message, suggestion, rule id, evidence, outlet, metadata, source, fidelity
rows) and an index page (payloads as story sources and as error messages). Both
are parsed the way a browser parses them, and compared with the pages rendered
from the same records with every visible character replaced by 'x': the element
structure must be identical, and the story text must come back character for
character. The same pages are loaded in Chromium by test_html_browser.py.
"""

from __future__ import annotations

from functools import cache

import pytest

from auditor.report.html import render_index, render_story
from tests.browser import dom
from tests.browser.probes import (
    OWN_PROBES,
    error_record,
    probe_record,
    shared_payloads,
    twin,
)
from tests.conftest import shared_dir

CHUNKS = 6
ALLOWED_IN_TEXT = {("p", ""), ("div", "srow"), ("div", "gut"), ("div", "stext"), ("div", "bt"),
                   ("mark", "hl"), ("span", "ctl"), ("span", "tag"), ("span", "olabel"),
                   ("span", "otrans"), ("span", "btlabel"), ("bdi", "otext"), ("bdi", ""),
                   ("button", "score"), ("span", "sbar"), ("span", "fill"), ("span", "snum"),
                   ("p", "btscores")}


@cache
def _payloads() -> tuple[str, ...]:
    return tuple(shared_payloads(shared_dir("probes")))


def _chunk(k: int) -> list[str]:
    lines = _payloads()
    size = -(-len(lines) // CHUNKS)
    return list(lines[k * size:(k + 1) * size])


def _assert_inert(page: str, twin_page: str) -> None:
    root, twin_root = dom.parse(page), dom.parse(twin_page)
    assert dom.structure(root) == dom.structure(twin_root)
    assert len(list(root.iter("script"))) == 1 and len(list(root.iter("style"))) == 1
    for el in root.iter():
        assert not any(name.startswith("on") for name in el.attrib), el.attrib
        for name in ("href", "src", "action", "formaction", "srcdoc", "style"):
            value = el.get(name)
            assert value is None or (name == "href" and value.startswith(("#", "./"))), \
                (el.tag, name, value)


def _assert_text_container(root, text: str) -> None:
    container = dom.by_id(root, "story-text")
    for el in container.iter():
        if el is container:
            continue
        first_class = (el.get("class") or "").split(" ")[0]
        assert (el.tag, first_class) in ALLOWED_IN_TEXT, (el.tag, el.attrib)
    # The parser drops NUL characters from text, as Chromium does.
    expected = text.replace("\x00", "").replace("\n", "")
    assert dom.story_text(container).replace("\n", "") == expected


@pytest.mark.parametrize("k", range(CHUNKS))
def test_shared_payloads_in_a_story_page_stay_text(k):
    record, text = probe_record(_chunk(k), rich=False)
    page = render_story(record, text, index_href="./index.html")
    _assert_inert(page, render_story(twin(record), twin(text), index_href="./index.html"))
    _assert_text_container(dom.parse(page), text)


@pytest.mark.parametrize("k", range(CHUNKS))
def test_shared_payloads_in_an_index_page_stay_text(k):
    lines = _chunk(k)
    entries = [(probe_record([line], rich=False)[0], "./page.html") for line in lines[::2]]
    entries += [(error_record(line, line), None) for line in lines[1::2]]
    _assert_inert(render_index(entries), render_index([(twin(r), h) for r, h in entries]))


def test_payload_list_is_the_whole_shared_file():
    assert len(_payloads()) > 6000
    assert sum(len(_chunk(k)) for k in range(CHUNKS)) == len(_payloads())


@pytest.mark.parametrize("probe", OWN_PROBES)
def test_own_probe_in_a_rich_story_stays_text(probe):
    lines = [probe, f"The minister said {probe} on Tuesday.", "A plain closing paragraph."]
    record, text = probe_record(lines)
    page = render_story(record, text)
    _assert_inert(page, render_story(twin(record), twin(text)))
    _assert_text_container(dom.parse(page), text)
