"""The CLI in-process: output formats, exit codes, rule commands."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.report.jsonout import schema
from tests.conftest import SEEDS

ARABIC_FOOTER = "Fighting went on.\nظهرت في الأصل على www.alhurra.com\n"


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


def test_text_output_puts_verdict_before_findings(run, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(ARABIC_FOOTER, "utf-8")
    result = run("audit", str(story))
    out = result.output
    assert "source language:" in out
    assert out.index("source language:") < out.index(f"{story}:2:1")
    assert result.exit_code == 1  # the footer is an error-level finding


def test_json_lines_validate_against_schema(run):
    result = run("audit", str(SEEDS), "--format", "json", "--fail-on", "none")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 5
    for record in records:
        jsonschema.validate(record, schema())


def test_stdin(run):
    result = run("audit", "-", "--format", "json", input=ARABIC_FOOTER.encode())
    record = json.loads(result.output)
    assert record["source"] == "<stdin>"
    assert record["verdict"]["source_language"] == "ar"


def test_fail_on_threshold(run, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("The council met on Tuesday and approved the budget.\n", "utf-8")
    assert run("audit", str(clean)).exit_code == 0
    assert run("audit", str(clean), "--fail-on", "info").exit_code == 0


def test_bad_input_exits_2_but_audits_the_rest(run, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The council met on Tuesday.\n", "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    result = CliRunner().invoke(main, ["audit", str(empty), str(good), str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert str(good) in result.stdout
    assert "empty.txt" in result.stderr and "nope.txt" in result.stderr
    assert "Traceback" not in result.output


def test_json_dir_writes_one_file_per_story(run, tmp_path):
    out = tmp_path / "reports"
    result = run("audit", str(SEEDS), "--json-dir", str(out), "--fail-on", "none")
    assert result.exit_code == 0
    files = sorted(out.glob("*.json"))
    assert len(files) == 5
    jsonschema.validate(json.loads(files[0].read_text("utf-8")), schema())


def test_usage_error_exits_2(run):
    result = CliRunner().invoke(main, ["audit", "x", "--format", "xml"])
    assert result.exit_code == 2


def test_rules_list_and_explain(run):
    listed = run("rules", "list")
    assert "calque.assures-that" in listed.output
    explained = run("explain", "calque.assures-that")
    assert "asegura que" in explained.output and "flags" in explained.output
    unknown = CliRunner().invoke(main, ["explain", "no.such-rule"])
    assert unknown.exit_code == 2 and "auditor rules list" in unknown.output


PACK = """
- id: house.utilise
  kind: pattern
  category: calque
  severity: info
  pattern: '\\butilise[sd]?\\b'
  message: "House style: write “use”"
  examples:
    bad: ["They ⟦utilised⟧ drones."]
    good: ["They used drones.", "The utility failed."]
"""


def test_newsroom_pack_is_tested_and_used(run, tmp_path):
    pack = tmp_path / "packs"
    pack.mkdir()
    (pack / "house.yaml").write_text(PACK, "utf-8")
    tested = run("rules", "test", str(pack))
    assert tested.exit_code == 0 and "3 passed, 0 failed" in tested.output
    story = tmp_path / "s.txt"
    story.write_text("The army utilised drones.\n", "utf-8")
    result = run("audit", str(story), "--rules", str(pack), "--format", "json")
    assert any(f["rule_id"] == "house.utilise" for f in json.loads(result.output)["findings"])


def test_broken_pack_is_reported(run, tmp_path):
    (tmp_path / "bad.yaml").write_text("- id: x.y\n  kind: pattern\n", "utf-8")
    result = CliRunner().invoke(main, ["rules", "test", str(tmp_path)])
    assert result.exit_code == 2 and "missing key" in result.output
