"""The five seed articles: every required finding, every verdict, no flagged near-miss."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS, shared_dir
from tests.seedcheck import evaluate, outlet_matches


@pytest.fixture(scope="module")
def evaluation(auditor_instance):
    expected = shared_dir("seeds") / "expected.json"
    return evaluate(expected, SEEDS, auditor_instance)


def test_required_findings(evaluation):
    outcomes, _, _ = evaluation
    missing = [o for o in outcomes if o.tier == "required" and not o.found]
    assert not missing, "\n".join(f"{o.name}: {o.category} {o.quote!r}" for o in missing)


def test_verdicts(evaluation):
    _, verdicts, _ = evaluation
    wrong = []
    for name, (want, got) in verdicts.items():
        if got.source_language != want["source_language"]:
            wrong.append(f"{name}: source {got.source_language} != {want['source_language']}")
        if (got.machine_translated >= 0.5) != want["machine_translated"]:
            wrong.append(f"{name}: machine_translated {got.machine_translated:.2f}")
        outlet = got.origin_outlet.to_dict() if got.origin_outlet else None
        if not outlet_matches(want["origin_outlet"], outlet):
            wrong.append(f"{name}: outlet {outlet} != {want['origin_outlet']}")
    assert not wrong, "\n".join(wrong)


def test_must_not_flag(evaluation):
    _, _, violations = evaluation
    assert not violations, violations
