"""The transformers backend: Hugging Face seq2seq models (Marian) with torch on CPU."""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence

os.environ.setdefault("HF_HUB_OFFLINE", "1")        # loading is local-only, always
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import torch
import transformers

from auditor.fidelity.modeldir import InstalledModel
from auditor.fidelity.translator import DEFAULT_DECODE, DecodeOptions

transformers.utils.logging.set_verbosity_error()
transformers.utils.logging.disable_progress_bar()


class HFTranslator:
    """One direction of one model, fp32 on CPU, sentences batched by length."""

    def __init__(self, model: InstalledModel, options: DecodeOptions = DEFAULT_DECODE) -> None:
        self.model_id, self.cache_key = model.model_id, model.key
        self.pair, self.options = model.pair, options
        self._prefix = f"{model.source_prefix} " if model.source_prefix else ""
        if options.threads > 0:
            torch.set_num_threads(options.threads)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Recommended: pip install sacremoses."
            self._tokenizer = transformers.AutoTokenizer.from_pretrained(
                model.path, local_files_only=True)
        self._model = transformers.AutoModelForSeq2SeqLM.from_pretrained(
            model.path, local_files_only=True).eval()

    def _generate(self, batch: list[str]) -> list[str]:
        opts = self.options
        enc = self._tokenizer([self._prefix + s for s in batch], return_tensors="pt",
                              padding=True, truncation=True, max_length=opts.max_input_tokens)
        longest = enc["input_ids"].shape[1]
        length = opts.fixed_length or min(opts.max_output_tokens, 2 * longest + 10)
        with torch.inference_mode():
            out = self._model.generate(
                **enc, num_beams=opts.beam_size, do_sample=False, max_new_tokens=length,
                min_new_tokens=opts.fixed_length or None, early_stopping=opts.beam_size > 1)
        return self._tokenizer.batch_decode(out, skip_special_tokens=True)

    def translate(self, sentences: Sequence[str], src: str, tgt: str,
                  ids: Sequence[str] | None = None) -> list[str]:
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        out: list[str] = [""] * len(sentences)
        size = self.options.batch_size
        for k in range(0, len(order), size):
            chunk = order[k : k + size]
            for i, text in zip(chunk, self._generate([sentences[i] for i in chunk]), strict=True):
                out[i] = text
        return out
