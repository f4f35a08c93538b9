"""Agreement artifacts: "she"/"he" for a group, a ministry, a country or a thing.

Arabic (and French, Spanish, Portuguese, Russian...) give every noun a gender, and
the pronoun follows it: Arabic treats non-human plurals as feminine singular, so
"the factions ... She added" and "the Kremlin ... He said" come out of a literal
translation. The check fires when the nearest antecedent is a group and no person
the pronoun could mean (of its gender, or of unknown gender) is mentioned in the
three sentences before (or since the start of the previous paragraph). A thing
("the bridge ... he", "the law ... she") is checked in checks.agreement_things,
"with her own funds" after a group in checks.agreement_own, and a speech tag of the
other gender ("Ayşe Yıldırım ... ,” he said") in checks.agreement_speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from auditor.checks.agreement_context import Context, person
from auditor.checks.agreement_cues import PRONOUNS, words
from auditor.checks.agreement_finding import finding, office
from auditor.checks.agreement_mentions import pronouns
from auditor.checks.agreement_own import own_possessive
from auditor.checks.agreement_rules import COUNTRY, GROUP, RESUMPTIVE, SPEAKER
from auditor.checks.agreement_speaker import other_speaker
from auditor.checks.agreement_speaker_rule import SPEAKER_GENDER
from auditor.checks.agreement_statement import OWNER, owner_clash, sayer
from auditor.checks.agreement_structures import (
    coordinated,
    relative_possessive,
    resumptive,
    spokespeople,
)
from auditor.checks.agreement_thing_rule import THING
from auditor.checks.agreement_things import clause_subject, predicate, topic
from auditor.checks.consistency_phrases import token_keys
from auditor.document import Document
from auditor.finding import Finding, Severity

_QUOTE_TAG = re.compile(r"[,.!?…][\"”’]\s*$")


class PronounAgreement:
    rules = (GROUP, SPEAKER, COUNTRY, RESUMPTIVE, THING, OWNER, SPEAKER_GENDER)

    def run(self, doc: Document) -> Iterable[Finding]:
        toks, keys, pron = doc.tokens, token_keys(doc), pronouns(doc)
        if not pron:
            return
        ctx = Context.of(doc, [(toks[k], keys.lower[k]) for k in pron])
        flagged: set[int] = set()  # pronouns found to stand for a group: no person for later ones
        done = -1  # the sentence of the last finding: one per sentence (a chain: "She ... her")
        for k in pron:
            tok = toks[k]
            gender, i = PRONOUNS[keys.lower[k]], doc.sentence_index(tok.start)
            if i == done:
                continue
            if (ante := predicate(ctx, k, i)) is not None:  # "he will be the longest bridge"
                found: Finding | None = finding(ctx, THING, tok, ante)
            elif tok.start in ctx.quoted:
                continue
            else:
                found = self._judge(ctx, k, gender, i, flagged)
                if found is not None and found.rule_id != SPEAKER_GENDER.id and (
                        _QUOTE_TAG.search(doc.text, max(0, tok.start - 4), tok.start)):
                    # '...," he said': someone spoke; the speaker may just be unnamed here
                    found = replace(found, severity=min(found.severity, Severity.INFO))
            if found is not None:
                flagged.add(tok.start)
                done = i
                yield found

    def _judge(self, ctx: Context, k: int, gender: str, i: int, skip: set[int]
               ) -> Finding | None:
        toks = ctx.doc.tokens
        tok = toks[k]
        if (ante := resumptive(ctx, k)) is not None:
            return finding(ctx, RESUMPTIVE, tok, ante)
        skip = skip | spokespeople(ctx, k)  # "The LGL said she ...": not its spokeswoman
        if (ante := other_speaker(ctx, k, gender, skip)) is not None:  # "Ayşe ... ," he said
            return finding(ctx, SPEAKER_GENDER, tok, ante)
        window = ctx.window(i, tok.start, 3)
        subject = ctx.subject(i, tok)
        antecedents = [m for m in window if m.kind != "person" and m.start not in ctx.quoted]
        groups = [m for m in antecedents if m.kind == "group"]
        last = antecedents[-1].start if antecedents else tok.start
        near = person(window, gender, skip, last)
        if (ante := own_possessive(ctx, k)) is not None:  # "The city ... with her own funds"
            return finding(ctx, GROUP if ante.kind == "group" else COUNTRY, tok, ante,
                            Severity.INFO if near else Severity.WARNING)
        if (owner := sayer(ctx, k)) is not None:  # "The company said in her statement"
            if owner.kind == "group":
                return finding(ctx, GROUP, tok, owner, Severity.INFO if near else None)
            if owner_clash(ctx, tok, owner):
                return finding(ctx, OWNER, tok, owner)
        clause = "" if near is not None or subject else clause_subject(ctx, k)  # ", and she"
        thing = topic(ctx, i, k) if near is None and (subject or clause) else None
        if thing is not None and (not antecedents or thing.start > last) and not (
                gender == "f" and thing.kind == "vessel"):
            before = person(ctx.between(0, tok.start), gender, skip)
            weak = clause == "reported" or before is not None
            return finding(ctx, THING, tok, thing, Severity.INFO if weak else None)
        if near is None and groups:
            if subject or person(ctx.between(0, tok.start), gender, skip, last) is None:
                # mid-sentence, or a man/woman named a little further back: worth a look only
                weak = not subject or any(map(office, groups)) or any(
                    m.kind == "person" and m.gender == gender for m in ctx.window(i, tok.start, 6))
                return finding(ctx, GROUP, tok, groups[-1], Severity.INFO if weak else None)
        elif near is None and antecedents and subject:
            return finding(ctx, COUNTRY, tok, antecedents[-1])
        elif subject and i > 0 and k + 1 < len(toks) and toks[k + 1].lower in words("speech"):
            shift = ctx.speaker_shift(i - 1)
            if shift is not None and person(shift[1], gender, skip) is None:
                return finding(ctx, SPEAKER, tok, shift[0])
        if (ante := coordinated(ctx, tok)) is not None:
            return finding(ctx, GROUP if ante.kind == "group" else COUNTRY, tok, ante,
                            Severity.WARNING)
        if (ante := relative_possessive(ctx, tok, gender, skip)) is not None:
            return finding(ctx, GROUP, tok, ante, Severity.INFO)
        return None


CHECKS = (PronounAgreement(),)
