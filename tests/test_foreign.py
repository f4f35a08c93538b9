"""Foreign fragments (non-Latin script, Latin-script foreign words) and entity mistranslations."""

from __future__ import annotations

import pytest

from auditor.checks.entity_names import CHECKS as NAME_CHECKS
from auditor.checks.entity_outlets import CHECKS as OUTLET_CHECKS
from auditor.checks.foreign_script import CHECKS as SCRIPT_CHECKS
from auditor.checks.foreign_words import CHECKS as WORD_CHECKS
from auditor.document import Document
from auditor.finding import Severity
from auditor.langid import identify, identify_among
from auditor.wordfreqs import foreign_word, zipf_en

from .conftest import SEEDS


def _run(checks, text: str):
    doc = Document.from_text(text)
    return [f for c in checks for f in c.run(doc)]


@pytest.mark.parametrize(("fragment", "lang"), [
    ("مشهد", "ar"), ("پیروزی", "fa"), ("بڑا", "ur"), ("Кремль", "ru"), ("Київ", "uk"),
    ("Ελλάδα", "el"), ("שלום", "he"), ("東京へ", "ja"), ("서울", "ko"), ("北京", "zh"),
    ("दिल्ली", "hi"),
])
def test_short_script_span_named_by_script(fragment: str, lang: str) -> None:
    (f,) = _run(SCRIPT_CHECKS, f"Officials said {fragment} was mentioned in the report.")
    assert f.rule_id == "foreign.script-span" and f.text == fragment
    assert set(f.evidence.languages) == {lang}


def test_long_span_named_by_language_id() -> None:
    text = ("The ministry statement, posted on its website late on Monday evening, said that "
            "Мы будем продолжать переговоры, officials said.")
    (f,) = _run(SCRIPT_CHECKS, text)
    assert dict(f.evidence.languages) == {"ru": 1.5}


@pytest.mark.parametrize("text", [
    "Türkiye's Özkizilcik and Keçeli met in Ñuñoa and Łódź.",
    "The angle α rose to 30° while prices hit ¥1,200, €40 and ₽90 🚀.",
    "Deaths rose by 5%; the μ-value was 0.3 and Δ was small.",
])
def test_no_script_finding_on_latin_symbols_or_emoji(text: str) -> None:
    assert _run(SCRIPT_CHECKS, text) == []


def test_glosses_are_info_only() -> None:
    found = _run(SCRIPT_CHECKS, "Officials at the Kremlin (Кремль) and the group known as "
                                "هيئة تحرير الشام declined to comment.")
    assert found and all(f.severity == Severity.INFO for f in found)


def test_langid_is_offline_and_cached() -> None:
    assert identify("la economía del país sigue creciendo este año").lang == "es"
    assert identify_among("OSDH", ("ar",)) is None


def test_wordfreq_profiles() -> None:
    assert foreign_word("sirio").lang == "es"
    assert foreign_word("regime") is None and foreign_word("fiesta") is None
    assert zipf_en("the") > 7


@pytest.mark.parametrize(("text", "rule", "lang"), [
    ("The offensive of the army [ruso] stalled near the river.", "foreign.bracketed-word", "es"),
    ("The deputies approved the projet de loi late on Friday.", "foreign.latin-run", "fr"),
    ("Residents fled the bairro after the shooting, police said.", "foreign.latin-word", "pt"),
])
def test_latin_words_new_wording(text: str, rule: str, lang: str) -> None:
    found = [f for f in _run(WORD_CHECKS, text) if f.rule_id == rule]
    assert found and next(iter(found[0].evidence.languages)) == lang


@pytest.mark.parametrize("text", [
    "The film by Guillermo del Toro and a novel by Isabel Allende led the list.",
    "Visit www.elpais.com or write to redaccion@lanacion.com.ar for details.",
    'Crowds chanted "el pueblo unido" (the people united) outside the palace.',
    "The de facto ruler kept the status quo, a fait accompli for the junta.",
    "Brazil's central bank sold 2 billion reais; Indonesia's rupiah slipped.",
])
def test_latin_words_native_english(text: str) -> None:
    assert [f for f in _run(WORD_CHECKS, text) if f.severity >= Severity.WARNING] == []


def test_entities_new_wording() -> None:
    bad = "After the clashes the political Mashhad in the north has changed completely."
    assert [f.text for f in _run(NAME_CHECKS, bad)] == ["Mashhad"]
    assert [f.text for f in _run(OUTLET_CHECKS, "The Pyramids newspaper said so.")] == [
        "The Pyramids"]
    assert _run(OUTLET_CHECKS, "The Washington Post newspaper and The Nation magazine.") == []


@pytest.mark.parametrize(("seed", "quote", "rule", "lang"), [
    ("002_", "[sirio]", "foreign.bracketed-word", "es"),
    ("000_", "ظهرت في الأصل على www.alhurra.com", "foreign.script-line", "ar"),
    ("000_", "Mashhad", "entity.common-word-as-name", "ar"),
])
def test_seed_items(seed: str, quote: str, rule: str, lang: str) -> None:
    (path,) = SEEDS.glob(f"{seed}*.txt")
    found = _run(SCRIPT_CHECKS + WORD_CHECKS + NAME_CHECKS, path.read_text("utf-8"))
    hits = [f for f in found if f.rule_id == rule and quote in f.text]
    assert hits and next(iter(hits[0].evidence.languages)) == lang
