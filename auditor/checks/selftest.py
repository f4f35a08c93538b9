"""Run a rule's own examples: the logic behind the example test and `auditor rules test`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from auditor.checks.base import Check, Example, Rule
from auditor.document import Document


@dataclass(frozen=True)
class ExampleResult:
    rule: Rule
    example: Example
    failure: str | None  # None when the example behaved as declared

    @property
    def passed(self) -> bool:
        return self.failure is None


def check_example(check: Check, rule: Rule, example: Example) -> str | None:
    """None if ``check`` treats ``example`` as declared, else what went wrong."""
    doc = Document.from_text(example.text)
    hits = [f for f in check.run(doc) if f.rule_id == rule.id]
    got = sorted({(f.start, f.end) for f in hits})
    shown = [doc.text[s:e] for s, e in got]
    if not example.bad:
        return f"must not fire on {example.text!r}, flagged {shown}" if got else None
    if not example.spans:
        return f"bad example marks no span with ⟦ ⟧: {example.marked!r}"
    missing = [doc.text[s:e] for s, e in example.spans if (s, e) not in got]
    if missing:
        return f"should flag {missing} in {example.text!r}; flagged {shown}"
    return None


def run_examples(checks: Iterable[Check]) -> Iterator[ExampleResult]:
    for check in checks:
        for rule in check.rules:
            for example in rule.examples:
                yield ExampleResult(rule, example, check_example(check, rule, example))
