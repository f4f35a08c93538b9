"""Pronoun agreement beyond the rule examples: chains, quotations, contractions."""

from __future__ import annotations

from auditor.checks.agreement import PronounAgreement
from auditor.document import Document
from auditor.finding import Severity


def _found(text: str) -> list[tuple[str, str, Severity]]:
    doc = Document.from_text(text)
    return [(f.rule_id, f.text, f.severity) for f in PronounAgreement().run(doc)]


def test_only_the_first_pronoun_of_a_chain_is_flagged():
    got = _found("The armed factions opened a new front. She said in her statement that "
                 "her fighters would hold.")
    assert [t for _, t, _ in got] == ["She"]


def test_pronouns_inside_quotations_are_left_alone():
    assert not _found("The army issued a statement. “She was our best pilot,” it said.")


def test_a_contraction_counts_as_the_pronoun():
    doc = Document.from_text("The agency reported ten deaths. She's sure two were medics.")
    (finding,) = PronounAgreement().run(doc)
    assert finding.text == "She's" and "no woman" in finding.message


def test_mid_sentence_pronouns_are_only_worth_a_look():
    got = _found("The federation suspended the club and explained in her ruling that fans "
                 "had rioted.")
    assert got == [("agreement.gendered-pronoun-for-group", "her", Severity.INFO)]
