"""Progress for long batches: a bar with rate and ETA on a terminal, log lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, total: int | None, stream: TextIO = sys.stderr, every: float = 10.0,
                 enabled: bool = True) -> None:
        self.total, self.stream, self.every, self.enabled = total, stream, every, enabled
        self.done = 0
        self.start = self.last = time.monotonic()
        self._bar = None
        if enabled and stream.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TaskProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as Bar

            self._bar = Bar(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(),
                            TaskProgressColumn(), TextColumn("{task.fields[rate]}"),
                            TimeRemainingColumn(), console=Console(file=stream), transient=True)
            self._task = self._bar.add_task("batch", total=total, rate="")
            self._bar.start()

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.start
        return self.done / elapsed if elapsed > 0 else 0.0

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(self._task, advance=n, rate=f"{self.rate:.1f} items/s")
            return
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self.stream.write(self.line() + "\n")
            self.stream.flush()

    def line(self) -> str:
        rate = self.rate
        if self.total:
            left = (self.total - self.done) / rate if rate else float("inf")
            pct = 100 * self.done / self.total
            return (f"auditor batch: {self.done}/{self.total} items ({pct:.0f}%), "
                    f"{rate:.1f} items/s, ETA {left:.0f} s")
        return f"auditor batch: {self.done} items, {rate:.1f} items/s"

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
