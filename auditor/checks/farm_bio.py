"""Content farm: an author bio whose beat has nothing to do with the story.

Farms attach a stock author profile to whatever they republish, so a war story
ends with "X is a movie and series reviewer known for...". The bio is found in
the last paragraphs (name, "is a", a role noun); its beat words and the story's
own words (the bio excluded) are scored against a topic lexicon, and the bio is
flagged when its topics are nearly absent from a clearly topical story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from auditor.checks.base import rule
from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document
from auditor.finding import Finding

_BIO = re.compile(
    r"(?:About the author:?\s*)?(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof|Gen|Col|Sheikh)\b)"
    r"(?P<span>(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}) (?:is an? "
    r"(?P<desc>[^.!?\n“”\"]{0,100}?)\b(?:writer|reviewer|journalist|editor|contributor|blogger|"
    r"critic|columnist|correspondent|reporter|author|freelancer|enthusiast|analyst|creator|"
    r"commentator|influencer)s?\b|(?:covers|writes about|reports on|has covered|has written "
    r"about|specialises in|specializes in)\b))(?P<rest>[^.!?\n]*)")
_WORD = re.compile(r"[a-z][a-z-]+")
_NEWS = frozenset({"conflict", "politics", "economy", "crime", "health", "science", "environment"})
_MIN_STORY = 5


@cache
def _lexicon() -> tuple[dict[str, str], dict[str, str]]:
    rows = read_tsv(DATA_DIR / "topics_keywords.tsv")
    story = {r["term"]: r["topic"] for r in rows if r["scope"] == "any"}
    return story, story | {r["term"]: r["topic"] for r in rows if r["scope"] == "bio"}


@cache
def _given_names() -> frozenset[str]:
    """ "Jane Doe covers..." is a bio with a person's name; "Medicare Advantage covers" is not."""
    return frozenset(r["term"] for r in read_tsv(DATA_DIR / "agreement_names.tsv"))


def _topics(words: Iterable[str], lexicon: dict[str, str]) -> Counter[str]:
    return Counter(t for w in words if (t := lexicon.get(w) or lexicon.get(w.rstrip("s"))))


BIO = rule(
    "farm.bio-mismatch", "content-farm", "warning",
    "An author bio for {beat} writer on {story} story: republishing sites attach "
    "stock author profiles to copied news",
    suggestion="Remove the bio and find the real source of the story", source=__name__,
    bad=["Troops shelled the town as rebels fought the army; the militia lost two tanks and "
         "drones hit the front, the military said.\n⟦Mia Stone is a lifestyle writer⟧ who "
         "covers fashion and beauty.",
         "The central bank raised interest rates as inflation hit markets, investors and "
         "banks; stocks and the currency fell.\n⟦Leo Park is a gaming and esports editor⟧.",
         "Doctors said the hospital's clinic and its nurses treated patients with vaccines "
         "against the flu and measles.\n⟦Noor Vance covers⟧ smartphones, gadgets and video games."],
    good=["Troops shelled the town as rebels fought the army; the militia lost two tanks and "
          "drones hit the front.\nJane Doe is a defence correspondent covering the Middle East.",
          "The film stars two actors; the director shot the movie for Netflix and the premiere "
          "drew celebrities.\nTom Hale is a film critic and entertainment reviewer.",
          "Rebels shelled the army's tanks; militia drones hit the front. Leila Haddad fled the "
          "attack.\nLeila Haddad is a music blogger who left Homs in 2012.",
          "Doctors said the hospital's clinic and its nurses treated patients with vaccines "
          "against the flu and measles.\nAnna Berg covers health and medicine for the paper.",
          "Troops shelled the town as rebels fought the army; the militia lost two tanks and "
          "drones hit the front.\nVeterans Affairs covers film and music therapy for soldiers."],
)


def _a(noun: str) -> str:
    """The noun with its indefinite article: "an entertainment", "a conflict"."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


class BioMismatch:
    rules = (BIO,)

    def run(self, doc: Document) -> Iterable[Finding]:
        story_lex, bio_lex = _lexicon()
        paras = doc.paragraphs
        for para in paras[-3:] if len(paras) > 3 else paras[1:]:
            m = _BIO.match(doc.text, para.start, para.end)
            if not m or (m["desc"] is None and m["name"].split()[0] not in _given_names()):
                continue
            beat = _topics(_WORD.findall(((m["desc"] or "") + m["rest"]).lower()), bio_lex)
            rest = doc.text[: para.start] + doc.text[para.end :]
            if m["name"].split()[-1] in rest:
                continue  # a person in the story, not the story's author
            story = _topics(_WORD.findall(rest.lower()), story_lex)
            if not beat or not story:
                continue
            top, count = story.most_common(1)[0]
            if count < _MIN_STORY or top in beat or (_NEWS & beat.keys() and top in _NEWS):
                continue
            if all(story[t] <= max(1, count // 10) for t in beat):
                names = " and ".join(t for t, _ in beat.most_common(2))
                yield BIO.finding(doc, *m.span("span"),
                                  message=BIO.message.format(beat=_a(names), story=_a(top)))


CHECKS = (BioMismatch(),)
