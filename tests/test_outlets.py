"""The outlet knowledge base and the origin-marker checks built on it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor import outlets
from auditor.checks import (
    origin_attribution,
    origin_correspondent,
    origin_credit,
    origin_dateline,
    origin_footer,
    origin_selfref,
    origin_signoff,
)
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document
from auditor.verdict import infer

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# ISO 639-1 and ISO 3166-1 alpha-2 codes this knowledge base may use; extend as outlets are added.
LANGUAGES = set(re.findall(r"\w+", "ar de en es fa fr id it ja ko ms nl pl pt ru tr uk zh"))
COUNTRIES = set(re.findall(r"\w+", """AE AR AT AU BE BR CA CH CL CN CO CU CZ DE DZ EG ES FR GB ID
    IN IQ IR IT JO JP KR KW LB LV MA MX MY NL PE PL PS PT QA RU SA SG SY TR TW UA US VE
    OM BH YE SD LY TN CI"""))
REQUIRED = re.findall(r"\w+", """
    afp reuters ap efe ansa dpa anadolu tass ria xinhua europapress lusa agenciabrasil sana
    irna wafa mena kuna qna spa wam aljazeera alarabiya alhurra asharqalawsat alqudsalarabi
    youm7 almasryalyoum enabbaladi syriatv alakhbar annahar elpais elmundo abc lavanguardia
    clarin infobae eluniversal lemonde lefigaro liberation france24 rfi lorientlejour terra
    folha oglobo g1 uol publico estadao spiegel faz sueddeutsche zeit dw corriere repubblica
    hurriyet sabah trt rt kommersant izvestia tasnim fars mehr""")


def test_size_and_required_outlets():
    kb = outlets.all_outlets()
    assert len(kb) >= 60
    assert not [i for i in REQUIRED if i not in kb]


def test_rows_are_well_formed():
    rows = read_tsv(DATA_DIR / "outlets.tsv")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", r["id"]), r["id"]
        assert r["name"].strip() == r["name"] and r["name"], r["id"]
        assert r["kind"] in outlets.KINDS, r
        assert r["language"] in LANGUAGES, r
        assert r["country"] in COUNTRIES, r
        assert r["domains"], f"{r['id']} has no domain"


def test_domains_and_names_are_unique():
    seen: dict[str, str] = {}
    for o in outlets.all_outlets().values():
        for d in o.domains:
            assert re.fullmatch(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", d), d
            assert seen.setdefault(d, o.id) == o.id, f"{d}: {seen[d]} and {o.id}"
    keys: dict[str, str] = {}
    for o in outlets.all_outlets().values():
        for n in o.names:
            assert keys.setdefault(outlets.name_key(n), o.id) == o.id, f"{n!r} names two outlets"


@pytest.mark.parametrize(("host", "want"), [
    ("www.alhurra.com", "alhurra"), ("g1.globo.com", "g1"), ("oglobo.globo.com", "oglobo"),
    ("globo.com", "globo"), ("folha.uol.com.br", "folha"), ("noticias.uol.com.br", "uol"),
    ("english.ahram.org.eg", "ahramonline"), ("www.ahram.org.eg", "ahram"),
    ("AFP.COM", "afp"), ("example.com", None),
])
def test_from_domain(host, want):
    got = outlets.from_domain(host)
    assert (got.id if got else None) == want


@pytest.mark.parametrize(("name", "want"), [
    ("Al-Hurra", "alhurra"), ("Al Hurra", "alhurra"), ("Alhurra", "alhurra"),
    ("AlHurra", "alhurra"), ("Agence France-Presse", "afp"), ("dpa", "dpa"),
    ("Folha de S. Paulo", "folha"), ("Liberation", "liberation"), ("The Guardian", "guardian"),
    ("https://www.elpais.com", "elpais"), ("terra", None), ("Atlantic Council", None),
    ("ABC", None),  # the Spanish daily is "Diario ABC": a bare ABC is ambiguous
])
def test_from_name(name, want):
    got = outlets.from_name(name)
    assert (got.id if got else None) == want


def test_find_native_needs_word_boundaries():
    assert outlets.find_native("كان إنسانا طيبا") is None
    hit = outlets.find_native("نقلا عن وكالة سانا الرسمية")
    assert hit and hit[0].id == "sana"
    hit = outlets.find_native("本文首发于新华社客户端")
    assert hit and hit[0].id == "xinhua"


def test_footer_phrases_cover_thirteen_languages():
    langs = {r["language"] for r in read_tsv(DATA_DIR / "origin_footers.tsv")}
    assert {"en", "ar", "es", "fr", "pt", "de", "it", "tr", "ru", "fa", "zh", "nl", "id"} <= langs


CHECKS = [c for m in (origin_footer, origin_credit, origin_dateline, origin_selfref, origin_signoff,
                      origin_attribution, origin_correspondent) for c in m.CHECKS]


def _origin(name: str):
    doc = Document.from_text((SEEDS / name).read_text("utf-8"))
    findings = sorted((f for c in CHECKS for f in c.run(doc)), key=lambda f: f.sort_key)
    return findings, infer(findings).origin_outlet


@pytest.mark.parametrize(("seed", "outlet", "lang"), [
    ("000_9ecf2cbfba041018.txt", "alhurra", "ar"),
    ("003_1376222bb4f92515.txt", "terra", "pt"),
    ("004_c3aa795da995c340.txt", "afp", "fr"),
    ("001_913dcd8257cdb00e.txt", None, None),
    ("002_9d790d5d4bc05b18.txt", None, None),
])
def test_seed_origin(seed, outlet, lang):
    if not (SEEDS / seed).is_file():
        pytest.skip("seed articles not present")
    findings, origin = _origin(seed)
    assert (origin.outlet.id if origin and origin.outlet else None) == outlet
    if lang:
        assert findings[origin.finding].evidence.languages.get(lang, 0) >= 1.0


def _run(text: str):
    doc = Document.from_text(text)
    findings = sorted((f for c in CHECKS for f in c.run(doc)), key=lambda f: f.sort_key)
    return findings, infer(findings)


def test_native_names_are_strong_evidence():
    anadolu = outlets.get("anadolu")
    assert outlets.is_native(anadolu, "Anadolu Ajansı")
    assert not outlets.is_native(anadolu, "Anadolu Agency")
    assert outlets.is_native(outlets.get("tass"), "ТАСС")  # a non-Latin script is native
    native, _ = _run("The lira fell.\n\nExports rose.\n\nAgencia EFE")
    english, _ = _run("The lira fell.\n\nExports rose.\n\nEFE")
    assert native[0].evidence.languages["es"] >= 2.5
    assert english[0].evidence.languages["es"] <= 1.0


@pytest.mark.parametrize(("line", "outlet", "lang"), [
    ("Le Figaro avec AFP", "lefigaro", "fr"),
    ("Folha com Reuters", "folha", "pt"),
    ("(With information from Página/12 and Radio Mitre)", "pagina12", "es"),
    ("With information from Diario del Istmo", "Diario del Istmo", "es"),
])
def test_credit_lines_name_the_origin(line, outlet, lang):
    findings, verdict = _run(f"Talks stalled on Monday.\n\nThe unions walked out.\n\n{line}")
    assert verdict.origin_outlet is not None
    origin = verdict.origin_outlet
    got = origin.outlet.id if origin.outlet else origin.name
    assert got == outlet
    assert findings[verdict.origin_outlet.finding].evidence.languages.get(lang, 0) >= 1.0


@pytest.mark.parametrize("text", [
    "When contacted by Reuters, the bank declined to comment.",
    "The minister told Le Monde that the plan would go ahead.",
    "He told Turkey's state-run Anadolu news agency that the border was shut.",
    "Reporting by Ana Ruiz with Tom Hale; Editing by Mark Potter",
])
def test_citations_in_native_copy_stay_quiet(text):
    findings, verdict = _run(text)
    assert all(f.severity.name == "INFO" for f in findings)
    assert verdict.source_language == "en"


@pytest.mark.parametrize(("line", "outlet", "lang"), [
    ("VLADIVOSTOK, 4 March. /TASS/. The port reopened.", "tass", "ru"),
    ("SOCHI, 4 Mar – RIA Novosti. The port reopened.", "ria", "ru"),
    ("BILBAO, 4 (EUROPA PRESS) The port reopened.", "europapress", "es"),
    ("SALALAH (ONA) - The port reopened.", "ona", "ar"),
    ("San Pedro, 4 Mar (AIP) - The port reopened.", "aip", "fr"),
    ("CHICAGO (AP) — The port reopened.", "ap", None),
])
def test_agency_datelines_name_the_origin(line, outlet, lang):
    findings, verdict = _run(f"{line}\n\nDockers returned to work.")
    assert verdict.origin_outlet is not None and verdict.origin_outlet.outlet.id == outlet
    langs = findings[verdict.origin_outlet.finding].evidence.languages
    assert (langs.get(lang, 0) >= 1.0) if lang else not langs


@pytest.mark.parametrize("text", [
    "Salalah (ONA) said the port reopened.",
    "Rep. Jo Hale (R) - the panel's chair - said the port reopened.",
    "SALALAH, March 4 - Reuters reported the port reopened.",
])
def test_slugs_outside_dateline_position_stay_quiet(text):
    findings, _ = _run(text)
    assert not [f for f in findings if f.rule_id == "origin.credit-dateline"]


def test_signoff_initials_only_on_the_last_line():
    findings, _ = _run("The port reopened.\n\nDockers returned.\nmw-kaa/cmas")
    assert [f.rule_id for f in findings] == ["origin.footer-signoff"]
    assert findings[0].evidence.languages == {"fr": 0.5}
    findings, _ = _run("The port reopened.\nkaa/cmas\n\nDockers returned to work.")
    assert not findings
