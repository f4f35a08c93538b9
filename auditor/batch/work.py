"""The per-item work, identical on every engine: payload in, JSON record out."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

from auditor.audit import Auditor
from auditor.document import Document

_auditor: Auditor | None = None


def init_worker(rule_dirs: tuple[str, ...] = ()) -> None:
    """Load rules and data once per worker process (or actor)."""
    global _auditor
    _auditor = Auditor(tuple(Path(d) for d in rule_dirs))


def init_pool_worker(rule_dirs: tuple[str, ...] = ()) -> None:
    """A pool worker: Ctrl-C reaches the whole process group, but only the parent
    decides what an interruption means (stop submitting, cancel, write the summary).
    A worker interrupted mid-item can leave the pool's queues locked, and the parent
    then hangs at exit waiting for it; so workers ignore SIGINT and finish their item."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    init_worker(rule_dirs)


def audit_payload(payload: tuple[str, str, dict[str, Any], int | None]) -> dict[str, Any]:
    from auditor.report.jsonout import report_dict

    if _auditor is None:
        init_worker()
    assert _auditor is not None
    text, source, metadata, body_end = payload
    doc = Document.from_text(text, source, metadata, body_end)
    return report_dict(_auditor.audit_document(doc))
