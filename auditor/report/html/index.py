"""The index page's view: one row per audited story, one per input that failed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from auditor.report.html import words
from auditor.report.html.fidelity import fidelity_view


@dataclass(frozen=True)
class StoryRow:
    source: str
    href: str | None
    name: str                 # the file name, shown large
    folder: str               # where it is, shown small
    verdict: str
    verdict_p: str
    verdict_rank: float       # sorts English originals below translations, MT first
    language: str
    language_name: str
    language_p: str
    outlet: str
    counts: tuple[int, int, int]   # error, warning, info
    weakest: str              # shown
    weakest_sort: float       # -1 when not scored
    weakest_band: str         # weak | fair | good | none
    fidelity_note: str


@dataclass(frozen=True)
class FailedRow:
    source: str
    kind: str
    message: str


@dataclass(frozen=True)
class IndexView:
    stories: tuple[StoryRow, ...]
    failed: tuple[FailedRow, ...]
    totals: tuple[tuple[str, int], ...]
    translated: int
    machine: int


def _weakest(record: dict[str, Any]) -> tuple[str, float, str, str]:
    fid = fidelity_view(record.get("fidelity"), "")
    if fid is None:
        return "—", -1.0, "none", "fidelity not requested"
    if not fid.scored:
        return "not scored", -1.0, "none", fid.reason or "fidelity not scored"
    if not fid.weakest:
        return "—", -1.0, "none", "no sentence scored"
    low = fid.weakest[0]
    return low.number, low.chrf or 0.0, low.band, f"lowest sentence chrF ({fid.mode})"


def story_row(record: dict[str, Any], href: str | None) -> StoryRow:
    verdict = record.get("verdict") or {}
    translated = float(verdict.get("translated", 0.0))
    machine = float(verdict.get("machine_translated", 0.0))
    lang = str(verdict.get("source_language", "und"))
    probs = verdict.get("source_language_probabilities") or {}
    counts = {s: 0 for s in words.SEVERITIES}
    for f in record.get("findings") or []:
        sev = f.get("severity") if isinstance(f, dict) else None
        if sev in counts:
            counts[sev] += 1
    outlet = verdict.get("origin_outlet") or {}
    weakest, weakest_sort, band, note = _weakest(record)
    short = words.short_verdict(verdict)
    shown_p = machine if short == "Machine-translated" else translated
    if short == "English original":
        shown_p = 1 - translated
    source = str(record.get("source", ""))
    folder, _, name = source.replace("\\", "/").rpartition("/")
    return StoryRow(
        source=source, href=href, name=name or source, folder=folder, verdict=short,
        verdict_p=f"{shown_p:.2f}",
        verdict_rank=translated + machine if translated >= 0.5 else translated - 1,
        language=lang, language_name=words.language_name(lang),
        language_p=f"{float(probs.get(lang, 0.0)):.2f}",
        outlet=str(outlet.get("name", "")) if isinstance(outlet, dict) else "",
        counts=(counts["error"], counts["warning"], counts["info"]),
        weakest=weakest, weakest_sort=weakest_sort, weakest_band=band, fidelity_note=note,
    )


def failed_row(record: dict[str, Any]) -> FailedRow:
    error = record.get("error") or {}
    return FailedRow(str(record.get("source", "")), str(error.get("kind", "Error")),
                     str(error.get("message", "")))


def index_view(entries: Iterable[tuple[dict[str, Any], str | None]]) -> IndexView:
    """``entries``: (record, href of its page) for results, (error record, None) for failures."""
    stories, failed = [], []
    for record, href in entries:
        if "error" in record:
            failed.append(failed_row(record))
        else:
            stories.append(story_row(record, href))
    totals = tuple((sev, sum(r.counts[k] for r in stories))
                   for k, sev in enumerate(words.SEVERITIES))
    return IndexView(
        stories=tuple(stories), failed=tuple(failed), totals=totals,
        translated=sum(r.verdict != "English original" for r in stories),
        machine=sum(r.verdict == "Machine-translated" for r in stories),
    )
