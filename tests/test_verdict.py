"""The verdict's arithmetic: evidence adds up, traceably, and no category can outvote the rest."""

from __future__ import annotations

import math

from auditor.checks.base import MACHINE_WEIGHT
from auditor.finding import Evidence, Finding, Severity
from auditor.verdict import MACHINE_CAP, MT_BIAS, infer


def _finding(rule_id: str, category: str, at: int, lang: str = "fr") -> Finding:
    return Finding(rule_id, category, Severity.INFO, at, at + 3, "abc", "m",
                   evidence=Evidence.of({lang: 0.5}, MACHINE_WEIGHT[category]))


def _machine_logit(verdict) -> float:
    return sum(c.weight for c in verdict.contributions if c.target == "machine_translated")


def test_many_calques_add_no_more_machine_evidence_than_the_cap():
    calques = [_finding(f"calque.rule-{i}", "calque", 10 * i) for i in range(20)]
    verdict = infer(calques)
    assert math.isclose(_machine_logit(verdict), MACHINE_CAP * MACHINE_WEIGHT["calque"])
    assert verdict.translated > 0.99   # translation evidence is not capped


def test_damage_of_several_kinds_points_to_a_machine():
    kinds = ["garble", "agreement-artifact", "entity-mistranslation", "calque"]
    verdict = infer([_finding(f"{k}.x", k, 10 * i) for i, k in enumerate(kinds)])
    expected = sum(MACHINE_WEIGHT[k] for k in kinds)
    assert math.isclose(_machine_logit(verdict), expected)
    assert verdict.machine_translated / verdict.translated > 1 / (1 + math.exp(MT_BIAS - 3))


def test_machine_contributions_name_their_findings_and_stop_at_the_cap():
    findings = [_finding("garble.a", "garble", 0), _finding("agreement.b", "agreement-artifact", 5)]
    findings += [_finding("garble.c", "garble", 10 + i) for i in range(3)]
    machine = [c for c in infer(findings).contributions if c.target == "machine_translated"]
    assert {c.finding for c in machine} >= {0, 1}
    garble = sum(c.weight for c in machine if c.rule_id.startswith("garble."))
    assert math.isclose(garble, MACHINE_CAP * MACHINE_WEIGHT["garble"])
    assert all(c.weight > 0 for c in machine)   # nothing recorded past the cap
