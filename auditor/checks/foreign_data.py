"""Shared data and context tests of the foreign-fragment checks (no rules of its own)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from auditor.checks.declarative import DATA_DIR, read_tsv
from auditor.document import Document

# A foreign span is deliberate (a gloss or a mention) after these cues...
_CUE_BEFORE = re.compile(
    r"(?:\b(?:known|translated|rendered|referred to)(?:\s+\w+ly)?\s+as"
    r"|\b(?:locals|residents|people)\s+call|\b(?:called|dubbed|nicknamed|so-called|term|terms|word"
    r"|words|phrase|slogan|motto|hashtag|chant(?:ed|ing|s)?|shout(?:ed|ing|s)?|read(?:s|ing)?"
    r"|meaning|means|literally|lit\.|aka|name|names|spelled|written|sign|signs|banner|headline"
    r"|Arabic|Persian|Farsi|Hebrew|Russian|Ukrainian|Greek|Chinese|Mandarin|Japanese|Korean"
    r"|Hindi|Urdu|Spanish|French|Portuguese|Italian|German|Dutch|Turkish|Indonesian|Latin"
    r"|Kurdish|Pashto)(?:\s+for)?)\W{0,3}$"
)
# ... or when a gloss follows: "(meaning ...)", "(the people want)", ", or ...".
_GLOSS_AFTER = re.compile(r"^[\"”’»']?\s*(?:\(|,\s*(?:or|meaning|which means|literally)\b|—\s*lit"
                          r"|(?<=[\"”’»'])\s*[—–])")


@dataclass(frozen=True)
class Script:
    name: str
    group: str
    ranges: tuple[tuple[int, int], ...]
    languages: tuple[tuple[str, str], ...]  # (code, English name), most likely first
    markers: tuple[tuple[str, str], ...]  # (code, letters that single it out)


@cache
def scripts() -> tuple[Script, ...]:
    out = []
    for row in read_tsv(DATA_DIR / "foreign_scripts.tsv"):
        ranges = tuple(tuple(int(x, 16) for x in r.split("-")) for r in row["ranges"].split())
        langs = tuple(tuple(x.split("=", 1)) for x in row["languages"].split())
        markers = tuple(tuple(x.split(":", 1)) for x in (row.get("markers") or "").split())
        out.append(Script(row["script"], row["group"], ranges, langs, markers))  # type: ignore[arg-type]
    return tuple(out)


@cache
def _tables() -> tuple[list[int], list[tuple[int, int, Script]], re.Pattern[str]]:
    spans = sorted((lo, hi, s) for s in scripts() for lo, hi in s.ranges)
    cls = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi, _ in spans) + "\u200c\u200d"
    join = r"[ \t0-9.,:;!?'\"“”‘’«»()\[\]\-–—/،؛؟٠-٩\u200e\u200f\u061c]"
    regex = re.compile(f"[{cls}]+(?:{join}+[{cls}]+)*")
    return [lo for lo, _, _ in spans], spans, regex


def scripts_in(text: str) -> list[Script]:
    starts, spans, _ = _tables()
    found: dict[str, Script] = {}
    for ch in text:
        i = bisect.bisect_right(starts, ord(ch)) - 1
        if i >= 0 and ord(ch) <= spans[i][1] and ch.isalpha():
            found.setdefault(spans[i][2].name, spans[i][2])
    order = [s.name for s in scripts()]
    return sorted(found.values(), key=lambda s: order.index(s.name))


@cache
def script_char() -> re.Pattern[str]:
    """One letter of any listed script: a cheap test before script_regex()."""
    return re.compile(script_regex().pattern.split("]+", 1)[0] + "]")


def script_regex() -> re.Pattern[str]:
    """Runs of non-Latin letters, joined by spaces, digits and punctuation within a line."""
    return _tables()[2]


@cache
def loanwords() -> frozenset[str]:
    """Foreign words that English news copy uses as its own (currencies, titles, food...)."""
    rows = read_tsv(DATA_DIR / "foreign_loanwords.tsv")
    return frozenset(w.lower() for r in rows for w in r["words"].split())


@cache
def language_names() -> dict[str, str]:
    names = {"es": "Spanish", "fr": "French", "pt": "Portuguese", "it": "Italian", "de": "German",
             "nl": "Dutch", "tr": "Turkish", "id": "Indonesian"}
    for s in scripts():
        names.update(dict(s.languages))
    return names


def deliberate(doc: Document, start: int, end: int, after: bool = True) -> bool:
    """True when the span is glossed, introduced as a term, or a hashtag/handle/URL part
    (``after=False``: only look before the span)."""
    text = doc.text
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    if before.endswith(("#", "@", "/", ".")):
        return True
    if _CUE_BEFORE.search(before.rstrip("“\"‘'«( ")):
        return True
    return after and bool(_GLOSS_AFTER.match(text[end : end + 30]))


def foreign_quote(doc: Document, start: int, end: int) -> bool:
    """True when the span sits in a direct quotation with no lower-case English word: a quoted
    foreign saying ("Ni modo," she said), deliberate by nature."""
    from auditor.wordfreqs import is_foreign, zipf_en

    for q in doc.quotes:
        if q.start <= start and end <= q.end:
            words = [t.text for t in doc.tokens if q.start <= t.start < q.end and t.text.islower()]
            return not any(zipf_en(w) >= 3.5 and not is_foreign(w) for w in words)
    return False


def quoted_alone(doc: Document, start: int, end: int, share: float = 0.6) -> bool:
    """True when the span fills most of a short direct quotation: a quoted foreign phrase."""
    for q in doc.quotes:
        if q.start <= start and end <= q.end:
            return (end - start) >= share * max(1, q.end - q.start - 2)
    return False


def headed_by(doc: Document, heads: Collection[str]) -> set[str]:
    """The story's distinct words whose part before any hyphen is one of ``heads`` ("Al-Quds"
    for "Al"): an intersection in C, then a look at the few hyphenated words."""
    found = {w for w in doc.vocabulary.intersection(heads) if "-" not in w}
    found.update(w for w in _hyphenated(doc) if w.partition("-")[0] in heads)
    return found


def _hyphenated(doc: Document) -> list[str]:
    return doc.memo("foreign.hyphenated", lambda d: [w for w in d.vocabulary if "-" in w])


def capitalised(word: str) -> bool:
    """A capitalised word, counting elided French/Italian forms ("d'État", "l'Intérieur")."""
    if word[:2].lower() in ("d'", "l'", "d’", "l’") and len(word) > 2:
        return word[2].isupper()
    return word[:1].isupper()


def name_neighbour(doc: Document, i: int, step: int, joiners: frozenset[str]) -> bool:
    """Token i+step (or the one past a joining word such as "do", "de") is a capitalised word
    one space away: token i is part of a longer name ("Banco do Brasil", "Credit Suisse")."""
    toks, text = doc.tokens, doc.text
    j = i + step
    for _ in range(2):
        if not 0 <= j < len(toks):
            return False
        a, b = (toks[i], toks[j]) if step > 0 else (toks[j], toks[i])
        if text[a.end : b.start] != " ":
            return False
        if capitalised(toks[j].text):
            return True
        if toks[j].text not in joiners:
            return False
        i, j = j, j + step
    return False
