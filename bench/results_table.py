"""Add a row to one table of a markdown results file (bench/RESULTS.md holds several)."""

from __future__ import annotations

from pathlib import Path


def append_row(path: Path, heading: str, row: str) -> None:
    """Insert ``row`` at the end of the first table under ``heading`` (a ``## ...`` line).

    A missing heading or table header is an error that says what to add, so a row
    never lands under another section's table.
    """
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    row = row.rstrip("\n")
    try:
        at = lines.index(heading) + 1
    except ValueError:
        raise SystemExit(f"{path}: no '{heading}' section to record into; add the heading "
                         "and the table header first") from None
    first = next((i for i in range(at, len(lines)) if lines[i].startswith(("|", "## "))), None)
    if first is None or not lines[first].startswith("|"):
        raise SystemExit(f"{path}: the '{heading}' section has no table header to extend")
    last_table = first
    while last_table + 1 < len(lines) and lines[last_table + 1].startswith("|"):
        last_table += 1  # the section's first table: later ones are commentary
    lines.insert(last_table + 1, row)
    path.write_text("\n".join(lines) + "\n", "utf-8")
