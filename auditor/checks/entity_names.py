"""Entity mistranslation: a source-language common word rendered as a look-alike proper name
("Mashhad has governed the regions..." for Arabic al-mashhad, "the scene/situation")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.checks.entity_data import Entry, ambiguous_names
from auditor.document import Document
from auditor.finding import Finding

_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|near|outside|around|of|at|via|towards?|into|across"
                           r"|through|visit(?:ed|ing|s)?|by|with|and|or)\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"[’']s\b|-|[ \t]+[A-Z]")  # possessive, compound, full name
_DET_AFTER = re.compile(r"\s+(?:of|in|on|at|is|was|has|had|remains|remained|that|which)\b"
                        r"|\s*[,.;:]")

AMBIGUOUS = rule(
    "entity.common-word-as-name", "entity-mistranslation", "warning",
    "“{name}” is {kind}, which makes no sense here: the source probably had {lang} "
    "{word} (“{english}”), rendered as the look-alike name",
    suggestion="Replace with “{english}” and reread the sentence",
    languages={"ar": 2.0}, source=__name__,
    bad=["⟦Mashhad⟧ remains tense in the southern suburbs after the clashes.",
         "For a decade ⟦Mashhad⟧ has dictated the terms of every truce in the province.",
         "Rebels said they had achieved ⟦Nasr⟧ over government troops near Hama.",
         "The shelling started on Friday ⟦Sabah⟧ and lasted until noon."],
    good=["Pilgrims travelled to Mashhad, Iran's second city, for the shrine.",
          "Mashhad remains tense after protests, Iranian state media said.",
          "Prime Minister Nawaf Salam said peace and security came first.",
          "Sheikh Sabah al-Ahmad, Kuwait's late emir, died in 2020.",
          "Since 1979 Mashhad has been governed by clerics close to the Supreme Leader."])


def _betrayed(doc: Document, start: int, end: int, entry: Entry) -> bool:
    preds = ambiguous_names()[1]
    text = doc.text
    before, sent = text[max(0, start - 60) : start], doc.sentence_at(start)
    if _PLACE_BEFORE.search(before) or _NAME_AFTER.match(text, end):
        return False
    sentence = sent.text(text) if sent else text[max(0, start - 200) : end + 200]
    for cls in entry.classes:
        if cls == "state" and entry.home.search(text):
            continue
        if cls not in ("actor", "state") and entry.home.search(sentence):
            continue
        for side, pat in preds.get(cls, ()):
            hit = pat.search(before) if side == "before" else pat.match(text, end)
            if hit and (cls != "det" or _DET_AFTER.match(text, end)):
                return True
    return False


class CommonWordAsName:
    rules = (AMBIGUOUS,)

    def run(self, doc: Document) -> Iterable[Finding]:
        entries = ambiguous_names()[0]
        for tok in map(doc.tokens.__getitem__, doc.positions(entries.keys() & doc.vocabulary)):
            entry = entries[tok.text]
            if _betrayed(doc, tok.start, tok.end, entry):
                values = {"name": tok.text, "kind": entry.kind, "lang": _LANG[entry.lang],
                          "word": entry.word, "english": entry.english}
                yield AMBIGUOUS.finding(
                    doc, tok.start, tok.end, message=AMBIGUOUS.message.format(**values),
                    suggestion=AMBIGUOUS.suggestion.format(**values), languages={entry.lang: 2.0})


_LANG = {"ar": "Arabic", "es": "Spanish", "fr": "French", "pt": "Portuguese", "fa": "Persian"}
CHECKS = (CommonWordAsName(),)
