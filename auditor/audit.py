"""The library entry points: audit_text, audit_document, Auditor."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from auditor import __version__
from auditor.checks.registry import Registry
from auditor.document import Document
from auditor.finding import Finding
from auditor.verdict import Verdict, infer

if TYPE_CHECKING:
    from auditor.fidelity import Fidelity, FidelityScorer


@dataclass(frozen=True)
class Signature:
    version: str
    rule_pack: str
    models: tuple[str, ...] = ()                  # translation models (id@fingerprint)
    metrics: tuple[tuple[str, str], ...] = ()     # sacrebleu signature per metric

    def __str__(self) -> str:
        text = f"auditor:{self.version}|rules:{self.rule_pack}"
        if self.models:
            text += f"|mt:{'+'.join(self.models)}"
        for name, sig in self.metrics:
            text += f"|{name}:[{sig}]"
        return text

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"version": self.version, "rule_pack": self.rule_pack}
        if self.models:
            out["models"] = list(self.models)
        if self.metrics:
            out["metrics"] = dict(self.metrics)
        return out | {"text": str(self)}

    def with_fidelity(self, fidelity: Fidelity) -> Signature:
        if not fidelity.scored:
            return self
        return replace(self, models=tuple(m.key for m in fidelity.models),
                       metrics=fidelity.metric_signatures)


@dataclass(frozen=True)
class Report:
    document: Document
    findings: tuple[Finding, ...]
    verdict: Verdict
    signature: Signature
    fidelity: Fidelity | None = None


class Auditor:
    """Runs every registered check over documents. Never prints, never exits."""

    def __init__(self, rule_dirs: Iterable[Path] = (), registry: Registry | None = None,
                 fidelity: FidelityScorer | None = None) -> None:
        self.registry = registry or Registry.load(rule_dirs)
        self.signature = Signature(__version__, self.registry.pack_hash)
        self.fidelity = fidelity

    def findings(self, doc: Document) -> tuple[Finding, ...]:
        unique: dict[tuple[str, int, int], Finding] = {}
        for check in self.registry.checks:
            for f in check.run(doc):
                unique.setdefault((f.rule_id, f.start, f.end), f)
        return tuple(sorted(unique.values(), key=lambda f: f.sort_key))

    def audit_document(self, doc: Document) -> Report:
        findings = self.findings(doc)
        verdict = infer(findings)
        if self.fidelity is None:
            return Report(doc, findings, verdict, self.signature)
        fidelity = self.fidelity.score(doc, verdict)
        if fidelity.machine_evidence is not None:
            verdict = infer(findings, machine_bonus=fidelity.machine_evidence)
        return Report(doc, findings, verdict, self.signature.with_fidelity(fidelity), fidelity)

    def audit_text(self, text: str, source: str = "<text>") -> Report:
        return self.audit_document(Document.from_text(text, source))


_default: Auditor | None = None


def default_auditor() -> Auditor:
    global _default
    if _default is None:
        _default = Auditor()
    return _default


def audit_document(doc: Document) -> Report:
    return default_auditor().audit_document(doc)


def audit_text(text: str, source: str = "<text>") -> Report:
    return default_auditor().audit_text(text, source)
