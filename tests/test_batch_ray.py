"""The Ray engine gives the same records as the local engine, with the same guarantees."""

from __future__ import annotations

import json

import pytest

from auditor.batch.runner import BatchOptions, run_batch
from auditor.batch.store import ERRORS, RESULTS
from tests.test_batch import assert_exactly_once, make_feed

ray = pytest.importorskip("ray")


def _by_id(path):
    out = {}
    for line in path.read_text("utf-8").splitlines():
        record = json.loads(line)
        out[record["item_id"]] = record
    return out


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_matches_local_and_resumes(tmp_path, local_ray):
    feed = tmp_path / "feed.jsonl"
    ids = make_feed(feed, 20)
    local, on_ray = tmp_path / "local", tmp_path / "ray"
    run_batch([str(feed)], local, BatchOptions(jobs=2, progress=False))
    run_batch([str(feed)], on_ray, BatchOptions(jobs=2, engine="ray", progress=False))
    for name in (RESULTS, ERRORS):
        assert _by_id(local / name) == _by_id(on_ray / name)
    assert_exactly_once(on_ray, ids, extra=2)

    lines = (on_ray / RESULTS).read_text("utf-8").splitlines(keepends=True)
    (on_ray / RESULTS).write_text("".join(lines[:7]), "utf-8")  # lose the tail
    summary = run_batch([str(feed)], on_ray,
                        BatchOptions(jobs=2, engine="ray", resume=True, progress=False))
    assert summary.audited == 13
    assert_exactly_once(on_ray, ids, extra=2)
    assert _by_id(local / RESULTS) == _by_id(on_ray / RESULTS)
