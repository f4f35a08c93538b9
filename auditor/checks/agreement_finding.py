"""A finding of the agreement check: the message names the antecedent (checks.agreement)."""

from __future__ import annotations

import re

from auditor.checks.agreement_context import Context
from auditor.checks.agreement_cues import Mention
from auditor.checks.agreement_rules import GROUP, evidence, message
from auditor.checks.agreement_speaker_rule import SPEAKER_GENDER
from auditor.checks.agreement_statement import OWNER
from auditor.checks.agreement_thing_rule import THING
from auditor.checks.agreement_thing_rule import evidence as thing_evidence
from auditor.checks.base import Rule
from auditor.document import Token
from auditor.finding import Finding, Severity

_NAME = re.compile(r"\w[\w’'-]*(?: [A-Z][\w’'-]*)*")


def office(m: Mention) -> bool:
    """An office named after its head ("the Prosecutor's Office"): she may be a woman."""
    return m.text.lower().endswith("office")


def finding(ctx: Context, rule: Rule, tok: Token, ante: Mention,
             severity: Severity | None = None) -> Finding:
    female = tok.text.lower().startswith(("she", "her"))
    name = ante.text if rule is THING else ctx.full_name(ante)
    if rule is GROUP and office(ante):
        severity = Severity.INFO
    if rule is OWNER or rule is SPEAKER_GENDER:  # the whole name: "Catherine Le Goff"
        name = _NAME.match(ctx.doc.text, ante.start).group(0)  # type: ignore[union-attr]
        return rule.finding(ctx.doc, tok.start, tok.end, severity=severity,
                            message=message(rule, tok.text, name, female))
    return rule.finding(ctx.doc, tok.start, tok.end,
                        message=message(rule, tok.text, name, female),
                        suggestion=rule.suggestion.format(pronoun=tok.text),
                        languages=thing_evidence(female) if rule is THING else evidence(
                            rule, female, ante.text), severity=severity)
