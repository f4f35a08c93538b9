"""The anchor index finds what a str.find loop finds, in one scan, and runs only the
rules whose anchors occur."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from auditor.checks.anchors import AnchorIndex
from auditor.document import Document

ROOT = Path(__file__).parent


@dataclass(frozen=True)
class _Entry:
    anchors: tuple[str, ...]
    regex: re.Pattern[str]
    in_quotes: bool = False


ENTRIES = (
    _Entry(("the life", "life"), re.compile(r"lost the life")),
    _Entry(("at the level of", "the past"), re.compile(r"the past \w+")),
    _Entry(("past", "of the", "e t"), re.compile(r"of the \w+"), in_quotes=True),
    _Entry(("ééé",), re.compile(r"ééé")),
)


def _by_find(text: str, anchors) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for a in anchors:
        pos = text.find(a)
        while pos != -1:
            out.setdefault(a, []).append(pos)
            pos = text.find(a, pos + 1)
    return out


def _anchors(entries) -> set[str]:
    return {a for e in entries for a in e.anchors}


def test_overlapping_and_nested_anchors_are_all_found():
    doc = Document.from_text("They lost the life, the lives and the past life of the past.")
    hits = AnchorIndex("t1", ENTRIES).hits(doc)
    assert hits == _by_find(doc.lower_text, _anchors(ENTRIES))
    assert hits["life"] == [14, 43]


def test_matches_respect_quotations_and_report_each_start_once():
    doc = Document.from_text('He lost the life in the past week. "The past year of the war," '
                             "she said, lost the life.")
    got = [(e.regex.pattern, m.group()) for e, m in AnchorIndex("t2", ENTRIES).matches(doc)]
    assert got == [("lost the life", "lost the life"), ("lost the life", "lost the life"),
                   ("the past \\w+", "the past week"), ("of the \\w+", "of the war")]


def test_the_corpora_give_the_same_hits_as_find():
    from auditor.checks.calque_phrases import _entries
    entries = _entries()
    index = AnchorIndex("t3", entries)
    for path in sorted((ROOT / "corpus").rglob("*.txt"))[:80]:
        doc = Document.from_text(path.read_text("utf-8"))
        assert index.hits(doc) == _by_find(doc.lower_text, _anchors(entries)), path


@given(st.text(alphabet="abcdefhilnopst éÉ", max_size=200))
def test_any_text(text):
    doc = Document.from_text(text)
    assert AnchorIndex("t4", ENTRIES).hits(doc) == _by_find(doc.lower_text, _anchors(ENTRIES))
