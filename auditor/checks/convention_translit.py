"""Source convention: Middle Eastern names in a source language's spelling (al-Bachir, Alepo)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.convention_spellings import fixed_forms, foreign_forms, keep_words
from auditor.document import Document
from auditor.finding import Finding, Severity
from auditor.wordfreqs import zipf_en

_PARTS = re.compile(r"[’'\-]")
_ARTICLE = {"al", "el", "ul", "ash", "ad", "an", "ar", "as", "at", "az"}
# A capitalised name without al- may be its bearer's own French spelling (Maghrebi and
# Lebanese names: Rachid, Bachir Gemayel): weak evidence.
_WEAK = 0.4

TRANSLIT = rule(
    "convention.transliteration", "source-convention", "info",
    "“{text}” spells an Arabic or Persian name by {langs} transliteration rules;"
    " English copy writes “{english}”",
    suggestion="Use “{english}”", languages={"fr": 1.0}, source=__name__,
    bad=["The council named ⟦Hicham⟧ Jaber as its new envoy.",
         "Fighters loyal to ⟦al-Bachir⟧ entered the town.",
         "Officials met ⟦Cheikh⟧ Nasser at dawn; ⟦Moustafa⟧ Jaber signed.",
         "The group's leader, Abu Mohammed ⟦al-Joulani⟧, spoke on Monday."],
    good=["Michel Aoun met Charles Michel in the church in Chad.",
          "Jackie Chan and Lamine Yamal posed for photographers.",
          "Houthi rebels and Mahmoud Abbas were both mentioned by Youssef.",
          "The sheikh and the Shiite cleric met Bashar al-Assad."],
)
FORM = rule(
    "convention.foreign-name-form", "source-convention", "warning",
    "“{text}” is the source-language spelling; English copy writes “{english}”",
    suggestion="Use “{english}”", languages={"es": 1.0, "fr": 1.0, "pt": 1.0}, source=__name__,
    explanation="Places, groups and terms of the Middle East have settled English spellings"
    " (Aleppo, Tehran, Shiite, jihadist); Alepo, Téhéran, chiita or yihadista are how Spanish,"
    " French, Portuguese or German write them.",
    bad=["Shelling hit the outskirts of ⟦Alepo⟧ overnight; the ⟦yihadistas⟧ withdrew.",
         "Diplomats in ⟦Téhéran⟧ and lawmakers in ⟦Teerã⟧ dismissed the report."],
    good=["Shelling hit the outskirts of Aleppo overnight.",
          "Simona Halep and Riyad Mahrez attended the gala in Tehran and Beirut."],
)


def _respell(text: str, parts: list[str], index: int, english: str) -> str:
    start = sum(len(p) + 1 for p in parts[:index])
    old = text[start : start + len(parts[index])]
    new = english.capitalize() if old[0].isupper() else english
    return text[:start] + new + text[start + len(old):]


class Spellings:
    rules = (TRANSLIT, FORM)

    def run(self, doc: Document) -> Iterable[Finding]:
        forms, keep, fixed = foreign_forms(), keep_words(), fixed_forms()
        texts = doc.vocabulary
        parts = " ".join(texts).replace("-", " ").replace("'", " ").replace("’", " ")
        if (texts.isdisjoint(fixed) and fixed.keys().isdisjoint(parts.split())
                and forms.keys().isdisjoint(parts.lower().split())):
            return  # the common case, decided at C speed
        for tok in doc.tokens:
            t = tok.text
            if "-" not in t and "’" not in t and "'" not in t and t not in fixed \
                    and t.lower() not in forms:
                continue
            bare = tok.text[:-2] if tok.text[-2:] in ("’s", "'s") else tok.text
            if bare in fixed:
                english, langs = fixed[bare]
                yield FORM.finding(doc, tok.start, tok.end, languages=langs,
                                   message=FORM.message.format(text=tok.text, english=english),
                                   suggestion=FORM.suggestion.format(english=english))
                continue
            written = _PARTS.split(tok.text)
            for i, part in enumerate(written):
                hit = forms.get(part.lower())
                if hit is None or part in fixed:
                    continue
                prefixed = i > 0 and written[i - 1].lower() in _ARTICLE
                if not prefixed and (part.lower() in keep or zipf_en(part) >= 3.0):
                    continue
                english, langs = hit
                sure = prefixed or tok.text[0].islower()
                fixed_text = _respell(tok.text, written, i, english)
                yield TRANSLIT.finding(
                    doc, tok.start, tok.end, suggestion=TRANSLIT.suggestion.format(
                        english=fixed_text),
                    message=TRANSLIT.message.format(text=tok.text, english=fixed_text,
                        langs="/".join(sorted(langs, key=lambda k: -langs[k]))),
                    languages=langs if sure else {k: w * _WEAK for k, w in langs.items()},
                    severity=Severity.WARNING if sure else Severity.INFO)
                break


CHECKS = (Spellings(),)
