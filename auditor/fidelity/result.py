"""The Fidelity value: per-sentence scores, omissions, additions, aggregates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ROUND_TRIP, REFERENCE = "round-trip", "reference"
SCORED, NOT_SCORED = "scored", "not-scored"
WEAK_CHRF = 40.0      # a sentence below this chrF is listed as weak


@dataclass(frozen=True)
class SentenceFidelity:
    """One English sentence: its span, what it was compared with, and the scores.

    ``back_translation`` is the hypothesis side in round-trip mode (the copy
    after en->xx->en) and the English translation of the aligned original in
    reference mode; the published sentence is the other side of the comparison.
    """

    index: int                      # index into the document's sentences
    start: int
    end: int
    text: str
    back_translation: str
    chrf: float
    bleu: float
    ter: float
    copy_rate: float
    forward_translation: str | None = None      # round-trip: the xx text in between
    original: str | None = None                 # reference: the aligned original text
    original_indices: tuple[int, ...] = ()      # reference: its sentence indices
    bead: str | None = None                     # reference: "1-1", "1-2", "2-1"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "index": self.index, "start": self.start, "end": self.end, "text": self.text,
            "back_translation": self.back_translation, "chrf": round(self.chrf, 2),
            "bleu": round(self.bleu, 2), "ter": round(self.ter, 2),
            "copy_rate": round(self.copy_rate, 4),
        }
        if self.forward_translation is not None:
            out["forward_translation"] = self.forward_translation
        if self.bead is not None:
            out |= {"original": self.original, "original_indices": list(self.original_indices),
                    "bead": self.bead}
        return out


@dataclass(frozen=True)
class Omission:
    """An original sentence with no counterpart in the English copy."""

    text: str
    original_index: int
    after_sentence: int | None      # English sentence it would follow; None: before the first
    translation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "original_index": self.original_index,
                "after_sentence": self.after_sentence, "translation": self.translation}


@dataclass(frozen=True)
class Addition:
    """An English sentence with no counterpart in the original."""

    index: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class ModelRef:
    direction: str      # "en-es"
    model_id: str
    key: str            # model id plus weights fingerprint

    def to_dict(self) -> dict[str, str]:
        return {"direction": self.direction, "id": self.model_id, "key": self.key}


@dataclass(frozen=True)
class Fidelity:
    mode: str                               # "round-trip" | "reference"
    status: str                             # "scored" | "not-scored"
    source_language: str | None
    backend: str | None = None
    models: tuple[ModelRef, ...] = ()
    sentences: tuple[SentenceFidelity, ...] = ()
    omissions: tuple[Omission, ...] = ()
    additions: tuple[Addition, ...] = ()
    aggregates: tuple[tuple[str, float], ...] = ()
    metric_signatures: tuple[tuple[str, str], ...] = ()
    reason: str | None = None               # why not scored
    install_command: str | None = None      # what would make it scorable
    machine_evidence: float | None = None   # log-odds given to the verdict, if any

    @property
    def scored(self) -> bool:
        return self.status == SCORED

    def aggregate(self, name: str) -> float | None:
        return dict(self.aggregates).get(name)

    def weakest(self, limit: int | None = None) -> list[SentenceFidelity]:
        """Scored sentences, lowest chrF first (ties: document order)."""
        rows = sorted(self.sentences, key=lambda r: (r.chrf, r.index))
        return rows if limit is None else rows[:limit]

    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "status": self.status,
            "reason": self.reason,
            "install_command": self.install_command,
            "source_language": self.source_language,
            "backend": self.backend,
            "models": [m.to_dict() for m in self.models],
            "sentences": [r.to_dict() for r in self.sentences],
            "omissions": [o.to_dict() for o in self.omissions],
            "additions": [a.to_dict() for a in self.additions],
            "aggregates": {k: round(v, 4) for k, v in self.aggregates},
            "metric_signatures": dict(self.metric_signatures),
            "machine_evidence": (None if self.machine_evidence is None
                                 else round(self.machine_evidence, 4)),
        }
