"""The local model directory: where models live, what is installed, model manifests.

Layout: ``<model dir>/<src>-<tgt>/ct2/`` holds a CTranslate2 model and
``<model dir>/<src>-<tgt>/hf/`` a Hugging Face one; each may carry an
``auditor-model.json`` manifest (model id, fingerprint, licence, source prefix).
Only file-system look-ups here: nothing is imported or downloaded.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

ENV_VAR = "AUDITOR_MODEL_DIR"
MANIFEST = "auditor-model.json"
FORMATS = {"ctranslate2": "ct2", "transformers": "hf"}
_PAIR = re.compile(r"^[a-z]{2,3}-[a-z]{2,3}$")


def default_model_dir() -> Path:
    """$AUDITOR_MODEL_DIR, else $XDG_DATA_HOME/auditor/models (~/.local/share/...)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    data = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data) / "auditor" / "models"


def resolve(model_dir: Path | None) -> Path:
    return Path(model_dir).expanduser() if model_dir else default_model_dir()


def is_pair(pair: str) -> bool:
    return bool(_PAIR.match(pair))


@dataclass(frozen=True)
class InstalledModel:
    pair: str
    format: str               # "ctranslate2" | "transformers"
    path: Path
    model_id: str
    fingerprint: str
    licence: str = ""
    source_prefix: str = ""
    quantization: str = ""

    @property
    def key(self) -> str:
        """Model id plus fingerprint: what the cache and the signature name."""
        return f"{self.model_id}@{self.fingerprint[:12]}"


def model_path(model_dir: Path, pair: str, fmt: str) -> Path:
    return model_dir / pair / FORMATS[fmt]


def _looks_installed(path: Path, fmt: str) -> bool:
    marker = "model.bin" if fmt == "ctranslate2" else "config.json"
    return (path / marker).is_file()


def _weights_fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    for f in sorted(path.iterdir()):
        if f.is_file() and f.suffix in {".json", ".bin", ".safetensors", ".spm", ".model"}:
            stat = f.stat()
            digest.update(f"{f.name}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def file_fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_model(path: Path, fmt: str, pair: str = "") -> InstalledModel | None:
    """The model in ``path`` (a format folder), or None when none is there."""
    if not _looks_installed(path, fmt):
        return None
    manifest = path / MANIFEST
    if manifest.is_file():
        data = json.loads(manifest.read_text("utf-8"))
        data |= {"path": path, "format": fmt}
        data.setdefault("pair", pair)
        fields = InstalledModel.__dataclass_fields__
        return InstalledModel(**{k: v for k, v in data.items() if k in fields})
    model_id = ""
    config = path / "config.json"
    if fmt == "transformers" and config.is_file():
        model_id = str(json.loads(config.read_text("utf-8")).get("_name_or_path") or "")
    if not model_id or Path(model_id).is_absolute():
        model_id = path.parent.name if path.name in FORMATS.values() else path.name
    return InstalledModel(pair, fmt, path, model_id, _weights_fingerprint(path))


def write_manifest(model: InstalledModel) -> None:
    data = {k: v for k, v in asdict(model).items() if k not in {"path", "format"}}
    (model.path / MANIFEST).write_text(json.dumps(data, indent=2) + "\n", "utf-8")


def find(model_dir: Path, pair: str, fmt: str) -> InstalledModel | None:
    return read_model(model_path(model_dir, pair, fmt), fmt, pair)


def installed(model_dir: Path) -> list[InstalledModel]:
    """Every model in the directory, sorted by pair then format."""
    if not model_dir.is_dir():
        return []
    found = []
    for pair_dir in sorted(model_dir.iterdir()):
        if pair_dir.is_dir() and is_pair(pair_dir.name):
            for fmt in FORMATS:
                model = find(model_dir, pair_dir.name, fmt)
                if model:
                    found.append(model)
    return found
