"""Every example of every rule: bad ones fire on exactly the marked span, good ones stay silent."""

from __future__ import annotations

import pytest

from auditor.checks.registry import Registry
from auditor.document import Document
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
    doc = Document.from_text(example.text)
    hits = [f for f in check.run(doc) if f.rule_id == rule.id]
    got = sorted({(f.start, f.end) for f in hits})
    if example.bad:
        want = example.spans
        assert want, f"bad example of {rule.id} marks no span: {example.marked!r}"
        shown = [doc.text[s:e] for s, e in got]
        for span in want:
            assert span in got, (
                f"{rule.id} should flag {doc.text[span[0]:span[1]]!r} in {example.text!r}; "
                f"it flagged {shown}"
            )
    else:
        assert not got, f"{rule.id} must not fire on {example.text!r}: {[f.text for f in hits]}"


def test_every_rule_is_documented():
    ids = [r.id for r in REGISTRY.rules()]
    assert len(ids) == len(set(ids))
    for rule in REGISTRY.rules():
        assert rule.message.strip(), rule.id
        assert rule.category in CATEGORIES, rule.id
        assert rule.source, f"{rule.id} does not say where it is defined"
        assert "." in rule.id and rule.id == rule.id.lower(), f"{rule.id}: use a dotted lower-case id"
        assert any(e.bad for e in rule.examples), f"{rule.id} has no bad example"
        assert any(not e.bad for e in rule.examples), f"{rule.id} has no good near-miss"
