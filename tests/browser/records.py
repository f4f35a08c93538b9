"""Records to render: the real audit of a seed, an expert's view of it, synthetic fidelity.

The expert record is built from ``seeds/expected.json`` (each expected finding's
quote located in the text): it has every category and overlapping spans, so page
tests exercise them even while the real checks are still being written.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from auditor.audit import Report, Signature
from auditor.document import Document
from auditor.fidelity.result import (
    NOT_SCORED,
    REFERENCE,
    ROUND_TRIP,
    SCORED,
    Addition,
    Fidelity,
    ModelRef,
    Omission,
    SentenceFidelity,
)
from auditor.finding import Evidence, Finding, Severity
from auditor.report.jsonout import report_dict
from auditor.verdict import infer

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
EXPECTED = ROOT.parent / "shared" / "seeds" / "expected.json"
OUTLET_IDS = {"alhurra.com": "alhurra", "Terra": "terra", "AFP": "afp"}
SEVERITY = {"origin-marker": Severity.ERROR, "entity-mistranslation": Severity.ERROR,
            "agreement-artifact": Severity.WARNING, "garble": Severity.WARNING,
            "inconsistency": Severity.WARNING, "foreign-fragment": Severity.WARNING}


def seed_text(name: str) -> str:
    return Document.from_text((SEEDS / name).read_text("utf-8")).text


def real_record(auditor: Any, name: str) -> tuple[dict[str, Any], str]:
    path = SEEDS / name
    report = auditor.audit_text(path.read_text("utf-8"), str(path))
    return report_dict(report), report.document.text


def expert_record(name: str) -> tuple[dict[str, Any], str]:
    """A record with one finding per expected quote of the seed, plus one overlap."""
    spec = json.loads(EXPECTED.read_text("utf-8"))["documents"][name]
    doc = Document.from_text((SEEDS / name).read_text("utf-8"), f"seeds/{name}")
    outlet = OUTLET_IDS.get(spec["verdict"].get("origin_outlet") or "")
    findings = []
    for k, exp in enumerate(spec["findings"]):
        start = doc.text.find(exp["quote"])
        if start < 0:
            continue
        end = start + len(exp["quote"])
        cat = exp["category"]
        langs = {lang: 1.5 for lang in exp.get("languages", [])}
        names_outlet = cat == "origin-marker" and outlet is not None and k == 0
        findings.append(Finding(
            rule_id=f"expected.{cat}", category=cat,
            severity=SEVERITY.get(cat, Severity.INFO), start=start, end=end,
            text=doc.text[start:end], message=exp["why"],
            suggestion=None if cat == "origin-marker" else "Check against the original.",
            evidence=Evidence.of(langs, machine=1.0 if cat == "garble" else 0.0,
                                 outlet=outlet if names_outlet else None,
                                 republished=cat == "content-farm"),
        ))
    if findings:  # a finding crossing the first one's end: overlaps must render
        f = findings[0]
        start, end = max(f.start, f.end - 6), min(len(doc.text), f.end + 12)
        findings.append(Finding("garble.synthetic-overlap", "garble", Severity.INFO, start, end,
                                doc.text[start:end], "A synthetic finding that overlaps another.",
                                None, Evidence.of()))
    findings.sort(key=lambda f: (f.start, f.end, f.rule_id))
    report = Report(doc, tuple(findings), infer(findings), Signature("test", "expected"))
    return report_dict(report), doc.text


def with_fidelity(record: dict[str, Any], text: str, mode: str = ROUND_TRIP,
                  seed: int = 7) -> dict[str, Any]:
    """The record plus a scored fidelity section (made-up scores, the scorer's own shape)."""
    rng = random.Random(seed)
    rows = []
    for k, s in enumerate(record["sentences"]):
        chrf = round(rng.uniform(25, 95), 1)
        sentence = text[s["start"]:s["end"]]
        extra: dict[str, Any] = ({"original": f"Original sentence {k}", "original_indices": (k,),
                                  "bead": "1-1"} if mode == REFERENCE
                                 else {"forward_translation": f"Traducción {k}"})
        rows.append(SentenceFidelity(k, s["start"], s["end"], sentence,
                                     f"Back-translated {k}: {sentence[:60]}", chrf, chrf * 0.6,
                                     100 - chrf, 0.02, **extra))
    omissions: tuple[Omission, ...] = ()
    additions: tuple[Addition, ...] = ()
    if mode == REFERENCE and len(rows) > 3:
        omissions = (Omission("ظهرت في الأصل على موقع الحرة", 4, 2,
                              "It originally appeared on the Alhurra website"),)
        additions = (Addition(3, rows[3].start, rows[3].end, rows[3].text),)
    fidelity = Fidelity(
        mode, SCORED, "ar", backend="precomputed",
        models=(ModelRef("en-ar", "Helsinki-NLP/opus-mt-en-ar", "opus-mt-en-ar@test"),),
        sentences=tuple(rows), omissions=omissions, additions=additions,
        aggregates=(("sentences", float(len(rows))), ("chrf", 61.3), ("bleu", 34.2),
                    ("ter", 48.0), ("min_chrf", min((r.chrf for r in rows), default=0.0))),
    )
    return record | {"fidelity": fidelity.to_dict()}


def not_scored(record: dict[str, Any]) -> dict[str, Any]:
    fidelity = Fidelity(ROUND_TRIP, NOT_SCORED, "ar",
                        reason="no en-ar translation model in the model folder",
                        install_command="auditor models pull ar")
    return record | {"fidelity": fidelity.to_dict()}
