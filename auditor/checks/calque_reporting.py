"""Calque: a reporting verb + bare that-clause, as in defendió que / avaliou que / a martelé que.

One rule per verb of calque_reporting.tsv, over all its forms. Only the words around each
" that" are read and a clause must follow, so "defended that decision", passives ("was
informed that"), reduced relatives ("fears expressed that") and sentence-initial verbs
(garble.subjectless-clause) stay silent."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import Rule, rule
from auditor.checks.declarative import DATA_DIR, parse_languages, read_tsv
from auditor.document import Document
from auditor.finding import Finding


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A clause after "that": a pronoun, determiner or number, or up to five content words and
# a finite verb (an -ed word counts unless straight after "that" or after an -ly word).
_OPENER = re.compile(
    r"\s+[“\"]?(?:(?:the|a|an|its|his|her|their|our|there|it|this|these|those|he|she|they|we|you|I|"
    r"no|all|only|most|many|some|several|both|each|every|any|none|nobody|nothing|such|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|half|"
    r"more than|less than|at least)(?![\w’'-])|(?:about|around|nearly|almost|over) \d|\d)")
_WORDS = re.compile(r"\s+[“\"]?([\w’'-]+)" + r"(?: ([\w’'-]+))?" * 4)
_FINITE = _words("had has have was were is are would will could should can may might must did "
                 "does do fell rose grew went came made took gave got left lost won kept held "
                 "saw said told knew thought felt became began ran brought paid sent spent "
                 "stood found met led")
_NOT_CLAUSE = _words("and or but in on at for with by to of from after as when because which "
                     "who while into than then so if night day morning evening afternoon week "
                     "weekend month year season summer winter spring autumn fall time moment "
                     "way era decade")
_TOKENS = re.compile(r"[\w’'-]+|[^\w\s’'-]")
_ADVERBS = _words("also not never already later previously subsequently reportedly further "
                  "again then just officially formally publicly repeatedly recently allegedly")
# Before a participle: passive, object, degree or reduced relative ("kept us informed that",
# "so detailed that", "fears expressed that").
_PASSIVE = _words("so too very highly more most less quite rather sufficiently increasingly how "
                  "am is are was were be been being get gets got gotten getting keep keeps kept "
                  "keeping stay stayed remain remained feel felt seem seemed well fully duly "
                  "better ill isn't aren't wasn't weren't us them him her me , once when "
                  "whenever if unless until after before as though although because while "
                  "concern concerns fear fears hope hopes view views doubt doubts worry worries "
                  "wish wishes opinion opinions belief beliefs confidence regret suspicion")
_BREAK = _words(". , ; : and but")


@cache
def _load() -> tuple[dict[str, tuple[Rule, frozenset[str]]], tuple[Rule, ...]]:
    forms: dict[str, tuple[Rule, frozenset[str]]] = {}
    for row in read_tsv(DATA_DIR / "calque_reporting.tsv"):
        r = rule(
            f"calque.{row['key']}", "calque", row["severity"],
            f"“{{text}}” renders {row['source']}; English does not put a bare that-clause"
            f" after this verb: write “{row['english']}”",
            suggestion=f"Use “{row['english']}”", languages=parse_languages(row["languages"]),
            bad=row["bad"].split(" || "), good=row["good"].split(" || "),
            explanation=f"A word-for-word rendering of {row['source']} (verb + que/che).",
            source=__name__)
        native = frozenset(row["native_after"].split("|"))  # no one questioned that ...
        forms.update((f, (r, native)) for f in row["forms"].split("|"))
    return forms, tuple({r.id: r for r, _ in forms.values()}.values())


def _opens_clause(text: str, end: int) -> bool:
    if _OPENER.match(text, end):
        return True
    m = _WORDS.match(text, end)
    words = [w for w in m.groups() if w] if m else []
    for i, word in enumerate(words):
        low = word.lower()
        if low in _NOT_CLAUSE or "’" in word or "'" in word:
            return False
        if i and (low in _FINITE or (low.endswith("ed") and not words[i - 1].endswith("ly"))):
            return True
    return False


def _match(text: str, pos: int) -> tuple[Rule, int] | None:
    """The rule and span start when the words before ``pos`` (a " that") are a listed form."""
    words = _TOKENS.findall(text, max(0, pos - 80), pos)
    end = pos
    if words and words[-1] in ("also", "further", "again"):  # "informed also that"
        end -= len(words.pop()) + 1
    forms = _load()[0]
    n = 2 if len(words) > 1 and f"{words[-2]} {words[-1]}" in forms else 1
    form = " ".join(words[-n:])
    (found, native), start = forms.get(form, (None, frozenset())), end - len(form)
    if found is None or text[start:end] != form or (start and text[start - 1].isalnum()):
        return None
    before = [w.lower().replace("’", "'") for w in words[:-n]]
    clause = before[max((i for i, w in enumerate(before) if w in _BREAK), default=-1) + 1:]
    if native.intersection(clause[-4:]):
        return None
    before = [w for w in before if w not in _ADVERBS]
    if before and form.split()[0].endswith("ed") and before[-1] in _PASSIVE:
        return None
    return found, start


class ReportingCalques:
    @property
    def rules(self) -> tuple[Rule, ...]:
        return _load()[1]

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        pos = text.find(" that", 1)
        while pos != -1:
            end = pos + 5
            hit = _opens_clause(text, end) and _match(text, pos)
            if hit and not doc.in_quote(hit[1], end):
                r, start = hit
                yield r.finding(doc, start, end, message=r.message.format(text=text[start:end]))
            pos = text.find(" that", end)


CHECKS = (ReportingCalques(),)
