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


def test_a_named_man_does_not_make_she_plausible():
    got = _found("Interior Minister Samir Haddad toured the border on Monday. Haddad said the "
                 "crossing was calm. The security forces said that she had detained 14 smugglers.")
    assert [t for _, t, _ in got] == ["she"]


def test_a_woman_in_reach_still_blocks():
    assert not _found("Judge Amal Haddad heard the case. The security forces said that she "
                      "had ordered the release of 14 detainees.")


def test_gender_is_learnt_from_his_in_the_same_sentence():
    got = _found("Okonkwo said in his address that talks would go on. The rebel factions "
                 "announced that she had taken the town.")
    assert [t for _, t, _ in got] == ["she"]


def test_plural_speakers_right_before_the_pronoun_still_block():
    assert not _found("The ministry declined to comment. Officials familiar with the case "
                      "said she had been briefed.")
