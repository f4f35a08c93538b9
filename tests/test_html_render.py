"""HTML reports without a browser: segmentation, page content, CSP, index, writer, CLI."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.cli import main
from auditor.report.html import HtmlReportWriter, page_filename, render_index, render_story
from auditor.report.html.segments import CONTROL_NAMES, build_rows
from tests.browser import dom
from tests.browser.records import expert_record, not_scored, real_record, with_fidelity
from tests.conftest import SEEDS

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


# -- segmentation ---------------------------------------------------------------------------

def _check_rows(text: str, spans: list[tuple[int, int]], sentence_starts=()) -> None:
    findings = [{"start": a, "end": b} for a, b in spans]
    rows = build_rows(text, findings, sentence_starts)
    heads = [t.finding for r in rows for t in r.tokens if t.kind == "open" and t.head]
    assert sorted(heads) == list(range(len(spans)))       # one head per finding
    shown = "".join(t.text for r in rows for t in r.tokens if t.kind in ("text", "control"))
    assert shown == text.replace("\n", "")                 # every character, once, in order
    pieces: dict[int, list[str]] = {i: [] for i in range(len(spans))}
    for r in rows:
        stack: list[int] = []
        for t in r.tokens:
            if t.kind == "open":
                stack.append(t.finding)
            elif t.kind == "close":
                assert stack, "a close without an open"
                stack.pop()
            else:
                for i in set(stack):
                    pieces[i].append(t.text)
        assert not stack, "an open highlight at the end of a row"
    for i, (a, b) in enumerate(spans):
        assert "".join(pieces[i]) == text[a:b].replace("\n", "")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_rows_cover_text_and_give_every_finding_one_head(data):
    text = data.draw(st.text(alphabet="ab .\n\u202e", max_size=40))
    n = len(text)
    spans = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
                               .map(tuple), max_size=8))
    starts = data.draw(st.lists(st.integers(0, n), max_size=5, unique=True).map(sorted))
    _check_rows(text, spans, starts)


def test_crossing_findings_split_into_nested_pieces():
    text = "one two three four"
    rows = build_rows(text, [{"start": 0, "end": 7}, {"start": 4, "end": 13}])
    kinds = [(t.kind, t.finding, t.head) for t in rows[0].tokens if t.kind != "text"]
    # "one " [0] "two" [0 > 1] " three" [1]: 1 nests inside 0, then continues alone
    assert kinds == [("open", 0, True), ("open", 1, True), ("close", -1, False),
                     ("close", -1, False), ("open", 1, False), ("close", -1, False)]
    _check_rows(text, [(0, 7), (4, 13)])


def test_finding_with_nothing_visible_gets_an_empty_head():
    text = "First line.\n\nSecond line."
    rows = build_rows(text, [{"start": 11, "end": 13}, {"start": 5, "end": 5}])
    heads = {t.finding: t.empty for r in rows for t in r.tokens if t.kind == "open"}
    assert heads == {0: True, 1: True}


def test_bidi_and_zero_width_controls_become_labelled_tokens():
    text = "a\u202eb\u200bc\u200dd"
    tokens = build_rows(text, [])[0].tokens
    assert [t.text for t in tokens if t.kind == "control"] == ["\u202e", "\u200b"]
    page = render_story({"source": "s", "findings": [], "verdict": {}}, text)
    container = dom.by_id(dom.parse(page), "story-text")
    labels = [el.get("data-ctl") for el in dom.select(container, "span", "ctl")]
    assert labels == [CONTROL_NAMES["\u202e"], CONTROL_NAMES["\u200b"]]
    assert dom.story_text(container).replace("\n", "") == text    # ZWJ kept as it is


# -- story pages ----------------------------------------------------------------------------

def _page(record, text):
    page = render_story(record, text)
    return page, dom.parse(page)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_page_highlights_every_finding_of_the_record(auditor_instance, name):
    record, text = real_record(auditor_instance, name)
    _, root = _page(record, text)
    container = dom.by_id(root, "story-text")
    heads = dom.select(container, "mark", "head")
    assert sorted(int(m.get("data-finding")) for m in heads) == list(range(len(record["findings"])))
    assert dom.story_text(container).replace("\n", "") == text.replace("\n", "")
    for i, f in enumerate(record["findings"]):
        assert dom.finding_text(container, i) == f["text"].replace("\n", "")
    items = root.findall(".//ol[@id='findings']/li")
    assert [li.get("id") for li in items] == [f"f-{i}" for i in range(len(record["findings"]))]


def test_expert_page_has_every_category_in_filters_legend_and_list():
    record, text = expert_record("000_9ecf2cbfba041018.txt")
    _, root = _page(record, text)
    cats = {f["category"] for f in record["findings"]}
    filters = {i.get("value") for i in root.iter("input") if i.get("data-filter") == "cat"}
    assert filters == cats
    assert len(dom.select(dom.by_id(root, "findings"), "li")) == len(record["findings"])
    items = {li.get("id"): dom.text(li) for li in dom.select(dom.by_id(root, "findings"), "li")}
    for i, f in enumerate(record["findings"]):
        assert f["message"] in items[f"f-{i}"] and f["rule_id"] in items[f"f-{i}"]


def test_verdict_claims_link_to_the_findings_behind_them():
    record, text = expert_record("000_9ecf2cbfba041018.txt")
    _, root = _page(record, text)
    verdict = root.find(".//section[@class='verdict']")
    headline = dom.text(verdict.find(".//p[@class='headline']"))
    assert "Arabic" in headline and "Alhurra" in headline
    outlet = verdict.find(".//div[@class='claim claim-outlet']")
    links = [a.get("data-goto") for a in outlet.iter("a")]
    assert links == [str(record["verdict"]["origin_outlet"]["finding"])]
    language = verdict.find(".//div[@class='claim claim-language']")
    cited = {int(a.get("data-goto")) for a in language.iter("a")}
    behind = {e["finding"] for e in record["verdict"]["evidence"] if e["target"] == "lang:ar"}
    assert cited == behind and cited
    for a in verdict.iter("a"):
        assert a.get("href") == f"#h-{a.get('data-goto')}"


def test_content_security_policy_allows_only_the_inline_script_and_style():
    record, text = expert_record("001_913dcd8257cdb00e.txt")
    _, root = _page(record, text)
    head = root.find("head")
    metas = head.findall("meta")
    assert metas[0].get("charset") == "utf-8"
    csp = metas[1].get("content")
    assert metas[1].get("http-equiv") == "Content-Security-Policy"
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["base-uri"] == directives["form-action"] == "'none'"
    assert "unsafe" not in csp and "http" not in csp

    def digest(s: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"

    scripts, styles = list(root.iter("script")), list(root.iter("style"))
    assert len(scripts) == 1 and len(styles) == 1
    assert directives["script-src"] == digest(scripts[0].text)
    assert directives["style-src"] == digest(styles[0].text)
    for el in root.iter():
        for name, value in el.attrib.items():
            assert not name.startswith("on"), (el.tag, name)
            if name in ("href", "src", "action", "srcset", "data"):
                assert re.match(r"^(#|\./|index\.html$)", value), (el.tag, name, value)
    assert "url(" not in styles[0].text and "@import" not in styles[0].text
    assert "innerHTML" not in scripts[0].text and "eval(" not in scripts[0].text


def test_round_trip_fidelity_shows_a_bar_and_number_per_sentence_and_weakest_links():
    record, text = expert_record("002_9d790d5d4bc05b18.txt")
    record = with_fidelity(record, text)
    _, root = _page(record, text)
    rows = record["fidelity"]["sentences"]
    buttons = {b.get("data-bt"): b for b in root.iter("button") if b.get("data-bt")}
    assert len(buttons) == len(rows)
    for r in rows:
        b = buttons[str(r["index"])]
        assert dom.text(b).strip() == f"{r['chrf']:.0f}"
        fill = b.find(".//span[@class='sbar']/span")
        assert fill.get("class") == f"fill w{round(r['chrf'] / 5)}"
    weakest = [a.get("data-sentence") for a in root.iter("a") if a.get("data-sentence")]
    expected = sorted(rows, key=lambda r: (r["chrf"], r["index"]))[:5]
    assert weakest == [str(r["index"]) for r in expected]
    for k in weakest:
        dom.by_id(root, f"s-{k}")
    container = dom.by_id(root, "story-text")
    assert dom.story_text(container).replace("\n", "") == text.replace("\n", "")


def test_reference_fidelity_places_omissions_and_additions_in_the_text():
    record, text = expert_record("004_c3aa795da995c340.txt")
    record = with_fidelity(record, text, "reference")
    _, root = _page(record, text)
    blocks = [el for el in dom.by_id(root, "story-text") if el.tag == "div"]
    omission = next(k for k, el in enumerate(blocks) if "omission" in dom.classes(el))
    assert blocks[omission - 1].get("id") == "s-2"             # after_sentence 2
    assert "ظهرت في الأصل" in dom.text(blocks[omission])
    assert "in English: It originally appeared" in dom.text(blocks[omission])
    added = [el.get("id") for el in blocks if "added" in dom.classes(el)]
    assert added == ["s-3"]


def test_unscored_fidelity_says_why_and_how_to_install():
    record, text = expert_record("000_9ecf2cbfba041018.txt")
    _, root = _page(not_scored(record), text)
    notice = dom.text(root.find(".//div[@class='notice']"))
    assert "Fidelity not scored" in notice
    assert "no en-ar translation model" in notice and "auditor models pull ar" in notice
    assert not [b for b in root.iter("button") if b.get("data-bt")]


# -- index, writer, CLI ---------------------------------------------------------------------

def test_index_lists_stories_with_counts_and_failures_with_errors():
    entries = []
    for name in SEED_NAMES[:3]:
        record, _ = expert_record(name)
        entries.append((record, f"./{page_filename(record['source'])}"))
    entries.append(({"source": "bad.bin", "error": {"kind": "InputError",
                                                   "message": "bad.bin: not text"}}, None))
    root = dom.parse(render_index(entries))
    rows = root.findall(".//table[@id='stories']/tbody/tr")
    assert len(rows) == 3
    for (record, href), row in zip(entries, rows, strict=False):
        cells = row.findall("td")
        assert cells[0].find("a").get("href") == href
        counts = [sum(f["severity"] == s for f in record["findings"])
                  for s in ("error", "warning", "info")]
        assert [int(c.get("data-sort")) for c in cells[4:7]] == counts
    failed = root.findall(".//table[@id='failed']/tbody/tr")
    assert len(failed) == 1 and "bad.bin: not text" in dom.text(failed[0])


def test_writer_keeps_pages_with_the_same_name_apart(tmp_path):
    writer = HtmlReportWriter(tmp_path)
    record, text = expert_record(SEED_NAMES[0])
    first = writer.add_story(record | {"source": "a/story.txt"}, text)
    second = writer.add_story(record | {"source": "b/story.txt"}, text)
    third = writer.add_story(record | {"source": "index"}, text)
    index = writer.finish()
    assert first.name == "story.txt.html" and second.name == "story.txt-2.html"
    assert third.name == "index-2.html"       # never the index itself
    hrefs = [a.get("href") for a in dom.parse(index.read_text("utf-8")).iter("a")]
    assert hrefs == ["./story.txt.html", "./story.txt-2.html", f"./{third.name}"]


def test_cli_writes_a_page_per_story_and_an_index_with_failed_inputs(tmp_path):
    out, js = tmp_path / "html", tmp_path / "json"
    result = CliRunner().invoke(main, ["audit", str(SEEDS), str(tmp_path / "missing.txt"),
                                       "--html", str(out), "--json-dir", str(js),
                                       "--fail-on", "none"])
    assert result.exit_code == 2, result.output        # one input could not be audited
    pages = sorted(p.name for p in out.glob("*.html") if p.name != "index.html")
    assert pages == [f"{n}.html" for n in SEED_NAMES]
    for name in SEED_NAMES:
        record = json.loads((js / f"{name}.json").read_text("utf-8"))
        root = dom.parse((out / f"{name}.html").read_text("utf-8"))
        heads = dom.select(dom.by_id(root, "story-text"), "mark", "head")
        assert len(heads) == len(record["findings"])
    index = dom.parse((out / "index.html").read_text("utf-8"))
    assert len(index.findall(".//table[@id='stories']/tbody/tr")) == len(SEED_NAMES)
    assert "missing.txt" in dom.text(index.find(".//table[@id='failed']"))
