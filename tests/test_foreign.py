"""Foreign fragments (non-Latin script, Latin-script foreign words) and entity mistranslations."""

from __future__ import annotations

import pytest

from auditor.checks.entity_institutions import CHECKS as INSTITUTION_CHECKS
from auditor.checks.entity_names import CHECKS as NAME_CHECKS
from auditor.checks.entity_outlets import CHECKS as OUTLET_CHECKS
from auditor.checks.foreign_exonyms import CHECKS as EXONYM_CHECKS
from auditor.checks.foreign_institutions import CHECKS as FOREIGN_NAME_CHECKS
from auditor.checks.foreign_readalso import CHECKS as READ_ALSO_CHECKS
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


@pytest.mark.parametrize(("text", "span", "lang"), [
    ("The Vice-president of the Government chaired the cabinet meeting.",
     "Vice-president of the Government", "es"),
    ("Lawmakers in the Chamber of the Deputies rejected the amendment.",
     "Chamber of the Deputies", "es"),
    ("Both leaders will meet at the Plateau Palace next week.", "Plateau Palace", "pt"),
    ("A vote in the Federal Day is expected before the summer recess.", "Federal Day", "de"),
    ("The Turkish Great National Assembly passed the bill.", "Turkish Great National Assembly",
     "tr"),
    ("Troops shelled the Monastery of Balah overnight.", "Monastery of Balah", "ar"),
    ("A report by International Amnesty documented the abuses.", "International Amnesty", "es"),
])
def test_translated_institutions_new_wording(text: str, span: str, lang: str) -> None:
    (f,) = _run(INSTITUTION_CHECKS, text)
    assert f.text == span and lang in f.evidence.languages and f.severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    "The Federal Council in Bern and the Council of Ministers in Madrid agreed.",
    "Pedro Sánchez, the Spanish prime minister, addressed the Congress of Deputies.",
    "The Grand National Assembly of Turkey and Romania's former Great National Assembly.",
    "The President of the Government of Aragon attended the ceremony.",
    "The town's Arabic name, Bayt Lahm, is literally House of Meat.",
    "The Food and Agriculture Organization of the United Nations met in Rome.",
])
def test_translated_institutions_native_english(text: str) -> None:
    assert _run(INSTITUTION_CHECKS, text) == []


@pytest.mark.parametrize(("text", "span", "severity"), [
    ("The Procuradoria-Geral da República opened an inquiry.", "Procuradoria-Geral da República",
     Severity.WARNING),
    ("A ruling by the Tribunal Supremo overturned the sentence.", "Tribunal Supremo",
     Severity.WARNING),
    ("Deputies of the Assemblée nationale voted late on Friday.", "Assemblée nationale",
     Severity.WARNING),
    ("The Cámara de Diputados, the lower house, passed the bill.", "Cámara de Diputados",
     Severity.INFO),
    ("The Ministério da Saúde (health ministry) issued new figures.", "Ministério da Saúde",
     Severity.INFO),
])
def test_untranslated_institutions(text: str, span: str, severity: Severity) -> None:
    (f,) = _run(FOREIGN_NAME_CHECKS, text)
    assert f.text == span and f.severity == severity


@pytest.mark.parametrize("text", [
    "Banco do Brasil and Banco Santander reported higher profits.",
    "The director Guillermo del Toro and the Instituto Cervantes opened the season.",
    "The Guardia Civil and the Junta de Andalucía closed the beach.",
    "The Special Tribunal for Lebanon and the Constitutional Court ruled.",
])
def test_untranslated_institutions_native_english(text: str) -> None:
    assert _run(FOREIGN_NAME_CHECKS, text) == []


@pytest.mark.parametrize(("text", "span", "rule"), [
    ("The convoy reached Cisjordanie before dawn.", "Cisjordanie", "foreign.exonym"),
    ("Talks in Genf stalled on Monday.", "Genf", "foreign.exonym"),
    ("Officials of the Estados Unidos embassy declined to comment.", None, None),
    ("She was born in Tschechien and moved to Berlin.", "Tschechien", "foreign.exonym"),
    ("Police described him as a Gefährder with links abroad.", "Gefährder",
     "foreign.german-noun"),
])
def test_exonyms_and_german_nouns(text: str, span: str | None, rule: str | None) -> None:
    found = _run(EXONYM_CHECKS, text)
    if span is None:
        assert found and found[0].text == "Estados Unidos"
    else:
        assert [(f.text, f.rule_id) for f in found] == [(span, rule)]


@pytest.mark.parametrize("text", [
    "Credit Suisse, Maroc Telecom and Radio Francia were named in the suit.",
    "Argentine fans in Brussels cheered the Bundestag and the Bundesliga.",
    'The ARD programme "Tagesschau" led with the vote.',
])
def test_exonyms_native_english(text: str) -> None:
    assert _run(EXONYM_CHECKS, text) == []


@pytest.mark.parametrize("text", [
    "Investors pare their bets as yields climb.",  # English verb, not Italian
    '"Ya basta," he shouted — enough already — before leaving the stage.',
    "Households rely on large tanks, known locally as aljibes, during droughts.",
    "The menu lists gözleme, pide and börek alongside coffee.",
    "It felt like déjà vu, despite a few longueurs in the second act.",
])
def test_latin_words_glossed_or_english_are_silent(text: str) -> None:
    assert _run(WORD_CHECKS, text) == []


def test_latin_word_in_quote_is_at_most_info() -> None:
    found = _run(WORD_CHECKS, 'He added: "The lawyers from the ayuntamiento are coming tomorrow."')
    assert found and all(f.severity == Severity.INFO for f in found)


def test_rare_untranslated_word_is_found() -> None:
    found = _run(WORD_CHECKS, "The bank promised to lift the cepo on dollar purchases in April.")
    assert [f.text for f in found] == ["cepo"]


def test_close_languages_follow_the_document() -> None:
    text = ("Seguir leyendo the rest of the report. Officials said the plan was ready.\n"
            "Fotos relacionadas")
    found = [f for f in _run(WORD_CHECKS, text) if f.text == "relacionadas"]
    assert found and next(iter(found[0].evidence.languages)) == "es"


@pytest.mark.parametrize(("text", "span", "lang"), [
    ("Rates rose.\nLEIA TAMBÉM: Copom sobe juros\nMarkets fell.", "LEIA TAMBÉM:", "pt"),
    ("Rates rose.\n» Lee también: Sube el dólar", "Lee también:", "es"),
    ("Rates rose.\nÀ lire aussi\nMarkets fell.", "À lire aussi", "fr"),
    ("Rates rose.\n**Leggi anche:** Il governo trema", "Leggi anche:", "it"),
    ("Rates rose.\nMehr zum Thema: Die Bahn streikt", "Mehr zum Thema:", "de"),
    ("Rates rose.\nAyrıca okuyun: Faiz kararı", "Ayrıca okuyun:", "tr"),
    ("Rates rose.\nЧитайте также: Курс рубля", "Читайте также:", "ru"),
    ("Rates rose.\nاقرأ أيضاً: أسعار الذهب", "اقرأ أيضاً:", "ar"),
])
def test_foreign_read_also_labels(text: str, span: str, lang: str) -> None:
    (f,) = _run(READ_ALSO_CHECKS, text)
    assert f.text == span and max(f.evidence.languages.values()) >= 2.0
    assert next(iter(f.evidence.languages)) == lang
    # the linked headline is the label's finding, not a second foreign-words one
    assert not [w for w in _run(WORD_CHECKS, text) if w.start > f.start]


@pytest.mark.parametrize("text", [
    "Read also: Five things to know about the budget",
    "Read more: Who are the candidates?",
    "See also: the full list of winners",
    "Lea Salonga sang the anthem, and Veja magazine reported the deal.",
    "The slogan 'Lire aussi' was painted on the library wall.",
    "Mehr is a news agency in Tehran; Leggi is a village in Estonia.",
])
def test_read_also_native_english(text: str) -> None:
    assert _run(READ_ALSO_CHECKS, text) == []
