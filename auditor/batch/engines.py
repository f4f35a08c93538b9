"""Engines run the per-item work: in this process, in a process pool, or on Ray.

Each engine takes an iterator of items and yields (item, record-or-exception)
as items complete, keeping a bounded number in flight so memory stays flat on
feeds of any length.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, Future, ProcessPoolExecutor, wait
from typing import Any, Protocol, TypeVar

from auditor.batch.items import Item
from auditor.batch.work import audit_payload, init_pool_worker, init_worker
from auditor.errors import AuditorError

Outcome = tuple[Item, dict[str, Any] | BaseException]
H = TypeVar("H")


class EngineFailed(AuditorError):
    def __init__(self, why: str) -> None:
        super().__init__("the batch engine failed", why,
                         "fix the cause and rerun with --resume; finished items are kept")


class Engine(Protocol):
    def run(self, items: Iterable[Item]) -> Iterator[Outcome]: ...
    def close(self) -> None: ...


def run_bounded(
    items: Iterable[Item],
    submit: Callable[[Item], H],
    wait_some: Callable[[list[H]], Iterable[H]],
    result: Callable[[H], dict[str, Any]],
    limit: int,
    fatal: tuple[type[BaseException], ...] = (),
) -> Iterator[Outcome]:
    """Keep at most ``limit`` items in flight; yield each as it completes.

    A failed item yields its exception, so no item is ever lost; an exception
    that ``fatal`` recognises (the engine itself broke) stops the batch instead,
    leaving the unfinished items to a resumed run.
    """
    pending: dict[H, Item] = {}
    iterator = iter(items)
    exhausted = False
    while pending or not exhausted:
        while not exhausted and len(pending) < limit:
            item = next(iterator, None)
            if item is None:
                exhausted = True
            else:
                pending[submit(item)] = item
        if not pending:
            break
        for handle in wait_some(list(pending)):
            item = pending.pop(handle)
            try:
                outcome: dict[str, Any] | BaseException = result(handle)
            except fatal as exc:
                raise EngineFailed(f"{type(exc).__name__}: {exc}") from exc
            except Exception as exc:  # a bug in a check: recorded, not lost
                outcome = exc
            yield item, outcome


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class InlineEngine:
    """One job: audit in this process."""

    def __init__(self, rule_dirs: tuple[str, ...]) -> None:
        init_worker(rule_dirs)

    def run(self, items: Iterable[Item]) -> Iterator[Outcome]:
        for item in items:
            try:
                yield item, audit_payload(item.payload())
            except Exception as exc:  # a bug in a check must not lose the item
                yield item, exc

    def close(self) -> None:
        pass


class PoolEngine:
    """N worker processes, each loading rules and models once."""

    def __init__(self, jobs: int, rule_dirs: tuple[str, ...]) -> None:
        self.jobs = jobs
        self.pool = ProcessPoolExecutor(jobs, initializer=init_pool_worker,
                                        initargs=(rule_dirs,))

    def run(self, items: Iterable[Item]) -> Iterator[Outcome]:
        def submit(item: Item) -> Future[dict[str, Any]]:
            return self.pool.submit(audit_payload, item.payload())

        def wait_some(handles: list[Future[dict[str, Any]]]) -> Iterable[Future[dict[str, Any]]]:
            return wait(handles, return_when=FIRST_COMPLETED)[0]

        return run_bounded(items, submit, wait_some, Future.result, self.jobs * 16,
                           fatal=(BrokenExecutor,))

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
