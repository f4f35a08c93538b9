"""Rules and checks: the one interface every detector implements.

A *rule* is the unit an editor sees: a dotted id, a category, a severity, a
message, and examples. A *check* is code (or a declarative rule) that produces
findings for one or more rules. Examples mark the expected span with ⟦ ⟧:

    bad:  "The ministry ⟦assures that⟧ its forces held."
    good: "He assured reporters that the forces held."
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol

from auditor.document import Document
from auditor.finding import CATEGORIES, Evidence, Finding, Severity

OPEN, CLOSE = "⟦", "⟧"

# Default weight towards machine (rather than human) translation, by category.
MACHINE_WEIGHT: Mapping[str, float] = MappingProxyType(
    {
        "origin-marker": 0.3,
        "foreign-fragment": 1.2,
        "entity-mistranslation": 2.0,
        "agreement-artifact": 1.5,
        "source-convention": 0.3,
        "calque": 0.6,
        "inconsistency": 0.4,
        "garble": 1.0,
        "content-farm": 0.8,
    }
)


@dataclass(frozen=True)
class Example:
    """An example text; for bad examples the expected spans are marked ⟦ ⟧."""

    marked: str
    bad: bool

    @property
    def text(self) -> str:
        return self.marked.replace(OPEN, "").replace(CLOSE, "")

    @property
    def spans(self) -> list[tuple[int, int]]:
        spans, pos, clean = [], 0, 0
        while (i := self.marked.find(OPEN, pos)) != -1:
            clean += i - pos
            j = self.marked.index(CLOSE, i)
            spans.append((clean, clean + j - i - 1))
            clean += j - i - 1
            pos = j + 1
        return spans


@dataclass(frozen=True)
class Rule:
    """What a rule is, independent of how it is checked."""

    id: str
    category: str
    severity: Severity
    message: str
    suggestion: str | None = None
    languages: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    machine: float | None = None
    examples: tuple[Example, ...] = ()
    explanation: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.id}: unknown category {self.category!r}")

    def evidence(
        self,
        languages: Mapping[str, float] | None = None,
        outlet: str | None = None,
        machine: float | None = None,
    ) -> Evidence:
        langs = dict(self.languages if languages is None else languages)
        mt = machine if machine is not None else self.machine
        if mt is None:
            mt = MACHINE_WEIGHT[self.category]
        return Evidence.of(langs, mt, outlet, self.category == "content-farm")

    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        *,
        message: str | None = None,
        suggestion: str | None = None,
        languages: Mapping[str, float] | None = None,
        outlet: str | None = None,
        severity: Severity | None = None,
        machine: float | None = None,
    ) -> Finding:
        return Finding(
            rule_id=self.id,
            category=self.category,
            severity=severity or self.severity,
            start=start,
            end=end,
            text=doc.text[start:end],
            message=message or self.message,
            suggestion=suggestion if suggestion is not None else self.suggestion,
            evidence=self.evidence(languages, outlet, machine),
        )


class Check(Protocol):
    """Anything that turns a Document into findings for the rules it declares."""

    rules: tuple[Rule, ...]

    def run(self, doc: Document) -> Iterable[Finding]: ...


def examples(bad: Iterable[str] = (), good: Iterable[str] = ()) -> tuple[Example, ...]:
    return tuple(Example(t, True) for t in bad) + tuple(Example(t, False) for t in good)


def rule(
    id: str,
    category: str,
    severity: str,
    message: str,
    *,
    suggestion: str | None = None,
    languages: Mapping[str, float] | None = None,
    machine: float | None = None,
    bad: Iterable[str] = (),
    good: Iterable[str] = (),
    explanation: str = "",
    source: str = "",
) -> Rule:
    """Shorthand for code checks declaring their rules."""
    return Rule(
        id=id,
        category=category,
        severity=Severity.parse(severity),
        message=message,
        suggestion=suggestion,
        languages=MappingProxyType(dict(languages or {})),
        machine=machine,
        examples=examples(bad, good),
        explanation=explanation,
        source=source,
    )
