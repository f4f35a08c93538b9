"""The Translator protocol: batched sentence translation, one interface for every backend."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class DecodeOptions:
    """How backends decode; the defaults are the ones bench/mt_speed.py chose."""

    beam_size: int = 1            # greedy: 3x the beam-4 rate for a few chrF points
    batch_size: int = 64          # sentences per batch: a whole story's leg in one call
    threads: int = 0              # CPU threads; 0 = every core the process may use
    max_input_tokens: int = 256   # longer inputs are truncated (Marian's limit is 512)
    max_output_tokens: int = 256  # decoding stops here at the latest
    fixed_length: int = 0         # benchmarks only: decode exactly this many tokens


DEFAULT_DECODE = DecodeOptions()


@runtime_checkable
class Translator(Protocol):
    """Translates a batch of sentences from ``src`` into ``tgt`` (ISO 639-1 codes).

    ``model_id`` names the model in reports; ``cache_key`` identifies the
    weights for the translation cache ("" means: do not cache). ``ids`` are
    stable sentence identifiers for backends that look translations up.
    """

    model_id: str
    cache_key: str

    def translate(
        self, sentences: Sequence[str], src: str, tgt: str, ids: Sequence[str] | None = None
    ) -> list[str]: ...
