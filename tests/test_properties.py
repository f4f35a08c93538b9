"""Any text yields valid, sorted, in-bounds offsets and never an exception."""

from __future__ import annotations

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.report.jsonout import report_dict, schema

# Text drawn from the characters news copy and its damage are made of.
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?'\"()[]-–—\n\t0123456789")
    + list("“”‘’«»ÜüÖöÇçéèàñãõ") + list("ظهرت في الأصل على") + ["Türkiye", "Turkey", "OSDH",
    "She added", " , ", "; To", "their they", "Source: Terra", "al-Bachir", "[sirio]",
    "\u200b", "\u202e", "\ufeff", "\r\n", "\u0301"]
)
TEXTS = st.lists(ALPHABET, max_size=300).map("".join) | st.text(max_size=400)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_sane_findings(auditor_instance, text):
    doc = Document.from_text(text)
    report = auditor_instance.audit_document(doc)
    n = len(doc.text)
    keys = [f.sort_key for f in report.findings]
    assert keys == sorted(keys)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= n
        assert f.text == doc.text[f.start : f.end]
        line, col = doc.line_col(f.start)
        assert line >= 1 and col >= 1
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= n
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)
    v = report.verdict
    assert 0 <= v.translated <= 1 and 0 <= v.machine_translated <= 1
    assert abs(sum(v.source_language_probabilities.values()) - 1) < 1e-6


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_schema_valid_json(auditor_instance, text):
    record = report_dict(auditor_instance.audit_text(text))
    jsonschema.validate(record, schema())
