"""Run a batch: items -> engine -> records, exactly once, with a summary."""

from __future__ import annotations

import json
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from auditor import __version__
from auditor.batch.engines import Engine, InlineEngine, PoolEngine, default_jobs
from auditor.batch.items import Item, iter_items
from auditor.batch.progress import Progress
from auditor.batch.store import ERRORS, RESULTS, Store, read_records
from auditor.errors import UnsupportedItem
from auditor.finding import Severity


@dataclass(frozen=True)
class BatchOptions:
    jobs: int = 0                       # 0: one per core
    engine: str = "local"               # local | ray
    address: str | None = None          # Ray cluster address
    resume: bool = False
    fail_on: Severity | None = Severity.ERROR
    rule_dirs: tuple[str, ...] = ()
    max_bytes: int | None = None
    html: bool = False                  # pages and an index under OUT/html
    progress: bool = True


@dataclass
class BatchSummary:
    items: int = 0
    audited: int = 0
    failed: int = 0
    unsupported: int = 0
    skipped: int = 0
    duplicates: int = 0
    flagged: int = 0
    interrupted: bool = False
    seconds: float = 0.0
    verdicts: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        if self.failed:
            return 3
        return 1 if self.flagged else 0

    def to_dict(self) -> dict[str, Any]:
        rate = self.audited / self.seconds if self.seconds else 0.0
        return {
            "counts": {"items": self.items, "audited": self.audited, "failed": self.failed,
                       "unsupported": self.unsupported, "skipped_done": self.skipped,
                       "duplicates": self.duplicates, "flagged": self.flagged},
            "interrupted": self.interrupted,
            "timing": {"seconds": round(self.seconds, 3), "items_per_second": round(rate, 2)},
            "verdicts": self.verdicts,
            **self.extra,
        }


def make_engine(options: BatchOptions) -> Engine:
    jobs = options.jobs or default_jobs()
    if options.engine == "ray":
        from auditor.batch.ray_engine import RayEngine

        return RayEngine(jobs, options.rule_dirs, options.address)
    return InlineEngine(options.rule_dirs) if jobs == 1 else PoolEngine(jobs, options.rule_dirs)


def result_record(item: Item, report: dict[str, Any]) -> dict[str, Any]:
    return {"item_id": item.id, "input": item.location, "content_hash": item.hash, **report}


def error_record(item: Item, kind: str, message: str) -> dict[str, Any]:
    return {"item_id": item.id, "input": item.location, "content_hash": item.hash,
            "kind": kind, "message": message}


def _flagged(record: dict[str, Any], threshold: Severity | None) -> bool:
    if threshold is None:
        return False
    return any(Severity.parse(f["severity"]) >= threshold for f in record.get("findings", ()))


def verdict_distribution(records: Iterator[dict[str, Any]]) -> dict[str, Any]:
    langs: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    translated = machine = 0
    for r in records:
        v = r["verdict"]
        langs[v["source_language"]] += 1
        translated += v["translated"] >= 0.5
        machine += v["machine_translated"] >= 0.5
        if v.get("origin_outlet"):
            outlets[v["origin_outlet"]["name"]] += 1
    return {"source_language": dict(langs.most_common()), "translated": translated,
            "machine_translated": machine, "origin_outlet": dict(outlets.most_common())}


def _signature(rule_dirs: tuple[str, ...]) -> dict[str, str]:
    from auditor.checks.registry import Registry

    pack = Registry.load(tuple(Path(d) for d in rule_dirs)).pack_hash
    return {"version": __version__, "rule_pack": pack,
            "text": f"auditor:{__version__}|rules:{pack}"}


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def run_batch(
    inputs: list[str],
    out: Path | None,
    options: BatchOptions,
    *,
    stdout: TextIO | None = None,
) -> BatchSummary:
    """Audit every item of ``inputs``; write to ``out`` (a folder) or stream to ``stdout``."""
    started = time.monotonic()
    signature = _signature(options.rule_dirs)  # also fails fast on a broken rule pack
    summary = BatchSummary()
    store = Store.open(out, options.resume) if out is not None else None
    stdin_bytes = sys.stdin.buffer.read() if "-" in inputs else None
    items: Iterator[Item] | list[Item] = iter_items(inputs, stdin_bytes, options.max_bytes)
    if stdout is None:  # a folder: know the total for progress and ETA
        items = list(items)
    progress = Progress(len(items) if isinstance(items, list) else None,
                        enabled=options.progress)
    seen: set[tuple[str, str]] = set()
    pages = None
    if options.html and out is not None:
        from auditor.batch.html import BatchPages

        pages = BatchPages(out)

    def emit(name: str, record: dict[str, Any]) -> None:
        if store is not None:
            store.append(name, record)
        else:
            assert stdout is not None
            stdout.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            stdout.flush()
        progress.advance()

    def to_audit() -> Iterator[Item]:
        for item in items:
            summary.items += 1
            if item.key in seen:
                summary.duplicates += 1
                continue
            seen.add(item.key)
            if store is not None and item.key in store.done:
                summary.skipped += 1
                progress.advance()
                continue
            if item.error is not None:
                if isinstance(item.error, UnsupportedItem):
                    summary.unsupported += 1
                else:
                    summary.failed += 1
                emit(ERRORS, error_record(item, type(item.error).__name__, item.error.one_line()))
                continue
            yield item

    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    engine = make_engine(options)
    try:
        for item, outcome in engine.run(to_audit()):
            if isinstance(outcome, BaseException):
                summary.failed += 1
                emit(ERRORS, error_record(item, "AuditFailed",
                                          f"{item.id}: {type(outcome).__name__}: {outcome}"))
                continue
            record = result_record(item, outcome)
            summary.audited += 1
            summary.flagged += _flagged(record, options.fail_on)
            emit(RESULTS, record)
            if pages is not None:
                pages.add(item, record)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        engine.close()
        progress.close()
        signal.signal(signal.SIGTERM, previous)
        summary.seconds = time.monotonic() - started
        if store is not None:
            store.close()
            summary.verdicts = verdict_distribution(read_records(out / RESULTS))
            summary.extra = {"engine": options.engine, "jobs": options.jobs or default_jobs(),
                             "signature": signature}
            store.write_summary(summary.to_dict())
            if pages is not None:
                pages.finish()
    return summary
