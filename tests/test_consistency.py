"""Inconsistency checks beyond their rule examples: skeletons, phrase look-up, which form wins."""

from __future__ import annotations

import pytest

from auditor.checks.consistency_common import skeleton
from auditor.checks.consistency_phrases import Table
from auditor.checks.consistency_variants import KnownVariants
from auditor.document import Document


@pytest.mark.parametrize(("a", "b"), [("Saraqib", "Saraqeb"), ("Al-Hamdaniya", "Hamdaniyah"),
                                      ("Keçeli", "Keceli"), ("al-Bachir", "al-Bashir")])
def test_transliterations_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(("a", "b"), [("Austria", "Australia"), ("Iran", "Iraq"),
                                      ("Hama", "Hamas"), ("Hassan", "Hussein")])
def test_different_names_keep_different_skeletons(a, b):
    assert skeleton(a) != skeleton(b)


def test_table_prefers_the_longest_phrase_and_ignores_possessives():
    table = Table.of([("Czech Republic", 1), ("Czech", 2), ("Kremlin", 3)], lower=False)
    doc = Document.from_text("The Czech Republic's envoy met Czech and Kremlin’s officials.")
    assert [(doc.text[a:b], v) for a, b, v in table.find(doc)] == [
        ("Czech Republic's", 1), ("Czech", 2), ("Kremlin’s", 3)]


def test_the_spelling_used_most_wins():
    doc = Document.from_text("Kyiv said. Kiev said. Kyiv added. Kyiv's mayor spoke.")
    flagged = [f.text for f in KnownVariants().run(doc)]
    assert flagged == ["Kiev"]


def test_hyphen_and_case_are_not_inconsistencies():
    doc = Document.from_text("Al-Qaeda claimed it. Later al Qaeda denied it.")
    assert not list(KnownVariants().run(doc))


def test_the_usual_english_spelling_wins_over_a_transliteration():
    from auditor.checks.consistency_spelling import TransliterationVariants

    doc = Document.from_text("Nitanyahu spoke on Monday. Aides said Nitanyahu would travel. "
                             "Netanyahu later cancelled the trip.")
    found = list(TransliterationVariants().run(doc))
    assert [f.text for f in found] == ["Nitanyahu", "Nitanyahu"]
    assert all("Netanyahu" in f.suggestion for f in found)


def test_abd_names_are_compared_whole():
    from auditor.checks.consistency_spelling import TransliterationVariants

    doc = Document.from_text("Abdelkarim Saleh arrived. Abd al-Karim Saleh spoke. "
                             "Abdul Karim Saleh left.")
    found = [f.text for f in TransliterationVariants().run(doc)]
    assert len(found) == 2 and len(set(found)) == 2  # one form is the story's, two depart
