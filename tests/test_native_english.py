"""Precision: native English copy raises nothing at warning or above and reads as an original."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.document import Document
from auditor.finding import Severity

CORPUS = sorted((Path(__file__).parent / "corpus" / "native_en").glob("*.txt"))


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_native_english_is_clean(path: Path, auditor_instance):
    report = auditor_instance.audit_document(Document.from_text(path.read_text("utf-8"), str(path)))
    loud = [(f.rule_id, f.text) for f in report.findings if f.severity >= Severity.WARNING]
    assert not loud, loud
    assert report.verdict.source_language == "en"
    assert report.verdict.machine_translated < 0.5
