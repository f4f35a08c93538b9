"""Reports as JSON-ready dicts: one object per document, validated by schema.json."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from auditor.audit import Report
from auditor.errors import InputError
from auditor.finding import Finding

SCHEMA_VERSION = "1.0"


def finding_dict(report: Report, f: Finding) -> dict[str, Any]:
    line, column = report.document.line_col(f.start)
    return {
        "rule_id": f.rule_id,
        "category": f.category,
        "severity": str(f.severity),
        "start": f.start,
        "end": f.end,
        "line": line,
        "column": column,
        "text": f.text,
        "message": f.message,
        "suggestion": f.suggestion,
        "evidence": f.evidence.to_dict(),
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict | list | str | int | float | bool) or value is None:
        return value
    if hasattr(value, "items"):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    return str(value)


def report_dict(report: Report) -> dict[str, Any]:
    doc = report.document
    return {
        "schema_version": SCHEMA_VERSION,
        "source": doc.source,
        "verdict": report.verdict.to_dict(),
        "findings": [finding_dict(report, f) for f in report.findings],
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "metadata": _jsonable(dict(doc.metadata)),
        "length": len(doc.text),
        "fidelity": report.fidelity.to_dict() if report.fidelity is not None else None,
        "signature": report.signature.to_dict(),
    }


def error_dict(error: InputError) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "source": error.source,
        "error": {"kind": type(error).__name__, "message": error.one_line()},
    }


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@cache
def schema() -> dict[str, Any]:
    return json.loads(resources.files("auditor.report").joinpath("schema.json").read_text("utf-8"))
