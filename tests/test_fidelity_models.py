"""The neural backends for real, on a tiny random-weight Marian model built here:
transformers loads it, `auditor models convert` makes it CTranslate2 int8, ctranslate2
runs it, and the CLI scores round-trip and reference modes end to end, offline."""

from __future__ import annotations

import json
import socket

import jsonschema
import pytest
import sacrebleu
from click.testing import CliRunner

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("ctranslate2")
pytest.importorskip("sentencepiece")

from auditor.cli import main
from auditor.fidelity import modeldir, registry
from auditor.fidelity.translator import DecodeOptions
from auditor.report.jsonout import schema
from tests import tiny_marian
from tests.conftest import SEEDS

pytestmark = pytest.mark.filterwarnings("ignore:Recommended. pip install sacremoses")

SPANISH_ORIGINAL = (
    "Los rebeldes entraron en Saraqib el viernes. El ejército dijo que se había retirado. "
    "Miles de vecinos huyeron hacia la frontera turca.\n"
)
SEED = SEEDS / "002_9d790d5d4bc05b18.txt"


@pytest.fixture(scope="session")
def models(tmp_path_factory):
    """en-es and es-en, each as a Hugging Face folder and converted by the CLI to CT2 int8."""
    root = tmp_path_factory.mktemp("models")
    for hf in tiny_marian.build_pair(root, "es"):
        result = CliRunner().invoke(main, ["models", "convert", str(hf), "--model-dir",
                                           str(root), "--model-id", f"tiny-{hf.parent.name}"])
        assert result.exit_code == 0, result.output
    return root


@pytest.fixture
def env(models, tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_MODEL_DIR", str(models))
    monkeypatch.setenv("AUDITOR_MT_CACHE", str(tmp_path / "cache.sqlite3"))
    return tmp_path


@pytest.fixture
def offline(monkeypatch):
    """Any attempt to open a network connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def open_translator(models, backend, pair="en-es", **options):
    model = modeldir.find(models, pair, registry.get(backend).model_format)
    return registry.get(backend).opener()(model, DecodeOptions(**options))


def test_convert_installs_a_ct2_int8_model_with_a_manifest(models):
    listed = {(m.pair, m.format) for m in modeldir.installed(models)}
    assert listed == {(p, f) for p in ("en-es", "es-en") for f in ("ctranslate2", "transformers")}
    ct2 = modeldir.find(models, "es-en", "ctranslate2")
    assert (ct2.model_id, ct2.quantization) == ("tiny-es-en", "int8")
    assert ct2.fingerprint == modeldir.file_fingerprint(ct2.path / "model.bin")
    assert {"model.bin", "source.spm", "target.spm"} <= {p.name for p in ct2.path.iterdir()}
    out = CliRunner().invoke(main, ["models", "list", "--model-dir", str(models)]).output
    assert "en-es   Helsinki-NLP/opus-mt-en-es" in out and "ctranslate2 int8, transformers" in out
    again = CliRunner().invoke(main, ["models", "convert", str(models / "en-es" / "hf"),
                                      "--model-dir", str(models)])
    assert again.exit_code == 1 and "already exists" in again.output


@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_backends_translate_batches_deterministically(models, offline, backend):
    t = open_translator(models, backend, batch_size=2)
    sentences = ["Rebels entered Saraqib.", "", "The army said it had withdrawn to new lines."]
    first = t.translate(sentences, "en", "es")
    assert len(first) == 3 and all(isinstance(s, str) for s in first)
    assert t.translate(sentences, "en", "es") == first
    assert t.translate(sentences[2:], "en", "es") == first[2:]   # batching does not matter


def test_ctranslate2_tokenizes_like_the_hugging_face_tokenizer(models):
    from transformers import AutoTokenizer

    ct2 = open_translator(models, "ctranslate2")
    hf = AutoTokenizer.from_pretrained(models / "en-es" / "hf", local_files_only=True)
    text = "Rebels entered the town of Saraqib on Friday, residents said."
    ids = hf(text)["input_ids"]
    assert ct2.tokenize([text])[0] == hf.convert_ids_to_tokens(ids)


def test_fixed_length_decoding_decodes_exactly_that_many_tokens(models):
    t = open_translator(models, "ctranslate2", fixed_length=12)
    short, long = "Rebels entered Saraqib.", "A much longer sentence with many more words in it."
    assert [len(h) for h in t.translate_tokens(t.tokenize([short, long]))] == [12, 12]


def audit_json(*args):
    result = CliRunner().invoke(main, ["audit", *map(str, args), "--format", "json",
                                       "--fail-on", "none"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    jsonschema.validate(record, schema())
    return record


@pytest.mark.parametrize("backend", ["ctranslate2", "transformers"])
def test_cli_round_trip_end_to_end(env, offline, backend):
    record = audit_json(SEED, "--source-lang", "es", "--translator", backend)
    fid = record["fidelity"]
    assert (fid["mode"], fid["status"], fid["backend"]) == ("round-trip", "scored", backend)
    assert [m["id"] for m in fid["models"]] == (
        ["tiny-en-es", "tiny-es-en"] if backend == "ctranslate2" else ["en-es", "es-en"])
    text = SEED.read_text("utf-8")
    assert len(fid["sentences"]) >= 20
    for row in fid["sentences"]:
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["chrf"] == round(
            sacrebleu.sentence_chrf(row["back_translation"], [row["text"]]).score, 2)
        assert row["bleu"] == round(
            sacrebleu.sentence_bleu(row["back_translation"], [row["text"]]).score, 2)
    assert record["signature"]["models"] == [m["key"] for m in fid["models"]]
    evidence = [e for e in record["verdict"]["evidence"] if e["rule_id"] == "fidelity.round-trip"]
    assert evidence == [{"finding": None, "rule_id": "fidelity.round-trip",
                         "target": "machine_translated", "weight": fid["machine_evidence"]}]
    # random weights: nothing survives the round trip, which counts against machine translation
    assert fid["machine_evidence"] < 0
    without = audit_json(SEED, "--source-lang", "es", "--no-fidelity")
    assert record["verdict"]["machine_translated"] < without["verdict"]["machine_translated"]


def test_cli_rerun_is_served_from_the_cache(env, offline):
    first = audit_json(SEED, "--source-lang", "es")
    cache = env / "cache.sqlite3"
    assert cache.is_file()
    from auditor.fidelity.cache import TranslationCache

    entries = len(TranslationCache(cache))
    rows = first["fidelity"]["sentences"]
    # one entry per distinct text and direction: the random model repeats itself a lot
    assert entries == len({r["text"] for r in rows}) + len({r["forward_translation"] for r in rows})
    assert audit_json(SEED, "--source-lang", "es")["fidelity"] == first["fidelity"]
    assert len(TranslationCache(cache)) == entries


def test_cli_reference_mode_end_to_end(env, offline):
    story = env / "story.txt"
    story.write_text("Rebels entered Saraqib on Friday. The army said it had withdrawn.\n"
                     "This line was added by the desk.\n", "utf-8")
    original = env / "original.txt"
    original.write_text(SPANISH_ORIGINAL, "utf-8")
    record = audit_json(story, "--original", original)
    fid = record["fidelity"]
    assert (fid["mode"], fid["status"], fid["source_language"]) == ("reference", "scored", "es")
    assert [m["direction"] for m in fid["models"]] == ["es-en"]
    english = {r["index"] for r in fid["sentences"]} | {a["index"] for a in fid["additions"]}
    assert english == {0, 1, 2}
    aligned = {j for r in fid["sentences"] for j in r["original_indices"]}
    omitted = {o["original_index"] for o in fid["omissions"]}
    assert aligned | omitted == {0, 1, 2} and not aligned & omitted
    text = CliRunner().invoke(main, ["audit", str(story), "--original", str(original),
                                     "--fail-on", "none"]).output
    assert "fidelity (reference, es, ctranslate2: tiny-es-en)" in text


def test_several_inputs_with_one_original_is_a_usage_error(env):
    result = CliRunner().invoke(main, ["audit", str(SEEDS), "--original", str(SEED)])
    assert result.exit_code == 2 and "exactly one input" in result.output


def test_installed_model_without_its_runtime_is_not_scored(env, monkeypatch):
    monkeypatch.setattr(registry.Backend, "installed", lambda self: not self.requires)
    fid = audit_json(SEED, "--source-lang", "es")["fidelity"]
    assert fid["status"] == "not-scored"
    assert fid["reason"] == "a en-es model is installed but the transformers runtime is not"
    assert fid["install_command"] == "pip install 'auditor[mt]'"
