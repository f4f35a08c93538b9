"""Helpers shared by the origin-marker checks (no checks of its own)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from auditor.outlets import (
    Context,
    Outlet,
    find_domain,
    find_name,
    find_native,
    from_name,
    is_native,
)

# Agencies and state media run English services, so naming them is weaker
# evidence of translation than naming a newspaper or portal in another language.
_MULTILINGUAL = ("wire", "state-media", "aggregator")
_WORD = re.compile(r"[^\s,;:()\[\]\"“”«»]+")

LANGUAGE_NAMES: Mapping[str, str] = {
    "arabic": "ar", "spanish": "es", "french": "fr", "portuguese": "pt", "german": "de",
    "italian": "it", "turkish": "tr", "russian": "ru", "persian": "fa", "farsi": "fa",
    "chinese": "zh", "mandarin": "zh", "dutch": "nl", "indonesian": "id", "japanese": "ja",
    "korean": "ko", "ukrainian": "uk", "polish": "pl", "hebrew": "he", "urdu": "ur",
    "greek": "el", "romanian": "ro", "hungarian": "hu", "czech": "cs", "serbian": "sr",
    "croatian": "hr", "slovenian": "sl", "macedonian": "mk", "bulgarian": "bg", "bosnian": "bs",
    "albanian": "sq",
}
LANGUAGE_OF = {code: name.capitalize() for name, code in reversed(LANGUAGE_NAMES.items())}


def describe(outlet: Outlet) -> str:
    """ "Terra (Portuguese-language portal, BR)" for messages."""
    lang = LANGUAGE_OF.get(outlet.language, outlet.language)
    return f"{outlet.name} ({lang}-language {outlet.kind}, {outlet.country})"


# An outlet named the way only its own language names it ("Anadolu Ajansı", "Agencia
# EFE", "ТАСС") is a label left untranslated: that decides the language by itself.
NATIVE = 2.5


def outlet_weight(outlet: Outlet | None, strong: float = 1.75, name: str | None = None,
                  native: float = NATIVE) -> dict[str, float]:
    """Evidence for the outlet's language: none for English-language outlets; ``native``
    when ``name`` (the words that named it) is its own-language name."""
    if outlet is None or outlet.language == "en":
        return {}
    weight = 1.0 if outlet.kind in _MULTILINGUAL else strong
    if name is not None and is_native(outlet, name):
        weight = max(weight, native)
    return {outlet.language: weight}


def foreign_desk(outlet: Outlet) -> bool:
    """A non-English outlet without an English service: its copy in English was translated."""
    return outlet.language != "en" and outlet.kind not in _MULTILINGUAL


def merge(*weights: Mapping[str, float]) -> dict[str, float]:
    out: dict[str, float] = {}
    for w in weights:
        for k, v in w.items():
            out[k] = max(out.get(k, 0.0), v)
    return out


def words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


def outlet_in(text: str, start: int, end: int,
              context: Context = None) -> tuple[Outlet, int, int] | None:
    """A known outlet named in ``text[start:end]``: a domain first, then a name (``context``
    tells outlets sharing a name apart, see outlets.from_name)."""
    span = text[start:end]
    hit = find_domain(span) or (None if span.isascii() else find_native(span))
    if hit is not None:
        return hit[0], start + hit[1], start + hit[2]
    return find_name(words(text, start, end), context)


# Newsroom staff, as the origin-marker checks name them.
ROLE = (r"(?:correspondents?|reporters?|journalists?|photographers?|photojournalists?|"
        r"cameram[ae]n|videographers?|stringers?)")
# A capitalised outlet name in running text, with the connectors of multi-word names.
NAME = (r"[A-ZÀ-Þ][\w'’.&/-]*(?:\s+(?:(?:de|da|do|della|del|di|du|des|la|le|el|al|en|of)\s+)?"
        r"[A-ZÀ-Þ\d][\w'’.&/-]*){0,4}")


def outlet_ending(text: str, start: int, end: int) -> tuple[Outlet, int] | None:
    """The outlet whose name ends exactly at ``end`` (longest name first), with its start;
    among outlets sharing the name, the one whose country ``text`` mentions most."""
    ws = words(text, start, end)
    for i in range(len(ws)):
        if ws[i][0] != ws[-1][0] and not text[ws[i][0]].isalnum():
            continue
        if (o := from_name(text[ws[i][0] : end], text)) is not None:
            return o, ws[i][0]
    return None


def windows(text: str, keyword: re.Pattern[str], before: int = 120,
            after: int = 80) -> Iterator[tuple[int, int]]:
    """Merged stretches of ``text`` around each ``keyword`` hit: the expensive name
    patterns run there only, not over the whole story.

    A hit must start a word. Write ``keyword`` without a leading ``\\b`` (a pattern that
    starts with words, not an assertion, is scanned ~3x faster); this checks the start."""
    cur: tuple[int, int] | None = None
    for m in keyword.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # inside a word (\w is alphanumeric or "_")
        s, e = max(0, m.start() - before), min(len(text), m.end() + after)
        if cur and s <= cur[1]:
            cur = (cur[0], e)
            continue
        if cur:
            yield cur
        cur = (s, e)
    if cur:
        yield cur
