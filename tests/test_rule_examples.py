"""Every example of every rule: bad ones fire on exactly the marked span, good ones stay silent."""

from __future__ import annotations

import pytest

from auditor.checks.registry import Registry
from auditor.checks.selftest import check_example
from auditor.finding import CATEGORIES

REGISTRY = Registry.load()
CASES = [
    pytest.param(check, rule, ex, id=f"{rule.id}:{'bad' if ex.bad else 'good'}{n}")
    for check in REGISTRY.checks
    for rule in check.rules
    for n, ex in enumerate(rule.examples)
]


@pytest.mark.parametrize(("check", "rule", "example"), CASES)
def test_example(check, rule, example):
    failure = check_example(check, rule, example)
    assert failure is None, f"{rule.id}: {failure}"


def test_every_rule_is_documented():
    ids = [r.id for r in REGISTRY.rules()]
    assert len(ids) == len(set(ids))
    for rule in REGISTRY.rules():
        assert rule.message.strip(), rule.id
        assert rule.category in CATEGORIES, rule.id
        assert rule.source, f"{rule.id} does not say where it is defined"
        assert "." in rule.id, f"{rule.id}: use a dotted id"
        assert rule.id == rule.id.lower(), f"{rule.id}: use a lower-case id"
        assert sum(e.bad for e in rule.examples) >= 2, f"{rule.id} needs two bad examples"
        assert sum(not e.bad for e in rule.examples) >= 2, f"{rule.id} needs two good near-misses"
