"""The outlet knowledge base: who publishes news, where, in which language.

Data lives in ``data/outlets.tsv`` (one outlet a line: id, name, domains,
language, country, kind, aliases). Domains and aliases are ``|``-separated.
``kind`` is one of: wire, broadcaster, newspaper, portal, state-media, farm.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from auditor.checks.declarative import DATA_DIR, read_tsv

KINDS = ("wire", "broadcaster", "newspaper", "portal", "state-media", "farm", "magazine")


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    domains: tuple[str, ...]
    language: str
    country: str
    kind: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

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
        )
        out[outlet.id] = outlet
    return out


@cache
def by_domain() -> dict[str, Outlet]:
    return {d.lower(): o for o in all_outlets().values() for d in o.domains}


@cache
def by_name() -> dict[str, Outlet]:
    """Every name and alias, lower-cased, to its outlet."""
    return {n.lower(): o for o in all_outlets().values() for n in o.names}


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
