"""Fidelity scorer without a neural model: precomputed backend, scores, alignment, cache,
verdict evidence, the "not scored" path, the schema, and `auditor models` offline."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys

import jsonschema
import pytest
import sacrebleu
from click.testing import CliRunner

from auditor import Document
from auditor.cli import main
from auditor.fidelity import scores
from auditor.fidelity.align import align
from auditor.fidelity.cache import CachedTranslator, TranslationCache
from auditor.fidelity.evidence import machine_evidence
from auditor.fidelity.result import Fidelity
from auditor.fidelity.scorer import FidelityConfig, FidelityScorer
from auditor.report.jsonout import schema
from auditor.verdict import infer
from tests.conftest import ROOT

STORY = (
    "Rebels entered the town of Saraqib on Friday.\n"
    "The army said it had withdrawn to new lines.\n"
    "Residents fled north towards the Turkish border.\n"
)
LEGS = {  # English sentence -> (Spanish, back into English)
    "Rebels entered the town of Saraqib on Friday.":
        ("Los rebeldes entraron en Saraqib el viernes.",
         "Rebels entered the town of Saraqib on Friday."),
    "The army said it had withdrawn to new lines.":
        ("El ejército dijo que se había retirado.", "The army said it had withdrawn."),
    "Residents fled north towards the Turkish border.":
        ("Los vecinos huyeron al norte.", "The neighbours fled to the north."),
}


@pytest.fixture
def env(tmp_path, monkeypatch):
    """An empty model directory and a private cache: nothing from the user's machine."""
    monkeypatch.setenv("AUDITOR_MODEL_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("AUDITOR_MT_CACHE", str(tmp_path / "cache.sqlite3"))
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def round_trip_file(tmp_path):
    records = []
    for en, (es, back) in LEGS.items():
        records.append({"src": "en", "tgt": "es", "text": en, "translation": es})
        records.append({"src": "es", "tgt": "en", "text": es, "translation": back})
    return write_jsonl(tmp_path / "legs.jsonl", records)


# -- scores ----------------------------------------------------------------------------
PAIRS = [
    ("The army withdrew from Saraqib.", "The army pulled out of Saraqib."),
    ("Rebels took the town", "Rebels took the town on Friday, residents said."),
    ("", "Nothing came back."),
    ("Identical sentence here.", "Identical sentence here."),
]


@pytest.mark.parametrize(("hyp", "ref"), PAIRS)
def test_sentence_scores_equal_sacrebleu_called_directly(hyp, ref):
    s = scores.score(hyp, ref, other_side="", sentence=ref)
    assert s.chrf == sacrebleu.sentence_chrf(hyp, [ref]).score
    assert s.bleu == sacrebleu.sentence_bleu(hyp, [ref]).score
    assert s.ter == sacrebleu.sentence_ter(hyp, [ref]).score


def test_corpus_scores_equal_sacrebleu_called_directly():
    hyps, refs = [h for h, _ in PAIRS], [r for _, r in PAIRS]
    doc = scores.corpus(hyps, refs)
    assert doc["chrf"] == sacrebleu.corpus_chrf(hyps, [refs]).score
    assert doc["bleu"] == sacrebleu.corpus_bleu(hyps, [refs], use_effective_order=True).score
    assert doc["ter"] == sacrebleu.corpus_ter(hyps, [refs]).score


def test_signatures_are_sacrebleus_own():
    fresh = {"chrf": sacrebleu.CHRF(), "bleu": sacrebleu.BLEU(effective_order=True),
             "ter": sacrebleu.TER()}
    for metric in fresh.values():
        metric.sentence_score("x y", ["x z"])
    assert scores.signatures() == {k: str(m.get_signature()) for k, m in fresh.items()}
    assert scores.signatures()["bleu"].startswith("nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp")


def test_copy_rate_counts_words_left_untranslated():
    assert scores.copy_rate("Assad visited Idlib.", "Assad visitó Idlib.") == pytest.approx(2 / 3)
    assert scores.copy_rate("The army left.", "El ejército se fue.") == 0.0
    assert scores.copy_rate("12 3", "anything") == 0.0   # no words: nothing to copy


# -- alignment -------------------------------------------------------------------------
SENTS = [
    "Rebels entered the town of Saraqib on Friday morning.",
    "The army said it had withdrawn to defensive lines near Aleppo.",
    "Thousands of residents fled north towards the Turkish border.",
    "Aid agencies warned of a new humanitarian crisis in the region.",
    "The defence ministry in Moscow did not comment on the reports.",
]


def kinds(beads):
    return [(b.left, b.right) for b in beads]


def test_alignment_of_identical_texts_is_one_to_one():
    assert kinds(align(SENTS, SENTS)) == [((i,), (i,)) for i in range(5)]


def test_alignment_reports_omissions_and_additions():
    extra_original = "A spokesman for the opposition declined to give casualty figures."
    right = [*SENTS[:2], extra_original, *SENTS[2:]]
    assert kinds(align(SENTS, right)) == [
        ((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,)), ((3,), (4,)), ((4,), (5,))]
    left = [SENTS[0], "This paragraph was added by the desk.", *SENTS[1:]]
    assert kinds(align(left, SENTS)) == [
        ((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,)), ((4,), (3,)), ((5,), (4,))]


def test_alignment_finds_merges_and_splits():
    merged = [SENTS[0], SENTS[1] + " " + SENTS[2], SENTS[3], SENTS[4]]
    assert kinds(align(merged, SENTS)) == [
        ((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,))]
    assert kinds(align(SENTS, merged)) == [
        ((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), ((4,), (3,))]


def test_alignment_leaves_unrelated_sentences_unmatched():
    beads = align(["Completely different words here."], ["Zebras quokkas yaks."])
    assert kinds(beads) in ([((0,), ()), ((), (0,))], [((), (0,)), ((0,), ())])
    assert align([], []) == []


# -- precomputed backend, round trip, evidence -----------------------------------------
def test_round_trip_with_precomputed_translations(tmp_path):
    scorer = FidelityScorer(FidelityConfig(translations=round_trip_file(tmp_path),
                                           source_lang="es", use_cache=False))
    doc = Document.from_text(STORY)
    fid = scorer.score(doc, infer(()))
    assert (fid.mode, fid.status, fid.backend, fid.source_language) == (
        "round-trip", "scored", "precomputed", "es")
    first, second, third = fid.sentences
    assert [r.text for r in fid.sentences] == list(LEGS)
    assert all(doc.text[r.start : r.end] == r.text for r in fid.sentences)
    assert (first.chrf, first.bleu, first.ter) == (100.0, pytest.approx(100.0), 0.0)
    assert first.copy_rate == 1 / 8   # of 8 words only "Saraqib" stays as it was in Spanish
    back, ref = LEGS[second.text][1], second.text
    assert second.chrf == sacrebleu.sentence_chrf(back, [ref]).score
    assert second.forward_translation == LEGS[second.text][0]
    assert [r.index for r in fid.weakest()] == [2, 1, 0]
    assert fid.aggregate("sentences") == 3
    assert fid.aggregate("chrf") == sacrebleu.corpus_chrf(
        [LEGS[s][1] for s in LEGS], [list(LEGS)]).score
    assert fid.models[0].direction == "en-es" and fid.models[0].model_id.startswith(
        "precomputed:legs.jsonl@")
    assert third.chrf < second.chrf < first.chrf


def test_round_trip_similarity_becomes_verdict_evidence(tmp_path):
    same = [{"src": a, "tgt": b, "text": t, "translation": t}
            for t in LEGS for a, b in (("en", "es"), ("es", "en"))]
    scorer = FidelityScorer(FidelityConfig(
        translations=write_jsonl(tmp_path / "same.jsonl", same), source_lang="es",
        use_cache=False))
    fid = scorer.score(Document.from_text(STORY), infer(()))
    # every sentence copied through en->es->en: copy rate 1, so no evidence at all
    assert machine_evidence(fid) is None and fid.machine_evidence is None


def test_machine_evidence_follows_the_round_trip_chrf(tmp_path):
    scorer = FidelityScorer(FidelityConfig(translations=round_trip_file(tmp_path),
                                           source_lang="es", use_cache=False))
    fid = scorer.score(Document.from_text(STORY), infer(()))
    usable = [r.chrf for r in fid.sentences if r.copy_rate <= 0.6]
    expected = max(-2.5, min(2.5, (sum(usable) / len(usable) - 60) / 8)) * len(usable) / 5
    assert fid.machine_evidence == pytest.approx(expected)
    verdict = infer((), machine_bonus=fid.machine_evidence)
    (c,) = [c for c in verdict.contributions if c.rule_id == "fidelity.round-trip"]
    assert (c.finding, c.target, c.weight) == (None, "machine_translated", fid.machine_evidence)
    assert verdict.to_dict()["evidence"][0]["finding"] is None


def test_missing_precomputed_translation_is_not_scored_never_guessed(tmp_path):
    partial = write_jsonl(tmp_path / "p.jsonl", [
        {"src": "en", "tgt": "es", "text": next(iter(LEGS)), "translation": "x"}])
    scorer = FidelityScorer(FidelityConfig(translations=partial, source_lang="es"))
    fid = scorer.score(Document.from_text(STORY), infer(()))
    assert fid.status == "not-scored" and fid.sentences == ()
    assert "no en->es translation for 2 of 3 sentences" in fid.reason


def test_precomputed_tsv_keyed_by_sentence_id(tmp_path):
    rows = ["src\ttgt\tid\ttranslation"]
    for i, (es, back) in enumerate(LEGS.values()):
        rows += [f"en\tes\t{i}\t{es}", f"es\ten\t{i}\t{back}"]
    tsv = tmp_path / "legs.tsv"
    tsv.write_text("\n".join(rows) + "\n", "utf-8")
    fid = FidelityScorer(FidelityConfig(translations=tsv, source_lang="es")).score(
        Document.from_text(STORY), infer(()))
    assert fid.scored and [r.back_translation for r in fid.sentences] == [
        b for _, b in LEGS.values()]


def test_reference_mode_with_precomputed_translations(tmp_path):
    original = ["Los rebeldes entraron en Saraqib el viernes por la mañana.",
                "Un portavoz no quiso dar cifras.",
                "El ejército dijo que se había retirado a líneas defensivas cerca de Alepo."]
    english = [SENTS[0], "This paragraph was added by the desk.", SENTS[1]]
    translated = [SENTS[0], "A spokesman for the opposition declined to give figures.",
                  SENTS[1].replace("defensive lines", "defence lines")]
    file = write_jsonl(tmp_path / "ref.jsonl", [
        {"src": "es", "tgt": "en", "id": str(j), "translation": t}
        for j, t in enumerate(translated)])
    scorer = FidelityScorer(FidelityConfig(translations=file, original=" ".join(original),
                                           original_lang="es"))
    doc = Document.from_text(" ".join(english))
    fid = scorer.score(doc, infer(()))
    assert (fid.mode, fid.status) == ("reference", "scored")
    assert [(r.index, r.bead, r.original_indices) for r in fid.sentences] == [
        (0, "1-1", (0,)), (2, "1-1", (2,))]
    assert fid.sentences[0].chrf == 100.0
    assert fid.sentences[1].chrf == sacrebleu.sentence_chrf(english[2], [translated[2]]).score
    assert [(a.index, a.text) for a in fid.additions] == [(1, english[1])]
    assert [(o.original_index, o.after_sentence, o.text) for o in fid.omissions] == [
        (1, 0, original[1])]
    assert fid.aggregate("omissions") == 1 and fid.aggregate("additions") == 1
    record = fid.to_dict()
    jsonschema.validate(record, {"$ref": "#/$defs/fidelity", "$defs": schema()["$defs"]})


# -- cache -----------------------------------------------------------------------------
class Counting:
    model_id, cache_key = "fake", "fake@0"

    def __init__(self):
        self.calls: list[list[str]] = []

    def translate(self, sentences, src, tgt, ids=None):
        self.calls.append(list(sentences))
        return [s.upper() for s in sentences]


def test_cache_translates_each_distinct_text_once(tmp_path):
    inner = Counting()
    cached = CachedTranslator(inner, TranslationCache(tmp_path / "c.sqlite3"))
    assert cached.translate(["a", "b", "a"], "en", "es") == ["A", "B", "A"]
    assert cached.translate(["b", "c"], "en", "es") == ["B", "C"]
    assert inner.calls == [["a", "b"], ["c"]]
    again = CachedTranslator(Counting(), TranslationCache(tmp_path / "c.sqlite3"))
    assert again.translate(["a", "b", "c"], "en", "es") == ["A", "B", "C"]
    assert again.inner.calls == [] and again.hits == 3
    other_direction = CachedTranslator(Counting(), TranslationCache(tmp_path / "c.sqlite3"))
    other_direction.translate(["a"], "en", "fr")
    assert other_direction.inner.calls == [["a"]]


def _hammer(args):
    path, worker = args
    cache = TranslationCache(path)
    for n in range(40):
        texts = [f"text {worker}-{n}", f"shared {n}"]
        cache.put_many("m", "en", "es", [(t, t.upper()) for t in texts])
        assert cache.get_many("m", "en", "es", texts) == {t: t.upper() for t in texts}
    return worker


def test_cache_is_safe_with_concurrent_writers(tmp_path):
    path = tmp_path / "shared.sqlite3"
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        assert sorted(pool.map(_hammer, [(path, w) for w in range(4)])) == [0, 1, 2, 3]
    assert len(TranslationCache(path)) == 4 * 40 + 40


# -- CLI: not scored, precomputed, models --------------------------------------------------
def test_without_a_model_the_report_says_not_scored_and_how_to_install(env):
    story = env / "story.txt"
    story.write_text("Fighting went on.\nظهرت في الأصل على www.alhurra.com\n", "utf-8")
    plain = run("audit", story)
    assert "not scored: no en-ar translation model" in plain.output
    assert "install: auditor models pull ar" in plain.output
    assert plain.exit_code == run("audit", story, "--no-fidelity").exit_code
    record = json.loads(run("audit", story, "--format", "json").output)
    jsonschema.validate(record, schema())
    fid = record["fidelity"]
    assert (fid["status"], fid["install_command"], fid["sentences"]) == (
        "not-scored", "auditor models pull ar", [])
    custom = run("audit", story, "--format", "json", "--model-dir", env / "elsewhere")
    assert json.loads(custom.output)["fidelity"]["install_command"] == (
        f"auditor models pull ar --model-dir {env / 'elsewhere'}")
    assert json.loads(run("audit", story, "--format", "json", "--no-fidelity").output)[
        "fidelity"] is None


def test_default_audit_imports_no_mt_runtime(env):
    code = ("import sys; from click.testing import CliRunner; from auditor.cli import main; "
            "r = CliRunner().invoke(main, ['audit', 'seeds', '--fail-on', 'none']); "
            "assert 'not scored' in r.output, r.output; "
            "print(sorted(m for m in ('torch', 'ctranslate2', 'transformers', 'sentencepiece') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "[]"


def test_cli_round_trip_with_precomputed_file(env):
    story = env / "story.txt"
    story.write_text(STORY, "utf-8")
    result = run("audit", story, "--source-lang", "es", "--translations",
                 round_trip_file(env), "--format", "json", "--fail-on", "none")
    record = json.loads(result.output)
    jsonschema.validate(record, schema())
    fid = record["fidelity"]
    assert (fid["status"], fid["backend"], len(fid["sentences"])) == ("scored", "precomputed", 3)
    assert record["signature"]["models"][0].startswith("precomputed:legs.jsonl@")
    assert set(record["signature"]["metrics"]) == {"chrf", "bleu", "ter"}
    assert "|chrf:[nrefs:1|" in record["signature"]["text"]
    text = run("audit", story, "--source-lang", "es", "--translations", round_trip_file(env),
               "--fail-on", "none").output
    weakest = text[text.index("weakest sentences:"):]
    assert weakest.index("Residents fled") < weakest.index("The army said") < weakest.index(
        "Rebels entered")


@pytest.mark.parametrize(("args", "message"), [
    (["--original", "ORIG", "--no-fidelity"], "--original needs fidelity"),
    (["--translator", "precomputed"], "needs --translations"),
    (["--source-lang", "spanish"], "ISO 639-1"),
])
def test_cli_usage_errors(env, args, message):
    story = env / "s.txt"
    story.write_text(STORY, "utf-8")
    (env / "orig.txt").write_text("Hola.", "utf-8")
    args = [str(env / "orig.txt") if a == "ORIG" else a for a in args]
    result = CliRunner().invoke(main, ["audit", str(story), *args])
    assert result.exit_code == 2 and message in result.output


def test_models_list_shows_catalogue_and_installed_pairs(env):
    out = run("models", "list").output
    assert f"model directory: {env / 'models'}" in out
    for lang in ("ar", "es", "fr", "pt", "de", "it", "ru", "tr"):
        assert f"en-{lang} " in out and f"{lang}-en " in out
    assert "Helsinki-NLP/opus-mt-es-en" in out and "not installed" in out


def test_models_pull_fails_fast_without_a_network(env, monkeypatch):
    pytest.importorskip("huggingface_hub")
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")   # nothing listens on port 9
    result = CliRunner().invoke(main, ["models", "pull", "es"])
    assert result.exit_code == 1
    assert "cannot reach 127.0.0.1:9 to download models" in result.output
    assert "auditor models convert DIR" in result.output
    unknown = CliRunner().invoke(main, ["models", "pull", "xx"])
    assert unknown.exit_code == 1 and "choose one of: ar, de, es" in unknown.output


def test_models_convert_refuses_a_folder_without_a_model(env):
    result = CliRunner().invoke(main, ["models", "convert", str(env)])
    assert result.exit_code == 1 and "holds no Hugging Face model" in result.output


def test_catalogue_names_licences_for_every_pair():
    from auditor.fidelity.catalog import catalog, languages

    assert set(languages()) >= {"ar", "es", "fr", "pt", "de", "it", "ru", "tr"}
    assert all(e.licence and e.model.startswith("Helsinki-NLP/") for e in catalog().values())
    assert (ROOT / "models" / "catalog.toml").read_text("utf-8") == (
        ROOT / "auditor" / "fidelity" / "catalog.toml").read_text("utf-8")


def test_not_scored_record_validates():
    record = Fidelity("round-trip", "not-scored", None, reason="x", install_command="y").to_dict()
    jsonschema.validate(record, {"$ref": "#/$defs/fidelity", "$defs": schema()["$defs"]})
