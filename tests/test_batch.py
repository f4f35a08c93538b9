"""Batch: exactly once across crashes, resume, streaming, exit codes."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor.batch.runner import BatchOptions, run_batch
from auditor.batch.store import ERRORS, RESULTS, SUMMARY
from tests.conftest import SEEDS

PICTURE = {"uri": "pic-1", "type": "picture", "headline": "A photo", "language": "en"}


def make_feed(path: Path, copies: int) -> set[str]:
    """A JSON Lines feed of seed stories, pictures and one broken line; returns item ids."""
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    ids = set()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(copies):
            uri = f"story-{i}"
            body = texts[i % len(texts)] + f"\nItem {i}."
            fh.write(json.dumps({"uri": uri, "type": "text", "language": "en",
                                 "body_text": body}) + "\n")
            ids.add(f"{path}#{uri}")
        fh.write(json.dumps(PICTURE) + "\n")
        fh.write("{not json\n")
    return ids


def records(out: Path, torn_tail_ok: bool = False) -> list[dict]:
    """Every record; a half-written last line is allowed only right after a kill
    (a SIGKILL can cut a large write short; --resume cuts that line off)."""
    lines = []
    for name in (RESULTS, ERRORS):
        if (out / name).exists():
            raw = (out / name).read_text("utf-8", errors="replace")
            complete = raw.splitlines()
            if not (raw == "" or raw.endswith("\n")):
                assert torn_tail_ok, f"{name} ends with a torn line"
                complete = complete[:-1]
            lines += [json.loads(line) for line in complete]
    return lines


def assert_exactly_once(out: Path, story_ids: set[str], extra: int) -> None:
    recs = records(out)
    ids = [r["item_id"] for r in recs]
    assert len(ids) == len(set(ids)), "an item was recorded twice"
    assert story_ids <= set(ids)
    assert len(ids) == len(story_ids) + extra


def test_every_item_ends_as_one_record(tmp_path):
    feed = tmp_path / "feed.jsonl"
    ids = make_feed(feed, 12)
    out = tmp_path / "out"
    summary = run_batch([str(feed)], out, BatchOptions(jobs=2, progress=False))
    assert summary.audited == 12 and summary.unsupported == 1 and summary.failed == 1
    assert summary.exit_code == 3
    assert_exactly_once(out, ids, extra=2)
    kinds = {r["kind"] for r in records(out) if "kind" in r}
    assert kinds == {"UnsupportedItem", "InputError"}
    report = json.loads((out / SUMMARY).read_text("utf-8"))
    assert report["counts"]["audited"] == 12
    assert sum(report["verdicts"]["source_language"].values()) == 12


def test_resume_skips_finished_items_and_repairs_a_torn_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    ids = make_feed(feed, 6)
    out = tmp_path / "out"
    run_batch([str(feed)], out, BatchOptions(jobs=1, progress=False))
    lines = (out / RESULTS).read_text("utf-8").splitlines(keepends=True)
    (out / RESULTS).write_text("".join(lines[:3]) + lines[3][:40], "utf-8")  # crash mid-write
    summary = run_batch([str(feed)], out, BatchOptions(jobs=1, resume=True, progress=False))
    assert summary.skipped == 3 + 2 and summary.audited == 3
    assert_exactly_once(out, ids, extra=2)


def test_refuses_to_mix_batches_without_resume(tmp_path):
    feed = tmp_path / "feed.jsonl"
    make_feed(feed, 2)
    run_batch([str(feed)], tmp_path / "out", BatchOptions(jobs=1, progress=False))
    with pytest.raises(Exception, match="--resume"):
        run_batch([str(feed)], tmp_path / "out", BatchOptions(jobs=1, progress=False))


def _batch_cmd(feed: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "auditor.cli", "batch", str(feed), "--out", str(out),
            "--jobs", "2", "--quiet", *extra]


def _wait_for_progress(out: Path, proc: subprocess.Popen, seen: int, limit: float = 60) -> None:
    """Until the batch has written a record beyond ``seen`` (or ended)."""
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        if (out / RESULTS).exists() and len(records(out, torn_tail_ok=True)) > seen:
            return
        time.sleep(0.02)


def test_sigkill_at_random_points_then_resume(tmp_path):
    feed = tmp_path / "feed.jsonl"
    ids = make_feed(feed, 2500)
    out = tmp_path / "out"
    rng = random.Random(20261123)
    kills, progress = 0, [0]
    for n in range(100):
        proc = subprocess.Popen(_batch_cmd(feed, out, "--resume"), start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if n % 2:  # mid-work: after the first new record, at a random moment
            _wait_for_progress(out, proc, progress[-1])
            time.sleep(rng.uniform(0.0, 0.3))
        else:  # anywhere, start-up included
            time.sleep(rng.uniform(0.05, 1.5))
        if proc.poll() is not None:
            break  # the batch finished before this kill
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += 1
        # right after a kill: every complete line parses; only the last may be torn
        progress.append(len(records(out, torn_tail_ok=True)))
        if kills == 24:
            break
    assert kills >= 20, f"only {kills} runs were still going when killed"
    assert progress[-1] > 0, "resumed runs made no progress"
    final = subprocess.run(_batch_cmd(feed, out, "--resume"), capture_output=True, text=True)
    assert final.returncode == 3, final.stderr  # the broken line is a failed item
    assert_exactly_once(out, ids, extra=2)


def test_interrupt_stops_cleanly_and_says_how_to_resume(tmp_path):
    feed = tmp_path / "feed.jsonl"
    ids = make_feed(feed, 300)
    out = tmp_path / "out"
    proc = subprocess.Popen(_batch_cmd(feed, out), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(2.0)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 130:
        assert "--resume" in err and "Traceback" not in err
        assert json.loads((out / SUMMARY).read_text("utf-8"))["interrupted"] is True
    again = subprocess.run(_batch_cmd(feed, out, "--resume"), capture_output=True, text=True)
    assert again.returncode == 3, again.stderr
    assert_exactly_once(out, ids, extra=2)


def test_stream_stdin_to_stdout(tmp_path):
    feed = tmp_path / "feed.jsonl"
    ids = make_feed(feed, 3)
    data = feed.read_bytes()
    cmd = [sys.executable, "-m", "auditor.cli", "batch", "-", "--out", "-", "--jobs", "1"]
    done = subprocess.run(cmd, input=data, capture_output=True, check=False)
    recs = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(recs) == 5
    assert {r["item_id"].split("#")[1] for r in recs if "verdict" in r} == {
        i.split("#")[1] for i in ids}
    assert done.returncode == 3


def test_html_pages_and_an_index_of_every_record_across_resumes(tmp_path):
    from lxml import html as lxml_html

    feed = tmp_path / "feed.jsonl"
    make_feed(feed, 6)
    out = tmp_path / "out"
    run_batch([str(feed)], out, BatchOptions(jobs=1, html=True, progress=False))
    lines = (out / RESULTS).read_text("utf-8").splitlines(keepends=True)
    (out / RESULTS).write_text("".join(lines[:2]), "utf-8")  # a crash after two items
    run_batch([str(feed)], out, BatchOptions(jobs=1, html=True, resume=True, progress=False))
    pages = sorted((out / "html").glob("*.html"))
    assert len(pages) == 6 + 1  # one page per audited item, and the index
    index = (out / "html" / "index.html").read_text("utf-8")
    tree = lxml_html.fromstring(index)
    links = {a.get("href") for a in tree.iter("a") if a.get("href", "").endswith(".html")}
    assert {"./" + p.name for p in pages if p.name != "index.html"} <= links
    assert "not valid JSON" in index and "UnsupportedItem" in index


def _sigint_ignored() -> bool:
    return signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_pool_workers_leave_ctrl_c_to_the_parent():
    # a worker interrupted mid-item can leave the pool's queues locked and the parent
    # hanging at exit; workers ignore SIGINT and the parent stops the batch
    from concurrent.futures import ProcessPoolExecutor

    from auditor.batch.work import init_pool_worker

    with ProcessPoolExecutor(1, initializer=init_pool_worker) as pool:
        assert pool.submit(_sigint_ignored).result(timeout=60)
    assert not _sigint_ignored()
