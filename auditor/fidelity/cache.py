"""On-disk translation cache (SQLite), keyed by model, direction and text.

Reruns and repeated boilerplate cost nothing. WAL journalling and a busy
timeout make it safe for concurrent readers and writers (several processes of
a batch run sharing one file); each write is one short transaction.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from auditor.fidelity.errors import CacheError
from auditor.fidelity.translator import Translator

ENV_VAR = "AUDITOR_MT_CACHE"
_CHUNK = 500
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,          -- sha256 of model, src, tgt and text
    model TEXT NOT NULL, src TEXT NOT NULL, tgt TEXT NOT NULL,
    text TEXT NOT NULL, translation TEXT NOT NULL
) WITHOUT ROWID
"""


def default_cache_path() -> Path:
    """$AUDITOR_MT_CACHE, else $XDG_CACHE_HOME/auditor/translations.sqlite3."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "auditor" / "translations.sqlite3"


def _key(model: str, src: str, tgt: str, text: str) -> str:
    return hashlib.sha256(f"{model}\0{src}\0{tgt}\0{text}".encode()).hexdigest()


class TranslationCache:
    """A cache file; connections are opened per process (safe across fork)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._pid = -1

    def _db(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
                conn.execute("PRAGMA busy_timeout = 60000")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute(_SCHEMA)
            except (OSError, sqlite3.Error) as exc:
                raise CacheError(f"cannot open the translation cache {self.path}", str(exc),
                                 "pass --mt-cache PATH somewhere writable, or --no-mt-cache"
                                 ) from None
            self._conn, self._pid = conn, os.getpid()
        return self._conn

    def get_many(self, model: str, src: str, tgt: str, texts: Iterable[str]) -> dict[str, str]:
        keys = {_key(model, src, tgt, t): t for t in texts}
        found: dict[str, str] = {}
        key_list = list(keys)
        db = self._db()
        for k in range(0, len(key_list), _CHUNK):
            chunk = key_list[k : k + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = db.execute(
                f"SELECT key, translation FROM translations WHERE key IN ({marks})", chunk)
            found.update((keys[key], translation) for key, translation in rows)
        return found

    def put_many(self, model: str, src: str, tgt: str, pairs: Iterable[tuple[str, str]]) -> None:
        rows = [(_key(model, src, tgt, t), model, src, tgt, t, tr) for t, tr in pairs]
        if not rows:
            return
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany("INSERT OR IGNORE INTO translations VALUES (?, ?, ?, ?, ?, ?)", rows)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def __len__(self) -> int:
        return self._db().execute("SELECT count(*) FROM translations").fetchone()[0]

    def close(self) -> None:
        if self._conn is not None and self._pid == os.getpid():
            self._conn.close()
        self._conn = None


class CachedTranslator:
    """A Translator that asks the cache first and translates each distinct miss once."""

    def __init__(self, inner: Translator, cache: TranslationCache) -> None:
        self.inner, self.cache = inner, cache
        self.model_id, self.cache_key = inner.model_id, inner.cache_key
        self.hits = self.misses = 0

    def translate(self, sentences: Sequence[str], src: str, tgt: str,
                  ids: Sequence[str] | None = None) -> list[str]:
        if not self.cache_key:
            return self.inner.translate(sentences, src, tgt, ids)
        known = self.cache.get_many(self.cache_key, src, tgt, sentences)
        todo = list(dict.fromkeys(s for s in sentences if s not in known))
        self.hits += len(sentences) - sum(1 for s in sentences if s not in known)
        self.misses += len(todo)
        if todo:
            fresh = self.inner.translate(todo, src, tgt)
            self.cache.put_many(self.cache_key, src, tgt, zip(todo, fresh, strict=True))
            known.update(zip(todo, fresh, strict=True))
        return [known[s] for s in sentences]
