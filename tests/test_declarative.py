"""The declarative rule kinds: pattern (with gate and unless), lexicon, variants."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.checks.declarative import build_check
from auditor.document import Document
from auditor.errors import RuleError

BASE = {"category": "calque", "severity": "info", "message": "{match}"}


def hits(spec: dict, text: str, pack: Path = Path("pack.yaml")) -> list[str]:
    check = build_check(BASE | spec, pack)
    return [f.text for f in check.run(Document.from_text(text))]


def test_pattern_span_group_gate_and_unless():
    spec = {"id": "t.p", "kind": "pattern", "pattern": r"\b(?P<span>assures) that",
            "gate": ["Assures", "assures"], "unless": [r"\bwarranty\b"]}
    assert hits(spec, "The army assures that it won.") == ["assures"]
    assert hits(spec, "The warranty assures that it works.") == []
    gated = spec | {"gate": ["never-present"]}
    assert hits(gated, "The army assures that it won.") == []


def test_pattern_ignore_case_gate_uses_lower_case_text():
    spec = {"id": "t.i", "kind": "pattern", "pattern": r"assures that", "ignore_case": True,
            "gate": ["ASSURES"]}
    assert hits(spec, "ASSURES THAT") == ["ASSURES THAT"]


def test_lexicon_from_tsv_carries_row_languages(tmp_path):
    (tmp_path / "terms.tsv").write_text("term\tlanguages\tenglish\nOTAN\tfr:2 es:1\tNATO\n",
                                        "utf-8")
    spec = {"id": "t.l", "kind": "lexicon", "data": "terms.tsv",
            "message": "{term} is {english}"}
    check = build_check(BASE | spec, tmp_path / "pack.yaml")
    (f,) = check.run(Document.from_text("Leaders of OTAN met; OTANS did not."))
    assert f.message == "OTAN is NATO" and dict(f.evidence.languages) == {"fr": 2.0, "es": 1.0}


def test_variants_flag_spellings_after_the_first():
    spec = {"id": "t.v", "kind": "variants", "groups": [["Kyiv", "Kiev"]],
            "message": "{match} vs {first}"}
    assert hits(spec, "Kyiv said. Kiev later said. Kyiv again.") == ["Kiev"]


@pytest.mark.parametrize(("spec", "why"), [
    ({"id": "t.x", "kind": "pattern"}, "missing key"),
    ({"id": "t.x", "kind": "pattern", "pattern": "("}, "missing )"),
    ({"id": "t.x", "kind": "nope"}, "unknown kind"),
    ({"id": "t.x", "kind": "lexicon", "data": "absent.tsv"}, "not found"),
])
def test_malformed_rules_raise_rule_errors(spec, why):
    with pytest.raises(RuleError, match=re.escape(why)):
        build_check(BASE | spec, Path("/nonexistent/pack.yaml"))
