"""The library entry points: audit_text, audit_document, Auditor."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from auditor import __version__
from auditor.checks.registry import Registry
from auditor.document import Document
from auditor.finding import Finding
from auditor.verdict import Verdict, infer


@dataclass(frozen=True)
class Signature:
    version: str
    rule_pack: str

    def __str__(self) -> str:
        return f"auditor:{self.version}|rules:{self.rule_pack}"

    def to_dict(self) -> dict[str, str]:
        return {"version": self.version, "rule_pack": self.rule_pack, "text": str(self)}


@dataclass(frozen=True)
class Report:
    document: Document
    findings: tuple[Finding, ...]
    verdict: Verdict
    signature: Signature


class Auditor:
    """Runs every registered check over documents. Never prints, never exits."""

    def __init__(self, rule_dirs: Iterable[Path] = (), registry: Registry | None = None) -> None:
        self.registry = registry or Registry.load(rule_dirs)
        self.signature = Signature(__version__, self.registry.pack_hash)

    def findings(self, doc: Document) -> tuple[Finding, ...]:
        unique: dict[tuple[str, int, int], Finding] = {}
        for check in self.registry.checks:
            for f in check.run(doc):
                unique.setdefault((f.rule_id, f.start, f.end), f)
        return tuple(sorted(unique.values(), key=lambda f: f.sort_key))

    def audit_document(self, doc: Document) -> Report:
        findings = self.findings(doc)
        return Report(doc, findings, infer(findings), self.signature)

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
