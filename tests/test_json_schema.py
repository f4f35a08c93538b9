"""JSON output of the seeds validates against the schema shipped in the package."""

from __future__ import annotations

import json

import jsonschema
import pytest

from auditor.errors import InputError
from auditor.ingest import load_path
from auditor.report.jsonout import error_dict, report_dict, schema
from tests.conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(schema())


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.stem for p in SEED_FILES])
def test_seed_reports_validate(path, auditor_instance):
    (doc,) = load_path(path)
    record = report_dict(auditor_instance.audit_document(doc))
    jsonschema.validate(json.loads(json.dumps(record)), schema())
    for f in record["findings"]:
        assert doc.text[f["start"] : f["end"]] == f["text"]
    for c in record["verdict"]["evidence"]:
        assert record["findings"][c["finding"]]["rule_id"] == c["rule_id"]


def test_error_records_validate():
    record = error_dict(InputError("x.txt", "the file is empty", "give it some text"))
    jsonschema.validate(record, schema())
    assert record["error"]["message"].startswith("x.txt")


def test_an_outlet_unknown_to_the_knowledge_base_is_named_as_written(auditor_instance):
    from auditor.document import Document
    text = ("Turnout was low across Basra province on Sunday.\n\n"
            "This report was first published on Basra Horizon News.")
    record = report_dict(auditor_instance.audit_document(Document.from_text(text)))
    jsonschema.validate(json.loads(json.dumps(record)), schema())
    outlet = record["verdict"]["origin_outlet"]
    assert outlet["id"] is None and outlet["name"] == "Basra Horizon News"
    assert record["findings"][outlet["finding"]]["rule_id"] == "origin.footer-english"
