"""The outlet knowledge base: who publishes news, where, in which language.

Data lives in ``data/outlets.tsv`` (one outlet a line: id, name, domains,
language, country, kind, aliases, native). Domains, aliases and native names are
``|``-separated. ``native`` lists the names an outlet uses only in its own language
("Anadolu Ajansı", "Agencia EFE"): English copy calls it otherwise, so a native name
in an English story is a label left untranslated. Names in a non-Latin script are
native too.
``kind`` is one of KINDS. Names are matched loosely: case, accents, spaces,
hyphens and apostrophes are ignored ("Al-Hurra" = "Al Hurra" = "Alhurra"), but a
name must be capitalised unless the outlet itself writes it in lower case ("dpa").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from auditor.checks.declarative import DATA_DIR, read_tsv

KINDS = (
    "wire", "broadcaster", "newspaper", "portal", "state-media", "farm", "magazine", "aggregator",
)
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})",
                     re.IGNORECASE)
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_NOT_KEY = re.compile(r"[\W_]+")
# What tells outlets sharing a name apart: the story's text, or country scores (ISO code).
Context = str | Mapping[str, float] | None


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    domains: tuple[str, ...]
    language: str
    country: str
    kind: str
    aliases: tuple[str, ...] = ()
    native: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.native)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "domains": list(self.domains),
            "language": self.language,
            "country": self.country,
            "kind": self.kind,
        }


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


@cache
def all_outlets() -> dict[str, Outlet]:
    out: dict[str, Outlet] = {}
    for row in read_tsv(DATA_DIR / "outlets.tsv"):
        outlet = Outlet(
            id=row["id"],
            name=row["name"],
            domains=_split(row["domains"]),
            language=row["language"],
            country=row["country"],
            kind=row["kind"],
            aliases=_split(row.get("aliases")),
            native=_split(row.get("native")),
        )
        out[outlet.id] = outlet
    return out


@cache
def by_domain() -> dict[str, Outlet]:
    return {d.lower(): o for o in all_outlets().values() for d in o.domains}


def get(outlet_id: str) -> Outlet | None:
    return all_outlets().get(outlet_id)


def from_domain(host: str) -> Outlet | None:
    """The outlet owning ``host`` or one of its parent domains."""
    host = host.lower().strip(".").removeprefix("www.")
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if (o := by_domain().get(".".join(parts[i:]))) is not None:
            return o
    return None


def name_key(text: str) -> str:
    """Lower case, no accents, no spaces or punctuation: "Al-Hurra" -> "alhurra"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _NOT_KEY.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))


@cache
def by_key() -> dict[str, tuple[Outlet, ...]]:
    """Every name key to the outlets bearing it, in file order: a few names are shared by
    outlets of different countries ("APS" is Algeria's and Senegal's agency); the first
    listed is the one meant when the story does not say otherwise."""
    out: dict[str, tuple[Outlet, ...]] = {}
    for o in all_outlets().values():
        for key in dict.fromkeys(name_key(n) for n in o.names):
            out[key] = (*out.get(key, ()), o)
    return out


@cache
def _lower_names() -> frozenset[str]:
    return frozenset(n for o in all_outlets().values() for n in o.names if not n[0].isupper())


@cache
def _capital_keys() -> frozenset[str]:
    """Keys of short acronyms only ever written in capitals ("MIA", "AA"): "Mia" is a name."""
    spelled: dict[str, set[bool]] = {}
    for o in all_outlets().values():
        for n in o.names:
            spelled.setdefault(name_key(n), set()).add(n.isupper() and len(name_key(n)) <= 5)
    return frozenset(k for k, v in spelled.items() if v == {True})


def candidates(text: str) -> tuple[Outlet, ...]:
    """Every outlet called ``text`` (a name, an alias or a domain), the default first."""
    text = text.strip(" \t.,;:()[]{}'\"“”‘’«»")
    if not text:
        return ()
    domain = _DOMAIN.fullmatch(text) if "." in text and " " not in text else None
    if domain and (o := from_domain(domain.group(1))) is not None:
        return (o,)
    bare = re.sub(r"^[Tt]he\s+", "", text)
    if not (bare[:1].isupper() or bare[:1].isdigit() or bare in _lower_names()):
        return ()
    for name in (text, bare):
        key = name_key(name)
        if key in _capital_keys() and not name.isupper():
            continue
        if found := by_key().get(key):
            return found
    return ()


def from_name(text: str, context: Context = None) -> Outlet | None:
    """The outlet called ``text`` (a name, an alias or a domain), or None.

    Names of outlets are proper nouns: "terra" in lower case is not Terra. When outlets
    of several countries share the name, ``context`` decides: the story's text (its
    mentions of countries, demonyms and capitals are counted) or ready country scores;
    the first outlet listed wins a tie.
    """
    found = candidates(text)
    if len(found) < 2 or context is None:
        return found[0] if found else None
    scores = countries_in(context) if isinstance(context, str) else context
    return max(found, key=lambda o: scores.get(o.country, 0.0))


@cache
def _country_table() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for row in read_tsv(DATA_DIR / "origin_countries.tsv"):
        names.update((n, row["country"]) for n in _split(row["names"]))
    # no leading (?<!\w): an alternation of literals is scanned 5x faster without it
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})(?!\w)"), names


def place_country(name: str) -> str | None:
    """The country (ISO code) of a country, demonym or city name as listed ("Abu Dhabi": AE)."""
    return _country_table()[1].get(name)


@lru_cache(maxsize=8)
def countries_in(text: str) -> Mapping[str, float]:
    """How often ``text`` names each country (ISO code): its name, demonym or capital."""
    regex, names = _country_table()
    return MappingProxyType(Counter(
        names[m.group()] for m in regex.finditer(text)
        if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))))


@cache
def _native_keys() -> dict[str, frozenset[str]]:
    return {o.id: frozenset(name_key(n) for n in o.names
                            if n in o.native or not any("a" <= c.lower() <= "z" for c in n))
            for o in all_outlets().values() if o.language != "en"}


def is_native(outlet: Outlet, text: str) -> bool:
    """``text`` names ``outlet`` the way only its own language does ("Anadolu Ajansı")."""
    return name_key(text) in _native_keys().get(outlet.id, frozenset())


def find_domain(text: str) -> tuple[Outlet, int, int] | None:
    """The first known outlet domain in ``text``, with its offsets."""
    for m in _DOMAIN.finditer(text):
        if (o := from_domain(m.group(1))) is not None:
            return o, m.start(), m.end()
    return None


def find_name(words: list[tuple[int, int, str]],
              context: Context = None) -> tuple[Outlet, int, int] | None:
    """The longest run of consecutive ``words`` (start, end, text) naming an outlet.

    ``words`` are tokens of running text with their offsets; a run is tried from
    its first word, longest first, so "Le Monde" wins over "Monde".
    """
    n = len(words)
    for i in range(n):
        for j in range(min(n, i + 6), i, -1):
            name = " ".join(w[2] for w in words[i:j])
            if (o := from_name(name, context)) is not None:
                return o, words[i][0], words[j - 1][1]
    return None


@cache
def _native_names() -> tuple[tuple[str, Outlet], ...]:
    """Names in a non-Latin script, longest first (found as substrings: CJK has no spaces)."""
    names = [(n, o) for o in all_outlets().values() for n in o.names
             if not any("a" <= c.lower() <= "z" for c in n)]
    return tuple(sorted(names, key=lambda item: -len(item[0])))


def find_native(text: str) -> tuple[Outlet, int, int] | None:
    """The first outlet name in a non-Latin script occurring in ``text``."""
    best: tuple[Outlet, int, int] | None = None
    for name, outlet in _native_names():
        i = text.find(name)
        while i != -1 and not _CJK.match(name) and (
                text[i - 1 : i].isalpha() or text[i + len(name) : i + len(name) + 1].isalpha()):
            i = text.find(name, i + 1)
        if i != -1 and (best is None or i < best[1]):
            best = (outlet, i, i + len(name))
    return best
