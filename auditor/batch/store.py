"""The batch output folder: results.jsonl, errors.jsonl, summary.json.

Crash safety: each record is one line written with a single ``os.write`` on an
``O_APPEND`` descriptor and fsynced before it counts as done. The result files
themselves are the manifest: on resume they are scanned for (item id, content
hash) keys, and a torn last line (a crash mid-write) is cut off first, so every
item ends as exactly one result or one error record.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RESULTS, ERRORS, SUMMARY = "results.jsonl", "errors.jsonl", "summary.json"


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a result file, in order; none when it does not exist."""
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            yield from (json.loads(line) for line in fh if line.strip())


def _repair_and_scan(path: Path) -> set[tuple[str, str]]:
    """Keys of the complete records in ``path``; a torn tail is truncated."""
    keys: set[tuple[str, str]] = set()
    if not path.exists():
        return keys
    good_end = 0
    with path.open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                record = json.loads(raw)
            except ValueError:
                break
            keys.add((record["item_id"], record["content_hash"]))
            good_end += len(raw)
    if good_end != path.stat().st_size:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
            os.fsync(fh.fileno())
    return keys


@dataclass
class Store:
    directory: Path
    fsync: bool = True
    done: set[tuple[str, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self._fds: dict[str, int] = {}

    @classmethod
    def open(cls, directory: Path, resume: bool) -> Store:
        store = cls(directory)
        existing = [directory / n for n in (RESULTS, ERRORS) if (directory / n).exists()]
        if existing and not resume:
            from auditor.errors import InputError

            raise InputError(str(directory), "it already holds batch results",
                             "add --resume to continue that batch, or choose an empty --out")
        for name in (RESULTS, ERRORS):
            store.done |= _repair_and_scan(directory / name)
        return store

    def _fd(self, name: str) -> int:
        if name not in self._fds:
            self._fds[name] = os.open(self.directory / name,
                                      os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        return self._fds[name]

    def append(self, name: str, record: dict[str, Any]) -> None:
        line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        fd = self._fd(name)
        written = os.write(fd, line)
        while written < len(line):  # os.write may be partial on signals
            written += os.write(fd, line[written:])
        if self.fsync:
            os.fsync(fd)
        self.done.add((record["item_id"], record["content_hash"]))

    def write_summary(self, summary: dict[str, Any]) -> None:
        tmp = self.directory / (SUMMARY + ".tmp")
        tmp.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", "utf-8")
        os.replace(tmp, self.directory / SUMMARY)

    def close(self) -> None:
        for fd in self._fds.values():
            os.close(fd)
        self._fds.clear()
