"""Translator backends by name, imported only when asked for."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from auditor.fidelity.errors import BackendUnavailable


@dataclass(frozen=True)
class Backend:
    name: str
    target: str                 # "module:callable" that opens a Translator
    requires: tuple[str, ...]   # importable runtime packages
    model_format: str | None    # model-directory format it loads, None for none
    help: str

    def installed(self) -> bool:
        """True when the runtime packages are importable (checked without importing)."""
        return all(importlib.util.find_spec(p) is not None for p in self.requires)

    def opener(self) -> Callable[..., object]:
        if not self.installed():
            missing = [p for p in self.requires if importlib.util.find_spec(p) is None]
            raise BackendUnavailable(
                f"translator backend {self.name!r} cannot run",
                f"{', '.join(missing)} not installed",
                "pip install 'auditor[mt]'")
        module, attr = self.target.split(":")
        return getattr(importlib.import_module(module), attr)


BACKENDS: dict[str, Backend] = {
    b.name: b for b in (
        Backend("ctranslate2", "auditor.fidelity.backends.ct2:CT2Translator",
                ("ctranslate2", "sentencepiece"), "ctranslate2",
                "CTranslate2 int8 on CPU (default; models from `auditor models pull`)"),
        Backend("transformers", "auditor.fidelity.backends.hf:HFTranslator",
                ("torch", "transformers", "sentencepiece"), "transformers",
                "Hugging Face seq2seq models (Marian) with torch on CPU"),
        Backend("precomputed", "auditor.fidelity.backends.precomputed:PrecomputedTranslator",
                (), None, "translations supplied in a JSONL or TSV file (--translations)"),
    )
}


def get(name: str) -> Backend:
    try:
        return BACKENDS[name]
    except KeyError:
        raise BackendUnavailable(
            f"unknown translator backend {name!r}", "",
            f"choose one of: {', '.join(BACKENDS)}") from None
