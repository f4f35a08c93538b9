"""The HTML reports in real headless Chromium (Debian's package, driven by playwright).

Pages come from the CLI run over the seeds (real audit) and from records built
for coverage (every category, overlapping findings, scored fidelity). Every page
is opened instrumented: a test fails on any console error, page error, network
request, dialog or call to alert/confirm/prompt/print/open, and on any CSP
violation. Screenshots and a PDF are saved under tests/output/html/ for review.
In CI (CI=true) a missing Chromium or playwright fails these tests; elsewhere
they are skipped.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.report.html import HtmlReportWriter, render_index, render_story
from tests.browser.harness import OUTPUT, STRUCTURE_JS, chromium, chromium_path, xss_log
from tests.browser.probes import OWN_PROBES, error_record, probe_record, shared_payloads, twin
from tests.browser.records import expert_record, not_scored, with_fidelity
from tests.conftest import SEEDS, shared_dir

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
ARABIC_SEED = "000_9ecf2cbfba041018.txt"


def _unavailable(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{why}: the browser tests must run in CI (.ci/run installs it)",
                    pytrace=False)
    pytest.skip(why)


@pytest.fixture(scope="module")
def session():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    if chromium_path() is None:
        _unavailable("Chromium is not installed (apt-get install chromium)")
    with chromium() as s:
        yield s


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    """The CLI's --html output for the seeds plus one missing input, with the JSON."""
    out = tmp_path_factory.mktemp("seed-site")
    result = CliRunner().invoke(main, ["audit", str(SEEDS), str(out / "missing.txt"),
                                       "--html", str(out / "html"), "--json-dir",
                                       str(out / "json"), "--fail-on", "none"])
    assert result.exit_code == 2, result.output
    return out


@pytest.fixture(scope="module")
def expert_site(tmp_path_factory):
    """Pages with every category and overlaps; one with scored fidelity, one not scored."""
    writer = HtmlReportWriter(tmp_path_factory.mktemp("expert-site"))
    pages = {}
    for name in SEED_NAMES:
        record, text = expert_record(name)
        if name == ARABIC_SEED:
            record = not_scored(record)
        elif name.startswith("002"):
            record = with_fidelity(record, text)
        elif name.startswith("004"):
            record = with_fidelity(record, text, "reference")
        pages[name] = (writer.add_story(record, text), record)
    writer.add_error(error_record("incoming/photo.jpg: a JPEG image, not a story; audit text,"
                                  " HTML or ninjs JSON", "incoming/photo.jpg"))
    return pages, writer.finish()


def _open(session, path: Path, **size):
    return session.open(path.as_uri(), **size)


def _assert_clean(page, watch) -> None:
    assert watch.clean() == {}
    assert xss_log(page) == []


def _toggle(page, kind: str, value: str, on: bool) -> None:
    """Click a filter's label, as a person would, and check that it took."""
    box = page.locator(f"input[data-filter={kind}][value='{value}']")
    if box.is_checked() != on:
        page.keyboard.press("Escape")                 # no pop-over in the way
        page.locator(f"label:has(input[data-filter={kind}][value='{value}'])").click()
    assert box.is_checked() == on


def _marks(page, selector: str) -> list[dict]:
    return page.eval_on_selector_all(selector, """els => els.map(e => ({
        finding: Number(e.dataset.finding), off: e.classList.contains('off'),
        bg: getComputedStyle(e).backgroundColor,
        line: getComputedStyle(e).textDecorationLine, visible: e.offsetParent !== null}))""")


# -- seeds: the real audit ------------------------------------------------------------------

@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_page_highlights_each_finding_of_the_json_once(session, seed_site, name):
    record = json.loads((seed_site / "json" / f"{name}.json").read_text("utf-8"))
    page, watch = _open(session, seed_site / "html" / f"{name}.html")
    heads = page.eval_on_selector_all("#story-text mark.hl.head",
                                      "els => els.map(e => Number(e.dataset.finding))")
    assert sorted(heads) == list(range(len(record["findings"])))
    texts = page.evaluate("""() => {
        const out = {};
        for (const m of document.querySelectorAll('#story-text mark.hl')) {
          const same = 'mark.hl[data-finding="' + m.dataset.finding + '"]';
          if (m.parentElement.closest(same)) continue;
          out[m.dataset.finding] = (out[m.dataset.finding] || '') + m.textContent;
        }
        return out;
    }""")
    for i, f in enumerate(record["findings"]):
        assert texts[str(i)] == f["text"].replace("\n", "")
    assert page.locator("#findings > li").count() == len(record["findings"])
    _assert_clean(page, watch)


def test_seed_index_links_every_story_and_lists_the_failed_input(session, seed_site):
    page, watch = _open(session, seed_site / "html" / "index.html")
    hrefs = page.eval_on_selector_all("#stories tbody a", "els => els.map(a => a.href)")
    assert len(hrefs) == len(SEED_NAMES)
    for href in hrefs:
        assert Path(href.removeprefix("file://")).is_file()
    assert "missing.txt" in page.inner_text("#failed")
    page.click("#stories tbody a >> nth=0")
    page.wait_for_selector("#story-text")
    page.click("a.back")
    page.wait_for_selector("#stories")
    _assert_clean(page, watch)


# -- interaction ----------------------------------------------------------------------------

def test_each_category_filter_hides_and_shows_its_category(session, expert_site):
    pages, _ = expert_site
    path, record = pages[ARABIC_SEED]
    page, watch = _open(session, path)
    categories = page.eval_on_selector_all("input[data-filter=cat]",
                                           "els => els.map(e => e.value)")
    assert set(categories) == {f["category"] for f in record["findings"]}
    for cat in categories:
        _toggle(page, "cat", cat, False)
        for m in _marks(page, f"#story-text mark.hl[data-cat='{cat}']"):
            assert m["off"] and m["bg"] == "rgba(0, 0, 0, 0)" and m["line"] == "none"
        for m in _marks(page, f"#story-text mark.hl:not([data-cat='{cat}'])"):
            assert not m["off"] and m["bg"] != "rgba(0, 0, 0, 0)"
        assert not page.locator(f"#findings > li[data-cat='{cat}']").first.is_visible()
        _toggle(page, "cat", cat, True)
        for m in _marks(page, f"#story-text mark.hl[data-cat='{cat}']"):
            assert not m["off"] and m["bg"] != "rgba(0, 0, 0, 0)" and m["line"] == "underline"
        assert page.locator(f"#findings > li[data-cat='{cat}']").first.is_visible()
    _assert_clean(page, watch)


def test_each_severity_filter_hides_and_shows_its_severity(session, expert_site):
    pages, _ = expert_site
    page, watch = _open(session, pages[ARABIC_SEED][0])
    for sev in ("error", "warning", "info"):
        selector = f"#story-text mark.hl[data-sev='{sev}']"
        if not page.locator(selector).count():
            continue
        _toggle(page, "sev", sev, False)
        assert all(m["off"] for m in _marks(page, selector))
        page.keyboard.press("n")              # navigation skips hidden findings
        assert page.evaluate("document.activeElement.dataset.sev") != sev
        _toggle(page, "sev", sev, True)
        assert not any(m["off"] for m in _marks(page, selector))
    _assert_clean(page, watch)


def test_click_hover_and_focus_show_the_explanation_suggestion_and_rule(session, expert_site):
    pages, _ = expert_site
    path, record = pages[ARABIC_SEED]
    page, watch = _open(session, path)
    for i, f in enumerate(record["findings"]):
        page.click(f"#h-{i}")
        pop = page.locator("#pop")
        assert pop.is_visible()
        shown = pop.inner_text()
        assert f["message"] in shown and f["rule_id"] in shown
        if f["suggestion"]:
            assert f["suggestion"] in shown
        assert page.evaluate("document.activeElement.id") == f"h-{i}"
    page.keyboard.press("Escape")
    assert not page.locator("#pop").is_visible()
    page.hover("#h-1")
    assert record["findings"][1]["message"] in page.inner_text("#pop")
    page.mouse.move(5, 5)
    page.focus("#h-2")
    assert record["findings"][2]["message"] in page.inner_text("#pop")
    _assert_clean(page, watch)


def test_keyboard_moves_between_findings_in_text_order(session, expert_site):
    pages, _ = expert_site
    path, record = pages[ARABIC_SEED]
    page, watch = _open(session, path)
    n = len(record["findings"])
    seen = []
    for _ in range(n):
        page.keyboard.press("n")
        seen.append(page.evaluate("document.activeElement.id"))
    assert seen == [f"h-{i}" for i in range(n)]
    assert page.inner_text("#pos").startswith(f"{n} of {n}")
    page.keyboard.press("p")
    assert page.evaluate("document.activeElement.id") == f"h-{n - 2}"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == f"h-{n - 1}"
    assert page.locator("#pop").is_visible()
    _assert_clean(page, watch)


def test_verdict_evidence_links_select_their_finding(session, expert_site):
    pages, _ = expert_site
    path, record = pages[ARABIC_SEED]
    page, watch = _open(session, path)
    i = record["verdict"]["origin_outlet"]["finding"]
    page.click(".claim-outlet a.ev")
    assert page.evaluate("document.activeElement.id") == f"h-{i}"
    assert record["findings"][i]["message"] in page.inner_text("#pop")
    _assert_clean(page, watch)


def test_arabic_footer_displays_right_to_left(session, expert_site):
    pages, _ = expert_site
    path, record = pages[ARABIC_SEED]
    page, watch = _open(session, path)
    footer = next(i for i, f in enumerate(record["findings"]) if "ظهرت" in f["text"])
    info = page.evaluate("""i => {
        const m = document.getElementById('h-' + i), p = m.closest('p');
        const box = p.getBoundingClientRect(), r = m.getBoundingClientRect();
        return {rtl: p.matches(':dir(rtl)'), direction: getComputedStyle(p).direction,
                gapRight: box.right - r.right, gapLeft: r.left - box.left};
    }""", footer)
    assert info["rtl"] and info["direction"] == "rtl"
    assert info["gapRight"] < 2 < info["gapLeft"]         # starts at the right edge
    _assert_clean(page, watch)


def test_fidelity_bars_numbers_and_one_click_to_the_weakest(session, expert_site):
    pages, _ = expert_site
    path, record = next(v for k, v in pages.items() if k.startswith("002"))
    page, watch = _open(session, path)
    rows = {r["index"]: r for r in record["fidelity"]["sentences"]}
    bars = page.eval_on_selector_all("button.score", """els => els.map(b => ({
        k: Number(b.dataset.bt), num: b.querySelector('.snum').textContent,
        ratio: b.querySelector('.fill').getBoundingClientRect().width /
               b.querySelector('.sbar').getBoundingClientRect().width}))""")
    assert sorted(b["k"] for b in bars) == sorted(rows)
    for b in bars:
        chrf = rows[b["k"]]["chrf"]
        assert b["num"] == f"{chrf:.0f}"
        assert abs(b["ratio"] - round(chrf / 5) / 20) < 0.02
    weakest = min(rows.values(), key=lambda r: (r["chrf"], r["index"]))
    page.click(".weakest a >> nth=0")
    box = page.evaluate("k => { const r = document.getElementById('s-' + k)"
                        ".getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; }",
                        weakest["index"])
    top, bottom, viewport = box
    assert top >= 0 and bottom <= viewport                          # scrolled into view
    page.click(f"button.score[data-bt='{weakest['index']}']")
    assert page.locator(f"#bt-{weakest['index']}").is_visible()
    _assert_clean(page, watch)


def test_reference_mode_shows_omissions_and_additions_in_place(session, expert_site):
    pages, _ = expert_site
    path, record = next(v for k, v in pages.items() if k.startswith("004"))
    page, watch = _open(session, path)
    omission = record["fidelity"]["omissions"][0]
    after = page.evaluate("""() => {
        const o = document.querySelector('.srow.omission');
        let prev = o.previousElementSibling;
        while (prev && !prev.id) prev = prev.previousElementSibling;
        return prev.id;
    }""")
    assert after == f"s-{omission['after_sentence']}"
    assert omission["text"] in page.inner_text(".srow.omission")
    added = record["fidelity"]["additions"][0]["index"]
    assert page.get_attribute(".srow.added", "id") == f"s-{added}"
    _assert_clean(page, watch)


def test_index_sorts_by_any_column(session, expert_site):
    _, index = expert_site
    page, watch = _open(session, index)

    def column(k: int) -> list[float]:
        return page.eval_on_selector_all(
            "#stories tbody tr", f"rows => rows.map(r => Number(r.cells[{k}].dataset.sort))")

    page.click("#stories th:nth-child(5) button")                   # errors, ascending
    assert column(4) == sorted(column(4))
    page.click("#stories th:nth-child(5) button")                   # descending
    assert column(4) == sorted(column(4), reverse=True)
    assert page.get_attribute("#stories th:nth-child(5)", "aria-sort") == "descending"
    def names() -> list[str]:
        return page.eval_on_selector_all("#stories tbody td.story",
                                         "els => els.map(e => e.innerText)")

    page.click("#stories th:nth-child(1) button")                   # story, ascending
    assert names() == sorted(names())
    page.click("#stories th:nth-child(1) button")
    assert names() == sorted(names(), reverse=True)
    assert "incoming/photo.jpg" in page.inner_text("#failed")
    _assert_clean(page, watch)


def test_narrow_screen_has_no_sideways_scroll_and_details_as_a_sheet(session, expert_site):
    pages, index = expert_site
    for path in [p for p, _ in pages.values()] + [index]:
        page, watch = _open(session, path, width=390, height=844)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path.name
        _assert_clean(page, watch)
    page, watch = _open(session, pages[ARABIC_SEED][0], width=390, height=844)
    page.click("#h-0")
    box = page.locator("#pop").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["y"] + box["height"] <= 845
    _assert_clean(page, watch)


def test_print_shows_text_and_findings_without_controls(session, expert_site):
    pages, _ = expert_site
    page, watch = _open(session, pages[ARABIC_SEED][0])
    page.emulate_media(media="print")
    assert not page.locator(".panel").is_visible()
    assert page.locator("#findings > li").first.is_visible()
    marker = page.evaluate("getComputedStyle(document.getElementById('h-0'), '::before').content")
    assert marker == '"1"'
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(OUTPUT / "story-print.pdf"), format="A4")
    assert (OUTPUT / "story-print.pdf").stat().st_size > 10_000
    _assert_clean(page, watch)


def test_screenshots_for_review(session, seed_site, expert_site):
    """Saved for people to look at: the real seed page and index, and the expert pages."""
    pages, index = expert_site
    shots = OUTPUT / "screenshots"
    shutil.rmtree(shots, ignore_errors=True)
    shots.mkdir(parents=True)
    shutil.copytree(seed_site / "html", OUTPUT / "seed-site", dirs_exist_ok=True)
    targets = {
        "seed-000": seed_site / "html" / f"{ARABIC_SEED}.html",
        "seed-index": seed_site / "html" / "index.html",
        "expert-000": pages[ARABIC_SEED][0],
        "expert-004-reference": next(p for k, (p, _) in pages.items() if k.startswith("004")),
        "expert-index": index,
    }
    for label, path in targets.items():
        for width, height, kind in ((1366, 900, "laptop"), (390, 844, "narrow")):
            page, watch = _open(session, path, width=width, height=height)
            page.screenshot(path=str(shots / f"{label}-{kind}.png"), full_page=True)
            _assert_clean(page, watch)
    page, watch = _open(session, pages[ARABIC_SEED][0])
    page.click("#h-3")
    page.screenshot(path=str(shots / "expert-000-finding-open.png"))
    _assert_clean(page, watch)
    assert len(list(shots.glob("*.png"))) == 2 * len(targets) + 1


# -- hostile input --------------------------------------------------------------------------

def _probe_pages(out: Path, label: str, record: dict, text: str) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    real, blank = out / f"{label}.html", out / f"{label}-twin.html"
    real.write_text(render_story(record, text), "utf-8")
    blank.write_text(render_story(twin(record), twin(text)), "utf-8")
    return real, blank


EXERCISE_JS = """([stride, all]) => {
    const heads = Array.from(document.querySelectorAll('#story-text mark.head'))
      .filter((h, k) => k % stride === 0);
    for (const h of heads) {
      h.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
      h.focus();
      h.click();
    }
    if (!all) return document.querySelectorAll('#story-text mark.head').length;
    for (const b of document.querySelectorAll('button.score')) b.click();
    for (const a of document.querySelectorAll('a.ev, .weakest a')) a.click();
    for (const i of document.querySelectorAll('input[data-filter]')) { i.click(); i.click(); }
    return document.querySelectorAll('#story-text mark.head').length;
}"""


def _exercise_and_check(page, watch, real: Path, blank: Path, stride: int = 1) -> None:
    """Load the twin, then the probe page in the same tab: same structure, nothing runs.

    Every ``stride``-th finding is hovered, focused and clicked (its details are
    copied into the pop-over); with stride 1 every control on the page is used too.
    """
    page.goto(blank.as_uri())
    expected = page.evaluate(STRUCTURE_JS)
    assert xss_log(page) == []
    page.goto(real.as_uri())
    assert page.evaluate(STRUCTURE_JS) == expected, real.name
    allowed = {"P", "DIV", "MARK", "SPAN", "BDI", "BUTTON"}
    tags = set(page.eval_on_selector_all("#story-text *", "els => els.map(e => e.tagName)"))
    assert tags <= allowed, tags - allowed
    heads = page.evaluate(EXERCISE_JS, [stride, stride == 1])
    assert heads == page.locator("#findings > li").count()
    page.keyboard.press("n")
    page.mouse.move(200, 300)
    assert page.evaluate(STRUCTURE_JS).count("\n") == expected.count("\n")   # nothing added
    _assert_clean(page, watch)


def test_own_probes_do_nothing_in_chromium(session, tmp_path):
    """Each probe alone in its own story: at least 20 distinct attacks, run in the browser."""
    assert len(OWN_PROBES) >= 20
    page, watch = _open(session, tmp_path)          # one tab, reloaded for every probe
    for k, probe in enumerate(OWN_PROBES):
        lines = [probe, f"The minister said {probe} on Tuesday.", "A plain closing paragraph."]
        record, text = probe_record(lines)
        _exercise_and_check(page, watch, *_probe_pages(tmp_path, f"probe-{k}", record, text))
    page.context.close()


def test_every_shared_payload_does_nothing_in_chromium(session, tmp_path):
    """All lines of ../shared/probes/xss-payloads.txt in story pages, and on an index."""
    lines = shared_payloads(shared_dir("probes"))
    page, watch = _open(session, tmp_path)
    size = 1100
    for k in range(0, len(lines), size):
        record, text = probe_record(lines[k:k + size], rich=False)
        _exercise_and_check(page, watch, *_probe_pages(tmp_path, f"payloads-{k}", record, text),
                            stride=100)
    entries = [(probe_record([line], rich=False)[0], "./payloads-0.html")
               for line in lines[:300]]
    entries += [(error_record(line, line), None) for line in lines[300:600]]
    (tmp_path / "index.html").write_text(render_index(entries), "utf-8")
    (tmp_path / "index-twin.html").write_text(
        render_index([(twin(r), h) for r, h in entries]), "utf-8")
    page.goto((tmp_path / "index-twin.html").as_uri())
    expected = page.evaluate(STRUCTURE_JS)
    page.goto((tmp_path / "index.html").as_uri())
    assert page.evaluate(STRUCTURE_JS) == expected
    for k in range(1, 9):
        page.click(f"#stories th:nth-child({k}) button")
    _assert_clean(page, watch)
    page.context.close()
