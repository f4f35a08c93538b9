"""Credit-line labels (data/origin_credits.tsv), the names a credit line lists, and
stock-photo sites, loaded once (no checks)."""

from __future__ import annotations

import re
from functools import cache

from auditor.checks.declarative import DATA_DIR, parse_languages, read_tsv
from auditor.outlets import Context, Outlet, from_name, name_key

# Names in a credit line are joined by punctuation or a conjunction; a conjunction or
# "with" in the source language ("Le Monde avec AFP", "EFE y Europa Press") is a label
# left untranslated. A slash before a digit is part of a name ("Página/12").
_SPLIT = re.compile(r"\s*(?:[,;&+]|/(?!\d))\s*|\s+(and|with|y|e|et|und|ve|avec|com|con|mit)\s+")
CONNECTIVES: dict[str, dict[str, float]] = {
    "y": {"es": 2.0}, "et": {"fr": 2.0}, "und": {"de": 2.0}, "ve": {"tr": 2.0},
    "avec": {"fr": 2.5}, "com": {"pt": 2.5}, "mit": {"de": 2.5},
    "e": {"pt": 1.25, "it": 1.25}, "con": {"es": 1.5, "it": 1.0},
}
_NOISE = re.compile(r"\b(?:19|20)\d\d\b|all rights reserved\.?|©", re.IGNORECASE)
# Sources a translated credit label names without naming an outlet.
GENERIC = frozenset({"agencies", "news agencies", "the agencies", "wire services"})


def split_names(rest: str) -> tuple[list[str], dict[str, float]]:
    """The names a credit line lists, and the languages of the words joining them."""
    parts = _SPLIT.split(_NOISE.sub("", rest).strip())
    names = [p.strip() for p in parts[::2] if p and p.strip()]
    langs: dict[str, float] = {}
    for joiner in parts[1::2]:
        for k, v in CONNECTIVES.get((joiner or "").lower(), {}).items():
            langs[k] = max(langs.get(k, 0.0), v)
    return names, langs


def resolve(names: list[str], context: Context = None) -> list[tuple[Outlet, str]]:
    return [(o, n) for n in names if (o := from_name(n, context)) is not None]


def name_like(name: str) -> bool:
    """A capitalised name of a few words ("El Sol del Bajío", "NA", "أحمد سمير"), not a clause
    (scripts without case count as capitalised)."""
    bare = re.sub(r"^[Tt]he\s+", "", name)
    first = bare[:1]
    return (first.isupper() or (first.isalpha() and not first.islower())) and \
        len(bare.split()) <= 5 and len(bare) <= 40


# "— AFP" ending a line: one or two dashes at the start or after a space. The pattern
# starts with the dash (the lookbehind then rules out one right after a non-space) so
# that the search skips from dash to dash: ~6x faster than a leading (?:^|(?<=\s)).
_SIGNOFF = re.compile(r"[—–-](?<!\S[—–-])[—–-]?\s*(?P<rest>[^\s—–-][^—–\n]{0,40}?)\s*\.?$")
_COPYRIGHT = re.compile(r"^(?:©|\([cC]\)|[Cc]opyright)\s*(?P<rest>.{2,80})$")


def parse_credit(line: str, near_end: bool) -> tuple[int, str, dict[str, float], str] | None:
    """A paragraph read as a credit line: (offset of the credit, label as written, the
    label's source-language weights, what follows it), or None."""
    regex, label_langs, _ = credit_labels()
    if len(line) <= 90 and (m := regex.match(line)):
        label = m.group("label")
        langs = {k: 2.5 * v for k, v in label_langs[label.lower()].items() if k != "en"}
        return 0, label, langs, m.group("rest")
    if len(line) <= 90 and (m := _COPYRIGHT.match(line)):
        return 0, "", {}, m.group("rest")
    if (m := _SIGNOFF.search(line)) is not None:
        return m.start(), "", {}, m.group("rest")
    return (0, "", {}, line) if near_end and len(line) <= 60 else None


@cache
def credit_labels() -> tuple[re.Pattern[str], dict[str, dict[str, float]], frozenset[str]]:
    rows = read_tsv(DATA_DIR / "origin_credits.tsv")
    langs = {r["label"].lower(): parse_languages(r["language"]) for r in rows}
    sources = frozenset(r["label"].lower() for r in rows if r["takes"] == "any")
    labels = sorted((r["label"] for r in rows), key=len, reverse=True)
    alternation = "|".join(re.escape(label) for label in labels)
    regex = re.compile(rf"^\*?[(\[]?\s*(?P<label>{alternation})(?:\s*[:：—–-]\s*|\s+)"
                       rf"(?P<rest>[^()\[\]\n]{{2,80}}?)\s*[)\]]?\s*\.?$", re.IGNORECASE)
    return regex, langs, sources


@cache
def stock_sites() -> frozenset[str]:
    """Stock-photo libraries ("Source: Pixabay" is an image credit, not a news source)."""
    path = DATA_DIR / "farm_stock_sites.tsv"  # shared with the content-farm checks
    return frozenset(name_key(r["term"]) for r in read_tsv(path)) if path.is_file() else frozenset()
