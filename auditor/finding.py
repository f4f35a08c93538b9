"""The finding: one suspicious span of a document, explained."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "origin-marker",
    "foreign-fragment",
    "entity-mistranslation",
    "agreement-artifact",
    "source-convention",
    "calque",
    "inconsistency",
    "garble",
    "content-farm",
)


class Severity(IntEnum):
    """How much an editor should care; ordered so thresholds compare naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str | Severity) -> Severity:
        if isinstance(name, Severity):
            return name
        try:
            return cls[name.strip().upper()]
        except KeyError:
            valid = ", ".join(s.name.lower() for s in cls)
            raise ValueError(f"unknown severity {name!r}; valid: {valid}") from None

    def __str__(self) -> str:
        return self.name.lower()


def _frozen(mapping: dict[str, float] | None) -> MappingProxyType[str, float]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class Evidence:
    """What a finding says about the story's origin.

    ``languages`` maps ISO 639-1 codes to log-odds weights for "translated from
    this language"; ``machine`` is a weight towards machine (rather than human)
    translation; ``outlet`` is the id of an outlet named by the finding (or, for
    an outlet the knowledge base lacks, its name as the story writes it: ids are
    lower-case slugs, see data/outlets.tsv), and ``republished`` marks content-farm
    evidence.
    """

    languages: MappingProxyType[str, float] = field(default_factory=lambda: _frozen(None))
    machine: float = 0.0
    outlet: str | None = None
    republished: bool = False

    @classmethod
    def of(
        cls,
        languages: dict[str, float] | None = None,
        machine: float = 0.0,
        outlet: str | None = None,
        republished: bool = False,
    ) -> Evidence:
        return cls(_frozen(languages), machine, outlet, republished)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"languages": dict(self.languages), "machine": self.machine}
        if self.outlet:
            out["outlet"] = self.outlet
        if self.republished:
            out["republished"] = True
        return out


@dataclass(frozen=True)
class Finding:
    """A span of the document text that a rule flagged.

    Offsets index the NFC-normalised document text; line and column are derived
    by the Document when needed, never stored here.
    """

    rule_id: str
    category: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None
    evidence: Evidence = field(default_factory=Evidence)

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.rule_id)
