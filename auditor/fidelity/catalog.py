"""The model catalogue: language pairs -> public model ids and licences (catalog.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from auditor.fidelity.errors import ModelNotFound


@dataclass(frozen=True)
class CatalogEntry:
    pair: str                   # "en-es": translates en into es
    model: str                  # public model id, e.g. "Helsinki-NLP/opus-mt-en-es"
    licence: str
    source_prefix: str = ""     # token put before every input sentence (">>ara<<")
    note: str = ""

    @property
    def src(self) -> str:
        return self.pair.split("-", 1)[0]

    @property
    def tgt(self) -> str:
        return self.pair.split("-", 1)[1]


@cache
def catalog() -> dict[str, CatalogEntry]:
    """Every catalogued direction, keyed by pair ("en-es")."""
    raw = tomllib.loads(
        resources.files("auditor.fidelity").joinpath("catalog.toml").read_text("utf-8"))
    return {
        pair: CatalogEntry(pair, e["model"], e["licence"], e.get("source_prefix", ""),
                           e.get("note", ""))
        for pair, e in raw["pairs"].items()
    }


def languages() -> list[str]:
    """Languages with models in both directions to and from English."""
    pairs = catalog()
    return sorted(e.tgt for e in pairs.values()
                  if e.src == "en" and f"{e.tgt}-en" in pairs)


def entry(pair: str) -> CatalogEntry:
    try:
        return catalog()[pair]
    except KeyError:
        raise ModelNotFound(
            f"no catalogued model for {pair}",
            f"the catalogue covers {', '.join(sorted(catalog()))}",
            "convert a local Hugging Face model with `auditor models convert DIR --pair "
            f"{pair}`") from None


def install_language(pair: str) -> str:
    """The LANG of `auditor models pull LANG` that installs ``pair``."""
    src, tgt = pair.split("-", 1)
    return tgt if src == "en" else src
