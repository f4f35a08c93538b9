"""The precomputed backend: translations a newsroom's own MT vendor supplied in a file.

Two formats, one record per translation:

* JSON Lines (``.jsonl``/``.json``): ``{"src": "en", "tgt": "es", "text": "...",
  "translation": "..."}``; instead of ``text`` a record may give ``id``, the
  sentence's 0-based index in the document (the index in the report's
  ``sentences`` array; for the original of reference mode, in its sentences).
* TSV (any other suffix): a header row naming the columns ``src``, ``tgt``,
  ``translation`` and ``text`` and/or ``id``, then one record per row.

Round-trip mode needs both legs (en->xx of each sentence and xx->en of that
translation); reference mode needs xx->en of each original sentence. Look-up is
by text first, then by id. A sentence with neither is an error, never a guess.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from auditor.fidelity.errors import TranslationMissing

REQUIRED = {"src", "tgt", "translation"}


def _records(path: Path) -> Iterator[dict[str, str]]:
    text = path.read_text("utf-8-sig")
    if path.suffix.lower() in {".jsonl", ".json", ".ndjson"}:
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    yield {k: str(v) for k, v in json.loads(line).items()} | {"_line": str(n)}
                except (json.JSONDecodeError, AttributeError) as exc:
                    raise TranslationMissing(
                        f"{path}:{n} is not a JSON object", str(exc),
                        "write one JSON object per line") from None
        return
    reader = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    for n, row in enumerate(reader, 2):
        yield {k: v for k, v in row.items() if k and v is not None} | {"_line": str(n)}


def _key(src: str, tgt: str, kind: str, value: str) -> tuple[str, str, str, str]:
    return (src, tgt, kind, value)


class PrecomputedTranslator:
    """Looks every translation up in the file; translates nothing itself."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._table: dict[tuple[str, str, str, str], str] = {}
        for rec in _records(self.path):
            if REQUIRED - rec.keys() or not {"text", "id"} & rec.keys():
                raise TranslationMissing(
                    f"{self.path}:{rec['_line']} lacks src, tgt, translation, or text/id",
                    "every record needs a direction, a key and a translation",
                    "see the format in `auditor audit --help` (--translations)")
            for kind in ("text", "id"):
                if kind in rec:
                    self._table[_key(rec["src"], rec["tgt"], kind, rec[kind])] = rec["translation"]
        digest = hashlib.sha256(self.path.read_bytes()).hexdigest()[:12]
        self.model_id = f"precomputed:{self.path.name}@{digest}"
        self.cache_key = ""   # nothing to save: the file is the cache

    def translate(self, sentences: Sequence[str], src: str, tgt: str,
                  ids: Sequence[str] | None = None) -> list[str]:
        out, missing = [], []
        for n, text in enumerate(sentences):
            found = self._table.get(_key(src, tgt, "text", text))
            if found is None and ids is not None:
                found = self._table.get(_key(src, tgt, "id", ids[n]))
            if found is None:
                missing.append(text)
            out.append(found or "")
        if missing:
            raise TranslationMissing(
                f"{self.path} has no {src}->{tgt} translation for {len(missing)} of "
                f"{len(sentences)} sentences (first: {missing[0][:60]!r})",
                "the precomputed backend only looks translations up",
                f"add {src}->{tgt} records keyed by text or sentence id")
        return out
