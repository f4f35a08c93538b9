"""Source conventions the rule examples cannot show: severity splits and evidence."""

from __future__ import annotations

from auditor.checks import (
    convention_dates,
    convention_emergency,
    convention_expansions,
    convention_hijri,
    convention_magnitudes,
    convention_org_forms,
)
from auditor.document import Document
from auditor.finding import Severity


def _run(module, text: str):
    return [f for check in module.CHECKS for f in check.run(Document.from_text(text))]


def test_acronym_evidence_follows_the_letters():
    (romance,) = _run(convention_expansions, "The National Water Commission (CNA) said.")
    (german,) = _run(convention_expansions, "The Federal Office for Roads (BASt) said.")
    (unknown,) = _run(convention_expansions, "Workers of the Lima Water Company (SEDAPAL) left.")
    assert romance.evidence.languages["es"] >= 0.3 and "de" not in romance.evidence.languages
    assert german.evidence.languages == {"de": 0.8}
    assert not unknown.evidence.languages and unknown.severity == Severity.INFO
    assert "Lima Water Company" in unknown.message


def test_acronym_stays_silent_on_english_spellings_and_lexicon_terms():
    text = ("The Islamic State in Iraq and the Levant (ISIL), the People's Liberation Army (PLA),"
            " the UN Interim Force in Lebanon (UNIFIL) and the Syrian Observatory for Human"
            " Rights (OSDH) met the Bosnia and Herzegovina (BiH) team.")
    assert not _run(convention_expansions, text)


def test_wire_abbreviations_are_hints_and_foreign_ones_warnings():
    hint, sure = _run(convention_magnitudes, "Sales hit 4 mln units and 3 mlrd roubles.")
    assert hint.severity == Severity.INFO and sure.severity == Severity.WARNING
    assert sure.suggestion == "Write “billion”"


def test_two_digit_year_needs_a_preposition_and_is_only_info():
    (hit,) = _run(convention_dates, "The pact was signed on 02.09.24 in Ankara.")
    assert hit.severity == Severity.INFO and hit.suggestion == "Write 2 September 2024"
    assert not _run(convention_dates, "Patch 02.09.24 fixed it; the score was 6.10.24 after.")


def test_emergency_number_is_sure_only_in_an_emergency_sentence():
    (sure,) = _run(convention_emergency, "In case of symptoms, call the 15 immediately.")
    (weak,) = _run(convention_emergency, "Voters should call the 17 before noon.")
    assert sure.severity == Severity.WARNING and sure.evidence.languages == {"fr": 1.2}
    assert weak.severity == Severity.INFO and sure.suggestion == "Write “call 15”"


def test_hijri_forms_leave_the_strict_rule_its_hits():
    assert not _run(convention_hijri, "It was held on 3 Shawwal 1445 AH in Jeddah.")
    (year,) = _run(convention_hijri, "The fort dates from 1120 A.H. and was restored.")
    assert year.severity == Severity.INFO and year.evidence.languages == {"ar": 0.7}


def test_bare_russian_legal_form_is_info():
    (bare,) = _run(convention_org_forms, "A stake in ZAO Vostok was sold.")
    (quoted,) = _run(convention_org_forms, "A stake in ZAO «Vostok» was sold.")
    assert bare.severity == Severity.INFO and quoted.severity == Severity.WARNING
