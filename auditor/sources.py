"""Expand command-line inputs (files, directories, globs, '-') into input locations."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from auditor.errors import InputError

INPUT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl",
                            ".ndjson"})
STDIN = "-"


def expand(inputs: Iterable[str]) -> Iterator[str | InputError]:
    """Yield file paths (as strings) or '-' in a stable order; missing inputs become errors.

    Directories are walked recursively for files with a known suffix; hidden files
    and folders are skipped. A glob pattern matching nothing is an error.
    """
    for raw in inputs:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                yield InputError(raw, "the directory holds no .txt, .html, .json or .jsonl files",
                                 "point at the files to audit")
            yield from (str(p) for p in found)
        elif path.is_file():
            yield str(path)
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield InputError(raw, "the pattern matches no file", "check the pattern")
            yield from (m for m in matches if Path(m).is_file())
        else:
            yield InputError(raw, "no such file or directory", "check the path")
