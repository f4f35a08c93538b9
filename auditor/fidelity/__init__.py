"""The fidelity scorer: back-translate the copy and score every sentence with sacrebleu.

Round-trip mode (English -> source language -> English) and reference mode
(the original article translated into English and aligned with the copy).
Translators are backends in a registry (ctranslate2, transformers,
precomputed), imported only when a model is there to load.
"""

from auditor.fidelity.result import Fidelity
from auditor.fidelity.scorer import FidelityConfig, FidelityScorer
from auditor.fidelity.translator import DecodeOptions, Translator

__all__ = ["DecodeOptions", "Fidelity", "FidelityConfig", "FidelityScorer", "Translator"]
