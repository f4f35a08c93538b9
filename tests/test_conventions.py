"""Source conventions and calques: behaviour the rule examples cannot show (severity, evidence)."""

from __future__ import annotations

from auditor.checks import calque_inversion, convention_acronyms, convention_translit
from auditor.checks.convention_spellings import foreign_forms
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
