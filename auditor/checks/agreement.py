"""Agreement artifacts: "she"/"he" for a group, a ministry or a country.

Arabic (and French, Spanish, Portuguese, Russian...) give every noun a gender, and
the pronoun follows it: Arabic treats non-human plurals as feminine singular, so
"the factions ... She added" and "the Kremlin ... He said" come out of a literal
translation. The check fires when the nearest antecedent is a group and no person
the pronoun could mean (of its gender, or of unknown gender) is mentioned in the
three sentences before (or since the start of the previous paragraph).
"""

from __future__ import annotations

from collections.abc import Iterable

from auditor.checks.agreement_context import Context, person
from auditor.checks.agreement_cues import PRONOUNS, Mention, words
from auditor.checks.agreement_rules import (
    COUNTRY,
    GROUP,
    RESUMPTIVE,
    SPEAKER,
    evidence,
    message,
)
from auditor.checks.agreement_structures import coordinated, relative_possessive, resumptive
from auditor.checks.base import Rule
from auditor.checks.consistency_phrases import token_keys
from auditor.document import Document, Token
from auditor.finding import Finding, Severity


class PronounAgreement:
    rules = (GROUP, SPEAKER, COUNTRY, RESUMPTIVE)

    def run(self, doc: Document) -> Iterable[Finding]:
        toks, keys = doc.tokens, token_keys(doc)
        pron = sorted(k for w in keys.distinct_lower & PRONOUNS.keys()
                      for k in keys.positions(w, lower=True))
        if not pron or all(doc.in_quote(toks[k].start) for k in pron):
            return
        ctx = Context.of(doc, [(toks[k], keys.lower[k]) for k in pron])
        flagged: set[int] = set()  # pronouns found to stand for a group: no person for later ones
        done = -1  # the sentence of the last finding: one per sentence (a chain: "She ... her")
        for k in pron:
            tok = toks[k]
            gender, i = PRONOUNS[keys.lower[k]], doc.sentence_index(tok.start)
            if tok.start in ctx.quoted or i == done:
                continue
            found = self._judge(ctx, k, gender, i, flagged)
            if found is not None:
                flagged.add(tok.start)
                done = i
                yield found

    def _judge(self, ctx: Context, k: int, gender: str, i: int, skip: set[int]
               ) -> Finding | None:
        toks = ctx.doc.tokens
        tok = toks[k]
        if (ante := resumptive(ctx, k)) is not None:
            return _finding(ctx, RESUMPTIVE, tok, ante)
        window = ctx.window(i, tok.start, 3)
        subject = ctx.subject(i, tok)
        antecedents = [m for m in window if m.kind != "person" and m.start not in ctx.quoted]
        groups = [m for m in antecedents if m.kind == "group"]
        last = antecedents[-1].start if antecedents else tok.start
        near = person(window, gender, skip, last)
        if near is None and groups:
            if subject or person(ctx.between(0, tok.start), gender, skip, last) is None:
                # mid-sentence, or a man/woman named a little further back: worth a look only
                weak = not subject or any(m.kind == "person" and m.gender == gender
                                          for m in ctx.window(i, tok.start, 6))
                return _finding(ctx, GROUP, tok, groups[-1], Severity.INFO if weak else None)
        elif near is None and antecedents and subject:
            return _finding(ctx, COUNTRY, tok, antecedents[-1])
        elif subject and i > 0 and k + 1 < len(toks) and toks[k + 1].lower in words("speech"):
            shift = ctx.speaker_shift(i - 1)
            if shift is not None and person(shift[1], gender, skip) is None:
                return _finding(ctx, SPEAKER, tok, shift[0])
        if (ante := coordinated(ctx, tok)) is not None:
            return _finding(ctx, GROUP if ante.kind == "group" else COUNTRY, tok, ante,
                            Severity.WARNING)
        if (ante := relative_possessive(ctx, tok, gender, skip)) is not None:
            return _finding(ctx, GROUP, tok, ante, Severity.INFO)
        return None


def _finding(ctx: Context, rule: Rule, tok: Token, ante: Mention,
             severity: Severity | None = None) -> Finding:
    female = tok.text.lower().startswith(("she", "her"))
    return rule.finding(ctx.doc, tok.start, tok.end,
                        message=message(rule, tok.text, ctx.full_name(ante), female),
                        suggestion=rule.suggestion.format(pronoun=tok.text),
                        languages=evidence(rule, female, ante.text), severity=severity)


CHECKS = (PronounAgreement(),)
