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
from auditor.checks.agreement_rules import COUNTRY, GROUP, SPEAKER, evidence, message
from auditor.checks.base import Rule
from auditor.checks.consistency_phrases import token_keys
from auditor.document import Document, Token
from auditor.finding import Finding, Severity


class PronounAgreement:
    rules = (GROUP, SPEAKER, COUNTRY)

    def run(self, doc: Document) -> Iterable[Finding]:
        toks, keys = doc.tokens, token_keys(doc)
        pron = sorted(k for w in keys.distinct_lower & PRONOUNS.keys()
                      for k in keys.positions(w, lower=True))
        if not pron:
            return
        ctx = Context.of(doc, [(toks[k], keys.lower[k]) for k in pron])
        for k in pron:
            tok = toks[k]
            if tok.start in ctx.quoted:
                continue
            gender, i = PRONOUNS[keys.lower[k]], doc.sentence_index(tok.start)
            window = ctx.window(i, tok.start, 3)
            subject = ctx.subject(i, tok)
            antecedents = [m for m in window if m.kind != "person" and m.start not in ctx.quoted]
            groups = [m for m in antecedents if m.kind == "group"]
            if person(window, gender) is None and groups:
                if subject or person(ctx.between(0, tok.start), gender) is None:
                    # mid-sentence, or a man/woman named a little further back: worth a look only
                    weak = not subject or any(m.kind == "person" and m.gender == gender
                                              for m in ctx.window(i, tok.start, 6))
                    yield _finding(ctx, GROUP, tok, groups[-1], Severity.INFO if weak else None)
            elif person(window, gender) is None and antecedents and subject:
                yield _finding(ctx, COUNTRY, tok, antecedents[-1])
            elif subject and i > 0 and k + 1 < len(toks) and toks[k + 1].lower in words("speech"):
                shift = ctx.speaker_shift(i - 1)
                if shift is not None and person(shift[1], gender) is None:
                    yield _finding(ctx, SPEAKER, tok, shift[0])


def _finding(ctx: Context, rule: Rule, tok: Token, ante: Mention,
             severity: Severity | None = None) -> Finding:
    female = tok.text.lower().startswith(("she", "her"))
    return rule.finding(ctx.doc, tok.start, tok.end,
                        message=message(rule, tok.text, ctx.full_name(ante), female),
                        suggestion=rule.suggestion.format(pronoun=tok.text),
                        languages=evidence(rule, female, ante.text), severity=severity)


CHECKS = (PronounAgreement(),)
