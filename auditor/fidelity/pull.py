"""`auditor models pull`: fetch catalogued models and convert them, where a network exists.

The only code path that downloads. It checks the hub is reachable first (a
short connect, HF_ENDPOINT honoured) so an offline machine fails at once.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import tempfile
from pathlib import Path
from urllib.parse import urlparse

from auditor.fidelity import catalog, modeldir
from auditor.fidelity.convert import convert
from auditor.fidelity.errors import BackendUnavailable, ModelNotFound, NetworkUnavailable
from auditor.fidelity.modeldir import InstalledModel

PROBE_TIMEOUT = 3.0
FILES = ["config.json", "generation_config.json", "*.spm", "vocab.json", "*.safetensors",
         "tokenizer_config.json", "pytorch_model.bin"]


def endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", "https://huggingface.co")


def probe(url: str, timeout: float = PROBE_TIMEOUT) -> None:
    """Raise NetworkUnavailable unless a TCP connection to ``url``'s host opens."""
    parts = urlparse(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        socket.create_connection((parts.hostname or "", port), timeout=timeout).close()
    except OSError as exc:
        raise NetworkUnavailable(
            f"cannot reach {parts.hostname}:{port} to download models", str(exc) or "timed out",
            "run `auditor models pull` where the network is reachable and copy the model "
            "directory here, or convert a local model folder with `auditor models convert DIR`"
        ) from None


def pull(lang: str, model_dir: Path, *, keep_hf: bool = False,
         force: bool = False) -> list[InstalledModel]:
    """Install en-LANG and LANG-en as CTranslate2 int8 (and the HF originals if asked)."""
    pairs = [f"en-{lang}", f"{lang}-en"]
    if any(p not in catalog.catalog() for p in pairs):
        raise ModelNotFound(f"no catalogued models for {lang!r}", "",
                            f"choose one of: {', '.join(catalog.languages())}")
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise BackendUnavailable("cannot download models", "huggingface_hub is not installed",
                                 "pip install 'auditor[mt]'") from None
    probe(endpoint())
    installed = []
    for pair in pairs:
        entry = catalog.entry(pair)
        with tempfile.TemporaryDirectory(prefix="auditor-pull-") as tmp:
            hf = Path(snapshot_download(entry.model, local_dir=Path(tmp) / "hf",
                                        allow_patterns=FILES))
            installed.append(convert(hf, model_dir, pair, model_id=entry.model, force=force))
            if keep_hf:
                dest = modeldir.model_path(model_dir, pair, "transformers")
                shutil.rmtree(dest, ignore_errors=True)
                shutil.copytree(hf, dest, ignore=shutil.ignore_patterns(".cache"))
                model = modeldir.find(model_dir, pair, "transformers")
                if model:
                    modeldir.write_manifest(dataclasses.replace(
                        model, model_id=entry.model, licence=entry.licence,
                        source_prefix=entry.source_prefix))
    return installed
