"""The ctranslate2 backend: a CTranslate2 model (int8 on CPU) with SentencePiece pieces."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import ctranslate2
import sentencepiece as spm

from auditor.fidelity.errors import ModelNotFound
from auditor.fidelity.modeldir import InstalledModel
from auditor.fidelity.translator import DEFAULT_DECODE, DecodeOptions

EOS = "</s>"


def _threads(requested: int) -> int:
    if requested > 0:
        return requested
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _spm(path: Path, name: str) -> spm.SentencePieceProcessor:
    file = path / name
    if not file.is_file():
        raise ModelNotFound(
            f"{path} has no {name}",
            "the ctranslate2 backend tokenizes with the Marian SentencePiece models",
            "convert the model with `auditor models convert DIR`, which copies them, "
            "or use --translator transformers")
    return spm.SentencePieceProcessor(model_file=str(file))


class CT2Translator:
    """One direction of one model. Loading is local: ``model.path`` must hold the model."""

    def __init__(self, model: InstalledModel, options: DecodeOptions = DEFAULT_DECODE,
                 compute_type: str = "int8") -> None:
        self.model_id, self.cache_key = model.model_id, model.key
        self.pair, self.options = model.pair, options
        self._prefix = [model.source_prefix] if model.source_prefix else []
        self._source = _spm(model.path, "source.spm")
        self._target = _spm(model.path, "target.spm")
        self._translator = ctranslate2.Translator(
            str(model.path), device="cpu", compute_type=compute_type,
            inter_threads=1, intra_threads=_threads(options.threads))

    def tokenize(self, sentences: Sequence[str]) -> list[list[str]]:
        limit = self.options.max_input_tokens
        pieces = self._source.encode(list(sentences), out_type=str)
        return [self._prefix + p[:limit] + [EOS] for p in pieces]

    def translate_tokens(self, tokens: list[list[str]]) -> list[list[str]]:
        if not tokens:
            return []
        opts = self.options
        longest = max(len(t) for t in tokens)
        length = opts.fixed_length or min(opts.max_output_tokens, 2 * longest + 10)
        results = self._translator.translate_batch(
            tokens, beam_size=opts.beam_size, max_batch_size=opts.batch_size,
            max_decoding_length=length, min_decoding_length=opts.fixed_length,
            max_input_length=0)
        return [r.hypotheses[0] for r in results]

    def translate(self, sentences: Sequence[str], src: str, tgt: str,
                  ids: Sequence[str] | None = None) -> list[str]:
        hyps = self.translate_tokens(self.tokenize(sentences))
        return [self._target.decode(h) for h in hyps]
