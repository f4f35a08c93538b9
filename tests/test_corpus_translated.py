"""Recall: hand-written translated-style stories are recognised as translations from
the right source language, and most of their marked artifacts are found
(tests/corpus/translated/expected.json). The rules were tuned with this corpus
in view: bench/heldout_eval.py measures generalisation on a set written blind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.document import Document

CORPUS = Path(__file__).parent / "corpus" / "translated"
EXPECTED = json.loads((CORPUS / "expected.json").read_text("utf-8"))

RECALL_FLOOR = 0.75  # share of marked artifacts found (by category and overlap): a guard


def test_expected_quotes_are_in_the_texts():
    for name, entry in EXPECTED.items():
        text = (CORPUS / name).read_text("utf-8")
        assert entry["artifacts"], name
        for artifact in entry["artifacts"]:
            assert artifact["quote"] in text, (name, artifact["quote"])


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda n: Path(n).stem)
def test_translated_story_verdict(name: str, auditor_instance):
    expected = EXPECTED[name]
    text = (CORPUS / name).read_text("utf-8")
    report = auditor_instance.audit_document(Document.from_text(text, name))
    verdict = report.verdict
    assert verdict.source_language == expected["source_language"], (
        verdict.source_language, verdict.source_language_probabilities)
    assert verdict.translated >= 0.5, verdict.translated


def test_artifact_recall(auditor_instance):
    found = total = 0
    missed = []
    for name, entry in EXPECTED.items():
        text = (CORPUS / name).read_text("utf-8")
        report = auditor_instance.audit_document(Document.from_text(text, name))
        for artifact in entry["artifacts"]:
            start = text.index(artifact["quote"])
            end = start + len(artifact["quote"])
            hit = any(f.category == artifact["category"] and f.start < end and start < f.end
                      for f in report.findings)
            found += hit
            total += 1
            if not hit:
                missed.append(f"{name}: {artifact['category']} {artifact['quote']!r}")
    assert found / total >= RECALL_FLOOR, f"recall {found}/{total}; missed:\n" + "\n".join(missed)
