"""Source conventions and mistranslated names of round 2: figures, titles, acronyms, places."""

from __future__ import annotations

import re

from auditor.checks import (
    convention_expansions,
    convention_name_forms,
    convention_number_forms,
    convention_numbers,
    convention_titles,
    entity_place_names,
    entity_place_shapes,
)
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document
from auditor.finding import Severity


def _run(module, text: str) -> list:
    return [f for check in module.CHECKS for f in check.run(Document.from_text(text))]


def test_counted_dotted_group_is_thousands_even_in_an_english_story():
    story = "Prices rose 0.44% in September. The plant employs {} at the site."
    (hit,) = _run(convention_numbers, story.format("1.200 workers"))
    assert hit.rule_id == "convention.thousands-dot" and hit.text == "1.200"
    assert not _run(convention_numbers, story.format("2.375 people per shift"))
    assert not _run(convention_numbers, story.format("a 1.250 kilometres route"))


def test_leading_zero_decimal_comma_in_a_story_with_decimal_points():
    hits = _run(convention_numbers, "Prices rose 0.44% in September and 0,52% in October.")
    assert [h.text for h in hits] == ["0,52"] and "0.52" in hits[0].suggestion
    assert not _run(convention_numbers, "Bits 0,1 and 2 flipped; Spain led 3-0,52 minutes in.")


def test_digit_thousand_suggests_the_english_figure_and_skips_quotes():
    (hit,) = _run(convention_number_forms, "The fund paid 2.5 thousand euros to each family.")
    assert hit.text == "2.5 thousand" and "2,500" in hit.suggestion
    assert hit.severity == Severity.INFO
    assert not _run(convention_number_forms, "“We counted 29 thousand ballots,” she said.")


def test_percent_first_is_turkish_but_not_url_encoding():
    (hit,) = _run(convention_number_forms, "Rents rose by %40 in Izmir.")
    assert hit.evidence.languages["tr"] > 0 and "40%" in hit.suggestion
    assert not _run(convention_number_forms, "The URL encodes a space as %20 here.")


def test_titles_keep_native_abbreviations_and_need_a_lawyer_for_maitre():
    assert not _run(convention_titles, "Dr. Ana Ruiz, Gen. Mark Milley and Sen. Tim Kaine met.")
    assert not _run(convention_titles, "Me Laurent Dubois sang at the festival in Lyon.")
    (hit,) = _run(convention_titles, "Me Laurent Dubois, the family's lawyer, will appeal.")
    assert hit.severity == Severity.WARNING and hit.evidence.languages["fr"] > 0


def test_article_title_and_placeholder_surname():
    (hit,) = _run(convention_name_forms, "Work was led by the engineer Rui Sequeira in Porto.")
    assert "Rui Sequeira" in hit.suggestion
    assert not _run(convention_name_forms, "The engineer, Rui Sequeira, said so.")
    (n,) = _run(convention_name_forms, 'Police in Puebla detained José Luis "N", 41.')
    assert n.text == 'José Luis "N"'


def test_lower_case_expansion_in_source_order():
    (hit,) = _run(convention_expansions, "Results came from the national electoral council (CNE).")
    assert hit.text == "national electoral council (CNE)"
    assert not _run(convention_expansions, "Imports of liquefied natural gas (LNG) rose.")


def test_place_rows_compile_and_carry_their_key():
    for row in read_tsv(DATA_DIR / "entity_place_names.tsv"):
        assert row["kind"] in ("place", "office"), row
        assert row["severity"] in ("", "info", "warning"), row
        for field in ("pattern", "context", "unless"):
            re.compile(row[field])
        keys = row["key"].split("|")
        assert any(k in row["pattern"] for k in keys) or "[" in row["pattern"], row


def test_place_rows_need_their_story_cue():
    assert not _run(entity_place_names, "He grew up in Saint Paul before moving to Chicago.")
    (hit,) = _run(entity_place_names, "Brazil's Lula flew to Saint Paul to meet the governor.")
    assert hit.rule_id == "entity.translated-place-name" and hit.text == "Saint Paul"
    assert not _run(entity_place_names, "Pilgrims in Brazil prayed to Saint Paul the apostle.")


def test_half_translated_and_colony_shapes_need_their_country():
    assert not _run(entity_place_shapes, "Old Zagorsk and New Pechory appear in the novel.")
    (hit,) = _run(entity_place_shapes, "Russian officials said a drone hit Old Zagorsk.")
    assert hit.severity == Severity.INFO
    (known,) = _run(entity_place_shapes, "A drone hit Old Oskol overnight.")
    assert known.severity == Severity.WARNING
    assert not _run(entity_place_shapes, "The Warrior colony of ants thrived in Texas.")
    (col,) = _run(entity_place_shapes, "Police in Mexico City sealed off the Obrera colony.")
    assert col.text == "the Obrera colony"
