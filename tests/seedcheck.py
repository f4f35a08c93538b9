"""Compare an audit of the seed articles with ../shared/seeds/expected.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from auditor import Auditor
from auditor.finding import Severity
from auditor.ingest import load_path


@dataclass(frozen=True)
class Outcome:
    name: str
    tier: str
    category: str
    quote: str
    found: bool


def outlet_matches(expected: str | None, verdict_outlet: dict | None) -> bool:
    if expected is None:
        return verdict_outlet is None
    if verdict_outlet is None:
        return False
    names = {str(verdict_outlet.get("name", "")).lower(), str(verdict_outlet.get("id", "")).lower()}
    names |= {d.lower() for d in verdict_outlet.get("domains", [])}
    return expected.lower() in names


def evaluate(expected_path: Path, seeds: Path, auditor: Auditor):
    spec = json.loads(expected_path.read_text("utf-8"))["documents"]
    outcomes, verdicts, violations = [], {}, []
    for name, want in spec.items():
        (doc,) = load_path(seeds / name)
        report = auditor.audit_document(doc)
        text = doc.text
        for exp in want["findings"]:
            start = text.index(exp["quote"])
            end = start + len(exp["quote"])
            found = any(
                f.category == exp["category"] and f.start < end and start < f.end
                for f in report.findings
            )
            outcomes.append(Outcome(name, exp["tier"], exp["category"], exp["quote"], found))
        for quote in want.get("must_not_flag", []):
            start = text.index(quote)
            end = start + len(quote)
            violations += [
                (name, quote, f.rule_id) for f in report.findings
                if f.severity >= Severity.WARNING and f.start < end and start < f.end
            ]
        verdicts[name] = (want["verdict"], report.verdict)
    return outcomes, verdicts, violations
