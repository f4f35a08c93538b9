"""Hugging Face (Marian) model folder -> CTranslate2 model in the model directory."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import tempfile
from pathlib import Path

from auditor.fidelity import catalog, modeldir
from auditor.fidelity.errors import BackendUnavailable, ModelNotFound
from auditor.fidelity.modeldir import InstalledModel

SPM_FILES = ("source.spm", "target.spm")
_FOLDER_PAIR = re.compile(r"(?:^|[-_])([a-z]{2,3})-([a-z]{2,3})$")


def infer_pair(hf_dir: Path) -> str | None:
    """The direction of a Marian folder: tokenizer_config.json, else a name like opus-mt-en-es."""
    config = hf_dir / "tokenizer_config.json"
    if config.is_file():
        data = json.loads(config.read_text("utf-8"))
        src, tgt = data.get("source_lang"), data.get("target_lang")
        if isinstance(src, str) and isinstance(tgt, str) and modeldir.is_pair(f"{src}-{tgt}"):
            return f"{src}-{tgt}"
    m = _FOLDER_PAIR.search(hf_dir.resolve().name)
    return f"{m.group(1)}-{m.group(2)}" if m else None


def _model_id(hf_dir: Path, pair: str) -> str:
    name = json.loads((hf_dir / "config.json").read_text("utf-8")).get("_name_or_path") or ""
    if name and not Path(name).is_absolute() and not name.startswith("."):
        return str(name)
    folder = hf_dir.resolve()
    if folder.name in modeldir.FORMATS.values():   # <model dir>/<pair>/hf
        folder = folder.parent
    known = catalog.catalog().get(pair)
    if known and folder.name == known.model.rsplit("/", 1)[-1]:
        return known.model
    return folder.name


def _quiet_transformers() -> None:
    import warnings

    import transformers

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")


def convert(hf_dir: Path, model_dir: Path, pair: str | None = None, *,
            quantization: str = "int8", model_id: str | None = None,
            source_prefix: str | None = None, force: bool = False) -> InstalledModel:
    """Convert ``hf_dir`` into ``<model_dir>/<pair>/ct2`` and write its manifest."""
    hf_dir = Path(hf_dir)
    if not (hf_dir / "config.json").is_file():
        raise ModelNotFound(f"{hf_dir} holds no Hugging Face model", "config.json is missing",
                            "point at the folder that holds config.json and the weights")
    pair = pair or infer_pair(hf_dir)
    if not pair or not modeldir.is_pair(pair):
        raise ModelNotFound(f"cannot tell the language pair of {hf_dir}",
                            "no source_lang/target_lang in tokenizer_config.json, "
                            "and the folder name does not end in xx-yy", "pass --pair xx-yy")
    missing = [f for f in SPM_FILES if not (hf_dir / f).is_file()]
    if missing:
        raise ModelNotFound(f"{hf_dir} lacks {', '.join(missing)}",
                            "the ctranslate2 backend tokenizes with Marian SentencePiece models",
                            "convert a Marian (opus-mt) folder, or use --translator transformers")
    out = modeldir.model_path(model_dir, pair, "ctranslate2")
    if out.exists() and not force:
        raise ModelNotFound(f"{out} already exists", "a model is installed there",
                            "pass --force to replace it")
    try:
        from ctranslate2.converters import TransformersConverter

        _quiet_transformers()
    except ImportError:
        raise BackendUnavailable("cannot convert models", "ctranslate2 is not installed",
                                 "pip install 'auditor[mt]'") from None
    known = catalog.catalog().get(pair)
    model_id = model_id or _model_id(hf_dir, pair)
    if source_prefix is None:
        source_prefix = known.source_prefix if known and known.model == model_id else ""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".convert-", dir=out.parent))
    try:
        target = staging / "ct2"
        TransformersConverter(str(hf_dir), copy_files=list(SPM_FILES)).convert(
            str(target), quantization=quantization)
        model = InstalledModel(
            pair, "ctranslate2", out, model_id,
            modeldir.file_fingerprint(target / "model.bin"),
            licence=known.licence if known and known.model == model_id else "",
            source_prefix=source_prefix, quantization=quantization)
        modeldir.write_manifest(dataclasses.replace(model, path=target))
        if out.exists():
            shutil.rmtree(out)
        target.rename(out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return model
