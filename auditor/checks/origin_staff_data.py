"""Credit-line labels and photo-credit words (data/origin_staff_labels.tsv,
data/origin_photo_words.tsv), loaded once, and the parse of a labelled credit (no checks)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.checks.declarative import DATA_DIR, parse_languages, read_tsv
from auditor.checks.origin_labels import name_like, split_names
from auditor.document import Document
from auditor.outlets import Outlet, from_name


@dataclass(frozen=True)
class Label:
    kind: str  # "photo" or "staff"
    languages: dict[str, float]  # without "en"
    alone: bool


@dataclass(frozen=True)
class Credit:
    start: int
    end: int
    label: Label
    outlets: tuple[tuple[Outlet, str], ...]  # (outlet, the words naming it)
    words: tuple[tuple[str, dict[str, float]], ...]  # photo words: (kind, weights)
    people: int
    joined: dict[str, float]  # languages of the words joining the names ("y", "e")


def _foreign(languages: str) -> dict[str, float]:
    return {k: v for k, v in parse_languages(languages).items() if k != "en"}


@cache
def tables() -> tuple[dict[str, Label], dict[str, tuple[str, dict[str, float]]],
                      frozenset[str], re.Pattern[str]]:
    labels = {r["label"].lower(): Label(r["kind"], _foreign(r["languages"]), r["alone"] == "yes")
              for r in read_tsv(DATA_DIR / "origin_staff_labels.tsv")}
    words = {r["word"].lower(): (r["kind"], _foreign(r["languages"]))
             for r in read_tsv(DATA_DIR / "origin_photo_words.tsv")}
    firsts = {w for label in labels for f in [label.split()[0]]
              for w in (f.capitalize(), f.upper())}
    alternation = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    regex = re.compile(rf"(?P<label>{alternation})(?P<colon>[ \t]*[:：][ \t]*|[ \t]+|"
                       r"(?=[ \t]*(?:\n|$)))(?P<rest>[^\n()\[\]|:]{0,80}?)[ \t]*\.?[ \t]*"
                       r"(?=[\n)\]|]|$|\s/\s*\w+[ \t]*:)", re.IGNORECASE)
    return labels, words, frozenset(firsts), regex


_OPENERS = "([|•—–-*"  # what may come before a photo credit on its line
_SEPARATORS = "|/•"  # between two credits on one line ("Texto: X / Fotos: Y")


def credits(doc: Document) -> list[Credit]:
    """Every labelled credit of the story, at the start of a line (photo credits also after
    an opening bracket or a bar: "(Photo: EFE)")."""
    labels, words, firsts, regex = tables()
    text, out = doc.text, []
    for i in doc.positions(firsts & doc.vocabulary):
        start = doc.tokens[i].start
        if not (m := regex.match(text, start)) or text[start].islower():
            continue
        label = labels[m.group("label").lower()]
        before = text[text.rfind("\n", 0, start) + 1 : start].strip(" \t*_")
        if before and not (before[-1] in _SEPARATORS or (
                label.kind == "photo" and before[-1] in _OPENERS)):
            continue
        rest, colon = m.group("rest"), ":" in m.group("colon") or "：" in m.group("colon")
        if not colon and len(m.group("label").split()) == 1 and not (label.alone and not rest):
            continue
        names, joined = split_names(rest)
        found, kinds, people = [], [], 0
        for name in names:
            if (w := words.get(name.lower())) is not None:
                kinds.append(w)
            elif (o := from_name(name, text)) is not None:
                found.append((o, name))
            elif name_like(name):
                people += 1
            else:
                break
        else:
            if names or label.alone:
                end = m.end("rest") if rest else m.end("label")
                out.append(Credit(start, end, label, tuple(found), tuple(kinds), people, joined))
    return out
