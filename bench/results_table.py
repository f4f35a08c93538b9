"""Add a row to one table of a markdown results file (bench/RESULTS.md holds several)."""

from __future__ import annotations

from pathlib import Path


def append_row(path: Path, heading: str, row: str) -> None:
    """Insert ``row`` after the last table line under ``heading`` (a ``## ...`` line).

    The heading and an empty table are created at the end of the file when missing,
    so a row never lands under another section's table.
    """
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    row = row.rstrip("\n")
    try:
        at = lines.index(heading) + 1
    except ValueError:
        raise SystemExit(f"{path}: no '{heading}' section to record into; add the heading "
                         "and the table header first") from None
    last_table = None
    for i in range(at, len(lines)):
        if lines[i].startswith("## "):
            break
        if lines[i].startswith("|"):
            last_table = i
    if last_table is None:
        raise SystemExit(f"{path}: the '{heading}' section has no table header to extend")
    lines.insert(last_table + 1, row)
    path.write_text("\n".join(lines) + "\n", "utf-8")
