"""Source conventions and calques: behaviour the rule examples cannot show (severity, evidence)."""

from __future__ import annotations

from auditor.checks import (
    calque_inversion,
    calque_phrases,
    convention_acronyms,
    convention_numbers,
    convention_translit,
    garble_subjectless,
)
from auditor.checks.convention_spellings import foreign_forms
from auditor.checks.registry import Registry
from auditor.document import Document
from auditor.finding import Severity


def _run(module, text: str):
    return [f for check in module.CHECKS for f in check.run(Document.from_text(text))]


def test_scheme_spellings_map_back_to_english():
    forms = foreign_forms()
    assert forms["bachir"][0] == "bashir" and "fr" in forms["bachir"][1]
    assert forms["yihad"][0] == "jihad" and "es" in forms["yihad"][1]
    assert forms["dschihad"][0] == "jihad" and "de" in forms["dschihad"][1]
    assert "houthi" not in forms and "mahmoud" not in forms  # established English spellings


def test_article_prefix_makes_a_transliteration_certain():
    (sure,) = _run(convention_translit, "Troops loyal to al-Bachir advanced.")
    (weak,) = _run(convention_translit, "Troops loyal to Bachir advanced.")
    assert sure.severity == Severity.WARNING and sure.suggestion == "Use “al-Bashir”"
    assert weak.severity == Severity.INFO
    assert weak.evidence.languages["fr"] < sure.evidence.languages["fr"]


def test_colliding_acronyms_need_context():
    assert not _run(convention_acronyms, "The CPI rose 2 percent in May.")
    (hit,) = _run(convention_acronyms, "Judges at the CPI issued a warrant.")
    assert hit.text == "CPI" and "ICC" in hit.suggestion


def test_inversion_after_comma_quote_is_native():
    assert not _run(calque_inversion, "“We held the line,” explains Ana Ruiz, a historian.")
    (hit,) = _run(calque_inversion, "“We held the line.” Explains Ana Ruiz, a historian.")
    assert hit.severity == Severity.INFO


def test_lone_dotted_group_is_a_decimal_in_an_english_story():
    fx = "The dollar rose 0.4% to 160.245 yen, above the 1,000-point mark."
    assert not _run(convention_numbers, fx)
    assert not _run(convention_numbers, "Bond traders watched the yen near 160.245 after it")
    hits = _run(convention_numbers, "Prices rose 3,5% and 160.245 people lost jobs.")
    assert [f.text for f in hits if f.rule_id == "convention.thousands-dot"] == ["160.245"]
    (multi,) = _run(convention_numbers, "Prices rose 3.5% and 1.160.245 people lost jobs.")
    assert multi.text == "1.160.245"


def test_false_friends_fire_inside_quotes_but_style_calques_do_not():
    quoted = '"We invited all, inclusively the unions, and the facts occurred later," he said.'
    assert [f.rule_id for f in _run(calque_phrases, quoted)] == ["calque.inclusively"]


def test_every_phrase_calque_names_its_languages_and_fix():
    for rule in calque_phrases.CHECKS[0].rules:
        assert rule.languages and rule.suggestion and rule.id.startswith(("calque.", "convention."))


def test_french_spacing_is_a_source_convention():
    rules = {r.id: r for r in Registry.load().rules()}
    assert "garble.space-before-colon" not in rules
    assert rules["convention.french-spacing"].category == "source-convention"
    assert rules["convention.french-spacing"].languages["fr"] > 0


def test_dropped_subject_before_reporting_verb():
    (hit,) = _run(garble_subjectless, "The minister spoke. Underlined that the plan is fair.")
    assert hit.text == "Underlined that" and hit.evidence.languages["ar"] > 0
    assert not _run(garble_subjectless, 'She said: "Stressed that the plan is fair."')
