"""Batch throughput (items/s) with --jobs 1, --jobs 2 and the Ray engine on one machine.

Usage:  python bench/batch_throughput.py [--items 2000] [--record bench/RESULTS.md]

Each run audits a fresh JSON Lines feed of seed stories into an empty folder
through the library entry point the CLI uses (run_batch), so it measures the
whole pipeline: ingest, engine, per-record fsynced writes. Start-up (worker
processes, Ray) is excluded by timing a warm-up batch first.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from results_table import append_row

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_feed(path: Path, n: int) -> None:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"uri": f"bench-{i}", "type": "text", "language": "en",
                                 "body_text": texts[i % len(texts)] + f"\nItem {i}."}) + "\n")


def timed(feed: Path, engine: str, jobs: int) -> float:
    from auditor.batch.runner import BatchOptions, run_batch

    out = Path(tempfile.mkdtemp(prefix="auditor-bench-"))
    try:
        t0 = time.perf_counter()
        summary = run_batch([str(feed)], out, BatchOptions(jobs=jobs, engine=engine,
                                                            progress=False))
        elapsed = time.perf_counter() - t0
        assert summary.audited > 0 and summary.failed == 0
        return summary.audited / elapsed
    finally:
        shutil.rmtree(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=2000)
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--record", type=Path)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="auditor-feed-"))
    feed, warm = tmp / "feed.jsonl", tmp / "warm.jsonl"
    make_feed(feed, args.items)
    make_feed(warm, 20)
    rows = []
    configs = [("local", 1), ("local", 2)] + ([] if args.no_ray else [("ray", 2)])
    for engine, jobs in configs:
        if engine == "ray":
            import ray

            ray.init(num_cpus=jobs, include_dashboard=False, log_to_driver=False)
        timed(warm, engine, jobs)  # start-up, imports, data
        rate = timed(feed, engine, jobs)
        rows.append((engine, jobs, rate))
        print(f"{engine:5} jobs={jobs}: {rate:7.1f} items/s", flush=True)
        if engine == "ray":
            ray.shutdown()
    base = rows[0][2]
    for engine, jobs, rate in rows[1:]:
        print(f"{engine} jobs={jobs} speed-up over jobs=1: {rate / base:.2f}x")
    if args.record:
        for engine, jobs, rate in rows:
            append_row(args.record, "## Batch throughput (bench/batch_throughput.py)",
                       f"| {time.strftime('%Y-%m-%d')} | batch | {engine} | {jobs} "
                       f"| {args.items} | {rate:.1f} | {rate / base:.2f}x |")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
