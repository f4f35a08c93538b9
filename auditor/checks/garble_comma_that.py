"""Garble: a comma before the "that" of a reported clause ("announced the agency, that").

German and Russian punctuation set off every subordinate clause with a comma ("teilte
die Bundesnetzagentur mit, dass ...", "заявил, что ..."), and a literal translation
keeps it: "The ministry said, that prices would rise", "On Monday announced the
Federal Network Agency, that ...". English writes no comma between a reporting verb
(with its subject or a time phrase) and "that". Left alone: "As the minister said,
that is a matter for the courts" (a demonstrative after an "as" clause), "that same
day", "that is", parentheticals ("The house, she said, that ..."), and quotations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.checks.base import rule
from auditor.document import Document
from auditor.finding import Finding

_VERBS = (
    "said|says|say|announced|announces|stated|states|declared|declares|explained|explains|"
    "added|adds|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underlines|noted|notes|"
    "reported|reports|confirmed|confirms|warned|warns|critici[sz]ed|informed|told|wrote|writes|"
    "argued|argues|claimed|claims|assured|pointed out|made clear|makes clear|indicated|"
    "admitted|conceded|insisted|demanded|expects|expected|believes|believed|hopes|hoped|fears|"
    "feared|estimated|estimates|predicted|predicts|decided|ruled|agreed|revealed|showed|shows|"
    "found|recalled|reminded|replied|answered|objected|complained|suspects|suspected|assumed|"
    "is convinced|was convinced|are convinced|were convinced|is sure|was sure")
# the verb, then its subject, object or a time phrase (no punctuation): up to the comma
_BEFORE = re.compile(rf"(?:^|[^\w’'-])(?P<verb>{_VERBS})(?P<mid>(?: [\w’'.-]+){{0,6}})\Z")
_NEXT = re.compile(  # what a clause starts with: "that the prices", "that it", "that Berlin"
    r" (?:the|a|an|this|these|those|its|his|her|their|our|all|some|no|every|each|many|most|"
    r"more|several|both|it|he|she|they|we|I|you|there|only|in|from|by|since|until|with|"
    r"without|because|if|despite|\d[\d,.]*|(?!That\b|The\b)[A-Z][\w’'-]+)\b"
    r"|(?! (?:one|same|very|much|kind|sort|way|day|time|night|week|year|morning|evening)\b)"
    r"(?: [a-z][\w-]*){1,2} (?:will|would|could|can|may|might|must|should|had|have|has|are|"
    r"were|is|was)\b")  # "that grid fees will rise", not "that same day"
_COMMA = re.compile(", that")
_AS = re.compile(r"(?:^|[^\w’'-])(?:[Aa]s|[Ll]ike|[Ss]o|[Tt]hus)\b")
_ASIDE = re.compile(r", (?:he|she|they|it|we|I|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
                    r"|(?:his|her|their|its|my|our) [a-z]+) \Z")  # "..., his daughter said, that"

COMMA_THAT = rule(
    "garble.comma-before-that",
    "garble",
    "warning",
    "“{text}”: a comma between the reporting verb and “that”, the punctuation of German "
    "(“, dass”) or Russian (“, что”)",
    suggestion="Drop the comma before “that” (and put the subject before the verb)",
    languages={"de": 1.2, "ru": 1.0, "uk": 0.8, "pl": 0.6, "cs": 0.6, "nl": 0.4},
    source=__name__,
    bad=[
        "On Tuesday announced the Federal Cartel Office⟦, that⟧ it would examine the merger.",
        "The regional health minister said⟦, that⟧ the vaccine stocks would last until March.",
        "The operator expects⟦, that⟧ the line will reopen in the autumn.",
        "Kremlin spokesman Dmitry Peskov told journalists⟦, that⟧ Moscow had not been informed.",
        "The court ruled on Friday⟦, that⟧ the dismissal of the 40 nurses was unlawful.",
        "On Monday announced the Federal Network Agency⟦, that⟧ grid fees would rise.",
    ],
    good=[
        "As the minister said, that is a matter for the courts to decide.",
        "The mayor said, that same evening, that the roads would stay closed.",
        "The house, she said, that her grandfather built has been sold.",
        "It was a call from a priest, his daughter said, that changed his life.",
        "He announced, that is, that he would not run again.",
        "“The agency announced, that the prices will rise,” the report misquoted.",
        "Officials said the bridge, which opened in May, would close for repairs.",
        "So said the minister, that the rest of us might sleep easier.",
        "The mayor said, that one time, the pumps had failed.",
    ],
)


class CommaThat:
    rules = (COMMA_THAT,)

    def run(self, doc: Document) -> Iterable[Finding]:
        text = doc.text
        for comma in _COMMA.finditer(text):
            start = comma.start()
            if not _NEXT.match(text, comma.end()) or doc.in_quote(start, comma.end()):
                continue
            sent = doc.sentence_at(start)
            before = text[sent.start if sent else max(0, start - 200) : start]
            m = _BEFORE.search(before)
            if m is None or _AS.search(before, 0, m.start("verb")) or _ASIDE.search(
                    before, 0, m.start("verb")):
                continue
            if m["mid"].count(" the ") + m["mid"].count(" a ") > 1:
                continue  # "said the house in the village, that": a relative clause
            yield COMMA_THAT.finding(doc, start, comma.end(),
                                     message=COMMA_THAT.message.format(text=m[0].strip() +
                                                                       ", that"))


CHECKS = (CommaThat(),)
