"""Words of a name before "(ACRONYM)", and whether the acronym spells them (for
convention.acronym-source-name)."""

from __future__ import annotations

import re
import unicodedata

_WORDS = re.compile(r"[^\W\d_](?:[\w’'.]|-(?=\w))*|\d+|[^\w\s]")
CONNECT = frozenset(re.findall(r"\S+", "of the and for on in to against de del della di da do"
                               " dos das des du la le les el et y e und für der die van von al"))
_BEFORE_THE = frozenset(("of", "for", "and", "in", "on", "against", "de"))
# Compounds whose second part gives a letter too: Inter-Governmental (IGAD), South-East (ASEAN).
_PREFIX = re.compile(r"(inter|intra|trans|multi|south|north|euro|anti|counter)(?=\w{3})")
_ROMANCE = {"es": 0.5, "fr": 0.5, "pt": 0.4, "it": 0.4}


def plain(word: str) -> str:
    bare = word[:-2] if word.endswith(("’s", "'s")) else word.rstrip("’'")
    return "".join(c for c in unicodedata.normalize("NFKD", bare) if c.isalpha()).lower()


def units(words: list[tuple[int, str]]) -> list[str]:
    """The parts an acronym takes letters from: words, hyphen parts, compound parts."""
    parts = (plain(u) for _, w in words for u in w.split("-"))
    return [p for part in parts for p in _PREFIX.sub(r"\1 ", part).split()]


def covers(acr: str, units: list[str]) -> bool:
    """Can ``acr`` be spelt from ``units`` in order, each used unit giving its first letter or
    first few (KUNA, RUSADA, CENTCOM), units skipped at will (CDC, ATF)?"""
    # reach[i]: acr[:i] can be spelt from the units seen so far (a prefix DP, no recursion)
    reach = [True] + [False] * len(acr)
    for unit in units:
        for i in range(len(acr) - 1, -1, -1):
            if reach[i]:
                n = i
                while n < len(acr) and n - i < len(unit) and unit[n - i] == acr[n]:
                    n += 1
                    reach[n] = True
    return reach[-1]


def name_before(text: str, end: int) -> list[tuple[int, str]]:
    """Capitalised words and connectors just before ``end`` (the name), as (offset, word)."""
    chunk_start = max(0, end - 160)
    words = [(m.start() + chunk_start, m.group()) for m in _WORDS.finditer(text[chunk_start:end])]
    out: list[tuple[int, str]] = []
    for start, word in reversed(words):
        if word == "," and out and out[-1][1][0].isupper():
            out.append((start, word))  # Alcohol, Tobacco, Firearms and Explosives
            continue
        if not (word[0].isupper() or word in CONNECT or word.split("-")[0] in CONNECT):
            break
        if out and out[-1][1].lower() == "the" and word.lower() not in _BEFORE_THE:
            break  # "Figures from the Federal ...", "According to the ...": the name starts there
        out.append((start, word))
    while out and (out[-1][1].lower() in CONNECT or out[-1][1] == ","):
        out.pop()
    return out[::-1]


_LOWER_RUN = re.compile(r"(?:[a-z][a-z-]+ ){2,8}\Z")


def reordered(text: str, end: int, acr: str) -> int | None:
    """Start of a lower-case expansion before ``end`` whose initials are the letters of
    ``acr`` in another order ("national electoral council (CNE)"), else None."""
    run = _LOWER_RUN.search(text, max(0, end - 120), end + 1)
    if run is None or not acr.isupper():
        return None
    content = [(m.start(), m.group()) for m in re.finditer(r"\S+", run.group())
               if m.group() not in CONNECT][-len(acr):]
    initials = "".join(w[0] for _, w in content).upper()
    if len(content) != len(acr) or sorted(initials) != sorted(acr) or initials == acr:
        return None
    return run.start() + content[0][0]


def core_name(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The name proper: after the last comma, without a leading possessor (Spain's)."""
    cut = max((i + 1 for i, (_, w) in enumerate(words) if w == ","), default=0)
    name = words[cut:]
    while len(name) > 2 and (name[0][1].endswith(("’s", "'s")) or name[0][1].lower() in CONNECT):
        name = name[1:]
    return name


def evidence(acr: str, name: list[str]) -> tuple[dict[str, float], str]:
    initials = [w[0] for w in name if w not in CONNECT]
    if sorted(initials) == sorted(acr) or sorted(initials[-len(acr):]) == sorted(acr):
        return _ROMANCE, ": its letters are the English ones in the source's word order"
    first_connector = next((i for i, w in enumerate(name) if w in CONNECT), len(name))
    head = first_connector - 1  # English puts the head noun last before "of"
    if head > 0 and initials[head] == acr[0] != initials[0]:
        return ({k: round(v * 0.7, 2) for k, v in _ROMANCE.items()},
                ", which puts the head noun first (Romance word order)")
    if name[0] == "federal" and acr[0] == "b":
        return {"de": 0.8}, " (German Bundes-)"
    return {}, ""
